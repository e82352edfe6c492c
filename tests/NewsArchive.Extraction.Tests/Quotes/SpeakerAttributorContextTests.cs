using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Speakers that come from the passage around a quotation rather than a cue of its own; every sentence is invented.</summary>
public class SpeakerAttributorContextTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    private static readonly EntitySet Layoffs = KnownEntities(
        Person("Miriam Castellane", ["Castellane"], ["chief executive"]),
        Organization("Brightloom"));

    [Fact]
    public void Leaves_she_null_when_the_sentence_before_has_an_anonymous_speaker()
    {
        var quotes = Quotes(Layoffs,
            "Brightloom cut 300 jobs on Monday, according to a memo from Chief Executive Miriam Castellane.",
            "A warehouse worker who was laid off, and who asked not to be named because she feared losing her severance, said the news came by text.",
            "\"We got a message at six in the morning,\" she said. \"By seven my badge stopped working.\"");
        Assert.Equal(
            [("We got a message at six in the morning,", (string?)null), ("By seven my badge stopped working.", null)],
            quotes);
    }

    [Fact]
    public void Leaves_he_null_after_one_employee_said()
    {
        var quotes = Quotes(Layoffs,
            "Castellane defended the cuts. One employee said the mood in the office was grim.",
            "\"Nobody talks at lunch any more,\" he said.");
        Assert.Equal([("Nobody talks at lunch any more,", (string?)null)], quotes);
    }

    [Fact]
    public void Still_resolves_she_after_a_sentence_opening_with_an_indefinite_time_phrase()
    {
        var quotes = Quotes(Layoffs,
            "Miriam Castellane announced the cuts on Monday.",
            "A week later, she said the company would hire again. \"We will be back,\" she said.");
        Assert.Equal([("We will be back,", "Miriam Castellane")], quotes);
    }

    private static readonly EntitySet Feature = KnownEntities(
        Person("Hattie Brennaman", ["Brennaman"]),
        Person("Oscar Lindqvist", ["Lindqvist"]),
        Organization("Fulton County Courier", "Courier"));

    [Fact]
    public void Continues_the_quoted_speaker_across_an_aside_paragraph_that_names_nobody()
    {
        var quotes = Quotes(Feature,
            "\"I never meant to start a newspaper,\" Hattie Brennaman said.",
            "The Fulton County Courier had printed its last edition in 2022, after 130 years.",
            "\"When it closed, I thought somebody else would step in.",
            "\"Nobody did.\"");
        Assert.Equal(
            [("I never meant to start a newspaper,", "Hattie Brennaman"),
             ("When it closed, I thought somebody else would step in. Nobody did.", "Hattie Brennaman")],
            quotes);
    }

    [Fact]
    public void Does_not_continue_the_quoted_speaker_across_an_aside_that_names_another_person()
    {
        var quotes = Quotes(Feature,
            "\"I never meant to start a newspaper,\" Hattie Brennaman said.",
            "Oscar Lindqvist ran the Fulton County Courier until 2022.",
            "\"When it closed, nobody stepped in.\"");
        Assert.Equal(
            [("I never meant to start a newspaper,", "Hattie Brennaman"), ("When it closed, nobody stepped in.", (string?)null)],
            quotes);
    }

    [Fact]
    public void Takes_the_cue_before_an_infinitive_speech_verb_that_names_nobody()
    {
        var quotes = Quotes(Feature,
            "Hattie Brennaman opened the shop in 1990.",
            "Brennaman retired in 2012, planning, she says, to read every book she owned and to \"never open a ledger again as long as I live.\"");
        Assert.Equal([("never open a ledger again as long as I live.", "Hattie Brennaman")], quotes);
    }

    [Fact]
    public void Leaves_one_of_the_people_null_after_an_aside_that_reports_unnamed_sources()
    {
        var quotes = Quotes(Feature,
            "\"We looked at every buyer,\" Oscar Lindqvist said in a statement.",
            "The sale had been discussed for months, two people familiar with the talks told the Courier.",
            "\"Nobody wanted the presses,\" one of the people said.");
        Assert.Equal(
            [("We looked at every buyer,", "Oscar Lindqvist"), ("Nobody wanted the presses,", (string?)null)],
            quotes);
    }

    private static readonly EntitySet Football = KnownEntities(
        Person("Gareth Pomfrey", ["Pomfrey"], ["manager"]),
        Person("Callum Ashdown", ["Ashdown"]));

    [Fact]
    public void Gives_a_quote_after_before_adding_to_the_subject_of_the_main_clause()
    {
        var quotes = Quotes(Football,
            "Callum Ashdown scored twice in the second half.",
            "\"We're not dreaming of Wembley,\" Pomfrey said, before adding, with a smile: \"Well, the fans can dream. I won't.\"");
        Assert.Equal(
            [("We're not dreaming of Wembley,", "Gareth Pomfrey"), ("Well, the fans can dream. I won't.", "Gareth Pomfrey")],
            quotes);
    }

    private static readonly EntitySet Storm = KnownEntities(
        Person("Rhonda Keel", ["Keel"]),
        Person("Amos Petty", ["Petty"]));

    [Fact]
    public void Gives_a_quote_to_the_neighbor_named_in_apposition_not_to_the_possessor()
    {
        var quotes = Quotes(Storm,
            "Rhonda Keel lost her roof in the storm.",
            "\"When the siren went off, I just ran,\" said Keel's neighbor, Amos Petty, 68.");
        Assert.Equal([("When the siren went off, I just ran,", "Amos Petty")], quotes);
    }

    [Fact]
    public void Leaves_a_possessed_speaker_without_a_name_null()
    {
        var quotes = Quotes(Storm,
            "Rhonda Keel lost her roof in the storm.",
            "\"She was lucky to get out,\" said Keel's neighbor.");
        Assert.Equal([("She was lucky to get out,", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_he_told_to_an_obituary_subject_whose_given_name_is_accented_rather_than_his_son()
    {
        var document = Document(
            "Andrés Quintela, the guitarist whose records carried the son jarocho north, died on Friday. He was 81.",
            "Mr. Quintela grew up in Veracruz and moved to Chicago in 1961.",
            "Mr. Quintela was known for his humor as much as his playing.",
            "\"I play like my mother argued,\" he told a radio host in 2001. \"Fast, and always right.\"",
            "He is survived by a son, Tomás Quintela, and three grandchildren.");
        var extraction = new ArticleExtractor().Extract(document);
        Assert.Contains(extraction.People, p => p.Name == "Andrés Quintela");
        Assert.Equal(
            [("I play like my mother argued,", "Andrés Quintela"), ("Fast, and always right.", "Andrés Quintela")],
            extraction.Quotes.Select(q => (q.Text, q.Speaker)).ToList());
    }

    private static readonly EntitySet Race = KnownEntities(
        Person("Mark Delaney", ["Delaney"]),
        Person("Paul Orsini", ["Orsini"]));

    [Fact]
    public void Gives_he_said_to_the_speaker_of_the_sentence_before_not_a_man_named_in_its_opening_clause()
    {
        var quotes = Quotes(Race,
            "When Paul Orsini conceded on Tuesday night, Mark Delaney told supporters the race had been hard.",
            "\"It was the longest year of my life,\" he said.");
        Assert.Equal([("It was the longest year of my life,", "Mark Delaney")], quotes);
    }

    [Fact]
    public void Gives_he_said_to_the_subject_of_the_sentence_before_when_it_names_two_men()
    {
        var quotes = Quotes(Race,
            "Mark Delaney said Paul Orsini had called him to concede.",
            "\"He was gracious about it,\" he said.");
        Assert.Equal([("He was gracious about it,", "Mark Delaney")], quotes);
    }

    [Fact]
    public void Gives_a_standalone_answer_to_the_person_who_opens_the_sentence_before_it()
    {
        var quotes = Quotes(Football,
            "The fans sang for an hour after the final whistle.",
            "Pomfrey grinned at the supporters in the stand. \"Well, they can dream. I won't.\"");
        Assert.Equal([("Well, they can dream. I won't.", "Gareth Pomfrey")], quotes);
    }

    [Fact]
    public void Leaves_a_standalone_quote_null_when_the_sentence_before_names_two_people()
    {
        var quotes = Quotes(Football,
            "Pomfrey substituted Ashdown after an hour. \"It was the right call for the team.\"");
        Assert.Equal([("It was the right call for the team.", (string?)null)], quotes);
    }

    private static readonly EntitySet Hospital = KnownEntities(
        Person("Lydia Marchetti", ["Marchetti"], ["chief executive"]),
        Organization("Mercy General Hospital", "Mercy General"));

    [Fact]
    public void Leaves_an_anonymous_nurse_at_a_named_hospital_null()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti, the chief executive, defended the rota.",
            "A nurse at Mercy General Hospital, who spoke on condition of anonymity, said: \"We are exhausted and nobody listens.\"",
            "\"The night shifts are the worst,\" said another nurse at Mercy General who asked not to be named.");
        Assert.Equal(
            [("We are exhausted and nobody listens.", (string?)null), ("The night shifts are the worst,", null)],
            quotes);
    }

    [Fact]
    public void Leaves_a_quote_after_an_anonymous_employee_null()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti said the hospital would hire 40 nurses.",
            "One employee, who asked not to be identified, said the mood on the wards was grim. \"People are looking for other jobs.\"");
        Assert.Equal([("People are looking for other jobs.", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_she_added_null_after_the_anonymous_worker_said()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti said the hospital would hire 40 nurses.",
            "A nurse who asked not to be named said staff had heard it before.",
            "\"We were promised that last winter,\" the nurse said. \"Nothing happened,\" she added.");
        Assert.Equal(
            [("We were promised that last winter,", (string?)null), ("Nothing happened,", null)],
            quotes);
    }

    [Fact]
    public void Leaves_she_added_null_after_the_nurse_said_when_no_named_person_is_a_nurse()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti said the hospital would hire 40 nurses. Staff were unconvinced.",
            "\"We were promised that last winter,\" the nurse said. \"Nothing happened,\" she added.");
        Assert.Equal(
            [("We were promised that last winter,", (string?)null), ("Nothing happened,", null)],
            quotes);
    }

    [Fact]
    public void Still_resolves_she_added_after_the_chief_executive_said()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti, the chief executive, said the hospital would hire 40 nurses.",
            "\"We have listened,\" the chief executive said. \"Help is coming,\" she added.");
        Assert.Equal([("We have listened,", "Lydia Marchetti"), ("Help is coming,", "Lydia Marchetti")], quotes);
    }

    [Fact]
    public void Gives_a_multi_paragraph_quote_to_the_speaker_named_after_its_last_part()
    {
        var quotes = Quotes(Feature,
            "Hattie Brennaman remembers the day the Fulton County Courier closed.",
            "\"It was a Tuesday. Nobody called.",
            "\"We found out from the radio,\" she said.");
        Assert.Equal([("It was a Tuesday. Nobody called. We found out from the radio,", "Hattie Brennaman")], quotes);
    }

    [Fact]
    public void Continues_a_run_of_quote_paragraphs_after_the_named_speaker()
    {
        var quotes = Quotes(Feature,
            "\"I never planned this,\" Brennaman said.",
            "\"I just couldn't watch the town go quiet.\"",
            "\"Somebody had to do it, and nobody else was going to.\"");
        Assert.Equal(
            [("I never planned this,", "Hattie Brennaman"), ("I just couldn't watch the town go quiet.", "Hattie Brennaman"),
             ("Somebody had to do it, and nobody else was going to.", "Hattie Brennaman")],
            quotes);
    }

    [Fact]
    public void Leaves_a_quote_null_after_an_anonymous_source_whose_reason_mentions_she()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti said the hospital would hire 40 nurses.",
            "A nurse who asked not to be named because she was not authorized to speak publicly said morale was low.",
            "\"We are running on empty.\"");
        Assert.Equal([("We are running on empty.", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_a_direct_quote_null_when_its_anonymous_speaker_clause_mentions_she()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti said the hospital would hire 40 nurses.",
            "A nurse who asked not to be named because she feared losing her job said: \"We are running on empty.\"");
        Assert.Equal([("We are running on empty.", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_he_said_null_after_a_person_familiar_with_the_talks_said()
    {
        var quotes = Quotes(Hospital,
            "Lydia Marchetti has been negotiating with the union since March.",
            "A person familiar with the talks said a deal was close. \"They are one meeting away,\" he said.");
        Assert.Equal([("They are one meeting away,", (string?)null)], quotes);
    }

    [Theory]
    [InlineData("said her neighbor, Amos Petty, 68.")]
    [InlineData("said a neighbor, Amos Petty.")]
    [InlineData("said longtime neighbor Amos Petty.")]
    public void Gives_a_quote_to_the_neighbor_named_after_the_cue(string attribution)
    {
        var quotes = Quotes(Storm,
            "Rhonda Keel lost her roof in the storm.",
            "\"When the siren went off, I just ran,\" " + attribution);
        Assert.Equal([("When the siren went off, I just ran,", "Amos Petty")], quotes);
    }

    private static readonly EntitySet Game = KnownEntities(
        Person("Tom Reedley", ["Reedley"]),
        Person("Dan Kessock", ["Kessock"], ["coach"]));

    [Fact]
    public void Gives_he_said_to_the_subject_of_the_last_main_clause_before_it()
    {
        var quotes = Quotes(Game,
            "Tom Reedley threw for 300 yards, and coach Dan Kessock praised him afterward.",
            "\"He was special tonight,\" he said.");
        Assert.Equal([("He was special tonight,", "Dan Kessock")], quotes);
    }

    [Fact]
    public void Gives_a_standalone_answer_to_the_person_after_a_leading_asked_phrase()
    {
        var quotes = Quotes(Football,
            "The fans sang for an hour after the final whistle.",
            "Asked whether the supporters were getting ahead of themselves, Pomfrey laughed. \"They can dream. I won't.\"");
        Assert.Equal([("They can dream. I won't.", "Gareth Pomfrey")], quotes);
    }

    [Fact]
    public void Leaves_a_standalone_quote_null_after_a_sentence_whose_person_is_its_object()
    {
        var quotes = Quotes(Football,
            "The referee booked Ashdown after an hour. \"That was never a yellow card in a month of Sundays.\"");
        Assert.Equal([("That was never a yellow card in a month of Sundays.", (string?)null)], quotes);
    }

    [Fact]
    public void Continues_the_quoted_speaker_across_an_aside_that_names_only_that_speaker()
    {
        var quotes = Quotes(Feature,
            "\"I never meant to start a newspaper,\" Hattie Brennaman said.",
            "Brennaman taught history for 31 years and retired in 2015.",
            "\"I thought I would finally get some rest.\"");
        Assert.Equal(
            [("I never meant to start a newspaper,", "Hattie Brennaman"), ("I thought I would finally get some rest.", "Hattie Brennaman")],
            quotes);
    }

    [Fact]
    public void Gives_he_said_to_a_man_named_after_his_bosss_relation_phrase_opening_the_sentence_before()
    {
        var document = Document(
            "Senator Maria Castell lost the race for governor on Tuesday.",
            "A spokesman for the rival campaign, Alan Perrin, said the result was a warning.",
            "Castell's campaign manager, Robin Castell, disputed that the debate was decisive. He told reporters that turnout had fallen short. \"We knocked on every door,\" he said.");
        var extraction = new ArticleExtractor().Extract(document);
        Assert.Contains(("We knocked on every door,", (string?)"Robin Castell"), extraction.Quotes.Select(q => (q.Text, q.Speaker)));
    }
}
