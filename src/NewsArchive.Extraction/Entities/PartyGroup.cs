namespace NewsArchive.Extraction.Entities;

/// <summary>
/// "the opposition Conservative group on the council", "Opposition Conservative group leader Cllr Jo Roe", "the ruling
/// Labour group": a party's councillors on one council sit as a group, a body of its own named "Conservative group".
/// The party's name inside it is no separate mention of the party.
/// </summary>
internal static class PartyGroup
{
    private static readonly Evidence Organization = new(0, 5, 0);

    /// <summary>Adds each party group to <paramref name="mentions"/>, in place of the party name it holds.</summary>
    public static void Add(TokenizedBody body, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        for (var g = 1; g < tokens.Length; g++)
        {
            // Read as a span: cutting a string for every word of the article only to compare it costs more than the test.
            if (!tokens[g].IsWord || tokens[g].Is(NameTokenFlags.Capitalized) || !tokens[g - 1].IsCapitalizedWord
                || !tokens[g].Text(body.Body).SequenceEqual("group")) continue;
            var first = -1;
            for (var k = g - 1; k >= 0 && g - k <= 3 && tokens[k].IsCapitalizedWord; k--)
            {
                if (EntityClassifier.Parties.Contains(body.Phrase(k, g - 1))) first = k;
                if (tokens[k].Is(NameTokenFlags.SentenceStart)) break;
            }
            if (first >= 0) AddGroup(body, first, g, mentions);
        }
    }

    // Its own method: the lambda's closure would otherwise be allocated for every token of the loop above.
    private static void AddGroup(TokenizedBody body, int first, int group, List<Mention> mentions)
    {
        var partyEnd = body.Tokens[group - 1].End;
        // "Opposition Conservative" opening a sentence, or "Conservative" alone: the party's mention inside the group's name.
        mentions.RemoveAll(m => m.Shape != MentionShape.Description && m.Span.End == partyEnd);
        var name = body.Phrase(first, group - 1) + " group";
        mentions.Add(new Mention
        {
            Shape = MentionShape.Name,
            Span = body.Span(first, group),
            Surface = name,
            Core = name,
            Words = name.Split(' '),
            KnownOnly = body.Tokens[first].Is(NameTokenFlags.InQuote),
            Evidence = Organization,
        });
    }
}
