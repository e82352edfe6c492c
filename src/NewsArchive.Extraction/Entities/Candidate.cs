namespace NewsArchive.Extraction.Entities;

/// <summary>A run of capitalized tokens (with the connectors that may join them) that may name something.</summary>
/// <param name="First">Index of its first token.</param>
/// <param name="Last">Index of its last token (inclusive).</param>
/// <param name="KnownOnly">Inside a quotation, a shouted run or a headline line: it may mention an entity
/// found elsewhere but must not introduce one.</param>
internal readonly record struct Candidate(int First, int Last, bool KnownOnly);
