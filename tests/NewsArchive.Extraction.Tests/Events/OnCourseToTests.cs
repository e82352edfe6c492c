namespace NewsArchive.Extraction.Tests.Events;

/// <summary>"on course to", "poised to": heading for a coming happening, whatever a later clause tells of the past.</summary>
public sealed class OnCourseToTests
{
    [Fact]
    public void Dates_what_is_on_course_to_happen_to_the_coming_weekday()
    {
        Assert.Equal(["2026-03-04"], EventDates.Of("The city is on course to run out of road salt Wednesday.", "2026-03-02"));
    }

    [Fact]
    public void Keeps_the_future_when_a_clause_after_the_date_tells_the_past()
    {
        Assert.Equal(["2026-03-06"], EventDates.Of(
            "The refinery is poised to restart Friday after inspectors cleared the damaged unit.", "2026-03-02"));
    }
}
