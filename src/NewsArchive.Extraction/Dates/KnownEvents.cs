using System.Collections.Frozen;
using System.Globalization;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>One occasion of a known event.</summary>
/// <param name="First">Its first day.</param>
/// <param name="Last">Its last day (the first, for a one-day event).</param>
/// <param name="Recurring">The name is shared by several occasions and the list cannot be complete ("general election").</param>
/// <param name="Sudden">Never announced ahead ("Grenfell fire", "Covid"): any mention comes after it.</param>
/// <param name="DatedOnly">Only a calendar date beside the name picks it ("the Nov. 5 election"): a weekday would not
/// ("Tuesday's election" may be a spring primary).</param>
internal readonly record struct KnownOccasion(DateOnly First, DateOnly Last, bool Recurring, bool Sudden, bool DatedOnly = false)
{
    /// <summary>Whether a day of the occasion falls on <paramref name="weekday"/>.</summary>
    public bool HasWeekday(DayOfWeek weekday)
    {
        for (var d = First; d <= Last && d <= First.AddDays(6); d = d.AddDays(1))
            if (d.DayOfWeek == weekday) return true;
        return false;
    }

    /// <summary>Whether a day of the occasion is the month and day (and year, when given) of a date written beside it.</summary>
    public bool HasDay(int year, int month, int day)
    {
        for (var d = First; d <= Last; d = d.AddDays(1))
            if ((year == 0 || d.Year == year) && d.Month == month && (day == 0 || d.Day == day)) return true;
        return false;
    }
}

/// <summary>A name of a known event as the text writes it, and the occasions it may mean.</summary>
/// <param name="Words">The name's tokens ("Super", "Bowl", "LII"; "mini", "-", "budget").</param>
/// <param name="Capitalized">For each token, whether the text must write it with a capital letter.</param>
/// <param name="Occasions">The occasions the name may mean (more than one when it is ambiguous); for an office holder,
/// the terms (an open term's last day is <see cref="DateOnly.MaxValue"/>).</param>
/// <param name="Holder">For a holder named with the title ("President Trump"), the office and the holder; null for an event.</param>
internal sealed record KnownEventName(string[] Words, bool[] Capitalized, KnownOccasion[] Occasions, OfficeHolder? Holder = null);

/// <summary>A holder of an office: the office's and the holder's place in Lexicon/Data/dates-office-holders.txt.</summary>
internal readonly record struct OfficeHolder(int Office, int Holder);

/// <summary>A known event's name found in the body: its tokens and sentence.</summary>
internal readonly record struct KnownEventMention(KnownEventName Name, int Sentence, int FirstToken, int LastToken);

/// <summary>
/// Widely known dated public events the reader is expected to know ("Super Bowl LII", "Storm Ciara", "COP26", the
/// "Nov. 3 presidential election"), read from Lexicon/Data/dates-known-events.txt, and found in an article in one pass
/// over its tokens: the names are keyed by their first word, so each token costs one dictionary look-up.
/// </summary>
internal static class KnownEvents
{
    private static readonly FrozenDictionary<string, KnownNamesBySecondWord> ByFirstWord = Load();
    private static readonly FrozenDictionary<string, KnownNamesBySecondWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    // For each first character (letters folded to lower case; everything else in one bucket), a bit per length of the
    // names' first words that start with it: most tokens ("said", "council") are ruled out without hashing them. A word
    // in lower case is asked only of the names whose first word may be ("general election", not "Storm …").
    private static readonly ulong[] FirstWordLengths = BuildFirstWordLengths(lowerOnly: false);
    private static readonly ulong[] LowerFirstWordLengths = BuildFirstWordLengths(lowerOnly: true);

    // Common words are first words ("council", "president", "end"), and the bits above let through a third of the
    // tokens: the filters turn away nearly all that no name starts with, and the words after a first word that are no
    // second word of any name, before either is hashed.
    private static readonly WordFilter FirstWords = new(ByFirstWord.Keys);
    private static readonly WordFilter SecondWords =
        new(ByFirstWord.Values.SelectMany(names => names.All).Where(n => n.Words.Length > 1).Select(n => n.Words[1]));

