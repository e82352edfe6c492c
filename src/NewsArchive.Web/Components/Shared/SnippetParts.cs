namespace NewsArchive.Web.Components.Shared;

/// <summary>Splits a search snippet into plain and matched parts at the markers around each hit.</summary>
public static class SnippetParts
{
    /// <summary>Control characters that never occur in article text, so they cannot be forged by it.</summary>
    public const string DefaultOpen = "\u0002";
    public const string DefaultClose = "\u0003";

    public readonly record struct Part(string Text, bool Hit);

    public static IReadOnlyList<Part> Split(string text, string open = DefaultOpen, string close = DefaultClose)
    {
        var parts = new List<Part>();
        var position = 0;
        while (position < text.Length)
        {
            var openAt = text.IndexOf(open, position, StringComparison.Ordinal);
            if (openAt < 0) break;
            var closeAt = text.IndexOf(close, openAt + open.Length, StringComparison.Ordinal);
            if (closeAt < 0) break;
            if (openAt > position) parts.Add(new Part(text[position..openAt], false));
            var hit = text[(openAt + open.Length)..closeAt];
            if (hit.Length > 0) parts.Add(new Part(hit, true));
            position = closeAt + close.Length;
        }
        if (position < text.Length)
        {
            // A stray marker without its partner is dropped rather than shown.
            var rest = text[position..].Replace(open, "", StringComparison.Ordinal).Replace(close, "", StringComparison.Ordinal);
            if (rest.Length > 0) parts.Add(new Part(rest, false));
        }
        return parts;
    }
}
