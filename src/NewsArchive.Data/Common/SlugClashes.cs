namespace NewsArchive.Data.Common;

/// <summary>
/// The stored slugs <see cref="SlugText.FirstFree"/> must step around: the slug itself and every slug that begins
/// with it and a hyphen. Read as one range of the slug index ('.' follows '-' in SQLite's binary order, so
/// "storm-" ≤ s &lt; "storm." holds exactly the slugs beginning with "storm-"). A StartsWith would become a LIKE,
/// which SQLite cannot answer from a binary-collated index: it scanned every slug in the archive, at 100,000
/// articles most of the writer's time, since one new article in seven shares a title with an older one.
/// </summary>
internal static class SlugClashes
{
    public static IQueryable<string> ClashingWith(this IQueryable<string> slugs, string slug)
    {
        var from = slug + "-";
        var to = slug + ".";
        return slugs.Where(s => s == slug || (string.Compare(s, from) >= 0 && string.Compare(s, to) < 0));
    }
}
