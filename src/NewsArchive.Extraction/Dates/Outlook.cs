using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// Predictions with a date: "rain would fall over the hills on Wednesday", "the river is expected to peak on Thursday",
/// "services are expected to return to normal by 8am on Wednesday". What a forecast says will happen by a day, or what
/// the weather will do on it, is an outlook, not a dated happening; a deadline ("must be out by noon Tuesday") and a
/// plan ("is expected to reopen Friday") still are.
/// </summary>
internal static class Outlook
{
    private const int Reach = 16; // words of the clause before the date that may hold the prediction

    public static bool IsOutlook(DateScan scan, DateMention mention)
    {
        var (first, _) = scan.TokensOf(mention.Sentence);
        var byLimit = IsByLimit(scan, mention, first);
        var predicted = false;
        var weather = false;
        // "The school, where hail broke dozens of windows, will be closed Wednesday": the weather of a relative aside is
        // what happened there, not what the clause forecasts.
        var aside = ClauseTense.AsideBefore(scan, mention, first);
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - Reach; i--)
        {
            if (i > aside.From && i < aside.To) continue;
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ';' or ':' or '—' or '–' or '"' or '“' or '”') break;
            if (t.Kind != TokenKind.Word) continue;
            var word = scan.Text(i);
            if (DateWords.PredictionWords.Contains(word)) predicted = true;
            // "Temperatures are expected to fall …": a sentence may open with the weather word.
            if (DateWords.WeatherNouns.Contains(word) && (char.IsLower(scan.Body[t.Start]) || i == first)) weather = true;
        }
        // "Highs on Friday should climb back into the 40s": the prediction may follow the date it is about.
        if (!predicted && weather) predicted = PredictedAfter(scan, mention);
        if (predicted && byLimit) return true;
        if (!weather) return false;
        return predicted || HasFuture(scan, mention, first);
    }

    // "rain would fall", "the peak there will arrive": a plain future about the weather is a forecast too.
    private static bool HasFuture(DateScan scan, DateMention mention, int first)
    {
        for (var i = mention.FirstToken - 1; i >= first && i >= mention.FirstToken - Reach; i--)
        {
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ';' or ':' or '—' or '–' or '"' or '“' or '”') return false;
            if (scan.IsWord(i, "would") || scan.IsWord(i, "will")) return true;
        }
        return false;
    }

    private static bool PredictedAfter(DateScan scan, DateMention mention)
    {
        var (_, end) = scan.TokensOf(mention.Sentence);
        for (var i = mention.LastToken + 1; i < end && i <= mention.LastToken + 3; i++)
            if (scan.Tokens[i].Kind == TokenKind.Word && DateWords.PredictionWords.Contains(scan.Text(i))) return true;
        return false;
    }

    // "by Saturday", "by 8am on Wednesday", "by the end of August": the date is a limit something is to come by;
    // "until at least Saturday": one something is to last to.
    private static bool IsByLimit(DateScan scan, DateMention mention, int first)
    {
        var i = mention.FirstToken - 1;
        if (i - 2 >= first && scan.IsWord(i, "least") && scan.IsWord(i - 1, "at") && scan.IsWord(i - 2, "until")) return true;
        if (i - 3 >= first && scan.IsWord(i, "of") && scan.IsWord(i - 1, "end") && scan.IsWord(i - 2, "the")) i -= 3;
        for (var k = 0; k < 4 && i >= first; k++, i--)
        {
            if (scan.IsWord(i, "by")) return true;
            var t = scan.Tokens[i];
            if (t.Kind == TokenKind.Number) continue;
            if (t.Kind == TokenKind.Symbol && scan.Body[t.Start] is ':' or '.') continue;
            if (!(scan.IsWord(i, "on") || scan.IsWord(i, "am") || scan.IsWord(i, "pm") || scan.IsWord(i, "noon") || scan.IsWord(i, "midnight")
                  || scan.IsWord(i, "a") || scan.IsWord(i, "m"))) return false;
        }
        return false;
    }
}
