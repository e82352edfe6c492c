using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Resolves a text that speaks ("the article notes", "the report said", "the statement said") to whoever the text
/// was said to come from: its own owner ("according to a statement from the company", "an audit by the City
/// Auditor's Office warned"), else the latest earlier mention of the same noun and the entity joined to it —
/// "an article by the Washington Post", "Acme's statement", "a White House statement" — or else the subject of
/// that sentence ("Hancock issued a statement", "Osei, in a statement, called …"). Null when the text never says
/// whose it is.
/// </summary>
internal sealed class SourceResolver(Narrative narrative, SubjectFinder subjects)
{
    // Resolving a text can lead back to itself: "X's office said in a statement that it had …" — the statement's
    // subject is "it", and "it" is the statement again. A few steps deep is as far as any real telling goes.
    private const int MaxDepth = 3;
    private int _depth;

    /// <summary>The entity the text at token <paramref name="nounToken"/> (a phrase starting at <paramref name="anchor"/>) comes from.</summary>
    public string? Resolve(int nounToken, int anchor)
    {
        if (_depth >= MaxDepth) return null;
        _depth++;
        try
        {
            return ResolveOnce(nounToken, anchor);
        }
        finally
        {
            _depth--;
        }
    }

    private string? ResolveOnce(int nounToken, int anchor)
    {
        var text = narrative.Text;
        if (OwnerOf(nounToken, anchor) is { } own) return own;
        // "The council's report said": the organization the noun stands for; "The ombudsman's report said" with no
        // such organization: nobody, for the text names an owner of its own and no earlier report's owner is it.
        if (text.IsWord(nounToken - 1) && text.Tokens[nounToken - 1].Possessive)
            return narrative.IsDeterminer(nounToken - 2) ? subjects.NamedBy(nounToken - 2, anchor) : null;
        var noun = text.Word(nounToken);
        var research = Research.Contains(noun) || Authors.Contains(noun);
        // "the report" is the one the article introduced, however far back.
        var oldest = text.Tokens[anchor].FirstParagraph - MaxParagraphsBack;
        // "A team led by Dr Orla Feeney reported …" then "the authors wrote": the lead author speaks for the paper.
        if (Authors.Contains(noun) && LeadAuthor(anchor, oldest) is { } lead) return lead;
        for (var t = anchor - 1; t >= 0 && text.Tokens[t].Paragraph >= oldest; t--)
        {
            if (!text.IsWord(t)) continue;
            // "A study by the X Institute found …" then "the report said" / "the authors wrote": one piece of research.
            if (!text.Word(t).Equals(noun, StringComparison.OrdinalIgnoreCase) && !(research && Research.Contains(text.Word(t)))) continue;
            if (Authors.Contains(text.Word(t))) continue;
            if (OwnerOf(t, anchor) is { } owner) return owner;
            // "under the watchdog's new report card system": an owner the text gives by a noun is whose it is — or,
            // when the noun names nobody the text has, no one; never the subject of that sentence.
            if (text.Word(t).Equals(noun, StringComparison.OrdinalIgnoreCase) && PossessiveOwner(t) is var owned and >= 0)
                return subjects.NamedBy(owned, anchor);
            // Another research noun counts only with its maker named ("the review" the board commissioned is no source).
            if (!text.Word(t).Equals(noun, StringComparison.OrdinalIgnoreCase)) continue;
            var sentence = narrative.SentenceStart(t);
            // "in a statement", "in an email": the text belongs to whoever the sentence is about.
            var speaker = narrative.FollowsPreposition(t, sentence) || AfterPrepositionAndModifiers(t, sentence)
                ? subjects.FirstSubject(sentence, narrative.SentenceEnd(t), t)
                : subjects.Before(sentence, t, t).Speaker
                  // "Her partner, Owen Griffiths, read a statement": the text a sentence introduces is its subject's.
                  ?? (IsIndefinite(t - 1) ? subjects.FirstSubject(sentence, t, t) : null);
            // "“…,” the statement read." names no owner but points back again, to the statement the text introduced.
            if (speaker is not null || !IsDefinite(t - 1)) return speaker ?? InspectionReport(noun, nounToken, anchor);
        }
        return InspectionReport(noun, nounToken, anchor);
    }

