using MudBlazor.Services;
using NewsArchive.Data;
using NewsArchive.Web.Components;
using NewsArchive.Web.Features.Account;
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
builder.Services.AddEditorSignIn(builder.Configuration);
builder.Services.AddArchiveRateLimits(builder.Configuration);
builder.AddRequestLimits();

var app = builder.Build();

await app.InitializeArchiveAsync();
await app.InitializeEditorsAsync();

app.UseSecurityHeaders();
app.UseArchiveErrorPages();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
// After authentication (signed-in editors are never served copies) and the rate limiter (copies count too).
app.UseArticlePageCache();

app.MapStaticAssets();
app.MapThemePreference();
app.MapAccountEndpoints();
app.MapArchiveApi();
app.MapOpenApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.PrintAddressOnStart();
app.Run();
