using System.Text;

namespace NewsArchive.Extraction.Reading;

/// <summary>Joins paragraphs into one body string, remembering where each one stands.</summary>
internal sealed class BodyBuilder
{
    private const string Separator = "\n\n";
    private readonly StringBuilder _body = new();
    private readonly List<TextSpan> _paragraphs = [];

    public string Body => _body.ToString();

    public IReadOnlyList<TextSpan> Paragraphs => _paragraphs;

    public void AddParagraph(string paragraph)
    {
        if (paragraph.Length == 0) return;
        if (_body.Length > 0) _body.Append(Separator);
        var start = _body.Length;
        _body.Append(paragraph);
        _paragraphs.Add(new TextSpan(start, _body.Length));
    }
}
