namespace NewsArchive.Data.Model;

/// <summary>A direct quotation in an article, with its speaker when the text says who spoke.</summary>
public sealed class Quote
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int? SpeakerId { get; set; }
    public Entity? Speaker { get; set; }
    public required string Text { get; set; }
    public string? Cue { get; set; }
    public int Start { get; set; }
    public int End { get; set; }

    /// <summary>The article's publication day, copied so a speaker's quotes come newest first straight from an index.</summary>
    public DateOnly? PublishedOn { get; set; }
}
