using AngleSharp.Dom;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Turns a &lt;div&gt; that holds only text and inline markup into a &lt;p&gt;: many sites set each paragraph of the
/// story in its own div ('&lt;div class="zn-body__paragraph"&gt;…&lt;/div&gt;'), and without this their whole body
/// would be lost. (Readability does the same.) A div holding blocks of its own is a container and stays one.
/// </summary>
internal static class DivParagraphs
{
    // Elements that make a div a container rather than a paragraph (matched by name, ignoring case).
    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "img", "li", "main", "ol", "p", "pre", "section", "table", "ul",
    ]);

    public static void Promote(IDocument document)
    {
        if (document.Body is not { } body) return;
        var leaves = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            var holdsBlock = false;
            for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
            {
                if (BlockElements.Contains(child.LocalName)) holdsBlock = true;
                pending.Push(child);
            }
            if (!holdsBlock && string.Equals(element.LocalName, "div", StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrWhiteSpace(element.TextContent))
                leaves.Add(element);
        }
        foreach (var div in leaves)
        {
            var paragraph = document.CreateElement("p");
            while (div.FirstChild is { } node) paragraph.AppendChild(node);
            div.Replace(paragraph);
        }
    }
}
