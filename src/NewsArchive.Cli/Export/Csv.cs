using System.Text;

namespace NewsArchive.Cli.Export;

/// <summary>RFC 4180 CSV: a field with a comma, quotation mark or line break is quoted, its quotation marks doubled.</summary>
internal static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var builder = new StringBuilder();
        AppendRow(builder, header);
        foreach (var row in rows) AppendRow(builder, row);
        return builder.ToString();
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) builder.Append(',');
            builder.Append(Field(fields[i] ?? ""));
        }
        builder.Append("\r\n");
    }

    public static string Field(string value)
        => value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
