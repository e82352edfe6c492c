using Microsoft.Extensions.FileSystemGlobbing;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Cli.Ingest;

/// <summary>Expands what was typed after `ingest`: files, folders (their article files) and globs ("news/**/*.md").</summary>
internal static class InputFiles
{
    /// <summary>The files to ingest, and one rejection for each input that names nothing.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<IngestionResult> Unmatched) Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var unmatched = new List<IngestionResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            IReadOnlyList<string> found;
            if (File.Exists(input)) found = [input];
            else if (Directory.Exists(input)) found = IngestionService.FindArticleFiles(input);
            else if (input.IndexOfAny(['*', '?']) >= 0) found = Glob(input);
            else
            {
                unmatched.Add(IngestionResult.Rejected(input, $"'{input}' does not exist."));
                continue;
            }
            if (found.Count == 0 && !File.Exists(input))
            {
                unmatched.Add(IngestionResult.Rejected(input, $"'{input}' holds no .txt, .md or .html file."));
                continue;
            }
            foreach (var file in found)
                if (seen.Add(Path.GetFullPath(file))) files.Add(file);
        }
        return (files, unmatched);
    }

    private static IReadOnlyList<string> Glob(string pattern)
    {
        // The folder part before the first wildcard is the root; the rest is matched below it.
        var normalized = pattern.Replace('\\', '/');
        var wildcard = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : normalized[..slash];
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(normalized[(slash + 1)..]);
        return matcher.GetResultsInFullPath(root).Where(IngestionService.IsArticleFile).Order(StringComparer.Ordinal).ToList();
    }
}
