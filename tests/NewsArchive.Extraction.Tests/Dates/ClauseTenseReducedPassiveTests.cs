using NewsArchive.Extraction.Tests.Events;

namespace NewsArchive.Extraction.Tests.Dates;

/// <summary>A participle with its agent after a noun ("a class taught by …") describes that noun; it is no past tense.</summary>
public sealed class ClauseTenseReducedPassiveTests
{
    [Fact]
    public void Keeps_a_future_clause_ahead_when_its_object_is_described_by_a_participle()
    {
        Assert.Equal(["2026-05-16"],
            EventDates.Of("The library will run a free pottery class taught by local artists on May 16.", "2026-04-19"));
    }

    [Fact]
    public void Still_reads_a_passive_with_its_auxiliary_as_past()
    {
        Assert.Equal(["2026-03-14"], EventDates.Of("The coach was hired by the university on March 14.", "2026-04-19"));
    }
}
