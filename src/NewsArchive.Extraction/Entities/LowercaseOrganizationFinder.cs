using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Organizations written partly in lower case, which capitalized runs miss: "Bristol city council" (named
/// Bristol City Council), "Turkey's trade ministry", "Pennsylvania's divided Legislature" (named Pennsylvania
/// Legislature), "the governor's office" (named Governor's Office), "the Scottish government" (named Scottish
/// Government), "Southwark crown court" (named Southwark Crown Court). The written form stays as an alias. A
/// possessor must be a known place.
/// </summary>
internal sealed class LowercaseOrganizationFinder
{
    private static readonly FrozenSet<string> CouncilKinds = FrozenSet.Create(StringComparer.Ordinal, ["city", "county", "borough", "district", "town", "parish"]);
    private static readonly FrozenSet<string> PossessiveHeads = WordList.Set("organization-possessive-heads", StringComparer.Ordinal);
    private static readonly FrozenSet<string> OfficeHolders = WordList.Set("organization-office-holders", StringComparer.Ordinal);
    private static readonly Evidence Organization = new(0, 5, 0);

    /// <summary>Every such organization mention, in body order.</summary>
    public IReadOnlyList<Mention> Find(TokenizedBody body)
    {
        var tokens = body.Tokens;
        var mentions = new List<Mention>();
        for (var i = 1; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == NameTokenKind.Possessive)
            {
                AddPossessive(body, i, mentions);
                continue;
            }
            // Nearly every word is none of the three: its first letter turns it away before any comparison.
            if (!token.IsWord || body.Body[token.Start] is not ('c' or 'g' or 'b' or 'p')) continue;
            // Read as a span: cutting a string for every word of the article only to compare it costs more than the test.
            var word = token.Text(body.Body);
            if (word is "council" && tokens[i - 1].IsWord && CouncilKinds.Contains(body.Text(i - 1)))
                AddCouncil(body, i, mentions);
            else if (word is "council" && tokens[i - 1].IsCapitalizedWord)
                AddTownCouncil(body, i, mentions);
            else if (word is "committee" && tokens[i - 1].IsWord && body.Text(i - 1) is "select" or "scrutiny" or "policy")
                AddFieldCommittee(body, i, mentions);
            else if (word is "court" && tokens[i - 1].IsWord && body.Text(i - 1) is "crown")
                AddCrownCourt(body, i, mentions);
            else if (word is "committee")
                AddNamedForFieldCommittee(body, i, mentions);
            else if (word is "government" && tokens[i - 1].IsCapitalizedWord && body.IsDemonym(i - 1))
                mentions.Add(Make(body, i - 1, i, $"{body.Text(i - 1)} Government"));
            else if (word is "police")
                AddTownPolice(body, i, mentions);
            else if (word is "board")
                AddBoard(body, i, mentions);
            else if (word is "commissioners" or "supervisors")
                AddCountyBoard(body, i, mentions);
        }
        return mentions;
    }

    // "Bristol city council"; "the city council voted 7-2": the council of the town the story is about, named by what it
    // is, as "the school board" is.
    private static void AddCouncil(TokenizedBody body, int council, List<Mention> mentions)
    {
        var first = PlaceRunStart(body, council - 2, requireKnown: false);
        if (first < 0)
        {
            if (council >= 2 && body.Tokens[council - 2].IsWord && body.Text(council - 2) is "the" or "The"
                && !(council + 1 < body.Tokens.Length && body.Tokens[council + 1].IsWord && CouncilModifiedNouns.Contains(body.Text(council + 1))))
                mentions.Add(Make(body, council - 1, council, $"{body.Text(council - 1)} council"));
            return;
        }
        var place = body.Phrase(first, council - 2);
        var name = $"{place} {Capitalized(body.Text(council - 1))} Council";
        mentions.Add(Make(body, first, council, name));
    }

    // "the defence select committee", "the Treasury select committee", "the council's health scrutiny committee", "its
    // transport and connectivity policy committee": a legislature's or a council's committee named for its field.
    private static void AddFieldCommittee(TokenizedBody body, int committee, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        var kind = committee - 1;
        var first = kind;
        for (var k = kind - 1; k >= 0 && kind - k <= 5 && tokens[k].IsWord && !tokens[k].Is(NameTokenFlags.SentenceStart); k--)
        {
            var word = body.Text(k);
            if (word is not "and" && (body.IsStopWord(k) || CommitteeStops.Contains(word))) break;
            first = k;
        }
        while (first < kind && body.Text(first) is "and") first++;
        // A bare "select committee" names none; "the scrutiny committee" of a council is its one such body.
        if (first == kind && body.Text(kind) is not "scrutiny") return;
        var name = body.Phrase(first, committee);
        mentions.Add(Make(body, first, committee, name));
    }

    // "the council's planning applications committee", "the environmental audit committee": a committee named for its
    // field in two words or more, in lower case, after its owner's possessive or "the" ("the council's finance committee"
    // is one member's role, "the ethics committee" may be any panel's). One field word is enough after a named body's
    // possessive ("Leeds City Council's planning committee") or a house of a legislature ("the Commons health committee",
    // "the Oireachtas housing committee"), which then opens the name; a list of fields may hold commas ("the council's
    // tourism, equalities and culture committee").
    private static void AddNamedForFieldCommittee(TokenizedBody body, int committee, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        var first = committee;
        var words = 0;
        var and = false;
        for (var k = committee - 1; k > 0 && committee - k <= 9; k--)
        {
            // "tourism, equalities and culture": a comma between two fields of the list.
            if (body.Text(k) is "," && first < committee && tokens[k - 1].IsWord && !tokens[k - 1].Is(NameTokenFlags.Capitalized))
            {
                first = k;
                continue;
            }
            if (!tokens[k].IsWord || tokens[k].Is(NameTokenFlags.Capitalized)) break;
            var word = body.Text(k);
            // "the policy and resources committee": a word that names a kind of committee alone is a field in a list.
            var listed = body.Text(k + 1) is "and" or ",";
            if (word is not "and" && (body.IsStopWord(k) || CommitteeStops.Contains(word) || (FieldStops.Contains(word) && !listed))) break;
            first = k;
            if (word is "and") and = true;
            else words++;
        }
        while (first < committee && body.Text(first) is ",") first++;
        if (words == 0 || body.Text(first) is "and" || (body.Phrase(first, committee).Contains(',') && !and)) return;
        var before = first - 1;
        var house = tokens[before].IsCapitalizedWord && Houses.Contains(body.Text(before)) && before > 0
                    && (body.Text(before - 1) is "the" or "The" || tokens[before - 1].Kind == NameTokenKind.Possessive);
        var possessive = tokens[before].Kind == NameTokenKind.Possessive;
        if (words < 2 && !house && !(possessive && NamedBodyOwns(body, before - 1))) return;
        if (!house && !possessive && body.Text(before) is not "the") return;
        if (InMembersRole(body, before, committee)) return;
        var start = house ? before : first;
        mentions.Add(Make(body, start, committee, body.Phrase(start, committee)));
    }

    private static readonly FrozenSet<string> CommitteeRoles = FrozenSet.Create(StringComparer.Ordinal,
        ["member", "members", "chair", "chairman", "chairwoman", "chairperson", "convener", "convenor", "vice-chair", "deputy", "head", "clerk"]);

    // "a member of the BMA's consultants committee", "the council's transport committee chairman": the committee only
    // says where one person sits, as a role does, and is no body the story tells of.
    private static bool InMembersRole(TokenizedBody body, int before, int committee)
    {
        var tokens = body.Tokens;
        if (committee + 1 < tokens.Length && tokens[committee + 1].IsWord && CommitteeRoles.Contains(body.Text(committee + 1))) return true;
        var k = before;
        if (tokens[k].Kind == NameTokenKind.Possessive) k--;
        while (k > 0 && tokens[k].IsCapitalizedWord && !tokens[k].Is(NameTokenFlags.SentenceStart)) k--;
        if (k > 0 && body.Text(k) is "the") k--;
        return k > 0 && body.Text(k) is "of" && CommitteeRoles.Contains(body.Text(k - 1));
    }

    // Houses of a legislature that open the name of one of their committees ("the Commons health committee").
    private static readonly FrozenSet<string> Houses = FrozenSet.Create(StringComparer.Ordinal,
        ["Commons", "Lords", "Senate", "Assembly", "Oireachtas", "Dáil", "Seanad", "Senedd", "Holyrood", "Stormont", "House", "Congress", "Legislature"]);

    // "Harwick City Council's", "the Assembly's", "NHS England's": a named body owns the committee (while "the council's"
    // may be any council's).
    private static bool NamedBodyOwns(TokenizedBody body, int owner)
    {
        if (owner < 0 || !body.Tokens[owner].IsCapitalizedWord) return false;
        var word = body.Text(owner);
        return EntityLexicon.IsOrganizationEnd(word) || Houses.Contains(word) || EntityLexicon.Organizations.Contains(word) || EntityClassifier.IsAcronym(word);
    }

    // Words before "committee" that say what kind of committee it is or what it did, not its field.
    private static readonly FrozenSet<string> FieldStops = FrozenSet.Create(StringComparer.Ordinal,
        ["select", "scrutiny", "policy", "local", "national", "special", "standing", "same", "whole", "full", "two", "three", "other", "independent", "said", "told"]);

    private static readonly FrozenSet<string> BoardMembers = FrozenSet.Create(StringComparer.Ordinal,
        ["directors", "trustees", "governors", "supervisors", "regents", "education", "commissioners", "aldermen", "selectmen", "health"]);

    // "the MBTA board of directors", "the Harwick Unified School District board of trustees", "the Penrose school board":
    // the governing board of a body named just before it (or of a town's schools) is a body of its own.
    private static void AddBoard(TokenizedBody body, int board, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        var ownerLast = board - 1;
        var school = body.Text(ownerLast) is "school";
        if (school) ownerLast--;
        // "The school board voted 5-2": the district's board the story is about, named by what it is.
        if (school && ownerLast >= 0 && tokens[ownerLast].IsWord && body.Text(ownerLast) is "the" or "The")
        {
            mentions.Add(Make(body, board - 1, board, "school board"));
            return;
        }
        if (ownerLast < 0 || !tokens[ownerLast].IsCapitalizedWord) return;
        var first = ownerLast;
        while (first > 0 && tokens[first - 1].IsCapitalizedWord && !tokens[first].Is(NameTokenFlags.SentenceStart) && !body.IsStopWord(first - 1))
            first--;
        while (first < ownerLast && body.IsStopWord(first)) first++;
        var owner = body.Phrase(first, ownerLast);
        var ownerIsBody = EntityLexicon.Organizations.Contains(owner) || body.IsOrganizationHead(ownerLast)
                          || EntityLexicon.IsOrganizationEnd(body.Text(ownerLast)) || (first == ownerLast && EntityClassifier.IsAcronym(owner));
        // A town's school board: "the Penrose school board".
        if (!(school ? PlaceRunStart(body, ownerLast, requireKnown: false) == first : ownerIsBody)) return;
        var last = board;
        if (board + 2 < tokens.Length && body.Text(board + 1) is "of" && BoardMembers.Contains(body.Text(board + 2))) last = board + 2;
        mentions.Add(Make(body, first, last, body.Phrase(first, last)));
    }

    // Kinds of police, not towns: "Riot police", "Armed police" opening a sentence.
    private static readonly FrozenSet<string> PoliceKinds = FrozenSet.Create(StringComparer.Ordinal,
        ["Riot", "Armed", "Traffic", "Transport", "Military", "Secret", "Border", "Mounted", "Religious", "Morality", "Local", "Federal",
         "State", "Plainclothes", "Undercover", "Specialist", "Community", "Uniformed", "Tourist", "Railway", "Capitol", "Park", "Campus", "Harbor", "Harbour"]);

    // "told Ashford police", "Nassau police carried out a sweep": a town's police force written in lower case. (At a
    // sentence's start the town must be one the article never writes in lower case: "Armed police" is none.)
    private static void AddTownPolice(TokenizedBody body, int police, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        var town = police - 1;
        if (!tokens[town].IsCapitalizedWord || PoliceKinds.Contains(body.Text(town)) || body.IsDemonym(town)) return;
        var first = PlaceRunStart(body, town, requireKnown: false);
        if (first < 0) return;
        var place = body.Phrase(first, town);
        if (tokens[first].Is(NameTokenFlags.SentenceStart) && !EntityLexicon.Places.Contains(place) && body.WritesInLowerCase(body.Text(first))) return;
        mentions.Add(Make(body, first, police, body.Phrase(first, police)));
    }

    // Capitalized words before a lower-case "council" that name a kind of council or its politics, not a town
    // ("Labour council" is caught by the parties list, "Scottish council" by the demonyms).
    private static readonly FrozenSet<string> CouncilNotTowns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["City", "County", "Borough", "District", "Town", "Parish", "Community", "Student", "Students", "Youth", "School", "Security",
         "Privy", "Arts", "Medical", "Research", "Executive", "Regional", "Local", "National", "Unitary", "Shire", "Tory", "Lib", "Dem"]);

    // Nouns a lower-case "council" modifies rather than names a body before ("Haringey council tax", "a Leeds council
    // estate"), and the roles of its people ("Plano council member Jo Roe").
    private static readonly FrozenSet<string> CouncilModifiedNouns = FrozenSet.Create(StringComparer.Ordinal,
        ["tax", "taxes", "taxpayers", "estate", "estates", "house", "houses", "housing", "home", "homes", "flat", "flats", "tenant",
         "tenants", "property", "properties", "land", "seat", "seats", "ward", "wards", "member", "members", "leader", "candidate",
         "candidates", "election", "elections"]);

    // "Haringey council cancelled its show", "Rochdale council's cabinet member": a town's council written in lower case,
    // as the town's police is. (At a sentence's start the town must be one the article never writes in lower case.)
    private static void AddTownCouncil(TokenizedBody body, int council, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        var town = council - 1;
        var townWord = body.Text(town);
        if (CouncilNotTowns.Contains(townWord) || body.IsDemonym(town) || EntityClassifier.Parties.Contains(townWord)) return;
        if (council + 1 < tokens.Length && tokens[council + 1].IsWord && CouncilModifiedNouns.Contains(body.Text(council + 1))) return;
        var first = PlaceRunStart(body, town, requireKnown: false);
        if (first < 0) return;
        var place = body.Phrase(first, town);
        if (EntityClassifier.Parties.Contains(place)) return;
        if (tokens[first].Is(NameTokenFlags.SentenceStart) && !EntityLexicon.Places.Contains(place) && body.WritesInLowerCase(body.Text(first))) return;
        mentions.Add(Make(body, first, council, body.Phrase(first, council)));
    }

    // "Orange County commissioners approved": a county's commissioners or supervisors sit as its commission or board.
    private static void AddCountyBoard(TokenizedBody body, int members, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        if (members < 2 || !tokens[members - 1].IsCapitalizedWord || body.Text(members - 1) is not "County") return;
        var first = PlaceRunStart(body, members - 2, requireKnown: false);
        if (first < 0) return;
        var county = body.Phrase(first, members - 1);
        var name = body.Text(members) is "commissioners" ? $"{county} Commission" : $"{county} Board of Supervisors";
        mentions.Add(Make(body, first, members, name));
    }

    // Words before a committee's field that describe it or its house, not its remit.
    private static readonly FrozenSet<string> CommitteeStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["Commons", "Lords", "House", "Senedd", "Holyrood", "parliamentary", "cross-party", "powerful", "influential", "new", "joint", "council", "council's", "chair", "chairman", "chairwoman", "member", "members"]);

    // "Southwark crown court": the court is named for the town it sits in.
    private static void AddCrownCourt(TokenizedBody body, int court, List<Mention> mentions)
    {
        var first = PlaceRunStart(body, court - 2, requireKnown: false);
        if (first < 0) return;
        mentions.Add(Make(body, first, court, $"{body.Phrase(first, court - 2)} Crown Court"));
    }

    // "Turkey's trade ministry", "the governor's office".
    private static void AddPossessive(TokenizedBody body, int possessive, List<Mention> mentions)
    {
        var tokens = body.Tokens;
        var owner = possessive - 1;
        if (!tokens[owner].IsWord) return;
        if (!tokens[owner].IsCapitalizedWord)
        {
            var holder = body.Text(owner);
            if (OfficeHolders.Contains(holder) && owner > 0 && body.Text(owner - 1) is "the" or "The"
                && possessive + 1 < tokens.Length && body.Text(possessive + 1) is "office")
                mentions.Add(Make(body, owner - 1, possessive + 1, $"{Capitalized(holder)}'s Office"));
            return;
        }
        var first = PlaceRunStart(body, owner, requireKnown: true);
        if (first < 0) return;
        var place = body.Phrase(first, owner);
        var words = new List<string>(3);
        for (var k = possessive + 1; k < tokens.Length && k <= possessive + 3; k++)
        {
            if (!tokens[k].IsWord) return;
            var word = body.Text(k);
            if (PossessiveHeads.Contains(word))
            {
                var capitalized = tokens[k].IsCapitalizedWord;
                // A capitalized head ("Legislature") is the name; lower-case words before it are adjectives ("divided").
                var name = capitalized
                    ? $"{place} {word}"
                    : $"{place}'s {string.Join(' ', words.Select(Capitalized))} {Capitalized(word)}".Replace("  ", " ");
                if (!capitalized && words.Count == 0) return;
                mentions.Add(Make(body, first, k, name));
                return;
            }
            if (tokens[k].IsCapitalizedWord || EntityLexicon.IsStopWord(word)) return;
            words.Add(word);
        }
    }

    // The capitalized run ending at token last that names a place (when required, one the gazetteer knows).
    private static int PlaceRunStart(TokenizedBody body, int last, bool requireKnown)
    {
        var tokens = body.Tokens;
        if (last < 0 || !tokens[last].IsCapitalizedWord) return -1;
        var first = last;
        while (first > 0 && tokens[first - 1].IsCapitalizedWord && !tokens[first].Is(NameTokenFlags.SentenceStart)
               && !body.IsStopWord(first - 1))
            first--;
        for (var start = first; start <= last; start++)
        {
            var phrase = body.Phrase(start, last);
            if (EntityLexicon.Places.Contains(phrase)) return start;
            if (!requireKnown && !body.IsStopWord(start) && !body.IsDemonym(start)) return start;
        }
        return -1;
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static Mention Make(TokenizedBody body, int first, int last, string name) => new()
    {
        Shape = MentionShape.Name,
        Span = body.Span(first, last),
        Surface = body.Phrase(first, last),
        Core = name,
        Words = name.Split(' '),
        KnownOnly = body.Tokens[first].Is(NameTokenFlags.InQuote),
        Evidence = Organization,
    };
}
