using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NewsArchive.Web.Tests.Hosting;

namespace NewsArchive.Web.Tests.Features.Account;

[Collection(RunningArchiveCollection.Name)]
public sealed class EditorSignInTests(RunningArchive app)
{
    [Fact]
    public async Task Ingest_page_redirects_an_anonymous_visitor_to_sign_in()
    {
        var response = await app.Client.GetAsync("/ingest");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fingest", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Ingest_page_refuses_an_anonymous_upload_post_and_archives_nothing()
    {
        var before = await ArticleTotalAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("Anonymous Upload Headline\n\nSomebody tried to write without signing in on Monday."u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "files", "anonymous-upload.txt");

        var response = await app.Client.PostAsync("/ingest", form);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(before, await ArticleTotalAsync());
        var search = await app.Client.GetStringAsync("/api/articles?q=Anonymous%20Upload%20Headline");
        Assert.Equal(0, JsonDocument.Parse(search).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_editor_added_with_editor_add_can_sign_in_and_open_the_ingest_page()
    {
        var email = await EditorBrowser.AddEditorAsync(app);
        using var browser = new EditorBrowser(app);

        var signIn = await browser.SignInAsync(email, EditorBrowser.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/ingest", signIn.Headers.Location!.OriginalString.Replace(app.BaseAddress.ToString().TrimEnd('/'), ""));
        Assert.True(browser.HasEditorCookie);
        var ingest = await browser.Client.GetAsync("/ingest");
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        var html = await ingest.Content.ReadAsStringAsync();
        Assert.Contains("Ingest articles", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sign-out\"", html, StringComparison.Ordinal);
        Assert.Contains(email, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_is_refused_with_a_clear_message()
    {
        var email = await EditorBrowser.AddEditorAsync(app);
        using var browser = new EditorBrowser(app);

        var signIn = await browser.SignInAsync(email, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var html = await signIn.Content.ReadAsStringAsync();
        Assert.Contains("That email and password do not match an editor account.", html, StringComparison.Ordinal);
        Assert.False(browser.HasEditorCookie);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/ingest")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_of_an_unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        using var browser = new EditorBrowser(app);

        var signIn = await browser.SignInAsync("nobody-here@example.org", EditorBrowser.Password);

        Assert.Contains("That email and password do not match an editor account.", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(browser.HasEditorCookie);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused_even_with_the_right_password()
    {
        var email = await EditorBrowser.AddEditorAsync(app);
        using var browser = new EditorBrowser(app);

        var signIn = await browser.SignInAsync(email, EditorBrowser.Password, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(browser.HasEditorCookie);
    }

    [Fact]
    public async Task Sign_in_returns_only_to_a_local_address()
    {
        var email = await EditorBrowser.AddEditorAsync(app);
        using var browser = new EditorBrowser(app);

        var signIn = await browser.SignInAsync(email, EditorBrowser.Password, returnUrl: "https://evil.example/steal");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var location = signIn.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == app.BaseAddress.Host, $"Redirected to {location}");
        Assert.DoesNotContain("evil.example", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_needs_the_antiforgery_token()
    {
        var email = await EditorBrowser.AddEditorAsync(app);
        using var browser = new EditorBrowser(app);
        await browser.SignInAsync(email, EditorBrowser.Password);

        var forged = await browser.Client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/ingest")).StatusCode);

        var token = await browser.TokenFromAsync("/timeline");
        var signOut = await browser.Client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.False(browser.HasEditorCookie);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/ingest")).StatusCode);
        Assert.Contains("data-testid=\"sign-in\"", await browser.Client.GetStringAsync("/timeline"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_pages_stay_open_without_signing_in()
    {
        foreach (var path in new[] { "/", "/articles", "/quotes", "/timeline", "/people", "/api/articles" })
        {
            var response = await app.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    private async Task<int> ArticleTotalAsync()
    {
        var json = await app.Client.GetStringAsync("/api/articles?pageSize=1");
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }
}
