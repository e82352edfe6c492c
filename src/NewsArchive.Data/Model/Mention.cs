using NewsArchive.Extraction;

namespace NewsArchive.Data.Model;

/// <summary>
/// Where an article mentions an entity: one row per article and entity, with every place in the body. A row per place
/// made the entity's index ~4x larger for reads that only ask which articles mention whom, and its random inserts were
/// the single ingestion writer's growing cost (docs/benchmarks.md, "Ingestion: one mention row per article and entity").
/// </summary>
public sealed class Mention
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }

    /// <summary>The places [Start, End) in the article's body, in text order; stored packed in one column (MentionSpans).</summary>
    public IReadOnlyList<TextSpan> Spans { get; set; } = [];

    /// <summary>How many places (the number of spans), copied so SQL can rank by it without unpacking them.</summary>
    public int Count { get; set; }

    /// <summary>The article's publication day, copied so an entity's latest articles come straight from an index.</summary>
    public DateOnly? PublishedOn { get; set; }
}
