using NewsArchive.Cli.Export;

namespace NewsArchive.Cli.Tests.Export;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Fields_with_commas_quotation_marks_or_line_breaks_are_quoted(string value, string expected)
        => Assert.Equal(expected, Csv.Field(value));
}
