using Microsoft.EntityFrameworkCore;
using NewsArchive.Extraction;

namespace NewsArchive.Data.Stats;

/// <summary>How much the archive holds.</summary>
public sealed record ArchiveCounts(int Articles, int People, int Organizations, int Places, int Quotes, int Events);

/// <summary>Counts rows for the stats command and the home page.</summary>
public sealed class ArchiveStats(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<ArchiveCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var kinds = await db.Entities.AsNoTracking()
            .GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);
        return new ArchiveCounts(
            await db.Articles.CountAsync(cancellationToken),
            kinds.GetValueOrDefault(EntityKind.Person),
            kinds.GetValueOrDefault(EntityKind.Organization),
            kinds.GetValueOrDefault(EntityKind.Place),
            await db.Quotes.CountAsync(cancellationToken),
            await db.Events.CountAsync(cancellationToken));
    }
}
