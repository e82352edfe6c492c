namespace NewsArchive.Extraction.Tests.Events;

/// <summary>A year written before the noun it describes ("the 2021 draft") dates that thing alone.</summary>
public sealed class AttributiveYearTests
{
    [Fact]
    public void Lends_no_year_to_the_other_months_of_the_sentence()
    {
        Assert.Equal(["2021", "2025-10"],
            EventDates.Of("Lee, the top pick in the 2021 draft out of Georgia Tech, signed a five-year extension in October.", "2026-04-21"));
    }

    [Fact]
    public void Dates_a_thing_named_two_words_after_its_year()
    {
        Assert.Equal(["2022"], EventDates.Of("The appeals court overturned the 2022 armed robbery conviction.", "2026-06-26"));
    }

    [Fact]
    public void Lets_last_month_of_a_year_count_from_the_story()
    {
        Assert.Equal(["2024-06", "2025-05"],
            EventDates.Of("The firm cut 1,800 roles in June 2024 and another 2,500 last May.", "2026-03-10"));
    }

    [Theory]
    [InlineData("Okafor, a second-round pick in the 2019 NBA draft, scored 14 points.", "2019")]
    [InlineData("The fire was the worst since the 2015 Harvest Moon fires destroyed 300 homes.", "2015")]
    [InlineData("A similar bill failed in the 2023 session.", "2023")]
    [InlineData("The vote revived memories of a 2021 impasse over school funding.", "2021")]
    public void Dates_a_happening_named_after_its_year_with_a_describing_word_between(string body, string year)
    {
        Assert.Equal([year], EventDates.Of(body, "2026-04-21"));
    }

    [Fact]
    public void Reads_no_year_in_a_pair_of_years_labelling_a_thing()
    {
        Assert.Empty(EventDates.Of("The city used relief money to plug holes in the 2024 and 2025 budgets.", "2026-11-17"));
        Assert.Contains("2023", EventDates.Of("Talks collapsed after the 2019 and 2023 strikes.", "2026-11-17"));
    }
}
