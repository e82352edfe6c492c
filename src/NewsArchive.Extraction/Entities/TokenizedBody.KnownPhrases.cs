using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>Whether a phrase of the body is a known organization or place.</summary>
internal sealed partial record TokenizedBody
{
    // The role parser, the classifier, the cues and the mention builder ask the lists about the same candidate's phrase
    // one after another: the last phrase each list was asked about keeps its answer.
    private (int First, int Last, int Group) _lastOrganization = (-1, -1, -1);
    private (int First, int Last, int Group) _lastPlace = (-1, -1, -1);

    /// <summary><see cref="EntityLexicon.Organizations"/>' group of <see cref="Phrase"/>(<paramref name="first"/>, <paramref name="last"/>), or -1.</summary>
    public int OrganizationGroup(int first, int last)
    {
        if (_lastOrganization.First != first || _lastOrganization.Last != last)
            _lastOrganization = (first, last, EntityLexicon.Organizations.Group(Phrase(first, last)));
        return _lastOrganization.Group;
    }

    /// <summary><see cref="EntityLexicon.Places"/>' group of <see cref="Phrase"/>(<paramref name="first"/>, <paramref name="last"/>), or -1.</summary>
    public int PlaceGroup(int first, int last)
    {
        if (_lastPlace.First != first || _lastPlace.Last != last)
            _lastPlace = (first, last, EntityLexicon.Places.Group(Phrase(first, last)));
        return _lastPlace.Group;
    }

    /// <summary>The phrase of tokens <paramref name="first"/>..<paramref name="last"/> is a known organization.</summary>
    public bool IsKnownOrganization(int first, int last) => OrganizationGroup(first, last) >= 0;

    /// <summary>The phrase of tokens <paramref name="first"/>..<paramref name="last"/> is a known place.</summary>
    public bool IsKnownPlace(int first, int last) => PlaceGroup(first, last) >= 0;
}
