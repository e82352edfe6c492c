using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;

namespace NewsArchive.Data.Quotes;

/// <summary>
/// Speakers whose name (any word of it) or an alias starts with what was typed, most quoted first.
/// Only entities with at least one quote are offered.
/// </summary>
public sealed class SpeakerAutocomplete(IDbContextFactory<ArchiveDbContext> contexts)
{
    public async Task<IReadOnlyList<SpeakerSuggestion>> SuggestAsync(string? prefix, int limit = 10, CancellationToken cancellationToken = default)
    {
        var key = NameKey.Normalize(prefix ?? "");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var speakers = db.Entities.AsNoTracking().Where(e => e.QuoteCount > 0);
        if (key.Length > 0)
        {
            var wordStart = " " + key;
            speakers = speakers.Where(e =>
                e.NormalizedName.StartsWith(key) || e.NormalizedName.Contains(wordStart)
                || e.Aliases.Any(a => a.NormalizedName.StartsWith(key)));
        }
        return await speakers
            .Select(e => new
            {
                e.Slug, e.CanonicalName, e.Kind,
                Count = e.QuoteCount,
                Role = e.Roles.OrderBy(r => r.Id).Select(r => r.Name).FirstOrDefault(),
            })
            .OrderByDescending(s => s.Count).ThenBy(s => s.CanonicalName)
            .Take(Math.Clamp(limit, 1, 50))
            .Select(s => new SpeakerSuggestion(s.Slug, s.CanonicalName, s.Kind, s.Count, s.Role))
            .ToListAsync(cancellationToken);
    }
}
