namespace NewsArchive.Extraction.Lexicon;

/// <summary>
/// The word lists entity recognition consults, loaded once from the embedded data files and shared by every
/// thread. Phrase tables are keyed by their words joined with single spaces.
/// </summary>
internal static class EntityLexicon
{
    /// <summary>Given names of men (capitalized, case-sensitive).</summary>
    public static readonly FrozenSet<string> MaleNames = WordList.Set("given-names-male");

    /// <summary>Given names of women (capitalized, case-sensitive).</summary>
    public static readonly FrozenSet<string> FemaleNames = WordList.Set("given-names-female");

    // Both lists in one set: one lookup per question instead of two.
    private static readonly FilteredWords GivenNameLookup = new(MaleNames.Concat(FemaleNames).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Mr, Mrs, Ms, Dr, Sir…, without their optional full stop.</summary>
    public static readonly FrozenSet<string> Honorifics = WordList.Set("honorifics", StringComparer.OrdinalIgnoreCase);

    /// <summary>Inc, Corp, Ltd, plc…</summary>
    public static readonly FrozenSet<string> OrganizationSuffixes = WordList.Set("org-suffixes", StringComparer.OrdinalIgnoreCase);

    /// <summary>Department, Agency, Council, Post… (case-insensitive so lowercase descriptions match).</summary>
    public static readonly FrozenSet<string> OrganizationHeads = WordList.Set("org-heads", StringComparer.OrdinalIgnoreCase);

    /// <summary>County, Falls, Road…: last words of place names (case-insensitive).</summary>
    public static readonly FrozenSet<string> PlaceHeads = WordList.Set("place-heads", StringComparer.OrdinalIgnoreCase);

    /// <summary>Street, Road, Square…: last words of street names no surname takes (case-insensitive).</summary>
    public static readonly FrozenSet<string> StreetHeads = WordList.Set("place-street-heads", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words capitalized only by position or convention (case-insensitive).</summary>
    public static readonly FrozenSet<string> StopWords = WordList.Set("stop-capitalized", StringComparer.OrdinalIgnoreCase);

    /// <summary>American, British, Democratic…: adjectives that are neither places nor people.</summary>
    public static readonly FrozenSet<string> Demonyms = WordList.Set("demonyms", StringComparer.OrdinalIgnoreCase);

    /// <summary>said, told, wrote…: verbs that go with a person's name.</summary>
    public static readonly FrozenSet<string> PersonVerbs = WordList.Set("person-verbs", StringComparer.OrdinalIgnoreCase);

    /// <summary>Role phrase (any case) → its canonical spelling ("Sen." → "Senator").</summary>
    public static readonly PhraseTable Roles = PhraseTable.Load("role-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Known organization name or alias → group number shared by the names of one organization.</summary>
    public static readonly PhraseTable Organizations = PhraseTable.Load(StringComparer.Ordinal, "known-organizations", "known-organizations-sports", "known-organizations-more");

    /// <summary>Place name or alias → group number shared by the names of one place.</summary>
    public static readonly PhraseTable Places = PhraseTable.Load(StringComparer.Ordinal, "places", "places-more", "places-towns");

    /// <summary>
    /// Words that may join the capitalized words on their right through "of", "for" or "of the"
    /// ("Bank of", "Secretary of"): organization heads, role words, and the word before such a connector in any
    /// known organization, place or role.
    /// </summary>
    public static readonly FrozenSet<string> OfLeft = BuildConnectorLeft(["of", "for", "the", "on", "upon"], withHeadsAndRoles: true);

    /// <summary>Words that may join through "and" or "&amp;" because a known name does ("Immigration and").</summary>
    public static readonly FrozenSet<string> AndLeft = BuildConnectorLeft(["and", "&"], withHeadsAndRoles: false);

    /// <summary>Words that keep a following full stop ("Sen.", "Calif.", "Inc.", "Jr."), stored without it.</summary>
    public static readonly FrozenSet<string> Abbreviations = BuildAbbreviations();

    /// <summary>First words of role phrases (case-insensitive): a cheap test before a phrase lookup.</summary>
    public static readonly FrozenSet<string> RoleFirstWords =
        Roles.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>First words of known organizations and places (case-sensitive).</summary>
    public static readonly FrozenSet<string> NameFirstWords =
        Organizations.Keys.Concat(Places.Keys).Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Span lookups into the sets above, built once, each behind a cheap filter.</summary>
    public static readonly FilteredWords AbbreviationLookup = new(Abbreviations);

    /// <summary>Span lookup into <see cref="RoleFirstWords"/>.</summary>
    public static readonly FilteredWords RoleFirstWordLookup = new(RoleFirstWords);

    /// <summary>Span lookup into <see cref="NameFirstWords"/>.</summary>
    public static readonly FilteredWords NameFirstWordLookup = new(NameFirstWords);

    /// <summary>Span lookup into <see cref="OrganizationHeads"/>.</summary>
    public static readonly FilteredWords OrganizationHeadLookup = new(OrganizationHeads);

    /// <summary>Span lookup into <see cref="StopWords"/>.</summary>
    public static readonly FilteredWords StopWordLookup = new(StopWords);

    /// <summary>Span lookup into <see cref="Honorifics"/>.</summary>
    public static readonly FilteredWords HonorificLookup = new(Honorifics);

    /// <summary>Span lookup into <see cref="Demonyms"/>.</summary>
    public static readonly FilteredWords DemonymLookup = new(Demonyms);

    /// <summary>Span lookup into <see cref="PlaceHeads"/>.</summary>
    public static readonly FilteredWords PlaceHeadLookup = new(PlaceHeads);

    /// <summary>Span lookup into <see cref="PersonVerbs"/>.</summary>
    public static readonly FilteredWords PersonVerbLookup = new(PersonVerbs);

    /// <summary>Span lookup into <see cref="OrganizationSuffixes"/>.</summary>
    public static readonly FilteredWords OrganizationSuffixLookup = new(OrganizationSuffixes);

    /// <summary>"NEW YORK" → "New York": how a name shouted in capitals (a dateline) is written normally.</summary>
    public static string TitleCase(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));

    /// <summary>True when <paramref name="word"/> is a given name of either sex.</summary>
    public static bool IsGivenName(string word) => GivenNameLookup.Contains(word) || IsCompoundGivenName(word) || IsAccentedGivenName(word);

    // "Siobhán", "Pádraig", "José", "Raúl": Irish and Spanish news write a listed given name with its accents (only words
    // with a letter beyond ASCII are folded, so the common case costs one scan).
    private static bool IsAccentedGivenName(string word)
    {
        if (!word.AsSpan().ContainsAnyExceptInRange('\0', '\u007f')) return false;
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(word.Length);
        foreach (var c in decomposed)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) folded.Append(c);
        var plain = folded.ToString();
        return plain != word && (GivenNameLookup.Contains(plain) || IsCompoundGivenName(plain));
    }

    // "Marc-Antoine", "Jean-Luc", "Mary-Kate": two given names joined by a hyphen are one.
    private static bool IsCompoundGivenName(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > word.Length - 3 || word.IndexOf('-', hyphen + 1) >= 0) return false;
        return GivenNameLookup.Contains(word.AsSpan(0, hyphen)) && GivenNameLookup.Contains(word.AsSpan(hyphen + 1));
    }

