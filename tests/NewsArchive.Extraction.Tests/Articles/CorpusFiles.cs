namespace NewsArchive.Extraction.Tests.Articles;

/// <summary>
/// Finds the hand-written corpus and the seed in the source tree (walking up to NewsArchive.sln), so the
/// tests read the very files a developer edits, with nothing copied into the build output.
/// </summary>
public static class CorpusFiles
{
    private const string SeedPrefix = "seed/";
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string CorpusFolder => Path.Combine(Root.Value, "tests", "NewsArchive.Extraction.Tests", "Articles", "Corpus");

    /// <summary>The development articles: sets written by people who never read the code, one folder per set.</summary>
    public static string DevelopmentFolder => Path.Combine(Root.Value, "tests", "NewsArchive.Evaluation", "Articles");

    private static string SeedGoldFolder => Path.Combine(Root.Value, "tests", "NewsArchive.Extraction.Tests", "Articles", "Seed");

    private static string SeedArticleFolder => Path.Combine(Root.Value, "seeds");

    /// <summary>Every case name: the corpus articles by file stem, then the seed articles as "seed/STEM".</summary>
    public static IReadOnlyList<string> CaseNames()
    {
        var corpus = Stems(CorpusFolder).Order(StringComparer.Ordinal);
        var seeds = Stems(SeedGoldFolder).Order(StringComparer.Ordinal).Select(s => SeedPrefix + s);
        return corpus.Concat(seeds).ToList();
    }

    public static bool IsSeed(string caseName) => caseName.StartsWith(SeedPrefix, StringComparison.Ordinal);

    public static string GoldPath(string caseName) => IsSeed(caseName)
        ? Path.Combine(SeedGoldFolder, caseName[SeedPrefix.Length..] + ".gold.json")
        : Path.Combine(CorpusFolder, caseName + ".gold.json");

    /// <summary>The article beside a gold file: same stem, .txt, .md or .html.</summary>
    public static string ArticlePath(string caseName)
    {
        var (folder, stem) = IsSeed(caseName)
            ? (SeedArticleFolder, caseName[SeedPrefix.Length..])
            : (CorpusFolder, caseName);
        var candidates = new[] { ".txt", ".md", ".html" }.Select(ext => Path.Combine(folder, stem + ext)).Where(File.Exists).ToList();
        return candidates.Count == 1
            ? candidates[0]
            : throw new InvalidDataException($"{caseName}: expected exactly one article file beside its gold file, found {candidates.Count}.");
    }

    private static IEnumerable<string> Stems(string folder) =>
        Directory.EnumerateFiles(folder, "*.gold.json").Select(p => Path.GetFileName(p)[..^".gold.json".Length]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No NewsArchive.sln above {AppContext.BaseDirectory}.");
    }
}
