namespace NewsArchive.Data.Model;

/// <summary>A title or role an article gives an entity ("Mayor of Denver").</summary>
public sealed class EntityRole
{
    public int Id { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
}
