using Bunit;
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
        var option = Popovers.WaitForElement("[data-testid=speaker-option]");
        Assert.Contains("Michael Hancock", option.TextContent);
        Assert.Contains("Mayor of Denver", option.TextContent);
        Assert.Contains("2 quotes", option.TextContent);

        await Popovers.Find("[data-testid=speaker-option]").ClickAsync();
        Assert.EndsWith("/quotes?speaker=Michael%20Hancock", Navigation.Uri);
    }

    [Fact]
    public void Says_it_is_ready_for_typing_once_rendered_interactively_with_results_and_does_not_select_text_on_focus()
    {
        var cut = RenderPage<QuotesPage>("/quotes");

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=quotes-page]").GetAttribute("data-ready")));
        Assert.False(cut.FindComponent<MudBlazor.MudAutocomplete<NewsArchive.Data.Quotes.SpeakerSuggestion>>().Instance.SelectOnActivation);
    }
}
