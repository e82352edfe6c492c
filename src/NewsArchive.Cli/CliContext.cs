using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Data.Ingestion;

namespace NewsArchive.Cli;

/// <summary>What every command shares: the console and, built on first use, the archive (extract never opens it).</summary>
internal sealed class CliContext(CliConsole console, IConfiguration configuration) : IAsyncDisposable
{
    private ServiceProvider? _services;

    public CliConsole Console { get; } = console;

    public IConfiguration Configuration { get; } = configuration;

    /// <summary>The archive's services, with the schema migrated.</summary>
    public async Task<IServiceProvider> ArchiveAsync(CancellationToken cancellationToken)
    {
        if (_services is not null) return _services;
        _services = new ServiceCollection().AddArchive(Configuration).BuildServiceProvider();
        await _services.GetRequiredService<ArchiveInitializer>().MigrateAsync(Console.Error.WriteLine, cancellationToken);
        return _services;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}
