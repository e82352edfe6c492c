namespace NewsArchive.Extraction.Entities;

/// <summary>How a mention names its entity.</summary>
internal enum MentionShape : byte
{
    /// <summary>A proper name, possibly with a title ("Denver Mayor Michael Hancock", "Hancock").</summary>
    Name,
    /// <summary>A short all-capitals name ("ICE", "ACLU").</summary>
    Acronym,
    /// <summary>A definite description: "the president", "the sheriff's department".</summary>
    Description,
}

/// <summary>One place in the body that names or describes an entity, before alias resolution.</summary>
internal sealed record Mention
{
    /// <summary>How it names its entity.</summary>
    public required MentionShape Shape { get; init; }

    /// <summary>The whole surface form, titles included (possessive ending excluded).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The surface text: a candidate alias ("President Trump", "the president").</summary>
    public required string Surface { get; init; }

    /// <summary>The name without titles, roles or a leading "the" ("Trump"); for descriptions, the head.</summary>
    public required string Core { get; init; }

    /// <summary>The words of <see cref="Core"/>.</summary>
    public required string[] Words { get; init; }

    /// <summary>Roles the mention gives its entity ("Mayor of Denver"); for a description, the role it names.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The honorific used ("Mr", "Mrs"), if any, without its full stop.</summary>
    public string? Honorific { get; init; }

    /// <summary>True inside quotations, shouting or headline lines: may only refer to an entity found elsewhere.</summary>
    public bool KnownOnly { get; init; }

    /// <summary>What the mention and its context say about the entity's kind.</summary>
    public Evidence Evidence { get; init; }

    /// <summary>An acronym given in parentheses right after the name ("Immigration and Customs Enforcement (ICE)").</summary>
    public string? IntroducedAcronym { get; init; }

    /// <summary>The known organization the core names (a group number shared by its aliases), or -1.</summary>
    public int OrganizationGroup { get; init; } = -1;

    /// <summary>The known place the core names (a group number shared by its aliases), or -1.</summary>
    public int PlaceGroup { get; init; } = -1;

    /// <summary>The surface form without its qualifier ("Mayor Ann Cole" for "Riverton Mayor Ann Cole"), if it differs.</summary>
    public string? ShortSurface { get; init; }

    /// <summary>The "the" or "The" written right before the name, if any ("the Washington Post").</summary>
    public string? Article { get; init; }

    /// <summary>True when the core is an organization head standing alone after "the" ("the Post").</summary>
    public bool HeadOnly { get; init; }

    /// <summary>
    /// True when the word before the mention ties it to a person: another name word ("April Fenwick", "Hyun-woo Baek"),
    /// a relative's noun ("his daughter Amna") or a quotation it speaks ("'…,' Okonkwo said"). Such a lone word is a
    /// person's name even when no one else bears it.
    /// </summary>
    public bool AfterPersonWord { get; init; }
}
