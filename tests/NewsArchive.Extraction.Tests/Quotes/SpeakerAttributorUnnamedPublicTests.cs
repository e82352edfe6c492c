using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Members of the public a reporter met, named only by what they were doing ("one tourist", "a walker"),
/// and second references to a spokesperson brought in as an organization's voice; every sentence here is invented.</summary>
public class SpeakerAttributorUnnamedPublicTests
{
    private static IReadOnlyList<(string Text, string? Speaker)> Quotes(EntitySet entities, params string[] paragraphs) =>
        AttributedQuotes(entities, paragraphs).Select(q => (q.Text, q.Speaker)).ToList();

    [Fact]
    public void Leaves_she_after_an_unnamed_tourist_null_rather_than_reaching_a_named_official_before()
    {
        var entities = KnownEntities(Person("Ciarán Ó Floinn", ["Ó Floinn"]));
        var quotes = Quotes(entities,
            "\"We cleared six tonnes of rubbish from the quays,\" said Ciarán Ó Floinn, the city's waste officer.",
            "Hotels said they were almost full.",
            "One tourist from Toronto, waiting outside a pub on the quays, said she had saved for the trip for three years. \"My father grew up in Kerry and I wanted to see it for him,\" she said.");
        Assert.Equal(
            [("We cleared six tonnes of rubbish from the quays,", "Ciarán Ó Floinn"),
             ("My father grew up in Kerry and I wanted to see it for him,", (string?)null)],
            quotes);
    }

    [Fact]
    public void Leaves_he_after_a_walker_who_spoke_null()
    {
        var entities = KnownEntities(Person("Imran Qadir", ["Qadir"]));
        var quotes = Quotes(entities,
            "Imran Qadir, the ranger in charge, said crews had worked through the night.",
            "\"Peat can smoulder underground for weeks,\" he said.",
            "A walker who had been on the ridge said the flames spread quickly. \"It went from a wisp of smoke to a wall of fire in minutes,\" he told the local paper.");
        Assert.Equal((string?)null, quotes[^1].Speaker);
    }

    [Theory]
    [InlineData("One commuter")]
    [InlineData("A pensioner")]
    [InlineData("One resident")]
    [InlineData("One street vendor selling lemonade by the depot")]
    [InlineData("A local")]
    public void Leaves_she_after_another_unnamed_member_of_the_public_null(string opener)
    {
        var entities = KnownEntities(Person("Dana Whitcombe", ["Whitcombe"]));
        var quotes = Quotes(entities,
            "Dana Whitcombe, who chairs the transport committee, defended the timetable.",
            $"{opener} said the changes had made things worse. \"I now leave the house forty minutes earlier every single day,\" she said.");
        Assert.Equal((string?)null, quotes[^1].Speaker);
    }

    [Theory]
    [InlineData("The nurse whose van was taken said she had lost a week's work.")]
    [InlineData("In a statement read out in court, the nurse whose van was taken said she had lost a week's work.")]
    public void Leaves_she_after_an_unnamed_victim_picked_out_by_a_relative_clause_null(string sentence)
    {
        var entities = KnownEntities(Person("Nadia Lowther", ["Lowther"], ["prosecutor"]));
        var quotes = Quotes(entities,
            "One victim, a nurse, found her van gone from outside her flat.",
            "The keys were taken from a hook in the hall, prosecutor Nadia Lowther said.",
            sentence,
            "\"I still check the street every morning before I leave,\" she said.");
        Assert.Equal((string?)null, quotes[^1].Speaker);
    }

    [Fact]
    public void Gives_the_spokesperson_a_council_voice_brought_in_to_the_council_on_second_reference()
    {
        var entities = KnownEntities(Organization("Castleford Borough Council"), Person("Rhian Pugh", ["Pugh"]));
        var quotes = Quotes(entities,
            "Castleford Borough Council wants to shut the library by the autumn.",
            "\"It is the only warm, free place left in the town,\" said Rhian Pugh, who runs the reading group.",
            "A council spokesperson said the consultation would close in June.",
            "\"No decision has been taken and every response will be read,\" the spokesperson said.");
        Assert.Equal("Castleford Borough Council", quotes[^1].Speaker);
    }
}

