using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// A page without date metadata may still print its date stamp as one of the first paragraphs ("Updated 6:05 AM
/// ET, April 9, 2026"), alone or beside the byline ("By Jane Roe | 09/16/2026 05:30 AM EDT"). That stamp is the
/// publication date (the first publication stamp, else the first update stamp), and page furniture, so it leaves the
/// text, also when the metadata already gave the date ("27 April 2024" under a headline); a byline beside it stays.
/// </summary>
internal static class LeadDateStamp
{
    private const int ParagraphsSearched = 6;

    /// <summary>The document with its date taken from a lead stamp paragraph, or the document as it was.</summary>
    public static ArticleDocument Take(ArticleDocument document)
    {
        PartialDate? published = null;
        PartialDate? updated = null;
        var stamps = new Dictionary<int, string>(); // paragraph -> what stays of it
        for (var i = 0; i < document.Paragraphs.Count && i < ParagraphsSearched; i++)
        {
            var span = document.Paragraphs[i];
            if (span.Length > 120) continue;
            var text = document.Body[span.Start..span.End];
            var rest = "";
            if ((DateLine.Read(text) ?? DateLine.ReadSegment(text, out rest)) is not { } reading) continue;
            if (reading.IsUpdate) updated ??= reading.Date;
            else published ??= reading.Date;
            stamps.Add(i, rest);
        }
        // A stamp that is the whole text is still the text.
        if (stamps.Count == 0 || stamps.Count == document.Paragraphs.Count) return document;
        var builder = new BodyBuilder();
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var span = document.Paragraphs[i];
            // The readers have already left furniture out; only what stays of a stamp's line is new text to check.
            if (!stamps.TryGetValue(i, out var rest)) builder.AddParagraph(document.Body[span.Start..span.End]);
            else if (rest.Length > 0 && !FurnitureParagraph.IsFurniture(rest)) builder.AddParagraph(rest);
        }
        // A month alone (from the address) gives way to the stamp's day in that month.
        return document with { Published = UrlDate.Refine(document.Published, published ?? updated), Body = builder.Body, Paragraphs = builder.Paragraphs };
    }
}
