using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Context that marks a name without an organization word as an organization: "the advocacy group X",
/// "X, the steel association", "X, which represents…", "an analyst at X", "shares of X", "according to X data",
/// "X announced" (when nothing marks X as a person), "producers including X and Y", and in a sports article
/// "signed from X", "two points behind X", "X's coach", "Nashville SC". Venues ("TQL Stadium") become places and
/// named happenings ("the Lookout Ridge Fire") nothing.
/// </summary>
internal sealed class OrganizationCues
{
    private const int Strong = 3;

    private static readonly FrozenSet<string> Nouns = WordList.Set("organization-nouns", StringComparer.Ordinal);
    private static readonly FrozenSet<string> Verbs = WordList.Set("organization-verbs", StringComparer.Ordinal);
    private static readonly FrozenSet<string> MemberNouns = WordList.Set("organization-member-nouns", StringComparer.Ordinal);
    private static readonly FrozenSet<string> DataNouns = WordList.Set("organization-data-nouns", StringComparer.Ordinal);
    private static readonly FrozenSet<string> SportsWords = WordList.Set("organization-sports-words", StringComparer.Ordinal);
    private static readonly FrozenSet<string> SportsCues = WordList.Set("organization-sports-cues", StringComparer.Ordinal);
    private static readonly FrozenSet<string> VenueHeads = WordList.Set("organization-venue-heads", StringComparer.Ordinal);
    private static readonly FrozenSet<string> DistrictBodies = WordList.Set("organization-district-bodies", StringComparer.Ordinal);
    private static readonly FrozenSet<string> LineNames = WordList.Set("place-line-names", StringComparer.Ordinal);

    /// <summary>A word that names a rail or transit line before "Line" ("Elizabeth", "Blue").</summary>
    internal static bool IsLineName(string word) => LineNames.Contains(word);
    private static readonly FrozenSet<string> EventHeads = WordList.Set("organization-event-heads", StringComparer.Ordinal);
    private static readonly FrozenSet<string> MoreHeads = WordList.Set("organization-heads-more", StringComparer.Ordinal);
    private static readonly FrozenSet<string> ClubSuffixes = WordList.Set("organization-club-suffixes", StringComparer.Ordinal);
    private static readonly FrozenSet<string> IndustryHeads = WordList.Set("organization-industry-heads", StringComparer.Ordinal);
    private static readonly FrozenSet<string> CampaignVerbs = WordList.Set("organization-campaign-verbs", StringComparer.Ordinal);

    private static readonly FrozenSet<string> ResultVerbs = WordList.Set("organization-result-verbs", StringComparer.Ordinal);
    private static readonly FrozenSet<string> ResultNouns = FrozenSet.Create(StringComparer.Ordinal, ["defeat", "win", "victory", "draw", "loss", "game", "match", "week"]);
    private static readonly FrozenSet<string> ClubFollowers = WordList.Set("organization-club-followers", StringComparer.Ordinal);
    private static readonly FrozenSet<string> ClubTowns = WordList.Set("organization-club-towns", StringComparer.Ordinal);
    private static readonly FrozenSet<string> CricketCounties = WordList.Set("organization-cricket-counties", StringComparer.Ordinal);

