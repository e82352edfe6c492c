using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>
/// Where the subject of a reporting clause starts and stops: relative clauses, numbers, passives, appositives and
/// opening participles; every sentence here is invented.
/// </summary>
public class SpeakerAttributorClauseBoundaryTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Reads_a_thousands_separator_as_part_of_a_relative_clause_not_as_a_phrase_boundary()
    {
        var entities = KnownEntities(Organization("Harlow Nurses Union"), Organization("Brackwell Health", "the group"));
        var quotes = Quotes(entities,
            "Brackwell Health said it would close two wards.",
            "The Harlow Nurses Union, which represents about 1,400 nurses across the group, called the cuts \"a betrayal of patients\" and said it would appeal.");
        Assert.Equal([("a betrayal of patients", "Harlow Nurses Union")], quotes);
    }

    [Fact]
    public void Gives_inspectors_to_the_body_named_before_them_not_to_a_hospital_their_relative_clause_names()
    {
        var entities = KnownEntities(
            Organization("Fenmoor Care Commission"), Organization("Ashgrove Hospital"), Organization("Kelby General"));
        var quotes = Quotes(entities,
            "In its report, the Fenmoor Care Commission said staff felt unable to speak up.",
            "Inspectors, who visited Ashgrove Hospital and Kelby General over two days in May, said one ward had been \"running on borrowed time\".");
        Assert.Equal([("running on borrowed time", "Fenmoor Care Commission")], quotes);
    }

    [Fact]
    public void Keeps_an_unnamed_worker_whose_relative_clause_asks_for_anonymity_null_instead_of_the_paper_told()
    {
        var entities = KnownEntities(Organization("Daily Herald", "the Daily Herald"), Organization("Pellow Biscuits"));
        var quotes = Quotes(entities,
            "Pellow Biscuits said the site would close in March.",
            "One worker, who asked not to be named, told the Daily Herald: \"We found out from a notice on the canteen wall.\"");
        Assert.Equal([("We found out from a notice on the canteen wall.", null)], quotes);
    }

    [Fact]
    public void Keeps_an_anonymous_strategist_after_the_cue_null_even_when_a_party_word_is_an_alias()
    {
        var entities = KnownEntities(Organization("Liberal Governors Forum", "Liberal"), Person("Ada Whitcombe", ["Whitcombe"]));
        var quotes = Quotes(entities,
            "Ada Whitcombe leads in the suburbs.",
            "\"Every vote she wins there is a vote he has to find elsewhere,\" said a Liberal strategist who works with the Whitcombe campaign.");
        Assert.Equal([("Every vote she wins there is a vote he has to find elsewhere,", null)], quotes);
    }

    [Fact]
    public void Keeps_the_subject_of_a_passive_cue_out_of_the_speakers_place()
    {
        var entities = KnownEntities(Person("Walter Rudd", ["Rudd"]));
        var quotes = Quotes(entities,
            "Walter Rudd, a hill farmer, has died at the age of 91.",
            "Known to everyone as \"Wat\", he was described by friends this week as \"the backbone of the show for fifty years\".");
        Assert.Equal([("the backbone of the show for fifty years", null)], quotes);
    }

    [Fact]
    public void Gives_a_passive_cue_to_the_person_named_after_by()
    {
        var entities = KnownEntities(Person("Walter Rudd", ["Rudd"]), Person("Jean Ames", ["Ames"]));
        var quotes = Quotes(entities,
            "Walter Rudd, a hill farmer, has died at the age of 91.",
            "He was described by Jean Ames as \"the kindest neighbour anyone could have\".");
        Assert.Equal([("the kindest neighbour anyone could have", "Jean Ames")], quotes);
    }

    [Fact]
    public void Gives_a_quotation_after_a_passive_verb_in_a_reported_clause_to_the_reporting_clauses_speaker()
    {
        var entities = KnownEntities(Person("Carl Tull", ["Tull"]), Organization("Senate"));
        var quotes = Quotes(entities,
            "Carl Tull leads the Senate majority.",
            "Tull said the Senate could be called back \"on a day's notice if there is a real deal on the table.\"");
        Assert.Equal([("on a day's notice if there is a real deal on the table.", "Carl Tull")], quotes);
    }

    [Fact]
    public void Matches_an_organization_whose_name_has_an_ampersand_so_its_spokesperson_speaks_for_it()
    {
        var entities = KnownEntities(Organization("Fenwick & Lowe Trust", "the trust"), Person("Asha Kell", ["Kell"]));
        var quotes = Quotes(entities,
            "An engineer at the Fenwick & Lowe Trust, Asha Kell, accepted there had been a failure.",
            "In a statement after the hearing, a spokesperson for the trust said: \"Our thoughts remain with the family.\"");
        Assert.Equal([("Our thoughts remain with the family.", "Fenwick & Lowe Trust")], quotes);
    }

    [Fact]
    public void Reads_she_after_an_opening_prepositional_phrase_as_the_subject()
    {
        var entities = KnownEntities(Person("Priya Vantam", ["Vantam"]));
        var quotes = Quotes(entities,
            "Priya Vantam, 31, worked as a pharmacist until 2023.",
            "In a programme note she writes: \"I wanted to write about the way families keep accounts.\"");
        Assert.Equal([("I wanted to write about the way families keep accounts.", "Priya Vantam")], quotes);
    }

    [Fact]
    public void Gives_a_participle_cue_to_the_person_named_in_apposition_after_an_owners_role_phrase()
    {
        var entities = KnownEntities(Organization("Harbridge Council", "the council"), Person("Dana Roe", ["Roe"], ["cabinet member for housing, finance and planning"]));
        var quotes = Quotes(entities,
            "Harbridge Council approved the tower on Tuesday.",
            "The council's cabinet member for housing, finance and planning, Cllr Dana Roe, welcomed the decision on Facebook, writing: \"Another vote of confidence in the city centre.\"");
        Assert.Equal([("Another vote of confidence in the city centre.", "Dana Roe")], quotes);
    }

    [Fact]
    public void Does_not_give_he_to_the_person_an_opening_asked_by_clause_names()
    {
        var entities = KnownEntities(Person("Craig Ellwood", ["Ellwood"]), Person("Jonathan Pell", ["Pell"]));
        var quotes = Quotes(entities,
            "Giving evidence, Craig Ellwood wept as he told the court he was sorry.",
            "Asked by his barrister Jonathan Pell why he had taken the knife, he replied: \"I don't know. I've asked myself that every day.\"");
        Assert.Equal([("I don't know. I've asked myself that every day.", "Craig Ellwood")], quotes);
    }

    [Fact]
    public void Reads_the_subject_of_a_reduced_relative_clause_right_before_its_cue_not_a_name_earlier_in_the_sentence()
    {
        var entities = KnownEntities(Organization("Reform Alliance"), Organization("Labour Party", "Labour"));
        var quotes = Quotes(entities,
            "Reform Alliance won the seat, overturning a Labour majority of more than 9,000 in a result the party's leader described as \"a political earthquake in the heart of the country\".");
        Assert.Equal([("a political earthquake in the heart of the country", null)], quotes);
    }

    [Fact]
    public void Gives_a_quotation_after_a_colon_to_the_subject_opening_the_sentence_past_an_aside()
    {
        var entities = KnownEntities(Person("Denise Parkin", ["Parkin"]), Person("Raul Ortega", ["Ortega"]));
        var quotes = Quotes(entities,
            "Ortega said he would keep pushing. \"I'm not going anywhere,\" he said.",
            "Parkin, for her part, was optimistic: \"This is the best plan we've had in a decade.\"");
        Assert.Equal(
            [("I'm not going anywhere,", "Raul Ortega"), ("This is the best plan we've had in a decade.", "Denise Parkin")],
            quotes);
    }

    [Fact]
    public void Gives_the_statement_said_to_the_spokesperson_whose_title_the_organization_only_modifies()
    {
        var entities = KnownEntities(Organization("Lumora"), Person("Dana Okoye", ["Okoye"]), Organization("The Ledger"));
        var quotes = Quotes(entities,
            "In a statement emailed to The Ledger, Lumora spokesperson Dana Okoye said the company would fight the claims.",
            "\"We have never sold anyone's recordings,\" the statement said.");
        Assert.Equal([("We have never sold anyone's recordings,", "Dana Okoye")], quotes);
    }

    [Fact]
    public void Does_not_give_he_to_a_woman_whose_name_the_paragraph_mentions_only_as_an_owner()
    {
        var entities = KnownEntities(Person("Sarah Lin", ["Lin"]), Person("John Park", ["Park"]), Organization("Acme Corp."));
        var quotes = Quotes(entities,
            "Acme Corp. named Sarah Lin its new chief executive on Monday, replacing John Park, who is retiring. Park had led the company since 2009.",
            "\"I'm thrilled and humbled,\" she said in a statement.",
            "Lin's predecessor praised the choice. \"She's the right person for this moment,\" he said.");
        Assert.Equal(
            [("I'm thrilled and humbled,", "Sarah Lin"), ("She's the right person for this moment,", "John Park")],
            quotes);
    }

    [Fact]
    public void Keeps_the_person_told_after_a_quotation_out_of_the_speakers_place()
    {
        var entities = KnownEntities(Person("Paul Grant", ["Grant"]), Person("Steve Moss", ["Moss"]));
        var quotes = Quotes(entities,
            "Workers at the plant were told on Monday that the site would close.",
            "\"You have 30 days to clear your lockers,\" Paul Grant, a shift supervisor, was told by managers.",
            "\"It's over,\" Moss said.");
        Assert.Equal([("You have 30 days to clear your lockers,", null), ("It's over,", "Steve Moss")], quotes);
    }

    [Fact]
    public void Gives_said_one_to_the_person_named_in_apposition_after_it()
    {
        var entities = KnownEntities(Person("Margaret Dyer", ["Dyer"]), Organization("Northfield Hospitals Trust"));
        var quotes = Quotes(entities,
            "Northfield Hospitals Trust wrote to patients on Friday. Patients were furious.",
            "\"Nobody told me anything until the letter came,\" said one, Margaret Dyer, 66.");
        Assert.Equal([("Nobody told me anything until the letter came,", "Margaret Dyer")], quotes);
    }
}
