using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Tests.DateStages;

/// <summary>Weekdays told as the future of a saying, a plan or an anticipation read as coming, not past.</summary>
public sealed class AheadOfStoryTests
{
    private static Tense TenseOfFirstWeekday(string sentence)
    {
        var scan = new DateMentionFinder().Find(sentence, new SentenceSplitter().Split(sentence, [new TextSpan(0, sentence.Length)]));
        var m = scan.Mentions.First(x => x.Expression.Form == DateForm.Weekday);
        return ClauseTense.Of(scan, m).Tense;
    }

    [Theory]
    [InlineData("The coach said the striker would be re-examined Monday.")]
    [InlineData("Her office said she planned to send a letter to the company on Monday.")]
    [InlineData("Residents braced for heavier rain on Saturday.")]
    public void Reads_a_weekday_ahead_of_a_past_saying_planning_or_bracing_as_coming(string sentence)
    {
        Assert.Equal(Tense.Future, TenseOfFirstWeekday(sentence));
    }

    [Theory]
    [InlineData("The coach said the striker would have played on Monday had he been fit.")]
    [InlineData("The council agreed to sell the site on Monday.")]
    [InlineData("Residents voted for the plan on Saturday.")]
    public void Keeps_a_weekday_past_when_nothing_looks_ahead_to_it(string sentence)
    {
        Assert.Equal(Tense.Past, TenseOfFirstWeekday(sentence));
    }
}
