using System.Text.RegularExpressions;

namespace NewsArchive.EndToEnd.Tests.Infrastructure;

/// <summary>The repository's seed article, read straight from its file so tests never hard-code its text.</summary>
public static class SeedArticle
{
    private static readonly string[] Lines = File
        .ReadAllLines(Path.Combine(BuildPaths.SeedsDirectory,
            "hancock-dismisses-trump-tweet-about-releasing-immigration-detainees.txt"))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0)
        .ToArray();

    public static string Title => Lines[0];

    public static string Credit => Lines[1];

    public static IReadOnlyList<string> Paragraphs => Lines[2..];

    /// <summary>Collapses every run of whitespace (including no-break spaces) so page text and file text compare.</summary>
    public static string Normalize(string text) =>
        Regex.Replace(text, @"\s+", " ", RegexOptions.NonBacktracking).Trim();
}
