using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Evaluation;

/// <summary>
/// One article's extraction held against its gold file: what was missing, what was extra, and the counts
/// the corpus score adds up.
/// </summary>
public sealed class ArticleComparison
{
    private readonly List<string> _problems = [];
    private readonly List<string> _problemKinds = [];

    /// <summary>Every difference, worded for the developer who has to fix it.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The kind of each problem ("quote missing", "role missing"...), for a summary over the corpus.</summary>
    public IReadOnlyList<string> ProblemKinds => _problemKinds;

    public Tally Quotes { get; } = new();
    public int QuotesMatched { get; private set; }
    public int SpeakersRight { get; private set; }
    public Tally People { get; } = new();
    public Tally Organizations { get; } = new();
    public Tally Places { get; } = new();
    public Tally Events { get; } = new();

    /// <summary>Whether the publication date (day, precision and inferred flag) is the gold one; null when the gold gives none.</summary>
    public bool? PublishedRight { get; private set; }

    public static ArticleComparison Compare(GoldArticle gold, ArticleExtraction actual)
    {
        var c = new ArticleComparison();
        c.CompareMetadata(gold, actual);
        c.CompareEntities("person", gold.People, actual.People, c.People, checkRoles: true);
        c.CompareEntities("organization", gold.Organizations, actual.Organizations, c.Organizations, checkRoles: false);
        c.CompareEntities("place", gold.Places, actual.Places, c.Places, checkRoles: false);
        c.CompareNotPeople(gold, actual);
        c.CompareQuotes(gold, actual);
        c.CompareEvents(gold, actual);
        return c;
    }

    private void CompareMetadata(GoldArticle gold, ArticleExtraction actual)
    {
        var doc = actual.Document;
        if (doc.Title.Trim() != gold.Title)
            Report("title", $"title: expected \"{gold.Title}\", got \"{doc.Title}\"");
        if (doc.Credit?.Trim() != gold.Credit)
            Report("credit", $"credit: expected {Show(gold.Credit)}, got {Show(doc.Credit)}");
        if (gold.Published is null) return;
        var expected = $"{gold.Published.Date} ({gold.Published.Precision}, inferred: {gold.Published.Inferred})";
        var got = actual.Published is null
            ? "none"
            : $"{actual.Published.Date.ToIso()} ({Precision(actual.Published.Date)}, inferred: {actual.Published.Inferred})";
        PublishedRight = expected == got;
        if (expected != got)
            Report("published", $"published: expected {expected}, got {got}" +
                (gold.Published.Why is null ? "" : $" — why: {gold.Published.Why}"));
    }

    private void CompareEntities(
        string kind, IReadOnlyList<GoldEntity> gold, IReadOnlyList<ExtractedEntity> actual, Tally tally, bool checkRoles)
    {
        foreach (var expected in gold.Where(g => g.Required))
        {
            tally.Expected++;
            var forms = expected.Forms.Select(GoldText.Name).ToHashSet();
            var found = actual.Where(a => Forms(a).Any(forms.Contains)).ToList();
            if (found.Count == 0)
            {
                Report($"{kind} missing", $"{kind} missing: {expected.Name} (or any of: {string.Join(", ", expected.Aliases ?? [])})");
                continue;
            }
            tally.Hit++;
            if (!checkRoles || expected.Roles is null) continue;
            var roles = found.SelectMany(f => f.Roles).Select(GoldText.Role).ToHashSet();
            foreach (var role in expected.Roles.Where(r => !roles.Contains(GoldText.Role(r))))
                Report("role missing", $"{kind} {expected.Name}: role \"{role}\" missing; roles found: [{string.Join("; ", found.SelectMany(f => f.Roles))}]");
        }

        // Precision counts any gold entity, optional ones too, as a right answer.
        var allForms = gold.SelectMany(g => g.Forms).Select(GoldText.Name).ToHashSet();
        tally.Found = actual.Count;
        tally.FoundRight = actual.Count(a => Forms(a).Any(allForms.Contains));
    }

    private void CompareNotPeople(GoldArticle gold, ArticleExtraction actual)
    {
        foreach (var wrong in gold.NotPeople)
        {
            var name = GoldText.Name(wrong);
            var bad = actual.People.FirstOrDefault(p => Forms(p).Contains(name));
            if (bad is not null) Report("not a person, found as one", $"not a person, but found as one: {wrong} (entity \"{bad.Name}\")");
        }
    }

