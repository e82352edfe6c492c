using NewsArchive.EndToEnd.Tests.Infrastructure;

namespace NewsArchive.EndToEnd.Tests.Concurrency;

/// <summary>Issue 8.5: readers keep getting answers while the CLI bulk-ingests into the same SQLite file.</summary>
[Collection(BusyArchiveCollection.Name)]
public sealed class SearchDuringBulkIngestTests(BusyArchiveFixture archive) : IDisposable
{
    private const int Articles = 150;
    private const int ConcurrentRequests = 50;
    private readonly string _corpus = Directory.CreateTempSubdirectory("newsarchive-busy-").FullName;

    private static readonly string[] Requests = ["/api/articles?q=council", "/articles?q=plan", "/api/quotes?q=rush", "/api/articles?q=riverside*"];

    [Fact]
    public async Task Fifty_concurrent_searches_during_a_bulk_ingest_all_succeed_without_database_is_locked()
    {
        SimpleArticles.Write(_corpus, Articles);
        using var http = new HttpClient { BaseAddress = archive.App.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var ingest = CliProcess.Start(["ingest", _corpus], new Dictionary<string, string>
        {
            ["ConnectionStrings__Archive"] = $"Data Source={archive.DatabasePath}",
            ["Archive__BatchSize"] = "10", // many short write transactions interleaved with the reads
        });
        var ingestOutput = ingest.StandardOutput.ReadToEndAsync();
        var ingestErrors = ingest.StandardError.ReadToEndAsync();

        var failures = new List<string>();
        var roundsDuringIngest = 0;
        while (!ingest.HasExited)
        {
            var round = await Task.WhenAll(Enumerable.Range(0, ConcurrentRequests).Select(async i =>
            {
                using var response = await http.GetAsync(Requests[i % Requests.Length]);
                var body = await response.Content.ReadAsStringAsync();
                return (Path: Requests[i % Requests.Length], Status: (int)response.StatusCode, Body: body);
            }));
            if (!ingest.HasExited) roundsDuringIngest++;
            failures.AddRange(round
                .Where(r => r.Status != 200 || r.Body.Contains("database is locked", StringComparison.OrdinalIgnoreCase))
                .Select(r => $"{r.Path} -> {r.Status}: {r.Body[..Math.Min(200, r.Body.Length)]}"));
        }
        await ingest.WaitForExitAsync();

        Assert.True(ingest.ExitCode == 0, $"ingest failed ({ingest.ExitCode}): {await ingestErrors}\n{await ingestOutput}");
        Assert.True(roundsDuringIngest >= 1, "The ingest finished before a full round of searches could overlap it.");
        Assert.Empty(failures);
        Assert.Equal(Articles, new ArchiveFile(archive.DatabasePath).Scalar("""SELECT count(*) FROM "Articles" WHERE "Title" LIKE 'Council Weighs Plan Number %';"""));
    }

    public void Dispose() => Directory.Delete(_corpus, recursive: true);
}
