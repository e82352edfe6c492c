using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// "the Arizona Secretary of State's office", "the state fire marshal's office", "the Jackson County Medical Examiner's
/// Office", "the Chief State's Attorney's Office", "the Mayor of London's office": the office of a public title is a
/// body of its own, named by the title and by the place or level it serves, in whatever case the story writes it. The
/// title is no person here, and no part of it is an organization of its own. A lone lower-case title ("the
/// doctor's office") says nothing of the kind; "the governor's office" is <see cref="LowercaseOrganizationFinder"/>'s.
/// </summary>
internal static class TitleHoldersOffice
{
    private static readonly FrozenSet<string> Qualifiers = WordList.Set("organization-office-qualifiers", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> OfficeTitles = WordList.Set("organization-office-titles", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> LocalTitles = WordList.Set("role-words-local", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> AreaHeads = FrozenSet.Create(StringComparer.Ordinal, ["County", "City", "Parish", "Township", "Borough"]);
    private static readonly Evidence Organization = new(0, 5, 0);

    /// <summary>Adds each such office to <paramref name="mentions"/>, in place of the titles and bodies found inside it.</summary>
    public static void Add(TokenizedBody body, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Kind != NameTokenKind.Possessive || !tokens[i + 1].IsWord || body.Text(i + 1) is not ("office" or "Office")) continue;
            if (TitleStart(body, i - 1) is not { } titleFirst) continue;
            var first = QualifierStart(body, titleFirst);
            // "the attorney general's office" names the body; "the doctor's office" names a room, and a sentence's
            // capital proves nothing ("Mayor's office spokesman Ann Roe said").
            if (first == titleFirst && titleFirst == i - 1 && (!tokens[titleFirst].IsCapitalizedWord || tokens[titleFirst].Is(NameTokenFlags.SentenceStart))) continue;
            AddOffice(body, first, i + 1, mentions);
        }
    }

    // Its own method: the lambdas' closure would otherwise be allocated for every token of the loop above.
    private static void AddOffice(TokenizedBody body, int first, int last, List<Mention> mentions)
    {
        var span = body.Span(first, last);
        if (mentions.Exists(m => m.Shape != MentionShape.Description && m.Span.Start <= span.Start && m.Span.End >= span.End)) return;
        mentions.RemoveAll(m => m.Shape != MentionShape.Description && m.Span.Start >= span.Start && m.Span.End <= span.End
                                && !(m.PlaceGroup >= 0 || m.Evidence.Decide() == EntityKind.Place));
        var name = body.Phrase(first, last);
        mentions.Add(new Mention
        {
            Shape = MentionShape.Name,
            Span = span,
            Surface = name,
            Core = name,
            Words = name.Split(' '),
            KnownOnly = body.Tokens[first].Is(NameTokenFlags.InQuote),
            Evidence = Organization,
        });
    }

    // The first token of the longest public title ending at token last: a role ("Secretary of State", "attorney general",
    // "State's Attorney", "Medical Examiner"), an office title, or a role of a place ("Mayor of London").
    private static int? TitleStart(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        if (!tokens[last].IsWord) return null;
        int? start = null;
        for (var k = last; k >= 0 && last - k < 4; k--)
        {
            if (tokens[k].Kind is not (NameTokenKind.Word or NameTokenKind.Possessive) || (k < last && tokens[k + 1].Is(NameTokenFlags.SentenceStart))) break;
            var phrase = body.Phrase(k, last);
            if (IsTitle(phrase) || (k == last && OfficeTitles.Contains(phrase))) start = k;
        }
        // "the Arapahoe County Clerk and Recorder's office": one office holding two titles.
        if (start is { } second && second >= 2 && body.Text(second - 1) is "and" && IsTitle(body.Text(second - 2))) start = second - 2;
        if (start is null && last >= 2 && tokens[last].IsCapitalizedWord && body.Text(last - 1) is "of" && EntityLexicon.Places.Contains(body.Text(last))
            && EntityLexicon.Roles.Contains(body.Text(last - 2)))
            start = last - 2;
        return start;
    }

    private static bool IsTitle(string phrase) => EntityLexicon.Roles.Contains(phrase) || LocalTitles.Contains(phrase) || OfficeTitles.Contains(phrase);

    // Before the title: lower-case levels ("state fire", "county"), a capitalized place ("Illinois", "Jackson County",
    // "United States") and "Chief".
    private static int QualifierStart(TokenizedBody body, int titleFirst)
    {
        var tokens = body.Tokens;
        var first = titleFirst;
        var k = titleFirst - 1;
        while (k >= 0 && first - k <= 3 && tokens[k].IsWord && !tokens[first].Is(NameTokenFlags.SentenceStart))
        {
            if (Qualifiers.Contains(body.Text(k)) && !(tokens[k].IsCapitalizedWord && k > 0 && tokens[k - 1].IsCapitalizedWord && !tokens[k].Is(NameTokenFlags.SentenceStart)))
            {
                first = k--;
                continue;
            }
            if (!tokens[k].IsCapitalizedWord) break;
            // The longest capitalized run before it that names a place.
            var placeFirst = -1;
            for (var p = k; p >= 0 && k - p < 3 && tokens[p].IsCapitalizedWord && !body.IsStopWord(p); p--)
            {
                var phrase = body.Phrase(p, k);
                if (EntityLexicon.Places.Contains(phrase) || (p < k && AreaHeads.Contains(body.Text(k)))) placeFirst = p;
                if (tokens[p].Is(NameTokenFlags.SentenceStart)) break;
            }
            if (placeFirst < 0) break;
            first = placeFirst;
            break;
        }
        return first;
    }
}
