using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Everyday attribution shapes of news copy, kept as regression checks; every sentence is invented.</summary>
public class SpeakerAttributorEverydayShapeTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_it_said_to_the_organization_the_sentence_before_was_about()
    {
        var e = KnownEntities(Organization("Harlow District Council", "the council"), Person("Nia Fenn", ["Fenn"]));
        Assert.Equal([("We have no choice but to make these savings this year.", "Harlow District Council")], Quotes(e,
            "Nia Fenn, a resident, said she was angry. Harlow District Council defended the cuts on Monday.",
            "\"We have no choice but to make these savings this year.\" it said."));
    }

    [Fact]
    public void Gives_the_81_year_old_said_to_the_person_named_with_that_age()
    {
        var e = KnownEntities(Person("Mo Pike", ["Pike"]), Person("Rosa Teal", ["Teal"]));
        Assert.Equal([("I have lived on this street all my life and never seen water like it,", "Rosa Teal")], Quotes(e,
            "Mo Pike led the rescue. Rosa Teal, 81, was carried out of her house by firefighters.",
            "\"I have lived on this street all my life and never seen water like it,\" the 81-year-old said."));
    }

    [Fact]
    public void Gives_a_quotation_to_the_lawyer_named_in_apposition_not_to_the_client()
    {
        var e = KnownEntities(Person("Mo Pike", ["Pike"]), Person("Jean Ardley", ["Ardley"]));
        Assert.Equal([("My client has always maintained her innocence and will appeal.", "Jean Ardley")], Quotes(e,
            "Mo Pike was convicted on Friday. Her lawyer, Jean Ardley, said: \"My client has always maintained her innocence and will appeal.\""));
    }

    [Fact]
    public void Gives_a_quotation_opening_the_next_paragraph_to_the_speaker_of_the_quotation_before()
    {
        var e = KnownEntities(Person("Ines Calder", ["Calder"]), Person("Tom Weir", ["Weir"]));
        Assert.Equal([("It was the worst storm we have had in thirty years,", "Ines Calder"), ("We will rebuild, but it will take a long time.", "Ines Calder")], Quotes(e,
            "Tom Weir lost his barn. \"It was the worst storm we have had in thirty years,\" said Ines Calder, the mayor.",
            "\"We will rebuild, but it will take a long time.\""));
    }

    [Fact]
    public void Gives_the_company_in_a_statement_said_to_the_company_named_before()
    {
        var e = KnownEntities(Organization("Norrick Foods"), Person("Tom Weir", ["Weir"]));
        Assert.Equal([("we take food safety extremely seriously and are cooperating fully", "Norrick Foods")], Quotes(e,
            "Tom Weir fell ill in May. Norrick Foods recalled 2,000 packs of its chicken pies last week.",
            "The company, in a statement, said \"we take food safety extremely seriously and are cooperating fully\" with the investigation."));
    }

    [Fact]
    public void Gives_she_to_the_subject_rather_than_the_object_when_two_women_are_named()
    {
        var e = KnownEntities(Person("Ada Brisk", ["Brisk"]), Person("June Hale", ["Hale"]));
        Assert.Equal([("I never thought I would see the day,", "Ada Brisk")], Quotes(e,
            "Ada Brisk hugged her neighbour June Hale when the result came in.",
            "\"I never thought I would see the day,\" she said."));
    }

    [Fact]
    public void Gives_a_quotation_after_an_asked_whether_clause_to_the_speaker_not_to_the_woman_asked_about()
    {
        var e = KnownEntities(Person("Ada Brisk", ["Brisk"]), Person("Leo Marr", ["Marr"]));
        Assert.Equal([("Not this year, and probably not next year either.", "Leo Marr")], Quotes(e,
            "Ada Brisk wants a new stadium.",
            "Asked whether Brisk would get her stadium, Marr said: \"Not this year, and probably not next year either.\""));
    }

    [Fact]
    public void Gives_an_inverted_cue_to_the_name_after_it_despite_a_relative_clause()
    {
        var e = KnownEntities(Person("Ada Brisk", ["Brisk"]), Person("Leo Marr", ["Marr"]));
        Assert.Equal([("It is a sad day for the whole town,", "Leo Marr")], Quotes(e,
            "Ada Brisk closed the shop on Friday.",
            "\"It is a sad day for the whole town,\" said Leo Marr, who has shopped there since 1970."));
    }

    [Fact]
    public void Gives_she_wrote_after_a_posting_participle_to_the_woman_just_named()
    {
        var e = KnownEntities(Person("Ada Brisk", ["Brisk"]), Organization("Facebook"));
        Assert.Equal([("Thank you to everyone who came out tonight. We did it together.", "Ada Brisk")], Quotes(e,
            "Ada Brisk won by 40 votes. Posting on Facebook shortly after midnight, she wrote: \"Thank you to everyone who came out tonight. We did it together.\""));
    }

    [Fact]
    public void Gives_a_quotation_to_a_spokeswoman_named_in_full_after_the_cue()
    {
        var e = KnownEntities(Organization("Kessel Rail"), Person("Amy Dorr", ["Dorr"]));
        Assert.Equal([("Services will be back to normal by Monday morning,", "Amy Dorr")], Quotes(e,
            "Kessel Rail cancelled 40 trains. \"Services will be back to normal by Monday morning,\" said Amy Dorr, a spokeswoman for Kessel Rail."));
    }

    [Fact]
    public void Keeps_a_family_statement_null_when_no_relative_is_named()
    {
        var e = KnownEntities(Person("Ben Ottley", ["Ottley", "Mr Ottley"]), Organization("Avon Police"));
        Assert.Equal([("Ben was a loving father who lit up every room he walked into.", null)], Quotes(e,
            "Ben Ottley, 34, died at the scene, Avon Police said.",
            "In a statement, his family said: \"Ben was a loving father who lit up every room he walked into.\""));
    }

    [Fact]
    public void Gives_he_to_the_coach_who_is_the_last_subject_rather_than_the_player_named_first()
    {
        var e = KnownEntities(Person("Gil Roan", ["Roan"], ["coach"]), Person("Eli Swift", ["Swift"], ["quarterback"]));
        Assert.Equal([("Eli made every throw he needed to make tonight,", "Gil Roan")], Quotes(e,
            "Eli Swift threw for 300 yards. Coach Gil Roan praised his quarterback after the game.",
            "\"Eli made every throw he needed to make tonight,\" he said."));
    }

    [Fact]
    public void A_short_quotation_after_a_cue_a_phrase_and_a_colon_is_the_speaker_s()
    {
        var e = KnownEntities(Person("Lena Ford", ["Ford"]), Organization("BBC"));
        Assert.Equal(
            [("I am innocent.", "Lena Ford"), ("Totally untrue.", "Lena Ford"), ("Thank you all.", "Lena Ford")],
            Quotes(e,
                "Lena Ford was charged in May. Ford said in a statement: \"I am innocent.\"",
                "Ford told the BBC on Tuesday: \"Totally untrue.\"",
                "She wrote on Facebook: \"Thank you all.\""));
    }

    [Fact]
    public void A_short_quotation_after_a_colon_that_ends_a_reported_clause_stays_a_partial_quote()
    {
        var e = KnownEntities(Person("Lena Ford", ["Ford"]));
        Assert.Empty(Quotes(e, "Lena Ford said the reason was simple: \"greed.\""));
    }

    [Fact]
    public void Words_a_passive_cue_gives_to_an_unnamed_agent_are_not_the_earlier_cue_s_speaker()
    {
        var e = KnownEntities(Person("Lena Ford", ["Ford"]));
        Assert.Equal([("stirring up trouble for the whole team", null)], Quotes(e,
            "Lena Ford worked at the depot for six years.",
            "According to her lawsuit, Ford was told by a supervisor that she was \"stirring up trouble for the whole team\" weeks before she was fired."));
    }
}
