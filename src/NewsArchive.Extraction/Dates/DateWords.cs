using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Dates;

/// <summary>The date word lists (Lexicon/Data/dates-*.txt), loaded once, as span lookups.</summary>
internal static class DateWords
{
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = Numbers("dates-months", abbreviations: false);
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviations = Numbers("dates-months", abbreviations: true);
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Numbers("dates-weekdays", abbreviations: false);
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WeekdayAbbreviations = Numbers("dates-weekdays", abbreviations: true);
    public static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords = Numbers("dates-number-words", abbreviations: false);
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set("dates-prepositions");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PastVerbs = Set("dates-past-verbs");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastVerbs = Set("dates-not-past-verbs");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportNouns = Set("dates-report-nouns");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs = Set("dates-reporting-verbs");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeferralVerbs = Set("dates-deferral-verbs");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveCues = Set("dates-adjective-cues");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EventNouns = Set("dates-event-nouns");
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateVerbs = Set("dates-state-verbs");

    /// <summary>Every word that can begin a date mention; any other word is skipped at once.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Triggers = BuildTriggers();

    /// <summary>Turns away most words that are not <see cref="Triggers"/> without hashing them.</summary>
    public static readonly WordFilter TriggerFilter = new(Triggers.Set);

    /// <summary>Future markers, each as its words: ["will"], ["going", "to"].</summary>
    public static readonly IReadOnlyList<string[]> FutureMarkers =
        WordList.Lines("dates-future-markers").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>Modal verbs among the future markers ("would", "could").</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set("dates-modals");

    /// <summary>The first words of <see cref="FutureMarkers"/>, plus "won" (won't).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureMarkerStarts =
        new HashSet<string>(FutureMarkers.Select(m => m[0]).Append("won"), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildTriggers()
    {
        string[] relative = ["today", "tonight", "yesterday", "tomorrow", "this", "last", "next"];
        var words = new HashSet<string>(relative, StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "dates-months", "dates-weekdays", "dates-number-words" })
            foreach (var line in WordList.Lines(name)) words.Add(line.Split(' ')[0]);
        return words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string name) =>
        WordList.Set(name, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Numbers(string name, bool abbreviations)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in WordList.Lines(name))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var isAbbreviation = parts.Length > 2 && parts[2] == "abbr";
            if (isAbbreviation == abbreviations) map[parts[0]] = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        return map.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
