using System.Buffers;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>The body as tokens, plus the lower-case vocabulary of the article.</summary>
/// <param name="Body">The article body.</param>
/// <param name="Tokens">Every token in body order.</param>
/// <param name="LowercaseWords">Words the article writes in lower case somewhere: a capitalized sentence-initial
/// word found here (see <see cref="WritesInLowerCase"/>) is an ordinary word, not a name.</param>
internal sealed partial record TokenizedBody(string Body, NameToken[] Tokens, TextWordSet LowercaseWords)
{

    /// <summary>True when the article also writes <paramref name="word"/> in lower case ("Still" / "still").</summary>
    public bool WritesInLowerCase(string word)
    {
        // Lower-cased on the stack: asked for every capitalized word, most of which the article never writes in lower case.
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return LowercaseWords.Contains(lower);
    }

    /// <summary>The article writes "counties" or "parishes" in lower case (asked for every candidate: answered once).</summary>
    public bool WritesCountiesOrParishes => _countiesOrParishes ??= WritesInLowerCase("counties") || WritesInLowerCase("parishes");

    private bool? _countiesOrParishes;

    // Each token's text, cut from the body once: the stages ask for the same tokens' words many times over.
    private readonly string?[] _texts = new string?[Tokens.Length];

    public string Text(int token) => _texts[token] ??= Tokens[token].String(Body);

    // Which of the most-asked word lists each token's word is in, each list looked up at most once per token: name
    // scoring and role parsing ask about the same tokens many times over. Two bits per list: asked, and the answer.
    private readonly ushort[] _lists = new ushort[Tokens.Length];

    private bool InList(int token, int list)
    {
        var bits = _lists[token];
        var asked = 1 << (2 * list);
        if ((bits & asked) != 0) return (bits & (asked << 1)) != 0;
        var word = Text(token);
        var yes = list switch
        {
            0 => EntityLexicon.IsGivenName(word),
            1 => EntityLexicon.IsHonorific(word),
            2 => EntityLexicon.IsStopWord(word),
            3 => EntityLexicon.DemonymLookup.Contains(word),
            4 => EntityLexicon.PlaceHeadLookup.Contains(word),
            5 => EntityLexicon.OrganizationHeadLookup.Contains(word),
            _ => EntityLexicon.PersonVerbLookup.Contains(word),
        };
        _lists[token] = (ushort)(bits | asked | (yes ? asked << 1 : 0));
        return yes;
    }

    /// <summary><see cref="EntityLexicon.IsGivenName"/> of token <paramref name="token"/>'s text, memoized.</summary>
    public bool IsGivenName(int token) => InList(token, 0);

    /// <summary><see cref="EntityLexicon.IsHonorific"/> of token <paramref name="token"/>'s text, memoized.</summary>
    public bool IsHonorific(int token) => InList(token, 1);

    /// <summary><see cref="EntityLexicon.IsStopWord"/> of token <paramref name="token"/>'s text, memoized.</summary>
    public bool IsStopWord(int token) => InList(token, 2);

    /// <summary>Token <paramref name="token"/>'s text is in <see cref="EntityLexicon.Demonyms"/> (memoized).</summary>
    public bool IsDemonym(int token) => InList(token, 3);

    /// <summary>Token <paramref name="token"/>'s text is in <see cref="EntityLexicon.PlaceHeads"/> (memoized).</summary>
    public bool IsPlaceHead(int token) => InList(token, 4);

    /// <summary>Token <paramref name="token"/>'s text is in <see cref="EntityLexicon.OrganizationHeads"/> (memoized).</summary>
    public bool IsOrganizationHead(int token) => InList(token, 5);

    /// <summary>Token <paramref name="token"/>'s text is in <see cref="EntityLexicon.PersonVerbs"/> (memoized).</summary>
    public bool IsPersonVerb(int token) => InList(token, 6);

    /// <summary>The body text from token <paramref name="first"/> to token <paramref name="last"/>, spaces collapsed.</summary>
    public string Phrase(int first, int last)
    {
        // A token holds no space, so a one-token phrase is the token's own (cached) text.
        if (first == last) return Text(first);
        // While one candidate is weighed, the role parser, the classifier and the cues cut the same few phrases again.
        foreach (var recent in _recentPhrases)
            if (recent.First == first && recent.Last == last && recent.Text is not null) return recent.Text;
        var phrase = CutPhrase(first, last);
        _recentPhrases[_nextRecent] = (first, last, phrase);
        _nextRecent = (_nextRecent + 1) % _recentPhrases.Length;
        return phrase;
    }

    /// <summary>
    /// The text of <see cref="Phrase"/> for a phrase that is only looked up: the body's own span when it is written with
    /// single spaces (most phrases), so no string is made; otherwise the phrase with its spaces collapsed.
    /// </summary>
    public ReadOnlySpan<char> PhraseSpan(int first, int last)
    {
        var text = Body.AsSpan(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);
        return text.IndexOf("  ") < 0 && !text.ContainsAny(SpacesButTheSpace) ? text : Phrase(first, last);
    }

