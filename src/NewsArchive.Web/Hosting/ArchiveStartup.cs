using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Web.Hosting;

public static class ArchiveStartup
{
    /// <summary>Where seeds are looked for when Archive:SeedsPath is not set: the repository's seeds/ under `dotnet run`.</summary>
    public const string DefaultSeedsPath = "../../seeds";

    /// <summary>Applies migrations, then ingests the seeds folder when the archive is empty.</summary>
    public static async Task InitializeArchiveAsync(this WebApplication app)
    {
        var seeds = Path.GetFullPath(app.Configuration["Archive:SeedsPath"] is { Length: > 0 } configured ? configured : DefaultSeedsPath,
            app.Environment.ContentRootPath);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NewsArchive.Startup");
        var results = await app.Services.GetRequiredService<ArchiveInitializer>().InitializeAsync(
            seeds, notice => logger.LogWarning("{Notice}", notice));
        foreach (var result in results)
        {
            if (result.Outcome == IngestionOutcome.Rejected)
                logger.LogWarning("Seed {Source} was rejected: {Reason}", result.Source, result.Reason);
        }
        if (results.Count > 0)
            logger.LogInformation("Seeded the empty archive with {Count} of {Total} files from {Folder}",
                results.Count(r => r.Outcome != IngestionOutcome.Rejected), results.Count, seeds);
    }

    /// <summary>Blazor's 404 page for any page address that matches nothing.</summary>
    public static WebApplication UseArchiveErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        // The API answers its own errors with problem details (and a fallback for unknown /api paths),
        // so only page requests reach this with an empty 404.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        return app;
    }

    /// <summary>Says on the console where the app can be opened, whatever port it got.</summary>
    public static void PrintAddressOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"NewsArchive is ready at {address}");
            }
        });
    }
}
