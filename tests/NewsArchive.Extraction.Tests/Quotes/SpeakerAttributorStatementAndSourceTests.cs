using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>
/// Statements, documents, spokespeople and anonymous sources as news attributes them; every sentence is invented.
/// </summary>
public class SpeakerAttributorStatementAndSourceTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_a_participle_without_a_comma_to_the_main_clause_subject_not_to_the_object_before_it()
    {
        var entities = KnownEntities(
            Person("Ivo Brandt", ["Brandt"]), Person("Mara Quell", ["Quell", "Dr Quell"]), Organization("Harwick Crown Court", "the court"));
        var quotes = Quotes(entities,
            "Dr Quell died in March.",
            "Ivo Brandt read a statement to the court describing her as \"the bravest and kindest person I ever knew\".");
        Assert.Equal([("the bravest and kindest person I ever knew", "Ivo Brandt")], quotes);
    }

    [Fact]
    public void Gives_the_statement_said_to_the_person_the_text_said_read_it()
    {
        var entities = KnownEntities(Person("Ivo Brandt", ["Brandt"]), Person("Mara Quell", ["Quell", "Dr Quell"]));
        var quotes = Quotes(entities,
            "Dr Quell's brother, Ivo Brandt, read a statement outside the court.",
            "\"She walked to work every day of her life because she loved the river path,\" the statement said.");
        Assert.Equal([("She walked to work every day of her life because she loved the river path,", "Ivo Brandt")], quotes);
    }

    [Fact]
    public void Gives_the_report_said_to_the_body_whose_named_report_the_sentence_introduced()
    {
        var entities = KnownEntities(Organization("Bank of Eastmarch", "the Bank"), Person("Lena Tull", ["Tull"]));
        var quotes = Quotes(entities,
            "In its annual Financial Stability Review, the Bank of Eastmarch warned that household debt was rising.",
            "\"Arrears on credit cards have risen for six quarters in a row,\" the review said.");
        Assert.Equal([("Arrears on credit cards have risen for six quarters in a row,", "Bank of Eastmarch")], quotes);
    }

    [Fact]
    public void Matches_an_acronym_written_in_title_case_to_its_organization()
    {
        var entities = KnownEntities(Organization("TSSA"), Person("Rhian Bowe", ["Bowe"]));
        var quotes = Quotes(entities,
            "The TSSA union said its members would stay at work.",
            "A spokesman for Tssa said: \"We will not cross a picket line, and we never have.\"");
        Assert.Equal([("We will not cross a picket line, and we never have.", "TSSA")], quotes);
    }

    [Fact]
    public void Keeps_an_anonymous_teacher_null_even_when_her_school_and_the_station_are_named()
    {
        var entities = KnownEntities(
            Person("Carla Venn", ["Venn"], ["board president"]), Organization("KXRT"), Organization("Hollins Elementary"));
        var quotes = Quotes(entities,
            "Board president Carla Venn said the cuts were painful. \"Nobody wanted this,\" Venn said.",
            "One teacher at Hollins Elementary, who asked KXRT not to use her name, said staff learned of the closure online.",
            "\"That is the part that stings,\" she said.");
        Assert.Equal([("Nobody wanted this,", "Carla Venn"), ("That is the part that stings,", null)], quotes);
    }

    [Fact]
    public void Gives_a_quotation_after_citing_to_the_subject_described_before_its_name()
    {
        var entities = KnownEntities(Organization("Tarrow Semiconductor"), Organization("Brisk Devices"));
        var quotes = Quotes(entities,
            "Brisk Devices cut its forecast on Tuesday.",
            "Rival chipmaker Tarrow Semiconductor lowered its outlook last month, citing \"weaker orders for older chips in Europe.\"");
        Assert.Equal([("weaker orders for older chips in Europe.", "Tarrow Semiconductor")], quotes);
    }

    [Fact]
    public void Reads_write_in_the_present_tense_as_a_cue()
    {
        var entities = KnownEntities(Person("Noor Castell", ["Castell"]));
        var quotes = Quotes(entities,
            "The signal was clear enough, Castell and her colleagues write in the paper, that \"a featureless spectrum is firmly ruled out by the data.\"");
        Assert.Equal([("a featureless spectrum is firmly ruled out by the data.", "Noor Castell")], quotes);
    }

    [Fact]
    public void Gives_a_quotation_to_the_organization_a_spokesperson_speaks_for()
    {
        var entities = KnownEntities(Organization("Welland Water"), Person("Gus Farrow", ["Farrow"]));
        var quotes = Quotes(entities,
            "Gus Farrow said the outage lasted three days.",
            "A spokesperson for Welland Water said: \"We are sorry for the disruption and we will compensate every household.\"");
        Assert.Equal([("We are sorry for the disruption and we will compensate every household.", "Welland Water")], quotes);
    }

    [Fact]
    public void Gives_a_statement_from_someones_office_to_that_person()
    {
        var entities = KnownEntities(Person("Ruth Okafor-Lane", ["Okafor-Lane"], ["Governor"]), Person("Dale Hume", ["Hume"]));
        var quotes = Quotes(entities,
            "Dale Hume, a state senator, criticised the veto on Monday.",
            "Okafor-Lane's office said in a statement that the bill \"would have cost taxpayers far more than it saved.\"");
        Assert.Equal([("would have cost taxpayers far more than it saved.", "Ruth Okafor-Lane")], quotes);
    }

    [Fact]
    public void Gives_the_ruling_said_to_the_judge_who_issued_it()
    {
        var entities = KnownEntities(Person("Helen Marsh-Ito", ["Marsh-Ito", "Judge Marsh-Ito"], ["Judge"]), Organization("Corran Mining"));
        var quotes = Quotes(entities,
            "Judge Helen Marsh-Ito issued a ruling on Friday blocking the Corran Mining permit.",
            "\"The agency did not weigh the harm to the aquifer at all,\" the ruling said.");
        Assert.Equal([("The agency did not weigh the harm to the aquifer at all,", "Helen Marsh-Ito")], quotes);
    }

    [Fact]
    public void Keeps_a_source_speaking_on_condition_of_anonymity_null()
    {
        var entities = KnownEntities(Person("Petra Lund", ["Lund"], ["Defence Secretary"]));
        var quotes = Quotes(entities,
            "Defence Secretary Petra Lund announced the order on Monday.",
            "A senior official, who spoke on condition of anonymity because the talks were private, said the deal was close. \"We are one signature away,\" the official said.");
        Assert.Equal([("We are one signature away,", null)], quotes);
    }

    [Fact]
    public void Keeps_a_short_sentence_that_goes_on_quoting_an_unnamed_source_as_a_quote_with_no_speaker()
    {
        var entities = KnownEntities(Person("Dana Whitcombe", ["Whitcombe"], ["chief executive"]));
        var quotes = Quotes(entities,
            "Chief executive Dana Whitcombe said the offer was fair.",
            "One visitor, who did not want to be named, said the porters deserved more.",
            "\"My mother has been on that ward for a month and the porter is the kindest man in the building,\" she said. \"Pay him properly.\"");
        Assert.Equal(
            [("My mother has been on that ward for a month and the porter is the kindest man in the building,", null), ("Pay him properly.", null)],
            quotes);
    }

    [Fact]
    public void Reads_describe_in_the_present_tense_as_a_cue_for_a_quoted_phrase()
    {
        var quotes = Quotes(KnownEntities(Organization("Fenwick Borough Council", "the council")),
            "Fenwick Borough Council will decide next week. Its papers describe the old library as \"beyond economic repair in its current state\".");
        Assert.Equal(["beyond economic repair in its current state"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void Gives_what_a_report_found_to_the_firm_described_as_having_prepared_it()
    {
        var entities = KnownEntities(Organization("Brightwater Consulting"), Organization("Dunmore Town Council", "the council"));
        var quotes = Quotes(entities,
            "A 2023 report, prepared for the town by the engineering firm Brightwater Consulting, found that the riverside car park \"will flood in most winters by the end of the decade.\"");
        Assert.Equal([("will flood in most winters by the end of the decade.", "Brightwater Consulting")], quotes);
    }

    [Fact]
    public void Keeps_a_phrase_quoted_from_unnamed_councillors_accusing_someone_as_a_quote_with_no_speaker()
    {
        var entities = KnownEntities(Organization("Ashvale Council", "the council"));
        var quotes = Quotes(entities,
            "Ashvale Council says most of what goes into grey bins could be recycled.",
            "But the plan has drawn anger, with opposition councillors accusing the cabinet of acting with \"barely any consultation with residents\".");
        Assert.Equal([("barely any consultation with residents", null)], quotes);
    }
}
