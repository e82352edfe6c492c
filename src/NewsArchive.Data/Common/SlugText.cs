using System.Globalization;
using System.Text;

namespace NewsArchive.Data.Common;

/// <summary>Turns a title or name into a URL slug: lower-case ASCII letters and digits joined by hyphens.</summary>
public static class SlugText
{
    public const int MaxLength = 80;

    public static string From(string text, string fallback)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 1));
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019') continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length > MaxLength) break;
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > MaxLength / 2 ? cut : MaxLength)].Trim('-');
        }
        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>The first of slug, slug-2, slug-3… not in <paramref name="taken"/>.</summary>
    public static string FirstFree(string slug, IReadOnlyCollection<string> taken)
    {
        if (!taken.Contains(slug)) return slug;
        for (var n = 2; ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (!taken.Contains(candidate)) return candidate;
        }
    }
}
