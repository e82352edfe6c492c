using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Marks the narrative's sentence starts while its tokens are made, in text order: the first token of a paragraph, a
/// capitalized word or a quotation after a token that ends a sentence, and every token where the splitter starts a
/// sentence.
/// </summary>
internal struct SentenceStarts(string body, IReadOnlyList<Quotation> quotations, IReadOnlyList<Sentence> sentences)
{
    private int _sentence = -1; // the splitter's next sentence, not yet passed
    private int _sentenceStart = -1;
    private bool _first = true;
    private int _previousParagraph;
    private bool _previousEndsSentence;

    /// <summary>The token, marked when it starts a sentence; tokens come in text order.</summary>
    public Token Mark(Token token)
    {
        var starts = _first || _previousParagraph != token.FirstParagraph
                     || (_previousEndsSentence && (token.Kind == TokenKind.Quotation || char.IsUpper(body[token.Start])));
        // The splitter's sentence starts count too, when they fall on a narrative token.
        while (_sentenceStart < token.Start) NextSentence();
        if (_sentenceStart == token.Start) starts = true;

        _first = false;
        _previousParagraph = token.Paragraph;
        _previousEndsSentence = EndsSentence(token);
        return starts ? token with { StartsSentence = true } : token;
    }

    private void NextSentence()
    {
        _sentence++;
        _sentenceStart = _sentence < sentences.Count ? sentences[_sentence].Span.Start : int.MaxValue;
    }

    private readonly bool EndsSentence(Token token)
    {
        if (token.Kind == TokenKind.Quotation)
        {
            var text = quotations[token.Quotation].Text;
            return text.Length > 0 && body[text.End - 1] is '.' or '!' or '?';
        }
        return token.Kind == TokenKind.Punctuation && body[token.Start] is '.' or '!' or '?';
    }
}
