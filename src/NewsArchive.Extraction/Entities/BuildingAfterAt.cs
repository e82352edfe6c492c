using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// A building named after "at" is where something happened: "the meeting at Ashby Town Hall", "traders at Brindle
/// Market", "a show at the Grand Theatre"; so is one after "near" or "outside" ("a shop near Wexford Cathedral",
/// "a protest outside Ashby Town Hall"). "City Hall" and "County Hall" stand for a government wherever they are.
/// </summary>
internal static class BuildingAfterAt
{
    private static readonly FrozenSet<string> Heads = WordList.Set("place-building-heads", StringComparer.Ordinal);

    // "a meeting at Kidlington Baptist Church": a denomination's church is named as its congregation, a body, while "a
    // service at St Anne's Church" names the parish church where it was held.
    private static readonly FrozenSet<string> Denominations = FrozenSet.Create(StringComparer.Ordinal,
        ["Baptist", "Methodist", "Presbyterian", "Lutheran", "Episcopal", "Pentecostal", "Evangelical", "Congregational", "Adventist",
         "AME", "Apostolic", "Wesleyan", "Mennonite", "Unitarian", "Reformed", "Christian", "Community", "Bible", "Gospel"]);

    /// <summary>True when the name <paramref name="first"/>..<paramref name="last"/> is a building's, after "at", "near" or "outside" (with or without "the").</summary>
    public static bool Is(TokenizedBody body, ParsedName name, int first, int last)
    {
        if (last == first || !Heads.Contains(body.Text(last)) || body.Text(last - 1) is "City" or "County") return false;
        if (body.Text(last) is "Church" or "Chapel" && Denominations.Contains(body.Text(last - 1))) return false;
        // "at Ann Hall's house": a given name and a surname are a person.
        if (last == first + 1 && body.IsGivenName(first)) return false;
        var k = name.SurfaceFirst - 1;
        if (k >= 0 && body.Text(k) is "the") k--;
        return k >= 0 && body.Tokens[k].IsWord && body.Text(k) is "at" or "near" or "outside";
    }
}
