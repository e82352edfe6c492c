namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Chooses the story's day among the days the publication-date chain's rules give, most trusted first: the first that
/// the text's hard evidence leaves (see StoryDayCheck). "Yesterday (Tuesday), a day after the count began on June 10"
/// with a rule that reads Monday first: Monday is ruled out, so the next rule's Tuesday stands. The evidence is read once
/// per article, and only when a rule gives a day.
/// </summary>
internal sealed class StoryDayChoice
{
    private readonly Func<StoryDayCheck>? _read;
    private StoryDayCheck? _check;

    /// <summary>A choice that checks each day against the evidence <paramref name="read"/> gathers.</summary>
    public StoryDayChoice(Func<StoryDayCheck> read) => _read = read;

    private StoryDayChoice()
    {
    }

    /// <summary>A choice that takes no day: what the chain tells without one (a month or a year).</summary>
    public static StoryDayChoice NoDay { get; } = new();

    /// <summary>The article's hard evidence against a day, read on first use.</summary>
    public StoryDayCheck Check => _check ??= _read!();

    /// <summary>
    /// The first candidate the evidence leaves; else the first candidate (which the caller then rejects, to look again
    /// within the days the evidence leaves); null when no rule gives a day, or for <see cref="NoDay"/>.
    /// </summary>
    public DateOnly? Pick(IEnumerable<DateOnly> candidates)
    {
        if (_read is null) return null;
        DateOnly? first = null;
        foreach (var day in candidates)
        {
            first ??= day;
            if (!Check.Contradicts(day)) return day;
        }
        return first;
    }
}