    /// <summary>True for a stop word, with or without a trailing full stop; "US" in capitals is the country, not "us".</summary>
    // The full stops trimmed from a span: no string is made for "Mr." or "Tues.".
    public static bool IsStopWord(string word) =>
        word is not "US" && (StopWordLookup.Contains(word) || (word.EndsWith('.') && StopWordLookup.Contains(word.AsSpan().TrimEnd('.'))));

    /// <summary>True for an honorific, with or without a trailing full stop ("Mr", "Mr.").</summary>
    public static bool IsHonorific(string word) => HonorificLookup.Contains(word.AsSpan().TrimEnd('.'));

    /// <summary>True for a word that ends organization names ("Department", "Inc.").</summary>
    // Asked about most capitalized words, few of which are heads or suffixes: the filtered lookups turn them away.
    public static bool IsOrganizationEnd(string word) =>
        OrganizationHeadLookup.Contains(word) || OrganizationSuffixLookup.Contains(word)
        || (word.EndsWith('.') && OrganizationSuffixLookup.Contains(word.AsSpan().TrimEnd('.')));

    /// <summary>True when <paramref name="set"/> holds <paramref name="word"/> as written or without its trailing full stops.</summary>
    // A word that does not end in a full stop is looked up once: trimming would give the same word back.
    public static bool ContainsWithOrWithoutStop(FrozenSet<string> set, string word) =>
        set.Contains(word) || (word.EndsWith('.') && set.Contains(word.TrimEnd('.')));

