using System.Globalization;
using System.Text;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Storage;

/// <summary>
/// The column form of a mention's spans: "Start-End" pairs in text order, comma-separated ("12-19,140-147"). Text, so
/// SQL can build and split it (the PackMentionSpans migration does both) and a person can read it in any SQLite tool.
/// </summary>
internal static class MentionSpans
{
    /// <summary>Packs the spans ordered by start; spans with the same start keep the order they came in.</summary>
    public static string Pack(IEnumerable<TextSpan> spans)
    {
        var text = new StringBuilder();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (text.Length > 0) text.Append(',');
            text.Append(span.Start.ToString(CultureInfo.InvariantCulture)).Append('-').Append(span.End.ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    public static TextSpan[] Unpack(string packed)
    {
        if (packed.Length == 0) return [];
        var text = packed.AsSpan();
        var spans = new TextSpan[text.Count(',') + 1];
        var at = 0;
        foreach (var range in text.Split(','))
        {
            var pair = text[range];
            var dash = pair.IndexOf('-');
            if (dash <= 0) throw new FormatException($"'{pair}' in a mention's spans is not a Start-End pair.");
            spans[at++] = new TextSpan(
                int.Parse(pair[..dash], NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(pair[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture));
        }
        return spans;
    }
}
