using Microsoft.EntityFrameworkCore;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Data.Articles;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Quotes;
using NewsArchive.Data.Timeline;

namespace NewsArchive.Benchmarks.Queries;

/// <summary>
/// Latency percentiles of the query services the pages call, on an archive built by the ingestion suite.
/// Each sample is one call from the service's public method, a DbContext per call as in the app.
/// </summary>
public static class QueryLatency
{
    private const int Samples = 300;

    public static async Task RunAsync(string databasePath, Report report)
    {
        await using var host = await ArchiveHost.OpenAsync(databasePath);
        int articles;
        List<string> entities, speakers;
        await using (var db = await host.NewContextAsync())
        {
            articles = await db.Articles.CountAsync();
            entities = await db.Entities.AsNoTracking()
                .OrderByDescending(e => db.Mentions.Where(m => m.EntityId == e.Id).Sum(m => m.Count)).Select(e => e.Slug).Take(20).ToListAsync();
            speakers = await db.Quotes.AsNoTracking().Where(q => q.SpeakerId != null)
                .GroupBy(q => q.Speaker!.Slug).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(20).ToListAsync();
            report.Line($"Archive: {articles:N0} articles, {await db.Entities.CountAsync():N0} entities, " +
                        $"{await db.Quotes.CountAsync():N0} quotes, {await db.Events.CountAsync():N0} events.");
        }

        var search = host.Get<ArticleSearch>();
        var from = new DateOnly(2016, 1, 1);
        await Measure(report, $"search: word in most articles ('{CorpusGenerator.CommonWord}')",
            i => search.SearchAsync(new ArticleSearchQuery(CorpusGenerator.CommonWord, Page: 1 + i % 5)));
        await Measure(report, $"search: word in a few percent ('{CorpusGenerator.FewPercentWord}')",
            i => search.SearchAsync(new ArticleSearchQuery(CorpusGenerator.FewPercentWord, Page: 1 + i % 3)));
        await Measure(report, $"search: rare word ('{CorpusGenerator.RareWord}')",
            _ => search.SearchAsync(new ArticleSearchQuery(CorpusGenerator.RareWord)));
        await Measure(report, "search: phrase (\"public hearings\")",
            _ => search.SearchAsync(new ArticleSearchQuery("\"public hearings\"")));
        await Measure(report, "search: prefix (budg*)",
            _ => search.SearchAsync(new ArticleSearchQuery("budg*")));
        await Measure(report, "search: longer prefix (budge*)",
            _ => search.SearchAsync(new ArticleSearchQuery("budge*")));
        await Measure(report, "search: word + date range (council, 2016–2017)",
            _ => search.SearchAsync(new ArticleSearchQuery("council", From: from, To: from.AddYears(2))));
        await Measure(report, "search: word + entity (budget, a top entity)",
            i => search.SearchAsync(new ArticleSearchQuery("budget", EntitySlug: Nth(entities, i))), entities.Count > 0);

        var quotes = host.Get<QuotesBySpeaker>();
        await Measure(report, "quotes by speaker (top 20 speakers in turn)",
            i => quotes.SearchAsync(new QuoteSearchQuery(Nth(speakers, i))), speakers.Count > 0);
        var autocomplete = host.Get<SpeakerAutocomplete>();
        string[] prefixes = ["l", "or", "re", "ma", "dan", "ok", "sa", "h", "ti", "na"];
        await Measure(report, "speaker autocomplete (1–3 letters)",
            i => autocomplete.SuggestAsync(prefixes[i % prefixes.Length]));
        var timeline = host.Get<EventTimeline>();
        await Measure(report, "timeline page (pages 1–10)",
            i => timeline.ListAsync(new TimelineQuery(Page: 1 + i % 10)));
        await Measure(report, "timeline page, one year",
            i => timeline.ListAsync(new TimelineQuery(From: new DateOnly(2013 + i % 8, 1, 1), To: new DateOnly(2013 + i % 8, 12, 31))));
        var profile = host.Get<EntityProfile>();
        await Measure(report, "entity profile (top 20 entities in turn)",
            i => profile.FindAsync(Nth(entities, i)), entities.Count > 0);
    }

    private static string Nth(List<string> items, int i) => items.Count == 0 ? "" : items[i % items.Count];

    private static async Task Measure<T>(Report report, string name, Func<int, Task<T>> query, bool possible = true)
    {
        if (!possible)
        {
            report.Row(name, "not measured", "the archive has no extracted entities or speakers to ask for");
            return;
        }
        var latency = await Latency.MeasureAsync(Samples, async i => await query(i));
        report.Row(name, $"p50 {latency.P50:N2} ms", $"p95 {latency.P95:N2} ms, p99 {latency.P99:N2} ms, max {latency.Max:N1} ms, " +
                         $"{latency.Samples} samples; CPU per call p50 {latency.CpuP50:N2} ms, p95 {latency.CpuP95:N2} ms");
    }
}
