using NewsArchive.Data.Ingestion;
using NewsArchive.Web.Features.Ingest;

namespace NewsArchive.Web.Tests.Features.Ingest;

public sealed class UploadCheckTests
{
    private static readonly UploadLimits Limits = new(20, 1024 * 1024);

    [Fact]
    public void Refuses_a_file_over_the_size_limit_saying_both_sizes()
    {
        var result = UploadCheck.Refuse("big.md", 3 * 1024 * 1024, Limits);

        Assert.Equal(IngestionOutcome.Rejected, result!.Outcome);
        Assert.Equal("'big.md' is 3 MB; the limit is 1 MB.", result.Reason);
    }

    [Fact]
    public void Refuses_an_empty_file() =>
        Assert.Equal("'empty.txt' is empty.", UploadCheck.Refuse("empty.txt", 0, Limits)!.Reason);

    [Theory]
    [InlineData("story.txt")]
    [InlineData("story.MD")]
    [InlineData("story.html")]
    public void Lets_supported_files_within_the_limit_through(string name) =>
        Assert.Null(UploadCheck.Refuse(name, 2048, Limits));
}
