using Microsoft.Playwright;
using NewsArchive.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsArchive.EndToEnd.Tests.Features.Ingest;

/// <summary>Issue 8.3: an editor removed with the CLI loses an ingest page that is already open in a live circuit.</summary>
[Collection(SeededArchiveCollection.Name)]
public sealed class EditorRemovalTests(SeededArchiveFixture archive)
{
    private const string Password = "a long enough editor password";

    [Fact]
    public async Task An_open_ingest_page_sends_its_editor_to_sign_in_once_the_editor_is_removed()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Archive"] = $"Data Source={archive.DatabasePath}",
            ["NEWSARCHIVE_EDITOR_PASSWORD"] = Password,
        };
        var added = await CliProcess.RunAsync(["editor", "add", email], TimeSpan.FromMinutes(1), environment);
        Assert.True(added.ExitCode == 0, added.StandardError);

        await using var context = await archive.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?ReturnUrl=%2Fingest");
        await page.GetByTestId("login-email").FillAsync(email);
        await page.GetByTestId("login-password").FillAsync(Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ingest articles", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(email);

        var removed = await CliProcess.RunAsync(["editor", "remove", email], TimeSpan.FromMinutes(1), environment);
        Assert.True(removed.ExitCode == 0, removed.StandardError);

        // The circuit re-checks its editor every 2 s in tests; the page must give way to the sign-in form.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 20_000 });
        await Expect(page.GetByTestId("login-form")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
    }
}
