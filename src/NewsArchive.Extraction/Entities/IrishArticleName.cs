using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// An Irish name that opens with the article "An": "An Bord Pleanála", "An Post", "An Taisce", "An Garda Síochána".
/// Mid-sentence an English "an" is never capitalized, so a capital "An" before a capitalized word is part of the name,
/// and such names in the news are national bodies. ("An Taoiseach" is a title, and a sentence's first "An" is English.)
/// </summary>
internal static class IrishArticleName
{
    /// <summary>True when token <paramref name="first"/> is a mid-sentence "An" opening the name that runs to <paramref name="last"/>.</summary>
    public static bool Opens(TokenizedBody body, int first, int last) =>
        first < last && body.Text(first) is "An" && !body.Tokens[first].Is(NameTokenFlags.SentenceStart)
        && !body.Tokens[first].Is(NameTokenFlags.AllCaps) && body.Tokens[first + 1].IsCapitalizedWord
        && !EntityLexicon.Roles.Contains(body.Text(first + 1)) && !body.IsDemonym(first + 1);
}
