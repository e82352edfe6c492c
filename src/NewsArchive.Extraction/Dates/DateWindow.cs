namespace NewsArchive.Extraction.Dates;

/// <summary>The days a story may fall on, from a bound on one side or both (null: open on that side).</summary>
internal readonly record struct DateWindow(DateOnly? Low, DateOnly? High)
{
    /// <summary>The days of both windows (an empty window, when they do not meet, rules the occasion out).</summary>
    public DateWindow Within(DateWindow other) => new(Later(Low, other.Low), Earlier(High, other.High));

    /// <summary>The later of two bounds, either of which may be open.</summary>
    public static DateOnly? Later(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x > y ? x : y) : a ?? b;

    /// <summary>The earlier of two bounds, either of which may be open.</summary>
    public static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x < y ? x : y) : a ?? b;
}
