using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Entities;
using NewsArchive.Data.Model;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;

namespace NewsArchive.Data.Tests.Storage;

public sealed class DerivedCopiesTests
{
    [Fact]
    public async Task Rows_added_through_the_change_tracker_get_their_dates_their_mention_counts_and_their_entities_counts()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using (var db = archive.NewContext())
        {
            var ada = new Entity { Kind = EntityKind.Person, CanonicalName = "Ada Lovelace", NormalizedName = "ada lovelace", Slug = "ada-lovelace" };
            foreach (var (title, day) in new[] { ("One", new DateOnly(2011, 5, 1)), ("Two", new DateOnly(2012, 6, 1)) })
            {
                var article = new Article
                {
                    Slug = title.ToLowerInvariant(), Title = title, Body = "\"Hello,\" Ada Lovelace said.", ContentHash = title,
                    PublishedOn = day, PublishedPrecision = DatePrecision.Day, IngestedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                };
                article.Mentions.Add(new Mention { Entity = ada, Spans = [new(10, 22), new(1, 6), new(10, 13)] });
                article.Quotes.Add(new Quote { Text = "Hello,", Speaker = ada, Start = 1, End = 7 });
                var happening = new Event { StartDay = day, EndDay = day, Precision = DatePrecision.Day, Text = "Ada spoke.", Start = 0, End = 10 };
                happening.Actors.Add(new EventActor { Entity = ada });
                article.Events.Add(happening);
                db.Articles.Add(article);
            }
            await db.SaveChangesAsync();
        }

        var profile = await archive.Get<EntityProfile>().FindAsync("ada-lovelace");
        await using var check = archive.NewContext();
        var quoteDays = await check.Quotes.OrderBy(q => q.PublishedOn).Select(q => q.PublishedOn).ToListAsync();
        var actorDays = await check.EventActors.OrderBy(a => a.StartDay).Select(a => a.StartDay).ToListAsync();
        var mentions = await check.Mentions.OrderBy(m => m.PublishedOn).Select(m => new { m.PublishedOn, m.Count, m.Spans }).ToListAsync();

        Assert.Equal((2, 2), (profile!.ArticleCount, profile.QuoteCount));
        Assert.Equal([new DateOnly(2011, 5, 1), new DateOnly(2012, 6, 1)], quoteDays.Select(d => d!.Value));
        Assert.Equal([new DateOnly(2011, 5, 1), new DateOnly(2012, 6, 1)], actorDays);
        Assert.Equal([new DateOnly(2011, 5, 1), new DateOnly(2012, 6, 1)], mentions.Select(m => m.PublishedOn!.Value));
        Assert.All(mentions, m => Assert.Equal(3, m.Count));
        // Stored in text order; the two places starting at 10 keep the order they were given in.
        Assert.All(mentions, m => Assert.Equal([new TextSpan(1, 6), new TextSpan(10, 22), new TextSpan(10, 13)], m.Spans));
        Assert.Equal(["two", "one"], profile.Articles.Select(a => a.Slug));
        Assert.Equal(["2011-05-01", "2012-06-01"], profile.Events.Select(e => e.Date.Iso));
    }
}
