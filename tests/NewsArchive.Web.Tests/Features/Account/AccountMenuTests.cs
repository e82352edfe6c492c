using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Web.Features.Account;

namespace NewsArchive.Web.Tests.Features.Account;

public sealed class AccountMenuTests : ArchiveBunitContext
{
    [Fact]
    public void Offers_sign_in_that_returns_to_the_current_page_when_nobody_is_signed_in()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/quotes?speaker=hancock");

        var cut = Render<AccountMenu>();

        Assert.Equal("/account/login?ReturnUrl=%2Fquotes%3Fspeaker%3Dhancock", cut.Find("[data-testid=sign-in]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=sign-out]"));
    }

    [Fact]
    public void Offers_sign_out_as_a_post_to_the_logout_address_when_an_editor_is_signed_in()
    {
        Authorization.SetAuthorized("ed@example.org");

        var cut = Render<AccountMenu>();

        var form = cut.Find("[data-testid=sign-out-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/account/logout", form.GetAttribute("action"));
        Assert.Equal("ed@example.org", cut.Find("[data-testid=signed-in-as]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=sign-in]"));
    }
}
