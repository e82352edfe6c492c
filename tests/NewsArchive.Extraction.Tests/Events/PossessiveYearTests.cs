namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"last year's floods", "next year's budget": a possessive year labels a thing of that year, not a happening.</summary>
public sealed class PossessiveYearTests
{
    [Fact]
    public void Reads_a_possessive_last_year_as_a_label()
    {
        Assert.Equal(["2026-03-09"], EventDates.Of(
            "Families whose homes were flooded by last year's storms met the council on Monday.", "2026-03-11"));
    }

    [Fact]
    public void Reads_a_possessive_next_year_as_a_label()
    {
        Assert.Empty(EventDates.Of("The mayor said the city would review its rules before next year's carnival.", "2026-03-11"));
    }

    [Fact]
    public void Keeps_a_plain_last_year_with_its_verb()
    {
        Assert.Equal(["2025"], EventDates.Of("The council closed the library last year.", "2026-03-11"));
    }
}

/// <summary>"until the end of March", "before the end of the year": a limit that runs out, not a happening.</summary>
public sealed class EndOfLimitTests
{
    [Fact]
    public void Reads_until_the_end_of_a_month_as_a_limit()
    {
        Assert.Equal(["2026-03-02"], EventDates.Of(
            "Residents have until the end of April to apply, the council said after the scheme opened on Monday.", "2026-03-04"));
    }

    [Fact]
    public void Reads_before_the_end_of_a_month_as_a_limit()
    {
        Assert.Empty(EventDates.Of("Schools have been told to cut energy use by a tenth before the end of June.", "2026-03-04"));
    }

    [Fact]
    public void Keeps_a_day_told_after_until()
    {
        Assert.Equal(["2026-02-11"], EventDates.Of("Engineers did not attend until 11 February.", "2026-03-04"));
    }
}