    private readonly (int First, int Last, string? Text)[] _recentPhrases = new (int, int, string?)[4];
    private int _nextRecent;

    private string CutPhrase(int first, int last)
    {
        var text = Body.AsSpan(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);
        if (!text.ContainsAny(Spaces) || (text.IndexOf("  ") < 0 && !text.ContainsAny(SpacesButTheSpace))) return text.ToString();
        return string.Join(' ', text.ToString().Split([' ', '\n', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
    }

    // Searched at every phrase of two or more tokens: built once, not from the literal at each call.
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \n\t\r\u00a0");
    private static readonly SearchValues<char> SpacesButTheSpace = SearchValues.Create("\n\t\r\u00a0");

    /// <summary>The span from token <paramref name="first"/> to token <paramref name="last"/>.</summary>
    public TextSpan Span(int first, int last) => new(Tokens[first].Start, Tokens[last].End);
}

/// <summary>
/// Splits the body into word, number, possessive and punctuation tokens in one pass, and flags each with what
/// candidate finding needs: capitals, sentence starts, quotation, shouting and headline lines.
/// </summary>
internal sealed class BodyTokenizer
{
    private static readonly FrozenSet<string> HeadlineFunctionWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.", "is", "are", "be"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadlineFunctionWordLookup =
        HeadlineFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public TokenizedBody Tokenize(
        string body, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<TextSpan> quoted)
    {
        var tokens = new PooledList<NameToken>(body.Length / 5 + 8);
        var lowercase = new TextWordSet(body, body.Length / 16); // sized for the vocabulary: no rehashing
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (c == ' ') { i++; continue; }
            // Most tokens are plain lower-case words: no flags, no possessive after a space, and one vocabulary entry.
            if (char.IsAsciiLetterLower(c))
            {
                var wordEnd = WordEnd(body, i, out var plainWord);
                if (plainWord)
                {
                    tokens.Add(new NameToken(i, wordEnd, NameTokenKind.Word, NameTokenFlags.None));
                    lowercase.Add(i, wordEnd - i);
                    i = wordEnd;
                    continue;
                }
            }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            // "@RenataSzabo": a social-media handle is an address, never a name.
            if (c == '@' && i + 1 < body.Length && char.IsLetterOrDigit(body[i + 1]))
            {
                var handleEnd = i + 1;
                while (handleEnd < body.Length && (char.IsLetterOrDigit(body[handleEnd]) || body[handleEnd] == '_')) handleEnd++;
                tokens.Add(new NameToken(i, handleEnd, NameTokenKind.Punctuation, NameTokenFlags.None));
                i = handleEnd;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new NameToken(i, i + 1, NameTokenKind.Punctuation, NameTokenFlags.None));
                i++;
                continue;
            }
            var end = WordEnd(body, i, out var plain);
            if (plain) tokens.Add(WordToken(body, i, end, NameTokenFlags.None)); // no apostrophe, no hyphen: one token
            else AddWord(body, i, end, ref tokens);
            // "Supporters’ Trust": a plural possessive before a capitalized word.
            if (end + 2 < body.Length && body[end - 1] == 's' && body[end] is '\'' or '’' && body[end + 1] == ' ' && char.IsUpper(body[end + 2]))
            {
                tokens.Add(new NameToken(end, end + 1, NameTokenKind.Possessive, NameTokenFlags.None));
                end++;
            }
            // One hash per word, and no string: the set keeps the word's offsets.
            if (char.IsLower(c)) lowercase.Add(i, end - i);
            i = end;
        }
        var array = tokens.ToArray();
        tokens.Dispose();
        MarkSentenceStartsAndQuoted(body, array, sentences, quoted);
        MarkShouting(body, array);
        MarkHeadlines(body, array, paragraphs);
        return new TokenizedBody(body, array, lowercase);
    }

    private static int WordEnd(string body, int start, out bool plain)
    {
        var j = start + 1;
        // Plain ASCII letters and digits first: the rules below only matter at the word's edge.
        while (j < body.Length && char.IsAsciiLetterOrDigit(body[j])) j++;
        // Most words end at a space: none of the rules below joins across one.
        plain = j == body.Length || body[j] == ' ';
        if (plain) return j;
        while (j < body.Length)
        {
            var ch = body[j];
            var next = j + 1 < body.Length ? body[j + 1] : '\0';
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) j++;
            else if ((ch is '\'' or '’') && char.IsLetter(next)) j += 2;
            else if ((ch is '-' or '‑') && char.IsLetterOrDigit(next)) j += 2;
            else if (ch == '.' && char.IsLetter(next) && (j + 2 >= body.Length || !char.IsLetter(body[j + 2]))) j += 2;
            // "Nation.Cymru", "Booking.com": a web brand's inner dot, between a lower-case letter and a word.
            else if (ch == '.' && j - start >= 3 && char.IsLower(body[j - 1]) && char.IsLetter(next) && j + 2 < body.Length && char.IsLower(body[j + 2])) j += 2;
            else if (ch == '&' && char.IsUpper(body[j - 1]) && char.IsUpper(next)) j += 2;
            else if (ch == ',' && char.IsDigit(body[j - 1]) && char.IsDigit(next)) j += 2;
            else if (ch == '.' && char.IsDigit(body[j - 1]) && char.IsDigit(next)) j += 2;
            else break;
        }
        if (j < body.Length && body[j] == '.' && KeepsFullStop(body.AsSpan(start, j - start))) j++;
        return j;
    }

