namespace NewsArchive.Extraction.Entities;

/// <summary>Whether the article is a sports report, read once from its vocabulary.</summary>
internal sealed partial record TokenizedBody
{
    private bool? _isSportsArticle;

    /// <summary>The article writes enough sports words for its names to be read as clubs (asked for every name weighed: answered once).</summary>
    public bool IsSportsArticle => _isSportsArticle ??= OrganizationCues.WritesSportsWords(this);
}
