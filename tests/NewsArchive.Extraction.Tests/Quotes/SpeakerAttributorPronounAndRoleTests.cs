using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Pronouns, roles and authors that news uses for a speaker named elsewhere; every sentence is invented.</summary>
public class SpeakerAttributorPronounAndRoleTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_he_to_the_role_that_answers_rather_than_the_man_the_question_was_about()
    {
        var entities = KnownEntities(
            Person("Tomas Reyne", ["Reyne"], ["manager"]), Person("Kofi Adjei", ["Adjei"], ["striker"]));
        var quotes = Quotes(entities,
            "Kofi Adjei scored twice as Harbury won 3-1. Reyne had left him out of the last two games.",
            "Asked whether Adjei had earned a start, the Harbury manager smiled. \"He has earned a conversation,\" he said.");
        Assert.Equal([("He has earned a conversation,", "Tomas Reyne")], quotes);
    }

    [Fact]
    public void Resolves_the_minister_to_the_one_person_holding_that_role()
    {
        var entities = KnownEntities(
            Person("Aled Vaughan", ["Vaughan"], ["Housing Minister"]), Person("Sian Pryce", ["Pryce"], ["council leader"]));
        var quotes = Quotes(entities,
            "Housing Minister Aled Vaughan visited the estate on Tuesday with council leader Sian Pryce.",
            "Residents told them the flats had been damp for years.",
            "\"Nobody should live like this, and nobody will for much longer,\" the minister said.");
        Assert.Equal([("Nobody should live like this, and nobody will for much longer,", "Aled Vaughan")], quotes);
    }

    [Fact]
    public void Gives_a_quotation_without_a_cue_to_the_speaker_named_in_the_paragraph_before()
    {
        var entities = KnownEntities(Person("Greta Holm", ["Holm"]), Person("Ravi Dutt", ["Dutt"]));
        var quotes = Quotes(entities,
            "Ravi Dutt opened the meeting. Greta Holm, who chairs the residents' group, said the plan would wreck the park.",
            "\"We have fought for that green for thirty years and we are not giving it up for a car park.\"");
        Assert.Equal([("We have fought for that green for thirty years and we are not giving it up for a car park.", "Greta Holm")], quotes);
    }

    [Fact]
    public void Gives_both_halves_of_an_interrupted_quotation_to_its_speaker()
    {
        var entities = KnownEntities(Person("Greta Holm", ["Holm"]), Person("Ravi Dutt", ["Dutt"]));
        var quotes = Quotes(entities,
            "Ravi Dutt opened the meeting.",
            "\"We have fought for that green for thirty years,\" Holm said, \"and we are not giving it up.\"");
        Assert.Equal([("We have fought for that green for thirty years,", "Greta Holm"), ("and we are not giving it up.", "Greta Holm")], quotes);
    }

    [Fact]
    public void Gives_the_authors_wrote_to_the_scientist_who_led_the_team()
    {
        var entities = KnownEntities(Person("Orla Feeney", ["Feeney", "Dr Feeney"]), Organization("University of Galway"));
        var quotes = Quotes(entities,
            "A team led by Dr Orla Feeney of the University of Galway reported the find on Wednesday.",
            "\"The samples point to a herd kept close to home for generations,\" the authors wrote.");
        Assert.Equal([("The samples point to a herd kept close to home for generations,", "Orla Feeney")], quotes);
    }

    [Fact]
    public void Gives_he_to_the_man_who_is_the_subject_of_the_latest_sentence_when_two_men_are_named()
    {
        var entities = KnownEntities(Person("Dan Corley", ["Corley"]), Person("Abe Minto", ["Minto"]));
        var quotes = Quotes(entities,
            "Dan Corley lost the seat he had held for 20 years. Abe Minto, who beat him by 312 votes, thanked his volunteers.",
            "\"This was won on the doorsteps, not on television,\" he said.");
        Assert.Equal([("This was won on the doorsteps, not on television,", "Abe Minto")], quotes);
    }

    [Fact]
    public void Gives_the_judge_wrote_in_a_ruling_to_the_judge_named_before()
    {
        var entities = KnownEntities(Person("Helen Marsh-Ito", ["Marsh-Ito"], ["U.S. District Judge"]), Organization("Corran Mining"));
        var quotes = Quotes(entities,
            "U.S. District Judge Helen Marsh-Ito blocked the permit on Friday.",
            "\"The agency did not weigh the harm to the aquifer at all,\" the judge wrote in a 40-page ruling.");
        Assert.Equal([("The agency did not weigh the harm to the aquifer at all,", "Helen Marsh-Ito")], quotes);
    }

    [Fact]
    public void Keeps_one_of_the_people_familiar_with_the_matter_null()
    {
        var entities = KnownEntities(Person("Marta Quist", ["Quist"], ["chief executive"]), Organization("Hollin Group"));
        var quotes = Quotes(entities,
            "Hollin Group chief executive Marta Quist is expected to step down, according to two people familiar with the matter.",
            "\"The board has lost patience with her and she knows it,\" one of the people said.");
        Assert.Equal([("The board has lost patience with her and she knows it,", null)], quotes);
    }

    [Fact]
    public void Gives_the_report_said_to_the_company_that_published_its_annual_report()
    {
        var entities = KnownEntities(Organization("Pellam Foods"), Person("Jo Reid", ["Reid"]));
        var quotes = Quotes(entities,
            "Pellam Foods published its annual report on Monday.",
            "\"Trading conditions remain the toughest we have seen in a decade,\" the report said.");
        Assert.Equal([("Trading conditions remain the toughest we have seen in a decade,", "Pellam Foods")], quotes);
    }

    [Fact]
    public void Gives_the_party_member_from_a_state_to_the_politician_named_in_the_paragraph_before()
    {
        var entities = KnownEntities(Person("Curtis Ambler", ["Ambler"], ["Senate Finance Chair"]), Organization("Senate Finance Committee"));
        var quotes = Quotes(entities,
            "Senate Finance Chair Curtis Ambler on Tuesday released the text of the tax bill.",
            "The Ohio Republican scheduled a markup for next week and said he wanted \"a bill on the president's desk by the summer recess.\"");
        Assert.Equal([("a bill on the president's desk by the summer recess.", "Curtis Ambler")], quotes);
    }

    [Fact]
    public void Reads_it_after_which_as_the_subject_that_speaks_for_the_organization_of_the_statement()
    {
        var entities = KnownEntities(Organization("Corvell Catering Services"), Person("Rita Moss", ["Moss"]));
        var quotes = Quotes(entities,
            "Rita Moss, a cook, said staff were angry.",
            "Corvell Catering Services said in a statement it had offered a 4% rise, which it described as \"generous in a very difficult year for the sector\".");
        Assert.Equal([("generous in a very difficult year for the sector", "Corvell Catering Services")], quotes);
    }

    [Fact]
    public void Gives_she_to_the_subject_known_to_be_a_woman_over_one_whose_gender_nothing_tells()
    {
        var entities = KnownEntities(Person("Sunny Okafor-Tate", ["Okafor-Tate"]), Person("Maria Ruiz", ["Ruiz"]));
        var quotes = Quotes(entities,
            "Sunny Okafor-Tate and Maria Ruiz opened the cafe in 2019.",
            "\"We had no idea whether anyone would come through the door,\" she said.");
        Assert.Equal([("We had no idea whether anyone would come through the door,", "Maria Ruiz")], quotes);
    }

    [Fact]
    public void Gives_a_singular_they_to_the_organization_whose_spokesperson_was_just_introduced()
    {
        var entities = KnownEntities(Organization("Tarnwick Water"), Person("Hugh Barr", ["Barr"]));
        var quotes = Quotes(entities,
            "Hugh Barr said his street had been without water since Sunday.",
            "A Tarnwick Water spokesperson said a burst main had been repaired overnight. They said: \"We are sorry for the disruption and are checking every pipe on the road.\"",
            "A spokesperson for Tarnwick Water said crews were still on site.",
            "\"Supplies should be back to normal by the evening,\" they added.");
        Assert.Equal(
            [("We are sorry for the disruption and are checking every pipe on the road.", "Tarnwick Water"),
             ("Supplies should be back to normal by the evening,", "Tarnwick Water")],
            quotes);
    }

    [Fact]
    public void Leaves_a_plural_they_of_people_unnamed()
    {
        var entities = KnownEntities(Organization("Tarnwick Water"), Person("Hugh Barr", ["Barr"]));
        var quotes = Quotes(entities,
            "Tarnwick Water said a burst main had been repaired. Residents on the estate were not convinced.",
            "\"We have heard that before and nothing ever changes here,\" they said.");
        Assert.Equal([("We have heard that before and nothing ever changes here,", null)], quotes);
    }

    [Fact]
    public void Gives_the_role_to_its_holder_not_to_a_shadow_former_or_deputy_holder_named_later()
    {
        var entities = KnownEntities(
            Person("Rhian Tate", ["Tate"], ["Transport Secretary"]), Person("Gil Ormond", ["Ormond"], ["shadow transport secretary"]),
            Person("Dora Vick", ["Vick"], ["mayor"]), Person("Len Pryor", ["Pryor"], ["former mayor"]));
        var quotes = Quotes(entities,
            "Transport Secretary Rhian Tate opened the line on Monday, watched by shadow transport secretary Gil Ormond.",
            "\"This is the first of many,\" the transport secretary said.",
            "Mayor Dora Vick cut the ribbon beside former mayor Len Pryor, who first proposed the route.",
            "\"We have waited thirty years for this day,\" the mayor said.");
        Assert.Equal([("This is the first of many,", "Rhian Tate"), ("We have waited thirty years for this day,", "Dora Vick")], quotes);
    }

    [Fact]
    public void Carries_a_singular_they_over_the_spokesperson_s_own_quotes_but_not_over_a_sentence_about_others()
    {
        var entities = KnownEntities(Organization("Tarnwick Water"), Person("Hugh Barr", ["Barr"]));
        var quotes = Quotes(entities,
            "A spokesperson for Tarnwick Water said a burst main had been repaired.",
            "\"We are sorry for the disruption this has caused,\" they said.",
            "\"Supplies should be back to normal by the evening,\" they added.",
            "A Tarnwick Water spokesperson said the road would reopen on Friday. Residents on the estate were not convinced.",
            "\"We have heard that before and nothing ever changes,\" they said.");
        Assert.Equal(
            [("We are sorry for the disruption this has caused,", "Tarnwick Water"),
             ("Supplies should be back to normal by the evening,", "Tarnwick Water"),
             ("We have heard that before and nothing ever changes,", null)],
            quotes);
    }

    [Fact]
    public void Gives_she_to_the_one_woman_the_sentence_before_names_in_a_phrase_and_calls_she()
    {
        var entities = KnownEntities(Person("Carol Pike", ["Pike", "Ms Pike"]), Person("Ruth Dalby", ["Dalby"]));
        var quotes = AttributedQuotes(entities,
            "Forecaster Ruth Dalby said more rain was due on Thursday. \"The rivers are still rising,\" she said.",
            "For Ms Pike, it was news she had dreaded all week. \"I have lost two carpets already,\" she said.").Select(q => (q.Text, q.Speaker)).ToList();
        Assert.Equal("Carol Pike", quotes[^1].Speaker);
    }
}
