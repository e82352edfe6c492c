using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>A possible speaker: a person or organization of the article, with the pronoun it takes.</summary>
/// <param name="Entity">The person or organization.</param>
/// <param name="Gender">The pronoun it takes, when known.</param>
/// <param name="GenderFromNameOnly">The gender rests only on the given-name lists (Kiran, Jordan and many more are
/// given to both), not on a title or role: a pronoun may still overrule it.</param>
internal sealed record Speaker(ExtractedEntity Entity, Gender Gender, bool GenderFromNameOnly = false)
{
    public bool IsPerson => Entity.Kind == EntityKind.Person;
}

/// <summary>Where a speaker is named in the narrative: tokens [Token, End).</summary>
internal readonly record struct Mention(int Token, int End, Speaker Speaker, bool Possessive);

/// <summary>
/// Every place the narrative names a person or organization, found by matching each entity's name, aliases and
/// (for people) surname against the tokens in one pass, longest form first. A form shared by two entities goes
/// to the one named in full most recently in the same paragraph, else to the one named most often; "his daughter"
/// names the person the text introduced as his daughter (<see cref="RelationMentions"/>).
/// </summary>
internal sealed class SpeakerMentions
{
    private static readonly WordLookup HeWords = WordLookup.FromList("pronouns-he");
    private static readonly WordLookup SheWords = WordLookup.FromList("pronouns-she");
    private static readonly WordFilter PronounWordFilter = new(WordList.Lines("pronouns-he").Concat(WordList.Lines("pronouns-she")).Where(l => !l.Contains(' ')));
    private static readonly WordLookup HeNouns = WordLookup.FromList("speech-gendered-nouns-he");
    private static readonly WordLookup SheNouns = WordLookup.FromList("speech-gendered-nouns-she");
    private static readonly FrozenSet<string> MaleNames = WordList.Set("given-names-male");
    private static readonly FrozenSet<string> FemaleNames = WordList.Set("given-names-female");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaleNameLookup = MaleNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FemaleNameLookup = FemaleNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly int[] _mentionAt;
    private readonly int[] _mentionEndingAt;

    public IReadOnlyList<Speaker> Speakers { get; }
    public IReadOnlyList<Mention> All { get; }

    private SpeakerMentions(IReadOnlyList<Speaker> speakers, List<Mention> all, int tokenCount)
    {
        Speakers = speakers;
        All = all;
        _mentionAt = new int[tokenCount];
        _mentionEndingAt = new int[tokenCount];
        Array.Fill(_mentionAt, -1);
        Array.Fill(_mentionEndingAt, -1);
        for (var m = 0; m < all.Count; m++)
        {
            _mentionAt[all[m].Token] = m;
            _mentionEndingAt[all[m].End - 1] = m;
        }
    }

    /// <summary>The mention starting at token <paramref name="t"/>, if any.</summary>
    public Mention? StartingAt(int t) => t >= 0 && t < _mentionAt.Length && _mentionAt[t] >= 0 ? All[_mentionAt[t]] : null;

    /// <summary>The mention whose last token is <paramref name="t"/>, if any.</summary>
    public Mention? EndingAt(int t) => t >= 0 && t < _mentionEndingAt.Length && _mentionEndingAt[t] >= 0 ? All[_mentionEndingAt[t]] : null;

    /// <summary>True when token <paramref name="t"/> lies inside a mention, after its first token ("Ministry of Housing, Communities …").</summary>
    public bool Inside(int t) => LastBefore(t) is var m and >= 0 && All[m].End > t;

