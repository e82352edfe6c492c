using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Text;
using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Scrambled text full of marks and apostrophes: the quote stages never throw and keep their promises.</summary>
public class QuotationFinderRobustnessTests
{
    private const string Alphabet = "ab cd ef ,.:;?!—\"\"“”‘’'' Mr Smith said he";

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Quotations_of_scrambled_text_stay_ordered_nonempty_and_inside_their_paragraphs(int seed)
    {
        var random = new Random(seed);
        var paragraphs = Enumerable.Range(0, random.Next(1, 6))
            .Select(_ => new string(Enumerable.Range(0, random.Next(1, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()).Trim())
            .Where(p => p.Length > 0)
            .DefaultIfEmpty("x")
            .ToArray();
        var document = Document(paragraphs);

        var quotations = new QuotationFinder().Find(document.Body, document.Paragraphs);
        var quotes = new SpeakerAttributor().Attribute(
            document, new SentenceSplitter().Split(document.Body, document.Paragraphs), quotations, new EntitySet([], [], []));

        var previousEnd = 0;
        foreach (var quotation in quotations)
        {
            Assert.True(quotation.WithMarks.Start >= previousEnd, "quotations overlap");
            Assert.True(quotation.WithMarks.Contains(quotation.Text));
            Assert.All(quotation.Parts, part =>
            {
                Assert.True(part.Length > 0);
                Assert.Contains(document.Paragraphs, p => p.Contains(part));
            });
            previousEnd = quotation.WithMarks.End;
        }
        Assert.All(quotes, q => Assert.Contains(quotations, x => x.Text == q.Span));
    }
}
