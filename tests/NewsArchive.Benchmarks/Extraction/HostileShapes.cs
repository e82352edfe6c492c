using System.Text;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>
/// The big hostile inputs of issue 8, at any size. The end-to-end tests' HostileCorpusGenerator links this file and
/// writes its fixed sizes, so the scaling suite times exactly what those tests feed the CLI.
/// </summary>
public static class HostileShapes
{
    private static readonly string[] Words =
    [
        "council", "budget", "mayor", "vote", "city", "the", "a", "of", "and", "to", "in", "on", "said", "will",
        "Denver", "Ortiz", "Reyes", "Tuesday", "March", "2019", "report", "members", "plan", "tax", "school",
    ];

    /// <summary>Four attribution shapes in turn, three quotes to a paragraph.</summary>
    public static string Quotes(int count)
    {
        var text = new StringBuilder("Thousands Of Quotes\n\n");
        for (var i = 0; i < count; i++)
        {
            text.Append((i % 4) switch
            {
                0 => $"\"Point number {i} stands,\" Mayor Lena Ortiz said.",
                1 => $"Council member Dan Reyes said: “Point number {i} does not.”",
                2 => $"“Point {i},” said Reyes, “is half of it.”",
                _ => $"'Point {i},' the clerk wrote.",
            });
            text.Append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.Append('\n').ToString();
    }

    /// <summary>One paragraph of random words, a full stop every 17.</summary>
    public static string Paragraph(int words)
    {
        var random = new Random(200);
        var text = new StringBuilder("One Very Long Paragraph\n\n", words * 8);
        for (var i = 0; i < words; i++)
        {
            text.Append(Words[random.Next(Words.Length)]);
            text.Append(i % 17 == 16 ? ". " : " ");
        }
        return text.Append('\n').ToString();
    }

    /// <summary>Words in one paragraph with no full stop at all: one run-on sentence.</summary>
    public static string RunOn(int words)
    {
        var random = new Random(201);
        var text = new StringBuilder("One Run-On Sentence\n\n", words * 8);
        for (var i = 0; i < words; i++) text.Append(Words[random.Next(Words.Length)]).Append(' ');
        return text.Append('\n').ToString();
    }

    /// <summary>
    /// A paragraph for each of <paramref name="count"/> different people, each named, dated and quoted naming
    /// another of them (a name inside a quotation must be looked up among the people already known).
    /// </summary>
    public static string People(int count)
    {
        string[] given = ["Anna", "Boris", "Carla", "David", "Elena", "Frank", "Grace", "Henry", "Irene", "James", "Karen", "Louis"];
        var text = new StringBuilder("Many People\n");
        for (var i = 0; i < count; i++)
        {
            var surname = Surname(i);
            text.Append($"\n{given[i % given.Length]} {surname}, a teacher at Riverside School, said the plan on March {1 + i % 28}, 2019 was good. ")
                .Append($"\"Ask {Surname(i * 7 % count)} about it,\" {surname} said.\n");
        }
        return text.ToString();
    }

    // A made-up surname per person: letters from the index, so every name differs.
    private static string Surname(int i)
    {
        var surname = new StringBuilder().Append((char)('A' + i % 26));
        for (var n = i / 26; n > 0; n /= 26) surname.Append((char)('a' + n % 26));
        return surname.Append("son").ToString();
    }

    /// <summary>Dated paragraphs with a quotation each, to about <paramref name="bytes"/> bytes.</summary>
    public static string Huge(int bytes)
    {
        var random = new Random(20);
        var text = new StringBuilder("Huge Article About The City Budget\n\n", bytes + 1024);
        var day = 0;
        while (text.Length < bytes)
        {
            day++;
            text.Append("On March ").Append(1 + day % 28).Append(", 2019, Mayor Lena Ortiz of Denver said \"")
                .Append(Sentence(random, 12)).Append(",\" and council member Dan Reyes replied that ")
                .Append(Sentence(random, 25)).Append(". ").Append(Sentence(random, 40)).Append(".\n\n");
        }
        return text.ToString();
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
}
