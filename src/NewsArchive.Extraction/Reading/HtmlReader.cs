using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Reads an HTML article with AngleSharp: metadata from Open Graph, article meta tags, &lt;time&gt; and
/// JSON-LD; the body from the &lt;article&gt; element (or else the block with the most paragraph text),
/// with navigation, scripts, asides, figures, forms and ad/share/related boxes removed.
/// </summary>
internal static class HtmlReader
{
    private const string Junk = "nav, header, footer, script, style, aside, figure, figcaption, form, iframe, noscript, svg, template, button, select, object, embed, video, audio, canvas, dialog";
    private const string TextElements = "p, h1, h2, h3, h4, h5, h6, blockquote, li, pre";

    // Parts of a class or id (split on '-' and '_') that mark boxes around the story rather than the story.
    private static readonly FrozenSet<string> JunkClassParts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "sponsor", "sponsored",
        "promo", "promoted", "share", "sharing", "social", "related", "recommended", "recirculation", "newsletter",
        "subscribe", "subscription", "signup", "paywall", "cookie", "cookies", "consent", "popup", "modal", "outbrain",
        "taboola", "comments", "comment", "byline", "breadcrumb", "breadcrumbs", "sidebar", "widget", "caption",
    ]);

    // Building a parser costs about as much as parsing an article; AngleSharp parsers may be reused but are not
    // thread-safe, so each thread keeps its own.
    [ThreadStatic] private static HtmlParser? _parser;

    public static ArticleDocument Read(string text, string fileName)
    {
        if (HtmlNesting.EstimateDepth(text) > HtmlNesting.MaxDepth)
            throw new ArticleFormatException($"'{fileName}' nests its elements more than {HtmlNesting.MaxDepth.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} levels deep, too deep to be a news article.");
        var document = (_parser ??= new HtmlParser()).ParseDocument(text);

        var metas = document.QuerySelectorAll("meta").ToList(); // read once: each lookup below walks this list
        var title = FirstNonEmpty(
            Meta(metas, "og:title"),
            TextOf(document.QuerySelector("h1")),
            TextOf(document.QuerySelector("title")));
        if (title is null)
            throw new ArticleFormatException($"'{fileName}' has no title (no og:title, <h1> or <title>).");

        // Most trusted first: a <time> anywhere on the page may belong to a related story or a print-edition note.
        var published = MetadataDate.Parse(Meta(metas, "article:published_time"))
            ?? MetadataDate.Parse(JsonLdDatePublished(document))
            ?? FirstMetaDate(metas)
            ?? MetadataDate.Parse(PreferredTime(document))
            ?? MetadataDate.Parse(Meta(metas, "date"))
            ?? MetadataDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? VisibleStamp(document);
        var source = Meta(metas, "og:site_name");
        var author = Meta(metas, "author") ?? Meta(metas, "article:author");
        var url = Meta(metas, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

        var copyright = CopyrightYear(document); // footers hold the notice, so before they go
        RemoveJunk(document);
        var content = ChooseContent(document);
        var builder = new BodyBuilder();
        foreach (var paragraph in Paragraphs(content))
            if (!string.Equals(paragraph, title, StringComparison.Ordinal) && !CreditTrailer.IsTrailer(paragraph)) builder.AddParagraph(paragraph);

        if (builder.Paragraphs.Count == 0)
            throw new ArticleFormatException($"'{fileName}' has no article text.");
        return new ArticleDocument(title, null, published, source, author, url, builder.Body, builder.Paragraphs)
        {
            CopyrightYear = copyright,
        };
    }

    // Each text node on its own, outside scripts and styles (a script library's licence is not the page's notice).
    private static int? CopyrightYear(IDocument document)
    {
        int? latest = null;
        if (document.Body is null) return null;
        foreach (var node in document.Body.GetNodes<IText>())
        {
            if (node.ParentElement?.LocalName is "script" or "style" or "noscript" or "template") continue;
            if (CopyrightNotice.FindYear(node.Data) is { } year && (latest is null || year > latest)) latest = year;
        }
        return latest;
    }

    private static string? Meta(List<IElement> metas, string key)
    {
        foreach (var meta in metas)
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (!string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) continue;
            var content = meta.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(content)) return PlainTextReader.Collapse(content);
        }
        return null;
    }

    private const int MaxStampElements = 20;

    // A page without date metadata may still show its stamp: "<span class="date">Updated 6:05 AM ET, April 9, 2026</span>",
    // "<time>13 April 2026</time>". Read before page furniture is stripped (bylines and headers hold them); the first
    // publication stamp wins, else the first update stamp.
    private static PartialDate? VisibleStamp(IDocument document)
    {
        PartialDate? updated = null;
        var seen = 0;
        foreach (var element in document.QuerySelectorAll("time, [class*=date], [class*=timestamp], [class*=published], [itemprop=datePublished]"))
        {
            if (++seen > MaxStampElements) break;
            var text = element.TextContent;
            if (text.Length > 120 || DateLine.Read(PlainTextReader.Collapse(text.Replace('\n', ' '))) is not { } reading) continue;
            if (!reading.IsUpdate) return reading.Date;
            updated ??= reading.Date;
        }
        return updated;
    }

    // Names publishers give the publication date in meta tags besides Open Graph's.
    private static readonly string[] PublishedMetaNames =
        ["datePublished", "og:published_time", "pubdate", "publish-date", "publish_date", "publishdate", "parsely-pub-date",
         "sailthru.date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued"];

    private static PartialDate? FirstMetaDate(List<IElement> metas)
    {
        foreach (var name in PublishedMetaNames)
            if (MetadataDate.Parse(Meta(metas, name)) is { } date) return date;
        return null;
    }

    // The story's own time: marked as its publication, else the first inside <article>.
    private static string? PreferredTime(IDocument document) =>
        (document.QuerySelector("time[itemprop=datePublished][datetime]") ?? document.QuerySelector("time[pubdate][datetime]")
            ?? document.QuerySelector("article time[datetime]"))?.GetAttribute("datetime");

    private static string? JsonLdDatePublished(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindProperty(json.RootElement, "datePublished") is { } found) return found;
            }
            catch (JsonException)
            {
                // Broken structured data is common on real pages; the other sources may still tell the date.
            }
        }
        return null;
    }

    private static string? FindProperty(JsonElement root, string name)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String) return property.Value.GetString();
                    stack.Push(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray()) stack.Push(item);
            }
        }
        return null;
    }

    private static void RemoveJunk(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Junk).ToList()) element.Remove();
        // A line break separates words even though it carries no text of its own.
        foreach (var br in document.QuerySelectorAll("br").ToList()) br.Replace(document.CreateTextNode(" "));
        foreach (var element in document.All.ToList())
        {
            if (element.LocalName is "html" or "body" or "article" or "main") continue;
            if (LooksLikeJunk(element.ClassName) || LooksLikeJunk(element.Id)) element.Remove();
        }
    }

    private static bool LooksLikeJunk(string? names)
    {
        if (string.IsNullOrEmpty(names)) return false;
        foreach (var part in names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            if (JunkClassParts.Contains(part)) return true;
        return false;
    }

    // The <article> with the most paragraph text, unless it is a teaser card beside a much longer story block;
    // else the element whose paragraphs hold the most text.
    private static IElement ChooseContent(IDocument document)
    {
        // Each paragraph's text is measured once; the articles and the blocks around paragraphs are scored from that.
        var lengths = new Dictionary<IElement, int>();
        foreach (var p in document.QuerySelectorAll("p")) lengths[p] = p.TextContent.Length;
        int ParagraphTextLength(IElement element)
        {
            var total = 0;
            foreach (var p in element.QuerySelectorAll("p")) total += lengths[p];
            return total;
        }

        IElement? article = null;
        var articleLength = 0;
        foreach (var candidate in document.QuerySelectorAll("article"))
        {
            var length = ParagraphTextLength(candidate);
            if (article is null || length > articleLength) (article, articleLength) = (candidate, length);
        }

        var scores = new Dictionary<IElement, int>();
        foreach (var (p, length) in lengths)
        {
            if (p.ParentElement is not { } parent) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + length / 2;
        }
        var densest = scores.Count > 0 ? scores.MaxBy(s => s.Value) : default;
        if (article is not null && (densest.Key is null || articleLength * 2 >= densest.Value)) return article;
        if (densest.Key is not null) return densest.Key;
        return (IElement?)document.Body ?? document.DocumentElement;
    }

    // Text blocks in document order. A block holding other text blocks (a list item with paragraphs) gives way to them.
    private static IEnumerable<string> Paragraphs(IElement content)
    {
        var blocks = content.QuerySelectorAll(TextElements);
        if (blocks.Length == 0)
        {
            var all = TextOf(content);
            if (all is not null) yield return all;
            yield break;
        }
        foreach (var block in blocks)
        {
            if (HoldsTextBlock(block)) continue;
            var text = TextOf(block);
            if (text is not null) yield return text;
        }
    }

    // Whether a text block holds another (what QuerySelector(TextElements) on it would find), without parsing that
    // selector again for every block.
    private static bool HoldsTextBlock(IElement block)
    {
        foreach (var element in block.Descendants<IElement>())
            if (element.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "li" or "pre") return true;
        return false;
    }

    private static string? TextOf(IElement? element)
    {
        if (element is null) return null;
        var text = PlainTextReader.Collapse(element.TextContent.Replace('\n', ' ').Replace('\u00A0', ' '));
        return text.Length == 0 ? null : text;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
