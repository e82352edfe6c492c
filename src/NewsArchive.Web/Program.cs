using MudBlazor.Services;
using NewsArchive.Data;
using NewsArchive.Web.Components;
using NewsArchive.Web.Features.Api;
using NewsArchive.Web.Features.Ingest;
using NewsArchive.Web.Features.Preferences;
using NewsArchive.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// Serve MudBlazor's CSS/JS from the build output in any environment, not only Development (no-op once published).
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddArchive(builder.Configuration);
builder.Services.AddArchiveFeatures();
builder.Services.AddArchiveApi();
builder.Services.AddInbox(builder.Configuration);

var app = builder.Build();

await app.InitializeArchiveAsync();

app.UseArchiveErrorPages();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapThemePreference();
app.MapArchiveApi();
app.MapOpenApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.PrintAddressOnStart();
app.Run();
