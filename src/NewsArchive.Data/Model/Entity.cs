using NewsArchive.Extraction;

namespace NewsArchive.Data.Model;

/// <summary>A person, organization or place, shared by every article that mentions it.</summary>
public sealed class Entity
{
    public int Id { get; set; }
    public EntityKind Kind { get; set; }
    public required string CanonicalName { get; set; }

    /// <summary>Case- and accent-folded canonical name: the key for "same name and kind, same entity".</summary>
    public required string NormalizedName { get; set; }

    /// <summary>Folded last word of a person's name, so a bare surname can find its candidates; null otherwise.</summary>
    public string? Surname { get; set; }
    public required string Slug { get; set; }

    /// <summary>How many articles mention it; kept by the ingestion writer so lists and profiles never count mentions.</summary>
    public int ArticleCount { get; set; }

    /// <summary>How many quotes it is the speaker of; kept by the ingestion writer.</summary>
    public int QuoteCount { get; set; }

    public List<EntityAlias> Aliases { get; set; } = [];
    public List<EntityRole> Roles { get; set; } = [];
    public List<Mention> Mentions { get; set; } = [];
}
