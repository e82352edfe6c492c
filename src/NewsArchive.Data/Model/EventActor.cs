using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Model;

/// <summary>
/// An entity taking part in an event. The event's date is copied here so an entity's events come in
/// timeline order straight from an index, however many events it has.
/// </summary>
public sealed class EventActor
{
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }
    public DateOnly StartDay { get; set; }
    public DateOnly EndDay { get; set; }
    public DatePrecision Precision { get; set; }
}
