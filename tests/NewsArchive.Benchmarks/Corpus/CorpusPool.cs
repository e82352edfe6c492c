namespace NewsArchive.Benchmarks.Corpus;

public sealed record PoolPerson(string Name, string Role, string? Title)
{
    public string Surname => Name.Split(' ')[^1];
}

public sealed record PoolOrganization(string Name, string? ShortForm);

public sealed record PoolTopic(string Name, IReadOnlyList<string> Nouns);

/// <summary>The fictional people, organizations, places and topics articles are made of (Corpus/Data/*).</summary>
public sealed class CorpusPool
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "Corpus", "Data");

    public IReadOnlyList<PoolPerson> People { get; } =
        Rows("people.tsv").Select(r => new PoolPerson(r[0], r[1], r[2] == "-" ? null : r[2])).ToList();

    public IReadOnlyList<PoolOrganization> Organizations { get; } =
        Rows("organizations.tsv").Select(r => new PoolOrganization(r[0], r[1] == "-" ? null : r[1])).ToList();

    public IReadOnlyList<string> Places { get; } = Rows("places.txt").Select(r => r[0]).ToList();

    public IReadOnlyList<PoolTopic> Topics { get; } =
        Rows("topics.tsv").Select(r => new PoolTopic(r[0], r[1].Split('|'))).ToList();

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(DataDirectory, file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));
}
