using NewsArchive.Evaluation;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Articles;

/// <summary>The harness itself: a perfect extraction passes, and each kind of mistake is reported by name.</summary>
public sealed class ArticleComparisonTests
{
    [Theory]
    [MemberData(nameof(ArticleCorpusTests.Cases), MemberType = typeof(ArticleCorpusTests))]
    public void Compare_finds_no_difference_when_the_extraction_is_the_gold_itself(string caseName)
    {
        var gold = GoldArticle.Load(CorpusFiles.GoldPath(caseName));

        var comparison = ArticleComparison.Compare(gold, PerfectExtraction(gold));

        Assert.True(comparison.Problems.Count == 0, string.Join("\n", comparison.Problems));
        Assert.Equal(gold.Quotes.Count, comparison.SpeakersRight);
    }

    [Fact]
    public void Compare_names_the_missing_and_extra_items_when_the_extraction_is_wrong()
    {
        var gold = GoldArticle.Load(CorpusFiles.GoldPath(CorpusFiles.CaseNames()[0]));
        var perfect = PerfectExtraction(gold);
        var wrongSpeaker = perfect.Quotes[0] with { Speaker = "Somebody Else" };
        var broken = perfect with
        {
            People = perfect.People.Skip(1).Append(Entity(EntityKind.Person, GoldText.Name(gold.NotPeople[0]), [], [])).ToList(),
            Quotes = perfect.Quotes.Skip(2).Prepend(wrongSpeaker).Append(new ExtractedQuote("made up words", null, "said", default)).ToList(),
            Events = perfect.Events.Skip(1).Append(new ExtractedEvent(PartialDate.OfYear(1066), "Hastings", [], default)).ToList(),
        };

        var problems = ArticleComparison.Compare(gold, broken).Problems;

        Assert.Contains(problems, p => p.StartsWith($"person missing: {gold.People[0].Name}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("not a person, but found as one:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("speaker expected", StringComparison.Ordinal) && p.Contains("Somebody Else", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("quote missing:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("quote extra: \"made up words\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"event missing: {gold.Events[0].Date}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("event extra: 1066 (year)", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_accepts_an_interrupted_quotation_returned_as_one_quote()
    {
        var gold = GoldArticle.Load(CorpusFiles.GoldPath(CorpusFiles.CaseNames()[0]));
        var first = gold.Quotes.ToList().FindIndex(q => q.Joined);
        Assert.True(first >= 0, "the first corpus article should hold an interrupted quotation");
        var (a, b) = (gold.Quotes[first], gold.Quotes[first + 1]);
        var perfect = PerfectExtraction(gold);
        var merged = perfect.Quotes.Where((_, i) => i != first && i != first + 1)
            .Append(new ExtractedQuote($"{a.Text} {b.Text}", a.Speaker, a.Cue, default)).ToList();

        var comparison = ArticleComparison.Compare(gold, perfect with { Quotes = merged });

        Assert.Empty(comparison.Problems);
        Assert.Equal(gold.Quotes.Count, comparison.Quotes.Hit);
    }

    [Fact]
    public void Compare_accepts_the_parts_of_an_interrupted_quotation_the_gold_writes_as_one_quote()
    {
        var gold = GoldArticle.Load(CorpusFiles.GoldPath(CorpusFiles.CaseNames()[0]));
        var first = gold.Quotes.ToList().FindIndex(q => q.Joined);
        var (a, b) = (gold.Quotes[first], gold.Quotes[first + 1]);
        // The gold's way of writing it: one quote, the parts joined by a comma, still marked joined.
        var oneQuote = a with { Text = $"{a.Text.TrimEnd(',', '.')}, {b.Text}" };
        var goldAsOne = gold with { Quotes = gold.Quotes.Where((_, i) => i != first && i != first + 1).Prepend(oneQuote).ToList() };
        var parts = PerfectExtraction(gold).Quotes.Where((_, i) => i != first && i != first + 1).Prepend(PerfectExtraction(gold).Quotes[first + 1])
            .Prepend(PerfectExtraction(gold).Quotes[first]).ToList();

        var comparison = ArticleComparison.Compare(goldAsOne, PerfectExtraction(gold) with { Quotes = parts });

        Assert.DoesNotContain(comparison.Problems, p => p.StartsWith("quote", StringComparison.Ordinal));
        Assert.Equal(goldAsOne.Quotes.Count, comparison.Quotes.Hit);
        Assert.Equal(parts.Count, comparison.Quotes.FoundRight);
    }

    /// <summary>What a flawless extractor would return for <paramref name="gold"/>.</summary>
    private static ArticleExtraction PerfectExtraction(GoldArticle gold)
    {
        var doc = new ArticleDocument(gold.Title, gold.Credit, null, null, null, null, "", []);
        PublicationDate? published = gold.Published is null || !PartialDate.TryParseIso(gold.Published.Date, out var date)
            ? null
            : new PublicationDate(date, gold.Published.Inferred);
        return new ArticleExtraction(
            doc,
            published,
            gold.People.Select(p => Entity(EntityKind.Person, p.Name, p.Aliases ?? [], p.Roles ?? [])).ToList(),
            gold.Organizations.Select(o => Entity(EntityKind.Organization, o.Name, o.Aliases ?? [], [])).ToList(),
            gold.Places.Select(p => Entity(EntityKind.Place, p.Name, p.Aliases ?? [], [])).ToList(),
            gold.Quotes.Select(q => new ExtractedQuote(q.Text, q.Speaker, q.Cue, default)).ToList(),
            gold.Events.Select(e => new ExtractedEvent(Parse(e.Date), e.Anchor ?? "", [], default)).ToList());
    }

    private static ExtractedEntity Entity(EntityKind kind, string name, IReadOnlyList<string> aliases, IReadOnlyList<string> roles) =>
        new(kind, name, aliases, roles, []);

    private static PartialDate Parse(string iso) =>
        PartialDate.TryParseIso(iso, out var d) ? d : throw new InvalidDataException($"not an ISO date: {iso}");
}
