namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Exactly one year ago today, on Sept. 27, 2024, the river rose …", "Ten years ago today": the "today" is where an
/// anniversary counts back from; the happening is the one counted back to, not something on the story's day.
/// </summary>
internal static class AgoToday
{
    public static bool Is(DateScan scan, DateMention mention) =>
        mention.Expression.IsToday && mention.FirstToken == mention.LastToken && mention.FirstToken - 1 >= scan.TokensOf(mention.Sentence).First
        && scan.IsWord(mention.FirstToken - 1, "ago");
}
