using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Model;

/// <summary>A dated happening told by one sentence of an article.</summary>
public sealed class Event
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>First day of the span the date names; the timeline sorts on it.</summary>
    public DateOnly StartDay { get; set; }

    /// <summary>Last day of the span, so range filters can test overlap in SQL.</summary>
    public DateOnly EndDay { get; set; }
    public DatePrecision Precision { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }

    public List<EventActor> Actors { get; set; } = [];
}
