using System.Collections;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// For every body position, whether it stands inside a double-quoted passage of its paragraph (straight marks
/// toggle, curly marks say which way they face, a blank line closes everything). Built in one pass, so asking
/// for each date mention stays linear even in a paragraph of 200,000 words.
/// </summary>
internal sealed class DoubleQuoteMap
{
    private readonly BitArray _inside; // the state just before each position

    public DoubleQuoteMap(string body)
    {
        _inside = new BitArray(body.Length + 1);
        var inside = false;
        for (var i = 0; i < body.Length; i++)
        {
            _inside[i] = inside;
            var c = body[i];
            if (c == '"') inside = !inside;
            else if (c == '“') inside = true;
            else if (c == '”') inside = false;
            else if (c == '\n' && i + 1 < body.Length && body[i + 1] == '\n') inside = false;
        }
        _inside[body.Length] = inside;
    }

    public bool IsInside(int position) => _inside[position];
}
