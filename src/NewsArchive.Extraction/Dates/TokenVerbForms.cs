namespace NewsArchive.Extraction.Dates;

/// <summary>The verb-form word lists a token's word is in.</summary>
[Flags]
internal enum VerbForms : byte
{
    Read = 1, // the token has been looked up (so "none of the lists" is told from "not yet asked")
    FutureMarkerStart = 2, // a word a future marker opens with ("will", "plans", "'ll")
    StrongPast = 4, // an irregular past form ("won", "said")
    RegularPast = 8, // an "-ed" past form not on the list of "-ed" words that are no verbs
}

/// <summary>
/// Each token's verb forms, looked up once per token: <see cref="ClauseTense"/> reads the overlapping clauses of every
/// date mention in a sentence, asking the same word lists of the same tokens again and again.
/// </summary>
internal sealed class TokenVerbForms(DateScan scan)
{
    private readonly VerbForms[] _forms = new VerbForms[scan.Tokens.Count];

    public bool Has(int token, VerbForms form)
    {
        var forms = _forms[token];
        if (forms == 0) _forms[token] = forms = Read(token);
        return (forms & form) != 0;
    }

    private VerbForms Read(int token)
    {
        var word = scan.Text(token);
        var forms = VerbForms.Read;
        if (DateWords.FutureMarkerStarts.Contains(word) || word.SequenceEqual("ll")) forms |= VerbForms.FutureMarkerStart;
        if (DateWords.PastVerbs.Contains(word)) forms |= VerbForms.StrongPast;
        if (word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !DateWords.NotPastVerbs.Contains(word)) forms |= VerbForms.RegularPast;
        return forms;
    }
}
