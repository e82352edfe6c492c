using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Features.Ingest;

namespace NewsArchive.Web.Tests.Features.Ingest;

public sealed class IngestPageInboxTests : PageTestContext
{
    private InboxStatus Status => Services.GetRequiredService<InboxStatus>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Services.AddSingleton(new InboxOptions(Path.Combine(Archive.Folder, "inbox")));
    }

    [Fact]
    public void Shows_the_inbox_folder_its_waiting_files_and_latest_results()
    {
        Status.TryQueue("later.txt");
        Status.Finished("scan.pdf", IngestionResult.Rejected("scan.pdf", "'scan.pdf' is not a .txt, .md or .html file."));

        var cut = RenderPage<IngestPage>("/ingest");

        Assert.Contains(Path.Combine(Archive.Folder, "inbox"), cut.Find("[data-testid=inbox] code").TextContent);
        Assert.Equal("1 waiting: later.txt", cut.Find("[data-testid=inbox-pending]").TextContent.Trim());
        var row = cut.Find("[data-testid=inbox] [data-testid=result-row]");
        Assert.Equal("rejected", row.GetAttribute("data-status"));
        Assert.Contains("is not a .txt, .md or .html file", row.TextContent);
    }

    [Fact]
    public void Updates_the_queue_while_the_page_is_open()
    {
        var cut = RenderPage<IngestPage>("/ingest");
        Assert.Equal("Nothing waiting.", cut.Find("[data-testid=inbox-pending]").TextContent.Trim());

        Status.TryQueue("fresh.md");

        cut.WaitForAssertion(() => Assert.Equal("1 waiting: fresh.md", cut.Find("[data-testid=inbox-pending]").TextContent.Trim()));
    }
}
