using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Whom a pronoun, a returning spokesperson or a body's noun stands for across a passage; every sentence is invented.</summary>
public class SpeakerAttributorPassageSubjectTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Finds_a_name_with_a_plural_possessive_inside_it()
    {
        var entities = KnownEntities(Organization("National Farmers' Union", "the National Farmers' Union"));
        var quotes = Quotes(entities,
            "A spokeswoman for the National Farmers' Union said growers had lost most of the harvest.",
            "\"Some of our members will not plant again next year,\" the spokeswoman said.");
        Assert.Equal([("Some of our members will not plant again next year,", "National Farmers' Union")], quotes);
    }

    [Fact]
    public void Gives_he_to_the_role_that_opened_the_sentence_before()
    {
        var entities = KnownEntities(
            Person("Martin Oakes", ["Oakes"]), Person("Helena Voss", ["Judge Helena Voss", "Voss"], ["Judge"]),
            Person("Peter Lunt", ["Lunt", "Judge Peter Lunt"], ["Judge"]));
        var quotes = Quotes(entities,
            "Martin Oakes, 38, admitted the thefts at an earlier hearing. Judge Peter Lunt jailed him for four years.",
            "Oakes's solicitor said he was ashamed. But the judge said he had heard no apology from him.",
            "\"You took the savings of people who trusted you,\" he told Oakes.");
        Assert.Equal([("You took the savings of people who trusted you,", "Peter Lunt")], quotes);
    }

    [Fact]
    public void Lets_the_texts_own_pronoun_outweigh_a_given_name_list()
    {
        // "Jo" stands in the lists as a man's name; the sentence that names her says "her husband".
        var entities = KnownEntities(Person("Jo Marren", ["Marren"]), Organization("Highways Agency"));
        var quotes = Quotes(entities,
            "The Highways Agency closed the road at noon.",
            "Jo Marren, 44, from Ashford, set off at 6am with her husband and their two sons. By teatime they had moved a mile.",
            "\"We have run out of water and patience,\" she said.");
        Assert.Equal([("We have run out of water and patience,", "Jo Marren")], quotes);
    }

    [Fact]
    public void Gives_the_company_to_the_body_the_text_set_after_that_noun_and_a_comma()
    {
        var entities = KnownEntities(Organization("Larchfield Homes Ltd"), Organization("Housing Standards Board"));
        var quotes = Quotes(entities,
            "The estate, built by a local company, Larchfield Homes Ltd, failed an inspection by the Housing Standards Board in May.",
            "In a statement, the company said it had \"fixed every fault the inspectors found\".");
        Assert.Equal([("fixed every fault the inspectors found", "Larchfield Homes Ltd")], quotes);
    }

    [Fact]
    public void Gives_the_returning_spokesman_to_the_body_he_was_brought_in_for()
    {
        var entities = KnownEntities(Organization("Harford County Council", "the council"), Organization("Harford Transit"));
        var quotes = Quotes(entities,
            "Harford Transit said buses would run late. Harford County Council said gritters had been out since 4am. A spokesman said crews would work through the night.",
            "\"We would ask people to stay at home unless their journey is essential,\" the spokesman said.");
        Assert.Equal([("We would ask people to stay at home unless their journey is essential,", "Harford County Council")], quotes);
    }

    [Fact]
    public void Gives_an_inverted_cue_to_the_name_after_a_role_with_a_complement()
    {
        var entities = KnownEntities(Person("Ciara Lennon", ["Lennon"]), Person("Tom Hale", ["Hale"]), Organization("Labour"));
        var quotes = Quotes(entities,
            "Tom Hale opened the count.",
            "\"We were outworked on the doorsteps, simple as that,\" said Labour's director of campaigns in the north, Ciara Lennon.",
            "\"It will not happen twice,\" said union vice-president for equality Tom Hale.");
        Assert.Equal([("We were outworked on the doorsteps, simple as that,", "Ciara Lennon"), ("It will not happen twice,", "Tom Hale")], quotes);
    }

    [Fact]
    public void Does_not_take_a_name_after_a_preposition_for_the_speaker()
    {
        var entities = KnownEntities(Person("Harriet Lane", ["Lane"]));
        var quotes = Quotes(entities,
            "Shops were busy all day.",
            "\"Best Saturday we have had in years, no question,\" said one shop owner on Harriet Lane, who asked not to be named.");
        Assert.Equal([("Best Saturday we have had in years, no question,", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_a_phrase_after_a_thing_that_reflects_something_to_the_one_who_said_so()
    {
        var entities = KnownEntities(Person("Morag Beattie", ["Beattie"], ["chief executive"]), Person("Ian Cole", ["Cole"]),
            Organization("Scottish Exams Board"));
        var quotes = Quotes(entities,
            "Ian Cole, a teacher in Perth, said pupils had worked hard.",
            "Morag Beattie, chief executive of the Scottish Exams Board, said the grades reflected \"a fair and rigorous system\" and that the rise in passes reflects \"years of hard work in classrooms\".");
        Assert.Equal([("a fair and rigorous system", "Morag Beattie"), ("years of hard work in classrooms", "Morag Beattie")], quotes);
    }

    [Fact]
    public void Leaves_a_phrase_to_the_unnamed_person_reported_as_describing_it()
    {
        var entities = KnownEntities(Person("Morag Beattie", ["Beattie"]));
        var quotes = Quotes(entities,
            "Morag Beattie said a neighbour described the fire as \"like nothing I have ever seen\".");
        Assert.Equal([("like nothing I have ever seen", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_she_to_the_unnamed_woman_after_an_opening_place_and_its_relative_clause()
    {
        var entities = KnownEntities(Organization("Ministry of Welfare"));
        var quotes = Quotes(entities,
            "A spokeswoman for the Ministry of Welfare said: \"The new system is working.\"",
            "In Dunmore, where the new system began in March, one pensioner said she had skipped meals for a month.",
            "\"I filled in every form they sent me,\" she said.");
        Assert.Equal([("The new system is working.", "Ministry of Welfare"), ("I filled in every form they sent me,", (string?)null)], quotes);
    }

    [Fact]
    public void Leaves_she_to_the_unnamed_woman_brought_in_after_an_opening_phrase()
    {
        var entities = KnownEntities(Person("Nuala Keane", ["Keane"], ["festival director"]));
        var quotes = Quotes(entities,
            "\"We hoped for sunshine and we got it,\" festival director Nuala Keane said.",
            "Among the crowd on the quayside was a grandmother of five who had driven up from Kinsale.",
            "\"I have not missed one of these in forty years,\" she said.");
        Assert.Equal([("We hoped for sunshine and we got it,", "Nuala Keane"), ("I have not missed one of these in forty years,", (string?)null)], quotes);
    }

    [Fact]
    public void Gives_he_to_the_person_a_for_phrase_opening_the_sentence_sets_up()
    {
        var entities = KnownEntities(Person("Gareth Ollis", ["Ollis"]), Person("Dean Sowerby", ["Sowerby"]));
        var quotes = Quotes(entities,
            "The mill will close in June after 90 years.",
            "For Ollis, who was taken on by Sowerby straight from school, the question is whether he can find work nearby.",
            "\"This is the only trade I know,\" he said.");
        Assert.Equal([("This is the only trade I know,", "Gareth Ollis")], quotes);
    }
}
