using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Events;

/// <summary>
/// "Thousands lined the streets for the parade today … Police said 400 officers would be on duty tonight … One
/// commuter waiting this morning said …": what a story tells of its own day is the news it reports, told again in
/// its colour and its details, so the story's day makes one event, the first that names it.
/// </summary>
internal static class StoryDayRetelling
{
    /// <summary>The events with only the first one dated to the story's day (the list itself when there is none to drop).</summary>
    public static List<ExtractedEvent> Without(List<ExtractedEvent> events, DateOnly? reference)
    {
        if (reference is not { } today) return events;
        var storyDay = PartialDate.OfDay(today);
        var first = events.FindIndex(e => e.Date == storyDay);
        if (first < 0 || events.FindIndex(first + 1, e => e.Date == storyDay) < 0) return events;
        return events.Where((e, i) => i <= first || e.Date != storyDay).ToList();
    }
}
