using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Quotes;

namespace NewsArchive.Extraction.Tests.Entities;

public class QuotedRegionFinderTests
{
    private static List<string> Regions(string body, IReadOnlyList<Quotation>? quotations = null) =>
        new QuotedRegionFinder().Find(body, [new TextSpan(0, body.Length)], quotations ?? [])
            .Select(s => body[s.Start..s.End]).ToList();

    [Fact]
    public void Finds_curly_and_straight_double_quotes_including_scare_quotes()
    {
        Assert.Equal(["“placing Illegal Immigrants”", "\"sanctuary\""], Regions("He wants “placing Illegal Immigrants” in a \"sanctuary\" city."));
    }

    [Fact]
    public void An_unclosed_quotation_runs_to_the_end_of_its_paragraph()
    {
        Assert.Equal(["“We will not stand down."], Regions("He said: “We will not stand down."));
    }

    [Fact]
    public void Single_curly_quotes_count_but_apostrophes_do_not()
    {
        Assert.Equal(["‘We won’t back down,’"], Regions("‘We won’t back down,’ said Mr Cole's aide."));
    }

    [Fact]
    public void Quotations_from_the_quotation_finder_are_kept_and_merged()
    {
        const string body = "It's a 'big day' for all, she said.";
        var open = body.IndexOf('\'', 4);
        var close = body.IndexOf('\'', open + 1);
        var given = new Quotation(new TextSpan(open + 1, close), new TextSpan(open, close + 1));
        Assert.Equal(["'big day'"], Regions(body, [given]));
    }
}
