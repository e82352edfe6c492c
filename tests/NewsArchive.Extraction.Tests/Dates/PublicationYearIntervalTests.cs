using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Tests.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>"comes a year after … in November 2027": what is told as N years or months after a dated happening is that late.</summary>
public sealed class PublicationYearIntervalTests
{
    private static readonly DateOnly Today = new(2030, 11, 25);

    private static string? Infer(string body)
    {
        var doc = TestDocument.FromParagraphs(body);
        return new PublicationDateResolver(Today).Resolve(doc, new SentenceSplitter().Split(body, doc.Paragraphs), null)?.Date.ToIso();
    }

    [Fact]
    public void A_present_interval_after_a_dated_happening_is_the_story_year()
    {
        Assert.Equal("2028", Infer(
            "Parents packed the hall again.\n\nThe row comes a little more than a year after the trust dropped a plan to merge "
            + "the two schools, which it shelved in November 2027 after protests.\n\nThe academy opened in 2019."));
    }

    [Fact]
    public void Years_since_that_name_nothing_count_from_the_date_before()
    {
        Assert.Equal("2021", Infer(
            "The county's first food bank opened in March 2018, and it has handed out more than two million meals in the three years since.\n\n"
            + "Volunteers said demand was still rising."));
    }

    [Fact]
    public void Years_since_a_named_thing_are_no_such_count()
    {
        // "since the merger" names its own start: no count from the 2018 opening.
        Assert.NotEqual("2021", Infer(
            "The food bank opened in March 2018 and has handed out two million meals in the three years since the merger with a church pantry.\n\n"
            + "Volunteers said demand was still rising."));
    }

    [Fact]
    public void A_lead_opening_with_an_interval_is_the_story_year()
    {
        Assert.Equal("2028", Infer(
            "Nearly two years after the mill closed in March 2026, its workers are still waiting for their pensions.\n\n"
            + "The site was sold in 2024."));
    }

    [Fact]
    public void A_past_happening_an_interval_after_a_date_puts_the_story_that_late_at_least()
    {
        Assert.Equal("2027", Infer(
            "The relaunched market drew big crowds.\n\nThe 2027 market came a year after traders complained about a new "
            + "layout, which the council dropped in April 2026.\n\nStall fees rose in 2025."));
    }

    [Fact]
    public void A_coming_happening_an_interval_after_a_date_says_nothing_of_the_story()
    {
        Assert.Equal("2026", Infer(
            "The bridge will open two years after work began in 2025, officials said.\n\nTolls were set in 2025."));
    }

    [Fact]
    public void A_lead_interval_after_an_undated_happening_counts_from_the_backstorys_dated_happening()
    {
        Assert.Equal("2029", Infer(
            "Voters in the county approved a new library levy, a year after a larger request fell short.\n\n"
            + "The failed levy, which asked for $40 million in November 2028, won 52% of the vote.\n\n"
            + "The old library was built in 1961."));
    }

    [Fact]
    public void A_lead_interval_counts_from_the_earliest_happening_dated_to_the_month()
    {
        Assert.Equal("2028", Infer(
            "Nearly two years after mould was found in the flats, tenants are moving back in.\n\n"
            + "Inspectors found the mould in February 2026. The council agreed a repair plan in June 2026."));
    }

    [Fact]
    public void A_later_sentences_interval_after_an_undated_happening_says_nothing()
    {
        Assert.Equal("2026", Infer(
            "Tenants are moving back into the flats.\n\nThe council agreed a repair plan in June 2026.\n\n"
            + "Residents spoke of their relief. Some had left two years after the first leaks appeared."));
    }

    [Fact]
    public void Years_on_from_nothing_named_count_from_the_date_before()
    {
        Assert.Equal("2028", Infer(
            "The trust was placed in special measures in March 2026, and the health secretary sent in a new board in "
            + "September 2026. The hospital is still under its oversight more than two years on.\n\nWaiting lists grew in 2025."));
    }

    [Fact]
    public void Years_on_from_a_named_start_is_left_to_the_anniversary_count()
    {
        Assert.Equal("2029", Infer(
            "Three years on from the 2026 floods, the town has a new barrier.\n\nThe council spent £4m in 2027."));
    }

    [Fact]
    public void A_half_year_counts_in_the_interval()
    {
        Assert.Equal("2028", Infer(
            "Ridership has not recovered.\n\nThe cut comes two and a half years after the operator closed the line in March 2026 "
            + "for repairs.\n\nFares rose in 2025."));
        Assert.Equal("2028", Infer(
            "Ridership has not recovered.\n\nThe cut comes a year and a half after the operator closed the line in November 2026 "
            + "for repairs.\n\nFares rose in 2025."));
    }

    [Fact]
    public void A_later_comes_interval_after_an_undated_happening_counts_from_the_backstorys_dated_happening()
    {
        Assert.Equal("2029", Infer(
            "The county agreed to pay the family of a woman who died in its care.\n\nShe died in February 2027 after a fall, "
            + "and her family sued in 2028.\n\nThe county admitted no fault.\n\n"
            + "The payment comes more than two-and-a-half years after her death."));
    }

    [Fact]
    public void A_sentence_opening_with_an_interval_before_a_present_clause_is_the_story_year()
    {
        Assert.Equal("2029", Infer(
            "The harbour wall is still broken.\n\nFishermen met the minister again.\n\nThe harbour board held a meeting.\n\n"
            + "Nearly a year after the storm struck in March 2028, the repair bill has doubled, the board said."));
    }

    [Fact]
    public void A_perfect_span_for_so_many_months_counts_from_the_date_before()
    {
        Assert.Equal("2029", Infer(
            "The ferry will sail again tonight for the first time since June 2027.\n\n"
            + "Ministers lifted a ban on the crossing that has been in force for more than 20 months.\n\nTickets sold out quickly."));
    }

    [Fact]
    public void A_term_served_for_so_many_years_is_no_span_to_the_story()
    {
        // "jailed for two years" is a sentence's length, not time since the 2027 crash.
        Assert.Equal("2027", Infer(
            "The driver crashed into a bus shelter in May 2027.\n\nHe has been jailed for two years, the court heard.\n\nThe victim's family spoke outside."));
    }

    [Fact]
    public void Years_since_as_the_subject_of_a_perfect_verb_count_from_the_date_before()
    {
        Assert.Equal("2029", Infer(
            "The town won the festival bid in October 2026, and the three years since have brought new hotels to the seafront.\n\n"
            + "Crowds filled the square for the opening night."));
    }

    [Fact]
    public void A_happening_so_many_years_before_a_later_one_puts_the_story_after_the_later()
    {
        Assert.Equal("2029", Infer(
            "Supporters are still bitter.\n\nThe team moved to the coast in March 2025, four years before winning the league, and the "
            + "stadium has stood empty ever since."));
    }

    [Fact]
    public void A_day_this_year_so_long_after_a_happening_dated_elsewhere_is_the_story_year()
    {
        Assert.Equal("2028", Infer(
            "The bandstand will be repainted before the summer.\n\nThe bandstand was built in 1928, when the park was laid out.\n\n"
            + "A concert is planned for 3 July this year, exactly 100 years after the bandstand was built."));
    }
}
