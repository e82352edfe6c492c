using NewsArchive.EndToEnd.Tests.Infrastructure;

namespace NewsArchive.EndToEnd.Tests.Commands;

/// <summary>Issue 8.4: a bulk ingest killed with SIGKILL loses nothing and duplicates nothing when run again.</summary>
public sealed class IngestCommandTests : IDisposable
{
    // Enough that the kill after 40 reported files always lands before the end, even on an idle machine.
    private const int Articles = 1000;
    private readonly string _work = Directory.CreateTempSubdirectory("newsarchive-crash-").FullName;

    [Fact]
    public async Task Ingest_run_again_after_a_SIGKILL_mid_way_stores_every_article_exactly_once_with_the_index_in_step()
    {
        var corpus = Path.Combine(_work, "corpus");
        SimpleArticles.Write(corpus, Articles);
        var database = Path.Combine(_work, "archive.db");
        // Small batches: many commits, so the kill lands between and inside write transactions.
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Archive"] = $"Data Source={database}",
            ["Archive__BatchSize"] = "10",
        };

        using (var first = CliProcess.Start(["ingest", corpus], environment))
        {
            _ = first.StandardError.ReadToEndAsync();
            var reported = 0;
            while (reported < 40 && await first.StandardOutput.ReadLineAsync() is { } line)
                if (line.StartsWith("archived", StringComparison.Ordinal)) reported++;
            Assert.Equal(40, reported);
            first.Kill(); // SIGKILL on Linux: no finally blocks, no flush, no rollback by the process itself
            await first.WaitForExitAsync();
        }
        var archive = new ArchiveFile(database);
        var storedBeforeRerun = archive.Scalar("""SELECT count(*) FROM "Articles";""");
        Assert.InRange(storedBeforeRerun, 40, Articles - 1);

        var second = await CliProcess.RunAsync(["ingest", corpus], TimeSpan.FromMinutes(5), environment);

        Assert.True(second.ExitCode == 0, $"The second ingest failed ({second.ExitCode}):\n{second.StandardError}");
        Assert.Equal(Articles, archive.Scalar("""SELECT count(*) FROM "Articles";"""));
        Assert.Equal(Articles, archive.Scalar("""SELECT count(DISTINCT "Title") FROM "Articles";"""));
        archive.CheckFullTextIndex("ArticlesFts");
        archive.CheckFullTextIndex("QuotesFts");
        foreach (var i in new[] { 0, 39, 40, Articles / 2, Articles - 1 })
            Assert.Equal(1, archive.Scalar($"""SELECT count(*) FROM "ArticlesFts" WHERE "ArticlesFts" MATCH 'marker{i}x';"""));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
