using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>A candidate split into its title part and its name part.</summary>
/// <param name="SurfaceFirst">First token of the surface form (title included, leading "The" excluded).</param>
/// <param name="CoreFirst">First token of the name proper.</param>
/// <param name="CoreLast">Last token of the name proper; below <paramref name="CoreFirst"/> when only a title stands.</param>
/// <param name="Role">The role the title gives ("Mayor of Denver"), if any.</param>
/// <param name="Honorific">"Mr", "Mrs", "Sir"… if one stands before the name.</param>
/// <param name="Qualifier">Tokens of a place or organization qualifying the title ("Denver" in "Denver Mayor",
/// "Target Corp." in "Target Corp. Chief Executive"), or null.</param>
/// <param name="AfterThe">A "the" stands before the name.</param>
/// <param name="TitleFirst">First token of the title after its qualifier ("Mayor" in "Riverton Mayor Ann Cole"), or -1.</param>
/// <param name="QualifierIsPlace">The qualifier names a place (the gazetteer says so, or the title is a local one: "Riverton Mayor").</param>
internal readonly record struct ParsedName(
    int SurfaceFirst, int CoreFirst, int CoreLast, string? Role, string? Honorific, (int First, int Last)? Qualifier, bool AfterThe,
    bool QualifierIsPlace = false, int TitleFirst = -1)
{
    public bool HasName => CoreLast >= CoreFirst;
}

