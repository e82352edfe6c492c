namespace NewsArchive.Extraction.Tests.Events;

/// <summary>
/// Which verb dates a month and which year a bare month takes: an "-ed" verb with its object after a fronted month
/// ("In May, the club announced it would …"), a ", when …" clause after a dated phrase, a possessive year that is only a
/// preposition's object, and a sentence deferred past a comma ("deferred sentence for a week, until 20 February").
/// </summary>
public sealed class ClauseYearAndVerbTests
{
    [Fact]
    public void Dates_a_fronted_month_to_an_announcing_verb_with_its_object()
    {
        Assert.Equal(["2026-05"], EventDates.Of("In May, the club announced it would sell the ground.", "2026-09-15"));
    }

    [Fact]
    public void Gives_a_month_in_a_when_clause_the_year_of_the_phrase_before_it()
    {
        Assert.Equal(["1976", "2018-07"], EventDates.Of(
            "The reservoir last ran dry in 1976, though it came close in the heatwave of 2018, when the board declared a drought in July.",
            "2025-06-10"));
    }

    [Fact]
    public void Lends_no_year_from_a_possessive_that_is_a_prepositions_object()
    {
        Assert.Equal(["2025-03"], EventDates.Of(
            "The inquiry's report on last year's floods, published in March, called for new defences.", "2025-08-20"));
    }

    [Fact]
    public void Keeps_the_year_of_a_possessive_that_opens_a_clause()
    {
        Assert.Equal(["2024-12-31"], EventDates.Of(
            "Crowds returned after last year's fireworks were cancelled on the evening of 31 December.", "2025-12-31"));
    }

    [Fact]
    public void Dates_a_sentence_deferred_past_a_comma_ahead()
    {
        Assert.Equal(["2026-02-20"], EventDates.Of("The sheriff deferred sentence for a week, until February 20, for reports.", "2026-02-13"));
    }

    [Fact]
    public void Reads_a_where_clause_that_runs_into_a_list_as_the_dates_own()
    {
        Assert.Equal(["2026-11-24"], EventDates.Of(
            "She wants it raised at the assembly, where buses are due to be discussed at the housing, planning and transport committee on 24 November.",
            "2026-11-10"));
    }
}
