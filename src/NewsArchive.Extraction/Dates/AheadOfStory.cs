using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Treadwell said Delacroix would be re-evaluated Monday", "said it planned to send a letter to the carrier on
/// Monday", "firefighters braced for stronger gusts on Saturday": a weekday after "would", after an infinitive of
/// intent, or inside what a verb of anticipation looks ahead to, is the future of the saying or planning,
/// told from the story's own time, so it lies ahead of the story whatever the past verb before it made of the clause.
/// </summary>
internal static class AheadOfStory
{
    private const int MaxGap = 10; // "would hold a public meeting at the community centre on"

    private static readonly FilteredWords IntentVerbs = new(WordList.Set("dates-intent-verbs"));
    private static readonly FilteredWords AnticipationVerbs = new(WordList.Set("dates-anticipation-verbs"));

    /// <summary>Whether a weekday follows "would" (not "would have"), "planned to …" or "braced for …" in its clause.</summary>
    public static bool Is(DateScan scan, DateMention mention)
    {
        // A bare weekday, or one written with its day ("would hold a meeting on Tuesday 22 September"): news names the
        // days near the story by weekday, so they are told from the story's time ("would end on Sept. 30" may not be).
        if (mention.Expression is not ({ Form: DateForm.Weekday } or { Form: DateForm.Calendar, WeekdayStated: true, Year: 0 })) return false;
        var (first, _) = scan.TokensOf(mention.Sentence);
        var low = Math.Max(first, mention.FirstToken - MaxGap);
        for (var i = mention.FirstToken - 1; i >= low; i--)
        {
            if (DateContext.IsClauseBreak(scan, i) || scan.IsSymbol(i, ',')) return false;
            if (scan.IsWord(i, "would")) return i + 1 < mention.FirstToken && !scan.IsWord(i + 1, "have");
            if (scan.IsWord(i, "to") && i - 1 >= first && IntentVerbs.Contains(scan.Text(i - 1)) && i + 1 < mention.FirstToken
                && scan.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(scan.Body[scan.Tokens[i + 1].Start])
                // ("presented the plan to the board on Tuesday": a noun "plan" and its recipient, not an infinitive.)
                && !ClauseTense.IsRecipientAfterTo(scan, i - 1, i + 1)) return true;
            if (scan.IsWord(i, "for") && i - 1 >= first && AnticipationVerbs.Contains(scan.Text(i - 1))) return true;
            // Another past verb nearer the date governs it ("would say it closed on Monday").
            if (ClauseTense.IsPastVerb(scan, i) && !IsParticipleAfterBe(scan, i)) return false;
        }
        return false;
    }

    // "would be re-evaluated Monday": a participle after "be" is the verb "would" governs, not a past verb of its own.
    private static bool IsParticipleAfterBe(DateScan scan, int i)
    {
        // "re-evaluated", "co-hosted": the prefix is part of the participle.
        if (i >= 2 && scan.IsSymbol(i - 1, '-')) i -= 2;
        return i > 0 && (scan.IsWord(i - 1, "be") || scan.IsWord(i - 1, "been"));
    }
}
