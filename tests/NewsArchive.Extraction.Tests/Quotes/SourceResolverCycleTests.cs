using System.Text;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>
/// A text whose owner is told by a pronoun that points back at the text itself ("X's office said in a statement
/// that it had …" then "the statement said") once recursed until the process died; every sentence here is invented.
/// </summary>
public class SourceResolverCycleTests
{
    [Fact]
    public void A_statement_whose_subject_is_it_again_is_extracted_without_recursing_forever()
    {
        const string article = """
            Roofer Convicted of Taking Storm Deposits

            A Harbor County jury on Tuesday convicted roofer Dale Whitcombe of taking deposits for work he never began.

            The county prosecutor's office said in a statement that it had received more than 300 complaints about contractors since the storm.

            "Storms bring out the best in people, and sometimes the worst," the statement said. "We will keep after anyone who preys on families trying to rebuild."
            """;

        var doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(article)), "roofer.txt");
        var extraction = new ArticleExtractor().Extract(doc);

        Assert.Equal(
            ["Storms bring out the best in people, and sometimes the worst,", "We will keep after anyone who preys on families trying to rebuild."],
            extraction.Quotes.Select(q => q.Text));
    }
}
