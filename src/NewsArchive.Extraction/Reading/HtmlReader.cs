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
    // Elements that are page furniture, never the story (matched by name, ignoring case, as a CSS type selector is).
    private static readonly FrozenSet<string> JunkElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "nav", "header", "footer", "script", "style", "aside", "figure", "figcaption", "form", "iframe", "noscript", "svg",
        "template", "button", "select", "object", "embed", "video", "audio", "canvas", "dialog",
        // AMP pages' furniture: "<amp-ad>…<div fallback>Advertisement</div></amp-ad>", the menu, consent and share bars.
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-analytics", "amp-sidebar", "amp-consent", "amp-social-share",
        "amp-user-notification", "amp-iframe", "amp-video", "amp-youtube", "amp-twitter", "amp-instagram",
    ]);
    // Elements whose text is a paragraph of the body (matched by name, ignoring case, as a CSS type selector is).
    private static readonly FrozenSet<string> TextElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre"]);

    // Parts of a class or id (split on '-' and '_') that mark boxes around the story rather than the story.
    private static readonly FrozenSet<string> JunkClassParts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "sponsor", "sponsored",
        "promo", "promoted", "share", "sharing", "social", "related", "recommended", "recirculation", "newsletter",
        "subscribe", "subscription", "signup", "paywall", "cookie", "cookies", "consent", "popup", "modal", "outbrain",
        "taboola", "comments", "comment", "byline", "author", "authors", "breadcrumb", "breadcrumbs", "sidebar", "widget", "caption",
        "tags", "gdpr", "credit", "credits", "copyright", "timestamp", "by", "relatedposts", "sharedaddy", "bio",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JunkClassPartLookup =
        JunkClassParts.GetAlternateLookup<ReadOnlySpan<char>>();

    // Boxes that are never the story's container, however much text they hold: a long comment thread under a short
    // story, related and recommended boxes, content-recommendation widgets.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverStoryClassParts = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["comments", "comment", "related", "relatedposts", "recommended", "recirculation", "outbrain", "taboola"]).GetAlternateLookup<ReadOnlySpan<char>>();

    // Building a parser costs about as much as parsing an article; AngleSharp parsers may be reused but are not
    // thread-safe, so each thread keeps its own.
    [ThreadStatic] private static HtmlParser? _parser;

    public static ArticleDocument Read(string text, string fileName)
    {
        if (HtmlNesting.EstimateDepth(text) > HtmlNesting.MaxDepth)
            throw new ArticleFormatException($"'{fileName}' nests its elements more than {HtmlNesting.MaxDepth.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} levels deep, too deep to be a news article.");
        using var document = (_parser ??= new HtmlParser()).ParseDocument(text);

        var metas = MetaTags.Of(document); // read once: each lookup below walks this list
        var source = Meta(metas, "og:site_name");
        // A site's logo may be its first <h1>: the story's own, inside <article>, comes first.
        var title = FirstNonEmpty(
            Meta(metas, "og:title"),
            Meta(metas, "twitter:title"),
            TextOf(document.QuerySelector("article h1")),
            TextOf(document.QuerySelector("h1")),
            TextOf(document.QuerySelector("title")) is { } pageTitle ? PageTitle.WithoutSiteName(pageTitle, source) : null);
        if (title is null)
            throw new ArticleFormatException($"'{fileName}' has no title (no og:title, <h1> or <title>).");

        var url = Meta(metas, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        // Most trusted first: a <time> anywhere on the page may belong to a related story or a print-edition note.
        var published = MetadataDate.Parse(Meta(metas, "article:published_time"))
            ?? MetadataDate.Parse(JsonLdDatePublished(document))
            ?? FirstMetaDate(metas)
            ?? MetadataDate.Parse(PreferredTime(document))
            ?? MetadataDate.Parse(Meta(metas, "date"))
            ?? MetadataDate.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? VisibleStamp(document)
            // Then the address, and last of all the day it was last changed: news is rarely revised after the day it
            // came out, and that day is nearer than any guess from the text; a day in the address's month refines it.
            ?? UrlDate.Refine(UrlDate.Parse(url),
                MetadataDate.Parse(Meta(metas, "article:modified_time") ?? Meta(metas, "og:updated_time") ?? Meta(metas, "dateModified"))
                ?? MetadataDate.Parse(JsonLdProperty(document, "dateModified")));
        var author = Meta(metas, "author") ?? Meta(metas, "article:author");

        var copyright = CopyrightYear(document); // footers hold the notice, so before they go
        RemoveJunk(document);
        DivParagraphs.Promote(document);
        // Each paragraph's text is read once, for choosing the content block and for the body.
        var paragraphTexts = new Dictionary<IElement, string>();
        var content = ChooseContent(document, paragraphTexts);
        var builder = new BodyBuilder();
        foreach (var paragraph in Paragraphs(content, paragraphTexts))
            if (!string.Equals(paragraph, title, StringComparison.Ordinal) && !CreditTrailer.IsTrailer(paragraph) && !WriterContact.IsContact(paragraph))
                builder.AddParagraph(paragraph);

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
            // A notice's year is four digits in the same text: a text without digits needs no search for marks.
            if (!node.Data.AsSpan().ContainsAnyInRange('0', '9')) continue;
            if (CopyrightNotice.FindYear(node.Data) is { } year && (latest is null || year > latest)) latest = year;
        }
        return latest;
    }

    private static string? Meta(MetaTags metas, string key)
    {
        foreach (var (name, content) in metas.Tags)
        {
            if (!string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) continue;
            if (!string.IsNullOrWhiteSpace(content)) return PlainTextReader.Collapse(content);
        }
        return null;
    }

    // Each <meta>'s name (property, else name, else itemprop) and content, read once: about twenty keys are looked up.
    private sealed class MetaTags((string? Name, string? Content)[] tags)
    {
        public (string? Name, string? Content)[] Tags { get; } = tags;

        public static MetaTags Of(IDocument document) =>
            new(document.QuerySelectorAll("meta")
                .Select(m => (m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"), m.GetAttribute("content")))
                .ToArray());
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
        ["datePublished", "og:published_time", "og:article:published_time", "article:published", "article.published", "pubdate",
         "publish-date", "publish_date", "publishdate", "published-date", "date.published", "parsely-pub-date", "sailthru.date",
         "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.created", "dcterms.issued", "citation_publication_date",
         "dateCreated", "uploadDate"];

    private static PartialDate? FirstMetaDate(MetaTags metas)
    {
        foreach (var name in PublishedMetaNames)
            if (MetadataDate.Parse(Meta(metas, name)) is { } date) return date;
        return null;
    }

    // The story's own time: marked as its publication, else the first inside <article>; microdata may set it on any
    // element ('<span itemprop="datePublished" content="2024-05-02T08:00:00Z">May 2</span>').
    private static string? PreferredTime(IDocument document) =>
        (document.QuerySelector("time[itemprop=datePublished][datetime]") ?? document.QuerySelector("time[pubdate][datetime]")
            ?? document.QuerySelector("article time[datetime]"))?.GetAttribute("datetime")
        ?? document.QuerySelector("[itemprop=datePublished][content]")?.GetAttribute("content");

    // A video page's structured data says "uploadDate"; some CMSs give only "dateCreated".
    private static string? JsonLdDatePublished(IDocument document) => JsonLdProperty(document, "datePublished", "dateCreated", "uploadDate");

    // The first of the names, in their order, that the page's JSON-LD gives as a string: an article's own
    // ("@type": "NewsArticle" in an "@graph" beside a WebPage, a VideoObject and a BreadcrumbList) before any other's.
    private static string? JsonLdProperty(IDocument document, params string[] names)
    {
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    documents.Add(JsonDocument.Parse(script.TextContent));
                }
                catch (JsonException)
                {
                    // Broken structured data is common on real pages; the other blocks and sources may still tell the date.
                }
            }
            foreach (var articleOnly in (bool[])[true, false])
                foreach (var name in names)
                    foreach (var json in documents)
                        if (FindProperty(json.RootElement, name, articleOnly) is { } found) return found;
            return null;
        }
        finally
        {
            foreach (var json in documents) json.Dispose();
        }
    }

    private static string? FindProperty(JsonElement root, string name, bool articleOnly)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Object)
            {
                var take = !articleOnly || IsArticle(element);
                foreach (var property in element.EnumerateObject())
                {
                    if (take && property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String) return property.Value.GetString();
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

    // "@type": "NewsArticle", "ReportageNewsArticle", "BlogPosting", or a list holding one.
    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsArticleType(type.GetString());
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && IsArticleType(item.GetString())) return true;
        return false;
    }

    private static bool IsArticleType(string? type) =>
        type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type.EndsWith("Posting", StringComparison.Ordinal));

    // One walk over the elements in document order: furniture elements and boxes whose class or id marks them as
    // furniture leave with everything inside them (so what is inside needs no look); line breaks become spaces.
    private static void RemoveJunk(IDocument document)
    {
        if (document.DocumentElement is not { } root) return;
        var story = new StoryShare(document);
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (JunkElements.Contains(element.LocalName))
            {
                element.Remove();
                continue;
            }
            // A line break separates words even though it carries no text of its own.
            if (string.Equals(element.LocalName, "br", StringComparison.OrdinalIgnoreCase))
            {
                element.Replace(document.CreateTextNode(" "));
                continue;
            }
            if (element.LocalName is not ("html" or "body" or "article" or "main")
                && (LooksLikeJunk(element.ClassName) || LooksLikeJunk(element.Id) || LooksLikeJunk(element.GetAttribute("data-component")))
                && (IsNeverStory(element) || !story.Holds(element)))
            {
                element.Remove();
                continue;
            }
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling) pending.Push(child);
        }
    }

    private static bool LooksLikeJunk(string? names) => HasPart(names, JunkClassPartLookup);

    private static bool IsNeverStory(IElement element) =>
        HasPart(element.ClassName, NeverStoryClassParts) || HasPart(element.Id, NeverStoryClassParts)
        || HasPart(element.GetAttribute("data-component"), NeverStoryClassParts);

    private static bool HasPart(string? names, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> parts)
    {
        if (string.IsNullOrEmpty(names)) return false;
        foreach (var range in names.AsSpan().SplitAny(" -_"))
        {
            var part = names.AsSpan(range);
            if (part.Length > 0 && parts.Contains(part)) return true;
        }
        return false;
    }

    // The <article> with the most paragraph text, unless it is a teaser card beside a much longer story block;
    // else the element whose paragraphs hold the most text.
    private const int SiblingShare = 4; // siblings with a quarter of the densest block's text are part of the story

    private static IElement ChooseContent(IDocument document, Dictionary<IElement, string> paragraphTexts)
    {
        // Each paragraph's text is read once; the articles and the blocks around paragraphs are scored from its length.
        foreach (var p in document.QuerySelectorAll("p")) paragraphTexts[p] = p.TextContent;
        int ParagraphTextLength(IElement element)
        {
            var total = 0;
            foreach (var p in element.QuerySelectorAll("p")) total += paragraphTexts[p].Length;
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
        var own = new Dictionary<IElement, int>(); // text of each block's own paragraphs
        foreach (var (p, text) in paragraphTexts)
        {
            var length = text.Length;
            if (p.ParentElement is not { } parent) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
            own[parent] = own.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + length / 2;
        }
        var densest = scores.Count > 0 ? scores.MaxBy(s => s.Value) : default;
        if (article is not null && (densest.Key is null || articleLength * 2 >= densest.Value)) return article;
        if (densest.Key is not null) return WithSiblingBlocks(densest.Key, own);
        return (IElement?)document.Body ?? document.DocumentElement;
    }

    // '<div class="body"><div class="group">…</div><figure/><div class="group">…</div></div>': a story split into
    // sibling blocks of paragraphs is their parent, when the siblings hold a fair share of the text beside the densest.
    private static IElement WithSiblingBlocks(IElement densest, Dictionary<IElement, int> own)
    {
        if (densest.ParentElement is not { } parent || parent.LocalName is "body" or "html") return densest;
        var ownText = own.GetValueOrDefault(densest);
        var siblingText = 0;
        foreach (var sibling in parent.Children)
            if (sibling != densest && sibling.LocalName == densest.LocalName) siblingText += own.GetValueOrDefault(sibling);
        return siblingText * SiblingShare >= ownText ? parent : densest;
    }

    // Text blocks in document order. A block holding other text blocks (a list item with paragraphs) gives way to them.
    // Teasers and furniture lines leave, and so do the labels left without text of their own: a heading with no
    // paragraph before the next heading ("Related topics", "More on this story"), a "Read next:" over a list of links.
    private static List<string> Paragraphs(IElement content, Dictionary<IElement, string> paragraphTexts)
    {
        var blocks = TextBlocks(content);
        var kept = new List<(string Text, bool Label)>();
        if (blocks.Count == 0)
        {
            if (TextOf(content) is { } all) kept.Add((all, false));
            return [.. kept.Select(k => k.Text)];
        }
        var teasersSince = false; // links to other pages were left out since the last block kept
        foreach (var block in blocks)
        {
            if (HoldsTextBlock(block)) continue;
            // An <h1> above the story's first paragraph is its headline, however it differs from the og:title.
            if (kept.Count == 0 && string.Equals(block.LocalName, "h1", StringComparison.OrdinalIgnoreCase)) continue;
            if (TextOf(block, paragraphTexts.GetValueOrDefault(block)) is not { } text) continue;
            if (FurnitureParagraph.IsFurniture(text)) continue;
            if (LinkTeaser.IsTeaser(block, text))
            {
                teasersSince = true;
                continue;
            }
            var label = IsHeading(block) || text.EndsWith(':') && text.Length <= LabelLength;
            if (teasersSince && kept.Count > 0 && kept[^1].Label && (label || kept[^1].Text.EndsWith(':'))) kept.RemoveAt(kept.Count - 1);
            kept.Add((text, label));
            teasersSince = false;
        }
        if (kept.Count > 0 && kept[^1].Label) kept.RemoveAt(kept.Count - 1);
        return [.. kept.Select(k => k.Text)];
    }

    private const int LabelLength = 40;

    private static bool IsHeading(IElement block) => block.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    // The text elements inside an element, in document order (what a selector of their names finds), from one walk.
    private static List<IElement> TextBlocks(IElement content)
    {
        var blocks = new List<IElement>();
        var pending = new Stack<IElement>();
        for (var child = content.LastElementChild; child is not null; child = child.PreviousElementSibling) pending.Push(child);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (TextElements.Contains(element.LocalName)) blocks.Add(element);
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling) pending.Push(child);
        }
        return blocks;
    }

    // Whether a text block holds another (a list item with paragraphs), walking its elements without an enumerator.
    private static bool HoldsTextBlock(IElement block)
    {
        for (var child = block.FirstElementChild; child is not null; child = child.NextElementSibling)
            if (child.LocalName is "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "li" or "pre" || HoldsTextBlock(child)) return true;
        return false;
    }

    private static string? TextOf(IElement? element, string? textContent = null)
    {
        if (element is null) return null;
        var text = PlainTextReader.Collapse((textContent ?? element.TextContent).Replace('\n', ' ').Replace('\u00A0', ' '));
        return text.Length == 0 ? null : text;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