/// <summary>
/// Turns titles into roles: a title before a name ("Denver Mayor Michael Hancock" → role "Mayor of Denver";
/// "then-U.S. Attorney General Jeff Sessions" → "U.S. Attorney General"), a lower-case role before a name
/// ("legal director Mark Silverstein"), and an appositive after one ("Mark Silverstein, legal director at the
/// ACLU of Colorado, wrote").
/// </summary>
internal sealed class RoleExtractor
{
    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.Ordinal,
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);

    // Titles held over a place: what stands before them is a town, county or state ("Riverton Mayor Ann Cole").
    private static readonly FrozenSet<string> LocalTitles = WordList.Set("role-words-local", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RosterPositions = WordList.Set("role-words-roster-positions", StringComparer.Ordinal);

    private static readonly FrozenSet<string> PostNominals = WordList.Set("name-post-nominals", StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseVerbs = FrozenSet.Create(StringComparer.Ordinal,
        ["became", "was", "is", "has", "had", "joined", "left", "took", "won", "lost", "led", "began", "will", "would", "said", "says"]);

    private static readonly FrozenSet<string> AppositiveOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["a", "an", "the", "now", "then"]);

    /// <summary>Splits a candidate into title and name.</summary>
    public ParsedName Parse(TokenizedBody body, Candidate candidate)
    {
        var first = candidate.First;
        var last = candidate.Last;
        var afterThe = first > 0 && body.Tokens[first - 1].IsWord && body.Text(first - 1) is "the" or "The";
        if (body.Text(first) is "The" && first < last && !KeepsArticle(body.Phrase(first, last), body.Phrase(first + 1, last)))
        {
            first++;
            afterThe = true;
        }
        (first, last) = Trim(body, first, last);
        if (first > last) return new ParsedName(first, first, first - 1, null, null, null, afterThe);
        if (body.IsKnownOrganization(first, last) || body.IsKnownPlace(first, last))
            return new ParsedName(first, first, last, null, null, null, afterThe);

        var k = first;
        string? role = null;
        (int, int)? qualifier = null;
        var qualifierIsPlace = false;
        // "U.S. Attorney General": a qualified role may reach further than a role at the start ("U.S. Attorney").
        var roleLength = MatchRole(body, k, last);
        var qualified = QualifiedRole(body, first, last);
        if (qualified.Role is not null && qualified.Next > first + roleLength) (k, role, qualifier, qualifierIsPlace) = qualified;
        else if (roleLength > 0)
        {
            role = RoleText(body, k, k + roleLength - 1);
            k += roleLength;
        }
        // "Deputy Assistant Commissioner Jo Roe", "Deputy Assistant Administrator Jo Roe": ranks stack, and a listed rank
        // right after one is more of the title, never the first word of the name.
        while (role is not null && MatchRole(body, k, last) is var more and > 0 && k + more < last && IsPersonName(body, k + more, last))
        {
            role += " " + RoleText(body, k, k + more - 1);
            k += more;
        }
        if (role is not null) (k, role) = ExtendWithOf(body, k, last, role);
        if (role is not null && (qualifier is null || QualifierIsRole(body, qualifier.Value)) && GivenNameEndsRole(body, k, last))
        {
            qualifier = null;
            // "PC Dean Ollerby", "councillor Dean Roe": a title word that is also a given name, followed by a lone surname,
            // is the person's given name; the title before it (if any) stays the role. ("Harvard Dean Roe" keeps the title.)
            k--;
            role = k > first ? RoleText(body, first, k - 1) : null;
        }

        string? honorific = null;
        if (k <= last && body.IsHonorific(k) && (k < last || role is null))
        {
            honorific = body.Text(k).TrimEnd('.');
            k++;
            // A peer keeps the title in the name: "Lord Felling", "Baroness Hale" (but "Lady Diana Spencer" is Diana Spencer).
            if (honorific is "Lord" or "Lady" or "Baroness" or "Baron" && k == last && !body.IsGivenName(k)) k--;
            // "Mrs Justice Roe", "Lord Justice Doe": a judicial title after the honorific is the role, the surname the name.
            // ("Mr Justice Declan Furlong" with the given name too.)
            else if (role is null && k < last && body.Text(k) is "Justice" && (!body.IsGivenName(k + 1) || k + 1 < last))
            {
                role = body.Text(k);
                k++;
            }
        }
        if (role is null && honorific is null && DescriptorBeforeHonorific(body, first, last) is { } at)
        {
            role = body.Phrase(first, at - 1);
            honorific = body.Text(at).TrimEnd('.');
            k = at + 1;
            // "Labour Cllr Jane Roe", "Sinn Féin Colr. Ann Lee": a party before a councillor's honorific is the party
            // the councillor sits for, a mention of it, and with the honorific the role.
            if (CouncillorHonorifics.Contains(honorific) && EntityClassifier.Parties.Contains(role))
            {
                qualifier = (first, at - 1);
                role += " councillor";
            }
        }
        // "Conservative Martin Ellery", "Liberal Democrat Stuart Kemble": a party written before a given name and a surname is
        // the party the person stands for (UK election coverage), a mention of it, and the person's role.
        if (role is null && honorific is null && PartyBeforeName(body, first, last) is { } partyEnd)
        {
            role = body.Phrase(first, partyEnd);
            qualifier = (first, partyEnd);
            k = partyEnd + 1;
        }
        if (role is null && honorific is null && SeatBeforeName(body, first, last) is { } nameAt)
        {
            var seat = body.Phrase(first, nameAt - 1);
            var title = LeadingRole(body, first - 1, first - 1) ?? body.Text(first - 2);
            return new ParsedName(first, nameAt, last, $"{title} for {seat}", null, (first, nameAt - 1), afterThe, QualifierIsPlace: true);
        }
        if (role is null && honorific is null) return new ParsedName(first, first, last, null, null, null, afterThe);
        if (k <= last && !IsPersonName(body, k, last))
            return new ParsedName(first, first, last, null, null, null, afterThe);
        return new ParsedName(first, k, last, role, honorific, qualifier, afterThe, qualifierIsPlace, qualifier is var (_, qualifierEnd) ? qualifierEnd + 1 : -1);
    }

    /// <summary>True for letters written after a person's name ("KC", "OBE", "MS", "MP").</summary>
    public static bool IsLetterAfterName(TokenizedBody body, int token) =>
        body.Tokens[token].IsWord && (PostNominals.Contains(body.Text(token))
                                      || (body.Tokens[token].Is(NameTokenFlags.AllCaps) && EntityClassifier.IsAcronym(body.Text(token)) && EntityLexicon.Roles.Contains(body.Text(token))));

    private static int? PartyBeforeName(TokenizedBody body, int first, int last)
    {
        for (var end = first; end <= first + 1 && end + 2 <= last; end++)
            if (EntityClassifier.Parties.Contains(body.Phrase(first, end)))
                return body.IsGivenName(end + 1) && IsPersonName(body, end + 1, last) ? end : null;
        return null;
    }

    // "the Labour councillor for Blackbird Leys Jane Roe", "the MP for Stroud West Tom Doe": a title takes "for" and the ward
    // or seat it sits for, and the person's name follows the seat's without a comma; the seat is a place, never part of the name.
    private static int? SeatBeforeName(TokenizedBody body, int first, int last)
    {
        if (first < 2 || !body.Tokens[first - 1].IsWord || body.Text(first - 1) is not "for" || !body.Tokens[first - 2].IsWord
            || !EntityLexicon.Roles.Contains(body.Text(first - 2)) || body.IsGivenName(first)) return null;
        for (var p = first + 1; p < last && p <= first + 3; p++)
        {
            if (!body.Tokens[p].IsCapitalizedWord) return null;
            if (body.IsGivenName(p)) return IsPersonName(body, p, last) ? p : null;
        }
        return null;
    }

    private static bool QualifierIsRole(TokenizedBody body, (int First, int Last) qualifier) =>
        MatchRole(body, qualifier.First, qualifier.Last) == qualifier.Last - qualifier.First + 1;

    // The role ends in a given name ("Dean") and only one word, no given name, follows it: that word is a surname.
    private static bool GivenNameEndsRole(TokenizedBody body, int k, int last) =>
        k == last && k > 0 && body.Tokens[k - 1].IsCapitalizedWord && body.IsGivenName(k - 1) && !body.IsGivenName(last)
        && body.Tokens[last].IsCapitalizedWord;

    private static readonly FrozenSet<string> CouncillorHonorifics = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["Cllr", "Coun", "Colr"]);

    // "Pathologist Dr Jane Roe", "Campaigner Ms Ann Lee": a name never holds an honorific inside it, so the capitalized
    // words before one describe the person.
    private static int? DescriptorBeforeHonorific(TokenizedBody body, int first, int last)
    {
        for (var at = first + 1; at <= first + 2 && at < last; at++)
        {
            if (!body.Tokens[at - 1].IsCapitalizedWord || body.IsGivenName(at - 1) || body.IsHonorific(at - 1)) return null;
            if (body.IsHonorific(at) && body.Tokens[at + 1].IsCapitalizedWord) return at;
        }
        return null;
    }

    // Drops words capitalized only by position or convention: "Still", "In August", "Although Hancock", "Trump Tuesday".
    private static (int First, int Last) Trim(TokenizedBody body, int first, int last)
    {
        while (first <= last && DropsLeading(body, first, last)) first++;
        // "the sitting Labour MP, Jane Roe,": a title in capitals after its party or body is no part of the body's name.
        if (last > first && body.Tokens[last].Is(NameTokenFlags.AllCaps) && EntityClassifier.IsAcronym(body.Text(last)) && EntityLexicon.Roles.Contains(body.Text(last))
            && !body.Tokens[last - 1].Is(NameTokenFlags.AllCaps) && !IsKnown(body, first, last)) last--;
        // "Jane Roe KC", "John Doe OBE": letters after a name are no part of it.
        // ("Sporting KC" keeps its letters: a lone word before them is no name.)
        while (last > first + 1 && body.Tokens[last].IsWord && PostNominals.Contains(body.Text(last)) && !EntityLexicon.IsOrganizationEnd(body.Text(last - 1))) last--;
        // "Halvard Street Advisors": a plural role word that ends company names is the name's suffix.
        // ("Cornwall Live", "Neighbourhood Watch": a stop word that heads organizations stays after a name word.)
        // ("New York State United Teachers", "Amalgamated Transit Workers": a union is named for its members after "United".)
        while (last > first && body.Tokens[last].IsWord && ((body.IsStopWord(last) && !(body.IsOrganizationHead(last) && !body.IsStopWord(last - 1)))
                                                            || (IsPluralRole(body.Text(last)) && !EntityLexicon.OrganizationSuffixes.Contains(body.Text(last))
                                                                && body.Text(last - 1) is not ("United" or "Associated" or "Amalgamated" or "Allied" or "Federated")))
               && !IsKnown(body, first, last) && !IsBodyOfMembers(body, first, last))
            last--;
        // "Gwen Hollis Transport correspondent", "Jo Roe Banking editor": a desk before a lower-case job title is the job's.
        if (last - first >= 2 && last + 1 < body.Tokens.Length && body.Tokens[last + 1].IsWord && !body.Tokens[last + 1].Is(NameTokenFlags.Capitalized)
            && body.Text(last + 1) is "correspondent" or "editor" or "reporter" or "writer" or "columnist" or "producer"
            && body.IsGivenName(first) && !body.IsGivenName(last) && !IsKnown(body, first, last))
            last--;
        // "Senate Republican leaders", "the House Democratic caucus": a party word between a chamber and a lower-case noun
        // describes the members, not the body's name.
        if (last > first && body.Text(last) is "Republican" or "Democratic" or "Democrat" or "GOP" && last + 1 < body.Tokens.Length
            && body.Tokens[last + 1].IsWord && !body.Tokens[last + 1].Is(NameTokenFlags.Capitalized) && body.IsOrganizationHead(last - 1)
            && !IsKnown(body, first, last))
            last--;
        return (first, last);
    }

    // "Board of Commissioners", "Royal Institute of British Architects", "Association of Chief Police Officers": a body
    // named after its members keeps them.
    private static bool IsBodyOfMembers(TokenizedBody body, int first, int last)
    {
        for (var k = last - 1; k > first && k >= last - 4; k--)
            if (body.Text(k) is "of") return body.IsOrganizationHead(k - 1);
        return false;
    }

    // "Labour MPs", "Democratic senators": a plural title after a name is a group of people, not part of the name.
    internal static bool IsPluralRole(string word) =>
        word.Length >= 3 && word[^1] == 's' && (EntityLexicon.Roles.Contains(word[..^1]) || EntityClassifier.IsAcronym(word[..^1]));

    private static bool DropsLeading(TokenizedBody body, int first, int last)
    {
        var token = body.Tokens[first];
        if (!token.IsWord) return true;
        var word = body.Text(first);
        if (body.IsHonorific(first) || IsKnown(body, first, last)) return false;
        // "Regulator Ofcom said", "Watchdog Ofsted found": a sentence-initial noun describing the known body after it,
        // though it is also a job's title.
        if (first < last && token.Is(NameTokenFlags.SentenceStart) && OrganizationCues.IsOrganizationNoun(word.ToLowerInvariant())
            && body.IsKnownOrganization(first + 1, last)) return true;
        if (first < last && (EntityLexicon.Roles.Contains(word) || MatchRole(body, first, last) > 1)) return false;
        // "Justices Lionel Roe, Ann Doe and…", "Councilmembers Nina Roe and…": a plural title before a list titles each name
        // and is none; "F Trey Roe (hamstring)", "Centre Tom Doe scored": a roster position before a full name.
        if (first + 1 < last && (IsPluralRole(word) || RosterPositions.Contains(word)) && body.IsGivenName(first + 1)) return true;
        // "Board of Trustees", "University of Denver": a word that takes "of" starts a name.
        if (first < last && body.Text(first + 1) is "of" or "for" && body.IsOrganizationHead(first)) return false;
        // "Will Smith", "April Ryan": a given name mid-sentence before another capitalized word is a name.
        if (first < last && !token.Is(NameTokenFlags.SentenceStart) && body.IsGivenName(first) && !Months.Contains(word)
            && body.Tokens[first + 1].IsCapitalizedWord)
            return false;
        // "Wednesday Journal", "Sunday Times": a weekday before a newspaper's head word is the paper's name.
        if (first + 1 == last && Weekdays.Contains(word) && body.IsOrganizationHead(last) && !token.Is(NameTokenFlags.SentenceStart)) return false;
        if (IrishArticleName.Opens(body, first, last)) return false;
        if (body.IsStopWord(first)) return true;
        if (ShoutedOpeningWord(body, first)) return true;
        if (!token.Is(NameTokenFlags.SentenceStart) || token.Is(NameTokenFlags.AllCaps)) return false;
        // "Developer Calverley Student Living had appealed": a sentence-initial noun that describes an organization.
        if (first < last && OrganizationCues.IsOrganizationNoun(word.ToLowerInvariant()) && !body.IsOrganizationHead(first)) return true;
        // "Energy UK, which represents suppliers", "Health Protection Scotland said", "Food Standards Scotland": common words
        // before a country's name name a national body.
        if (last - first is >= 1 and <= 3 && EntityClassifier.NationNames.Contains(body.Text(last)) && !body.IsDemonym(first)
            && CommonWordsOnly(body, first + 1, last - 1)) return false;
        // A one-word candidate's word was asked IsKnown above, a longer one's was asked Roles.Contains: each is asked once.
        if (body.IsGivenName(first) || (first < last ? IsKnown(body, first, first) : EntityLexicon.Roles.Contains(word))) return false;
        // "Theatres Trust, the national advisory body…": a field word opening a two-word body's name is its name.
        if (first + 1 == last && body.IsOrganizationHead(last)) return false;
        // "Tower Hamlets Council approved…": the word opens a known place's name.
        if (first < last && body.IsKnownPlace(first, first + 1)) return false;
        return body.WritesInLowerCase(word) || (first < last && OpensWithParticiple(body, word));
    }

    // Tokens start..end are capitalized words that are no given name, place or demonym ("Protection", "Standards").
    private static bool CommonWordsOnly(TokenizedBody body, int start, int end)
    {
        for (var k = start; k <= end; k++)
            if (!body.Tokens[k].IsCapitalizedWord || body.IsGivenName(k) || body.IsDemonym(k) || EntityLexicon.Places.Contains(body.Text(k))) return false;
        return true;
    }

    // "PARENTS have vowed to fight…", "A MAN has been jailed…": British papers set a lede's first words in capitals; a word
    // the article also writes in lower case is an ordinary word, not a name ("CORK City Council" keeps its town).
    private static bool ShoutedOpeningWord(TokenizedBody body, int first)
    {
        var token = body.Tokens[first];
        if (!token.Is(NameTokenFlags.AllCaps) || token.Is(NameTokenFlags.Shouting) || token.End - token.Start < 3) return false;
        var opens = token.Is(NameTokenFlags.SentenceStart)
                    || (first > 0 && body.Tokens[first - 1].Is(NameTokenFlags.SentenceStart) && body.Text(first - 1) is "A" or "AN" or "THE");
        // ("NEW BRITAIN, Conn. —": a dateline's place in capitals runs on in capitals.)
        var runsOn = first + 1 < body.Tokens.Length && body.Tokens[first + 1].Is(NameTokenFlags.AllCaps);
        return opens && !runsOn && body.WritesInLowerCase(body.Text(first));
    }

    // "Jailing Pollard yesterday, the judge said", "Sentencing Roe, Judge Doe told him": a sentence-initial participle whose
    // verb the article writes in lower case ("jailed", "sentenced") is the clause's verb, not part of the name after it.
    // ("Reading", "Epping" are places and were kept above.)
    private static bool OpensWithParticiple(TokenizedBody body, string word)
    {
        if (word.Length < 6 || !word.EndsWith("ing", StringComparison.Ordinal) || EntityLexicon.Places.Contains(word)) return false;
        var stem = word[..^3];
        if (body.WritesInLowerCase(stem) || body.WritesInLowerCase(stem + "ed") || body.WritesInLowerCase(stem + "e")
            || body.WritesInLowerCase(stem + "s") || body.WritesInLowerCase(stem + "es")) return true;
        // "Stopping" / "stopped": a doubled consonant before the ending.
        return stem.Length > 3 && stem[^1] == stem[^2] && body.WritesInLowerCase(stem[..^1] + "ed");
    }

    private static readonly FrozenSet<string> Weekdays = WordList.Lines("dates-weekdays").Where(line => !line.EndsWith(" abbr", StringComparison.Ordinal)).Select(line => line.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);

    private static bool IsKnown(TokenizedBody body, int first, int last)
    {
        if (body.IsKnownOrganization(first, last) || body.IsKnownPlace(first, last)) return true;
        var phrase = body.Phrase(first, last);
        return IsAllCaps(phrase) && EntityLexicon.Places.Contains(EntityLexicon.TitleCase(phrase));
    }

    /// <summary>
    /// A role right before the name: lower-case and adjacent ("spokeswoman Jane Doe", "Labour leader Keir Starmer"), or
    /// set off by a comma ("The shadow transport secretary, Helen Whately, said"; "the Prime Minister, Sir Keir Starmer,").
    /// </summary>
    public string? LeadingRole(TokenizedBody body, int nameFirst, int nameLast)
    {
        var tokens = body.Tokens;
        if (nameFirst > 1 && body.Body[tokens[nameFirst - 1].Start] == ',' && nameLast + 1 < tokens.Length
            && body.Body[tokens[nameLast + 1].Start] is ',' or '.' or ';')
            return RoleBeforeComma(body, nameFirst - 1);
        // Only a run of lower-case words can be the role: measured once, not again for each length tried.
        var run = 0;
        while (run < EntityLexicon.Roles.MaxWords && run < nameFirst && tokens[nameFirst - run - 1].IsWord
               && !tokens[nameFirst - run - 1].Is(NameTokenFlags.Capitalized)) run++;
        for (var length = run; length >= 1; length--)
        {
            var start = nameFirst - length;
            if (!EntityLexicon.RoleFirstWordLookup.Contains(tokens[start].Text(body.Body))
                || !EntityLexicon.Roles.Contains(body.Phrase(start, nameFirst - 1))) continue;
            // "IOPC regional director": lower-case modifiers, then the capitalized qualifier.
            for (var modifiers = 0; modifiers < 2 && start > 0 && IsModifier(body, start - 1); modifiers++) start--;
            var qualifier = start;
            while (qualifier > 0 && start - qualifier < 3 && tokens[qualifier - 1].IsCapitalizedWord
                   && !tokens[qualifier - 1].Is(NameTokenFlags.SentenceStart) && !body.IsStopWord(qualifier - 1))
                qualifier--;
            if (qualifier > 0 && tokens[qualifier - 1].IsCapitalizedWord && tokens[qualifier - 1].Is(NameTokenFlags.SentenceStart)
                && !body.IsStopWord(qualifier - 1))
                qualifier--;
            return body.Phrase(qualifier, nameFirst - 1);
        }
        return null;
    }

    // "…the shadow transport secretary," / "Its director," / "The force's Chief Constable,": a title ending at the comma.
    private static string? RoleBeforeComma(TokenizedBody body, int comma)
    {
        var tokens = body.Tokens;
        var end = comma - 1;
        for (var start = Math.Max(0, comma - 8); start <= end; start++)
        {
            if (!tokens[start].IsWord || !EntityLexicon.RoleFirstWordLookup.Contains(tokens[start].Text(body.Body))) continue;
            // The title reaches the comma, or takes "of"/"for" and what follows: "The leader of the council,".
            var roleLength = MatchRole(body, start, end);
            if (roleLength == 0) continue;
            var roleEnd = start + roleLength - 1;
            if (roleEnd != end && !(tokens[roleEnd + 1].IsWord && body.Text(roleEnd + 1) is "of" or "for" or "at")) continue;
            if (start == end && !IsRoleWord(body, start)) return null;
            var first = start;
            while (first > 0 && comma - first < 6 && IsTitleModifier(body, first - 1)) first--;
            var before = first > 0 ? body.Text(first - 1) : "";
            // The title must open its phrase: "the …", "its …", "X's …" or the sentence start.
            var opens = first == 0 || tokens[first].Is(NameTokenFlags.SentenceStart) || tokens[first - 1].Kind == NameTokenKind.Possessive
                        || before is "the" or "The" or "its" or "Its" or "their" or "Their" or "his" or "His" or "her" or "Her" or "our" or "Our";
            return opens ? body.Phrase(first, end) : null;
        }
        return null;
    }

    private static bool IsTitleModifier(TokenizedBody body, int token)
    {
        var t = body.Tokens[token];
        if (!t.IsWord || t.Is(NameTokenFlags.Capitalized)) return false;
        var word = body.Text(token);
        return !EntityLexicon.IsStopWord(word) && !EntityLexicon.PersonVerbs.Contains(word) && word.Length > 2;
    }

    private static bool IsModifier(TokenizedBody body, int token)
    {
        var t = body.Tokens[token];
        if (!t.IsWord || t.Is(NameTokenFlags.Capitalized)) return false;
        var word = body.Text(token);
        return !EntityLexicon.IsStopWord(word) && !EntityLexicon.PersonVerbs.Contains(word) && word.Length > 2
               && (token == 0 || body.Tokens[token - 1].IsCapitalizedWord || (token > 0 && IsModifier(body, token - 1)));
    }

    /// <summary>
    /// The role in an appositive after the name: ", legal director at the ACLU of Colorado," (an age or a
    /// party-and-state tag may come first: ", 45," / ", D-Calif.,").
    /// </summary>
    public string? AppositiveRole(TokenizedBody body, int nameLast)
    {
        var tokens = body.Tokens;
        var k = nameLast + 1;
        if (k >= tokens.Length || body.Body[tokens[k].Start] != ',') return null;
        k++;
        while (k + 1 < tokens.Length && (tokens[k].Kind == NameTokenKind.Number || IsPartyTag(body, k)) && body.Body[tokens[k + 1].Start] == ',')
            k += 2;
        if (k < tokens.Length && tokens[k].IsWord && AppositiveOpeners.Contains(body.Text(k))) k++;
        var start = k;
        var roleAt = -1;
        for (; k < tokens.Length && k - start < 18; k++)
        {
            var token = tokens[k];
            if (token.Kind == NameTokenKind.Punctuation)
            {
                var ch = body.Body[token.Start];
                if (ch is ',' or ';' or ':' or '.' or '!' or '?' or '—' or '–' or ')' or '(') break;
                if (ch is '"' or '“' or '”') return null;
            }
            if (token.Is(NameTokenFlags.SentenceStart) && k > start) break;
            // "former minister who lives nearby": the relative clause is not part of the role.
            if (k > start && token.IsWord && body.Text(k) is "who" or "which" or "that" or "whose" or "where" or "when") break;
            if (k == start && token.IsWord && (ClauseVerbs.Contains(body.Text(k))
                                               || body.Text(k) is "who" or "which" or "that" or "whose" or "where" or "when")) return null;
            // "Ludlow, Bishop's Castle and Oswestry": a title owning the capitalized word after it is a place's name, not a role.
            if (roleAt < 0 && k - start < 4 && token.IsWord && MatchRole(body, k, Math.Min(tokens.Length - 1, k + EntityLexicon.Roles.MaxWords)) is var roleLength and > 0
                && !(k + roleLength + 1 < tokens.Length && tokens[k + roleLength].Kind == NameTokenKind.Possessive && tokens[k + roleLength + 1].IsCapitalizedWord))
                roleAt = k;
            // "Jo Roe, head of the Electoral Commission in Wales,": the head of a body (lower case, opening the appositive).
            else if (roleAt < 0 && k == start && k + 1 < tokens.Length && body.Text(k) is "head" && body.Text(k + 1) is "of") roleAt = k;
            // ", said Smith" is no appositive; "a retired machinist" is ("retired" qualifies the role); nor is
            // "…, the coach said after the match": a speech verb after the role makes it a clause of its own.
            if (k > start && token.IsWord && body.IsPersonVerb(k)) return null;
        }
        if (roleAt < 0 || k == start) return null;
        var end = k - 1;
        // "…director of the Royal College of Nursing (RCN), said": an acronym in parentheses closes the role too.
        var closed = k >= tokens.Length || body.Body[tokens[k].Start] is ',' or '.' or ';' or '—' or '–' or ')' or '('
                     || (tokens[k].IsWord && body.Text(k) is "who" or "which" or "that" or "whose" or "where" or "when");
        if (!closed) return null;
        return body.Phrase(start, end);
    }

    /// <summary>True for a party-and-state tag such as "D-Calif." or "R-Texas".</summary>
    public static bool IsPartyTag(TokenizedBody body, int token)
    {
        var text = body.Tokens[token].Text(body.Body);
        // "(D-Louisville)", "(R-Texas)", and with a numbered district: "(D-15th District)".
        return text.Length >= 3 && text[0] is 'D' or 'R' or 'I' && text[1] == '-' && (char.IsUpper(text[2]) || char.IsAsciiDigit(text[2]));
    }

    private static bool KeepsArticle(string withThe, string withoutThe) =>
        (EntityLexicon.Organizations.Contains(withThe) && !EntityLexicon.Organizations.Contains(withoutThe))
        || (EntityLexicon.Places.Contains(withThe) && !EntityLexicon.Places.Contains(withoutThe));

    // Longest role phrase starting at token `start` that ends no later than `last`.
    private static readonly FrozenSet<string> RanksOnlyCapitalized = WordList.Set("role-words-capitalized-only", StringComparer.Ordinal);

    private static readonly FrozenSet<string> TitleModifiers = WordList.Set("role-modifiers", StringComparer.Ordinal);

    private static int MatchRole(TokenizedBody body, int start, int last)
    {
        if (start > last || !body.Tokens[start].IsWord || !EntityLexicon.RoleFirstWordLookup.Contains(body.Tokens[start].Text(body.Body))) return 0;
        for (var length = Math.Min(EntityLexicon.Roles.MaxWords, last - start + 1); length >= 1; length--)
        {
            if (!body.Tokens[start + length - 1].IsWord) continue;
            if (length == 1 && !IsRoleWord(body, start)) continue;
            if (EntityLexicon.Roles.Contains(body.Phrase(start, start + length - 1))) return length;
        }
        return 0;
    }

    // "Ms" is an honorific, not the role "MS" (Member of the Senedd): a short abbreviation counts only in capitals
    // or with its full stop.
    private static bool IsRoleWord(TokenizedBody body, int token)
    {
        var text = body.Text(token);
        // ("MS" in capitals is the Senedd member, "Ms" the honorific.)
        if (EntityLexicon.IsHonorific(text) && !(body.Tokens[token].Is(NameTokenFlags.AllCaps) && !body.Tokens[token].Is(NameTokenFlags.Shouting))) return false;
        // "a villa in Mallorca, private school fees…": a rank that is also an adjective is a rank only in capitals.
        if (char.IsLower(text[0]) && RanksOnlyCapitalized.Contains(text)) return false;
        return text.Length > 3 || text[^1] == '.' || body.Tokens[token].Is(NameTokenFlags.AllCaps) || char.IsLower(text[0])
               || UndottedShortRanks.Contains(text);
    }

    // "Sgt Aaron Roe", "Lt Jane Doe": UK style drops the full stop after a rank; the lists spell such a form out exactly
    // (case-sensitive, so "Di Smith" is no DI).
    private static readonly FrozenSet<string> UndottedShortRanks = WordList.Lines("role-words")
        .SelectMany(line => line.Split('|'))
        .Where(form => form.Length <= 3 && !form.Contains('.') && !form.Contains(' ') && form.Any(char.IsLower) && char.IsUpper(form[0]))
        .ToFrozenSet(StringComparer.Ordinal);

    // "Denver Mayor", "U.S. Attorney General", "Google Chief Executive": up to three qualifying words, then a role.
    private static (int Next, string? Role, (int, int)? Qualifier, bool IsPlace) QualifiedRole(TokenizedBody body, int first, int last)
    {
        // A given name first is a person's name ("Will Judge"), unless a title and another full name follow it: "Kimberley MP
        // Jane Roe" is a constituency named like a person; "Sinn Féin West Belfast MLA Jane Roe" a party and a seat.
        var givenFirst = body.IsGivenName(first);
        for (var qualifierLength = 1; qualifierLength <= 5 && first + qualifierLength < last; qualifierLength++)
        {
            var roleStart = first + qualifierLength;
            var roleLength = MatchRole(body, roleStart, last - 1);
            if (roleLength == 0) continue;
            // "Kitsap County Commissioner Jo Roe": the county is the place, not "Kitsap", when the title after it stands alone;
            // the role keeps the words as written ("Kitsap County Commissioner").
            var countyTitle = roleLength > 1 && body.Text(roleStart) is "County" && MatchRole(body, roleStart + 1, last - 1) == roleLength - 1;
            if (countyTitle)
            {
                qualifierLength++;
                roleStart++;
                roleLength--;
            }
            var qualifier = body.Phrase(first, roleStart - 1);
            // "Deputy District Attorney Jo Roe", "Acting Superintendent Jo Roe": a rank word before a title is more of the
            // title, never a place or body the title is held over.
            if (qualifierLength == 1 && TitleModifiers.Contains(qualifier))
                return (roleStart + roleLength, $"{qualifier} {RoleText(body, roleStart, roleStart + roleLength - 1)}", null, false);
            // "Fulton County Superior Court Judge Vivian Roe", "Monroe County Emergency Management Director Tasha Doe": a long
            // qualifier is a body's full name when its last word ends organization names.
            var longBody = qualifierLength >= 4
                           && (EntityLexicon.IsOrganizationEnd(body.Text(roleStart - 1)) || OrganizationCues.IsMoreHead(body.Text(roleStart - 1)));
            if (qualifierLength == 5 && !longBody) return (first, null, null, false);
            if ((givenFirst || qualifierLength >= 4) && !(FullNameFollows(body, roleStart + roleLength, last)
                                                          && (qualifierLength < 4 || longBody || body.Tokens[roleStart].Is(NameTokenFlags.AllCaps)))) return (first, null, null, false);
            if (EntityLexicon.IsStopWord(qualifier)) return (first, null, null, false);
            var roleText = RoleText(body, roleStart, roleStart + roleLength - 1);
            var isPlace = EntityLexicon.Places.Contains(qualifier) || (LocalTitles.Contains(roleText) && !IsAllCaps(qualifier) && !longBody
                && !EntityLexicon.Organizations.Contains(qualifier) && !EntityLexicon.Demonyms.Contains(qualifier));
            // "Denver Mayor" → "Mayor of Denver", "MHEA President" → "President of MHEA"; but "U.S. Attorney General",
            // "Republican Senator", "British Prime Minister" keep their qualifier in front.
            // "Labour MS", "Plaid Cymru MS": a party stays in front of its member's title.
            var ofForm = isPlace ? !qualifier.Contains('.') && !IsAllCaps(qualifier) : IsOrganizationName(qualifier) && !EntityClassifier.Parties.Contains(qualifier);
            if (countyTitle) (isPlace, ofForm) = (true, false);
            var article = ofForm && !isPlace && EntityLexicon.OrganizationHeads.Contains(qualifier.Split(' ')[0]) ? "the " : "";
            var role = ofForm ? $"{roleText} of {article}{qualifier}" : $"{qualifier} {roleText}";
            return (roleStart + roleLength, role, (first, roleStart - 1), isPlace);
        }
        return (first, null, null, false);
    }

    // ("Superintendent Dr. Alberto Roe": an honorific may come between the title and the name.)
    private static bool FullNameFollows(TokenizedBody body, int start, int last)
    {
        if (start < last && body.IsHonorific(start)) start++;
        return start < last && body.IsGivenName(start) && body.Tokens[last].IsCapitalizedWord;
    }

    private static bool IsOrganizationName(string qualifier)
    {
        if (EntityLexicon.Demonyms.Contains(qualifier) || EntityLexicon.Roles.Contains(qualifier)) return false;
        if (qualifier is "U.S." or "US" or "UK" or "U.K." or "EU" or "UN" or "U.N.") return false;
        var last = qualifier.Split(' ')[^1];
        return EntityLexicon.Organizations.Contains(qualifier) || EntityClassifier.IsAcronym(qualifier) || EntityLexicon.IsOrganizationEnd(last);
    }

    // "Mayor of London Sadiq Khan": the role takes "of" and the place or organization after it.
    private static (int Next, string Role) ExtendWithOf(TokenizedBody body, int k, int last, string role)
    {
        if (k >= last || body.Text(k) is not ("of" or "for")) return (k, role);
        var start = k + 1;
        if (start < last && body.Text(start) is "the") start++;
        for (var end = last - 1; end >= start; end--)
        {
            var phrase = body.Phrase(start, end);
            // "the MP for Stroud West": a constituency named for a town and a compass point is no town and a name.
            if ((EntityLexicon.Places.Contains(phrase) || EntityLexicon.Organizations.Contains(phrase)) && !EntityClassifier.IsCompassWord(body.Text(end + 1)))
                return (end + 1, $"{role} {body.Phrase(k, end)}");
        }
        // The place takes one word at least: "the MP for Bradford West Central" names no Bradford.
        var stop = start + 1;
        while (stop <= last && !body.IsGivenName(stop)) stop++;
        // "the MP for Harwick": no name follows, so the whole run is the title.
        return stop > start ? (stop, $"{role} {body.Phrase(k, stop - 1)}") : (k, role);
    }

    private static string RoleText(TokenizedBody body, int first, int last)
    {
        var surface = body.Phrase(first, last);
        var group = EntityLexicon.Roles.Group(surface);
        // "Sen." → "Senator", and a listed British rank without stops ("Det Con" → "Detective Constable");
        // another run of abbreviations ("Det. Sgt.") stays as written.
        if (group < 0) return surface;
        return (surface.EndsWith('.') && !surface.Contains(' ')) || IsUndottedRankAbbreviation(surface) ? EntityLexicon.Roles.Canonical(group) : surface;
    }

    private static bool IsUndottedRankAbbreviation(string surface) =>
        surface.Contains(' ') && !surface.Contains('.') && surface.Split(' ').All(w => w.Length <= 4);

    // What follows a title must look like a person's name, not an organization ("Justice Department") or a suffix.
    private static bool IsPersonName(TokenizedBody body, int first, int last)
    {
        if (first == last && NameSuffixes.Contains(body.Text(first))) return false;
        if (body.Tokens[first].Kind == NameTokenKind.Possessive) return false;
        // "Queen Street", "Dame Street", "Lord Street": a title-like word before a street's name is part of it.
        if (EntityLexicon.StreetHeads.Contains(body.Text(last))) return false;
        for (var k = first; k <= last; k++)
        {
            if (!body.Tokens[k].IsWord) continue;
            var word = body.Text(k);
            if ((EntityLexicon.IsOrganizationEnd(word) || (k == last && OrganizationCues.IsIndustryHead(word))) && !EntityLexicon.IsGivenName(word)) return false;
        }
        return !body.IsStopWord(first) || FollowsHonorific(body, first);
    }

    private static bool FollowsHonorific(TokenizedBody body, int first) =>
        first > 0 && body.IsHonorific(first - 1);

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var ch in text)
        {
            if (!char.IsLetter(ch)) continue;
            if (char.IsLower(ch)) return false;
            letters++;
        }
        return letters >= 2;
    }
}
