using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Hostile;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Articles;

/// <summary>Issue 8.2: nothing an article carries ever runs in a reader's browser.</summary>
[Collection(HostileArchiveCollection.Name)]
public sealed class ArticlePageScriptInjectionTests(HostileArchiveFixture archive)
{
    public static TheoryData<string> ScriptArticles => new(HostileArchiveFixture.ScriptArticles);

    // Every attribute or element through which a URL or markup could carry script.
    private const string ScriptCarriersScript = """
        () => {
          const found = [];
          const scheme = /^(javascript|vbscript|data:text\/html)/i;
          for (const el of document.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              if (attr.name.startsWith('on')) found.push(`${el.tagName} ${attr.name}`);
              if (['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href'].includes(attr.name)
                  && scheme.test(attr.value.replace(/[\s\u0000-\u001f]/g, '')))
                found.push(`${el.tagName} ${attr.name}=${attr.value}`);
            }
          }
          for (const el of document.querySelectorAll('iframe, object, embed, meta[http-equiv="refresh" i]'))
            found.push(el.outerHTML.slice(0, 120));
          return found;
        }
        """;

    [Theory]
    [MemberData(nameof(ScriptArticles))]
    public async Task Article_page_runs_no_script_from_the_article_and_keeps_no_javascript_links(string fileName)
    {
        var title = HostileFile.All.Single(f => f.Name == fileName).Title!;
        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.GotoAsync("/");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = title }).GetAttributeAsync("href");
        Assert.StartsWith("/articles/", href);
        await page.GotoAsync(href!, new() { WaitUntil = WaitUntilState.NetworkIdle });

        // Prove the article itself is on screen, then give hover and click handlers their chance.
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 });
        await Expect(heading).ToBeVisibleAsync();
        var paragraph = page.GetByText("The council met on Tuesday").First;
        await Expect(paragraph).ToBeVisibleAsync();
        await heading.HoverAsync();
        await paragraph.HoverAsync();
        await paragraph.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.DoesNotContain("PWNED", await page.TitleAsync());
        Assert.Empty(dialogs);
        Assert.Empty(await page.EvaluateAsync<string[]>(ScriptCarriersScript));
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(ArchiveAppFixture.ScreenshotDirectory, $"hostile-{fileName}.png"), FullPage = true,
        });
    }
}
