using Bunit;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Web.Features.Home;
using NewsArchive.Web.Features.Quotes;
using NewsArchive.Web.Features.Timeline;

namespace NewsArchive.Web.Tests.Features;

/// <summary>When the archive cannot be read, pages say so in a sentence instead of failing.</summary>
public sealed class ErrorStatesTests : PageTestContext
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Archive.NewContext();
        // A damaged archive: the tables the pages read are gone.
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF; DROP TABLE \"EventActors\"; DROP TABLE \"Events\"; DROP TABLE \"Quotes\"; DROP TABLE \"Mentions\"; DROP TABLE \"Articles\";");
    }

    [Fact]
    public void Home_page_shows_an_error_state_not_an_exception() =>
        Assert.Contains("could not be read", RenderPage<HomePage>("/").Find("[data-testid=error-state]").TextContent);

    [Fact]
    public void Quotes_page_shows_an_error_state_not_an_exception() =>
        Assert.Contains("could not be searched", RenderPage<QuotesPage>("/quotes").Find("[data-testid=error-state]").TextContent);

    [Fact]
    public void Timeline_page_shows_an_error_state_not_an_exception() =>
        Assert.Contains("could not be loaded", RenderPage<TimelinePage>("/timeline").Find("[data-testid=error-state]").TextContent);
}
