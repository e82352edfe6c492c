using Microsoft.EntityFrameworkCore;
using NewsArchive.Data.Common;
using NewsArchive.Data.Model;

namespace NewsArchive.Data.Tests.Common;

public sealed class SlugClashesTests
{
    [Fact]
    public async Task Finds_the_slug_and_every_slug_that_begins_with_it_and_a_hyphen_and_nothing_else()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using (var db = archive.NewContext())
        {
            foreach (var slug in new[] { "storm", "storm-2", "storm-hits-coast", "storm.", "stormy", "storm.x", "storms", "stor", "storm-é" })
                db.Articles.Add(new Article { Slug = slug, Title = slug, Body = "Body.", ContentHash = slug, IngestedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await using var check = archive.NewContext();
        var clashes = await check.Articles.Select(a => a.Slug).ClashingWith("storm").OrderBy(s => s).ToListAsync();

        Assert.Equal(["storm", "storm-2", "storm-hits-coast", "storm-é"], clashes);
    }

    [Fact]
    public async Task Reads_a_range_of_the_slug_index_instead_of_scanning_every_slug()
    {
        await using var archive = await TestArchive.CreateAsync();
        await using var db = archive.NewContext();
        var plan = await QueryPlan.OfAsync(archive.DatabasePath, db.Articles.Select(a => a.Slug).ClashingWith("storm"));

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("IX_Articles_Slug", StringComparison.Ordinal) && step.StartsWith("SEARCH", StringComparison.Ordinal));
    }
}
