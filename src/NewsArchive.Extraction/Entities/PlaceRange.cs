using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A range whose other end is a known place ("neighborhoods from Leeds to Harewood"; "from Monday to Friday" has none), or
/// a route named by its two ends ("the Ardrossan to Brodick crossing", "the London to Brighton line"): a name at either end
/// is a place.
/// </summary>
internal static class PlaceRange
{
    private static readonly FrozenSet<string> RouteNouns = FrozenSet.Create(StringComparer.Ordinal,
        ["crossing", "route", "routes", "service", "services", "line", "road", "flight", "flights", "ferry", "ferries", "train", "trains",
         "bus", "buses", "journey", "stretch", "section", "corridor", "railway", "sailing", "sailings", "link"]);

    /// <summary>True when the name <paramref name="surfaceFirst"/>..<paramref name="last"/> is one end of such a range or route.</summary>
    public static bool Is(TokenizedBody body, int surfaceFirst, int last)
    {
        var tokens = body.Tokens;
        // The name opens it: "from Mid-City to Lakeview", "the Ardrossan to Brodick crossing".
        if (last + 2 < tokens.Length && body.Text(last + 1) is "to" && tokens[last + 2].IsCapitalizedWord)
        {
            var end = last + 2;
            while (end + 1 < tokens.Length && tokens[end + 1].IsCapitalizedWord && end - last < 5) end++;
            var opened = surfaceFirst > 0 && body.Text(surfaceFirst - 1) is "from";
            var route = end + 1 < tokens.Length && tokens[end + 1].IsWord && RouteNouns.Contains(body.Text(end + 1));
            // A route's noun says both ends are places; "from" needs a known place at the other end.
            if (route || (opened && body.IsKnownPlace(last + 2, end))) return true;
        }
        // The name closes it: "from Leeds to Harewood", "the Ardrossan to Brodick crossing".
        if (surfaceFirst < 3 || body.Text(surfaceFirst - 1) is not "to" || !tokens[surfaceFirst - 2].IsCapitalizedWord) return false;
        if (last + 1 < tokens.Length && tokens[last + 1].IsWord && RouteNouns.Contains(body.Text(last + 1))) return true;
        var start = surfaceFirst - 2;
        while (start > 0 && tokens[start - 1].IsCapitalizedWord && surfaceFirst - start < 5) start--;
        return start > 0 && body.Text(start - 1) is "from" && body.IsKnownPlace(start, surfaceFirst - 2);
    }
}
