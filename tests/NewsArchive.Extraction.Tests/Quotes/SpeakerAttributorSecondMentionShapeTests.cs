using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Speakers named once and then referred to by a description, a title's role or a pronoun; every sentence is invented.</summary>
public class SpeakerAttributorSecondMentionShapeTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_she_told_after_an_unnamed_director_who_testified_and_her_name_in_apposition_to_that_name()
    {
        var e = KnownEntities(Organization("Audit Office"), Person("Carl Pye", ["Pye"]), Person("Rina Vost", ["Vost"]));
        Assert.Equal([("Most of them are still open,", "Rina Vost")], Quotes(e,
            "Carl Pye spoke first.",
            "An Audit Office director who testified alongside Pye, Rina Vost, said the advice had been ignored.",
            "\"Most of them are still open,\" she told the committee."));
    }

    [Fact]
    public void Keeps_he_said_after_an_unnamed_worker_who_spoke_null()
    {
        var e = KnownEntities(Organization("Varn Logistics"), Person("Carl Pye", ["Pye"]));
        Assert.Equal([("Nobody listens,", null)], Quotes(e,
            "Carl Pye runs the depot.",
            "One driver who asked not to be named said the rota had changed twice.",
            "\"Nobody listens,\" he said."));
    }

    [Fact]
    public void Gives_a_quotation_before_a_name_and_a_long_appositive_to_that_name()
    {
        var e = KnownEntities(Person("Priya Dunmore", ["Dunmore"]), Organization("University of Wyeshire"), Organization("ABC News"));
        Assert.Equal([("I have waited my whole career for this,", "Priya Dunmore")], Quotes(e,
            "\"I have waited my whole career for this,\" Priya Dunmore, an astronomer at the University of Wyeshire whose team built one of the telescope's cameras, told ABC News."));
    }

    [Fact]
    public void Gives_the_retired_teacher_added_to_the_person_just_named()
    {
        var e = KnownEntities(Organization("Save Wyeshire Libraries"), Person("Helen Radmore", ["Radmore"], ["chairwoman"]), Person("Tim Vole", ["Vole"]));
        Assert.Equal([("Volunteers are not librarians.", "Helen Radmore"), ("We will be at every meeting.", "Helen Radmore")], Quotes(e,
            "Tim Vole said the plan was sound.",
            "Its chairwoman, Helen Radmore, 58, said: \"Volunteers are not librarians.\"",
            "The retired teacher, who has used the branch for 30 years, added: \"We will be at every meeting.\""));
    }

    [Fact]
    public void Gives_the_judge_said_to_the_one_person_titled_justice()
    {
        var e = KnownEntities(Person("Orla Finn", ["Mr Justice Orla Finn", "Finn"]), Person("Tim Vole", ["Vole"]), Organization("High Court"));
        Assert.Equal([("It is not for this court to say,", "Orla Finn")], Quotes(e,
            "Mr Justice Orla Finn quashed the permission at the High Court. Tim Vole, for the residents, welcomed the ruling.",
            "\"It is not for this court to say,\" the judge said."));
    }

    [Fact]
    public void Keeps_he_said_after_an_anonymous_worker_whose_noun_a_company_name_modifies_null()
    {
        var e = KnownEntities(Organization("Northgrid"), Person("Alan Kerr", ["Kerr"]));
        Assert.Equal([("Cut one tree and three more are down,", null)], Quotes(e,
            "Alan Kerr said the repairs would take days.",
            "One Northgrid linesman working near Alford, who asked not to be named, said crews were on 16-hour shifts. \"Cut one tree and three more are down,\" he said."));
    }

    [Fact]
    public void Keeps_he_said_after_an_anonymous_worker_whose_noun_the_bosss_name_modifies_null()
    {
        var e = KnownEntities(Person("Kevin Mabry", ["Mabry"]));
        Assert.Equal([("We saw our names on jobs we never did,", null)], Quotes(e,
            "Kevin Mabry was jailed for four years.",
            "Outside the courthouse, a former Mabry electrician, who asked not to be named, said workers had suspected fraud. \"We saw our names on jobs we never did,\" he said."));
    }
}
