using System.Text.RegularExpressions;
using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Reading;

/// <summary>
/// A paragraph that is page furniture rather than story, as real pages and browser copies of them carry between the
/// story's paragraphs: a label ("Advertisement", "Share this article", "Read more", reading-furniture-lines), a
/// comment count ("12 Comments"), a copyright line ("© 2024 The Courier"), a photo credit ("Photograph: Ann Lee/PA"), a time stamp without a day ("Updated 3:45
/// p.m."). Every reader leaves these out of the body.
/// </summary>
internal static class FurnitureParagraph
{
    private const int MaxLength = 120; // furniture is a label or a line, never a paragraph of prose
    private const int MaxCopyrightWords = 16;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels =
        WordList.Set("reading-furniture-lines", StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "12 Comments", "View 4 comments", "Comments (12)", "0 comments".
    private static readonly Regex CommentCount = new(
        @"^((view|show|read)( all)? )?\d{1,6} comments?$|^comments? \(\d{1,6}\)$",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static bool IsFurniture(string paragraph) => IsFurniture(paragraph, credits: true);

    /// <summary>
    /// Furniture that may stand above a headline: a label, a comment count, a copyright line or a stamp, but not a
    /// credit line, as "Photos: Ashcombe carnival draws thousands" may be the headline itself.
    /// </summary>
    public static bool IsFurnitureAboveHeadline(string paragraph) => IsFurniture(paragraph, credits: false);

    private static bool IsFurniture(string paragraph, bool credits)
    {
        var text = paragraph.AsSpan().Trim();
        if (text.Length == 0 || text.Length > MaxLength) return false;
        var label = text.TrimEnd(":.…»›>|-–—· ").TrimStart("«‹<|-–—· ");
        if (label.Length > 0 && Labels.Contains(label)) return true;
        if (CommentCount.IsMatch(text)) return true;
        if (IsCopyrightLine(text) || credits && PlainTextReader.IsCreditLine(paragraph)) return true;
        return DateLine.IsStampWithoutDay(paragraph);
    }

    // "© 2024 The Courier", "Copyright 2024 Lakeshore Gazette. All rights reserved." (not "Copyright law changed …").
    private static bool IsCopyrightLine(ReadOnlySpan<char> text)
    {
        // "(c) any person who obstructs an officer" is a clause of a law: the mark must open a notice.
        var mark = text.StartsWith("©") || text.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase) && CopyrightNotice.StartsNotice(text.ToString(), 4)
            || text.StartsWith("copyright ©", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) && text.Length > 10 && char.IsAsciiDigit(text[10]);
        return mark && text.Count(' ') < MaxCopyrightWords;
    }
}
