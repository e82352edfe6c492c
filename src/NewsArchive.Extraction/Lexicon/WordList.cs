using System.Collections.Concurrent;
using System.Reflection;

namespace NewsArchive.Extraction.Lexicon;

/// <summary>
/// Word lists shipped as data files (Lexicon/Data/NAME.txt, embedded): one entry per line, '#' starts a comment.
/// Loaded once per name and shared.
/// </summary>
public static class WordList
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Cache = new();

    /// <summary>The entries of list <paramref name="name"/> in file order.</summary>
    public static IReadOnlyList<string> Lines(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>The entries of list <paramref name="name"/> as a set with the given comparer.</summary>
    public static FrozenSet<string> Set(string name, StringComparer? comparer = null) =>
        Lines(name).ToFrozenSet(comparer ?? StringComparer.Ordinal);

    private static IReadOnlyList<string> Load(string name)
    {
        var resource = $"NewsArchive.Extraction.Lexicon.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Word list '{name}' is not embedded ({resource}).");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#');
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0) lines.Add(entry);
        }
        return lines;
    }
}
