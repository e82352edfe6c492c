namespace NewsArchive.Data.Model;

/// <summary>An entity taking part in an event.</summary>
public sealed class EventActor
{
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }
}