    private static FrozenSet<string> BuildAbbreviations()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Jr", "Sr", "St", "Mt", "Ft", "Bros", "No", "Nos", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Prof", "Hon", "Supt", "Insp", "Det", "Dept", "Univ", "Assn", "Ave", "Blvd" };
        set.UnionWith(Honorifics);
        foreach (var phrase in Roles.Keys.Concat(Organizations.Keys).Concat(Places.Keys).Concat(OrganizationSuffixes))
            foreach (var word in phrase.Split(' '))
                if (word.Length > 1 && word[^1] == '.' && !word[..^1].Contains('.')) set.Add(word[..^1]);
        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenSet<string> BuildConnectorLeft(string[] connectors, bool withHeadsAndRoles)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (withHeadsAndRoles)
        {
            set.UnionWith(OrganizationHeads);
            foreach (var role in Roles.Keys) set.Add(role.Split(' ')[^1]);
        }
        foreach (var phrase in Roles.Keys.Concat(Organizations.Keys).Concat(Places.Keys))
        {
            var words = phrase.Split(' ');
            for (var i = 1; i < words.Length; i++)
                if (connectors.Contains(words[i]) && !connectors.Contains(words[i - 1])) set.Add(words[i - 1]);
        }
        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A table of phrases of one or more words, each mapped to a value, with the longest phrase length known.</summary>
internal sealed class PhraseTable
{
    // Built in a dictionary, then frozen: the tables are only read after loading, and asked about nearly every
    // capitalized run of every article.
    private FrozenDictionary<string, int> _groups = FrozenDictionary<string, int>.Empty;
    private readonly List<string> _canonical = [];

    /// <summary>The most words any phrase has.</summary>
    public int MaxWords { get; private set; }

    /// <summary>Every phrase.</summary>
    public IEnumerable<string> Keys => _groups.Keys;

    // Asked about nearly every capitalized run, most of which the table does not hold: the filter turns those away
    // before hashing the phrase. Filled as phrases are added.
    private WordFilter _filter = new([]);

    /// <summary>The group number of a phrase (one per data line), or -1.</summary>
    public int Group(string phrase) => _filter.MayContain(phrase) && _groups.TryGetValue(phrase, out var g) ? g : -1;

    /// <summary>The first spelling on the phrase's data line ("Sen." → "Senator").</summary>
    public string Canonical(int group) => _canonical[group];

    /// <summary>True when the table holds <paramref name="phrase"/>.</summary>
    public bool Contains(string phrase) => _filter.MayContain(phrase) && _groups.ContainsKey(phrase);

    /// <summary>True when the table holds <paramref name="phrase"/> (a span of the text: no string made to look it up).</summary>
    public bool Contains(ReadOnlySpan<char> phrase) => _filter.MayContain(phrase) && _spanGroups.ContainsKey(phrase);

    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanGroups;

    /// <summary>Loads "Canonical|alias|alias" lines.</summary>
    public static PhraseTable Load(string list, StringComparer comparer) => Load(comparer, list);

    /// <summary>Loads "Canonical|alias|alias" lines from several lists into one table (the first list to name a phrase keeps it).</summary>
    public static PhraseTable Load(StringComparer comparer, params string[] lists)
    {
        var table = new PhraseTable();
        var groups = new Dictionary<string, int>(comparer);
        foreach (var line in lists.SelectMany(WordList.Lines))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0) continue;
            var group = table._canonical.Count;
            table._canonical.Add(names[0]);
            foreach (var name in names)
            {
                var key = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                groups.TryAdd(key, group);
                // "Sainsbury’s", "King’s College London": the same phrase written with a curly apostrophe.
                if (key.Contains('\'')) groups.TryAdd(key.Replace('\'', '\u2019'), group);
                table.MaxWords = Math.Max(table.MaxWords, key.Count(c => c == ' ') + 1);
            }
        }
        table._groups = groups.ToFrozenDictionary(comparer);
        table._spanGroups = table._groups.GetAlternateLookup<ReadOnlySpan<char>>();
        table._filter = new WordFilter(table._groups.Keys);
        return table;
    }
}
