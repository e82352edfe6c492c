using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Dates;

/// <summary>
/// "Voters approved a bond package in yesterday's election … on the Nov. 5 ballot", "polls close tonight … early and
/// Election Day ballots": a US general election told as the story's yesterday, today or tomorrow is the first Tuesday
/// from 2 November on. Its year is the first after the finished happenings in which that Tuesday is the November day
/// the narrative names (else the first such election day after them).
/// </summary>
internal static class ElectionNeighbourDay
{
    private const int SearchYears = 12;

    /// <summary>The story's day, or null.</summary>
    public static DateOnly? Find(DateScan scan, DateOnly? bound, DateOnly today)
    {
        if (bound is not { } b) return null;
        foreach (var m in scan.Mentions)
        {
            if (m.Expression is not { Form: DateForm.Relative, Unit: RelativeUnit.Day, Offset: >= -1 and <= 1, FromPrevious: false } e
                || DateContext.IsInsideQuotation(scan, m) || !NamesElection(scan, m)) continue;
            if (!ToldAsGeneral(scan, out var novemberDay)) return null;
            for (var year = b.Year; year <= b.Year + SearchYears; year++)
            {
                var election = ElectionDay.In(year);
                if (election < b || novemberDay is { } d && election.Day != d) continue;
                var day = election.AddDays(-e.Offset);
                return day <= today ? day : null;
            }
            return null;
        }
        return null;
    }

    // "yesterday's election", "the election yesterday", "elections today": the word within two tokens of the day.
    private static bool NamesElection(DateScan scan, DateMention m)
    {
        var (first, end) = scan.TokensOf(m.Sentence);
        for (var i = Math.Max(first, m.FirstToken - 2); i <= m.LastToken + 3 && i < end; i++)
            if (scan.IsWord(i, "election") || scan.IsWord(i, "elections")) return true;
        return false;
    }

    // Whether the narrative names "Election Day" or a November day on which a general election can fall (2 to 8
    // November, as in "the Nov. 5 ballot"); that day, when named.
    private static bool ToldAsGeneral(DateScan scan, out int? novemberDay)
    {
        novemberDay = null;
        foreach (var m in scan.Mentions)
            if (m.Expression is { Form: DateForm.Calendar, Year: 0, Month: 11, Day: >= 2 and <= 8 } e && !DateContext.IsInsideQuotation(scan, m))
            {
                novemberDay = e.Day;
                return true;
            }
        var body = scan.Body;
        for (var at = body.IndexOf("Election Day", StringComparison.Ordinal); at >= 0; at = body.IndexOf("Election Day", at + 1, StringComparison.Ordinal))
            if (!scan.IsInsideQuotation(at)) return true;
        return false;
    }
}
