using System.Text.Json;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests;

/// <summary>
/// The whole pipeline on the seed article, checked against every item of its gold extraction
/// (Gold/000_e7e15d3b9ef27f61.gold.json, a copy of the shared gold file).
/// </summary>
public class SeedGoldTests
{
    private static readonly Lazy<ArticleExtraction> Extraction = new(() =>
    {
        var document = ArticleReader.ReadFile(RepositoryFiles.Path(
            "seeds", "hancock-dismisses-trump-tweet-about-releasing-immigration-detainees.txt"));
        return new ArticleExtractor().Extract(document);
    });

    private static readonly Lazy<JsonElement> Gold = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path(
            "tests", "NewsArchive.Extraction.Tests", "Gold", "000_e7e15d3b9ef27f61.gold.json"))).RootElement);

    public static TheoryData<string> RequiredPeople => Required("people");
    public static TheoryData<string> RequiredOrganizations => Required("organizations");
    public static TheoryData<string> RequiredPlaces => Required("places");
    public static TheoryData<string> NotPeople => new(Gold.Value.GetProperty("not_people").EnumerateArray()
        .Select(e => e.GetString()!.Split(" (")[0]));
    public static TheoryData<int> GoldQuotes => new(Enumerable.Range(0, Gold.Value.GetProperty("quotes").GetArrayLength()));
    public static TheoryData<int> GoldEvents => new(Enumerable.Range(0, Gold.Value.GetProperty("events").GetArrayLength()));

    private static TheoryData<string> Required(string kind) => new(Gold.Value.GetProperty(kind).EnumerateArray()
        .Where(e => e.GetProperty("required").GetBoolean())
        .Select(e => e.GetProperty("name").GetString()!));

    [Fact]
    public void Seed_title_and_credit_match_the_gold()
    {
        Assert.Equal(Gold.Value.GetProperty("title").GetString(), Extraction.Value.Document.Title);
        Assert.Equal(Gold.Value.GetProperty("credit").GetString(), Extraction.Value.Document.Credit);
    }

    [Fact]
    public void Seed_publication_date_is_inferred_as_in_the_gold()
    {
        var gold = Gold.Value.GetProperty("published");
        var published = Extraction.Value.Published;
        Assert.NotNull(published);
        Assert.Equal(gold.GetProperty("date").GetString(), published.Date.ToIso());
        Assert.Equal(gold.GetProperty("precision").GetString(), published.Date.Precision.ToString().ToLowerInvariant());
        Assert.Equal(gold.GetProperty("inferred").GetBoolean(), published.Inferred);
    }

    [Theory]
    [MemberData(nameof(RequiredPeople))]
    public void Seed_has_each_required_person_with_roles_and_aliases(string name) =>
        AssertEntity("people", name, Extraction.Value.People, checkRoles: true);

    [Theory]
    [MemberData(nameof(RequiredOrganizations))]
    public void Seed_has_each_required_organization_with_aliases(string name) =>
        AssertEntity("organizations", name, Extraction.Value.Organizations, checkRoles: false);

    [Theory]
    [MemberData(nameof(RequiredPlaces))]
    public void Seed_has_each_required_place(string name) =>
        AssertEntity("places", name, Extraction.Value.Places, checkRoles: false);

    [Theory]
    [MemberData(nameof(NotPeople))]
    public void Seed_has_no_false_person(string notAPerson)
    {
        Assert.DoesNotContain(Extraction.Value.People, p => SurfaceForms(p).Contains(notAPerson));
    }

    [Fact]
    public void Seed_has_exactly_the_gold_quotes_and_no_others()
    {
        var gold = Gold.Value.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()!).ToList();
        Assert.Equal(gold, Extraction.Value.Quotes.Select(q => q.Text).ToList());
    }

    [Theory]
    [MemberData(nameof(GoldQuotes))]
    public void Seed_quote_has_the_gold_text_speaker_and_cue(int index)
    {
        var gold = Gold.Value.GetProperty("quotes")[index];
        var text = gold.GetProperty("text").GetString()!;
        var quote = Assert.Single(Extraction.Value.Quotes, q => q.Text == text);
        Assert.Equal(text, Extraction.Value.Document.Body[quote.Span.Start..quote.Span.End]);
        Assert.Equal(gold.GetProperty("cue").GetString(), quote.Cue);

        // The speaker is the extracted name of the gold speaker's entity.
        var goldSpeaker = gold.GetProperty("speaker").GetString()!;
        var speakerForms = GoldEntities().First(e => e.Contains(goldSpeaker));
        var extracted = Extraction.Value.People.Concat(Extraction.Value.Organizations)
            .Where(e => e.Name == quote.Speaker).ToList();
        var entity = Assert.Single(extracted);
        Assert.True(SurfaceForms(entity).Overlaps(speakerForms), $"speaker {quote.Speaker} is not {goldSpeaker}");
    }

    [Fact]
    public void Seed_scare_quote_is_not_a_quote()
    {
        foreach (var notQuote in Gold.Value.GetProperty("not_quotes").EnumerateArray())
        {
            var text = notQuote.GetString()!.Split(" (")[0];
            Assert.DoesNotContain(Extraction.Value.Quotes, q => q.Text.TrimEnd(',', '.') == text);
        }
    }

    [Fact]
    public void Seed_has_as_many_events_as_the_gold()
    {
        Assert.Equal(Gold.Value.GetProperty("events").GetArrayLength(), Extraction.Value.Events.Count);
    }

    [Theory]
    [MemberData(nameof(GoldEvents))]
    public void Seed_event_has_the_gold_date_and_precision(int index)
    {
        var gold = Gold.Value.GetProperty("events")[index];
        var anchor = gold.GetProperty("anchor").GetString()!;
        var events = Extraction.Value.Events.Where(e => e.Text.Contains(anchor, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.Contains(events, e => e.Date.ToIso() == gold.GetProperty("date").GetString()
                                     && e.Date.Precision.ToString().ToLowerInvariant() == gold.GetProperty("precision").GetString());
        Assert.True(PartialDate.TryParseIso(gold.GetProperty("date").GetString(), out _));
    }

    private static void AssertEntity(string kind, string goldName, IReadOnlyList<ExtractedEntity> extracted, bool checkRoles)
    {
        var gold = Gold.Value.GetProperty(kind).EnumerateArray().First(e => e.GetProperty("name").GetString() == goldName);
        var goldForms = FormsOf(gold);
        var entity = extracted.FirstOrDefault(e => SurfaceForms(e).Overlaps(goldForms));
        Assert.True(entity is not null, $"no {kind} entry named {goldName} or any of its aliases");
        var forms = SurfaceForms(entity);
        Assert.All(goldForms.Where(f => IsInBody(f)), f => Assert.Contains(f, forms));
        if (!checkRoles) return;
        foreach (var role in gold.GetProperty("roles").EnumerateArray())
            Assert.Contains(role.GetString()!, entity.Roles);
    }

    // A gold alias counts only if the article actually says it ("Donald Trump" never appears in the seed).
    private static bool IsInBody(string form) =>
        Extraction.Value.Document.Body.Contains(form, StringComparison.Ordinal)
        || Extraction.Value.Document.Title.Contains(form, StringComparison.Ordinal);

    private static HashSet<string> SurfaceForms(ExtractedEntity entity) => [entity.Name, .. entity.Aliases];

    private static HashSet<string> FormsOf(JsonElement gold) =>
        [gold.GetProperty("name").GetString()!, .. gold.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];

    private static IEnumerable<HashSet<string>> GoldEntities() =>
        Gold.Value.GetProperty("people").EnumerateArray().Concat(Gold.Value.GetProperty("organizations").EnumerateArray()).Select(FormsOf);
}
