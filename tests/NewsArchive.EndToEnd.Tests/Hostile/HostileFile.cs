using NewsArchive.EndToEnd.Tests.Infrastructure;

namespace NewsArchive.EndToEnd.Tests.Hostile;

/// <summary>What a hostile file may lead to.</summary>
public enum HostileOutcome
{
    /// <summary>A correct extraction: the file is a readable article despite its tricks.</summary>
    Extract,

    /// <summary>A clear rejection: non-zero exit, one line on stderr, nothing on stdout.</summary>
    Reject,

    /// <summary>Either of the two; both are honest answers for this file.</summary>
    Either,
}

/// <summary>One row of tests/Hostile/expectations.tsv.</summary>
public sealed record HostileFile(string Name, HostileOutcome Expected, string? Title, string Why)
{
    public static IReadOnlyList<HostileFile> All { get; } = Load();

    public bool IsGenerated => HostileCorpusGenerator.FileNames.Contains(Name);

    /// <summary>Markup formats, whose scripts and handlers must never become article text.</summary>
    public bool IsMarkup => Path.GetExtension(Name).ToLowerInvariant() is ".html" or ".md";

    private static List<HostileFile> Load() =>
        File.ReadAllLines(Path.Combine(BuildPaths.HostileDirectory, "expectations.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new HostileFile(
                cells[0],
                Enum.Parse<HostileOutcome>(cells[1], ignoreCase: true),
                cells[2] == "-" ? null : cells[2],
                cells[3]))
            .ToList();
}