    /// <summary>Every known event name in the body, longest first where names overlap, in body order.</summary>
    public static List<KnownEventMention> Find(DateScan scan)
    {
        var found = new List<KnownEventMention>();
        var tokens = scan.Tokens;
        var sentence = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // No name opens with a symbol; a word or number is hashed only when a name's first word could be it.
            var t = tokens[i];
            if (t.Kind == TokenKind.Symbol || (LengthsFor(scan.Body[t.Start])[Bucket(scan.Body[t.Start])] & LengthBit(t.Length)) == 0
                || !FirstWords.MayContain(t.In(scan.Body)) || !Lookup.TryGetValue(t.In(scan.Body), out var names)) continue;
            while (sentence + 1 < scan.SentenceStarts.Length - 1 && scan.SentenceStarts[sentence + 1] <= i) sentence++;
            var (_, end) = scan.TokensOf(sentence);
            // The longest name that matches, the first listed among equals: a longer one shares the next token as its
            // second word; else a one-word name.
            KnownEventName? best = null;
            foreach (var name in i + 1 < tokens.Count && SecondWords.MayContain(KeyOf(scan, i + 1)) ? names.WithSecondWord(KeyOf(scan, i + 1)) : [])
                if (name.Words.Length > (best?.Words.Length ?? 0) && Matches(scan, i, end, name)) best = name;
            if (best is null)
                foreach (var name in names.OneWord)
                    if (Matches(scan, i, end, name)) { best = name; break; }
            if (best is null) continue;
            found.Add(new KnownEventMention(best, sentence, i, i + best.Words.Length - 1));
            i += best.Words.Length - 1;
        }
        return found;
    }

    private static int Bucket(char c) => char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : 26;

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private static ulong[] LengthsFor(char first) => char.IsAsciiLetterLower(first) ? LowerFirstWordLengths : FirstWordLengths;

    private static ulong[] BuildFirstWordLengths(bool lowerOnly)
    {
        var bits = new ulong[27];
        foreach (var (word, names) in ByFirstWord)
            if (!lowerOnly || Array.Exists(names.All, n => !n.Capitalized[0])) bits[Bucket(word[0])] |= LengthBit(word.Length);
        return bits;
    }

    private static ReadOnlySpan<char> KeyOf(DateScan scan, int i) => IsApostrophe(scan, i) ? "'" : scan.Text(i);

    private static bool IsApostrophe(DateScan scan, int i) => scan.IsSymbol(i, '\'') || scan.IsSymbol(i, '’');

    private static bool Matches(DateScan scan, int at, int end, KnownEventName name)
    {
        if (at + name.Words.Length > end) return false;
        for (var k = 0; k < name.Words.Length; k++)
        {
            var i = at + k;
            if (!KeyOf(scan, i).Equals(name.Words[k], StringComparison.OrdinalIgnoreCase)) return false;
            if (name.Capitalized[k] && !char.IsUpper(scan.Body[scan.Tokens[i].Start])) return false;
            // "COP26" and "COP 26", "mini-budget" and "mini - budget" alike; but "Storm\nCiara" across a paragraph is no name.
            if (k > 0 && scan.Body.AsSpan(scan.Tokens[i - 1].End, scan.Tokens[i].Start - scan.Tokens[i - 1].End).Contains('\n')) return false;
        }
        // "indyref2" is not "indyref", nor "COP265" "COP26": a name ends where its last word or number does.
        var next = at + name.Words.Length;
        return next >= scan.Tokens.Count || scan.Tokens[next].Start > scan.Tokens[next - 1].End
            || scan.Tokens[next].Kind == TokenKind.Symbol || scan.Tokens[next - 1].Kind == TokenKind.Symbol;
    }

    // Each title of an office before each name of a holder: "President Trump", "U.S. President Donald Trump". A name that
    // two holders share under one title ("President George Bush") means either's terms.
    private static void LoadOfficeHolders(
        Dictionary<string, (string[] Words, bool[] Capitalized, List<KnownOccasion> Occasions, OfficeHolder? Holder)> occasionsByName, List<Token> tokens)
    {
        string[] titles = [];
        int office = -1, holder = 0;
        foreach (var line in WordList.Lines("dates-office-holders"))
        {
            if (line.StartsWith('='))
            {
                titles = line[1..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                office++;
                continue;
            }
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || office < 0) throw new InvalidOperationException($"Office holder line without an office or terms: '{line}'.");
            var terms = new List<KnownOccasion>();
            foreach (var term in fields[1].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var days = term.Split("..", StringSplitOptions.TrimEntries);
                var first = DateOnly.ParseExact(days[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var last = days.Length > 1 && days[1].Length > 0 ? DateOnly.ParseExact(days[1], "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.MaxValue;
                terms.Add(new KnownOccasion(first, last, Recurring: false, Sudden: false));
            }
            var id = new OfficeHolder(office, holder++);
            foreach (var title in titles)
                foreach (var name in fields[0].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    AddName(occasionsByName, tokens, title + " " + name, terms, id);
        }
    }

    // A name as the text writes it ("Storm Ciara", "President Donald Trump"), tokenized the way the body is, with its
    // occasions added to whatever the same words already name (two London Bridge attacks, a holder's two terms).
    private static void AddName(Dictionary<string, (string[] Words, bool[] Capitalized, List<KnownOccasion> Occasions, OfficeHolder? Holder)> byName,
        List<Token> tokens, string written, IEnumerable<KnownOccasion> occasions, OfficeHolder? holder)
    {
        tokens.Clear();
        Tokenizer.Tokenize(written, new TextSpan(0, written.Length), tokens);
        var words = tokens.Select(t => t.In(written) is var w && w is "’" ? "'" : w.ToString()).ToArray();
        var capitalized = tokens.Select(t => t.Kind == TokenKind.Word && char.IsUpper(written[t.Start])).ToArray();
        var key = string.Join(' ', words).ToLowerInvariant();
        if (!byName.TryGetValue(key, out var entry))
            byName[key] = entry = (words, capitalized, new List<KnownOccasion>(), holder);
        foreach (var occasion in occasions)
            if (!entry.Occasions.Contains(occasion)) entry.Occasions.Add(occasion);
    }

    // "Hurricane Irma", "Tropical Storm Allison", "Storm Ciarán": the storm's bare name ("Irma"), found in the text only in
    // the possessive before what the storm brought ("Irma's landfall", "Helene's remnants"); null for other names.
    private static string? StormName(string written)
    {
        var space = written.LastIndexOf(' ');
        if (space < 0) return null;
        var kind = written[..space];
        return kind is "Hurricane" or "Storm" or "Tropical Storm" or "Winter Storm" or "Superstorm" ? written[(space + 1)..] : null;
    }

    private static FrozenDictionary<string, KnownNamesBySecondWord> Load()
    {
        var occasionsByName = new Dictionary<string, (string[] Words, bool[] Capitalized, List<KnownOccasion> Occasions, OfficeHolder? Holder)>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        var stormNouns = WordList.Lines("dates-storm-possessive-nouns");
        foreach (var line in WordList.Lines("dates-known-events"))
        {
            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length < 2) throw new InvalidOperationException($"Known event line without a date: '{line}'.");
            var days = fields[1].Split("..", StringSplitOptions.TrimEntries);
            var first = DateOnly.ParseExact(days[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var last = days.Length > 1 ? DateOnly.ParseExact(days[1], "yyyy-MM-dd", CultureInfo.InvariantCulture) : first;
            var flags = fields.Length > 2 ? fields[2] : "";
            var occasion = new KnownOccasion(first, last, flags.Contains("recurring", StringComparison.Ordinal), flags.Contains("sudden", StringComparison.Ordinal),
                flags.Contains("dated", StringComparison.Ordinal));
            foreach (var written in fields[0].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                AddName(occasionsByName, tokens, written, [occasion], null);
                if (StormName(written) is { } bare)
                    foreach (var noun in stormNouns) AddName(occasionsByName, tokens, bare + "'s " + noun, [occasion], null);
            }
        }
        LoadOfficeHolders(occasionsByName, tokens);
        return occasionsByName.Values
            .Select(e => new KnownEventName(e.Words, e.Capitalized, e.Occasions.ToArray(), e.Holder))
            .GroupBy(n => n.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => new KnownNamesBySecondWord(g.ToArray()), StringComparer.OrdinalIgnoreCase);
    }
}
