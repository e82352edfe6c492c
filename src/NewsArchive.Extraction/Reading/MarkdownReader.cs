using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsArchive.Extraction.Dates;
using YamlDotNet.Core;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// Reads a Markdown article through Markdig's syntax tree: YAML front matter for the metadata, then
/// paragraphs, headings, quotes and list items as plain text. Raw HTML and code are dropped.
/// </summary>
internal static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static ArticleDocument Read(string text, string fileName)
    {
        if (LooksNestedTooDeep(text))
            throw new ArticleFormatException($"'{fileName}' nests its Markdown too deeply to be a news article.");
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses pathological nesting with its own depth limit.
            throw new ArticleFormatException($"'{fileName}' nests its Markdown too deeply to be a news article.");
        }
        var meta = ReadFrontMatter(document, fileName);

        var title = meta.Text("title");
        var builder = new BodyBuilder();
        var titleFromHeading = title is null;
        var afterImage = false; // the block before was an image alone: an emphasized line under it is its caption
        foreach (var block in TextBlocks(document))
        {
            var content = PlainTextReader.Collapse(InlineText(block));
            if (content.Length == 0)
            {
                afterImage = HoldsImage(block);
                continue;
            }
            if (titleFromHeading && title is null && block is HeadingBlock)
            {
                title = content;
                continue;
            }
            // An image and text in one paragraph ("![Pier](/pier.jpg)\nThe pier reopened …"): the image goes, the text
            // stays unless it is itself a short caption.
            var caption = afterImage && IsEmphasized(block) || HoldsImage(block) && IsShortCaption(content);
            afterImage = false;
            if (caption || CreditTrailer.IsTrailer(content) || WriterContact.IsContact(content) || FurnitureParagraph.IsFurniture(content)
                || LinkTeaser.IsMostlyLinks(LinkLetters(block), content)) continue;
            builder.AddParagraph(content);
        }

        if (title is null)
            throw new ArticleFormatException($"'{fileName}' has no title: give one in the front matter or as a first heading.");
        if (builder.Paragraphs.Count == 0)
            throw new ArticleFormatException($"'{fileName}' has a title but no article text.");

        return new ArticleDocument(
            title,
            meta.Text("credit"),
            PublishedDate(meta),
            meta.Text("source") ?? meta.Text("site") ?? meta.Text("publication"),
            meta.Text("author"),
            meta.Text("url"),
            builder.Body,
            builder.Paragraphs)
        {
            CopyrightYear = CopyrightNotice.FindYear(text),
        };
    }

    // Markdig's cost per line grows with the blocks open above it, so absurd indentation or quote depth
    // is refused before parsing. Real articles stay within a few levels.
    private const int MaxLineDepth = 100;

    private static bool LooksNestedTooDeep(string text)
    {
        var depth = 0;
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                depth = 0;
                atLineStart = true;
                continue;
            }
            if (!atLineStart)
            {
                // Past the line's indentation nothing counts until the next line: jump there.
                var next = text.IndexOf('\n', i);
                if (next < 0) break;
                i = next - 1;
                continue;
            }
            if (c == ' ') depth++;
            else if (c == '>') depth += 2;
            else if (c == '\t') depth += 4;
            else atLineStart = c is '-' or '*' or '+';
            if (depth > MaxLineDepth * 2) return true;
        }
        return false;
    }

    // Static-site generators and CMS exports name the day differently: "published", "date", "pubDate", "publish_date",
    // "published_time", "article:published_time", "created_at"... Keys are compared by their letters alone.
    private static readonly string[] PublishedKeys =
        ["published", "date", "pubdate", "publishdate", "publishedat", "datepublished", "publicationdate", "publishedtime",
         "articlepublishedtime", "publishedon", "postdate", "posted", "created", "createdat", "datecreated"];

    // Then the day in the story's address ("url: …/2023/06/03/…"); last of all, as for pages, the day it was last changed: news is rarely revised after the day it came out.
    private static readonly string[] ModifiedKeys =
        ["updated", "lastmod", "modified", "datemodified", "lastmodified", "updatedat", "modifiedtime", "articlemodifiedtime"];

    private static PartialDate? PublishedDate(FrontMatter meta)
    {
        foreach (var key in PublishedKeys)
            if (meta.Date(key) is { } date) return date;
        PartialDate? modified = null;
        foreach (var key in ModifiedKeys)
            if ((modified = meta.Date(key)) is not null) break;
        // A month from the address gives way to a modified day in that month.
        return UrlDate.Refine(UrlDate.Parse(meta.Text("url") ?? meta.Text("canonical") ?? meta.Text("canonicalurl")), modified);
    }

    private static FrontMatter ReadFrontMatter(MarkdownDocument document, string fileName)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null && OpensFrontMatter(document))
            throw new ArticleFormatException($"'{fileName}' opens front matter with '---' but never closes it with a second '---' line.");
        if (block is null) return new FrontMatter(null);
        try
        {
            var values = FrontMatterYaml.Read(block.Lines.ToString());
            return new FrontMatter(values);
        }
        catch (YamlException)
        {
            throw new ArticleFormatException($"'{fileName}' has front matter that is not valid YAML.");
        }
    }

    // Markdig reads an unclosed front matter as a rule and a paragraph of "key: value" lines, which
    // would surface later as a missing title; naming the real fault helps whoever wrote the file.
    private static bool OpensFrontMatter(MarkdownDocument document) =>
        document.Count > 1 && document[0] is ThematicBreakBlock { Line: 0 } rule && rule.ThematicChar == '-'
        && document[1] is ParagraphBlock { Inline: not null } paragraph
        && PlainTextReader.Collapse(InlineText(paragraph)).Contains(':');

    // Leaf blocks that carry article text, in document order; containers (quotes, lists) are walked with a stack.
    private static IEnumerable<LeafBlock> TextBlocks(MarkdownDocument document)
    {
        var stack = new Stack<Block>();
        for (var i = document.Count - 1; i >= 0; i--) stack.Push(document[i]);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            if (block is ParagraphBlock or HeadingBlock) yield return (LeafBlock)block;
            else if (block is QuoteBlock or ListBlock or ListItemBlock && block is ContainerBlock container)
                for (var i = container.Count - 1; i >= 0; i--) stack.Push(container[i]);
            // Code, raw HTML, front matter, tables and rules are not article prose.
        }
    }

    private const int MaxShortCaption = 120; // a caption is a line, never a paragraph of prose
    private const int MaxCreditedCaption = 300;

    // "Crowds on the pier. (Photo: Ann Lee)"; a longer text is a caption only when it credits the picture.
    private static readonly System.Text.RegularExpressions.Regex CaptionCredit = new(
        @"\b(photo|photograph|picture|image|credit)s?\s*(:|by\b)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking
        | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsShortCaption(string content) =>
        content.Length <= MaxShortCaption || content.Length <= MaxCreditedCaption && CaptionCredit.IsMatch(content);

    // "![Pier](/pier.jpg)" with "*The pier at dawn. Photo: Ann Lee*" on the next line: an image and its caption, not story.
    private static bool HoldsImage(LeafBlock block) =>
        block.Inline is not null && block.Inline.Descendants<LinkInline>().Any(link => link.IsImage);

    // "*The pier at dawn. Photo: Ann Lee*": the whole paragraph set in emphasis.
    private static bool IsEmphasized(LeafBlock block) =>
        block.Inline is { FirstChild: EmphasisInline, LastChild: EmphasisInline } inline && inline.FirstChild == inline.LastChild;

    // The letters inside the block's links ("Read more: [Bypass plan back on the table](…)"), for telling a teaser.
    private static int LinkLetters(LeafBlock block)
    {
        if (block.Inline is null) return 0;
        var letters = 0;
        foreach (var link in block.Inline.Descendants<LinkInline>())
            if (!link.IsImage)
                foreach (var literal in link.Descendants<LiteralInline>()) letters += LinkTeaser.LetterCount(literal.Content.AsSpan());
        return letters;
    }

    private static string InlineText(LeafBlock block)
    {
        if (block.Inline is null) return "";
        var sb = new StringBuilder();
        var stack = new Stack<Inline>();
        stack.Push(block.Inline);
        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                case HtmlInline:
                    break;
                case ContainerInline container:
                    // Pushed last child first, so they come off the stack in reading order.
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
                    break;
            }
        }
        return sb.ToString();
    }

    private sealed class FrontMatter(Dictionary<object, object?>? values)
    {
        public string? Text(string key)
        {
            var value = Value(key);
            var text = value switch
            {
                string s => s,
                IEnumerable<object?> list => string.Join(", ", list.OfType<string>()),
                _ => value?.ToString(),
            };
            return string.IsNullOrWhiteSpace(text) ? null : PlainTextReader.Collapse(text);
        }

        public PartialDate? Date(string key) => MetadataDate.Parse(Text(key));

        private object? Value(string key)
        {
            if (values is null) return null;
            foreach (var (k, v) in values)
                if (k?.ToString() is { } name && SameKey(name, key)) return v;
            return null;
        }

        // "publish_date", "Publish-Date" and "publishDate" are one key: letters and digits compared, case ignored.
        private static bool SameKey(string name, string key)
        {
            var k = 0;
            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c)) continue;
                if (k >= key.Length || char.ToLowerInvariant(c) != key[k]) return false;
                k++;
            }
            return k == key.Length;
        }
    }
}
