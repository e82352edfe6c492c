using NewsArchive.Web.Features.Preferences;

namespace NewsArchive.Web.Tests.Features.Preferences;

public sealed class ThemePreferenceTests
{
    [Theory]
    [InlineData("/articles?q=x", "/articles?q=x")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData(null, "/")]
    public void Follows_only_local_return_addresses(string? returnUrl, string expected) =>
        Assert.Equal(expected, ThemePreference.SafeReturnUrl(returnUrl));
}