    // "U.S.", "J.", "Sen.", and "D-Calif." (a party tag ends in a state abbreviation).
    private static bool KeepsFullStop(ReadOnlySpan<char> word) =>
        word.Contains('.')
        || (word.Length == 1 && char.IsUpper(word[0]))
        || EntityLexicon.AbbreviationLookup.Contains(word)
        || (word.LastIndexOf('-') is var hyphen && hyphen > 0 && EntityLexicon.AbbreviationLookup.Contains(word[(hyphen + 1)..]));

    private static void AddWord(string body, int start, int end, ref PooledList<NameToken> tokens)
    {
        // "Trump's" → "Trump" + "'s": the possessive is not part of the name.
        var possessive = end - start > 2 && body[end - 1] is 's' && body[end - 2] is '\'' or '’' ? end - 2 : end;
        var word = body.AsSpan(start, possessive - start);
        if (HasInnerHyphen(word) && ShouldSplitHyphenated(word))
        {
            var partStart = start;
            var flags = NameTokenFlags.None;
            for (var k = start; k <= possessive; k++)
            {
                if (k < possessive && body[k] is not ('-' or '‑')) continue;
                if (k > partStart) tokens.Add(WordToken(body, partStart, k, flags));
                flags = NameTokenFlags.AfterHyphen;
                partStart = k + 1;
            }
        }
        else
        {
            tokens.Add(WordToken(body, start, possessive, NameTokenFlags.None));
        }
        if (possessive < end) tokens.Add(new NameToken(possessive, end, NameTokenKind.Possessive, NameTokenFlags.None));
    }

