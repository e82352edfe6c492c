using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace NewsArchive.Web.Tests;

/// <summary>
/// The one bUnit base: MudBlazor's services, and loose JS interop for MudBlazor's own calls.
/// Disposed asynchronously because some MudBlazor services are only IAsyncDisposable.
/// </summary>
public abstract class ArchiveBunitContext : BunitContext, IAsyncLifetime
{
    protected ArchiveBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();
}
