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
    [InlineData("The clinic delivered 390 babies last year, down from 610 in 2016, according to state figures.")]
    [InlineData("The carrier employed about 2,100 people in the region at the end of June, according to its latest filing.")]
    [InlineData("Average rent for a studio flat hit $2,150 in May, according to a listings site.")]
    [InlineData("The rate rose to 9.4 per cent, the highest since records began in 2004.")]
    [InlineData("The company's shares fell 27% last year as growth slowed.")]
    [InlineData("Figures published by the trust last month showed that 287 patients waited more than 12 hours in December.")]
    [InlineData("Its revenue rose 9% last year to $1.8 billion.")]
    [InlineData("Waits were the longest for any month since comparable records began in 2011.")]
    [InlineData("Passenger numbers in August were about 64% of their 2019 level, the operator said.")]
    [InlineData("Bus ridership last year stood at about 80% of its pre-pandemic peak.")]
    [InlineData("In 2023, the state recorded 1,912 overdose deaths.")]
    [InlineData("In 2021, trading standards officers found 37 shops selling knives to children, according to the council.")]
    [InlineData("The overflow discharged raw sewage into the estuary 2,310 times in 2023.")]
    [InlineData("Officers made 3,400 arrests for drink-driving in 2024, up from 2,950 the year before.")]
    [InlineData("The hospital logged 11,200 ambulance arrivals last year.")]
    [InlineData("Households used about 8% less gas in 2023 than the year before, the regulator said.")]
    [InlineData("Lifeguards rescued 63 swimmers last year, according to council figures.")]
    [InlineData("Wage growth eased to about 4 per cent last year, the bank said.")]
    public void Reads_the_month_or_year_a_reported_figure_measures_as_no_happening(string text)
    {
        Assert.True(IsFigurePeriod(text));
    }

    [Theory]
    [InlineData("The union said 91% of members who voted in its ballot, which closed in January, backed a strike.")]
    [InlineData("The trade body estimates that 10,000 jobs were cut across the sector in 2024.")]
    [InlineData("The company said it would cut 500 jobs in March.")]
    [InlineData("Data released on 12 May showed the fall.")]
    [InlineData("The startup raised $120 million in a funding round in March, according to a data provider.")]
    [InlineData("The company closed the plant in March, cutting 450 jobs, according to a filing.")]
    [InlineData("In 2018, the agency sent, and the office answered, 108 of these requests, according to a rights group.")]
    [InlineData("Fees were held at £9,250 from 2017 until they rose to £9,535 last year.")]
    [InlineData("In 2019, the council sent 140 of these letters to tenants.")]
    [InlineData("In 2022, 318 people were hurt when the stand collapsed.")]
    [InlineData("In 2020, the mill cut 250 jobs.")]
    public void Keeps_a_happening_the_figure_sentence_dates_with_its_own_verb_or_day(string text)
    {
        Assert.False(IsFigurePeriod(text));
    }
}

/// <summary>A hyphenated adjective between a count and its period is no verb of happening.</summary>
public sealed class FigurePeriodCompoundTests
{
    [Fact]
    public void Reads_a_compound_adjective_before_the_noun_as_no_verb()
    {
        var scan = DateMentionFinderTests.Scan("The service attended 1,420 weather-related call-outs last year, according to its annual report.");
        Assert.True(FigurePeriod.IsFigurePeriod(scan, scan.Mentions[^1]));
    }
}
