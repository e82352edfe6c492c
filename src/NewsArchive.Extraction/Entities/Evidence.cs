namespace NewsArchive.Extraction.Entities;

/// <summary>Points for each kind an entity may be; the kind with most points wins if it has enough.</summary>
/// <param name="Person">Points for a person.</param>
/// <param name="Organization">Points for an organization.</param>
/// <param name="Place">Points for a place.</param>
/// <param name="Club">Mentions a sports article writes as a team's ("beat Iowa", "No. 9 Iowa", "Iowa head coach"):
/// counted apart, since a gazetteer place's points would outweigh them one by one.</param>
internal readonly record struct Evidence(int Person, int Organization, int Place, int Club = 0)
{
    public const int Threshold = 2;

    public static Evidence operator +(Evidence a, Evidence b) =>
        new(a.Person + b.Person, a.Organization + b.Organization, a.Place + b.Place, a.Club + b.Club);

    /// <summary>The winning kind, or null when no kind has enough points.</summary>
    public EntityKind? Decide()
    {
        var best = Math.Max(Person, Math.Max(Organization, Place));
        if (best < Threshold) return null;
        if (Person == best && Person > Organization && Person > Place) return EntityKind.Person;
        if (Organization == best && Organization >= Place) return EntityKind.Organization;
        if (Place == best) return EntityKind.Place;
        return Person == best ? EntityKind.Person : null;
    }
}
