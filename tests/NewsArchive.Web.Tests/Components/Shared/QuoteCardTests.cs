using Bunit;
using NewsArchive.Data.Common;
using NewsArchive.Data.Quotes;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class QuoteCardTests : ArchiveBunitContext
{
    private static QuoteHit Hit(EntityRef? speaker) => new(
        7, "Denver won't back down,", Snippet.Plain("Denver won't back down,"), speaker, "said",
        "mayor-story", "Mayor story", new PublicationDate(PartialDate.OfDay(new DateOnly(2019, 4, 12)), false), new TextSpan(10, 33));

    [Fact]
    public void Shows_speaker_role_cue_date_and_links_to_the_quote_in_its_article()
    {
        var cut = Render<QuoteCard>(p => p
            .Add(x => x.Quote, Hit(new EntityRef("michael-hancock", "Michael Hancock", EntityKind.Person)))
            .Add(x => x.Role, "Mayor of Denver")
            .Add(x => x.AnchorNumber, 2));

        Assert.Equal("/people/michael-hancock", cut.Find("[data-testid=quote-speaker]").GetAttribute("href"));
        Assert.Equal(", Mayor of Denver", cut.Find("[data-testid=quote-role]").TextContent);
        Assert.Equal(" · said", cut.Find("[data-testid=quote-cue]").TextContent);
        Assert.Equal("12 Apr 2019", cut.Find("time").TextContent);
        Assert.Equal("/articles/mayor-story#quote-2", cut.Find("[data-testid=quote-link]").GetAttribute("href"));
    }

    [Fact]
    public void Says_unattributed_when_the_text_names_no_speaker()
    {
        var cut = Render<QuoteCard>(p => p.Add(x => x.Quote, Hit(null)));

        Assert.Equal("Unattributed", cut.Find("[data-testid=quote-speaker]").TextContent);
        Assert.Equal("/articles/mayor-story", cut.Find("[data-testid=quote-link]").GetAttribute("href"));
    }
}
