using System.Buffers;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// For every body position, whether it stands inside a double-quoted passage of its paragraph (straight marks
/// toggle, curly marks say which way they face, a blank line closes everything). Built in one pass, so asking
/// for each date mention stays linear even in a paragraph of 200,000 words.
/// </summary>
internal sealed class DoubleQuoteMap
{
    private static readonly SearchValues<char> Marks = SearchValues.Create("\"\u201c\u201d\n");

    // The quoted stretches as sorted, disjoint ranges [start, end] of positions: the pass jumps from mark to mark
    // instead of writing a state for every character.
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    public DoubleQuoteMap(string body)
    {
        var inside = false;
        var openFrom = 0;
        var i = 0;
        while (i < body.Length)
        {
            var k = body.AsSpan(i).IndexOfAny(Marks);
            if (k < 0) break;
            i += k;
            var c = body[i];
            var next = c switch
            {
                '"' => !inside,
                '\u201c' => true,
                '\u201d' => false,
                _ => inside && !(i + 1 < body.Length && body[i + 1] == '\n'),
            };
            // The state changes after the mark: a passage opened here is inside from the next position, and one
            // closed here is still inside at the mark itself.
            if (next && !inside) openFrom = i + 1;
            else if (!next && inside) { _starts.Add(openFrom); _ends.Add(i); }
            inside = next;
            i++;
        }
        if (inside) { _starts.Add(openFrom); _ends.Add(body.Length); }
    }

    public bool IsInside(int position)
    {
        int lo = 0, hi = _starts.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && position <= _ends[found];
    }
}
