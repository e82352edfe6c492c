using NewsArchive.Extraction.Reading;

namespace NewsArchive.Extraction.Tests.Reading;

/// <summary>An article document titled "Title" whose body's paragraphs are separated by blank lines, as the stage tests write them.</summary>
internal static class TestDocument
{
    public static ArticleDocument FromParagraphs(string body)
    {
        var paragraphs = new List<TextSpan>();
        var start = 0;
        foreach (var part in body.Split("\n\n"))
        {
            paragraphs.Add(new TextSpan(start, start + part.Length));
            start += part.Length + 2;
        }
        return new ArticleDocument("Title", null, null, null, null, null, body, paragraphs);
    }
}
