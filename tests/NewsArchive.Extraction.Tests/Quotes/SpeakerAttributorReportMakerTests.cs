using NewsArchive.Extraction.Entities;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Who a text that "says" something comes from: its maker, never whoever read it.</summary>
public class SpeakerAttributorReportMakerTests
{
    private static readonly EntitySet Haulage = KnownEntities(
        Organization("Brenmoor Haulage", "Brenmoor"),
        Organization("Roadline Weekly"),
        Organization("Thameside Echo"));

    [Fact]
    public void A_text_reviewed_by_a_newspaper_is_not_the_newspaper_speaking()
    {
        var quote = Assert.Single(AttributedQuotes(Haulage,
            "Brenmoor Haulage stopped trading on Friday. Drivers got a text message on Thursday night.",
            "\"We regret to tell you that all work stops tomorrow,\" read the message, which was reviewed by Roadline Weekly."));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_text_issued_by_a_company_is_the_company_speaking()
    {
        var quote = Assert.Single(AttributedQuotes(Haulage,
            "Drivers got a text message on Thursday night.",
            "\"We regret to tell you that all work stops tomorrow,\" read the message, which was issued by Brenmoor Haulage."));
        Assert.Equal("Brenmoor Haulage", quote.Speaker);
    }
}