    /// <summary>Index in <see cref="All"/> of the last mention starting before token <paramref name="t"/>, or -1.</summary>
    public int LastBefore(int t)
    {
        int lo = 0, hi = All.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (All[mid].Token < t) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    public static SpeakerMentions Find(AttributionText text, EntitySet entities)
    {
        var speakers = new List<Speaker>(entities.People.Count + entities.Organizations.Count);
        foreach (var e in entities.People) speakers.Add(e.Kind == EntityKind.Person ? PersonSpeaker(e) : new Speaker(e, Gender.Unknown));
        foreach (var e in entities.Organizations) speakers.Add(e.Kind == EntityKind.Person ? PersonSpeaker(e) : new Speaker(e, Gender.Unknown));
        // Dictionaries sized up front: grown step by step, each rehashed every form so far.
        var forms = SurfaceForms(speakers);
        var byFirst = new Dictionary<string, List<Form>>(forms.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var form in forms)
        {
            var first = form.Words[0];
            if (!byFirst.TryGetValue(first, out var list)) byFirst[first] = list = [];
            list.Add(form);
        }
        var firstWords = new WordFilter(byFirst.Keys); // a cheap filter before hashing a token
        var grouped = new Dictionary<string, FormsByFirstWords<Form>>(byFirst.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (first, list) in byFirst)
        {
            list.Sort((a, b) => b.Words.Length - a.Words.Length); // longest form first
            grouped[first] = new FormsByFirstWords<Form>(list, f => f.Words);
        }
        var byFirstWord = grouped.GetAlternateLookup<ReadOnlySpan<char>>();

        var lastFullMention = new Dictionary<Speaker, int>(ReferenceEqualityComparer.Instance);
        var named = new Dictionary<Speaker, int>(ReferenceEqualityComparer.Instance);
        var shared = new List<(int Mention, List<Speaker> Speakers)>();
        var firstNamed = new Dictionary<Speaker, int>(ReferenceEqualityComparer.Instance);
        var byGivenName = new HashSet<Speaker>(ReferenceEqualityComparer.Instance);
        var titledGender = new Dictionary<Speaker, Gender>(ReferenceEqualityComparer.Instance);
        var all = new List<Mention>();
        var tokens = text.Tokens;
        for (var t = NextCandidate(text, firstWords, 0); t < tokens.Length; t = NextCandidate(text, firstWords, t + 1))
        {
            if (!byFirstWord.TryGetValue(text.Word(t), out var group)) continue;
            // "Canal & River Trust": a form's second word may be the ampersand (or comma) token.
            var longer = text.IsWord(t + 1) ? group.WithSecondWord(text.Word(t + 1))
                : text.IsPunctuation(t + 1, '&') || text.IsPunctuation(t + 1, ',') ? group.WithSecondWord(text.Body.AsSpan(tokens[t + 1].Start, 1))
                : null;
            // The longer forms, then the one-word ones, by index: no enumerator per token.
            var longerCount = longer?.Count ?? 0;
            for (var f = 0; f < longerCount + group.OneWord.Count; f++)
            {
                var form = f < longerCount ? longer![f] : group.OneWord[f - longerCount];
                if (!Matches(text, t, form)) continue;
                if (StartsLongerName(text, t, form)) continue;
                var bearers = form.Speakers.Count == 1 || !text.IsWord(t - 1) ? form.Speakers : ByTitle(form.Speakers, text.Word(t - 1));
                var speaker = bearers.Count == 1 ? bearers[0] : NamedInParagraph(bearers, lastFullMention, tokens, t);
                if (speaker is null) shared.Add((all.Count, bearers));
                else
                {
                    if (form.Words.Length > 1 || form.Speakers.Count == 1) lastFullMention[speaker] = t;
                    named[speaker] = named.GetValueOrDefault(speaker) + 1;
                    firstNamed.TryAdd(speaker, t);
                    if (IsGivenNameAlone(form, speaker)) byGivenName.Add(speaker);
                }
                var end = t + form.Words.Length;
                all.Add(new Mention(t, end, speaker ?? form.Speakers[0], tokens[end - 1].Possessive));
                if (speaker is { IsPerson: true } && text.IsWord(t - 1)) NoteTitle(text.Word(t - 1), speaker, titledGender);
                t = end - 1;
                break;
            }
        }

        // A bare surname two people share, neither named in its paragraph, is the article's main subject. The one the
        // text tells apart by given name alone ("his father, Gareth, …") is not it; else the one named most often (an
        // obituary's "Mr. Alvarez", not the son named once near the end); else the one named first.
        // A bearer the article has not yet introduced is not meant ("Mr Harrop" before a later, unrelated Tom Harrop).
        foreach (var (index, bearers) in shared)
        {
            var at = tokens[all[index].Token].Start;
            var introduced = bearers.FindAll(s => s.Entity.Mentions.Count == 0 || s.Entity.Mentions.Min(m => m.Start) < at);
            var candidates = introduced.Count == 0 ? bearers : introduced;
            all[index] = all[index] with
            {
                Speaker = candidates
                    .OrderBy(s => byGivenName.Contains(s) && !candidates.TrueForAll(byGivenName.Contains))
                    .ThenByDescending(s => named.GetValueOrDefault(s))
                    .ThenBy(s => firstNamed.GetValueOrDefault(s, int.MaxValue))
                    .First()
            };
        }

        // "Mr Blair", "Ms. Lopez": a title before a mention settles a gender the name lists left open.
        if (titledGender.Count > 0)
        {
            var settled = speakers.Select(s => (s.Gender == Gender.Unknown || s.GenderFromNameOnly) && titledGender.TryGetValue(s, out var g)
                ? s with { Gender = g, GenderFromNameOnly = false } : s).ToList();
            var map = new Dictionary<Speaker, Speaker>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < speakers.Count; i++) map[speakers[i]] = settled[i];
            all = all.Select(m => m with { Speaker = map[m.Speaker] }).ToList();
            speakers = settled;
        }
        return new SpeakerMentions(speakers, RelationMentions.Add(text, all), tokens.Length);
    }

