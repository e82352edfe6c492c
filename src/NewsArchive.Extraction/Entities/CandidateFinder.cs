using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Finds runs of capitalized words in one pass over the tokens. Connectors join only where names use them:
/// "of"/"for" after an organization head or role ("Department of Justice", "Mayor of London"), "and"/"&amp;" where a
/// known name or an organization head says so ("Immigration and Customs Enforcement"), name particles
/// ("Ursula von der Leyen") and a possessive before an organization head ("Denver Sheriff's Department").
/// A run never crosses a sentence start or the edge of a quotation.
/// </summary>
internal sealed class CandidateFinder
{
    private static readonly FrozenSet<string> Particles = WordList.Set("name-particles", StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<Candidate> Find(TokenizedBody body)
    {
        var tokens = body.Tokens;
        var candidates = new List<Candidate>();
        var t = 0;
        while (t < tokens.Length)
        {
            if (!Starts(tokens[t])) { t++; continue; }
            var last = Extend(body, t);
            var knownOnly = false;
            for (var k = t; k <= last; k++)
                knownOnly |= (tokens[k].Flags & (NameTokenFlags.InQuote | NameTokenFlags.Shouting | NameTokenFlags.Headline)) != 0;
            candidates.Add(new Candidate(t, last, knownOnly));
            t = last + 1;
        }
        return candidates;
    }

    private static bool Starts(NameToken token) => token.IsCapitalizedWord;

    private static readonly FrozenSet<string> PossessivePlaceOpeners = WordList.Set("place-possessive-openers", StringComparer.Ordinal);
    private static readonly FrozenSet<string> PossessiveNotPlaces = WordList.Set("place-possessive-not-heads", StringComparer.Ordinal);

    /// <summary>True for "King's Lynn" at tokens <paramref name="first"/>..<paramref name="after"/>: an opener, "'s", one more word.</summary>
    internal static bool IsPossessivePlace(TokenizedBody body, int first, int last, int after)
    {
        if (first != last || !PossessivePlaceOpeners.Contains(body.Text(first))) return false;
        var word = body.Text(after);
        if (PossessiveNotPlaces.Contains(word) || EntityLexicon.IsOrganizationEnd(word) || EntityLexicon.Roles.Contains(word)) return false;
        // "the King's Speech", "his Queen's Gambit": a possessive owner's thing.
        return first == 0 || !body.Tokens[first - 1].IsWord || body.Text(first - 1) is not ("the" or "The" or "a" or "his" or "her" or "their");
    }

    private static readonly FrozenSet<string> NumberedHeads = WordList.Set("org-numbered-heads", StringComparer.Ordinal);

    // "Association Local" before "1414": a head, then a numbered unit.
    private static bool NumberedHeadEnds(TokenizedBody body, int start, int end) =>
        end > start && NumberedHeads.Contains(body.Text(end)) && EntityLexicon.IsOrganizationEnd(body.Text(end - 1));

    private static int Extend(TokenizedBody body, int first)
    {
        var tokens = body.Tokens;
        var quoted = tokens[first].Is(NameTokenFlags.InQuote);
        var last = first;
        var j = first + 1;
        // Inside "Department of Housing…", "and" continues the name: "…of Housing and Urban Development".
        var insideOrganizationOf = false;
        while (j < tokens.Length)
        {
            var next = tokens[j];
            if (next.Is(NameTokenFlags.SentenceStart) || next.Is(NameTokenFlags.InQuote) != quoted) break;
            if (next.IsCapitalizedWord)
            {
                // "Newcastle AGREE £52million fee": a word shouted for emphasis, which the article also writes in lower case, is no part of a name.
                if (next.Is(NameTokenFlags.AllCaps) && !tokens[last].Is(NameTokenFlags.AllCaps) && next.End - next.Start >= 4
                    && WrittenInLowerCase(body, body.Text(j))) break;
                // "Evercore Inc. Cantrell will…": a legal suffix with its full stop closes the name; the next word opens a
                // sentence the splitter could not see ("Acme Co. Ltd." stays one name, "Target Corp. Chief Executive" titles a name).
                if (last > first && body.Text(last).EndsWith('.') && IsLegalSuffix(body.Text(last)) && !IsLegalSuffix(body.Text(j))
                    && !EntityLexicon.RoleFirstWords.Contains(body.Text(j))) break;
                last = j++;
                continue;
            }
            if (next.Kind == NameTokenKind.Possessive)
            {
                var runEnd = CapitalizedRunEnd(tokens, j + 1, quoted);
                // "Sainsbury's", "Christie's", "Women's Aid": a known organization whose name holds the possessive.
                if (KnownWithPossessive(body, first, j))
                {
                    last = j++;
                    continue;
                }
                if (runEnd >= 0 && KnownWhole(body, first, runEnd))
                {
                    last = runEnd;
                    j = runEnd + 1;
                    continue;
                }
                // "King's Lynn", "Earl's Court", "Land's End": a place name written with a possessive.
                if (runEnd == j + 1 && IsPossessivePlace(body, first, last, j + 1))
                {
                    last = runEnd;
                    j = runEnd + 1;
                    continue;
                }
                // "St Patrick's Festival", "St Mary's Hospital", "St Stephen's Green": a saint's name with its possessive opens
                // the name of what is dedicated to the saint, never an owner of it (also after a sentence's "The").
                var saint = body.Text(first) is "The" ? first + 1 : first;
                if (runEnd >= 0 && last == saint + 1 && body.Text(saint) is "St" or "St." or "Saint")
                {
                    last = runEnd;
                    j = runEnd + 1;
                    continue;
                }
                // "International Longshoremen's Association Local 1414", "Coastline Sotheby's International Realty", "Save
                // Bloomfield's Scale": a head inside the run (or a campaign's verb before it) makes one name.
                if (runEnd < 0 || !(EntityLexicon.IsOrganizationEnd(body.Text(runEnd)) || HeadThenPlace(body, j + 1, runEnd)
                                    || (!EntityLexicon.Places.Contains(body.PhraseSpan(first, last))
                                        && (OrganizationCues.IsMoreHead(body.Text(runEnd)) || NumberedHeadEnds(body, j + 1, runEnd)
                                            || (first < last && OrganizationCues.IsCampaignVerb(body.Text(first))))))) break;
                // "The FBI's Art Crime Team": a known organization owns the next one, it is not part of its name.
                var ownerStart = body.Text(first) is "The" && first < last ? first + 1 : first;
                var owner = body.Phrase(ownerStart, last);
                if (EntityClassifier.IsAcronym(owner) || EntityLexicon.Organizations.Contains(owner)) break;
                // "Seattle's South Lake Union", "the Legislature's Joint Committee on Public Health": a place or a legislature
                // owns the name that follows.
                if (EntityLexicon.Places.Contains(owner) || (ownerStart == last && OwnerBodies.Contains(owner))) break;
                // "The National Weather Service's Climate Prediction Center": an organization owns the next one ("Supporters’ Trust" is one name).
                if (ownerStart < last && next.End - next.Start > 1 && EntityLexicon.IsOrganizationEnd(body.Text(last))) break;
                last = runEnd;
                j = runEnd + 1;
                continue;
            }
            if (j + 1 >= tokens.Length) break;
            var word = next.Text(body.Body);
            if (next.Kind == NameTokenKind.Punctuation && word is "&" && Joinable(tokens[j + 1], quoted))
            {
                last = j + 1;
                j += 2;
                continue;
            }
            // "Ministry of Housing, Communities and Local Government": a list inside an organization's "of".
            if (insideOrganizationOf && word is "," && OrganizationNameList.End(body, j, quoted) is var listEnd and >= 0)
            {
                last = listEnd;
                j = listEnd + 1;
                continue;
            }
            // "Commerce, Science and Transportation Committee", "Traffic, Parking and Transportation Department": a body
            // named for a list of fields.
            if (word is "," && OrganizationNameList.End(body, j, quoted) is var fieldsEnd and >= 0 && FieldsBeforeBodyHead.IsBodyKind(body.Text(fieldsEnd)))
            {
                last = fieldsEnd;
                j = fieldsEnd + 1;
                continue;
            }
            // "Southeast 14th Street": a compass word, an ordinal and a street's head are one street.
            if (NumberedStreet.Continues(body, first, last, j, quoted))
            {
                last = j + 1;
                j += 2;
                continue;
            }
            if (next.Kind != NameTokenKind.Word || next.Is(NameTokenFlags.Capitalized)) break;
            // "Pembridge Automation plc": a legal suffix written in lower case ends the name.
            if (word is "plc" or "ltd" or "llc" or "llp") { last = j; break; }
            if (ParticleLookup.Contains(word))
            {
                // "von der Leyen", "de la Cruz": up to two particles before the next capitalized word.
                var k = j + 1;
                if (k + 1 < tokens.Length && tokens[k].IsWord && ParticleLookup.Contains(tokens[k].Text(body.Body))) k++;
                if (!Joinable(tokens[k], quoted)) break;
                last = k;
                j = k + 1;
                continue;
            }
            // "the University of Texas at Austin", "University of Illinois at Chicago": a state university's campus is named
            // with "at" and its town; the town's possessive after it owns the next body ("…at Austin's Cockrell School").
            if (word is "at" && insideOrganizationOf && body.Text(body.Text(first) is "The" ? first + 1 : first) is "University"
                && CapitalizedRunEnd(tokens, j + 1, quoted) is var campusEnd and >= 0 && campusEnd - j <= 2)
            {
                last = campusEnd;
                break;
            }
            // "Newcastle upon Tyne Hospitals", "Kingston upon Thames": English towns named for their river join with "upon"
            // (between two capitalized words it is never the preposition of a sentence).
            if (word is "upon" && j + 1 < tokens.Length && Joinable(tokens[j + 1], quoted)
                && !tokens[j + 1].Is(NameTokenFlags.AllCaps) && body.Text(j + 1) is not "The")
            {
                last = j + 1;
                j += 2;
                continue;
            }
            if (word is "of" or "for" or "on")
            {
                var k = j + 1;
                if (k + 1 < tokens.Length && tokens[k].Text(body.Body) is "the") k++;
                // "Taxpayers for a Fair Strip".
                else if (k + 1 < tokens.Length && word is "for" && tokens[k].Text(body.Body) is "a" && IsPluralGroup(body, first, last)) k++;
                // "Court of Appeals for the 6th Circuit": an ordinal opens the name's last part.
                var ordinal = insideOrganizationOf && k + 1 < tokens.Length && IsOrdinal(body, k) && Joinable(tokens[k + 1], quoted);
                if (!ordinal && !Joinable(tokens[k], quoted)) break;
                // "Supporters of Monday's rezoning", "critics of Tuesday's vote": a weekday owning a happening is a time, not
                // the rest of a name.
                if (k + 1 < tokens.Length && tokens[k + 1].Kind == NameTokenKind.Possessive
                    && body.Text(k) is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday") break;
                // "the Department of Health on Tuesday", "the University of Arkansas Press on Nov. 3": "on" before a date
                // belongs to the sentence ("Mail on Sunday" is a known name).
                if (word is "on" && EntityLexicon.IsStopWord(body.Text(k)) && !KnownWhole(body, first, k)) break;
                // "Sky News on WhatsApp": a known organization is whole before "on".
                if (word is "on" && (KnownWhole(body, first, last)
                                     || (first < last && EntityLexicon.IsStopWord(body.Text(first)) && EntityLexicon.Organizations.Contains(body.PhraseSpan(first + 1, last))))) break;
                // "Sunridge Foods of Ontario, California,", "Acme Inc. of Dayton, Ohio": a company's industry word or legal
                // suffix before "of" and a town with its state says where the company is, not more of its name.
                if (word is "of" && !insideOrganizationOf && (OrganizationCues.IsIndustryHead(body.Text(last)) || IsLegalSuffix(body.Text(last)))
                    && CapitalizedRunEnd(tokens, k, quoted) is var townEnd and >= 0 && townEnd + 1 < tokens.Length && body.Text(townEnd + 1) is ","
                    && EntityLexicon.Places.Contains(body.PhraseSpan(k, townEnd))) break;
                // "the North of England", "the East of England Ambulance Service": a compass word and the place it divides.
                if (word is "of" && (first == last || (first + 1 == last && body.Text(first) is "The")) && EntityClassifier.IsCompassWord(body.Text(last)) && EntityLexicon.Places.Contains(body.Text(k)))
                {
                    last = k;
                    j = k + 1;
                    continue;
                }
                // "ACLU of Colorado" joins; "the EFL on Sky Sports News" names a channel's programme, not one body.
                // "Royal Society for the Protection of Birds": inside an organization's "for the", a second "of" continues it.
                // "the Indiana Basketball Hall of Fame": a hall of fame is a body (while "Carnegie Hall" ends at "Hall").
                var hallOfFame = word is "of" && body.Text(last) is "Hall" && body.Text(k) is "Fame";
                if (!ordinal && !hallOfFame && !(insideOrganizationOf && word is "of") && !EntityLexicon.OfLeft.Contains(body.Text(last)) && !(word is not "on" && EntityClassifier.IsAcronym(body.Text(last))) && !IsMunicipality(body, first, last)
                    && !(word is "for" && IsPluralGroup(body, first, last))
                    && !(word is not "on" && OrganizationCues.IsMoreHead(body.Text(last)))
                    && !AcronymIntroducedAfter(body, first, CapitalizedRunEnd(tokens, k, quoted))) break;
                insideOrganizationOf |= EntityLexicon.OrganizationHeads.Contains(body.Text(last)) || OrganizationCues.IsMoreHead(body.Text(last));
                last = k;
                j = k + 1;
                continue;
            }
            if (word is "and")
            {
                var runEnd = CapitalizedRunEnd(tokens, j + 1, quoted);
                // "Devon and Cornwall Police": a body named for the two areas it serves (a place's name may also be a given name).
                if (runEnd >= 0 && !insideOrganizationOf && AreasBody.End(body, first, last, j, Extend(body, j + 1)) is var areasEnd and >= 0)
                {
                    last = areasEnd;
                    j = areasEnd + 1;
                    continue;
                }
                if (runEnd < 0 || (EntityLexicon.IsGivenName(body.Text(first)) && !GivenNameStartsBody(body, first, last, runEnd))) break;
                // "Oriole Park Middle in Lauderhill and Cypress Run Elementary": one word after "in" is where the body before it
                // stands, and the body after "and" is a second one.
                if (first == last && first > 0 && body.Text(first - 1) is "in" && EntityLexicon.IsOrganizationEnd(body.Text(runEnd))
                    && !EntityLexicon.Organizations.Contains(body.Text(first)) && !KnownWhole(body, first, runEnd)) break;
                // "SEPTA and Pittsburgh Regional Transit": an acronym is a whole name.
                if (first == last && EntityClassifier.IsAcronym(body.Text(first))) break;
                // "Microsoft Corp. and Apple Inc." are two organizations: the left one is already complete.
                // Inside an organization's "of" a head is a field, not an end: "Department of Health and Social Care".
                // "Police and Crime Commissioner" is one title although "Police" ends organization names.
                // "University and College Union" is one known name although "University" ends organization names.
                // "Senate Energy and Natural Resources Committee": a committee is named for its fields, industry words included.
                // "Marsh Vale Creamery and Pennine Milk Partners": an industry word no surname shares ends a company too.
                if ((insideOrganizationOf || body.Text(runEnd) is "Committee" or "Subcommittee" ? IsLegalSuffix(body.Text(last))
                        : EntityLexicon.IsOrganizationEnd(body.Text(last)) || (last > first && OrganizationCues.IsIndustryHead(body.Text(last))))
                    && !EntityLexicon.Roles.Contains(body.PhraseSpan(last, runEnd)) && !KnownWhole(body, first, runEnd)
                    && !FieldsBeforeBodyHead.KnownAfterPlace(body, first, last, runEnd) && !FieldsBeforeBodyHead.Joins(body, first, last, runEnd)) break;
                // "the Department of Labor and Microsoft": inside an organization's "of", a known body after "and" is a second one.
                if (insideOrganizationOf && EntityLexicon.Organizations.Contains(body.PhraseSpan(j + 1, runEnd)) && !KnownWhole(body, first, runEnd)) break;
                // "the University of Warwick and Coventry University": a place's own body after "and" is a second one.
                if (insideOrganizationOf && AreasBody.IsSecondBody(body, first, last, j + 1, runEnd) && !KnownWhole(body, first, runEnd)) break;
                // "Department of Labor" is known, yet "…of Labor and Economic Opportunity" names a state's department by its fields.
                if (EntityLexicon.Organizations.Contains(body.PhraseSpan(first, last)) && !(insideOrganizationOf && IsField(body, j + 1, runEnd))) break;
                // "Brigham and Women's Hospital": one word, "and", one word owning the head that ends the whole name.
                if (PossessiveHeadAfterAnd(body, first, last, runEnd, quoted) is var headEnd and >= 0)
                {
                    last = headEnd;
                    j = headEnd + 1;
                    continue;
                }
                // "Caltrain and AC Transit": a run opening with an acronym is a name of its own.
                if (runEnd > j + 1 && EntityClassifier.IsAcronym(body.Text(j + 1)) && !KnownWhole(body, first, runEnd)) break;
                if (!insideOrganizationOf && !EntityLexicon.AndLeft.Contains(body.Text(last)) && !EntityLexicon.IsOrganizationEnd(body.Text(runEnd))
                    && !IsHealthBoardPair(body, first, last, runEnd) && !BodyAfterAnd(body, j + 1, runEnd)) break;
                // "England and Wales", "Cumbria and Lancashire": two places listed, not one place named with "and".
                if (TwoPlaces(body, first, last, runEnd)) break;
                last = j + 1;
                j += 2;
                continue;
            }
            break;
        }
        return last;
    }

    private static readonly AcronymMatcher Acronyms = new();

    // "Transport for Greater Manchester (TfGM)", "Airlines for America (A4A)": the acronym in brackets spells the whole
    // run, so "for" and what follows it belong to the name.
    private static bool AcronymIntroducedAfter(TokenizedBody body, int first, int runEnd)
    {
        var tokens = body.Tokens;
        if (runEnd < 0 || runEnd + 3 >= tokens.Length || body.Text(runEnd + 1) is not "(" || body.Text(runEnd + 3) is not ")") return false;
        var acronym = body.Text(runEnd + 2);
        if (acronym.Length is < 2 or > 7 || !char.IsUpper(acronym[0]) || acronym.Count(char.IsUpper) < 2) return false;
        return Acronyms.Matches(acronym, body.Phrase(first, runEnd));
    }

    // A body's head standing for the whole body, owning a committee or office named after it ("the Legislature's Joint
    // Committee", "the Bank's Monetary Policy Committee", "the Party's National Executive Committee").
    private static readonly FrozenSet<string> OwnerBodies = FrozenSet.Create(StringComparer.Ordinal,
        ["Legislature", "Parliament", "Congress", "Senate", "Assembly", "Council", "Government", "Administration", "Bank", "Party",
         "Department", "Ministry", "Commission", "Union", "Cabinet"]);

    private static int PossessiveHeadAfterAnd(TokenizedBody body, int first, int last, int runEnd, bool quoted)
    {
        var tokens = body.Tokens;
        var and = last + 1;
        if (first != last || runEnd != and + 1 || runEnd + 2 >= tokens.Length || tokens[runEnd + 1].Kind != NameTokenKind.Possessive) return -1;
        var headEnd = CapitalizedRunEnd(tokens, runEnd + 2, quoted);
        if (headEnd < 0 || headEnd > runEnd + 3 || !EntityLexicon.IsOrganizationEnd(body.Text(headEnd))) return -1;
        foreach (var word in (ReadOnlySpan<string>)[body.Text(first), body.Text(runEnd)])
            if (EntityLexicon.IsGivenName(word) || EntityLexicon.Places.Contains(word) || EntityLexicon.Organizations.Contains(word) || EntityLexicon.IsStopWord(word))
                return -1;
        return headEnd;
    }

    // "AGREE" beside "agreed": the word or a form of it with an ending.
    private static bool WrittenInLowerCase(TokenizedBody body, string word) =>
        body.WritesInLowerCase(word) || body.WritesInLowerCase(word + "d") || body.WritesInLowerCase(word + "ed") || body.WritesInLowerCase(word + "s");

    private static bool KnownWithPossessive(TokenizedBody body, int first, int possessive) =>
        EntityLexicon.Organizations.Contains(body.PhraseSpan(first, possessive));

    private static bool KnownWhole(TokenizedBody body, int first, int last) =>
        EntityLexicon.Organizations.Contains(body.PhraseSpan(first, last))
        || (first < last && body.Text(first) is "The" && EntityLexicon.Organizations.Contains(body.PhraseSpan(first + 1, last)));

    // "Tamar and Exe Water", "Avon and Severn Rivers Trust": one word that is also a given name, "and", and a run
    // that ends in an organization's head name one body (while "Dave and Linda Harrop" are two people).
    private static bool GivenNameStartsBody(TokenizedBody body, int first, int last, int runEnd) =>
        first == last && runEnd > last + 2 && EntityLexicon.IsOrganizationEnd(body.Text(runEnd))
        && !EntityLexicon.IsGivenName(body.Text(last + 2)) && !EntityLexicon.Organizations.Contains(body.Text(first))
        && !EntityLexicon.Places.Contains(body.Text(first)) && !EntityLexicon.Organizations.Contains(body.PhraseSpan(last + 2, runEnd));

    // "NHS Greater Glasgow and Clyde", "NHS Ayrshire and Arran": a health board is named for the two areas it serves.
    private static bool IsHealthBoardPair(TokenizedBody body, int first, int last, int runEnd) =>
        last > first && runEnd == last + 2 && body.Text(first) is "NHS" && !EntityClassifier.IsAcronym(body.Text(runEnd))
        && !EntityLexicon.Organizations.Contains(body.Text(runEnd));

    private static bool TwoPlaces(TokenizedBody body, int first, int last, int runEnd)
    {
        var places = EntityLexicon.Places;
        // "Montgomery County and Fairfax County", "Elm Road and Mill Road": two names ending in the same place head are two
        // places, as a body never repeats its head on both sides of "and".
        if (last > first && runEnd > last + 2 && body.IsPlaceHead(last) && body.Text(last) == body.Text(runEnd)) return true;
        if (!places.Contains(body.PhraseSpan(first, last)) || !places.Contains(body.PhraseSpan(last + 2, runEnd))) return false;
        var whole = body.PhraseSpan(first, runEnd);
        return !places.Contains(whole) && !EntityLexicon.Organizations.Contains(whole);
    }

    // A run after "and" that is one or two plain words: no known name, place or given name ("…and Economic Opportunity").
    private static bool IsField(TokenizedBody body, int start, int runEnd) =>
        runEnd - start <= 1 && !EntityLexicon.IsOrganizationEnd(body.Text(runEnd)) && !EntityLexicon.IsGivenName(body.Text(start))
        && !EntityLexicon.Organizations.Contains(body.PhraseSpan(start, runEnd)) && !EntityLexicon.Places.Contains(body.PhraseSpan(start, runEnd))
        && !EntityLexicon.Places.Contains(body.Text(start)) && !EntityClassifier.IsAcronym(body.Text(start));

    // The run after "and" ends a body although its last word is no head: "…and Grampian Chamber of Commerce" (a head
    // before "of"), "…and Social Services Inspectorate Wales" (a head and the country it serves).
    private static bool BodyAfterAnd(TokenizedBody body, int start, int runEnd)
    {
        if (OrganizationCues.IsMoreHead(body.Text(runEnd)) && runEnd + 2 < body.Tokens.Length && body.Text(runEnd + 1) is "of"
            && body.Tokens[runEnd + 2].IsCapitalizedWord) return true;
        for (var k = start + 1; k < runEnd; k++)
            if (HeadThenPlace(body, k, runEnd)) return true;
        return false;
    }

    // "King's College London", "Queen's University Belfast": a head and the city it stands in.
    private static bool HeadThenPlace(TokenizedBody body, int head, int runEnd) =>
        head < runEnd && EntityLexicon.OrganizationHeads.Contains(body.Text(head)) && EntityLexicon.Places.Contains(body.PhraseSpan(head + 1, runEnd));

    // "the City of Cleveland", "Town of Hamden": a capitalized City or Town before "of" is the municipal government.
    internal static bool IsMunicipality(TokenizedBody body, int first, int last) =>
        body.Text(last) is "City" or "Town" && (first == last || (first + 1 == last && body.Text(first) is "The"));

    // "Airlines for America", "Parents for Safer Streets": a group of people or firms for a cause, mid-sentence.
    private static bool IsOrdinal(TokenizedBody body, int token)
    {
        if (body.Tokens[token].Kind != NameTokenKind.Number) return false;
        var text = body.Text(token);
        return text.Length is >= 3 and <= 5 && char.IsDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th";
    }

    internal static bool IsPluralGroup(TokenizedBody body, int first, int last)
    {
        // "Taxpayers for…", "Moms for…", and with the place the group is from: "Ohio Parents for…", "Staten Island Families for…".
        if (last - first > 2 || body.Tokens[last].Is(NameTokenFlags.SentenceStart)) return false;
        var word = body.Text(last);
        if (!(word.Length >= 4 && word[^1] == 's' && word[^2] != 's' && !EntityLexicon.IsStopWord(word) && !EntityLexicon.Places.Contains(word)
              && !EntityLexicon.Organizations.Contains(word))) return false;
        return first == last || (EntityLexicon.Places.Contains(body.PhraseSpan(first, last - 1)) && !EntityLexicon.Organizations.Contains(body.PhraseSpan(first, last)));
    }

    private static bool IsLegalSuffix(string word) =>
        EntityLexicon.ContainsWithOrWithoutStop(EntityLexicon.OrganizationSuffixes, word);

    private static bool Joinable(NameToken token, bool quoted) =>
        token.IsCapitalizedWord && !token.Is(NameTokenFlags.SentenceStart) && token.Is(NameTokenFlags.InQuote) == quoted;

    private static int CapitalizedRunEnd(NameToken[] tokens, int start, bool quoted)
    {
        var end = -1;
        for (var k = start; k < tokens.Length && Joinable(tokens[k], quoted); k++) end = k;
        return end;
    }
}
