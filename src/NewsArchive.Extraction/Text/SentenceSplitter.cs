using System.Buffers;

namespace NewsArchive.Extraction.Text;

/// <summary>
/// Splits a body into sentences with offsets. A sentence ends at '.', '!', '?' or '…' (with any closing
/// quotation marks or brackets right after it) followed by a space and a word that does not start in lower
/// case; a full stop that belongs to an abbreviation, an initial or a number does not end one.
/// Paragraph ends always end a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Returns the sentences of each paragraph, in order.</summary>
    public IReadOnlyList<Sentence> Split(string body, IReadOnlyList<TextSpan> paragraphs)
    {
        var sentences = new List<Sentence>(paragraphs.Count * 3);
        for (var p = 0; p < paragraphs.Count; p++) SplitParagraph(body, paragraphs[p], p, sentences);
        return sentences;
    }

    private static void SplitParagraph(string body, TextSpan paragraph, int index, List<Sentence> sentences)
    {
        var end = paragraph.End;
        var start = SkipSpace(body, paragraph.Start, end);
        var i = start;
        while (i < end)
        {
            // Most characters end nothing: jump to the next terminal mark with a vectorized search.
            var skip = body.AsSpan(i, end - i).IndexOfAny(Terminals);
            if (skip < 0) break;
            i += skip;
            var runEnd = i + 1;
            while (runEnd < end && IsTerminal(body[runEnd])) runEnd++;
            var j = runEnd;
            while (j < end && IsCloser(body[j])) j++;
            if (j >= end) break;
            if (!char.IsWhiteSpace(body[j]))
            {
                // "3.5", "U.S.", "example.com", or a quotation carrying on after a comma: not an end.
                i = j;
                continue;
            }
            var next = SkipSpace(body, j, end);
            if (next >= end) break;
            if (EndsSentence(body, i, runEnd, next, end))
            {
                sentences.Add(new Sentence(new TextSpan(start, j), index));
                start = next;
            }
            i = next;
        }
        var last = end;
        while (last > start && char.IsWhiteSpace(body[last - 1])) last--;
        if (last > start) sentences.Add(new Sentence(new TextSpan(start, last), index));
    }

    private static bool EndsSentence(string body, int terminal, int runEnd, int next, int end)
    {
        var wordStart = next;
        while (wordStart < end && IsOpener(body[wordStart])) wordStart++;
        if (wordStart >= end) return true;
        var first = body[wordStart];
        if (char.IsLower(first)) return false;
        if (body[terminal] != '.' && IsQuoteCloser(body, runEnd) && AttributionFollows(body, wordStart, end)) return false;
        if (body[terminal] != '.' || runEnd - terminal > 1) return true;

        var word = WordBefore(body, terminal);
        var nextWord = WordAt(body, wordStart, end);
        if (word.Length == 0) return true;
        if (word is "No." or "Nos." or "no.") return !char.IsDigit(first);
        if (Abbreviations.NeverFinal.Contains(word)) return false;
        if (Abbreviations.MaybeFinal.Contains(word) || IsInitialism(word))
            return Abbreviations.SentenceStarters.Contains(nextWord);
        return true;
    }

    private static bool IsQuoteCloser(string body, int i) => i < body.Length && body[i] is '"' or '”' or '’' or '\'';

    // '"Why now?" Smith asked.': a name of one to three words and then a verb of saying.
    private static bool AttributionFollows(string body, int start, int end)
    {
        var i = start;
        for (var words = 0; words < 4 && i < end; words++)
        {
            var word = WordAt(body, i, end);
            if (word.Length == 0) return false;
            if (words > 0 && Abbreviations.SpeechVerbs.Contains(word)) return true;
            if (!char.IsUpper(word[0]) && words == 0) return false;
            i += word.Length;
            while (i < end && body[i] is '.' or ' ') i++;
        }
        return false;
    }

    // The word that the full stop at `dot` closes, with the stop: "U.S." in "then-U.S.", "Mr." in "(Mr.".
    private static ReadOnlySpan<char> WordBefore(string body, int dot)
    {
        var s = dot;
        while (s > 0 && !char.IsWhiteSpace(body[s - 1]) && !IsOpener(body[s - 1]) && body[s - 1] is not ('-' or '/' or '—' or '–')) s--;
        return body.AsSpan(s, dot + 1 - s);
    }

    private static ReadOnlySpan<char> WordAt(string body, int start, int end)
    {
        var e = start;
        while (e < end && char.IsLetter(body[e])) e++;
        return body.AsSpan(start, e - start);
    }

    // "J." or "U.S." or "D.C.": single letters each followed by a full stop.
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length % 2 != 0) return false;
        for (var k = 0; k < word.Length; k += 2)
            if (!char.IsLetter(word[k]) || word[k + 1] != '.') return false;
        return char.IsUpper(word[0]);
    }

    private static int SkipSpace(string body, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(body[i])) i++;
        return i;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?…");

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']';

    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '‹' or '(' or '[';
}