    // The first token from t on whose word may start a form, else the end: asked of every token, so a loop of its own
    // that keeps its few values in registers, reading each token from the array and its word as a span of the body.
    private static int NextCandidate(AttributionText text, WordFilter firstWords, int t)
    {
        var tokens = text.Tokens;
        var body = text.Body;
        for (; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Word && firstWords.MayContain(body.AsSpan(token.Start, token.WordEnd - token.Start))) return t;
        }
        return t;
    }

    // "Gareth" for Gareth Pryce-Jones: a one-word form that is the person's given name.
    private static bool IsGivenNameAlone(Form form, Speaker speaker)
    {
        if (!speaker.IsPerson || form.Words.Length != 1) return false;
        Span<(int Start, int End)> found = stackalloc (int, int)[2];
        var name = speaker.Entity.Name;
        return WordSpans(name, found) > 1
               && name.AsSpan(found[0].Start, found[0].End - found[0].Start).SequenceEqual(form.Words[0]);
    }

    // Of the people sharing a form, the one last named in full in this paragraph, if any.
    private static Speaker? NamedInParagraph(List<Speaker> candidates, Dictionary<Speaker, int> lastFull, Token[] tokens, int t)
    {
        Speaker? found = null;
        var latest = -1;
        foreach (var s in candidates)
        {
            if (lastFull.TryGetValue(s, out var at) && at > latest && tokens[at].Paragraph == tokens[t].Paragraph) { found = s; latest = at; }
        }
        return found;
    }

    // "Theatres Trust", "Morgan Stanley": a person's one-word form followed by another capitalized word in the same
    // sentence is the start of a different name, not that person.
    private static bool StartsLongerName(AttributionText text, int t, Form form) =>
        form.Words.Length == 1 && !text.Tokens[t].Possessive && text.IsCapitalized(t + 1) && !text.StartsSentence(t + 1)
        && form.Speakers.TrueForAll(s => s.IsPerson);

    private static bool Matches(AttributionText text, int t, Form form)
    {
        for (var k = 0; k < form.Words.Length; k++)
        {
            if (form.Words[k] is "," or "&")
            {
                if (!text.IsPunctuation(t + k, form.Words[k][0])) return false;
                continue;
            }
            if (!text.IsWord(t + k)) return false;
            // Inside a name, a possessive must be written in the form itself ("Denver Sheriff's Department").
            if (k < form.Words.Length - 1 && text.Tokens[t + k].Possessive && !form.Possessive[k]) return false;
            var comparison = form.CaseSensitive[k] ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!text.Word(t + k).Equals(form.Words[k], comparison) && !SameAcronym(text.Word(t + k), form.Words[k])) return false;
        }
        return true;
    }

    // "Aslef" for ASLEF, "Nato" for NATO: UK style writes an acronym of four or more letters that is said as a word
    // in title case. Three letters stay exact, so "Who" or "Its" never reads as WHO or ITS.
    private static bool SameAcronym(ReadOnlySpan<char> written, string form)
    {
        if (form.Length < 4 || written.Length != form.Length || !char.IsUpper(written[0])) return false;
        foreach (var c in form)
            if (!char.IsUpper(c)) return false;
        for (var k = 1; k < written.Length; k++)
            if (!char.IsLower(written[k])) return false;
        return written.Equals(form, StringComparison.OrdinalIgnoreCase);
    }

    // "Acme's" and the plural "Prison Officers'" (as the text's tokens read them: the word, its possessive marked).
    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 2 && word[^2] == 's' && word[^1] is '\'' or '\u2019' ? word[..^1]
        : word;

    /// <summary>One surface form: its words (possessive 's removed), which were possessive, which compare by case.</summary>
    private sealed record Form(string[] Words, bool[] Possessive, bool[] CaseSensitive, List<Speaker> Speakers)
    {
        public static Form Of(string[] written)
        {
            var words = new string[written.Length];
            var possessive = new bool[written.Length];
            var caseSensitive = new bool[written.Length];
            for (var k = 0; k < written.Length; k++)
            {
                words[k] = StripPossessive(written[k]);
                possessive[k] = words[k].Length != written[k].Length;
                // A capitalized word in a name matches only as written; "the", "city council" match in any case.
                caseSensitive[k] = HasUpper(written[k]);
            }
            return new Form(words, possessive, caseSensitive, []);
        }

        private static bool HasUpper(string word)
        {
            foreach (var ch in word)
                if (char.IsUpper(ch)) return true;
            return false;
        }
    }

    private static Dictionary<string, Form>.ValueCollection SurfaceForms(IReadOnlyList<Speaker> speakers)
    {
        var forms = new Dictionary<string, Form>(speakers.Count * 3, StringComparer.Ordinal);
        void Add(string surface, Speaker speaker)
        {
            // Word bounds only: most surfaces repeat a form already made (a surname that is also an alias), and most
            // are their own key (single spaces between whole words), so no word strings and no joined key are made.
            Span<(int Start, int End)> found = surface.Length <= 64 ? stackalloc (int, int)[surface.Length] : new (int, int)[surface.Length];
            var count = WordBounds(surface, keepCommas: true, found);
            if (count == 0) return;
            var bounds = found[..count];
            var key = IsOwnKey(surface, bounds) ? surface : string.Join(' ', WordsOf(surface, bounds));
            if (!forms.TryGetValue(key, out var form)) forms[key] = form = Form.Of(WordsOf(surface, bounds));
            if (!form.Speakers.Contains(speaker)) form.Speakers.Add(speaker);
            // "the Scottish government", "the Labour party": UK style writes an organization's generic last word in
            // lower case after the capitalized words that name it.
            if (!speaker.IsPerson && count >= 2 && char.IsUpper(surface[bounds[^2].Start])
                && OrganizationNouns.Contains(surface.AsSpan(bounds[^1].Start, bounds[^1].End - bounds[^1].Start)))
                form.CaseSensitive[^1] = false;
        }
        // Each person's name read into words once: NamedInFull compares every person with every other.
        var nameWords = new string[]?[speakers.Count];
        var surnames = new string?[speakers.Count];
        for (var i = 0; i < speakers.Count; i++)
        {
            if (!speakers[i].IsPerson) continue;
            nameWords[i] = Words(speakers[i].Entity.Name);
            surnames[i] = Surname(nameWords[i]!);
        }
        for (var i = 0; i < speakers.Count; i++)
        {
            var entity = speakers[i];
            // "Pell" / "Mr Pell" found apart from "Jonathan Pell KC": the one person named in full with that surname.
            var speaker = entity.IsPerson ? NamedInFull(i, speakers, nameWords, surnames) ?? entity : entity;
            Add(entity.Entity.Name, speaker);
            foreach (var alias in entity.Entity.Aliases)
                if (!IsGenericReference(alias)) Add(alias, speaker);
            if (entity.IsPerson && surnames[i] is { } surname) Add(surname, speaker);
        }
        // Added last, so a short form never takes a name another entity already has.
        foreach (var entity in speakers)
        {
            if (!entity.IsPerson && ShortForm(entity.Entity.Name) is { } shortForm && !forms.ContainsKey(shortForm))
                Add(shortForm, entity);
        }
        return forms.Values;
    }

    private static readonly WordLookup DroppableHeads = WordLookup.FromList("speech-organization-droppable-heads");
    private static readonly WordLookup PlaceEnds = new(["City", "County", "Borough", "Town", "District", "Valley", "North", "South", "East", "West"]);

    // "Northern Crest" for "Northern Crest Rail": a name of three or more capitalized words without its generic last
    // word ("Rail", "Group", "Holdings"), which news drops after the first mention. Never "New York" for "New York
    // Times" (not a generic head) nor "Manchester City" for "Manchester City Council" (a place, or a name of its own).
    private static string? ShortForm(string name)
    {
        // Most names end in no droppable head: their last word says so before the name is cut into strings.
        Span<(int Start, int End)> found = name.Length <= 64 ? stackalloc (int, int)[name.Length] : new (int, int)[name.Length];
        var count = WordBounds(name, keepCommas: false, found);
        if (count < 3 || !DroppableHeads.Contains(name.AsSpan(found[count - 1].Start, found[count - 1].End - found[count - 1].Start))) return null;
        var words = WordsOf(name, found[..count]);
        for (var k = 0; k < words.Length - 1; k++)
            if (words[k].Length == 0 || !char.IsUpper(words[k][0]) || words[k].EndsWith("'s", StringComparison.Ordinal)
                || words[k].EndsWith("’s", StringComparison.Ordinal)) return null;
        if (words[0] is "The" || PlaceEnds.Contains(words[^2])) return null;
        var shortForm = string.Join(' ', words[..^1]);
        return EntityLexicon.Places.Contains(shortForm) || EntityLexicon.Organizations.Contains(shortForm) ? null : shortForm;
    }

    // For a person known only by a one-word name, the only other person whose surname that is; else null.
    private static Speaker? NamedInFull(int person, IReadOnlyList<Speaker> speakers, string[]?[] nameWords, string?[] surnames)
    {
        if (nameWords[person] is not [var only]) return null;
        Speaker? found = null;
        for (var i = 0; i < speakers.Count; i++)
        {
            var other = speakers[i];
            if (!other.IsPerson || ReferenceEquals(other, speakers[person]) || surnames[i] != only) continue;
            if (found is not null) return null;
            found = other;
        }
        return found;
    }

    // "the company", "the firm": a coreference the entity stage guessed for the whole article; read where it stands
    // instead, as the organization nearest it (see SubjectFinder's organization nouns).
    private static bool IsGenericReference(string alias) =>
        (alias.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && OrganizationNouns.Contains(alias.AsSpan(4)))
        || IsLowercaseNonName(alias);

    // "the health" (from "Department of Health"): a lowercase alias that does not end in a noun for an organization
    // ("the trust", "the council" do) names nothing; as a mention it would make "the health watchdog" that department.
    private static bool IsLowercaseNonName(string alias)
    {
        foreach (var c in alias)
            if (char.IsUpper(c)) return false;
        var space = alias.LastIndexOf(' ');
        return !OrganizationNouns.Contains(space < 0 ? alias : alias.AsSpan(space + 1));
    }

    private static readonly WordLookup OrganizationNouns =
        new(WordList.Lines("speech-organization-nouns").Select(l => l.TrimEnd('*')));

    private static readonly WordLookup GenericOrganizationNouns =
        new(WordList.Lines("speech-organization-nouns").Where(l => l.EndsWith('*')).Select(l => l.TrimEnd('*')));

    /// <summary>The words of a name as the tokenizer reads them, a possessive 's kept on its word.</summary>
    /// <param name="surface">A name, alias or role as written.</param>
    /// <param name="keepCommas">Keep a comma inside a name as a word of its own ("Ministry of Housing, Communities and
    /// Local Government"), so that the name matches the narrative's comma token.</param>
    internal static string[] Words(string surface, bool keepCommas = false)
    {
        // Word bounds first (a comma kept as a word is the range of its one character), then exactly one array.
        Span<(int Start, int End)> found = surface.Length <= 64 ? stackalloc (int, int)[surface.Length] : new (int, int)[surface.Length];
        return WordsOf(surface, found[..WordBounds(surface, keepCommas, found)]);
    }

    // The bounds of the words Words makes; returns how many.
    private static int WordBounds(string surface, bool keepCommas, Span<(int Start, int End)> found)
    {
        var count = 0;
        var i = 0;
        while (i < surface.Length)
        {
            // "Canal & River Trust": a free-standing ampersand is a punctuation token in the narrative, kept the same way.
            if (keepCommas && surface[i] is ',' or '&' && count > 0) { found[count++] = (i, i + 1); i++; continue; }
            if (!char.IsLetterOrDigit(surface[i])) { i++; continue; }
            var (end, _) = AttributionText.ReadWord(surface, i, surface.Length);
            found[count++] = (i, end);
            i = end;
        }
        while (count > 0 && found[count - 1].End - found[count - 1].Start == 1 && surface[found[count - 1].Start] == ',') count--;
        return count;
    }

    private static string[] WordsOf(string surface, ReadOnlySpan<(int Start, int End)> bounds)
    {
        var words = new string[bounds.Length];
        for (var k = 0; k < bounds.Length; k++)
            words[k] = bounds[k].End - bounds[k].Start == 1 && surface[bounds[k].Start] is ',' or '&' ? surface[bounds[k].Start].ToString() : surface[bounds[k].Start..bounds[k].End];
        return words;
    }

    // The surface is exactly its words joined by single spaces: then it is its own form key.
    private static bool IsOwnKey(string surface, ReadOnlySpan<(int Start, int End)> bounds)
    {
        if (bounds[0].Start != 0 || bounds[^1].End != surface.Length) return false;
        for (var k = 1; k < bounds.Length; k++)
            if (bounds[k].Start != bounds[k - 1].End + 1 || surface[bounds[k - 1].End] != ' ') return false;
        return true;
    }

    // The words of a name as Words reads them (no commas), as spans: for questions that need no strings.
    private static int WordSpans(string surface, Span<(int Start, int End)> found)
    {
        var count = 0;
        var i = 0;
        while (i < surface.Length && count < found.Length)
        {
            if (!char.IsLetterOrDigit(surface[i])) { i++; continue; }
            var (end, _) = AttributionText.ReadWord(surface, i, surface.Length);
            found[count++] = (i, end);
            i = end;
        }
        return count;
    }

    private static string? Surname(string[] words)
    {
        if (words.Length < 2) return null;
        var last = words[^1];
        // "Jr", "III", "KC", "OBE": a suffix after the surname.
        if (words.Length > 2 && (last is "Jr" or "Sr" || IsInitialism(last))) last = words[^2];
        return char.IsUpper(last[0]) ? last : null;
    }

    private static bool IsInitialism(string word) => word.Length is >= 2 and <= 4 && word.All(char.IsUpper);

    private static Speaker PersonSpeaker(ExtractedEntity person)
    {
        // One reading of the name, aliases and roles gives both answers: with the given-name lists and without them.
        // Read as spans: only the first word of a name and the words of its roles matter, and no string is kept.
        var he = false;
        var she = false;
        Span<(int Start, int End)> found = stackalloc (int, int)[2];
        void Look(ReadOnlySpan<char> word)
        {
            if (!PronounWordFilter.MayContain(word)) return; // most role words are no gendered title
            he |= HeWords.Contains(word);
            she |= SheWords.Contains(word);
        }
        var name = person.Name;
        var named = WordSpans(name, found) > 1;
        var given = named ? name.AsSpan(found[0].Start, found[0].End - found[0].Start) : default;
        if (named) Look(given);
        foreach (var alias in person.Aliases)
            if (WordSpans(alias, found) > 1) Look(alias.AsSpan(found[0].Start, found[0].End - found[0].Start));
        foreach (var role in person.Roles)
        {
            var i = 0;
            while (i < role.Length)
            {
                if (!char.IsLetterOrDigit(role[i])) { i++; continue; }
                var (end, _) = AttributionText.ReadWord(role, i, role.Length);
                Look(role.AsSpan(i, end - i));
                i = end;
            }
        }
        var male = named && MaleNameLookup.Contains(given);
        var female = named && FemaleNameLookup.Contains(given);
        var gender = GenderOf(he || male, she || female);
        return new Speaker(person, gender, gender != Gender.Unknown && GenderOf(he, she) == Gender.Unknown);
    }

    private static Gender GenderOf(bool he, bool she) => he == she ? Gender.Unknown : he ? Gender.He : Gender.She;

    // "Mr Harrop" when Dave and Linda Harrop share the surname: only the bearers the title's gender allows (all of
    // them when it allows none, or when there is no gendered title).
    private static List<Speaker> ByTitle(List<Speaker> bearers, ReadOnlySpan<char> before)
    {
        var gender = HeWords.Contains(before) && char.IsUpper(before[0]) ? Gender.He
            : SheWords.Contains(before) && char.IsUpper(before[0]) ? Gender.She
            : Gender.Unknown;
        if (gender == Gender.Unknown) return bearers;
        var fitting = bearers.FindAll(s => s.Gender == gender || s.Gender == Gender.Unknown);
        return fitting.Count == 0 ? bearers : fitting;
    }

    // "Mr Harrop", and a gendered noun right before a name ("landlady Bev Moss", "her husband Rob").
    private static void NoteTitle(ReadOnlySpan<char> before, Speaker speaker, Dictionary<Speaker, Gender> titled)
    {
        var gender = (HeWords.Contains(before) && char.IsUpper(before[0])) || HeNouns.Contains(before) ? Gender.He
            : (SheWords.Contains(before) && char.IsUpper(before[0])) || SheNouns.Contains(before) ? Gender.She
            : Gender.Unknown;
        if (gender == Gender.Unknown) return;
        titled[speaker] = titled.TryGetValue(speaker, out var earlier) && earlier != gender ? Gender.Unknown : gender;
    }
}
