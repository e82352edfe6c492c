using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Evaluation;

/// <summary>How gold and extracted strings are made comparable: forgiving about marks, case and spacing only.</summary>
public static class GoldText
{
    // A quotation running over paragraphs reopens its marks at each new paragraph; the gold joins them with a space.
    private static readonly Regex ParagraphReopening = new(@"\s*\n\s*[“""‘']?", RegexOptions.NonBacktracking);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.NonBacktracking);
    private const string EdgeMarks = "\"'“”‘’«» \t\n";

    /// <summary>Quote text: marks and trailing punctuation trimmed, paragraphs joined, apostrophes and spacing unified.</summary>
    public static string Quote(string text)
    {
        var s = Unify(text);
        s = ParagraphReopening.Replace(s, " ");
        s = Spaces.Replace(s, " ").Trim(EdgeMarks.ToCharArray());
        return s.TrimEnd(',', '.', ';', ':', ' ', '"', '\'').ToLowerInvariant();
    }

    /// <summary>Only the letters and digits, lower-cased: what two ways of cutting and punctuating one quotation share.</summary>
    public static string Letters(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    /// <summary>An entity name: case, apostrophes, spacing and a leading "the" ignored.</summary>
    public static string Name(string name)
    {
        var s = Spaces.Replace(Unify(name), " ").Trim().ToLowerInvariant();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }

    /// <summary>A role: like a name, plus "then-" and a leading "a"/"an" dropped and common title abbreviations spelled out.</summary>
    public static string Role(string role)
    {
        var s = Name(role).TrimEnd('.', ',');
        if (s.StartsWith("then-", StringComparison.Ordinal)) s = s[5..];
        if (s.StartsWith("a ", StringComparison.Ordinal)) s = s[2..];
        if (s.StartsWith("an ", StringComparison.Ordinal)) s = s[3..];
        var words = s.Split(' ').Select(w => Abbreviations.TryGetValue(w.TrimEnd('.'), out var full) ? full : w);
        return string.Join(' ', words);
    }

    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["sen"] = "senator", ["gov"] = "governor", ["rep"] = "representative", ["lt"] = "lieutenant",
        ["gen"] = "general", ["supt"] = "superintendent", ["atty"] = "attorney", ["sec"] = "secretary",
        ["pres"] = "president", ["det"] = "detective", ["sgt"] = "sergeant", ["insp"] = "inspector", ["cllr"] = "councillor",
    };

    private static string Unify(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            b.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                '“' or '”' => '"',
                '\u00A0' => ' ',
                '\r' => ' ',
                _ => c,
            });
        }
        return b.ToString();
    }
}
