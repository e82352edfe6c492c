namespace NewsArchive.Extraction.Quotes;

/// <summary>Which personal pronoun a person takes, as far as the article and the name lists tell.</summary>
internal enum Gender
{
    Unknown,
    He,
    She,
}
