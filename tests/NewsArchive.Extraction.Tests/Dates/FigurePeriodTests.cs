using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Tests.DateStages;

public sealed class FigurePeriodTests
{
    private static bool IsFigurePeriod(string text)
    {
        var scan = DateMentionFinderTests.Scan(text);
        return FigurePeriod.IsFigurePeriod(scan, scan.Mentions[^1]);
    }

    [Theory]
    [InlineData("The agency reported on Sept. 4 that employers added 38,000 jobs in August.")]
    [InlineData("The ministry said on Tuesday that consumer prices rose 0.4% in March.")]
    [InlineData("Figures show 12,400 patients were on the waiting list at the end of June.")]
    [InlineData("The review estimated that 9,000 homes were being used as holiday lets in 2024.")]
    [InlineData("Analysts expect the economy to have added 120,000 jobs last month.")]
    [InlineData("Figures show that 48,210 patients were waiting for planned surgery at the end of May.")]
    [InlineData("The data showed 2.1 million operations still waiting to be carried out at the end of March.")]
    public void Reads_the_month_or_year_a_reported_figure_measures_as_no_happening(string text)
    {
        Assert.True(IsFigurePeriod(text));
    }

    [Theory]
    [InlineData("The union said 91% of members who voted in its ballot, which closed in January, backed a strike.")]
    [InlineData("The trade body estimates that 10,000 jobs were cut across the sector in 2024.")]
    [InlineData("The company said it would cut 500 jobs in March.")]
    [InlineData("Data released on 12 May showed the fall.")]
    public void Keeps_a_happening_the_figure_sentence_dates_with_its_own_verb_or_day(string text)
    {
        Assert.False(IsFigurePeriod(text));
    }
}
