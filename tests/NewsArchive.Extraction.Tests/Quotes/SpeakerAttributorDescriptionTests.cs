using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Second references by a description ("the club", "the mother-of-two") among several names; every
/// sentence here is invented.</summary>
public class SpeakerAttributorDescriptionTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Gives_the_club_to_the_sports_club_named_before_whose_name_lacks_the_word()
    {
        var entities = KnownEntities(Organization("Pelham Rovers"), Person("Gareth Lloyd", ["Lloyd"]));
        var quotes = Quotes(entities,
            "Pelham Rovers have parted company with their manager, Gareth Lloyd, after six defeats in a row.",
            "\"We thank Gareth for his hard work and wish him every success,\" the club said in a statement.");
        Assert.Equal("Pelham Rovers", quotes[^1].Speaker);
    }

    [Fact]
    public void Gives_the_place_and_role_epithet_to_the_person_just_named()
    {
        var entities = KnownEntities(Person("Ciaran Boyle", ["Boyle"], ["transport spokesman"]));
        var quotes = Quotes(entities,
            "Transport spokesman Ciaran Boyle said the delay was \"shameful\".",
            "\"Commuters have waited long enough for a decision,\" the West Tyrone MLA said.");
        Assert.Equal("Ciaran Boyle", quotes[^1].Speaker);
    }

    [Fact]
    public void Keeps_an_office_with_a_capitalized_name_from_the_person_just_named()
    {
        var entities = KnownEntities(Person("Ciaran Boyle", ["Boyle"], ["transport spokesman"]));
        var quotes = Quotes(entities,
            "Transport spokesman Ciaran Boyle said the delay was \"shameful\".",
            "\"We will set out our plans in the spring,\" the Health Secretary said.");
        Assert.Null(quotes[^1].Speaker);
    }

    [Fact]
    public void Gives_the_chamber_to_the_chamber_of_commerce_not_to_the_person_named_before()
    {
        var entities = KnownEntities(Organization("Tulsa Area Chamber"), Person("Owen Marsh", ["Marsh"]));
        var quotes = Quotes(entities,
            "Owen Marsh, a professor of economics, said such grants \"seldom decide anything.\"",
            "The Tulsa Area Chamber praised the deal. \"This is a vote of confidence in the region,\" the chamber said.");
        Assert.Equal("Tulsa Area Chamber", quotes[^1].Speaker);
    }

    [Fact]
    public void Leaves_the_club_null_when_no_organization_named_before_is_a_sports_club()
    {
        var entities = KnownEntities(Organization("Marsh Holdings"));
        var quotes = Quotes(entities,
            "Marsh Holdings bought the old cricket ground last year.",
            "\"We have been here for a hundred years and we are not going anywhere,\" the club said.");
        Assert.Equal((string?)null, quotes[^1].Speaker);
    }

    [Fact]
    public void Gives_the_mother_of_two_to_the_one_person_the_text_described_so_among_several_named()
    {
        var entities = KnownEntities(Person("Leanne Firth", ["Firth"], ["mother of two"]), Person("Craig Dunne", ["Dunne"], ["firefighter"]));
        var quotes = Quotes(entities,
            "Leanne Firth, a mother of two from Batley, lost almost everything in the blaze. Craig Dunne carried her children out.",
            "\"I will never be able to thank him enough for what he did that night,\" the mother-of-two said.");
        Assert.Equal("Leanne Firth", quotes[^1].Speaker);
    }

    [Fact]
    public void Leaves_a_description_null_when_nobody_named_there_was_described_so()
    {
        var entities = KnownEntities(Person("Leanne Firth", ["Firth"]), Person("Craig Dunne", ["Dunne"], ["firefighter"]));
        var quotes = Quotes(entities,
            "Leanne Firth lost almost everything in the blaze. Craig Dunne carried her children out.",
            "\"I will never be able to thank him enough for what he did that night,\" the mother-of-two said.");
        Assert.Equal((string?)null, quotes[^1].Speaker);
    }
}