    // A plain loop: words are short, and a vectorized search costs more to set up than it saves here.
    private static bool HasInnerHyphen(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < word.Length; k++)
            if (word[k] is '-' or '‑') return true;
        return false;
    }

    // "then-U.S." and "Denver-based" split; "Ocasio-Cortez", "D-Calif." and "Stoke-on-Trent" stay whole.
    private static bool ShouldSplitHyphenated(ReadOnlySpan<char> word)
    {
        if (IsSyllableGivenName(word)) return false;
        var last = word.LastIndexOfAny('-', '‑');
        var firstLower = char.IsLower(word[0]);
        var lastLower = last + 1 < word.Length && char.IsLower(word[last + 1]);
        var anyUpper = false;
        foreach (var ch in word) anyUpper |= char.IsUpper(ch);
        return anyUpper && (firstLower || lastLower);
    }

    private static readonly FrozenSet<string> ShortSuffixWords =
        FrozenSet.Create(StringComparer.Ordinal, ["led", "run", "era", "war", "old", "age", "day", "way", "up", "in", "out", "off", "on", "tech", "made", "born", "year", "wide", "like", "free", "bred", "type", "fed", "set", "new"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShortSuffixLookup = ShortSuffixWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Mi-sook", "Ji-woo", "Eun-ji": a Korean given name of two short syllables is one name, unlike "Ex-led" shapes.
    private static bool IsSyllableGivenName(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOfAny('-', '‑');
        if (hyphen is < 2 or > 3 || word.Length - hyphen - 1 is < 2 or > 4 || word[(hyphen + 1)..].IndexOfAny('-', '‑') >= 0) return false;
        if (!char.IsUpper(word[0])) return false;
        var rest = word[(hyphen + 1)..];
        foreach (var ch in word[1..hyphen]) if (!char.IsLower(ch)) return false;
        foreach (var ch in rest) if (!char.IsLower(ch)) return false;
        return !ShortSuffixLookup.Contains(rest);
    }

    private static NameToken WordToken(string body, int start, int end, NameTokenFlags flags)
    {
        if (char.IsDigit(body[start])) return new NameToken(start, end, NameTokenKind.Number, flags);
        if (char.IsUpper(body[start])) flags |= NameTokenFlags.Capitalized;
        // All caps: two or more letters and none lower-case. Most words show a lower-case letter in their first two.
        var letters = 0;
        foreach (var ch in body.AsSpan(start, end - start))
        {
            if (char.IsLower(ch)) return new NameToken(start, end, NameTokenKind.Word, flags);
            if (char.IsLetter(ch)) letters++;
        }
        if (letters >= 2) flags |= NameTokenFlags.AllCaps;
        return new NameToken(start, end, NameTokenKind.Word, flags);
    }

    // Sentence starts and quotation in one pass over the tokens, with each list's next boundary kept in a local: the
    // lists sit behind an interface, and asking them at every token cost more than the marking did.
    private static void MarkSentenceStartsAndQuoted(string body, NameToken[] tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<TextSpan> quoted)
    {
        var sentence = 0;
        var nextSentence = sentences.Count > 0 ? sentences[0].Span.Start : int.MaxValue;
        // Every quotation opens a sentence at the word after its start.
        var opening = 0;
        var nextOpening = quoted.Count > 0 ? quoted[0].Start : int.MaxValue;
        // The quotation a token may stand in: the first that ends after it.
        var inside = 0;
        var quotation = quoted.Count > 0 ? quoted[0] : NoQuotation;
        var afterEnd = true;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var flags = token.Flags;
            while (quotation.End <= token.Start) quotation = ++inside < quoted.Count ? quoted[inside] : NoQuotation;
            if (quotation.Start <= token.Start) flags |= NameTokenFlags.InQuote;
            if (token.Kind == NameTokenKind.Punctuation)
            {
                var ch = body[token.Start];
                if (ch is '.' or '!' or '?' or ':' or '•') afterEnd = true;
                else if (ch is '"' or '“' or '‘' or '(' or '[') afterEnd |= IsOpening(body, token.Start);
            }
            else
            {
                var start = afterEnd;
                while (nextSentence <= token.Start)
                {
                    start = true;
                    nextSentence = ++sentence < sentences.Count ? sentences[sentence].Span.Start : int.MaxValue;
                }
                while (nextOpening <= token.Start)
                {
                    start = true;
                    nextOpening = ++opening < quoted.Count ? quoted[opening].Start : int.MaxValue;
                }
                if (start && token.Kind == NameTokenKind.Word) flags |= NameTokenFlags.SentenceStart;
                afterEnd = false;
            }
            if (flags != token.Flags) tokens[t] = token with { Flags = flags };
        }
    }

    // Past every token: no token stands in it.
    private static readonly TextSpan NoQuotation = new(int.MaxValue, int.MaxValue);

    // A mark opens a quotation when nothing but space or the paragraph start stands before it.
    private static bool IsOpening(string body, int index) => index == 0 || char.IsWhiteSpace(body[index - 1]) || body[index] is '“' or '(';

    private static void MarkShouting(string body, NameToken[] tokens)
    {
        var runStart = -1;
        var words = 0;
        for (var t = 0; t <= tokens.Length; t++)
        {
            var token = t < tokens.Length ? tokens[t] : default;
            var continues = t < tokens.Length && (token.Kind == NameTokenKind.Word ? token.Is(NameTokenFlags.AllCaps)
                : token.Kind is NameTokenKind.Punctuation or NameTokenKind.Number && body[token.Start] is not ('.' or '!' or '?'));
            if (continues)
            {
                if (runStart < 0) { runStart = t; words = 0; }
                if (token.Kind == NameTokenKind.Word) words++;
                continue;
            }
            if (runStart >= 0 && words >= 4)
                for (var k = runStart; k < t; k++) tokens[k] = tokens[k] with { Flags = tokens[k].Flags | NameTokenFlags.Shouting };
            runStart = -1;
        }
    }

    // A short body line with every content word capitalized and no closing punctuation is a subheading.
    private static void MarkHeadlines(string body, NameToken[] tokens, IReadOnlyList<TextSpan> paragraphs)
    {
        var t = 0;
        foreach (var paragraph in paragraphs)
        {
            while (t < tokens.Length && tokens[t].Start < paragraph.Start) t++;
            var first = t;
            var content = 0;
            var last = -1;
            var lowercaseContent = false;
            for (; t < tokens.Length && tokens[t].Start < paragraph.End; t++)
            {
                last = t;
                var token = tokens[t];
                if (token.Kind != NameTokenKind.Word || lowercaseContent) continue;
                if (token.Is(NameTokenFlags.Capitalized)) content++;
                else if (!HeadlineFunctionWordLookup.Contains(token.Text(body))) lowercaseContent = true;
            }
            if (last < 0 || content < 3 || lowercaseContent) continue;
            if (body[tokens[last].End - 1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ',') continue;
            for (var k = first; k <= last; k++) tokens[k] = tokens[k] with { Flags = tokens[k].Flags | NameTokenFlags.Headline };
        }
    }
}
