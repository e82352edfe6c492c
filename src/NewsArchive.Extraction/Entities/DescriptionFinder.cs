using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Finds definite descriptions that may stand for an entity named elsewhere: "the president", "the mayor"
/// (a role) and "the sheriff's department", "the agency" (an organization head). Whether one resolves is the
/// alias resolver's call: only when exactly one entity fits.
/// </summary>
internal sealed class DescriptionFinder
{
    private const int MaxWords = 4;

    // Heads too common as plain nouns to stand for an organization in lower case ("the times", "the post").
    private static readonly FrozenSet<string> AmbiguousHeads = WordList.Set("description-heads-excluded", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that stand for an organization without being part of its name: "the company", "the force".</summary>
    public static readonly FrozenSet<string> StandInHeads = FrozenSet.Create(StringComparer.Ordinal, ["company", "firm", "force", "panel", "authority", "club"]);

    // Asked about nearly every lower-case word after "the": the filter turns almost all of them away before hashing.
    private static readonly FilteredWords StandInHeadLookup = new(StandInHeads);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousHeadLookup = AmbiguousHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Descriptions written in lower case after "the". Capitalized ones come from candidates.</summary>
    public IReadOnlyList<Mention> Find(TokenizedBody body)
    {
        var tokens = body.Tokens;
        var found = new List<Mention>();
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || tokens[t].End - tokens[t].Start != 3 || tokens[t].Text(body.Body) is not ("the" or "The")) continue;
            if (tokens[t + 1].Is(NameTokenFlags.Capitalized)) continue;
            var mention = OrganizationDescription(body, t) ?? RoleDescription(body, t);
            if (mention is null) continue;
            found.Add(mention);
        }
        return found;
    }

    /// <summary>A description mention for the words <paramref name="first"/>..<paramref name="last"/> after "the" at <paramref name="the"/>.</summary>
    public static Mention Describe(TokenizedBody body, int the, int first, int last, string? role)
    {
        var words = new List<string>();
        for (var k = first; k <= last; k++)
            if (body.Tokens[k].IsWord) words.Add(body.Text(k).ToLowerInvariant());
        var known = false;
        for (var k = the; k <= last; k++) known |= (body.Tokens[k].Flags & (NameTokenFlags.InQuote | NameTokenFlags.Shouting | NameTokenFlags.Headline)) != 0;
        return new Mention
        {
            Shape = MentionShape.Description,
            Span = body.Span(the, last),
            Surface = body.Phrase(the, last),
            Core = string.Join(' ', words),
            Words = [.. words],
            Roles = role is null ? [] : [role],
            KnownOnly = known,
        };
    }

    // "the president tweeted" — but not "the president of the company" or "the president Donald Trump".
    private static Mention? RoleDescription(TokenizedBody body, int the)
    {
        var tokens = body.Tokens;
        // Every role phrase tried below starts with the word after "the": asked once, not once per length.
        if (!EntityLexicon.RoleFirstWordLookup.Contains(tokens[the + 1].Text(body.Body))) return null;
        // Only a run of lower-case words can be the role: measured once, not again for each length tried.
        var run = 0;
        while (run < EntityLexicon.Roles.MaxWords && the + run + 1 < tokens.Length && tokens[the + run + 1].IsWord
               && !tokens[the + run + 1].Is(NameTokenFlags.Capitalized)) run++;
        for (var length = run; length >= 1; length--)
        {
            var last = the + length;
            var phrase = body.Phrase(the + 1, last);
            var group = EntityLexicon.Roles.Group(phrase);
            if (group < 0) continue;
            if (last + 1 < tokens.Length)
            {
                var next = tokens[last + 1];
                if (next.IsCapitalizedWord) return null;
                if (next.IsWord && body.Text(last + 1) is "of" or "for" or "at" or "and" or "or") return null;
            }
            return Describe(body, the, the + 1, last, EntityLexicon.Roles.Canonical(group));
        }
        return null;
    }

    // The noun phrase ends at the head: punctuation or a word that is no noun of the name ("answered", "said").
    private static bool EndsHere(TokenizedBody body, int next)
    {
        var token = body.Tokens[next];
        if (token.Kind == NameTokenKind.Possessive) return true;
        if (token.Kind != NameTokenKind.Word) return true;
        var word = token.Text(body.Body);
        return word is not ("of" or "for") && !EntityLexicon.OrganizationHeadLookup.Contains(word) && !EntityLexicon.RoleFirstWordLookup.Contains(word);
    }

    // "the sheriff's department", "the department": lower-case words ending in an organization head.
    private static Mention? OrganizationDescription(TokenizedBody body, int the)
    {
        var tokens = body.Tokens;
        for (var k = the + 1; k < tokens.Length && k - the <= MaxWords; k++)
        {
            var token = tokens[k];
            if (token.Kind == NameTokenKind.Possessive) continue;
            if (!token.IsWord || token.Is(NameTokenFlags.Capitalized)) return null;
            var word = token.Text(body.Body);
            if (EntityLexicon.StopWordLookup.Contains(word)) return null;
            if (!StandInHeadLookup.Contains(word) && (!EntityLexicon.OrganizationHeadLookup.Contains(word) || AmbiguousHeadLookup.Contains(word))) continue;
            if (k + 1 < tokens.Length && !EndsHere(body, k + 1)) return null;
            return Describe(body, the, the + 1, k, null);
        }
        return null;
    }
}
