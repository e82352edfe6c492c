using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Weighs what one mention and the words around it say about its kind: a given name, a title or an
/// appositive role, a speech verb ("X said", "said X"), an age (", 45,") point to a person; a known
/// organization, an organization head or suffix, "X of Y" after an organization word, "X spokesperson" to an
/// organization; the gazetteer, "in X", "X-based", "City, State" to a place. Evidence adds up over every
/// mention of an entity before its kind is decided.
/// </summary>
internal sealed class EntityClassifier
{
    private static readonly FrozenSet<string> OrganizationFollowers = WordList.Set("organization-followers", StringComparer.Ordinal);

    // "Energy UK", "Historic England", "Transport Scotland": a common word before a country's name is a body named for
    // the country it works in ("New England", "North Wales" are in the gazetteer).
    private static readonly FrozenSet<string> RegionWords = FrozenSet.Create(StringComparer.Ordinal, ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Mid", "Central", "Greater", "New", "Great", "Rural", "Little"]);
    internal static readonly FrozenSet<string> NationNames = FrozenSet.Create(StringComparer.Ordinal, ["UK", "England", "Scotland", "Wales", "Britain", "Ireland", "Cymru", "NI", "Éireann"]);

    private static readonly OrganizationCues Cues = new();

    private static readonly FrozenSet<string> StatesAndCountries = WordList.Set("places-states-countries", StringComparer.Ordinal);

    private static bool IsStateOrCountry(string word) => StatesAndCountries.Contains(word) && !EntityLexicon.IsGivenName(word);

    /// <summary>Party names and adjectives that, before a title or a party noun, mention the party ("Labour MS", "the Conservative opposition").</summary>
    internal static readonly FrozenSet<string> Parties = WordList.Set("organization-parties", StringComparer.Ordinal);
    private static readonly FrozenSet<string> PartyNouns = WordList.Set("organization-party-nouns", StringComparer.Ordinal);

    private static readonly FrozenSet<string> RoleModifiers = WordList.Set("role-modifiers", StringComparer.Ordinal);
    private static readonly FrozenSet<string> VehicleMakers = WordList.Set("organization-vehicle-makers", StringComparer.Ordinal);

    // "Sierra", "F-150", "Silverado HD": a model's words hold no word that ends a company's or a site's name ("Ford
    // Motor", "Toyota Center", "Honda Foundation").
    private static bool IsModel(TokenizedBody body, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!body.Tokens[k].IsWord) continue;
            var word = body.Text(k);
            if (EntityLexicon.IsOrganizationEnd(word) || OrganizationCues.IsIndustryHead(word) || OrganizationCues.IsVenueHead(word)
                || body.IsPlaceHead(k) || EntityLexicon.Places.Contains(word) || body.IsStopWord(k) || word is "Motor") return false;
        }
        return true;
    }

    private static readonly FrozenSet<string> EponymNouns = WordList.Set("eponym-nouns", StringComparer.Ordinal);
    private static readonly FrozenSet<string> GovernmentVerbs = WordList.Set("organization-government-verbs", StringComparer.Ordinal);
    private static readonly FrozenSet<string> CountyStaff = FrozenSet.Create(StringComparer.Ordinal,
        ["officials", "official", "spokesperson", "spokesman", "spokeswoman", "staff", "employees", "administrator", "leaders"]);
    private static readonly FrozenSet<string> LawHeads = WordList.Set("law-heads", StringComparer.Ordinal);
    private static readonly FrozenSet<string> ShipPrefixes = WordList.Set("ship-prefixes", StringComparer.Ordinal);

    /// <summary>True for "HMS", "MV", "USS": a prefix that opens a ship's name.</summary>
    internal static bool IsShipPrefix(string word) => ShipPrefixes.Contains(word);
    private static readonly FrozenSet<string> CompassWords = WordList.Set("place-compass-words", StringComparer.Ordinal);

    /// <summary>True for a compass word that makes a region of a place ("South", "Northern").</summary>
    internal static bool IsCompassWord(string word) => CompassWords.Contains(word);

    // Lower-case nouns a list of compass words may share ("the South and West sides").
    private static readonly FrozenSet<string> SharedRegionNouns = FrozenSet.Create(StringComparer.Ordinal,
        ["sides", "roads", "ends", "banks", "shores", "coasts", "wards", "districts", "counties", "regions", "suburbs", "areas"]);

    // After the compass word at token last: "and", "or" or "/", another compass word, then a capitalized word or a shared noun.
    private static bool SharesNextName(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        if (last + 3 >= tokens.Length || body.Text(last + 1) is not ("and" or "or" or "/") || !tokens[last + 2].IsCapitalizedWord
            || !CompassWords.Contains(body.Text(last + 2)) || tokens[last + 2].Is(NameTokenFlags.SentenceStart)) return false;
        var next = tokens[last + 3];
        return next.IsCapitalizedWord || (next.IsWord && SharedRegionNouns.Contains(body.Text(last + 3)));
    }

    private static readonly FrozenSet<string> RegionModifiers = WordList.Set("place-region-modifiers", StringComparer.Ordinal);

    // "South Florida", "Northern California", "North of England", "Middle Tennessee".
    private static bool IsRegionOfPlace(TokenizedBody body, int first, int last)
    {
        if (last == first || !(CompassWords.Contains(body.Text(first)) || RegionModifiers.Contains(body.Text(first)))) return false;
        var rest = body.Text(first + 1) is "of" ? first + 2 : first + 1;
        return rest <= last && body.IsKnownPlace(rest, last);
    }

    // "Loma Alta Park", "Union Quay": a place's last word that is also a surname counts only after a word no given name is.
    private static readonly FrozenSet<string> PlaceHeadsAfterCommonWords = WordList.Set("place-heads-after-common-words", StringComparer.Ordinal);

    // "the Friends of Hartwell Park": a body named for the place it looks after.
    private static bool HasConnector(TokenizedBody body, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
            if (body.Tokens[k].IsWord && !body.Tokens[k].Is(NameTokenFlags.Capitalized)) return true;
        return false;
    }

    private static readonly FrozenSet<string> StrongPlacePrepositions = FrozenSet.Create(StringComparer.Ordinal, ["in", "near", "outside", "across", "throughout", "from", "around"]);

    // "River Wyle", "Mount Hood", "Lake Erie": words that open place names.
    private static readonly FrozenSet<string> PlaceOpeners = WordList.Set("place-openers", StringComparer.Ordinal);
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.Ordinal, ["from", "to", "visited", "between"]);

    // "burst its banks at X", "the village of X": the word before the preposition says a place follows.
    private static readonly FrozenSet<string> PlaceCuesBeforeAt = WordList.Set("place-cues-before-at", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> PlaceNounsBeforeOf = WordList.Set("place-nouns-before-of", StringComparer.Ordinal);

    // "said Smith": only verbs whose subject may follow them; "told X", "asked X" name the listener.
    private static readonly FrozenSet<string> InvertedSpeechVerbs = WordList.Set("speech-verbs-inverted", StringComparer.Ordinal);

    // Capitalized at the start of a sentence or as part of a name, but never a name alone ("City officials said").
    private static readonly FrozenSet<string> GenericWords = FrozenSet.Create(StringComparer.Ordinal, ["City", "State", "County", "Federal", "National", "Local", "Government", "Council", "Police", "Officials", "Company", "Group"]);

    /// <summary>The evidence for the name in tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public Evidence Score(TokenizedBody body, ParsedName name, int first, int last, bool hasRole)
    {
        var tokens = body.Tokens;
        var core = body.Phrase(first, last);
        // "the Conservative opposition", "Shrewsbury's Conservative MP": an adjective that is otherwise a demonym names the party.
        if (first == last && body.IsDemonym(first) && IsPartyModifier(body, core, first, last)) return new Evidence(0, 6, 0);
        // "the Government announced", "calling on the Government to act": British and Irish news write the national
        // government with a capital, which nothing else in the phrase asks for.
        if (first == last && core is "Government" && name.AfterThe && !tokens[first].Is(NameTokenFlags.SentenceStart)) return new Evidence(0, 5, 0);
        if (first == last && (body.IsDemonym(first) || body.IsStopWord(first) || IsPluralAcronym(core)
                              || EntityLexicon.Roles.Contains(core) || GenericWords.Contains(core) || RoleExtractor.IsPartyTag(body, first))) return default;
        // "Senior analyst Jo Roe said", "Executive director Ann Lee": a sentence-initial adjective opening a lower-case title.
        if (first == last && tokens[first].Is(NameTokenFlags.SentenceStart) && RoleModifiers.Contains(core) && last + 1 < tokens.Length
            && tokens[last + 1].IsWord && !tokens[last + 1].Is(NameTokenFlags.Capitalized)) return default;
        // "Tommy John surgery", "Asperger syndrome": an eponym modifies the noun after it.
        if (last + 1 < tokens.Length && tokens[last + 1].IsWord && !tokens[last + 1].Is(NameTokenFlags.Capitalized)
            && EponymNouns.Contains(body.Text(last + 1)) && !body.IsKnownOrganization(first, last) && !body.IsKnownPlace(first, last)) return default;
        // "Page 14 of the New York edition": a print edition's name is the paper's, not a place the story is about.
        if (last + 1 < tokens.Length && tokens[last + 1].IsWord && body.Text(last + 1) is "edition" or "editions") return default;
        var single = first == last;
        // "waited 12 hours in A&E", "on the MMR vaccine": an acronym for a thing, a measure or a role is no place either.
        if (single && NotOrganizationAcronyms.Contains(core)) return default;
        // "Independent councillor Nessa Roe", "an Independent TD": a member of no party, not the newspaper.
        if (single && core is "Independent" && last + 1 < tokens.Length && tokens[last + 1].IsWord && EntityLexicon.Roles.Contains(body.Text(last + 1))) return default;
        var firstWord = body.Text(first);
        var lastWord = body.Text(last);
        // "the WARN Act", "the Railway Labor Act": a law's name.
        if (!single && LawHeads.Contains(lastWord) && !body.IsKnownOrganization(first, last)) return default;
        // "Senate Bill 3", "House Bill 3217", "Assembly Bill 5": a numbered bill, not its chamber.
        if (!single && lastWord is "Bill" && NumberFollows(body, last)) return default;
        // "the A2", "the M62 motorway", "the B9010": a British road by its number is a place.
        if (single && IsBritishRoadNumber(core) && (name.AfterThe || RoadNounFollows(body, last))) return new Evidence(0, 0, 5);
        // "the AP Top 25", "the UK Top 40": a ranking or chart named by its length is a list, not its publisher.
        if (lastWord is "Top" && NumberFollows(body, last)) return default;
        var givenFirstWord = body.IsGivenName(first);
        // "GMC Sierra pickups", "two Toyota Priuses": a vehicle maker before a model names the product.
        if (!single && VehicleMakers.Contains(firstWord) && !givenFirstWord && !body.IsKnownOrganization(first, last) && IsModel(body, first + 1, last)) return default;
        // "the MV Hebridean Isles", "HMS Victory": a ship.
        if (!single && ShipPrefixes.Contains(firstWord)) return default;
        // "Operation Brock", "Operation Warp Speed": a police or military operation, named like a person but none.
        if (!single && firstWord is "Operation") return default;
        // "Martin Luther King Jr. Day", "Election Day", "Boxing Day": a holiday; "Doris Day" keeps her given name.
        if (!single && lastWord is "Day" && !body.IsGivenName(last - 1)) return default;
        // "Bonfire Night", "Burns Night", "Noel Night": an occasion; no surname is "Night", whatever word comes before it.
        if (!single && lastWord is "Night") return default;
        // "Race Week", "Fashion Week": a week-long occasion; no surname is "Week".
        if (!single && lastWord is "Week") return default;
        // "the Poppy Appeal", "a Christmas Appeal": a charity's fundraising drive ("Court of Appeal" is a court).
        if (!single && lastWord is "Appeal" && body.Text(last - 1) is not "of") return default;
        // "a meeting at Ashby Town Hall", "traders at Brindle Market": a building where something happened.
        if (!body.IsKnownOrganization(first, last) && BuildingAfterAt.Is(body, name, first, last)) return new Evidence(0, 0, 5);
        // "Lowell City Hall", "Houston City Hall": the town's government and its building, never a person named Hall.
        if (last - first >= 2 && lastWord is "Hall" && body.Text(last - 1) is "City" or "Town" or "County") return new Evidence(0, 5, 0);
        var acronym = single && IsAcronym(core);
        // A sentence-initial word the article also writes in lower case ("Target", "Apple") is weak evidence.
        var common = single && tokens[first].Is(NameTokenFlags.SentenceStart) && body.WritesInLowerCase(core);
        // Asked several times below: looked up once. (A single word's core is its first word.)
        var knownOrganization = body.IsKnownOrganization(first, last);
        var knownPlace = body.IsKnownPlace(first, last);
        var givenFirst = body.IsGivenName(first);
        int person = 0, organization = 0, place = 0;

        // "a Co Antrim firm", "Ballina, Co. Mayo": an Irish county written with "Co" (while "Kilbane & Co Solicitors" is a firm).
        if (last == first + 1 && body.Text(first) is "Co" or "Co." && !EntityLexicon.IsOrganizationEnd(body.Text(last))
            && !(first > 0 && body.Text(first - 1) is "&" or "and")) return new Evidence(0, 0, 6);
        // "the North and South Circular roads", "the South and West sides", "East and Northeast Austin": a compass word
        // before "and" and another shares the name that follows the second; alone it names nothing.
        if (single && CompassWords.Contains(core) && SharesNextName(body, last)) return default;
        // "across the North", "in the Midwest": a compass word alone after "the" is a region.
        if (single && name.AfterThe && CompassWords.Contains(core) && !tokens[first].Is(NameTokenFlags.SentenceStart)) return new Evidence(0, 0, 5);
        // "South Florida", "Northern California", "the North of England": a compass word before a known place is a region of it.
        if (!knownPlace && !knownOrganization && IsRegionOfPlace(body, first, last)) place += 5;
        // "in King's Lynn", "off Land's End": a place name written with a possessive.
        else if (!knownPlace && !knownOrganization && last == first + 2 && tokens[first + 1].Kind == NameTokenKind.Possessive
                 && CandidateFinder.IsPossessivePlace(body, first, first, last)) place += 3;
        if (name.Honorific is not null) person += 4;
        // "Mabon Rhys MS, said", "Jane Roe KC": letters of an office or honour written after two names are a person's.
        if (!single && last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End + 1 && RoleExtractor.IsLetterAfterName(body, last + 1)
            && !EntityLexicon.IsOrganizationEnd(lastWord)) person += 3;
        if (hasRole) person += 3;
        // ("Rangers recorded…" beside "rangers warning": a plural the article also writes in lower case is the common noun.)
        if (knownOrganization) organization += common ? (core.EndsWith('s') ? 0 : 1) : 6;
        if (knownPlace) place += common ? 1 : 5;
        // "Denbighshire", "Leicestershire": a British county by its ending.
        else if (single && core.Length > 7 && core.EndsWith("shire", StringComparison.Ordinal) && !common) place += 3;
        // "Kent Police urged", "Austin Council voted": a known place before a public body's head is that place's body,
        // even when the place is also a given name.
        // "Devon and Somerset Fire and Rescue Service": a body named for two areas, the first of which is also a given name.
        var placesBody = !single && !knownOrganization
                         && ((last - first <= 3 && PublicBodyHeads.Contains(lastWord) && body.IsKnownPlace(first, last - 1))
                             || AreasBody.Names(body, first, last));
        if (placesBody) organization += 3;
        // "Warren County Public Schools", "Lincoln Park Zoo": a given name opening a name with a place or body word inside.
        else if (!single && givenFirst && !HeadInside(body, first, last)) person += HasInitial(body, first, last) ? 3 : 2;
        if (single && givenFirst) person += 1;
        if (EntityLexicon.ContainsWithOrWithoutStop(EntityLexicon.OrganizationSuffixes, lastWord))
            organization += single ? 1 : 5;
        else if (body.IsOrganizationHead(last) && (!single || name.AfterThe))
            organization += single ? 1 : 3;
        if (!single && OrganizationOf(body, first, last)) organization += 3;
        if (!single && HeadThenPlace(body, first, last)) organization += 3;
        if (!single && PluralGroupFor(body, first, last)) organization += 3;
        if (!single && body.Text(first + 1) is "of" && CandidateFinder.IsMunicipality(body, first, first) && !knownPlace) organization += 3;
        // "BBC Radio Wessex", "Corbin & Vale", "Kittredge County".
        var shouted = !single && !HasLowerCase(core);
        if (!single && !shouted && (EntityLexicon.Organizations.Contains(firstWord) || (IsAcronym(firstWord) && !(EntityLexicon.Places.Contains(firstWord) && body.IsKnownPlace(first + 1, last)))) && body.Text(first + 1) is not ("of" or "for"))
            organization += 3;
        // "MAPLE HOLLOW, Pa. —": a dateline.
        if (shouted && last + 1 < tokens.Length && body.Body[tokens[last + 1].Start] is ',' or '—' or '–' or '(') place += 4;
        if (!single && core.Contains(" & ")) organization += 3;
        // "An Bord Pleanála", "An Post": an Irish name opened by its article is a national body.
        if (IrishArticleName.Opens(body, first, last) && !body.IsPlaceHead(last)) organization += 3;
        if (last == first + 1 && NationNames.Contains(lastWord) && !knownPlace && !givenFirst && !body.IsDemonym(first)
            && !EntityLexicon.Places.Contains(firstWord) && !PlaceOpeners.Contains(firstWord) && !body.IsStopWord(first) && !RegionWords.Contains(firstWord)) organization += 4;
        // "Entergy Louisiana", "Ameren Missouri": a company's state arm; no person's surname is a state or country.
        else if (last == first + 1 && !knownPlace && !givenFirst && !single && EntityLexicon.Places.Contains(lastWord) && IsStateOrCountry(lastWord)
                 && !EntityLexicon.Places.Contains(firstWord) && !PlaceOpeners.Contains(firstWord) && !RegionWords.Contains(firstWord)
                 && !body.IsDemonym(first) && !body.IsStopWord(first) && !body.IsPlaceHead(first) && !EntityLexicon.Roles.Contains(firstWord)) organization += 3;
        // "Historic Environment Scotland": common words before a nation are a national body too.
        else if (last == first + 2 && NationNames.Contains(lastWord) && !knownPlace && !givenFirst && CommonWordsBeforeNation(body, first, last - 1)) organization += 4;
        if (!single && (body.IsPlaceHead(last) || PlaceOpeners.Contains(firstWord) || (!givenFirst && PlaceHeadsAfterCommonWords.Contains(lastWord) && !HasConnector(body, first, last)))
            && organization == 0) place += 3;
        // "Northern Ireland", "South Africa" are in the gazetteer; "Northern Rail" is not a place.
        if (!single && body.IsDemonym(first) && organization == 0 && person == 0 && !knownPlace) place -= 5;

        // "Analyst Neil Saunders of GlobalData Retail said": a name inside a prepositional phrase is not the speaker.
        var followingPerson = 0;
        ScoreFollowing(body, last, !single, ref followingPerson, ref organization, ref place);
        // "Unions said", "Critics said": a sentence-initial plural is a common noun, whatever verb follows.
        var plural = single && tokens[first].Is(NameTokenFlags.SentenceStart) && core.EndsWith('s') && !core.EndsWith("ss") && !givenFirst;
        // "Ardent Launch said": a name ending in a word the article writes as a common noun, with no given name, title or
        // honorific, is a body that speaks, not a person.
        var commonTail = !single && (!givenFirst || placesBody) && name.Honorific is null && !hasRole && (body.WritesInLowerCase(lastWord) || placesBody);
        // "mattered to Marisela Vance, who has worked…": a full name that "who" takes up is a person after a preposition too.
        var takenUpByWho = !single && last + 2 < tokens.Length && body.Text(last + 1) is "," && body.Text(last + 2) is "who";
        // "Jo Roe, whose ward includes Pleasant Grove, said": the name closing a relative clause is its object, and the
        // verb after the comma is the clause's subject's.
        if ((!AfterPreposition(body, name.SurfaceFirst) || takenUpByWho) && !plural && !EndsRelativeClause(body, name.SurfaceFirst))
        {
            if (!commonTail) person += followingPerson;
            else organization += followingPerson;
        }
        // "Lionel Bauer, of Bauer Sports": a given name and surname, then a comma and "of", is a person and where they are from.
        if (!single && givenFirst && !knownOrganization && last + 2 < tokens.Length && body.Text(last + 1) is "," && body.Text(last + 2) is "of") person += 3;
        // "Silviya Markova, of the pressure group Bus Users UK, said": two names before ", of the" and a group are a person
        // and where they work, whatever the given name.
        else if (last == first + 1 && !knownOrganization && !knownPlace && organization == 0 && place == 0 && last + 3 < tokens.Length
                 && body.Text(last + 1) is "," && body.Text(last + 2) is "of" && body.Text(last + 3) is "the" && !body.IsPlaceHead(last)) person += 2;
        // "Fran Roe, from Ryde, was among those…", "Tam Lowe of Decatur, who…": two names, then where the person comes from
        // closed by a comma, are a person, whatever the given name.
        else if (last == first + 1 && !knownOrganization && !knownPlace && organization == 0 && place == 0 && FromTownAppositive(body, last)) person += 2;
        // "a cross from Luca Ferraro", "a letter to Jane Hale": after "from"/"to" a given name and a surname are a person.
        var givenNameFirst = !single && givenFirst && !knownPlace;
        // "in Tobias Fenn's production": a given name and surname owning a thing is a person, whatever "in" says.
        var ownerAfterPreposition = givenNameFirst && !knownOrganization && !name.AfterThe && last == first + 1 && name.SurfaceFirst == first
            && first > 0 && body.Text(first - 1) is "in" && last + 2 < tokens.Length && tokens[last + 1].Kind == NameTokenKind.Possessive
            && tokens[last + 2].IsWord && !tokens[last + 2].IsCapitalizedWord;
        // "in Alabama, Sally, came ashore": a lone given name after a place and a comma is no larger place.
        var placeBefore = place;
        if (!ownerAfterPreposition) ScorePreceding(body, name.SurfaceFirst, name.AfterThe, ref person, ref place, givenNameFirst);
        // "Ashdown, of Radcliffe, admitted": where the person named just before comes from, as court reports write it
        // (without the age of "Jane Roe, 54, of Chatham,"; "Jane Roe, of the ACLU," takes "the").
        if (!name.AfterThe && organization == 0 && !givenFirst && HomeTownAfterName(body, name.SurfaceFirst, last)) place += 2;
        // "his son, Imran, said", "her 84-year-old mother, Bernadette,": a relative named by given name alone.
        if (single && givenFirst && AfterKinshipNoun(body, name.SurfaceFirst)) person += 3;
        if (single && givenFirst && !knownPlace && PlaceThenComma(body, name.SurfaceFirst)) place = placeBefore;
        // "in Leominster, Fitchburg, Gardner and Worcester": a middle item of a list of places.
        else if (!name.AfterThe && !givenNameFirst && name.SurfaceFirst > 1 && body.Text(name.SurfaceFirst - 1) is "," && ListItemEnds(body, last)
                 && CoordinatedWithPlace(body, name.SurfaceFirst - 2)) place += 2;
        if (name.AfterThe && EndsNounPhrase(body, last))
        {
            person -= 3;
            organization += 1;
        }
        if (!knownOrganization && SiteOfBody(body, name, last) is var site and > 0) place += site;
        // "the Maryhill, Whiteinch and Ashgrove libraries": each item of a list before a plural site noun is where one stands.
        else if (!knownOrganization && !acronym && PlacesBeforePluralSite.Follows(body, last)) place += 3;
        // "Briggate and Commercial Street were packed", "Hartcliffe and Withywood": coordinated with a place after it.
        if (!knownOrganization && !givenFirst && !name.AfterThe && place == 0 && organization == 0 && PlaceFollowsAnd(body, last)) place += 2;
        // "neighborhoods from Mid-City to Lakeview", "the Ardrossan to Brodick crossing": the other end of a range is a known place.
        else if (!knownOrganization && !givenFirst && place < 2 && organization < 2 && !body.IsOrganizationHead(last) && PlaceRange.Is(body, name.SurfaceFirst, last)) place += 2;
        // "recorded at Capel Curig in Snowdonia": a name with no other evidence inside a known place is a place within it.
        // ("Lawmakers in Utah", "(AP) — Voters in Idaho": a sentence's first word, or one the article writes in lower case,
        // proves nothing.)
        else if (!knownOrganization && !givenFirst && !(single && (tokens[first].Is(NameTokenFlags.SentenceStart) || body.WritesInLowerCase(core))) && place == 0 && organization == 0 && person == 0 && PlaceFollowsIn(body, last)) place += 2;
        // "an Ankeny man", "a Clontarf woman": where a person is from.
        if (!knownOrganization && TownOfLocalPerson.Is(body, name.SurfaceFirst, last)) place += 3;
        if (single && (IsCamelCase(core) || IsWebBrand(core))) organization += 2;
        // "a publican on Camden Street, who…", "Thomas Davis Street": a name ending in a street's head is the street, whoever
        // it is named for and whatever follows it; after a house number ("at 3700 Ross Ave.") it is an address, which
        // news gives for finding a building, not as a place the story is about.
        if (!single && !knownOrganization && EntityLexicon.StreetHeads.Contains(lastWord))
        {
            person = Math.Min(person, 0);
            place = name.SurfaceFirst > 0 && tokens[name.SurfaceFirst - 1].Kind == NameTokenKind.Number ? Math.Min(place, 0) : Math.Max(place, 3);
        }
        // "New York State United Teachers": a name kept with its members' plural title is a union of them, never a person.
        if (!single && !knownOrganization && RoleExtractor.IsPluralRole(lastWord))
        {
            person = Math.Min(person, 0);
            organization += 3;
        }
        if (acronym)
        {
            person = Math.Min(person, 0);
            organization += AcronymOrganization(body, name, last, core);
        }
        // "in Year 10", "before Game 2", "from Day One": a word before a number names a numbered thing, not a place.
        if (single && !knownPlace && NumberFollows(body, last)) place = Math.Min(place, 0);
        // "Staff at St Fagans", "including St Ives": a saint's name names a town, church or site, never a living person.
        if (!single && firstWord is "St" or "St." or "Saint" && name.Honorific is null && !hasRole) person = Math.Min(person, 0);
        // "said Ward 3 Councilwoman Jo Roe", "Precinct 2 Commissioner": a numbered district before a title is the office's
        // seat, never a person.
        if (single && NumberedSeatBeforeTitle(body, last)) person = Math.Min(person, 0);
        return Cues.Adjust(body, name, first, last, new Evidence(person, organization, place));
    }

    private static bool IsBritishRoadNumber(string word)
    {
        if (word.EndsWith("(M)", StringComparison.Ordinal)) word = word[..^3];
        if (word.Length is < 2 or > 5 || word[0] is not ('A' or 'B' or 'M') || word[1] == '0') return false;
        for (var i = 1; i < word.Length; i++)
            if (!char.IsAsciiDigit(word[i])) return false;
        return true;
    }

    private static bool RoadNounFollows(TokenizedBody body, int last) =>
        last + 1 < body.Tokens.Length && body.Tokens[last + 1].IsWord && body.Text(last + 1) is "road" or "motorway" or "trunk" or "carriageway" or "junction";

    private static readonly FrozenSet<string> CapitalNumberWords = FrozenSet.Create(StringComparer.Ordinal, ["One", "Two", "Three", "Four", "Five", "Six"]);

    private static bool FromTownAppositive(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        // ", from Ryde,", ", of Ryde,", " of Decatur, who…"
        var k = last + 1;
        if (k < tokens.Length && body.Text(k) is ",") k++;
        if (k + 2 >= tokens.Length || !(body.Text(k) is "from" or "of") || (body.Text(k) is "from" && k == last + 1) || !tokens[k + 1].IsCapitalizedWord) return false;
        k++;
        while (k + 1 < tokens.Length && k - last < 6 && tokens[k + 1].IsCapitalizedWord) k++;
        return k + 1 < tokens.Length && body.Text(k + 1) is "," && !body.IsOrganizationHead(k);
    }

    private static bool NumberedSeatBeforeTitle(TokenizedBody body, int last) =>
        NumberFollows(body, last) && last + 2 < body.Tokens.Length && body.Tokens[last + 2].IsCapitalizedWord
        && EntityLexicon.Roles.Contains(body.Text(last + 2));

    private static bool NumberFollows(TokenizedBody body, int last)
    {
        var next = last + 1;
        if (next >= body.Tokens.Length || body.Tokens[next].Start != body.Tokens[last].End + 1) return false;
        return body.Tokens[next].Kind == NameTokenKind.Number ? char.IsDigit(body.Body[body.Tokens[next].Start]) : CapitalNumberWords.Contains(body.Text(next));
    }

    // A loop, not LINQ's Any over the string: an enumerator per multi-word name.
    private static bool HasLowerCase(string text)
    {
        foreach (var ch in text)
            if (char.IsLower(ch)) return true;
        return false;
    }

    /// <summary>
    /// A party name before a title or a lower-case party noun, within three words: "Labour MS", "the Conservative
    /// opposition", "Scottish Conservative transport spokesman". "Conservative estimates" opening a sentence is no party.
    /// </summary>
    internal static bool IsPartyModifier(TokenizedBody body, string phrase, int first, int last)
    {
        if (!Parties.Contains(phrase)) return false;
        var tokens = body.Tokens;
        if (tokens[first].Is(NameTokenFlags.SentenceStart) && body.WritesInLowerCase(body.Text(first))) return false;
        for (var k = last + 1; k < tokens.Length && k <= last + 3; k++)
        {
            if (!tokens[k].IsWord) return false;
            var word = body.Text(k);
            var capitalized = tokens[k].Is(NameTokenFlags.Capitalized);
            if (capitalized && !tokens[k].Is(NameTokenFlags.AllCaps)) return false;
            // ("Conservative mayor Graham Pettit": the party is part of the person's title, and the person is the subject.)
            if (EntityLexicon.Roles.Contains(word) && !EntityLexicon.IsHonorific(word) || PartyNouns.Contains(word))
                return capitalized || k + 1 >= tokens.Length || !tokens[k + 1].IsCapitalizedWord;
            if (capitalized) return false;
        }
        return false;
    }

    private static bool HomeTownAfterName(TokenizedBody body, int surfaceFirst, int last) =>
        surfaceFirst >= 3 && last + 1 < body.Tokens.Length && body.Text(last + 1) is "," && body.Text(surfaceFirst - 1) is "of"
        && body.Text(surfaceFirst - 2) is "," && body.Tokens[surfaceFirst - 3].IsCapitalizedWord && !body.IsOrganizationHead(surfaceFirst - 3);

    private static readonly FrozenSet<string> SiteNouns = WordList.Set("place-site-nouns", StringComparer.Ordinal);

    // "the system's Hilliard clinic", "Red Mesa's Midland offices" (3), "the Poplar theatre" (2): a town naming one site of
    // a body; after "the" only sites a company rarely names for itself.
    private static int SiteOfBody(TokenizedBody body, ParsedName name, int last)
    {
        var tokens = body.Tokens;
        // ("the Texas State campus": "Ohio State", "Penn State" are universities.)
        if (last + 1 >= tokens.Length || !tokens[last + 1].IsWord || tokens[last + 1].Is(NameTokenFlags.Capitalized) || name.SurfaceFirst < 1
            || body.Text(last) is "State") return 0;
        var noun = body.Text(last + 1);
        if (tokens[name.SurfaceFirst - 1].Kind == NameTokenKind.Possessive)
            return SiteNouns.Contains(noun) || SiteNouns.Contains(noun + "+") ? 3 : 0;
        return name.AfterThe && SiteNouns.Contains(noun + "+") && body.Text(name.SurfaceFirst - 1) is "the" ? 2 : 0;
    }

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal, ["of", "at", "for", "from", "with", "by", "in", "on", "to", "about", "against", "into", "over"]);

    // "Taxpayers for Fair Roads", "Ohio Parents for Safe Schools": a group named for what its members want.
    private static bool PluralGroupFor(TokenizedBody body, int first, int last)
    {
        for (var k = first + 1; k <= Math.Min(first + 3, last - 1); k++)
            if (body.Text(k) is "for") return CandidateFinder.IsPluralGroup(body, first, k - 1);
        return false;
    }

    private static bool AfterPreposition(TokenizedBody body, int surfaceFirst)
    {
        var k = surfaceFirst - 1;
        if (k >= 0 && body.Tokens[k].IsWord && body.Text(k) is "the") k--;
        return k >= 0 && body.Tokens[k].IsWord && Prepositions.Contains(body.Text(k));
    }

    private static readonly FrozenSet<string> NotOrganizationAcronyms = WordList.Set("acronyms-not-organizations", StringComparer.Ordinal);
    private static readonly FrozenSet<string> AcronymWorkNouns = FrozenSet.Create(StringComparer.Ordinal,
        ["inspection", "inspections", "inspectors", "inspector", "investigation", "audit", "review", "ruling", "guidance", "spokesperson", "spokesman", "spokeswoman"]);

    // "the CMVM", "TARTA said": an acronym nobody spells out is a body when it takes "the" or speaks; an acronym never
    // names a person, and the ones for measures, roles and honours ("the GDP", "the CEO") are listed apart.
    private static int AcronymOrganization(TokenizedBody body, ParsedName name, int last, string core)
    {
        if (core.Length < 3 || NotOrganizationAcronyms.Contains(core) || EntityLexicon.Places.Contains(core) || EntityLexicon.Roles.Contains(core)) return 0;
        var points = name.AfterThe ? 2 : 0;
        // "WKVL", "KQED": a US broadcaster's call sign.
        if (core.Length == 4 && core[0] is 'K' or 'W') points += 3;
        var next = last + 1;
        if (next >= body.Tokens.Length || !body.Tokens[next].IsWord || body.Tokens[next].Is(NameTokenFlags.Capitalized)) return points;
        // "MARTA will run trains", "HIQA published": an acronym that acts; "a HIQA inspection", "ONS figures": one that inspects
        // or publishes.
        var word = body.Text(next);
        if (body.IsPersonVerb(next) || GovernmentVerbs.Contains(word)) points += 3;
        else if (AcronymWorkNouns.Contains(word) || OrganizationCues.IsDataNoun(word)) points += 2;
        return points;
    }

    // "NetChoice", "YouTube", "GlobalData": a capital inside a word marks a brand; "McConnell", "DeSantis" and
    // "MacArthur" are surnames, their inner capital coming right after a short prefix.
    private static bool IsCamelCase(string word)
    {
        if (word.Length < 5 || !char.IsUpper(word[0]) || word.StartsWith("Mac", StringComparison.Ordinal)) return false;
        for (var i = 3; i < word.Length - 1; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsLower(word[i + 1])) return true;
        return false;
    }

    // "Nation.Cymru", "Booking.com": a capitalized name with a web address's inner dot is a site, not a person or a place.
    private static bool IsWebBrand(string word)
    {
        var dot = word.IndexOf('.');
        return dot >= 3 && dot < word.Length - 2 && char.IsUpper(word[0]) && char.IsLower(word[dot - 1]) && char.IsLower(word[^1]);
    }

    /// <summary>A short name in capitals only ("ICE", "ACLU", "DoJ" is not: its "o" is lower case).</summary>
    public static bool IsAcronym(string text)
    {
        if (text.Length is < 2 or > 7) return false;
        foreach (var ch in text)
            if (!char.IsUpper(ch) && ch != '&') return false;
        return true;
    }

    // "MPs", "CEOs": a class of people, not one of them.
    private static bool IsPluralAcronym(string text) => text.Length >= 3 && text[^1] == 's' && IsAcronym(text[..^1]);

    private static bool HeadInside(TokenizedBody body, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            var word = body.Text(k);
            if (EntityLexicon.PlaceHeads.Contains(word) || EntityLexicon.OrganizationHeads.Contains(word)) return true;
        }
        return false;
    }

    private static bool HasInitial(TokenizedBody body, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            var text = body.Tokens[k].Text(body.Body);
            if (text.Length == 2 && char.IsUpper(text[0]) && text[1] == '.') return true;
        }
        return false;
    }

    // "King's College London", "Queen's University Belfast": an organization head, then the city it stands in.
    private static bool HeadThenPlace(TokenizedBody body, int first, int last)
    {
        for (var k = Math.Max(first, last - 3); k < last; k++)
            if (body.IsOrganizationHead(k) && body.IsKnownPlace(k + 1, last)) return true;
        return false;
    }

    // "Department of Justice", "ACLU of Colorado", "University of Denver".
    private static bool OrganizationOf(TokenizedBody body, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            var connector = body.Text(k);
            // "Texas Commission on Environmental Quality", "Council on Foreign Relations": a head's remit after "on".
            // "the Ashdown Theatre on Shaftesbury Avenue" is where it stands, not its remit.
            if (connector is "on") return EntityLexicon.OrganizationHeads.Contains(body.Text(k - 1)) && !body.IsPlaceHead(last) && !body.IsKnownPlace(k + 1, last);
            if (connector is not ("of" or "for")) continue;
            // "Transport for Ireland", "Centre for Cities Wales": a common word serving a place is a body; no person's name
            // holds "for".
            if (connector is "for" && !body.IsGivenName(first) && body.IsKnownPlace(k + 1, last)) return true;
            var left = body.Phrase(first, k - 1);
            var head = body.Text(k - 1);
            return EntityLexicon.Organizations.Contains(left) || IsAcronym(left) || EntityLexicon.OrganizationHeads.Contains(head)
                   || body.IsOrganizationHead(first);
        }
        return false;
    }

    private static readonly FrozenSet<string> PlaceKindNouns = FrozenSet.Create(StringComparer.Ordinal, ["neighborhood", "neighbourhood", "district", "suburb", "area", "village", "estate", "peninsula", "coast", "areas", "countryside", "seafront", "waterfront"]);

    // "a rest centre at Forres town hall", "Leeds city centre": the town's own hall or centre.
    private static readonly FrozenSet<string> TownPlaces = FrozenSet.Create(StringComparer.Ordinal, ["hall", "centre", "center", "square"]);

    private static void ScoreFollowing(TokenizedBody body, int last, bool multiWord, ref int person, ref int organization, ref int place)
    {
        var tokens = body.Tokens;
        var k = last + 1;
        if (k >= tokens.Length) return;
        var next = tokens[k];
        var text = next.Text(body.Body);
        if (next.IsWord)
        {
            var word = body.Text(k);
            // "Multnomah County opened three cooling centers", "Lee County says": a county that acts or speaks is its government.
            // "Clark County officials said", "a Lee County spokesperson": its government's people.
            if (multiWord && body.Text(last) is "County" && !next.Is(NameTokenFlags.Capitalized)
                && (body.IsPersonVerb(k) || GovernmentVerbs.Contains(word) || CountyStaff.Contains(word)))
                organization += 4;
            else if (body.IsPersonVerb(k)) person += 2;
            // ("Legal analysts said", "Senior officials said": a sentence-initial adjective before a plural.)
            // ("Campaign group Save Our Path said", "Pressure group…": a sentence-initial noun before "group" is its kind.)
            if (OrganizationFollowers.Contains(word) && !(!multiWord && word.EndsWith('s') && body.Tokens[last].Is(NameTokenFlags.SentenceStart))
                && !(!multiWord && word is "group" && body.Tokens[last].Is(NameTokenFlags.SentenceStart) && IsCommonNoun(body, body.Text(last)))) organization += 2;
            // "Halewood resident Denise Farrar", "Riverton residents": people who live in a place.
            // (One word only before the resident's name: "Protecting residents is…" names no place.)
            if (word is "resident" or "residents" or "homeowner" or "homeowners" && !next.Is(NameTokenFlags.Capitalized)
                && (multiWord || (k + 1 < tokens.Length && tokens[k + 1].IsCapitalizedWord))) place += 3;
            // "Middletown voters approved the bond", "Hartlepool voters went to the polls": the electorate of a town. (A word
            // the article also writes in lower case opens a sentence as itself: "Undecided voters…".)
            if (word is "voters" && !next.Is(NameTokenFlags.Capitalized)
                && (multiWord || !body.Tokens[last].Is(NameTokenFlags.SentenceStart) || !IsCommonNoun(body, body.Text(last).ToLowerInvariant())))
                place += 3;
            // "her Hudson home", "a Kings Heath house": a home named by where it stands.
            if (!next.Is(NameTokenFlags.Capitalized) && DwellingNouns.Contains(word) && HomeOwnerBefore(body, last)) place += 3;
            // "the Frogtown neighborhood", "the Fenland district": a place named by the kind of place it is.
            // (One word opening a sentence is an adjective there: "Real estate agents say", "Coastal areas could drop…".)
            if (!next.Is(NameTokenFlags.Capitalized) && PlaceKindNouns.Contains(word) && (multiWord || !body.Tokens[last].Is(NameTokenFlags.SentenceStart))) place += 3;
            if (word is "town" or "city" && !next.Is(NameTokenFlags.Capitalized) && k + 1 < tokens.Length && tokens[k + 1].IsWord
                && !tokens[k + 1].Is(NameTokenFlags.Capitalized) && TownPlaces.Contains(body.Text(k + 1))) place += 3;
            // "Denver-based"; but a sentence-initial "Ground-based" is an ordinary word.
            if (next.Is(NameTokenFlags.AfterHyphen) && word is "based" or "headquartered"
                && !(body.Tokens[last].Is(NameTokenFlags.SentenceStart) && !EntityLexicon.Places.Contains(body.Text(last)))) place += 2;
            return;
        }
        if (text is not "," || k + 1 >= tokens.Length) return;
        var after = tokens[k + 1];
        var afterText = after.Text(body.Body);
        if (afterText is "who" or "whose") person += 2;
        else if (after.IsWord && multiWord && body.IsPersonVerb(k + 1)) person += 2;
        else if (afterText is "which") organization += 1;
        else if (after.Kind == NameTokenKind.Number && k + 2 < tokens.Length && body.Body[tokens[k + 2].Start] == ',' && afterText.Length <= 3) person += 3;
        else if (RoleExtractor.IsPartyTag(body, k + 1)) person += 3;
        else if (afterText is "a" or "an" && IsAgeNoun(body, k + 2)) person += 3;
        else if (afterText is "the" or "a" or "an" && PlaceKindAppositive(body, k + 2)) place += 3;
        else if (after.IsCapitalizedWord && EntityLexicon.Places.Contains(body.Text(k + 1)) && (k + 2 >= tokens.Length || !tokens[k + 2].IsCapitalizedWord))
            place += 2;
        else if (CompassRelationFollows(body, k + 1)) place += 3;
    }

    // Nouns for a kind of place an appositive may end in ("Meyerland, the southwest Houston neighborhood that flooded").
    private static readonly FrozenSet<string> AppositivePlaceNouns = FrozenSet.Create(StringComparer.Ordinal,
        ["neighborhood", "neighbourhood", "suburb", "village", "town", "city", "island", "hamlet", "borough", "township", "community", "enclave", "county"]);

    // Words that may follow the place noun and end the appositive's head ("the seaside town of 4,000", "a village where…").
    private static readonly FrozenSet<string> AppositiveEnds = FrozenSet.Create(StringComparer.Ordinal,
        ["that", "which", "where", "whose", "of", "in", "on", "near", "outside", "north", "south", "east", "west", "about", "just", "some", "with", "best", "known", "hit", "hardest"]);

    // ", the southwest Houston neighborhood that…", ", a fishing village in Cornwall,", ", the county's largest city": an
    // appositive naming the kind of place the name is. Up to four describing words come first, none a title or "of" (", the
    // mayor of a small town," describes a person).
    private static bool PlaceKindAppositive(TokenizedBody body, int start)
    {
        var tokens = body.Tokens;
        for (var k = start; k < tokens.Length && k - start <= 4; k++)
        {
            var token = tokens[k];
            if (token.Kind == NameTokenKind.Possessive || token.Kind == NameTokenKind.Number) continue;
            if (!token.IsWord) return false;
            var word = body.Text(k);
            // ("the city's director of public works": the place owns the head that follows.)
            if (!token.Is(NameTokenFlags.Capitalized) && AppositivePlaceNouns.Contains(word) && !(k + 1 < tokens.Length && tokens[k + 1].Kind == NameTokenKind.Possessive))
                return k + 1 >= tokens.Length || !tokens[k + 1].IsWord || AppositiveEnds.Contains(body.Text(k + 1));
            if (word is "of" or "and" or "or" || EntityLexicon.Roles.Contains(word)) return false;
        }
        return false;
    }

    private static bool IsCommonNoun(TokenizedBody body, string word) =>
        body.WritesInLowerCase(word) || OrganizationCues.IsOrganizationNoun(word.ToLowerInvariant());

    private static readonly FrozenSet<string> DwellingNouns = WordList.Set("place-dwelling-nouns", StringComparer.Ordinal);
    private static readonly FrozenSet<string> HomeDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["a", "an", "her", "his", "their", "our", "my", "your"]);

    // The capitalized run ending at last opens with "a" or a possessive pronoun ("her Hudson home"); "the Smith home" is a family's.
    private static bool HomeOwnerBefore(TokenizedBody body, int last)
    {
        var k = last;
        while (k > 0 && body.Tokens[k].IsCapitalizedWord && last - k < 4) k--;
        return k < last && body.Tokens[k].IsWord && HomeDeterminers.Contains(body.Text(k));
    }

    // Heads of a public body that no person's surname is: "Kent Police", "Boise Council" (unlike "Chelsea Bank", "Austin Church").
    private static readonly FrozenSet<string> PublicBodyHeads = FrozenSet.Create(StringComparer.Ordinal,
        ["Police", "Constabulary", "Council", "Department", "Authority", "Agency", "Ministry", "Government", "Commission", "Committee",
         "Legislature", "Tribunal", "Coastguard", "ISD", "CISD", "Schools",
         // "Dublin Bus said", "Lothian Buses", "Houston Metro": a town's public transport operator.
         "Bus", "Buses", "Metro", "Transit", "Trams"]);

    private static readonly FrozenSet<string> NearbyWords = FrozenSet.Create(StringComparer.Ordinal, ["nearby", "neighbouring", "neighboring"]);

    // A ", who" or ", whose" opens the clause the name stands in: the sentence's subject is before it.
    private static bool EndsRelativeClause(TokenizedBody body, int surfaceFirst)
    {
        for (var k = surfaceFirst - 1; k >= 1 && surfaceFirst - k <= 8; k--)
        {
            var token = body.Tokens[k];
            if (!token.IsWord) return false;
            if (body.Text(k) is "who" or "whose") return body.Text(k - 1) is ",";
            if (token.Is(NameTokenFlags.SentenceStart)) return false;
        }
        return false;
    }

    private static readonly FrozenSet<string> CompassDirections = FrozenSet.Create(StringComparer.Ordinal,
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"]);
    private static readonly FrozenSet<string> DistanceWords = FrozenSet.Create(StringComparer.Ordinal,
        ["about", "just", "some", "roughly", "around", "nearly", "almost", "miles", "mile", "kilometres", "kilometers", "km", "minutes", "a", "few", "an", "hour"]);

    // "at Dos Rios, north of downtown", "Hudson, about 30 miles north of Tampa": where a place lies from another.
    private static bool CompassRelationFollows(TokenizedBody body, int start)
    {
        var tokens = body.Tokens;
        for (var k = start; k + 1 < tokens.Length && k - start < 5; k++)
        {
            if (tokens[k].Kind == NameTokenKind.Number) continue;
            if (!tokens[k].IsWord || tokens[k].Is(NameTokenFlags.Capitalized)) return false;
            var word = body.Text(k);
            if (CompassDirections.Contains(word)) return body.Text(k + 1) is "of";
            if (!DistanceWords.Contains(word)) return false;
        }
        return false;
    }

    // "22-year-old" is one number token.
    private static bool IsAgeNoun(TokenizedBody body, int k) =>
        k < body.Tokens.Length && body.Tokens[k].Kind == NameTokenKind.Number && body.Text(k).EndsWith("-year-old", StringComparison.Ordinal);

    private static void ScorePreceding(TokenizedBody body, int surfaceFirst, bool afterThe, ref int person, ref int place, bool givenNameFirst = false)
    {
        var k = surfaceFirst - 1;
        if (afterThe) k--;
        // "of Mill Lane, Harwick,": a name after a place and a comma is the larger place.
        if (!afterThe && k > 0 && body.Body[body.Tokens[k].Start] == ',' && body.Tokens[k - 1].IsCapitalizedWord)
        {
            var before = body.Text(k - 1);
            if (body.IsPlaceHead(k - 1) || EntityLexicon.Places.Contains(before)) place += 2;
        }
        if (k < 0 || !body.Tokens[k].IsWord) return;
        var word = body.Text(k);
        // "In Malverne, voters rejected…", "Across Tamworth, schools…": a preposition opening the sentence says as much.
        if (body.Tokens[k].Is(NameTokenFlags.SentenceStart) && word is "In" or "Near" or "Outside" or "Across" or "Throughout" or "Around") word = word.ToLowerInvariant();
        // "Gordon Blake, 54, of Chatham,": where a person named with an age comes from.
        if (!afterThe && word is "of" && k >= 3 && body.Text(k - 1) is "," && body.Tokens[k - 2].Kind == NameTokenKind.Number && body.Text(k - 3) is ",")
        {
            place += 3;
            return;
        }
        // "Sharon Pressley of Burnsville testified": a town after a person's full name and "of" is where the person lives
        // ("Angus Chamber of Commerce", "Denver Department of…" end in a body's head and are no person).
        if (!afterThe && word is "of" && k >= 2 && body.Tokens[k - 1].IsCapitalizedWord && body.Tokens[k - 2].IsCapitalizedWord
            && body.IsGivenName(k - 2) && !body.IsOrganizationHead(k - 1) && !body.IsPlaceHead(k - 1) && !EntityLexicon.Places.Contains(body.Text(k - 2))
            && (k < 3 || !body.Tokens[k - 3].IsCapitalizedWord))
            place += 2;
        // "in Gautier and Pascagoula", "Marksbury Road, Wick Road and Henleaze": coordinated with a place.
        // ("Reporting by Cal Roe in Washington and Ines Doe in Paris": a given name and surname are a person.)
        if (!afterThe && !givenNameFirst && word is "and" or "or" && CoordinatedWithPlace(body, k - 1)) place += 2;
        if (!afterThe && InvertedSpeechVerbs.Contains(word)) person += 2;
        // "at nearby Porthtowan", "in neighbouring Hudson": only a place is near.
        if (!afterThe && NearbyWords.Contains(word)) place += 3;
        // "the routes link Chaddesden, Oakwood and…": what a route joins are places.
        if (!afterThe && !givenNameFirst && RouteVerbs.Contains(word)) place += 2;
        if (word is "to" && k > 0 && body.Text(k - 1) is "according") person += 1;
        else if (givenNameFirst && word is "from" or "to") return;
        else if (!afterThe && StrongPlacePrepositions.Contains(word)) place += 2;
        // "between Paddington and Abbey Wood": the first end of a stretch weighs as much as the second, which "and" ties to it.
        else if (!afterThe && word is "between" && !givenNameFirst && PairFollows(body, surfaceFirst)) place += 2;
        else if (StrongPlacePrepositions.Contains(word) || PlacePrepositions.Contains(word)) place += 1;
        else if (!afterThe && k > 0 && body.Tokens[k - 1].IsWord && PlaceCueBefore(word, body.Text(k - 1))) place += 2;
    }

    // The capitalized run from surfaceFirst is followed by "and" and another capitalized word.
    private static bool PairFollows(TokenizedBody body, int surfaceFirst)
    {
        var k = surfaceFirst;
        while (k < body.Tokens.Length && body.Tokens[k].IsCapitalizedWord && k - surfaceFirst < 4) k++;
        return k + 1 < body.Tokens.Length && body.Tokens[k].IsWord && body.Text(k) is "and" && body.Tokens[k + 1].IsCapitalizedWord;
    }

    private static bool CommonWordsBeforeNation(TokenizedBody body, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = body.Text(k);
            if (!body.Tokens[k].IsCapitalizedWord || body.IsDemonym(k) || body.IsStopWord(k) || body.IsGivenName(k) || EntityLexicon.Places.Contains(word)
                || PlaceOpeners.Contains(word) || RegionWords.Contains(word) || body.IsPlaceHead(k)) return false;
        }
        return !body.IsKnownPlace(first, last);
    }

    private static readonly FrozenSet<string> KinshipNouns = WordList.Set("person-kinship-nouns", StringComparer.Ordinal);

    /// <summary>
    /// True when the word before token <paramref name="surfaceFirst"/> ties a lone name to a person: a capitalized word
    /// ("April Fenwick"), the end of a hyphenated given name ("Hyun-woo Baek"), a relative's noun ("his daughter Amna"), or
    /// a quotation the name speaks ("'…,' Okonkwo said").
    /// </summary>
    internal static bool AfterPersonWord(TokenizedBody body, int surfaceFirst)
    {
        var k = surfaceFirst - 1;
        if (k < 0) return false;
        // "'The figures are wrong,' Okonkwo said", "'…,' said Okonkwo": a voice quoted word for word is a person's.
        var before = body.Tokens[k].IsWord && body.Text(k) is "said" or "says" ? body.Tokens[k].Start : body.Tokens[surfaceFirst].Start;
        if (ClosesQuotation(body.Body, before)) return true;
        if (!body.Tokens[k].IsWord || body.Tokens[k].End + 1 != body.Tokens[surfaceFirst].Start) return false;
        return body.Tokens[k].IsCapitalizedWord || body.Tokens[k].Is(NameTokenFlags.AfterHyphen) || KinshipNouns.Contains(body.Text(k));
    }

    // A closing quotation mark (after which a comma may stand) right before position start, spaces between.
    private static bool ClosesQuotation(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] is '"' or '\u201D' or '\u2019' or '\'';
    }

    private static bool AfterKinshipNoun(TokenizedBody body, int surfaceFirst) =>
        surfaceFirst >= 2 && body.Text(surfaceFirst - 1) is "," && body.Tokens[surfaceFirst - 2].IsWord
        && !body.Tokens[surfaceFirst - 2].Is(NameTokenFlags.Capitalized) && KinshipNouns.Contains(body.Text(surfaceFirst - 2));

    private static bool PlaceThenComma(TokenizedBody body, int surfaceFirst) =>
        surfaceFirst >= 2 && body.Text(surfaceFirst - 1) is "," && body.Tokens[surfaceFirst - 2].IsCapitalizedWord;

    // "in Gautier and Pascagoula", "in Leominster, Fitchburg, Gardner and Worcester", "between Santa Paula and Ojai":
    // walks back over the list to a place or the preposition that opens it.
    private static bool CoordinatedWithPlace(TokenizedBody body, int end)
    {
        for (var items = 0; items < 6; items++)
        {
            if (end < 0 || !body.Tokens[end].IsCapitalizedWord) return false;
            if (body.IsPlaceHead(end)) return true;
            var start = end;
            while (start > 0 && body.Tokens[start - 1].IsCapitalizedWord) start--;
            if (body.IsKnownPlace(start, end)) return true;
            if (start == 0) return false;
            var before = body.Text(start - 1);
            if (body.Tokens[start - 1].IsWord) return OpensPlaceList(body, start - 1);
            if (before is not "," || start < 2) return false;
            end = start - 2;
        }
        return false;
    }

    private static readonly FrozenSet<string> RouteVerbs = WordList.Set("place-route-verbs", StringComparer.Ordinal);

    // "in Leominster, Fitchburg…", "link Chaddesden, Oakwood…", "port calls at Kake, Angoon…": the word before a list
    // that makes its items places.
    private static bool OpensPlaceList(TokenizedBody body, int k)
    {
        var word = body.Text(k);
        if (word is "in" or "near" or "outside" or "between" or "across" or "throughout" or "around" || RouteVerbs.Contains(word)) return true;
        return word is "at" && k > 0 && body.Tokens[k - 1].IsWord && PlaceCueBefore(word, body.Text(k - 1));
    }

    private static bool PlaceFollowsIn(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        var k = last + 1;
        if (k + 1 >= tokens.Length || !tokens[k].IsWord || body.Text(k) is not "in" || !tokens[k + 1].IsCapitalizedWord) return false;
        var end = k + 1;
        while (end + 1 < tokens.Length && end - k < 3 && tokens[end + 1].IsCapitalizedWord) end++;
        return body.IsKnownPlace(k + 1, end) && !body.IsKnownOrganization(k + 1, end);
    }

    // "and" or "or", then a capitalized run that is a known place or ends in a place's head ("and Commercial Street").
    private static bool PlaceFollowsAnd(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        var k = last + 1;
        if (k + 1 >= tokens.Length || !tokens[k].IsWord || body.Text(k) is not ("and" or "or") || !tokens[k + 1].IsCapitalizedWord) return false;
        var end = k + 1;
        while (end + 1 < tokens.Length && end - k < 4 && tokens[end + 1].IsCapitalizedWord) end++;
        return body.IsPlaceHead(end) || (body.IsKnownPlace(k + 1, end) && !body.IsKnownOrganization(k + 1, end));
    }

    // A name between commas, or before "and"/"or", is an item of a list.
    private static bool ListItemEnds(TokenizedBody body, int last) =>
        last + 1 < body.Tokens.Length && body.Text(last + 1) is "," or "and" or "or";

    private static bool PlaceCueBefore(string preposition, string before) => preposition switch
    {
        "at" => PlaceCuesBeforeAt.Contains(before),
        "of" => PlaceNounsBeforeOf.Contains(before),
        _ => false,
    };

    // "the Washington Post that…" ends its noun phrase; in "the Trump administration" the name is a modifier.
    private static bool EndsNounPhrase(TokenizedBody body, int last)
    {
        var k = last + 1;
        if (k >= body.Tokens.Length) return true;
        var next = body.Tokens[k];
        if (next.Kind is NameTokenKind.Punctuation or NameTokenKind.Possessive) return true;
        if (next.Kind == NameTokenKind.Number) return false;
        var word = body.Text(k);
        return EntityLexicon.IsStopWord(word) || EntityLexicon.PersonVerbs.Contains(word);
    }
}
