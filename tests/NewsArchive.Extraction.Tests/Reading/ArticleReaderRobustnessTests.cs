using System.Text;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.Reading;

public sealed class ArticleReaderRobustnessTests
{
    // Fragments that stress the readers and the date and sentence stages when glued together at random.
    private static readonly string[] Pieces =
    [
        "Title", "\n", "\n\n", "\r\n", " ", "\u00A0", ".", ". ", "?", "!\"", "\u201d", "\u201c", "'", "U.S.", "Mr.", "J.", "3.5",
        "March", "12", "2019", "-", "today", "last", "week", "on Tuesday", "will", "said", "<p>", "</p>", "<div class=ad>",
        "<article>", "---", "title: x", "# ", "> ", "- ", "**", "[", "](", "&amp;", "<script>", "\uFFFD", "\u2014", "31 February",
        "2019-13-40", "mid-", "ago", "three", "days", "In", "Photo: ", "By ", "Jane Doe",
    ];

    [Theory]
    [InlineData(".txt")]
    [InlineData(".md")]
    [InlineData(".html")]
    public void Read_and_the_date_stages_either_succeed_or_refuse_clearly_on_random_input(string extension)
    {
        var random = new Random(20260311);
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 120);
            for (var k = 0; k < length; k++) text.Append(Pieces[random.Next(Pieces.Length)]);
            ArticleDocument doc;
            try
            {
                doc = ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "random" + extension);
            }
            catch (ArticleFormatException error)
            {
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
                continue;
            }
            Assert.All(doc.Paragraphs, p => Assert.True(p.Start >= 0 && p.End <= doc.Body.Length && p.Start < p.End));
            var sentences = new SentenceSplitter().Split(doc.Body, doc.Paragraphs);
            Assert.All(sentences, s => Assert.True(s.Span.Start < s.Span.End && s.Span.End <= doc.Body.Length));
            var published = new PublicationDateResolver().Resolve(doc, sentences, null)
                ?? new PublicationDate(PartialDate.OfDay(new DateOnly(2020, 2, 29)), false);
            var events = new EventFinder().Find(doc, sentences, published, new EntitySet([], [], []));
            Assert.All(events, e => Assert.Equal(e.Text, doc.Body[e.Span.Start..e.Span.End]));
        }
    }
}
