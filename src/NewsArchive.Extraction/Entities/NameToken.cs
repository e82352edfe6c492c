namespace NewsArchive.Extraction.Entities;

/// <summary>What a token is.</summary>
internal enum NameTokenKind : byte
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or full stops ("U.S.", "O'Brien", "Sen.").</summary>
    Word,
    /// <summary>Starts with a digit.</summary>
    Number,
    /// <summary>A possessive ending split off its word ("'s", "’s").</summary>
    Possessive,
    /// <summary>One punctuation character.</summary>
    Punctuation,
}

/// <summary>Facts about a token that candidate finding and classification ask about.</summary>
[Flags]
internal enum NameTokenFlags : ushort
{
    None = 0,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,
    /// <summary>Two or more letters, none lower-case ("ICE", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>First word of a sentence or of a quotation.</summary>
    SentenceStart = 4,
    /// <summary>Inside a quotation: may mention a known entity but never introduces one.</summary>
    InQuote = 8,
    /// <summary>Part of a run of four or more all-caps words: shouting, not names.</summary>
    Shouting = 16,
    /// <summary>In a body line written in headline case.</summary>
    Headline = 32,
    /// <summary>Joined to the previous token by a hyphen ("then-U.S.", "Denver-based").</summary>
    AfterHyphen = 64,
}

/// <summary>One token of the body: its offsets, kind and flags.</summary>
internal readonly record struct NameToken(int Start, int End, NameTokenKind Kind, NameTokenFlags Flags)
{
    public bool Is(NameTokenFlags flag) => (Flags & flag) == flag;

    public bool IsWord => Kind == NameTokenKind.Word;

    public bool IsCapitalizedWord => Kind == NameTokenKind.Word && Is(NameTokenFlags.Capitalized);

    public ReadOnlySpan<char> Text(string body) => body.AsSpan(Start, End - Start);

    public string String(string body) => body.Substring(Start, End - Start);
}
