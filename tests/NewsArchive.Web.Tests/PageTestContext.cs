using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NewsArchive.Data;
using NewsArchive.Web.Features.Ingest;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Tests;

/// <summary>Pages under bUnit over a real archive file: the same services the app registers.</summary>
public abstract class PageTestContext : ArchiveBunitContext
{
    protected TestArchive Archive { get; private set; } = default!;

    /// <summary>Override to start from another archive (an empty one, say).</summary>
    protected virtual Task<TestArchive> CreateArchiveAsync() => SampleArticles.CreateArchiveAsync();

    public override async Task InitializeAsync()
    {
        Archive = await CreateArchiveAsync();
        Services.AddArchive(Archive.Configuration);
        Services.AddArchiveFeatures();
        Services.AddSingleton(new InboxOptions(null));
        Services.AddSingleton<InboxStatus>();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Archive.DisposeAsync();
    }

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>Where MudBlazor renders menus and autocomplete lists.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>Renders a page at an address (for its route and query parameters), beside a popover host for menus.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>(string address, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        Navigation.NavigateTo(address);
        Popovers = Render<MudPopoverProvider>();
        return Render(parameters ?? (_ => { }));
    }
}
