namespace NewsArchive.Data.Model;

/// <summary>Another surface form of an entity ("Hancock", "ICE").</summary>
public sealed class EntityAlias
{
    public int Id { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
}
