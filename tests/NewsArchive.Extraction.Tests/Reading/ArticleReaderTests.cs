using System.Text;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class ArticleReaderTests
{
    private static ArticleDocument ReadBytes(byte[] bytes, string name = "a.txt") => ArticleReader.Read(new MemoryStream(bytes), name);

    private static string BodyOf(ArticleDocument doc, int paragraph) =>
        doc.Body[doc.Paragraphs[paragraph].Start..doc.Paragraphs[paragraph].End];

    [Fact]
    public void Read_rejects_a_file_whose_extension_is_not_supported()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ReadBytes("Title\nText"u8.ToArray(), "story.pdf"));
        Assert.Equal("'story.pdf' is not a .txt, .md or .html file.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  \r\n")]
    public void Read_rejects_an_empty_or_whitespace_only_file(string content)
    {
        var error = Assert.Throws<ArticleFormatException>(() => ReadBytes(Encoding.UTF8.GetBytes(content)));
        Assert.Equal("'a.txt' is empty.", error.Message);
    }

    [Fact]
    public void Read_rejects_content_with_nul_bytes_as_binary()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ReadBytes([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x41, 0x0A]));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Read_rejects_bytes_that_are_mostly_invalid_utf8()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(0x80 + i % 60)).ToArray();
        var error = Assert.Throws<ArticleFormatException>(() => ReadBytes(bytes));
        Assert.Contains("not UTF-8 or Windows-1252 text", error.Message);
    }

    [Fact]
    public void Read_decodes_a_windows_1252_file_with_accents_and_curly_quotes()
    {
        // "Café owner José García said “We are open” on Monday." in Windows-1252, as legacy editors saved it.
        var title = "Caf\u00e9 owner re-opens\n\n";
        var body = "The caf\u00e9 owner, Jos\u00e9 Garc\u00eda, said \u201cWe are open\u201d on Monday. \u00c9l\u00e8ve na\u00efve \u2013 r\u00e9sum\u00e9.";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(title + body);

        var doc = ReadBytes(bytes);

        Assert.Equal("Caf\u00e9 owner re-opens", doc.Title);
        Assert.Equal(body, doc.Body);
    }

    [Fact]
    public void Read_keeps_rejecting_damaged_utf8_rather_than_guessing_another_encoding()
    {
        // Valid UTF-8 accents mixed with many broken sequences: decoding it as Windows-1252 would garble the good part.
        var good = System.Text.Encoding.UTF8.GetBytes("Caf\u00e9 news\n\nJos\u00e9 said it was fine. ");
        var bytes = good.Concat(Enumerable.Repeat((byte)0xC3, 40).SelectMany(b => new[] { b, (byte)'x' })).ToArray();

        var error = Assert.Throws<ArticleFormatException>(() => ReadBytes(bytes));
        Assert.Contains("not UTF-8 or Windows-1252 text", error.Message);
    }

    [Fact]
    public void Read_tolerates_a_single_stray_invalid_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\nThe caf\u00e9 opened.\n").Concat(new byte[] { 0xFF }).ToArray();
        var doc = ReadBytes(bytes);
        Assert.Equal("Title", doc.Title);
    }

    [Fact]
    public void Read_rejects_a_file_over_the_size_limit()
    {
        var bytes = new byte[ArticleReader.MaxFileBytes + 1];
        Array.Fill(bytes, (byte)'a');
        var error = Assert.Throws<ArticleFormatException>(() => ReadBytes(bytes));
        Assert.Contains("larger than 10 MB", error.Message);
    }

    [Fact]
    public void Read_decodes_utf8_with_bom_crlf_and_non_breaking_spaces()
    {
        var text = "\uFEFFRain Expected\r\n\r\nThe forecast\u00A0calls for rain.\r\nCarry an umbrella.\r\n";
        var doc = ReadBytes(Encoding.UTF8.GetBytes(text));
        Assert.Equal("Rain Expected", doc.Title);
        Assert.Equal("The forecast calls for rain.\n\nCarry an umbrella.", doc.Body);
    }

    [Fact]
    public void Read_decodes_utf16_by_its_byte_order_mark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Snow Day\n\nSchools closed on Monday.")).ToArray();
        var doc = ReadBytes(bytes);
        Assert.Equal("Snow Day", doc.Title);
        Assert.Equal("Schools closed on Monday.", BodyOf(doc, 0));
    }

    [Fact]
    public void ReadFile_reports_a_missing_file_as_a_format_error()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleReader.ReadFile("/nonexistent/dir/missing.txt"));
        Assert.StartsWith("'missing.txt' cannot be opened", error.Message);
    }
}
