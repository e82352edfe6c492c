namespace NewsArchive.Data.Model;

/// <summary>Where an entity is mentioned in an article's body: [Start, End).</summary>
public sealed class Mention
{
    public int Id { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int Start { get; set; }
    public int End { get; set; }

    /// <summary>The article's publication day, copied so an entity's latest articles come straight from an index.</summary>
    public DateOnly? PublishedOn { get; set; }
}
