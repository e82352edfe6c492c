using System.Globalization;
using System.Text;

namespace NewsArchive.Data.Common;

/// <summary>
/// Turns a title or name into a URL slug: lower-case words joined by hyphens. Latin letters lose their accents
/// ("Café" → "cafe"); letters of other scripts stay as they are ("Москва" → "москва"), so a title in any
/// language keeps a readable address.
/// </summary>
public static class SlugText
{
    public const int MaxLength = 80;

    // Latin letters with no decomposition into a base letter and an accent.
    private static readonly Dictionary<char, string> LatinSpecials = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i",
    };

    public static string From(string text, string fallback)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(decomposed.Length, MaxLength + 1));
        var lastWasLatin = false;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (rune.Value is '\'' or '\u2019') continue;
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // An accent on a Latin letter goes; a vowel sign in Devanagari or Arabic is part of the word.
                if (!lastWasLatin && builder.Length > 0 && builder[^1] != '-') builder.Append(rune.ToString());
                continue;
            }
            var lower = Rune.ToLowerInvariant(rune);
            if (lower.Value is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append((char)lower.Value);
                lastWasLatin = true;
            }
            else if (lower.IsBmp && LatinSpecials.TryGetValue((char)lower.Value, out var spelled))
            {
                builder.Append(spelled);
                lastWasLatin = true;
            }
            else if (Rune.IsLetterOrDigit(lower))
            {
                builder.Append(lower.ToString());
                lastWasLatin = false;
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
            if (builder.Length > MaxLength) break;
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = slug[..(cut > MaxLength / 2 ? cut : MaxLength)].Trim('-');
            // A cut must not split a surrogate pair.
            if (slug.Length > 0 && char.IsHighSurrogate(slug[^1])) slug = slug[..^1];
        }
        return slug.Length == 0 ? fallback : slug.Normalize(NormalizationForm.FormC);
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
