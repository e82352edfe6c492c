using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using NewsArchive.Data.Articles;
using NewsArchive.Web.Features.Ingest;

namespace NewsArchive.Web.Tests.Features.Ingest;

public sealed class IngestPageTests : PageTestContext
{
    private const string Article = "Bridge reopens after repairs\n\nThe city reopened the Fifth Street bridge on Monday, May 6, 2019.\n\nTraffic resumed at noon.";

    [Fact]
    public async Task Archives_an_uploaded_article_and_links_to_it()
    {
        var cut = RenderPage<IngestPage>("/ingest");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Article, "bridge.txt"));

        var row = cut.WaitForElement("[data-testid=result-row][data-status=archived]");
        Assert.Equal("bridge.txt", row.QuerySelector("td")!.TextContent);
        Assert.StartsWith("/articles/", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("1 archived", cut.Find("[data-testid=upload-summary]").TextContent);
        var found = await Archive.Get<ArticleSearch>().SearchAsync(new ArticleSearchQuery("bridge"));
        Assert.Equal("Bridge reopens after repairs", Assert.Single(found.Items).Title);
    }

    [Fact]
    public void Reports_the_same_upload_twice_as_unchanged()
    {
        var cut = RenderPage<IngestPage>("/ingest");
        var input = cut.FindComponent<InputFile>();

        input.UploadFiles(InputFileContent.CreateFromText(Article, "bridge.txt"));
        cut.WaitForElement("[data-testid=result-row][data-status=archived]");
        input.UploadFiles(InputFileContent.CreateFromText(Article, "bridge-again.txt"));

        var row = cut.WaitForElement("[data-testid=result-row][data-status=unchanged]");
        Assert.Equal("bridge-again.txt", row.QuerySelector("td")!.TextContent);
    }

    [Fact]
    public void Rejects_a_file_of_another_type_with_the_reason_and_archives_the_rest()
    {
        var cut = RenderPage<IngestPage>("/ingest");

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("%PDF-1.4", "scan.pdf"),
            InputFileContent.CreateFromText(Article, "bridge.txt"));

        cut.WaitForAssertion(() => Assert.Equal("1 rejected, 1 archived", cut.Find("[data-testid=upload-summary]").TextContent));
        var rejected = cut.Find("[data-testid=result-row][data-status=rejected]");
        Assert.Equal("'scan.pdf' is not a .txt, .md or .html file.", rejected.QuerySelector("[data-testid=result-detail]")!.TextContent.Trim());
    }

    [Fact]
    public void Refuses_more_files_than_the_limit_and_uploads_none()
    {
        var cut = RenderPage<IngestPage>("/ingest");
        var files = Enumerable.Range(1, UploadLimits.DefaultMaxFiles + 1)
            .Select(i => InputFileContent.CreateFromText(Article + i, $"a{i}.txt")).ToArray();

        cut.FindComponent<InputFile>().UploadFiles(files);

        Assert.Contains($"upload at most {UploadLimits.DefaultMaxFiles}", cut.Find("[data-testid=upload-limit]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=result-row]"));
    }

    [Fact]
    public void Says_the_inbox_is_off_when_no_folder_is_configured() =>
        Assert.Contains("Archive:InboxPath", RenderPage<IngestPage>("/ingest").Find("[data-testid=inbox-off]").TextContent);
}
