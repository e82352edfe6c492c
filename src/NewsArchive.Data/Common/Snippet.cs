namespace NewsArchive.Data.Common;

/// <summary>
/// Text with highlighted stretches, as parts rather than markup, so a page renders it without
/// ever treating article text as HTML.
/// </summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    internal const char OpenMark = '\u0002';
    internal const char CloseMark = '\u0003';

    /// <summary>The text without highlighting.</summary>
    public string Text => string.Concat(Parts.Select(p => p.Text));

    public bool HasHighlights => Parts.Any(p => p.Highlighted);

    public static Snippet Plain(string text) => new(text.Length == 0 ? [] : [new SnippetPart(text, false)]);

    /// <summary>Splits text marked with <see cref="OpenMark"/>/<see cref="CloseMark"/> into parts.</summary>
    internal static Snippet FromMarked(string marked)
    {
        var parts = new List<SnippetPart>();
        var highlighted = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != OpenMark && marked[i] != CloseMark) continue;
            if (i > start) parts.Add(new SnippetPart(marked[start..i], highlighted));
            if (i < marked.Length) highlighted = marked[i] == OpenMark;
            start = i + 1;
        }
        return new Snippet(parts);
    }

    public override string ToString() => Text;
}

/// <summary>A stretch of a <see cref="Snippet"/>.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);
