namespace NewsArchive.Extraction.Quotes;

/// <summary>Finds direct quotations by their marks.</summary>
public sealed class QuotationFinder
{
    /// <summary>Returns every quotation in the body, in order.</summary>
    public IReadOnlyList<Quotation> Find(string body, IReadOnlyList<TextSpan> paragraphs) => [];
}
