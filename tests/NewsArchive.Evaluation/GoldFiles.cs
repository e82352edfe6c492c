namespace NewsArchive.Evaluation;

/// <summary>Where gold files and their articles are: every NAME.gold.json under some folders, each beside its NAME.txt|md|html.</summary>
public static class GoldFiles
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".html"];

    /// <summary>Every gold file under the folders, in ordinal path order.</summary>
    public static List<string> Under(IEnumerable<string> folders) =>
        folders.SelectMany(f => Directory.EnumerateFiles(f, "*.gold.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The gold file's path without ".gold.json".</summary>
    public static string Stem(string goldPath) => goldPath[..^".gold.json".Length];

    /// <summary>The one article beside the gold file; throws <see cref="InvalidOperationException"/> when there is none or more than one.</summary>
    public static string ArticleBeside(string goldPath) =>
        ArticleExtensions.Select(e => Stem(goldPath) + e).Single(File.Exists);
}
