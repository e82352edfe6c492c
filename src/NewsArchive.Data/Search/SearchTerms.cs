using System.Text;

namespace NewsArchive.Data.Search;

/// <summary>
/// Reads what a user typed into search terms, never failing: quoted phrases ("sanctuary city"),
/// prefixes (immig*), exclusions (-trump). Every character that is not a letter or digit only
/// separates words, so stray operators, brackets and unbalanced quotes cannot reach the engine.
/// </summary>
public static class SearchTerms
{
    private const int MaxTerms = 16;

    public static IReadOnlyList<SearchTerm> Parse(string? text)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(text)) return terms;
        var input = text.Length > 1000 ? text[..1000] : text;
        var i = 0;
        while (i < input.Length && terms.Count < MaxTerms)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var excluded = false;
            if (c == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]))
            {
                excluded = true;
                i++;
                c = input[i];
            }
            if (c == '"')
            {
                var close = input.IndexOf('"', i + 1);
                if (close > i)
                {
                    var prefix = close + 1 < input.Length && input[close + 1] == '*';
                    Add(terms, input[(i + 1)..close], phrase: true, prefix, excluded);
                    i = close + (prefix ? 2 : 1);
                    continue;
                }
                i++; // an unbalanced quote: the rest is read as plain words
                continue;
            }
            var end = i;
            while (end < input.Length && !char.IsWhiteSpace(input[end]) && input[end] != '"') end++;
            var token = input[i..end];
            var isPrefix = token.EndsWith('*');
            Add(terms, token, phrase: false, isPrefix, excluded);
            i = end;
        }
        return terms;
    }

    private static void Add(List<SearchTerm> terms, string raw, bool phrase, bool prefix, bool excluded)
    {
        var words = Words(raw);
        if (words.Length == 0) return;
        terms.Add(new SearchTerm(words, phrase || words.Contains(' '), prefix, excluded));
    }

    /// <summary>Letters and digits, everything else a single space.</summary>
    private static string Words(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }
        return builder.ToString().Trim();
    }
}
