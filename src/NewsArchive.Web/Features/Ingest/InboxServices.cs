namespace NewsArchive.Web.Features.Ingest;

public static class InboxServices
{
    /// <summary>The inbox watcher; it does nothing unless Archive:InboxPath is set.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["Archive:InboxPath"];
        // Relative to the content root, like Archive:SeedsPath.
        services.AddSingleton(provider => new InboxOptions(string.IsNullOrWhiteSpace(path)
            ? null
            : Path.GetFullPath(path, provider.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<InboxStatus>();
        services.AddHostedService<InboxWatcher>();
        return services;
    }
}
