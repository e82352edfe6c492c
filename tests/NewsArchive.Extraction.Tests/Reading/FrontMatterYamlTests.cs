using NewsArchive.Extraction.Reading;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class FrontMatterYamlTests
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    // Plain key-value lines (the fast path) and every shape it hands to the deserializer.
    public static TheoryData<string> FrontMatters =>
    [
        "title: \"Council Approves Budget\"\ndate: 2021-06-05\nauthor: Jane Roe",
        "title: 'It''s done'\npublished: 2026-04-09T10:00:00Z\nsource: The Ledger",
        "count: 5\nflag: true\nratio: 1.5",
        "title: x\nTitle: y",
        "title: first\ntitle: second",
        "summary: |\n  line one\n  line two\n",
        "summary: >\n  folded\n  text\n",
        "author:\n  - Jane Roe\n  - John Doe",
        "tags: [a, b]",
        "author: null\ntitle: x",
        "author: ~",
        "author:",
        "author: 'null'",
        "count: !!int 5",
        "a: &x one\nb: *x",
        "? complex\n: key",
        "nested: {a: b}",
        "",
        "# only a comment",
        "- a list\n- at the top",
        "just text",
        "a: b: c",
        "title: 'unterminated",
        "a: [",
    ];

    [Theory]
    [MemberData(nameof(FrontMatters))]
    public void Read_gives_what_the_yaml_deserializer_gives(string yaml)
    {
        Assert.Equal(Outcome(() => Deserializer.Deserialize<Dictionary<object, object?>>(yaml)), Outcome(() => FrontMatterYaml.Read(yaml)));
    }

    private static string Outcome(Func<Dictionary<object, object?>?> read)
    {
        try
        {
            var values = read();
            return values is null ? "null" : string.Join("\n", values.Select(kv => $"{Show(kv.Key)}={Show(kv.Value)}"));
        }
        catch (YamlException e)
        {
            return "YamlException: " + e.GetType().Name;
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "(null)",
        string s => $"'{s}'",
        System.Collections.IEnumerable items => $"{value.GetType().Name}[{string.Join(",", items.Cast<object?>().Select(Show))}]",
        _ => $"{value.GetType().Name}:{value}",
    };
}
