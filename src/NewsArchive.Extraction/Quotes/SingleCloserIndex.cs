namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// For one paragraph, where the next single closing mark stands after any position: a clear closer first,
/// a possible plural possessive ("teachers' ") only when no clear closer follows. Built lazily in one backward
/// pass, so pairing every single mark of a paragraph stays linear.
/// </summary>
internal sealed class SingleCloserIndex(string body, TextSpan paragraph)
{
    private int[]? _strong;
    private int[]? _weak;

    /// <summary>The closing mark for an opening mark at <paramref name="position"/>, or -1 when there is none.</summary>
    public int After(int position) => After(position, out _);

    /// <summary>As <see cref="After(int)"/>; <paramref name="weak"/> tells that only a possible possessive was found.</summary>
    public int After(int position, out bool weak)
    {
        if (_strong is null) Build();
        weak = false;
        var k = position + 1 - paragraph.Start;
        if (k < 0 || k >= _strong!.Length) return -1;
        if (_strong[k] >= 0) return _strong[k];
        weak = _weak![k] >= 0;
        return _weak[k];
    }

    private void Build()
    {
        var length = paragraph.Length;
        _strong = new int[length + 1];
        _weak = new int[length + 1];
        int strong = -1, weak = -1;
        _strong[length] = _weak[length] = -1;
        for (var k = length - 1; k >= 0; k--)
        {
            var i = paragraph.Start + k;
            if (QuoteMarks.IsSingle(body[i]) && QuoteMarks.IsSingleCloser(body, i, paragraph))
            {
                if (QuoteMarks.IsWeakSingleCloser(body, i, paragraph)) weak = i;
                else strong = i;
            }
            _strong[k] = strong;
            _weak[k] = weak;
        }
    }
}
