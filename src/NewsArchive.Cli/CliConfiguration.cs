using Microsoft.Extensions.Configuration;

namespace NewsArchive.Cli;

/// <summary>
/// The web app's configuration sources, in the same order: appsettings.json (next to the tool, then in the
/// working folder), then environment variables, so ConnectionStrings__Archive points both at the same file.
/// </summary>
internal static class CliConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
}
