using System.Text.RegularExpressions;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Finds a passage's words, in order, in a page's text, allowing a few extra words in between: the article page
/// may put small annotations (a speaker's name beside a quote) inside the text, and punctuation may differ.
/// </summary>
public static class WordSequence
{
    private const int AllowedInsertedWords = 8;

    public static bool Contains(string pageText, string passage)
    {
        var page = Words(pageText);
        var wanted = Words(passage);
        if (wanted.Length == 0) return true;
        for (var start = Array.IndexOf(page, wanted[0]); start >= 0; start = Array.IndexOf(page, wanted[0], start + 1))
        {
            int matched = 1, inserted = 0, at = start + 1;
            while (matched < wanted.Length && at < page.Length && inserted <= AllowedInsertedWords)
            {
                if (page[at] == wanted[matched]) matched++;
                else inserted++;
                at++;
            }
            if (matched == wanted.Length) return true;
        }
        return false;
    }

    private static string[] Words(string text) =>
        Regex.Matches(text, @"[\p{L}\p{N}]+", RegexOptions.NonBacktracking).Select(m => m.Value).ToArray();
}
