using System.Buffers;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>The tokens of an article's sentences and the date mentions found in them.</summary>
/// <param name="Body">The article body the offsets point into.</param>
/// <param name="Tokens">Every token of every sentence, in order.</param>
/// <param name="SentenceStarts">Index of each sentence's first token; one extra entry closes the last sentence.</param>
/// <param name="Mentions">The date mentions, in body order.</param>
internal sealed record DateScan(string Body, List<Token> Tokens, int[] SentenceStarts, List<DateMention> Mentions)
{
    /// <summary>The first token index of sentence <paramref name="sentence"/> and the index just past its last.</summary>
    public (int First, int End) TokensOf(int sentence) => (SentenceStarts[sentence], SentenceStarts[sentence + 1]);

    public ReadOnlySpan<char> Text(int token) => Tokens[token].In(Body);

    /// <summary>
    /// Whether the text of sentence <paramref name="sentence"/> holds <paramref name="word"/> anywhere, ignoring case (as a
    /// word or inside one): one vectorized search of its characters, so that a loop over its tokens that waits for that
    /// word can skip the many sentences without it.
    /// </summary>
    public bool SentenceHolds(int sentence, string word) => SentenceText(sentence).Contains(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>As <see cref="SentenceHolds(int, string)"/>, for any of several words (made with OrdinalIgnoreCase).</summary>
    public bool SentenceHoldsAny(int sentence, SearchValues<string> words) => SentenceText(sentence).ContainsAny(words);

    private ReadOnlySpan<char> SentenceText(int sentence)
    {
        var (first, end) = TokensOf(sentence);
        return first < end ? Body.AsSpan(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start) : default;
    }

    // The length first: asked at nearly every token for one word or another, which most tokens are not.
    public bool IsWord(int token, string word) =>
        Tokens[token] is { Kind: TokenKind.Word } t && t.End - t.Start == word.Length
        && Body.AsSpan(t.Start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private DoubleQuoteMap? _quotes;

    /// <summary>Whether <paramref name="position"/> stands inside a double-quoted passage of its paragraph.</summary>
    public bool IsInsideQuotation(int position) => (_quotes ??= new DoubleQuoteMap(Body)).IsInside(position);

    /// <summary>
    /// The clause readings <see cref="ClauseTense"/> has made, by mention and whether it is quoted; null until the
    /// mentions are final (<see cref="Complete"/>), so nothing read while they are still being found is kept.
    /// </summary>
    public Dictionary<(DateMention Mention, bool Quoted), ClauseReading>? ClauseReadings { get; private set; }

    /// <summary>Marks the tokens and mentions final: from now on clause readings are kept.</summary>
    public void Complete() => ClauseReadings = [];

    public bool IsSymbol(int token, char symbol) =>
        Tokens[token].Kind == TokenKind.Symbol && Body[Tokens[token].Start] == symbol;
}
