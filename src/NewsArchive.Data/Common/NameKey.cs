using System.Globalization;
using System.Text;

namespace NewsArchive.Data.Common;

/// <summary>Folds a name for matching: accents, case, full stops and spacing do not make a different name.</summary>
public static class NameKey
{
    public static string Normalize(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.') continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c switch { '\u2019' or '\u2018' => '\'', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString();
    }

    private static readonly HashSet<string> Suffixes = ["jr", "sr", "ii", "iii", "iv"];

    /// <summary>The last word of a folded person name, skipping generational suffixes.</summary>
    public static string? Surname(string normalizedName)
    {
        var words = normalizedName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd(','))
            .Where(w => w.Length > 0 && !Suffixes.Contains(w))
            .ToArray();
        return words.Length == 0 ? null : words[^1];
    }

    public static int WordCount(string normalizedName)
        => normalizedName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
