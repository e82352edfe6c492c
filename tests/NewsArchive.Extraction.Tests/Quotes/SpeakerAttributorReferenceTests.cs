using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Who a pronoun or a generic "the company" points back to; every sentence here is invented.</summary>
public class SpeakerAttributorReferenceTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Leaves_the_family_said_unattributed_rather_than_giving_it_to_the_person_named_before()
    {
        var entities = KnownEntities(Person("Edith Larkspur", ["Larkspur"]));
        var quotes = Quotes(entities,
            "Edith Larkspur, 79, died in hospital on Monday.",
            "\"She was the heart of this street,\" the grieving family said.");
        Assert.Equal([("She was the heart of this street,", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_a_surname_only_person_to_the_one_person_named_in_full_with_that_surname_and_a_suffix()
    {
        var entities = KnownEntities(Person("Marcus Thorne KC"), Person("Thorne", ["Mr Thorne"]), Person("Ivy Caddel", ["Caddel"]));
        var quotes = Quotes(entities,
            "Opening the case, Marcus Thorne KC told the jury that Ivy Caddel had lied.",
            "\"She knew exactly what she was doing,\" Mr Thorne said.");
        Assert.Equal([("She knew exactly what she was doing,", "Marcus Thorne KC")], quotes);
    }

    [Fact]
    public void Keeps_a_surname_only_person_when_two_people_are_named_in_full_with_that_surname()
    {
        var entities = KnownEntities(Person("Marcus Thorne"), Person("Helen Thorne"), Person("Thorne", ["Mr Thorne"]));
        var quotes = Quotes(entities,
            "Marcus Thorne and Helen Thorne both gave evidence.",
            "\"It was late,\" Mr Thorne said.");
        Assert.Equal([("It was late,", "Thorne")], quotes);
    }

    [Fact]
    public void Resolves_a_definite_description_to_the_one_person_named_just_before()
    {
        var entities = KnownEntities(Person("Edith Larkspur", ["Larkspur"]), Organization("Mossgate Hospital"));
        var quotes = Quotes(entities,
            "Edith Larkspur, 79, was referred to Mossgate Hospital in 2024. She is still waiting.",
            "\"I cannot climb the stairs any more,\" the retired seamstress said.");
        Assert.Equal([("I cannot climb the stairs any more,", "Edith Larkspur")], quotes);
    }

    [Fact]
    public void Leaves_a_definite_description_unattributed_when_two_people_were_named_before_it()
    {
        var entities = KnownEntities(Person("Edith Larkspur", ["Larkspur"]), Person("Hugh Pellow", ["Pellow"]));
        var quotes = Quotes(entities,
            "Edith Larkspur, 79, waited two years. Her neighbour Hugh Pellow waited three.",
            "\"I cannot climb the stairs any more,\" the retired seamstress said.");
        Assert.Equal([("I cannot climb the stairs any more,", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_a_definite_description_unattributed_when_the_text_brought_in_someone_unnamed_with_that_noun()
    {
        var entities = KnownEntities(Person("Edith Larkspur", ["Larkspur"]));
        var quotes = Quotes(entities,
            "Edith Larkspur runs the canteen, where a young cook was burned on Monday.",
            "\"The fryer had been faulty for weeks,\" the cook said.");
        Assert.Equal([("The fryer had been faulty for weeks,", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_the_source_said_unattributed_even_when_one_person_was_named_before_it()
    {
        var entities = KnownEntities(Person("Edith Larkspur", ["Larkspur"]));
        var quotes = Quotes(entities,
            "A senior figure at the club said the board had discussed Edith Larkspur's future.",
            "\"It was not one result,\" the source said.");
        Assert.Equal([("It was not one result,", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_a_quote_unattributed_when_only_a_conjunction_from_someones_role_stands_before_the_cue()
    {
        var entities = KnownEntities(
            Person("Peter Marsh", ["Marsh"]),
            Person("Joanna Pike", ["Pike"], ["former trade secretary and MP for Hollins North"]));
        var quotes = Quotes(entities,
            "Peter Marsh, who has run the Treasury since 2024, was moved to the Home Office in what officials insisted was a step up and his friends privately called \"a demotion wrapped up as a reward\".",
            "His replacement, Joanna Pike, starts on Monday.");
        Assert.Equal([("a demotion wrapped up as a reward", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_a_shared_surname_to_the_relative_the_text_does_not_call_by_given_name()
    {
        var entities = KnownEntities(
            Person("Tobias Fenwick-Hale", ["Tobias"]),
            Person("Martin Fenwick-Hale", ["Martin"], ["father"]));
        var quotes = Quotes(entities,
            "Tobias Fenwick-Hale made a hundred at Canterbury on Saturday.",
            "He looked towards his father, Martin, who had driven from Leeds. Martin Fenwick-Hale played nine seasons for Yorkshire.",
            "\"He rang me this morning and told me to stay patient,\" Fenwick-Hale said.");
        Assert.Equal([("He rang me this morning and told me to stay patient,", "Tobias Fenwick-Hale")], quotes);
    }

    [Fact]
    public void Resolves_he_to_the_agent_of_a_passive_rather_than_the_owner_of_a_possessive_subject()
    {
        var entities = KnownEntities(
            Person("Peter Lomax", ["Lomax", "Mr Lomax"]),
            Person("Henry Dunwell", ["Dunwell", "Councillor Henry Dunwell"]));
        var quotes = Quotes(entities,
            "Engineer Peter Lomax told the panel the bridge was sound.",
            "Mr Lomax's view was shared by Councillor Henry Dunwell, who chairs the roads board. \"We cannot close it on a hunch,\" he said.");
        Assert.Equal([("We cannot close it on a hunch,", "Henry Dunwell")], quotes);
    }

    [Fact]
    public void Resolves_he_to_a_subject_when_the_by_phrase_is_not_a_passive_agent()
    {
        var entities = KnownEntities(
            Person("Peter Lomax", ["Lomax"]),
            Person("Henry Dunwell", ["Dunwell"]));
        var quotes = Quotes(entities,
            "Peter Lomax walked home by Henry Dunwell's house on Friday. \"It was quiet,\" he said.");
        Assert.Equal([("It was quiet,", "Peter Lomax")], quotes);
    }

    [Fact]
    public void Reads_the_company_as_the_company_named_just_before_rather_than_an_article_wide_alias()
    {
        var entities = KnownEntities(
            Organization("Tarnfield Group", "the company", "Tarnfield"),
            Organization("Brookvale Foods"));
        var quotes = Quotes(entities,
            "A supplier owned by Tarnfield Group was fined last year.",
            "Brookvale Foods, which runs nine bakeries, said the recall covered two loaves. \"We are sorry,\" the company said.");
        Assert.Equal([("We are sorry,", "Brookvale Foods")], quotes);
    }

    [Fact]
    public void Gives_a_company_spokesman_to_the_company_opening_the_sentence_before()
    {
        var entities = KnownEntities(Organization("Brookvale Foods"), Organization("Harrow County Council"));
        var quotes = Quotes(entities,
            "Harrow County Council refused the plan in May.",
            "Brookvale Foods, which employs 300 people, now has a month to appeal. A company spokesman said: \"We are weighing our options.\"");
        Assert.Equal([("We are weighing our options.", "Brookvale Foods")], quotes);
    }

    [Fact]
    public void Leaves_a_company_spokesman_unattributed_when_no_company_opens_the_sentence_before()
    {
        var entities = KnownEntities(Organization("Brookvale Foods"));
        var quotes = Quotes(entities,
            "Brookvale Foods was fined last year.",
            "Inspectors visited twelve sites in the spring. A company spokesman said: \"We are weighing our options.\"");
        Assert.Equal([("We are weighing our options.", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_an_anonymous_source_unattributed_when_a_colon_follows_put_it_plainly()
    {
        var entities = KnownEntities(Organization("Harrow Arts Fund"), Person("Nina Cole", ["Cole"]));
        var quotes = Quotes(entities,
            "The gallery asked the Harrow Arts Fund for help.",
            "One curator at a rival gallery, who asked not to be named, put it plainly: \"Nobody will lend to them now.\"");
        Assert.Equal([("Nobody will lend to them now.", (string?)null)], quotes);
    }

    [Fact]
    public void Does_not_read_a_surname_starting_a_longer_name_as_that_person()
    {
        var entities = KnownEntities(Person("Alan Marsh", ["Marsh"]), Organization("Harrow Arts Fund"));
        var quotes = Quotes(entities,
            "Alan Marsh retired in May.",
            "Marsh Heritage, a conservation charity, said the hall was \"a rare survivor of its kind\".");
        Assert.Equal([("a rare survivor of its kind", (string?)null)], quotes);
    }

    [Fact]
    public void Still_reads_a_bare_surname_before_a_lowercase_verb_as_that_person()
    {
        var entities = KnownEntities(Person("Alan Marsh", ["Marsh"]));
        var quotes = Quotes(entities,
            "Alan Marsh retired in May.",
            "\"I will miss the view,\" Marsh said.");
        Assert.Equal([("I will miss the view,", "Alan Marsh")], quotes);
    }

    [Fact]
    public void Reads_a_company_name_without_its_generic_last_word_as_that_company()
    {
        var entities = KnownEntities(Organization("Ashbrook Vale Rail"), Organization("Kestrel Mobility"));
        var quotes = Quotes(entities,
            "Drivers at Ashbrook Vale Rail will strike next week.",
            "Ashbrook Vale, which is owned by Kestrel Mobility, said: \"We have made a fair offer.\"");
        Assert.Equal([("We have made a fair offer.", "Ashbrook Vale Rail")], quotes);
    }

    [Fact]
    public void Does_not_read_a_council_name_without_its_head_as_the_council_when_the_rest_ends_in_a_place_word()
    {
        var entities = KnownEntities(Organization("Harrow City Council"));
        var quotes = Quotes(entities,
            "Harrow City Council approved the budget.",
            "Harrow City said: \"We were not consulted.\"");
        Assert.Equal([("We were not consulted.", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_the_report_said_to_the_body_that_made_a_study_named_in_the_paragraph_before()
    {
        var entities = KnownEntities(Organization("Harbor Institute for Learning"), Person("Ann Pryor", ["Pryor"]));
        var quotes = Quotes(entities,
            "Ann Pryor backed the change. A study of the pilot by the Harbor Institute for Learning, released in May, found that students slept more.",
            "\"Later start times were associated with better attendance,\" the report said.");
        Assert.Equal([("Later start times were associated with better attendance,", "Harbor Institute for Learning")], quotes);
    }

    [Fact]
    public void Gives_the_auditors_wrote_to_the_office_whose_report_the_sentence_before_names()
    {
        var entities = KnownEntities(Organization("Tarn County Auditor's Office"));
        var quotes = Quotes(entities,
            "A report by the Tarn County Auditor's Office, released in July, found that buses ran late. \"Maintenance has become a structural problem,\" the auditors wrote.");
        Assert.Equal([("Maintenance has become a structural problem,", "Tarn County Auditor's Office")], quotes);
    }

    [Fact]
    public void Gives_the_authors_wrote_to_the_group_a_study_was_released_by()
    {
        var entities = KnownEntities(Organization("Westbrook Research Group"));
        var quotes = Quotes(entities,
            "A study released in September by the Westbrook Research Group found smaller gains. The effects were small, the authors wrote, but \"consistent across grade levels.\"");
        Assert.Equal([("consistent across grade levels.", "Westbrook Research Group")], quotes);
    }

    [Fact]
    public void Reads_remembered_in_a_memoir_as_the_speech_cue_of_the_man_named_before_it()
    {
        var extraction = new ArticleExtractor().Extract(Document(
            "The pianist Harold Vance died on Monday.",
            "\"The hall was half empty and I played as if it were full,\" Vance remembered in his memoir."));
        var quote = Assert.Single(extraction.Quotes);
        Assert.Equal(("Harold Vance", "remembered"), (quote.Speaker, quote.Cue));
    }
}