    // "The CQC rated the unit inadequate after an inspection. … the report said": a report nobody is said to own, in
    // a text about an inspection, is the inspecting body's.
    private string? InspectionReport(ReadOnlySpan<char> noun, int nounToken, int anchor) =>
        noun.Equals("report", StringComparison.OrdinalIgnoreCase) ? subjects.InspectionAgent(anchor) ?? CouncilReport(Math.Max(anchor, nounToken + 1)) : null;

    // "The report to cabinet said …", "officers recommended approval in a report": a report put to a council's
    // cabinet or councillors, with no other owner named, is the council's — the one council the article names most,
    // or, among councils named as often, the one it names first (the story's own council, named in its opening).
    private string? CouncilReport(int anchor)
    {
        var text = narrative.Text;
        var marked = false;
        for (var t = anchor - 1; t >= 0 && !marked; t--)
        {
            if (!text.IsWord(t) || !text.Word(t).Equals("report", StringComparison.OrdinalIgnoreCase)) continue;
            var start = narrative.SentenceStart(t);
            var end = narrative.SentenceEnd(t);
            for (var k = start; k < end && !marked; k++)
                marked = text.IsWord(k) && !text.IsCapitalized(k) && CouncilPaperWords.Contains(text.Word(k));
        }
        if (!marked) return null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>(); // councils in the order the text first names them
        foreach (var mention in narrative.Mentions.All)
        {
            var name = mention.Speaker.Entity.Name;
            if (mention.Speaker.IsPerson || !name.EndsWith(" Council", StringComparison.Ordinal)) continue;
            if (!counts.ContainsKey(name)) order.Add(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }
        string? best = null;
        var bestCount = 0;
        foreach (var name in order)
            if (counts[name] > bestCount) { best = name; bestCount = counts[name]; }
        return best;
    }

    private static readonly WordLookup CouncilPaperWords = WordLookup.FromList("speech-council-paper-words");

    // The start of a possessive common-noun phrase up to two modifiers before the noun at t ("the watchdog's new
    // report" → "the"); -1 when there is none (a name's possessive is OwnerOf's).
    private int PossessiveOwner(int t)
    {
        var text = narrative.Text;
        for (var k = t - 1; k >= t - 3 && text.IsWord(k); k--)
        {
            if (!text.Tokens[k].Possessive) continue;
            if (narrative.Mentions.EndingAt(k) is not null || text.IsCapitalized(k)) return -1;
            return narrative.IsDeterminer(k - 1) ? k - 1 : k;
        }
        return -1;
    }

    // The person named right after the latest "led by" from paragraph `oldest` on, if any.
    private string? LeadAuthor(int anchor, int oldest)
    {
        var text = narrative.Text;
        for (var t = anchor - 2; t >= 0 && text.Tokens[t].Paragraph >= oldest; t--)
        {
            if (!text.IsWord(t) || !text.Word(t).Equals("led", StringComparison.OrdinalIgnoreCase)
                || !text.IsWord(t + 1) || !text.Word(t + 1).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            var k = t + 2;
            while (narrative.IsDeterminer(k) && narrative.Mentions.StartingAt(k) is null) k++;
            // "led by Dr. Garrity": the title stands before the name.
            if (narrative.Mentions.StartingAt(k) is null && text.IsWord(k) && text.IsCapitalized(k)) k += text.IsPunctuation(k + 1, '.') ? 2 : 1;
            return narrative.Mentions.StartingAt(k) is { Speaker.IsPerson: true, Possessive: false } lead ? lead.Speaker.Entity.Name : null;
        }
        return null;
    }

    private bool IsIndefinite(int t) =>
        narrative.Text.IsWord(t) && narrative.Text.Word(t) is var w
        && (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase));

    private bool IsDefinite(int t) =>
        narrative.Text.IsWord(t) && narrative.Text.Word(t) is var w
        && (w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("this", StringComparison.OrdinalIgnoreCase)
            || w.Equals("that", StringComparison.OrdinalIgnoreCase));

    // "in an emailed statement", "in a brief written statement", "in its quarterly Monetary Policy Report": a
    // preposition, a determiner and up to three modifiers that name no one.
    private bool AfterPrepositionAndModifiers(int noun, int floor)
    {
        var text = narrative.Text;
        for (var k = noun - 1; k >= floor && k >= noun - 4; k--)
        {
            if (!text.IsWord(k) || narrative.Mentions.EndingAt(k) is not null) return false;
            if (narrative.IsDeterminer(k)) return k - 1 >= floor && narrative.IsPreposition(k - 1);
        }
        return false;
    }

    private static readonly WordLookup Research = new(WordList.Lines("speech-source-research").Where(l => !l.EndsWith('*')));
    private static readonly WordLookup Authors =
        new(WordList.Lines("speech-source-research").Where(l => l.EndsWith('*')).Select(l => l.TrimEnd('*')));
    private static readonly SpeechCues Cues = new();
    private static readonly WordLookup ReaderVerbs = WordLookup.FromList("speech-source-reader-verbs");
    private static readonly WordLookup PrintedPieces = new(["article", "review", "editorial", "column", "piece", "profile", "story", "leader"]);
    private const int MaxWordsBeforeBy = 5;
    private const int MaxParagraphsBack = 6;

    /// <summary>True for the plural writers of a report ("authors", "auditors"), who speak for it.</summary>
    public static bool IsAuthors(ReadOnlySpan<char> noun) => Authors.Contains(noun);

    private string? OwnerOf(int noun, int anchor)
    {
        var text = narrative.Text;
        var mentions = narrative.Mentions;
        if (Authors.Contains(text.Word(noun))) return null;

        // "A study of that pilot by the X", "a report released in May by the X", "the lawsuit, filed in 2024 by the X,":
        // the text's maker a few words on.
        {
            var first = text.IsPunctuation(noun + 1, ',') ? noun + 2 : noun + 1;
            // Up to the quotation this resolves for, or for the phrase the quotation's cue opens with, to its sentence's end.
            var limit = anchor > noun ? anchor : narrative.SentenceEnd(noun);
            for (var k = first; k <= first + MaxWordsBeforeBy && text.IsWord(k) && k < limit; k++)
            {
                if (Cues.TryMatch(text, k, out _)) break;
                if (!text.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
                // "the message, which was reviewed by FreightLane Daily": whoever read it is not whose it is.
                if (text.IsWord(k - 1) && ReaderVerbs.Contains(text.Word(k - 1))) break;
                var j = k + 1;
                while (narrative.IsDeterminer(j) && mentions.StartingAt(j) is null) j++;
                // "by the engineering firm Kessler-Rowe": a lowercase noun or two that say what the maker is.
                for (var d = 0; d < 2 && mentions.StartingAt(j) is null && text.IsWord(j) && !text.IsCapitalized(j)
                                && !narrative.IsFunctionWord(text.Word(j)); d++) j++;
                if (mentions.StartingAt(j) is { Possessive: false } maker) return maker.Speaker.Entity.Name;
                break;
            }
        }

        // "article by the Washington Post", "a statement from the company", "report of the committee"
        for (var k = noun + 1; k <= noun + 2 && text.IsWord(k); k++)
        {
            var w = text.Word(k);
            if (!(w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("from", StringComparison.OrdinalIgnoreCase)
                  || w.Equals("of", StringComparison.OrdinalIgnoreCase))) continue;
            var j = k + 1;
            while (narrative.IsDeterminer(j) && mentions.StartingAt(j) is null) j++;
            if (mentions.StartingAt(j) is { } owner) return owner.Speaker.Entity.Name;
            if (subjects.NamedBy(k + 1, anchor) is { } named) return named;
        }

        // "a 1998 review in the Courier", "an editorial in The Times": a piece printed in a publication is its voice.
        if (PrintedPieces.Contains(text.Word(noun)) && text.IsWord(noun + 1) && text.Word(noun + 1).Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            var j = noun + 2;
            while (narrative.IsDeterminer(j) && mentions.StartingAt(j) is null) j++;
            if (mentions.StartingAt(j) is { Possessive: false, Speaker.IsPerson: false } publication) return publication.Speaker.Entity.Name;
        }

        // "a Washington Post article", "Acme's new statement"
        if (mentions.EndingAt(noun - 1) is { } modifier) return modifier.Speaker.Entity.Name;
        for (var k = noun - 2; k >= noun - 3 && k >= 0 && text.IsWord(k); k--)
        {
            if (mentions.EndingAt(k) is { Possessive: true } owner) return owner.Speaker.Entity.Name;
        }
        return null;
    }
}
