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
    public static readonly FilteredWords Prepositions = Set("dates-prepositions");
    public static readonly FilteredWords PastVerbs = Set("dates-past-verbs");
    public static readonly FilteredWords NotPastVerbs = Set("dates-not-past-verbs");
    public static readonly FilteredWords ReportNouns = Set("dates-report-nouns");
    public static readonly FilteredWords ReportingVerbs = Set("dates-reporting-verbs");
    public static readonly FilteredWords AnnouncingVerbs = Set("dates-announcing-verbs");
    public static readonly FilteredWords DeferralVerbs = Set("dates-deferral-verbs");
    public static readonly FilteredWords DirectiveVerbs = Set("dates-directive-verbs");
    public static readonly FilteredWords AdjectiveCues = Set("dates-adjective-cues");
    public static readonly FilteredWords PassiveAuxiliaries = Set("dates-passive-auxiliaries");
    public static readonly FilteredWords EventNouns = Set("dates-event-nouns");
    public static readonly FilteredWords StateVerbs = Set("dates-state-verbs");
    public static readonly FilteredWords HabitNouns = Set("dates-habit-nouns");
    public static readonly FilteredWords WeatherNouns = Set("dates-weather-nouns");
    public static readonly FilteredWords PredictionWords = Set("dates-prediction-words");
    public static readonly FilteredWords TimeOfDayWords = Set("dates-time-of-day-words");
    public static readonly FilteredWords VagueAmountWords = Set("dates-vague-amount-words");
    public static readonly FilteredWords Subordinators = Set("dates-subordinators");
    /// <summary>Nouns of a yearly edition or season: "the 2021 parade", "the 2025 Atlantic hurricane season".</summary>
    public static readonly FilteredWords EditionNouns = Set("dates-edition-nouns");
    public static readonly FilteredWords FigureSources = Set("dates-figure-sources");
    public static readonly FilteredWords TransactionVerbs = Set("dates-transaction-verbs");
    public static readonly FilteredWords MeasureVerbs = Set("dates-measure-verbs");
    public static readonly FilteredWords TallyVerbs = Set("dates-tally-verbs");
    public static readonly FilteredWords ChangeVerbs = Set("dates-change-verbs");
    public static readonly FilteredWords TargetWords = Set("dates-target-words");
    public static readonly FilteredWords NamedDayWords = Set("dates-named-day-words");
    public static readonly FilteredWords ArrangementVerbs = Set("dates-arrangement-verbs");
    public static readonly FilteredWords NounPhraseBreaks = Set("dates-noun-phrase-breaks");
    public static readonly FilteredWords BeginningVerbs = Set("dates-beginning-verbs");

    /// <summary>Ordinal words ("first", "fourth", "twentieth"), from Lexicon/Data/dates-ordinal-words.txt.</summary>
    public static readonly FilteredWords OrdinalNumbers =
        new(WordList.Lines("dates-ordinal-words").Select(l => l.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Every word that can begin a date mention; any other word is skipped at once.</summary>
    public static readonly FilteredWords Triggers = BuildTriggers();

    /// <summary>Future markers, each as its words: ["will"], ["going", "to"].</summary>
    public static readonly IReadOnlyList<string[]> FutureMarkers =
        WordList.Lines("dates-future-markers").Concat(WordList.Lines("dates-expectation-markers")).Concat(WordList.Lines("dates-course-markers"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>Modal verbs among the future markers ("would", "could").</summary>
    public static readonly FilteredWords Modals = Set("dates-modals");
    public static readonly FilteredWords HeadlineYearBlockers = Set("dates-headline-year-blockers");

    /// <summary><see cref="FutureMarkers"/> by their first word, so a common first word ("on") tries only its own phrases.</summary>
    public static readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> FutureMarkersByStart =
        FutureMarkers.GroupBy(m => m[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first words of <see cref="FutureMarkers"/>, plus "won" (won't).</summary>
    public static readonly FilteredWords FutureMarkerStarts =
        new(FutureMarkers.Select(m => m[0]).Append("won").ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>A noun of happening, singular or plural ("the 2023 strikes", "its meetings").</summary>
    public static bool IsEventNoun(ReadOnlySpan<char> word) =>
        EventNouns.Contains(word) || word.Length > 3 && word[^1] == 's' && EventNouns.Contains(word[..^1]);

    private static FilteredWords BuildTriggers()
    {
        string[] relative = ["today", "tonight", "yesterday", "tomorrow", "this", "last", "next", "later", "following", "previous"];
        var words = new HashSet<string>(relative, StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "dates-months", "dates-weekdays", "dates-number-words" })
            foreach (var line in WordList.Lines(name)) words.Add(line.Split(' ')[0]);
        words.UnionWith(FixedHoliday.FirstWords);
        return new FilteredWords(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    private static FilteredWords Set(string name) => new(WordList.Set(name, StringComparer.OrdinalIgnoreCase));

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
