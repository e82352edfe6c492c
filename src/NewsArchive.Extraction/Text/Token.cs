namespace NewsArchive.Extraction.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind
{
    /// <summary>A run of letters.</summary>
    Word,
    /// <summary>A run of digits, with any ',' or '.' between digits ("14,000", "3.5").</summary>
    Number,
    /// <summary>Any other single non-space character.</summary>
    Symbol,
}

/// <summary>One token of the body: its kind and where it stands.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string body) => body.AsSpan(Start, End - Start);
}
