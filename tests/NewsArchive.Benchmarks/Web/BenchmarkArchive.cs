using Microsoft.EntityFrameworkCore;
using NewsArchive.Benchmarks.Ingestion;
using NewsArchive.Benchmarks.Reporting;

namespace NewsArchive.Benchmarks.Web;

/// <summary>The archive the web suites load: --db FILE, else the ingest suite's archive-N.db, built when missing.</summary>
public static class BenchmarkArchive
{
    public static async Task<string> GetOrBuildAsync(string? databasePath, int articles, string workDirectory, Report report)
    {
        if (databasePath is not null)
        {
            if (!File.Exists(databasePath)) throw new FileNotFoundException($"--db {databasePath}: no such archive.");
            return Path.GetFullPath(databasePath);
        }
        var existing = Path.Combine(workDirectory, $"archive-{articles}.db");
        if (File.Exists(existing) && await CountAsync(existing) == articles)
        {
            report.Line($"Using the existing {articles:N0}-article archive {existing}.");
            return existing;
        }
        return await IngestionThroughput.RunAsync(articles, workDirectory, report);
    }

    public static async Task<int> CountAsync(string databasePath)
    {
        await using var host = await ArchiveHost.OpenAsync(databasePath);
        await using var db = await host.NewContextAsync();
        return await db.Articles.CountAsync();
    }

    /// <summary>Up to <paramref name="count"/> article slugs spread evenly over the archive.</summary>
    public static async Task<List<string>> SpreadSlugsAsync(string databasePath, int count)
    {
        await using var host = await ArchiveHost.OpenAsync(databasePath);
        await using var db = await host.NewContextAsync();
        var slugs = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync();
        var step = Math.Max(1, slugs.Count / count);
        return slugs.Where((_, i) => i % step == 0).Take(count).ToList();
    }
}
