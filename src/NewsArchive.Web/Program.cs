using MudBlazor.Services;
using NewsArchive.Web.Components;
using NewsArchive.Web.Features.Preferences;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapThemePreference();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