    private static bool IsCricket(TokenizedBody body) =>
        body.LowercaseWords.Contains("cricket") || body.LowercaseWords.Contains("wicket") || body.LowercaseWords.Contains("wickets");
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.Ordinal, ["in", "to", "into", "near", "outside", "across", "throughout", "around", "at", "of", "from", "via", "between"]);
    private static readonly FrozenSet<string> SubjectOpeners = FrozenSet.Create(StringComparer.Ordinal, [",", ";", "but", "while", "whereas", "as", "when", "because", "after", "before", "if", "that", "though", "although", "since", "meanwhile", "and"]);
    private static readonly FrozenSet<string> TransferVerbs = WordList.Set("organization-transfer-verbs", StringComparer.Ordinal);
    private static readonly FrozenSet<string> RelativeVerbs = WordList.Set("organization-relative-verbs", StringComparer.Ordinal);

    /// <summary><paramref name="evidence"/> adjusted for the context of the name in tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public Evidence Adjust(TokenizedBody body, ParsedName name, int first, int last, Evidence evidence)
    {
        var single = first == last;
        var firstWord = body.Text(first);
        var lastWord = body.Text(last);
        var known = body.IsKnownOrganization(first, last);
        // "Save Moody Street", "Stop the Pylons", "Keep Ashby Green": an imperative verb opening a name names the campaign
        // group, whatever place the rest of it names.
        if (!single && CampaignVerbs.Contains(firstWord) && !known) return new Evidence(0, Math.Max(evidence.Organization, 0) + 2 * Strong, 0);
        // A given name first may be the person a two-word venue is named for ("Maxwell Air Force Base"), or a surname
        // ("Ann Field"); "Harlan Stadium", "Alma Arena" have no such surname.
        if (!single && !known && (!body.IsGivenName(first) || last - first >= 2 || lastWord is not ("Field" or "Station" or "Base")))
        {
            if (VenueHeads.Contains(lastWord)) return new Evidence(0, 0, 5);
            if (EventHeads.Contains(lastWord)) return default;
            // "the First World War", "the Civil War": a war is a happening ("the Department of War" is a body).
            if (lastWord is "War" && body.Text(last - 1) is not "of") return default;
            // "the Western Front", "the Eastern Front": a war's front is where it was fought ("the National Front" is a party).
            if (lastWord is "Front" && last == first + 1 && body.Text(first) is "Western" or "Eastern" or "Northern" or "Southern") return new Evidence(0, 0, 5);
            var before = body.Text(last - 1);
            // "the Richmond District", "the Lake District": an area, unless a service word says it is a public body.
            // ("Community Education Council for District 31" is a body, "District 31" its area.)
            if (lastWord is "District" && !DistrictBodies.Contains(before) && !HasConnector(body, first, last) && !DigitsFollow(body, last))
                return new Evidence(0, 0, 5);
            // "the MAX Blue Line", "the Elizabeth line": a route, not the company that runs it; a main line is a place.
            if (lastWord is "Line" && LineNames.Contains(before)) return before is "Main" ? new Evidence(0, 0, 5) : default;
            // "the Bridgewater Canal", "Hermaness National Nature Reserve": a waterway or protected land is a place ("the
            // Federal Reserve" is a body).
            if (lastWord is "Canal" or "Preserve" || (lastWord is "Reserve" && before is "Nature" or "Wildlife" or "Game" or "Marine" or "Forest" or "Biosphere"))
                return new Evidence(0, 0, 5);
            // "Beaverton Transit Center": a transit hub is a place riders go to.
            if (lastWord is "Center" or "Centre" && before is "Transit" or "Transportation") return new Evidence(0, 0, 5);
        }
        // "Its new owner, Larkfield Living, said", "the Harlan Fabrication plant": an industry word no surname shares makes a
        // company of the name, a given name first included.
        if (!single && !known && IndustryHeads.Contains(lastWord) && name.Honorific is null)
            return new Evidence(0, Math.Max(evidence.Organization, 0) + 2 * Strong, 0);
        var organization = 0;
        // "Riverside Grill", "National Endowment for the Arts"; the +1 a closing comma gives is not enough alone.
        // ("the Solar System", "an Exit System": two words before "System" name a thing; three a body that runs one.)
        if (!single && !known && evidence.Organization < Strong
            && ((MoreHeads.Contains(lastWord) && (!body.IsGivenName(first) || last - first >= 2) && (lastWord is not "System" || last - first >= 2))
                || HeadBeforeOf(body, first, last))) organization += Strong;
        if (Preceded(body, name.SurfaceFirst) || NamedAfterSubjectNoun(body, name.SurfaceFirst, last)) organization += Strong;
        if (Followed(body, last)) organization += Strong;
        if (OwnedOrLeft(body, name.SurfaceFirst, first, last)) organization += Strong;
        var personLike = name.Honorific is not null || evidence.Person > 0 || body.IsGivenName(first);
        if (!personLike && last + 1 < body.Tokens.Length && body.Tokens[last + 1].IsWord && Verbs.Contains(body.Text(last + 1))
            && !(single && body.Tokens[first].Is(NameTokenFlags.SentenceStart) && body.WritesInLowerCase(firstWord))
            && !InPrepositionalPhrase(body, name.SurfaceFirst))
            organization += 2;
        // "SEPTA and Pittsburgh Regional Transit": a name coordinated with an organization.
        if (!personLike && CoordinatedWithOrganization(body, first, last)) organization += Strong;
        if (!personLike && PluralAgreement(body, name.SurfaceFirst, first, last)) organization += Strong;
        // "called up from Triple-A Albuquerque": a minor-league level before a town names the town's club.
        if (!single && firstWord is "Triple-A" or "Double-A" or "High-A" or "Single-A") organization += 2 * Strong;
        var club = 0;
        if (IsSports(body))
        {
            club = Club(body, name.SurfaceFirst, first, last, single);
            organization += club;
        }
        if (club > 0 && body.IsKnownPlace(first, last)) evidence = evidence with { Club = evidence.Club + 1 };
        // "at TQL Stadium in Cincinnati": a sports article names the town too, and "in" says so louder than a cue says team.
        else if (club == 0 && IsSports(body) && name.SurfaceFirst > 0 && body.Text(name.SurfaceFirst - 1) is "in" or "near" or "outside")
            evidence = evidence with { Club = evidence.Club - 3 };
        return organization == 0 ? evidence : evidence with { Organization = evidence.Organization + organization };
    }

    private static readonly FrozenSet<string> OwnerVerbs = FrozenSet.Create(StringComparer.Ordinal, ["owns", "runs", "operates", "co-owns"]);

    // "Angela Moreno, who owns Taqueria Los Cuates", "who has run Szabo's Shoe Repair since 1998", "after leaving Biogen, where
    // he…": a business someone owns or runs, or an employer left. Not a person, a place or a place's feature ("Riverside Park").
    private static bool OwnedOrLeft(TokenizedBody body, int surfaceFirst, int first, int last)
    {
        var k = surfaceFirst - 1;
        if (k < 1 || !body.Tokens[k].IsWord || body.IsGivenName(first) || body.IsPlaceHead(last) || body.IsKnownPlace(first, last)) return false;
        var word = body.Text(k);
        var before = body.Text(k - 1);
        if (OwnerVerbs.Contains(word)) return before is "who" or "which" or "also" or "she" or "he" or "and" or "now" || body.Tokens[k - 1].IsCapitalizedWord;
        if (word is "run" or "owned") return before is "has" or "have" or "had";
        return word is "leaving" && before is "after" or "before" or "since";
    }

    // "Gas stations in Islamorada and Tavernier reported…": the verb's subject is the noun before the preposition, so
    // the verb says nothing about the names in the phrase (a list of them included).
    private static bool InPrepositionalPhrase(TokenizedBody body, int surfaceFirst)
    {
        var k = surfaceFirst - 1;
        for (var steps = 0; steps < 12 && k >= 0; steps++)
        {
            var word = body.Text(k);
            if (word is "the") { k--; continue; }
            if (body.Tokens[k].IsWord && PlacePrepositions.Contains(word)) return true;
            if (word is not ("," or "and" or "or")) return false;
            k--;
            if (k < 0 || !body.Tokens[k].IsCapitalizedWord) return false;
            while (k > 0 && body.Tokens[k - 1].IsCapitalizedWord) k--;
            k--;
        }
        return false;
    }

    /// <summary>True for an imperative that opens a campaign group's name ("Save", "Stop").</summary>
    public static bool IsCampaignVerb(string word) => CampaignVerbs.Contains(word);

    /// <summary>True for an industry word that ends company names and is never a surname ("Living", "Refining").</summary>
    public static bool IsIndustryHead(string word) => IndustryHeads.Contains(word);

    /// <summary>True for a lower-case noun that describes an organization ("developer", "charity").</summary>
    public static bool IsOrganizationNoun(string word) => Nouns.Contains(word);

    /// <summary>True for a head word the main list lacks that may take "of" or "for" ("Endowment").</summary>
    public static bool IsMoreHead(string word) => MoreHeads.Contains(word);

    private static bool HasConnector(TokenizedBody body, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
            if (body.Text(k) is "of" or "for") return true;
        return false;
    }

    private static bool DigitsFollow(TokenizedBody body, int last) =>
        last + 1 < body.Tokens.Length && body.Tokens[last + 1].Kind == NameTokenKind.Number;

    /// <summary>True for the last word of a venue's name ("Stadium", "Field").</summary>
    public static bool IsVenueHead(string word) => VenueHeads.Contains(word);

    /// <summary>True for the last word of a named happening ("Fire", "Tournament", "Final").</summary>
    public static bool IsEventHead(string word) => EventHeads.Contains(word);

    /// <summary>True for what an organization publishes ("figures", "data", "report").</summary>
    public static bool IsDataNoun(string word) => DataNouns.Contains(word);

    private static bool HeadBeforeOf(TokenizedBody body, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
            if (body.Text(k) is "of" or "for") return MoreHeads.Contains(body.Text(k - 1));
        return false;
    }

    private static bool Preceded(TokenizedBody body, int surfaceFirst)
    {
        var k = surfaceFirst - 1;
        if (k < 0 || !body.Tokens[k].IsWord) return false;
        var word = body.Text(k);
        // "the advocacy group X", "rival Apple"; "Developer Calverley Student Living had appealed" opens its sentence.
        if (!body.Tokens[k].Is(NameTokenFlags.Capitalized) ? Nouns.Contains(word) && body.Text(surfaceFirst).Length >= 3
            : body.Tokens[k].Is(NameTokenFlags.SentenceStart) && !body.Tokens[k].Is(NameTokenFlags.AllCaps) && Nouns.Contains(word.ToLowerInvariant())) return true;
        // "Houston-based Turnstone Advisory", "Dutch-based Vanterra": what is based somewhere is a body.
        if (word is "based" or "headquartered" && body.Tokens[k].Is(NameTokenFlags.AfterHyphen) && !body.IsGivenName(surfaceFirst)) return true;
        // "She founded Aurelle in 2021", "which acquired Brackwell": what is founded or acquired is a body, not a person.
        if (word is "founded" or "co-founded" or "cofounded" or "acquired" && !body.IsGivenName(surfaceFirst)) return true;
        if (k < 1 || !body.Tokens[k - 1].IsWord) return false;
        var before = body.Text(k - 1);
        // "a group called Save Moody Street", "a clinic called X", "a criminal group calling itself X".
        if (word is "called" or "named" && Nouns.Contains(before) && body.Text(surfaceFirst).Length >= 3 && !body.IsGivenName(surfaceFirst)) return true;
        if (word is "itself" && before is "calling" && k >= 2 && Nouns.Contains(body.Text(k - 2))) return true;
        // "chief executive of Companion AI", "a geriatrician at Johns Hopkins Medicine": where a role is held.
        // ("the head coach at Turf Moor" in a match report is where the crowd was; "a controller of Radio 4" names no body by "Radio".)
        if (word is "of" or "at" or "with" && HeldRoleEnds(body, k - 1, word) && !body.IsGivenName(surfaceFirst)
            && !(word is "at" && IsSports(body)) && !(body.Tokens[surfaceFirst].IsWord && body.IsOrganizationHead(surfaceFirst) && (surfaceFirst + 1 >= body.Tokens.Length || !body.Tokens[surfaceFirst + 1].IsCapitalizedWord))) return true;
        // "an analyst at X", "shares of X", "a stake in X".
        if (word is "at" && MemberNouns.Contains(before)) return true;
        if (word is "of" or "in" && before.ToLowerInvariant() is "shares" or "stake" or "stock") return true;
        // "a paper published in Nature", "findings reported in The Lancet": where research is published is a journal.
        if (word is "in" && before is "published" or "reported" or "appeared" or "publishes") return true;
        // "producers including X and Y".
        if (word is "including" && Nouns.Contains(before)) return true;
        if (word is "and" or ",")
        {
            for (var j = k - 1; j >= Math.Max(0, k - 8); j--)
            {
                var text = body.Text(j);
                if (text is "including") return j > 0 && Nouns.Contains(body.Text(j - 1));
                if (!body.Tokens[j].IsCapitalizedWord && text is not ("," or "and")) return false;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> LocalTitles = WordList.Set("role-words-local", StringComparer.OrdinalIgnoreCase);

    // A lower-case role ending at <paramref name="end"/>: "chief executive", "general counsel", "field agronomist"
    // (a member noun). Titles held over a place ("mayor of X") and "member of" say nothing of an organization.
    private static bool HeldRoleEnds(TokenizedBody body, int end, string preposition)
    {
        var tokens = body.Tokens;
        if (!tokens[end].IsWord || tokens[end].Is(NameTokenFlags.Capitalized)) return false;
        var word = body.Text(end);
        // "a geriatrician at", "an agronomist with": a profession by its ending.
        if (preposition is not "of" && (MemberNouns.Contains(word) || (word.Length >= 7 && (word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ician", StringComparison.Ordinal))))) return true;
        for (var start = Math.Max(0, end - 2); start <= end; start++)
        {
            // The cheap first-word test before building the phrase.
            if (!tokens[start].IsWord || tokens[start].Is(NameTokenFlags.Capitalized) || !EntityLexicon.RoleFirstWordLookup.Contains(tokens[start].Text(body.Body))) continue;
            var phrase = body.Phrase(start, end);
            if (EntityLexicon.Roles.Contains(phrase) && !LocalTitles.Contains(phrase) && phrase is not ("member" or "members")) return true;
        }
        return false;
    }

    // "The developer, Keystone Residential, had…": the subject's organization noun, then the name set off by commas.
    // ("…to the newspaper, Smith, who…" is no such subject: a preposition comes before the noun.)
    private static bool NamedAfterSubjectNoun(TokenizedBody body, int surfaceFirst, int last)
    {
        var comma = surfaceFirst - 1;
        if (comma < 2 || last + 1 >= body.Tokens.Length || body.Text(comma) is not "," || body.Text(last + 1) is not ",") return false;
        var noun = comma - 1;
        if (!body.Tokens[noun].IsWord || body.Tokens[noun].Is(NameTokenFlags.Capitalized) || !Nouns.Contains(body.Text(noun))) return false;
        var determiner = noun - 1;
        // "a local shipping company, Ferriby Marine,": an indefinite description names what it introduces, wherever it stands.
        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            if (!body.Tokens[k].IsWord || body.Tokens[k].Is(NameTokenFlags.Capitalized) && !body.Tokens[k].Is(NameTokenFlags.SentenceStart)) break;
            if (body.Text(k) is "a" or "an" or "A" or "An") return !body.IsGivenName(surfaceFirst);
        }
        if (body.Text(determiner) is not ("The" or "the")) return false;
        return body.Tokens[determiner].Is(NameTokenFlags.SentenceStart)
               || (determiner > 0 && body.Text(determiner - 1) is "," or ";" or "and" or "but");
    }

    private static readonly FrozenSet<string> PossessiveRoles = WordList.Set("organization-possessive-roles", StringComparer.Ordinal);

    // "Aurelle's co-founder and chief executive", "Northside Harbor's executive director": what only an organization has.
    private static bool OwnsOrganizationRole(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        var k = last + 2;
        if (k >= tokens.Length || tokens[last + 1].Kind != NameTokenKind.Possessive) return false;
        // "Ashcombe's new chief executive", "its former chairman".
        if (tokens[k].IsWord && body.Text(k) is "new" or "former" or "interim" or "outgoing" && k + 1 < tokens.Length) k++;
        if (!tokens[k].IsWord || tokens[k].Is(NameTokenFlags.Capitalized)) return false;
        var word = body.Text(k);
        if (PossessiveRoles.Contains(word)) return true;
        return k + 1 < tokens.Length && tokens[k + 1].IsWord && PossessiveRoles.Contains(word + " " + body.Text(k + 1));
    }

    private static bool Followed(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        var k = last + 1;
        if (k + 1 >= tokens.Length) return false;
        if (OwnsOrganizationRole(body, last)) return true;
        var next = body.Text(k);
        // "according to X data".
        if (tokens[k].IsWord && DataNouns.Contains(next) && last - 1 >= 0 && ThroughAccording(body, last)) return true;
        if (next is not ",") return false;
        var after = body.Text(k + 1);
        // "X, which represents…".
        if (after is "which" or "that" && k + 2 < tokens.Length && RelativeVerbs.Contains(body.Text(k + 2))) return true;
        // "X, the European steel association,".
        if (after is "the" or "a" or "an")
        {
            for (var j = k + 2; j < Math.Min(tokens.Length, k + 7); j++)
            {
                // "a tenants’ rights group": a plural possessive stays inside the description.
                if (body.Text(j) is "’" or "'" || tokens[j].Kind == NameTokenKind.Possessive) continue;
                if (!tokens[j].IsWord) return false;
                var word = body.Text(j);
                // "X, the agency's duty flood manager": an organization that owns the description is not its head.
                // "X, the committee chairman": a noun that modifies the next one is not the description's head either.
                if (Nouns.Contains(word)) return j + 1 >= tokens.Length || EndsDescription(body, j + 1);
                if (word is "of" or "who" or "which" or "that") return false;
                // "Jo Roe, a spokeswoman for the union,": the description's head came before the preposition; the body
                // after it is whom the head works for.
                if (word is "for" or "with" or "at" or "in" or "from" or "on") return false;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> DescriptionEnders = FrozenSet.Create(StringComparer.Ordinal, ["in", "of", "for", "that", "which", "with", "on", "at", "and", "or", "to", "from", "whose", "based"]);

    private static bool EndsDescription(TokenizedBody body, int next)
    {
        var token = body.Tokens[next];
        if (token.Kind == NameTokenKind.Possessive) return false;
        return !token.IsWord || token.Is(NameTokenFlags.Capitalized) || DescriptionEnders.Contains(body.Text(next));
    }

    // The word before the name's first token: "according to LSEG data" (the caller checked the noun after it).
    private static bool ThroughAccording(TokenizedBody body, int last)
    {
        for (var j = last; j >= Math.Max(1, last - 5); j--)
            if (body.Text(j) is "to" && body.Text(j - 1) is "according") return true;
        return false;
    }

    private static bool CoordinatedWithOrganization(TokenizedBody body, int first, int last)
    {
        var tokens = body.Tokens;
        // "Facebook, X and Instagram": a one-letter brand is too little to go on.
        if (first == last && body.Text(first).Length < 3) return false;
        // "Oriole Park Middle in Lauderhill and Cypress Run Elementary": one word after "in" is where, not a second body.
        var afterIn = first == last && first > 0 && body.Text(first - 1) is "in";
        if (!afterIn && last + 2 < tokens.Length && body.Text(last + 1) is "and" or "or" or ",")
        {
            var end = last + 2;
            while (end + 1 < tokens.Length && tokens[end + 1].IsCapitalizedWord) end++;
            if (tokens[last + 2].IsCapitalizedWord && (EntityLexicon.IsOrganizationEnd(body.Text(end)) && body.Text(last + 1) is not ","
                                                       || KnownCompany(body, last + 2, end))) return true;
        }
        if (first < 2 || body.Text(first - 1) is not ("and" or "or" or ",") || !tokens[first - 2].IsCapitalizedWord) return false;
        // "(Labour, Small Heath)" tags a councillor's ward: a comma counts only inside a list that goes on.
        if (body.Text(first - 1) is "," && !(last + 1 < tokens.Length && body.Text(last + 1) is "," or "and" or "or")) return false;
        var start = first - 2;
        while (start > 0 && tokens[start - 1].IsCapitalizedWord) start--;
        // "at Walmart, Target, Menards and online", "owned by FirstGroup and Trenitalia": a list beside a known organization.
        return (EntityLexicon.IsOrganizationEnd(body.Text(first - 2)) && body.Text(first - 1) is not ",") || KnownCompany(body, start, first - 2);
    }

    // A well-known organization that is no place (a town's club is both, and lists of towns are common).
    private static bool KnownCompany(TokenizedBody body, int first, int last)
    {
        return body.IsKnownOrganization(first, last) && !body.IsKnownPlace(first, last);
    }

    // "Newcastle have agreed a fee", "Dortmund were preparing a move": British English gives a club, a company or a
    // party a plural verb; a person or a town takes "has"/"was". Only a name that opens its clause counts ("prices in
    // London have risen" has another subject).
    private static bool PluralAgreement(TokenizedBody body, int surfaceFirst, int first, int last)
    {
        var tokens = body.Tokens;
        var next = last + 1;
        if (next >= tokens.Length || !tokens[next].IsWord || body.Text(next) is not ("have" or "are" or "were")) return false;
        var lastWord = body.Text(last);
        if (lastWord.EndsWith('s') && !body.IsKnownOrganization(first, last)) return false;
        if (EntityLexicon.Demonyms.Contains(lastWord) || EntityLexicon.IsStopWord(lastWord)) return false;
        if (tokens[surfaceFirst].Is(NameTokenFlags.SentenceStart)) return surfaceFirst == first;
        var before = surfaceFirst - 1;
        if (before < 0) return false;
        var word = body.Text(before);
        // "Smith and Jones were": names joined by "and" may be people.
        if (word is "and" && before > 0 && tokens[before - 1].IsCapitalizedWord) return false;
        return SubjectOpeners.Contains(word);
    }

    private static int Club(TokenizedBody body, int surfaceFirst, int first, int last, bool single)
    {
        var tokens = body.Tokens;
        if (!single && ClubSuffixes.Contains(body.Text(last))) return Strong;
        // "the Lyon midfielder", "Porto youth coach", "Celtic forward": a club before a player's position.
        if (PositionFollows(body, last) && !AdjectiveBeforePosition(body, surfaceFirst, first, last, single)) return 2 * Strong;
        var k = surfaceFirst - 1;
        // "No. 9 Iowa beat No. 14 Maryland": a ranked name is a team, and the ranking stands between it and the verb before.
        if (k >= 1 && tokens[k].Kind == NameTokenKind.Number && body.Text(k - 1) is "No." or "no.")
        {
            if (single) return Strong;
            k -= 2;
        }
        // "Iowa beat Michigan State", "Burnley cruise": a team is the subject of a result.
        if (last + 1 < tokens.Length && tokens[last + 1].IsWord && ResultVerbs.Contains(body.Text(last + 1))) return Strong;
        // "Maryland's Tamsin Clyde": a team's player.
        if (last + 2 < tokens.Length && tokens[last + 1].Kind == NameTokenKind.Possessive && tokens[last + 2].IsCapitalizedWord
            && body.IsKnownPlace(first, last)) return Strong;
        // "defeat at Burnley", "played 11 seasons for Glamorgan": the away side and a player's club.
        if (k >= 1 && tokens[k].IsWord && tokens[k - 1].IsWord && (single || body.IsKnownPlace(first, last))
            && ((body.Text(k) is "at" && ResultNouns.Contains(body.Text(k - 1))) || (body.Text(k) is "for" && body.Text(k - 1) is "seasons" or "played" or "plays" or "signed" or "appearances")))
            return Strong;
        // "Iowa women's basketball".
        if (last + 2 < tokens.Length && body.Text(last + 1) is "women" or "men" && tokens[last + 2].Kind == NameTokenKind.Possessive) return Strong;
        // "Newcastle have agreed", "play Brighton at home": a town the sports pages use for its club, unless a place
        // preposition says the town is meant.
        if (single && ClubTowns.Contains(EntityLexicon.TitleCase(body.Text(first))) && !(k >= 0 && tokens[k].IsWord && PlacePrepositions.Contains(body.Text(k)))) return 2 * Strong;
        // "Yorkshire were bowled out for 212": a cricket report names a county side by the county alone.
        if (single && CricketCounties.Contains(body.Text(first)) && IsCricket(body) && !(k >= 0 && tokens[k].IsWord && PlacePrepositions.Contains(body.Text(k)))) return 2 * Strong;
        if (k >= 0 && tokens[k].IsWord)
        {
            var word = body.Text(k);
            if (SportsCues.Contains(word)) return Strong;
            if (word is "from" && k > 0 && TransferVerbs.Contains(body.Text(k - 1))) return Strong;
            if (word is "to" && k > 0 && body.Text(k - 1) is "lost" or "loss" or "fell") return Strong;
        }
        if (last + 2 < tokens.Length && tokens[last + 1].Kind == NameTokenKind.Possessive && ClubFollowers.Contains(body.Text(last + 2))) return Strong;
        // "Columbus Crew", "New York Red Bulls": a city and a nickname.
        if (!single)
        {
            for (var split = first; split < last; split++)
                if (body.IsKnownPlace(first, split) && !body.IsPlaceHead(last)
                    && !body.IsKnownPlace(split + 1, last))
                    return 2;
        }
        return 0;
    }

    // "Junior guard Adaeze Okereke", "the All-Star guard": a lone word nothing knows as a club, opening the sentence or
    // after an article, describes the player.
    private static bool AdjectiveBeforePosition(TokenizedBody body, int surfaceFirst, int first, int last, bool single)
    {
        if (!single) return false;
        var word = body.Text(first);
        if (EntityLexicon.Places.Contains(word) || EntityLexicon.Organizations.Contains(word) || ClubTowns.Contains(word)) return false;
        return body.Tokens[first].Is(NameTokenFlags.SentenceStart) || (surfaceFirst > 0 && body.Text(surfaceFirst - 1) is "a" or "an" or "the" or "The" or "A" or "An")
               || (first > 0 && body.Text(first - 1) is "a" or "an" or "the" or "The");
    }

    private static bool PositionFollows(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        for (var k = last + 1; k < Math.Min(tokens.Length, last + 3); k++)
        {
            if (!tokens[k].IsWord || tokens[k].Is(NameTokenFlags.Capitalized)) return false;
            if (ClubFollowers.Contains(body.Text(k))) return true;
        }
        return false;
    }

    private static bool IsSports(TokenizedBody body) => body.IsSportsArticle;

    /// <summary>True when the article writes three or more sports words in lower case (read once per article, see <see cref="TokenizedBody.IsSportsArticle"/>).</summary>
    internal static bool WritesSportsWords(TokenizedBody body)
    {
        var count = 0;
        foreach (var word in SportsWords)
            if (body.LowercaseWords.Contains(word) && ++count >= 3) return true;
        return false;
    }
}
