namespace NewsArchive.Extraction.Dates;

/// <summary>The shape of a date as the text writes it.</summary>
internal enum DateForm
{
    /// <summary>Calendar fields, any of which may be missing: "12 March 2019", "March 12", "August 2017", "2018", "November".</summary>
    Calendar,
    /// <summary>A day of the week: "on Tuesday", "last Friday".</summary>
    Weekday,
    /// <summary>A distance from the reference date: "today", "yesterday", "last month", "three years ago".</summary>
    Relative,
}

/// <summary>A word that moves a date: "last November", "next Tuesday", "this March".</summary>
internal enum DateShift
{
    None,
    Last,
    This,
    Next,
}

/// <summary>The unit of a relative date.</summary>
internal enum RelativeUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A date as written, before it is resolved against a reference date. Zero means "not given"
/// for <see cref="Year"/>, <see cref="Month"/> and <see cref="Day"/>. <see cref="WeekdayStated"/> marks a calendar
/// date written with its weekday ("Monday, March 30"), whose <see cref="Weekday"/> then pins the year.
/// <see cref="FromPrevious"/> marks a relative date counted from the previous date in the text ("two days later").
/// </summary>
internal readonly record struct DateExpression(
    DateForm Form,
    int Year = 0,
    int Month = 0,
    int Day = 0,
    DayOfWeek Weekday = DayOfWeek.Sunday,
    RelativeUnit Unit = RelativeUnit.Day,
    int Offset = 0,
    DateShift Shift = DateShift.None,
    bool WeekdayStated = false,
    bool YearRelative = false,
    bool FromPrevious = false)
{
    /// <summary>A weekday, a day, or a relative day or week: finer than a month.</summary>
    public bool IsDayOrWeek => Form == DateForm.Weekday || Day > 0 || Form == DateForm.Relative && Unit is RelativeUnit.Day or RelativeUnit.Week;

    /// <summary>"two days later", "the following year": a distance from the date the text told last, not from publication.</summary>
    public static DateExpression Later(RelativeUnit unit, int offset) => new(DateForm.Relative, Unit: unit, Offset: offset, FromPrevious: true);

    public static DateExpression Calendar(int year, int month, int day, DateShift shift = DateShift.None) =>
        new(DateForm.Calendar, year, month, day, Shift: shift);

    public static DateExpression OfWeekday(DayOfWeek weekday, DateShift shift) => new(DateForm.Weekday, Weekday: weekday, Shift: shift);

    public static DateExpression Relative(RelativeUnit unit, int offset) => new(DateForm.Relative, Unit: unit, Offset: offset);

    /// <summary>
    /// A calendar date whose year is the reference year plus <see cref="Offset"/>: "in May of last year".
    /// </summary>
    public static DateExpression WithRelativeYear(int month, int day, int offset) =>
        new(DateForm.Calendar, 0, month, day, Offset: offset, YearRelative: true);

    /// <summary>True when the text itself gives the year, so no reference date is needed.</summary>
    public bool HasYear => Form == DateForm.Calendar && Year > 0;

    /// <summary>"today" itself.</summary>
    public bool IsToday => Form == DateForm.Relative && Unit == RelativeUnit.Day && Offset == 0;
}