    private void CompareQuotes(GoldArticle gold, ArticleExtraction actual)
    {
        var speakers = gold.Speakers.ToList();
        var extracted = actual.Quotes.Select(q => (Quote: q, Text: GoldText.Quote(q.Text))).ToList();
        var used = new bool[extracted.Count];
        var matchedBy = new int[gold.Quotes.Count];
        Array.Fill(matchedBy, -1);

        for (var g = 0; g < gold.Quotes.Count; g++)
        {
            var text = GoldText.Quote(gold.Quotes[g].Text);
            var i = extracted.FindIndex(e => e.Text == text);
            if (i >= 0 && !used[i]) { used[i] = true; matchedBy[g] = i; }
        }

        // Parts of an interrupted quotation may come back as one quote holding every part.
        for (var g = 0; g < gold.Quotes.Count; g++)
        {
            if (matchedBy[g] >= 0) continue;
            var text = GoldText.Quote(gold.Quotes[g].Text);
            var joinedWithNeighbour = gold.Quotes[g].Joined || (g > 0 && gold.Quotes[g - 1].Joined);
            if (!joinedWithNeighbour) continue;
            var i = extracted.FindIndex(e => e.Text.Contains(text, StringComparison.Ordinal));
            if (i >= 0) { used[i] = true; matchedBy[g] = i; }
        }

        // An interrupted quotation written in the gold as one quote holding every part ("A, B") may come back as its parts.
        for (var g = 0; g < gold.Quotes.Count; g++)
        {
            if (matchedBy[g] >= 0 || !gold.Quotes[g].Joined) continue;
            var whole = GoldText.Letters(gold.Quotes[g].Text);
            for (var start = 0; start < extracted.Count && matchedBy[g] < 0; start++)
            {
                var end = start;
                var parts = "";
                while (end < extracted.Count && !used[end] && whole.StartsWith(parts + GoldText.Letters(extracted[end].Text), StringComparison.Ordinal))
                    parts += GoldText.Letters(extracted[end++].Text);
                if (end - start < 2 || parts != whole) continue;
                for (var k = start; k < end; k++) used[k] = true;
                matchedBy[g] = start;
            }
        }

        Quotes.Expected = gold.Quotes.Count;
        Quotes.Found = extracted.Count;
        Quotes.FoundRight = used.Count(u => u);
        for (var g = 0; g < gold.Quotes.Count; g++)
        {
            var expected = gold.Quotes[g];
            if (matchedBy[g] < 0)
            {
                Report("quote missing", $"quote missing: \"{Clip(expected.Text)}\" — {Show(expected.Speaker)}, cue {Show(expected.Cue)}");
                continue;
            }
            Quotes.Hit++;
            QuotesMatched++;
            var got = extracted[matchedBy[g]].Quote.Speaker;
            if (SpeakerMatches(expected.Speaker, got, speakers)) SpeakersRight++;
            else Report("wrong speaker", $"quote \"{Clip(expected.Text)}\": speaker expected {Show(expected.Speaker)}, got {Show(got)} (cue found: {Show(extracted[matchedBy[g]].Quote.Cue)})");
        }

        for (var i = 0; i < extracted.Count; i++)
        {
            if (used[i]) continue;
            var text = extracted[i].Text;
            var kind = gold.NotQuotes.Any(n => GoldText.Quote(n) == text) ? "not a quote (scare quote), but found" : "quote extra";
            Report(kind, $"{kind}: \"{Clip(extracted[i].Quote.Text)}\" — speaker {Show(extracted[i].Quote.Speaker)}");
        }
    }

    private static bool SpeakerMatches(string? expected, string? got, IReadOnlyList<GoldEntity> speakers)
    {
        if (expected is null || got is null) return expected is null && got is null;
        var entity = speakers.FirstOrDefault(s => GoldText.Name(s.Name) == GoldText.Name(expected));
        var forms = entity is null ? [GoldText.Name(expected)] : entity.Forms.Select(GoldText.Name).ToHashSet();
        return forms.Contains(GoldText.Name(got));
    }

    private void CompareEvents(GoldArticle gold, ArticleExtraction actual)
    {
        var missing = gold.Events.Select(e => $"{e.Date} ({e.Precision.ToLowerInvariant()})").ToList();
        var extra = new List<string>();
        foreach (var e in actual.Events)
        {
            var key = $"{e.Date.ToIso()} ({Precision(e.Date)})";
            if (!missing.Remove(key)) extra.Add($"{key} «{Clip(e.Text)}»");
        }
        Events.Expected = gold.Events.Count;
        Events.Hit = gold.Events.Count - missing.Count;
        Events.Found = actual.Events.Count;
        Events.FoundRight = Events.Hit;
        foreach (var key in missing)
        {
            var anchors = gold.Events.Where(e => $"{e.Date} ({e.Precision.ToLowerInvariant()})" == key).Select(e => e.Anchor);
            Report("event missing", $"event missing: {key} — \"{string.Join("\" / \"", anchors)}\"");
        }
        foreach (var e in extra) Report("event extra", $"event extra: {e}");
    }

    private void Report(string kind, string message)
    {
        _problemKinds.Add(kind);
        _problems.Add(message);
    }

    private static IEnumerable<string> Forms(ExtractedEntity e) => e.Aliases.Prepend(e.Name).Select(GoldText.Name);

    private static string Precision(PartialDate d) => d.Precision.ToString().ToLowerInvariant();

    private static string Show(string? s) => s is null ? "null" : $"\"{s}\"";

    private static string Clip(string s)
    {
        var flat = s.ReplaceLineEndings(" ");
        return flat.Length <= 70 ? flat : flat[..67] + "...";
    }
}
