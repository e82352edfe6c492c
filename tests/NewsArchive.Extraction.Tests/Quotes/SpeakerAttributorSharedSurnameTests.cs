using static NewsArchive.Extraction.Tests.Quotes.QuoteTestArticle;

namespace NewsArchive.Extraction.Tests.Quotes;

/// <summary>Which bearer of a surname several people share a titled mention names; every sentence here is invented.</summary>
public class SpeakerAttributorSharedSurnameTests
{
    [Fact]
    public void Gives_mr_and_a_surname_to_the_husband_of_a_couple_rather_than_a_later_unrelated_man_with_the_surname()
    {
        var document = Document(
            "Peter and Susan Whitcombe, who have farmed the valley for 40 years, lost two barns to the flood.",
            "\"The water came over the wall in minutes,\" Mr Whitcombe said.",
            "Mrs Whitcombe said the animals had been moved in time.",
            "In the village, Gary Whitcombe, who runs the post office and is not related to the couple, said trade had stopped. \"Nobody can get here,\" he said.");
        var extraction = new ArticleExtractor().Extract(document);
        Assert.Equal(
            [("The water came over the wall in minutes,", "Peter Whitcombe"), ("Nobody can get here,", "Gary Whitcombe")],
            extraction.Quotes.Select(q => (q.Text, q.Speaker)).ToList());
    }
}
