namespace NewsArchive.Data.Search;

/// <summary>One thing to look for: a word or a quoted phrase, maybe a prefix ("immig*"), maybe excluded ("-trump").</summary>
/// <param name="Words">Letters and digits only, words separated by single spaces.</param>
public sealed record SearchTerm(string Words, bool IsPhrase, bool IsPrefix, bool IsExcluded);
