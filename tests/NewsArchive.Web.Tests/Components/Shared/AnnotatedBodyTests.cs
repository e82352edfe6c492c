using Bunit;
using NewsArchive.Extraction;
using NewsArchive.Web.Components.Shared;

namespace NewsArchive.Web.Tests.Components.Shared;

public sealed class AnnotatedBodyTests : ArchiveBunitContext
{
    private static TextSpan SpanOf(string body, string part)
    {
        var start = body.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the body");
        return new TextSpan(start, start + part.Length);
    }

    [Fact]
    public void Renders_each_blank_line_separated_paragraph_as_its_own_p()
    {
        var cut = Render<AnnotatedBody>(p => p.Add(x => x.Body, "First one.\n\nSecond one.\n\nThird."));

        var paragraphs = cut.FindAll("p.article-paragraph");
        Assert.Equal(["First one.", "Second one.", "Third."], paragraphs.Select(x => x.TextContent));
    }

    [Fact]
    public void Escapes_markup_in_the_article_text_instead_of_rendering_it()
    {
        const string body = "Before <script>alert('x')</script> and <b>bold</b> after.";
        var cut = Render<AnnotatedBody>(p => p
            .Add(x => x.Body, body)
            .Add(x => x.Annotations, [new BodyAnnotation(SpanOf(body, "<b>bold</b>"), AnnotationKind.Quote, "quote-1")]));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Contains("&lt;script&gt;", cut.Markup);
        Assert.Equal("<b>bold</b>", cut.Find("#quote-1").TextContent);
    }

    [Fact]
    public void Links_a_person_mention_to_its_page_inside_a_quote_inside_an_event_sentence()
    {
        const string body = "In 2018, Hancock said \"Mayor Hancock will stay\" to reporters.";
        var cut = Render<AnnotatedBody>(p => p
            .Add(x => x.Body, body)
            .Add(x => x.Annotations,
            [
                new BodyAnnotation(SpanOf(body, "Mayor Hancock will stay"), AnnotationKind.Quote, "quote-1",
                    Label: "Michael Hancock", LabelHref: "/people/michael-hancock"),
                new BodyAnnotation(new TextSpan(0, body.Length), AnnotationKind.Event, "event-1"),
                new BodyAnnotation(SpanOf(body, "Hancock"), AnnotationKind.Person, Href: "/people/michael-hancock"),
                new BodyAnnotation(SpanOf(body, "Mayor Hancock"), AnnotationKind.Person, Href: "/people/michael-hancock"),
            ]));

        var quote = cut.Find("#event-1 #quote-1");
        Assert.Equal("Mayor Hancock will stay", quote.TextContent);
        Assert.Equal("/people/michael-hancock", quote.QuerySelector("a.mention-person")!.GetAttribute("href"));
        Assert.Equal(2, cut.FindAll("a.mention-person").Count);
        Assert.Equal("Michael Hancock", cut.Find("a.quote-speaker").TextContent);
        Assert.Equal(body, cut.Find("p").TextContent.Replace("Michael Hancock", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_the_anchor_id_only_to_the_first_piece_of_a_quote_split_across_paragraphs()
    {
        const string body = "\"Part one.\n\nPart two,\" she said.";
        var cut = Render<AnnotatedBody>(p => p
            .Add(x => x.Body, body)
            .Add(x => x.Annotations, [new BodyAnnotation(new TextSpan(1, body.IndexOf(',') + 1), AnnotationKind.Quote, "quote-1", Label: "Ann Lee")]));

        var marks = cut.FindAll("mark.quote");
        Assert.Equal(2, marks.Count);
        Assert.Equal("quote-1", marks[0].Id);
        Assert.True(string.IsNullOrEmpty(marks[1].Id));
        Assert.Single(cut.FindAll(".quote-speaker"));
        Assert.Contains("Ann Lee", cut.FindAll("p")[1].TextContent);
    }

    [Fact]
    public void Ignores_annotations_that_fall_outside_the_body()
    {
        const string body = "Short text.";
        var cut = Render<AnnotatedBody>(p => p
            .Add(x => x.Body, body)
            .Add(x => x.Annotations, [new BodyAnnotation(new TextSpan(6, 500), AnnotationKind.Place, Href: "/places/x")]));

        Assert.Empty(cut.FindAll("a"));
        Assert.Equal(body, cut.Find("p").TextContent);
    }

    [Fact]
    public void Renders_a_mention_without_a_page_as_a_highlighted_span()
    {
        const string body = "Rain fell on Denver.";
        var cut = Render<AnnotatedBody>(p => p
            .Add(x => x.Body, body)
            .Add(x => x.Annotations, [new BodyAnnotation(SpanOf(body, "Denver"), AnnotationKind.Place)]));

        Assert.Equal("Denver", cut.Find("span.mention-place").TextContent);
        Assert.Empty(cut.FindAll("a"));
    }
}
