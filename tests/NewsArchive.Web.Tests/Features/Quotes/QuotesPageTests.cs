using Bunit;
using Microsoft.AspNetCore.Components.Web;
using NewsArchive.Web.Features.Quotes;

namespace NewsArchive.Web.Tests.Features.Quotes;

public sealed class QuotesPageTests : PageTestContext
{
    [Fact]
    public void Shows_exactly_the_quotes_of_the_speaker_named_in_the_address()
    {
        var cut = RenderPage<QuotesPage>("/quotes?speaker=Michael%20Hancock");

        var quotes = cut.FindAll("[data-testid=quote-item]");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Michael Hancock", q.QuerySelector("[data-testid=quote-speaker]")!.TextContent));
        Assert.All(quotes, q => Assert.Equal(", Mayor of Denver", q.QuerySelector("[data-testid=quote-role]")!.TextContent));
        Assert.All(quotes, q => Assert.Equal(" · said", q.QuerySelector("[data-testid=quote-cue]")!.TextContent));
        Assert.Equal(
            [$"/articles/{SampleArticles.MayorSlug}#quote-1", $"/articles/{SampleArticles.MayorSlug}#quote-2"],
            quotes.Select(q => q.QuerySelector("[data-testid=quote-link]")!.GetAttribute("href")).Order());
        Assert.Contains("Quotes by Michael Hancock", cut.Find("h1").TextContent);
    }

    [Fact]
    public void Says_nobody_was_quoted_for_an_unknown_speaker()
    {
        var cut = RenderPage<QuotesPage>("/quotes?speaker=Nobody%20Known");

        Assert.Empty(cut.FindAll("[data-testid=quote-item]"));
        Assert.Contains("Nobody called “Nobody Known”", cut.Find("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public void Finds_quotes_by_words_inside_them_with_the_words_marked()
    {
        var cut = RenderPage<QuotesPage>("/quotes?q=feds");

        var quote = Assert.Single(cut.FindAll("[data-testid=quote-item]"));
        Assert.Equal("Mark Silverstein", quote.QuerySelector("[data-testid=quote-speaker]")!.TextContent);
        Assert.Equal("Feds", quote.QuerySelector("mark.snippet-hit")!.TextContent);
    }

    [Fact]
    public async Task Typing_part_of_a_name_offers_speakers_with_role_and_count_and_picking_one_goes_to_his_quotes()
    {
        var cut = RenderPage<QuotesPage>("/quotes");

        await cut.Find("#speaker-search").InputAsync("Hanc");
        var option = cut.WaitForElement("[data-testid=speaker-option]");
        Assert.Contains("Michael Hancock", option.TextContent);
        Assert.Contains("Mayor of Denver", option.TextContent);
        Assert.Contains("2 quotes", option.TextContent);

        await cut.Find("[data-testid=speaker-option]").ClickAsync();
        Assert.EndsWith("/quotes?speaker=Michael%20Hancock", Navigation.Uri);
    }

    [Fact]
    public void Says_it_is_ready_for_typing_once_rendered_interactively_with_results_and_does_not_select_text_on_focus()
    {
        var cut = RenderPage<QuotesPage>("/quotes");

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=quotes-page]").GetAttribute("data-ready")));
        // No focus handler at all: a select-all sent from the server on focus arrives after the first typed letter.
        var box = cut.Find("#speaker-search");
        Assert.DoesNotContain(box.Attributes, a => a.Name.Contains("onfocus", StringComparison.OrdinalIgnoreCase) && !a.Name.Contains("focusout", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Speaker_suggestions_can_be_chosen_with_the_arrow_keys_and_enter()
    {
        var cut = RenderPage<QuotesPage>("/quotes");

        await cut.Find("#speaker-search").InputAsync("M"); // Michael Hancock and Mark Silverstein
        cut.WaitForAssertion(() => Assert.True(cut.FindAll("[role=option]").Count >= 2));
        var box = cut.Find("#speaker-search");
        Assert.Equal("true", box.GetAttribute("aria-expanded"));
        var options = cut.FindAll("[role=option]");
        Assert.Equal(options[0].Id, box.GetAttribute("aria-activedescendant"));

        await box.KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        var second = cut.FindAll("[role=option]")[1];
        Assert.Equal("true", second.GetAttribute("aria-selected"));
        Assert.Equal(second.Id, cut.Find("#speaker-search").GetAttribute("aria-activedescendant"));
        var name = second.QuerySelector(".speaker-option-name")!.TextContent;

        await cut.Find("#speaker-search").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
        Assert.EndsWith("/quotes?speaker=" + Uri.EscapeDataString(name), Navigation.Uri);
    }

    [Fact]
    public async Task Escape_closes_the_speaker_suggestions()
    {
        var cut = RenderPage<QuotesPage>("/quotes");

        await cut.Find("#speaker-search").InputAsync("Hanc");
        cut.WaitForElement("[data-testid=speaker-option]");
        await cut.Find("#speaker-search").KeyDownAsync(new KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(cut.FindAll("[data-testid=speaker-option]"));
        Assert.Equal("false", cut.Find("#speaker-search").GetAttribute("aria-expanded"));
    }
}
