using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace NewsArchive.Web.Tests;

/// <summary>The one bUnit base: MudBlazor's services, and loose JS interop for MudBlazor's own calls.</summary>
public abstract class ArchiveBunitContext : BunitContext
{
    protected ArchiveBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }
}
