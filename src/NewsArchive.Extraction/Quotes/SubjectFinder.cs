using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>What the words in a speaker's place turned out to be.</summary>
/// <param name="Found">True when a subject stands there (even one that names no entity, like "a spokesman").</param>
/// <param name="Speaker">The entity name it resolves to, or null.</param>
/// <param name="End">The token after the subject phrase.</param>
internal readonly record struct Subject(bool Found, string? Speaker, int End)
{
    public static readonly Subject None = new(false, null, -1);
}

/// <summary>
/// Finds who stands in the speaker's place around a speech cue — before it ("Hancock said", "X, ROLE, wrote") or
/// after it ("said Mr Smith", "according to the ACLU") — and resolves the words found there to an entity:
/// a name or alias, a pronoun, a role ("the president"), a text ("the article notes"), an organization noun
/// ("the company said") or a spokesperson ("a spokeswoman for Acme").
/// </summary>
internal sealed class SubjectFinder
{
    private static readonly WordLookup SourceNouns = WordLookup.FromList("speech-sources");
    private static readonly WordLookup ProxyNouns = WordLookup.FromList("speech-proxies");
    private static readonly WordLookup OrganizationVoiceNouns = WordLookup.FromList("speech-organization-voices");
    private static readonly WordLookup LexiconRoleWords =
        new(EntityLexicon.Roles.Keys.Where(k => !k.Contains(' ') && !k.Contains('.')));
    private static readonly WordLookup OrganizationNouns =
        new(WordList.Lines("speech-organization-nouns").Select(l => l.TrimEnd('*')));
    private static readonly WordLookup GenericOrganizationNouns =
        new(WordList.Lines("speech-organization-nouns").Where(l => l.EndsWith('*')).Select(l => l.TrimEnd('*')));

    private static readonly SpeechCues PoliceCues = new();
    private static readonly WordLookup Auxiliaries = new(["have", "has", "had", "were", "are", "would", "will", "later"]);
    private static readonly WordLookup AnalystNouns = WordLookup.FromList("speech-analyst-nouns");
    private static readonly WordLookup PartyMembers = WordLookup.FromList("speech-party-members");
    // "the Finn told", "said the Scot": a national, a second reference to someone just named — only as the whole
    // phrase ("the German company said" is the company).
    private static readonly WordLookup Nationals = WordLookup.FromList("speech-nationality-nouns");

    private static readonly WordLookup UnnamedPersonNouns = new(
        WordList.Lines("speech-anonymous-nouns").Concat(WordList.Lines("speech-passerby-nouns")).Concat(WordList.Lines("speech-organization-voices"))
            .Concat(WordList.Lines("speech-proxies")).Concat(WordList.Lines("organization-member-nouns"))
            .Concat(WordList.Lines("speech-collective-nouns")));

    private const int MaxAgeLookBack = 200; // mentions searched back for "Maria Lopez, 62,"

    private readonly Narrative _narrative;
    private readonly PronounResolver _pronouns;
    private readonly SourceResolver _sources;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _roleWords;

    public SubjectFinder(Narrative narrative)
    {
        _narrative = narrative;
        _pronouns = new PronounResolver(narrative, (start, end, anchor) => OfSentence(start, end, anchor).Speaker,
            (start, cue) => Before(start, cue, cue).Speaker);
        _sources = new SourceResolver(narrative, this);
        _roleWords = narrative.Mentions.Speakers.Where(s => s.IsPerson)
            .SelectMany(s => s.Entity.Roles).SelectMany(r => RoleHeads(narrative, r))
            .Where(w => w.Length > 2)
            .ToHashSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private AttributionText Text => _narrative.Text;

    // The head nouns of a role: "Commissioner" of "County Commissioner", "executive" of "chief executive of Acme",
    // "secretary" and "MP" of "former business secretary and MP". A modifier ("County") is no role word: "the county
    // argued" is not the commissioner speaking.
    private static IEnumerable<string> RoleHeads(Narrative narrative, string role)
    {
        var words = SpeakerMentions.Words(role);
        string? head = null;
        var closed = false;
        foreach (var w in words)
        {
            if (IsCoordinator(w) || w.Equals("or", StringComparison.OrdinalIgnoreCase) || w.Equals("nor", StringComparison.OrdinalIgnoreCase))
            {
                if (head is not null) yield return head;
                head = null;
                closed = false;
                continue;
            }
            if (closed) continue;
            if (narrative.IsFunctionWord(w)) { closed = head is not null; continue; }
            head = w;
        }
        if (head is not null) yield return head;
    }

    /// <summary>
    /// The subject of a cue at token <paramref name="verb"/>, looking back to <paramref name="floor"/>: the nearest
    /// candidate in the words right before the verb; or, when only a comma stands there ("X, ROLE, said"), the
    /// first person in the few comma-separated phrases before it.
    /// </summary>
    public Subject Before(int floor, int verb, int anchor)
    {
        // "Superintendent Jo Ames — who took over in 2022 — called the deal …": an aside between paired dashes
        // stands between the subject and its verb.
        if (IsDash(verb - 1) && verb - 1 > floor)
        {
            for (var k = verb - 2; k > floor; k--)
                if (IsDash(k)) return Before(floor, k, anchor);
        }
        var t = verb - 1;
        var segment = 0;
        Candidate? organizationLike = null, described = null;
        while (t >= floor && segment <= 4)
        {
            var segmentEnd = t;
            while (t >= floor && !IsBoundary(t)) t--;
            var segmentStart = t + 1;
            // "X, who said": a bare relative pronoun stands for the phrase before it; "which Ortega said" names its subject.
            // "…, who has built 2,000 homes and who describes himself as": the second "who" stands for what the first does.
            if (segment == 0 && segmentEnd > segmentStart && segmentEnd == verb - 1 && IsWho(segmentEnd) && IsCoordinator(Text.Word(segmentEnd - 1))
                && PreviousWho(floor, segmentEnd - 1) is var earlier and >= 0)
                return Before(floor, earlier, anchor);
            // "A source said the party had lost, and warned that …": a verb after ", and" shares the clause's subject,
            // not the object nearest it.
            if (segment == 0 && segmentEnd >= segmentStart && !HasContent(segmentStart, segmentEnd) && Text.IsPunctuation(segmentStart - 1, ',')
                && CoordinatorIn(segmentStart, segmentEnd) is var joined and >= 0)
                return SharedSubject(floor, joined, anchor);
            var bareRelative = segmentEnd == segmentStart && StartsRelativeClause(segmentStart);
            if (bareRelative && segment == 0 && segmentStart - 2 >= floor && _narrative.Mentions.EndingAt(segmentStart - 2) is { Possessive: false } antecedent)
                return Resolve(new Candidate(SubjectKind.Entity, antecedent.Token, antecedent.End, antecedent.Speaker.IsPerson, antecedent), anchor);
            if (HasContent(segmentStart, segmentEnd) && !bareRelative && (segment == 0 || !StartsRelativeClause(segmentStart)))
            {
                if (segment == 0)
                {
                    // "Pratt thanked Mayor Jones for her work and said …": a verb joined by "and" shares its clause's subject.
                    var joiner = verb - 1;
                    while (joiner > segmentStart && _narrative.IsAdverb(joiner) && !IsCoordinator(Text.Word(joiner))) joiner--;
                    if (joiner > segmentStart && Text.IsWord(joiner) && IsCoordinator(Text.Word(joiner)))
                        return SharedSubject(floor, joiner, anchor);
                    // "one Democratic strategist who worked on the race said": an anonymous source, whoever is named near.
                    // "A senior government source told": an official or source, not a spokesperson, speaks for nobody named.
                    if (AnonymousMember(segmentStart, segmentEnd) || UnnamedMemberPhrase(segmentStart, segmentEnd)) return new Subject(true, null, verb);
                    if (VoiceOfPronoun(segmentStart, verb, anchor) is { } throughPronoun) return throughPronoun;
                    // The words right before the verb are its subject, whatever they are.
                    if (NearestCandidate(segmentStart, segmentEnd, floor, people: false) is not { } c || IsObjectIt(c, segmentStart))
                    {
                        if (VoiceOfOwner(segmentStart, verb, anchor) is { } voiced) return voiced;
                        // "Mayor X, who was elected after promising to …": the relative clause's subject is X.
                        if (IsWho(segmentStart) && segmentStart - 2 >= floor && Text.IsPunctuation(segmentStart - 1, ',')
                            && _narrative.Mentions.EndingAt(segmentStart - 2) is { Possessive: false } who)
                            return Resolve(new Candidate(SubjectKind.Entity, who.Token, who.End, who.Speaker.IsPerson, who), anchor);
                        return new Subject(true, null, verb);
                    }
                    if (c.Kind == SubjectKind.Age || ModifiedNoun(c.End, verb) is not { } head) return Resolve(c, anchor);
                    // "The Save Hill Fields campaign said", "the Unite union said": a name before the noun for its own kind.
                    if (c is { Kind: SubjectKind.Entity, PersonLike: false, Mention.Possessive: false } && head == c.End
                        && (OrganizationNouns.Contains(Text.Word(head)) || CampaignNouns.Contains(Text.Word(head))))
                        return Resolve(c, anchor);
                    // "the council's licensing committee said": a body inside an organization speaks for it.
                    // "the council's report said": its own text, too.
                    if (c.Kind == SubjectKind.OrganizationNoun && Text.Tokens[c.End - 1].Possessive
                        && (GoverningBodies.Contains(Text.Word(head)) || SourceNouns.Contains(Text.Word(head))))
                        return new Subject(true, Resolve(c, anchor).Speaker, verb);
                    if (ProxyNouns.Contains(Text.Word(head))) return new Subject(true, Resolve(c, anchor).Speaker, verb);
                    if (Text.Word(head).Equals("office", StringComparison.OrdinalIgnoreCase) && head == c.End)
                        return new Subject(true, OfficeOf(c, anchor), verb);
                    if (!IsRoleWord(Text.Word(head))) return new Subject(true, null, verb);
                    // "the council leader said": a role phrase, modifier and all.
                    var first = c.Token;
                    while (first < head && _narrative.IsDeterminer(first)) first++;
                    var holder = ResolveRole(new Candidate(SubjectKind.Role, c.Token, head + 1, true, Noun: first), anchor);
                    // "Council leader Fraser Dunlop said … "…," the Labour leader told the chamber": a party or body
                    // before the role says whose side the person is on, which the role the text gave may leave out.
                    if (holder is null && c is { Kind: SubjectKind.Entity, PersonLike: false } && _narrative.IsDeterminer(c.Token))
                        holder = RecentHolder(Text.Word(head).ToString(), c.Token);
                    return new Subject(true, holder, verb);
                }
                // "X, speaking on Y's podcast, said": a participle phrase between subject and verb names no subject.
                // "Catherine Alderson, who milks cows with her husband, Rob, said": a relative named in apposition at
                // the end of a "who" clause belongs to that clause; the clause's antecedent is the subject.
                if (RelativeInWhoClause(floor, segmentStart, segmentEnd) is { } whoClauseSubject) return Resolve(whoClauseSubject, anchor);
                if (!OpensParticiplePhrase(segmentStart))
                {
                    // "X, a Republican who served alongside Y, said": the appositive's head comes before its relative clause.
                    var headEnd = RelativePronounIn(segmentStart, segmentEnd) is var relative and >= 0 ? relative - 1 : segmentEnd;
                    // Further back, past an appositive ("X, legal director at Y, said"): the person it describes. A
                    // description ("X, a spokesperson for Acme, said") gives way to a name further back.
                    if (NearestCandidate(segmentStart, AppositiveHeadEnd(segmentStart, headEnd), floor, people: true) is { } person)
                    {
                        // "X, a fellow Montana Republican, said": a phrase opened by "a" describes; it names nobody.
                        if (person.Kind == SubjectKind.Entity && !(_narrative.IsIndefinite(segmentStart) && person.Token > segmentStart)) return Resolve(person, anchor);
                        described ??= person;
                    }
                    // "A senior EU official, briefing journalists, said": an anonymous member opening the clause speaks
                    // for nobody, whatever names modify it.
                    else if (segmentStart == floor && described is null && UnnamedMemberPhrase(segmentStart, headEnd))
                        return new Subject(true, null, verb);
                    // "One worker, who asked not to be named, told the Gazette:": a clause that opens with an indefinite
                    // phrase naming nobody has an unnamed subject, whatever its asides name.
                    else if (segmentStart == floor && _narrative.IsIndefinite(segmentStart) && described is null
                             && NearestCandidate(segmentStart, headEnd, floor, people: false) is null)
                        return new Subject(true, null, verb);
                    // "The Acme Workers Association, the city's largest union, said": a name beats the noun describing it.
                    if (NearestCandidate(segmentStart, headEnd, floor, people: false) is { } other
                        && (organizationLike is null || (other.Kind == SubjectKind.Entity && organizationLike.Value.Kind != SubjectKind.Entity)))
                        organizationLike = other;
                }
            }
            if (t < floor || Text.Tokens[t].Kind == TokenKind.Quotation && segment > 0) break;
            t--;
            segment++;
        }
        if (described is { } description)
        {
            // "Llais, the independent body, said": a plain description in apposition to an organization's name
            // describes that organization.
            return description.Kind == SubjectKind.Descriptor
                   && organizationLike is { Kind: SubjectKind.Entity, PersonLike: false } named && named.Token < description.Token
                ? Resolve(named, anchor) : Resolve(description, anchor);
        }
        return organizationLike is { } org ? Resolve(org, anchor) : Subject.None;
    }

    private bool IsDash(int t) =>
        t >= 0 && t < Text.Tokens.Length && Text.Tokens[t].Kind == TokenKind.Punctuation && Text.Body[Text.Tokens[t].Start] is '\u2014' or '\u2013';

    private static readonly WordLookup CampaignNouns = new(["campaign", "coalition", "movement"]);

    private static readonly WordLookup Subordinators = new(
        ["when", "after", "before", "as", "because", "if", "while", "although", "though", "since", "once", "until", "whereas", "unless"]);

    // The subject of the clause a coordinated verb belongs to: the name, pronoun or phrase that opens it (after an
    // opening subordinate, prepositional or participle phrase and its comma); named nobody when it opens otherwise.
    private Subject SharedSubject(int floor, int coordinator, int anchor)
    {
        var start = floor;
        if (Text.IsWord(start) && _narrative.Mentions.StartingAt(start) is null
            && (Subordinators.Contains(Text.Word(start)) || _narrative.IsPreposition(start) || IsParticipleWord(Text.Word(start))))
        {
            while (start < coordinator && !Text.IsPunctuation(start, ',')) start++;
            start++;
        }
        // "A senior government source told X …, but warned that …": an anonymous member opening the clause.
        for (var end = start + 1; end <= start + 4 && end < coordinator; end++)
            if (UnnamedMemberPhrase(start, end) && !(Text.IsWord(end + 1) && _narrative.Mentions.StartingAt(end + 1) is null && !Text.IsCapitalized(end + 1)
                                                      && (AnonymousMemberNouns.Contains(Text.Word(end + 1)) || OrganizationVoiceNouns.Contains(Text.Word(end + 1)))))
                return new Subject(true, null, coordinator);
        for (var t = start; t < coordinator && t - start <= 3 && Text.IsWord(t); t++)
        {
            if (TryCandidate(t, coordinator, out var c)) return IsSubjectPosition(c, start) ? Resolve(c, anchor) : new Subject(true, null, coordinator);
            if (!_narrative.IsDeterminer(t) && !Text.IsCapitalized(t)) break;
        }
        return new Subject(true, null, coordinator);
    }

    private static bool IsParticipleWord(ReadOnlySpan<char> w) =>
        w.Length > 4 && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    // The first "who"/"which"/"whose"/"whom" in [start, end], or -1.
    private int RelativePronounIn(int start, int end)
    {
        for (var k = start + 1; k <= end; k++)
            if (StartsRelativeClause(k)) return k;
        return -1;
    }

    /// <summary>
    /// The subject of the sentence's main clause, for a participle cue ("X defended the plan, insisting …"): the
    /// first candidate that opens one of the comma-separated phrases from <paramref name="floor"/>, stopping at the
    /// first phrase that opens with anything else.
    /// </summary>
    public Subject OfSentence(int floor, int limit, int anchor)
    {
        var t = floor;
        while (t < limit)
        {
            while (t < limit && !Text.IsWord(t)) t++;
            // "In later years Ellory campaigned …": a short opening prepositional phrase without a comma is no subject.
            if (_narrative.IsPreposition(t) && t == floor) t = PastOpeningPhrase(t, limit);
            var segmentStart = t;
            // "A Senate aide was blunter:", "One official told reporters …, insisting": an unnamed member opening the
            // sentence is its subject, whatever body modifies the noun.
            if (segmentStart == floor && OpensWithUnnamedMember(floor, limit)) return new Subject(true, null, limit);
            for (; t < limit && t - segmentStart <= 3 && Text.IsWord(t); t++)
            {
                // "Conservative mayor Graham Pettit, …, insisting": a party or body that only modifies a title gives way to the person.
                if (TryCandidate(t, limit, out var c) && IsSubjectPosition(c, segmentStart))
                    return NamedInApposition(c, limit) ?? HeadedByPerson(c, limit) ?? MembersNamedBy(c, limit) ?? Resolve(c, anchor);
                // "Larger peer Kestrel Materials lowered …": a lowercase descriptor before the name belongs to its phrase.
                if (!_narrative.IsDeterminer(t) && !Text.IsCapitalized(t) && !IsDescriptorWord(t)) break;
            }
            var words = 0;
            while (t < limit && !IsBoundary(t)) { if (Text.IsWord(t)) words++; t++; }
            if (words >= 3) return new Subject(true, null, limit);
            t++;
        }
        return new Subject(true, null, limit);
    }

    // "The council's cabinet member for finance, Cllr Jo Ames, welcomed …": an owner's possessive opens a role
    // phrase whose head is the person named in apposition after it (a title or two before the name), not the owner.
    private Subject? NamedInApposition(Candidate c, int limit)
    {
        if (!Text.Tokens[c.End - 1].Possessive) return null;
        // The role may list its duties ("for economy, finance and strategy"): the name follows one of its commas.
        for (var t = c.End; t < limit && t - c.End < 16; t++)
        {
            if (Text.Tokens[t].Kind == TokenKind.Quotation) return null;
            if (!Text.IsPunctuation(t, ',')) continue;
            var name = t + 1;
            for (var titles = 0; titles < 2 && _narrative.Mentions.StartingAt(name) is null && Text.IsCapitalized(name); titles++)
                name += Text.IsPunctuation(name + 1, '.') ? 2 : 1;
            if (_narrative.Mentions.StartingAt(name) is { Speaker.IsPerson: true, Possessive: false } m && m.End <= limit
                && (Text.IsPunctuation(m.End, ',') || m.End == limit))
                return new Subject(true, m.Speaker.Entity.Name, m.End);
        }
        return null;
    }

    // The token after a preposition and up to three lowercase words or numbers, when a name follows them; else `t`.
    private int PastOpeningPhrase(int t, int limit)
    {
        for (var k = t + 1; k < limit && k <= t + 4 && Text.IsWord(k); k++)
        {
            if (TryCandidate(k, limit, out var c) && c.Kind == SubjectKind.Entity) return k;
            if (Text.IsCapitalized(k)) break;
        }
        return t;
    }

    /// <summary>
    /// The subject right after a cue ("said Mr Smith", "said Chief Executive Jane Doe", "according to the report"):
    /// a candidate preceded by nothing but determiners and capitalized title words.
    /// </summary>
    public Subject After(int start, int limit, int anchor)
    {
        if (!Text.IsWord(start) || start >= limit) return Subject.None;
        // "said one, Margaret Dyer, 66": the one of them the text goes on to name.
        if (Text.Word(start).Equals("one", StringComparison.OrdinalIgnoreCase) && Text.IsPunctuation(start + 1, ',')
            && _narrative.Mentions.StartingAt(start + 2) is { Speaker.IsPerson: true, Possessive: false } one && one.End <= limit)
            return new Subject(true, one.Speaker.Entity.Name, one.End);
        // "said a Democratic strategist who works with X": an unnamed member speaks for nobody the text names.
        if (AnonymousMember(start, limit - 1)) return new Subject(true, null, start + 1);
        for (var t = start; t < limit && t - start <= 4 && Text.IsWord(t); t++)
        {
            // "said a neighbor, Walter Simms" / "said one supporter, Jim Harker, 58": the name in apposition.
            if ((_narrative.IsDeterminer(t) || _narrative.IsIndefinite(t)) && Appositive(t + 1, limit) is { } named) return named;
            if (TryCandidate(t, limit, out var c))
                return PossessedPerson(c, limit) ?? HeadedByPerson(c, limit) ?? Resolve(c, anchor);
            if (!_narrative.IsDeterminer(t) && !Text.IsCapitalized(t)) return LowercaseTitled(t, limit) ?? new Subject(true, null, start + 1);
        }
        return new Subject(true, null, start + 1);
    }

    // "said Greer's neighbor, Walter Simms": the person owns the speaker, who is the name in apposition, else
    // nobody; "said Greer's spokesman" and "according to Greer's statement" stay with Greer.
    private Subject? PossessedPerson(Candidate c, int limit)
    {
        if (c is not { Kind: SubjectKind.Entity, Mention: { Possessive: true, Speaker.IsPerson: true } }) return null;
        var t = c.End;
        if (!Text.IsWord(t) || Text.IsCapitalized(t) || ProxyNouns.Contains(Text.Word(t)) || SourceNouns.Contains(Text.Word(t))) return null;
        return Appositive(t, limit) ?? new Subject(true, null, t);
    }

    // "said Florida Democratic Party chair Monique Aldana", "said Acme Chief Executive Jane Doe", "according to the
    // BBC's political editor, Jo Ames": an organization that only modifies a title, and the person the phrase ends
    // in (the head of a noun phrase is its last noun): that person.
    private Subject? HeadedByPerson(Candidate c, int limit)
    {
        if (c is not { Kind: SubjectKind.Entity, Mention.Speaker.IsPerson: false }) return null;
        var first = c.End;
        // "said USI vice-president for welfare Aoife Culleton", "said the party's director of elections in the
        // south, Jo Ames": a role's complement may hold a preposition or two once its head noun has come.
        for (var k = first; k < limit && k - first < MaxHeadedRoleWords && Text.IsWord(k); k++)
        {
            if (_narrative.Mentions.StartingAt(k) is not null) break;
            if (_narrative.IsFunctionWord(Text.Word(k)) && !IsInnerOf(k, first) && !(k > first && IsRoleComplement(k))) return null;
            var next = Text.IsPunctuation(k + 1, ',') ? k + 2 : k + 1;
            // "said Acme's chief executive, Morven "Mo" Strachan": a given name the text's people missed still opens the name.
            if (next == k + 2)
                for (var given = 0; given < 2 && _narrative.Mentions.StartingAt(next) is null && Text.IsCapitalized(next)
                                    && Text.IsWord(next + 1) && Text.IsCapitalized(next + 1); given++) next++;
            if (_narrative.Mentions.StartingAt(next) is { Speaker.IsPerson: true, Possessive: false } m && m.End <= limit)
                return new Subject(true, m.Speaker.Entity.Name, m.End);
        }
        return null;
    }

    // "41 Labour MPs signed a letter …, warning", "Acme workers walked out, saying": a body that only modifies the
    // people after it (members, or holders of a role) is not the subject; they are, and the text names none of them.
    private Subject? MembersNamedBy(Candidate c, int limit)
    {
        if (c is not { Kind: SubjectKind.Entity, Mention: { Speaker.IsPerson: false, Possessive: false } } || c.End >= limit
            || !Text.IsWord(c.End) || _narrative.Mentions.StartingAt(c.End) is not null) return null;
        var noun = Text.Word(c.End);
        var members = AnonymousMemberNouns.Contains(noun) || IsRoleWord(noun)
                      || (noun.Length > 2 && noun[^1] == 's' && IsRoleWord(noun[..^1]));
        return members ? new Subject(true, null, limit) : null;
    }

    // Up to three lowercase words from <paramref name="t"/>, a comma and a person's name: that person.
    private Subject? Appositive(int t, int limit)
    {
        var first = t;
        while (t < limit && t - first < 3 && Text.IsWord(t) && !Text.IsCapitalized(t)) t++;
        if (t > first && Text.IsPunctuation(t, ',')
            && _narrative.Mentions.StartingAt(t + 1) is { Speaker.IsPerson: true, Possessive: false } named && named.End <= limit)
            return new Subject(true, named.Speaker.Entity.Name, named.End);
        return null;
    }

    // "said incident commander Brian Castro", "said fire chief Ana Ruiz", "shouted mother of three Jo Ames": a
    // lowercase title of up to four words (no preposition among them but an "of" inside) right before a person's name.
    private Subject? LowercaseTitled(int t, int limit)
    {
        for (var k = t; k < limit && k - t < 4 && Text.IsWord(k) && !Text.IsCapitalized(k); k++)
        {
            if (_narrative.IsFunctionWord(Text.Word(k)) && !_narrative.IsDeterminer(k) && !IsInnerOf(k, t) && !(k > t && IsRoleComplement(k))) return null;
            if (_narrative.Mentions.StartingAt(k + 1) is { Speaker.IsPerson: true, Possessive: false } m && m.End <= limit)
                return new Subject(true, m.Speaker.Entity.Name, m.End);
        }
        return null;
    }

    private const int MaxHeadedRoleWords = 8;

    // A preposition or determiner inside a role's complement ("for welfare", "in the south"): lowercase words up to
    // a comma or a person's name, no verb or speech cue among them.
    private bool IsRoleComplement(int k)
    {
        if (!(_narrative.IsPreposition(k) || _narrative.IsDeterminer(k))) return false;
        for (var j = k + 1; j < k + MaxHeadedRoleWords && Text.IsWord(j); j++)
        {
            // "for welfare Jo Ames", but not "owner on Oliver Street": a name right after the preposition is its object.
            if (_narrative.Mentions.StartingAt(j) is { Speaker.IsPerson: true })
                return !_narrative.IsPreposition(j - 1) && !_narrative.IsDeterminer(j - 1);
            if (Text.IsCapitalized(j) || SpeechVerbs.TryMatch(Text, j, out _)) return false;
        }
        return HasCommaThenPerson(k);
    }

    // The run of lowercase words from k ends at a comma followed by a person's name.
    private bool HasCommaThenPerson(int k)
    {
        var j = k;
        while (j < k + MaxHeadedRoleWords && Text.IsWord(j) && !Text.IsCapitalized(j)) j++;
        return j > k + 1 && Text.IsPunctuation(j, ',') && _narrative.Mentions.StartingAt(j + 1) is { Speaker.IsPerson: true };
    }

    // "mother of three", "head of communications": an "of" inside a title, between two of its words.
    private bool IsInnerOf(int k, int first) =>
        k > first && Text.Word(k).Equals("of", StringComparison.Ordinal) && Text.IsWord(k + 1) && !Text.IsCapitalized(k + 1);

    /// <summary>
    /// What the phrase at token <paramref name="t"/> names ("the company" in "a statement from the company"), as long as
    /// it is not itself a text that speaks; null when it names nobody.
    /// </summary>
    public string? NamedBy(int t, int anchor)
    {
        if (!TryCandidate(t, Text.Tokens.Length, out var c) || c.Kind == SubjectKind.Source) return null;
        return Resolve(c, anchor).Speaker;
    }

    /// <summary>
    /// The first entity in subject position (not possessive, not after a preposition) in [<paramref name="start"/>,
    /// <paramref name="limit"/>): who "In a statement read to the court, the chairman, Alun Bevan, said" is about.
    /// </summary>
    public string? FirstSubject(int start, int limit, int anchor)
    {
        for (var t = start; t < limit; t++)
        {
            if (!TryCandidate(t, limit, out var c)) continue;
            // "In a statement, Acme spokesperson Jo Ames said …": the organization only modifies her title.
            if (c.Kind != SubjectKind.Source && IsSubjectPosition(c, start)
                && (HeadedByPerson(c, limit) ?? Resolve(c, anchor)).Speaker is { } speaker) return speaker;
            t = c.End - 1;
        }
        return null;
    }

    /// <summary>The first person named in [<paramref name="start"/>, <paramref name="limit"/>) in subject position, if any.</summary>
    public string? FirstPerson(int start, int limit, int anchor)
    {
        for (var t = start; t < limit; t++)
        {
            if (_narrative.Mentions.StartingAt(t) is { Speaker.IsPerson: true } m && m.End <= limit && _narrative.IsSubjectLike(m))
                return m.Speaker.Entity.Name;
        }
        return null;
    }

    // "Gov. Rosa Delgado's office said", "Acme's spokesman said": a possessive name right before the office or the
    // spokesperson that speaks is whom they speak for (an organization named as that office wins, see OfficeOf).
    private Subject? VoiceOfOwner(int segmentStart, int verb, int anchor)
    {
        var head = verb - 1;
        // "Judge Lee's ruling on Tuesday noted", "Acme's report last year found": the owner's own text speaks for them.
        var document = TimePhraseStart(segmentStart, verb) - 1;
        if (Text.IsWord(document) && SourceNouns.Contains(Text.Word(document)) && !Text.IsCapitalized(document)
            && _narrative.Mentions.EndingAt(document - 1) is { Possessive: true } author && author.Token >= segmentStart
            && !_narrative.FollowsPreposition(author.Token, segmentStart))
            return new Subject(true, author.Speaker.Entity.Name, verb);
        // "Lewisham Council's licensing committee said": a body inside the organization speaks for it.
        if (Text.IsWord(head) && GoverningBodies.Contains(Text.Word(head)))
            for (var k = head - 1; k >= segmentStart && k >= head - 2 && Text.IsWord(k); k--)
                if (_narrative.Mentions.EndingAt(k) is { Possessive: true, Speaker.IsPerson: false } body && body.Token >= segmentStart
                    && !_narrative.FollowsPreposition(body.Token, segmentStart))
                    return new Subject(true, body.Speaker.Entity.Name, verb);
        if (!Text.IsWord(head) || _narrative.Mentions.EndingAt(head - 1) is not { Possessive: true } owner
            || owner.Token < segmentStart || _narrative.FollowsPreposition(owner.Token, segmentStart)) return StaffOf(segmentStart, verb, anchor);
        var noun = Text.Word(head);
        var candidate = new Candidate(SubjectKind.Entity, owner.Token, owner.End, owner.Speaker.IsPerson, owner);
        if (noun.Equals("office", StringComparison.OrdinalIgnoreCase)) return new Subject(true, OfficeOf(candidate, anchor), verb);
        return ProxyNouns.Contains(noun) ? new Subject(true, owner.Speaker.Entity.Name, verb) : StaffOf(segmentStart, verb, anchor);
    }

    private static readonly WordLookup InspectorNouns = new(["inspectors", "investigators", "examiners"]);

    private static readonly WordLookup TimeWords = WordLookup.FromList("speech-time-phrase-words");
    private static readonly WordLookup TimePhraseOpeners = WordLookup.FromList("speech-time-phrase-openers");

    // Where a short time phrase right before the verb ("on Tuesday", "last year", "in 2019") starts; the verb itself
    // when there is none.
    private int TimePhraseStart(int floor, int verb)
    {
        var t = verb;
        while (t - 1 >= floor && verb - t < 3 && Text.IsWord(t - 1)
               && (TimeWords.Contains(Text.Word(t - 1)) || (Text.Word(t - 1) is { Length: 4 } y && int.TryParse(y, out _)))) t--;
        return t < verb && Text.IsWord(t) && TimePhraseOpeners.Contains(Text.Word(t)) ? t : verb;
    }

    // "Her office said", "his spokesman said": the person "her"/"his" stands for speaks through them.
    private Subject? VoiceOfPronoun(int segmentStart, int verb, int anchor)
    {
        var head = verb - 1;
        var owner = head - 1;
        // A spokesman the text introduced by name ("Carla Voss, his spokesman") is a mention of that person instead.
        if (owner != segmentStart || !Text.IsWord(head) || !Text.IsWord(owner) || _narrative.Mentions.StartingAt(owner) is not null) return null;
        var noun = Text.Word(head);
        if (!(noun.Equals("office", StringComparison.OrdinalIgnoreCase) || ProxyNouns.Contains(noun))) return null;
        var w = Text.Word(owner);
        var gender = w.Equals("his", StringComparison.OrdinalIgnoreCase) ? Gender.He
            : w.Equals("her", StringComparison.OrdinalIgnoreCase) ? Gender.She : Gender.Unknown;
        return gender == Gender.Unknown ? null : new Subject(true, _pronouns.Resolve(Math.Min(anchor, owner), gender), verb);
    }

    // Bodies inside an organization that decide for it ("the council's planning committee", "Acme's board").
    private static readonly WordLookup GoverningBodies = new(["committee", "subcommittee", "sub-committee", "board", "panel", "cabinet"]);

    private static readonly WordLookup StaffNouns = new(
        WordList.Lines("speech-staff-nouns").Concat(WordList.Lines("organization-member-nouns")));

    // "the Yorkshire Post's music critic wrote", "Acme's chief executive said": an organization's staff member
    // (up to two modifiers before the noun) is the person the article gives that role, else the organization.
    private Subject? StaffOf(int segmentStart, int verb, int anchor)
    {
        var head = verb - 1;
        if (!Text.IsWord(head) || Text.IsCapitalized(head) || !(StaffNouns.Contains(Text.Word(head)) || IsRoleWord(Text.Word(head)))) return null;
        for (var k = head - 1; k >= segmentStart && k >= head - 3; k--)
        {
            if (_narrative.Mentions.EndingAt(k) is { Possessive: true, Speaker.IsPerson: false } owner)
            {
                if (owner.Token < segmentStart || _narrative.FollowsPreposition(owner.Token, segmentStart)) return null;
                var phrase = Enumerable.Range(k + 1, verb - k - 1).Select(w => Text.Word(w).ToString()).ToArray();
                var organization = owner.Speaker.Entity;
                // Only a role held at that organization ("music critic of the Courier") names the person.
                bool Holds(Speaker p) => p.IsPerson && p.Entity.Roles.Any(r => phrase.All(w => ContainsWords(r, w))
                    && (ContainsWords(r, organization.Name) || organization.Aliases.Any(a => ContainsWords(r, a))));
                return new Subject(true, MostRecent(anchor, Holds, int.MaxValue / 2) ?? organization.Name, verb);
            }
            if (!Text.IsWord(k) || Text.IsCapitalized(k) || _narrative.IsFunctionWord(Text.Word(k))) return null;
        }
        return null;
    }

    // "a Treasury source said", "an Acme spokesman said": the name only modifies the noun (or two) that speaks.
    private int? ModifiedNoun(int end, int verb)
    {
        if (end >= verb || verb - end > 2) return null;
        for (var t = end; t < verb; t++)
        {
            if (!Text.IsWord(t) || Text.IsCapitalized(t) || _narrative.IsAdverb(t) || _narrative.IsDeterminer(t)
                || _narrative.FollowsPreposition(t + 1, t)) return null;
        }
        return verb - 1;
    }

    // The candidate nearest the end of [start, end]; with people, only a person, a he/she or a role.
    private Candidate? NearestCandidate(int start, int end, int floor, bool people)
    {
        Candidate? found = null;
        for (var t = start; t <= end; t++)
        {
            if (!TryCandidate(t, end + 1, out var c)) continue;
            // "In a programme note she writes": "she" is nominative, a subject wherever it stands.
            if (IsSubjectPosition(c, floor) && (IsNominative(c) || !InPrepositionalPhrase(c.Token, start)) && (!people || IsPersonLike(c))) found = c;
            t = c.End - 1;
        }
        return found;
    }

    // "an email from a senior Acme executive": a name after a preposition, a determiner and up to two lowercase
    // modifiers is inside the prepositional phrase, not the subject ("president of basketball operations Renata
    // Silva", with no determiner, is a title).
    private bool InPrepositionalPhrase(int t, int floor)
    {
        // "in a result the party's leader described as": a phrase opening with its own determiner is its own phrase.
        if (_narrative.IsDeterminer(t)) return false;
        for (var k = t - 1; k >= floor && k >= t - 3; k--)
        {
            if (!Text.IsWord(k) || Text.IsCapitalized(k) || _narrative.Mentions.EndingAt(k) is not null) return false;
            if (_narrative.IsDeterminer(k)) return k < t - 1 && _narrative.IsPreposition(k - 1);
        }
        return false;
    }

    private bool IsNominative(Candidate c) =>
        c.Kind == SubjectKind.Pronoun && !Text.Word(c.Token).Equals("it", StringComparison.OrdinalIgnoreCase);

    private bool IsPersonLike(Candidate c) =>
        c.PersonLike && !(c.Kind == SubjectKind.Pronoun && Text.Word(c.Token).Equals("they", StringComparison.OrdinalIgnoreCase));

    private bool IsSubjectPosition(Candidate c, int floor) =>
        !_narrative.FollowsPreposition(c.Token, floor) && !(c.Kind == SubjectKind.Entity && c.Mention!.Value.Possessive);

    // The first "and"/"but" in [start, end], or -1.
    private int CoordinatorIn(int start, int end)
    {
        for (var t = start; t <= end; t++)
            if (Text.IsWord(t) && IsCoordinator(Text.Word(t))) return t;
        return -1;
    }

    // The words between the boundary and the verb are only adverbs and conjunctions ("and also"): no subject there.
    private bool HasContent(int start, int end)
    {
        for (var t = start; t <= end; t++)
            if (Text.IsWord(t) && !_narrative.IsAdverb(t)) return true;
        return false;
    }

    // A lowercase "-ing" word after a comma ("…, speaking to reporters, …", "…, writing in the Times, …").
    private bool OpensParticiplePhrase(int t) =>
        Text.IsWord(t) && !Text.IsCapitalized(t) && Text.IsPunctuation(t - 1, ',')
        && Text.Word(t) is { Length: > 5 } w && w.EndsWith("ing", StringComparison.Ordinal);

    // "…, put it plainly:", "summed it up:": an "it" right after a verb in the clause is its object, not its subject.
    private bool IsObjectIt(Candidate c, int segmentStart) =>
        c.Kind == SubjectKind.Pronoun && Text.Word(c.Token).Equals("it", StringComparison.OrdinalIgnoreCase)
        && c.Token > segmentStart && Text.IsWord(c.Token - 1) && !Text.IsCapitalized(c.Token - 1)
        && !_narrative.IsFunctionWord(Text.Word(c.Token - 1)) && !IsCoordinator(Text.Word(c.Token - 1))
        && !StartsRelativeClause(c.Token - 1); // "…, which it described as": "it" is the relative clause's subject

    // "a Senate aide", "an Acme lawyer": someone's relation brought in by an indefinite is unnamed too.
    private static readonly WordLookup AnonymousMemberNouns = new(
        WordList.Lines("organization-member-nouns").Concat(WordList.Lines("speech-anonymous-nouns").Concat(WordList.Lines("speech-passerby-nouns")))
            .Concat(WordList.Lines("speech-relations"))
            .Where(w => !OrganizationVoiceNouns.Contains(w) && !ProxyNouns.Contains(w)));

    // "A Senate aide was blunter:": a form of "be" or "have" right after the noun is the clause's own verb.
    private static readonly WordLookup LinkingVerbs = new(["was", "is", "were", "are", "has", "had", "have"]);

    // An indefinite ("a", "one", "another"), up to two capitalized or plain modifiers naming no person, and a
    // lowercase member noun ("strategist", "staffer") that ends the phrase or opens "who …"; with verbMayFollow, also
    // one followed by a verb ("A Senate aide told reporters …, insisting").
    private bool AnonymousMember(int start, int end, bool verbMayFollow = false)
    {
        if (!_narrative.IsIndefinite(start)) return false;
        for (var k = start + 1; k <= end && k <= start + 3 && Text.IsWord(k); k++)
        {
            if (_narrative.Mentions.StartingAt(k) is { Speaker.IsPerson: true }) return false;
            if (Text.IsCapitalized(k) || !AnonymousMemberNouns.Contains(Text.Word(k))) continue;
            // "one analyst, Jo Ames," names her in apposition.
            if (Text.IsPunctuation(k + 1, ',') && _narrative.Mentions.StartingAt(k + 2) is { Speaker.IsPerson: true }) return false;
            return k == end || !Text.IsWord(k + 1) || IsWho(k + 1) || LinkingVerbs.Contains(Text.Word(k + 1))
                   || (verbMayFollow && IsVerbAfterSubject(k + 1));
        }
        return false;
    }

    /// <summary>True when the clause at <paramref name="start"/> opens with an unnamed member ("A Senate aide was blunter:").</summary>
    public bool OpensWithUnnamedMember(int start, int limit) => AnonymousMember(start, limit - 1, verbMayFollow: true);

    // A lowercase past-tense verb or speech cue ("signed", "told", "said").
    private bool IsVerbAfterSubject(int t) =>
        Text.IsWord(t) && !Text.IsCapitalized(t) && _narrative.Mentions.StartingAt(t) is null
        && (Text.Word(t).EndsWith("ed", StringComparison.Ordinal) || SpeechVerbs.TryMatch(Text, t, out _));

    // The person a ", who …" clause describes, when [start, end] is only a name in apposition to "his/her/their
    // RELATION" closing that clause; else null.
    private Candidate? RelativeInWhoClause(int floor, int start, int end)
    {
        if (_narrative.Mentions.StartingAt(start) is not { Possessive: false, Speaker.IsPerson: true } named || named.End != end + 1) return null;
        var relation = start - 2;
        if (!Text.IsPunctuation(start - 1, ',') || !Text.IsWord(relation) || !RelationMentions.Relations.Contains(Text.Word(relation))
            || !Text.IsWord(relation - 1) || !IsPossessivePronoun(Text.Word(relation - 1))) return null;
        var who = PreviousWho(floor, relation - 1);
        if (who < 0 || _narrative.Mentions.EndingAt(who - 2) is not { Possessive: false } antecedent) return null;
        return new Candidate(SubjectKind.Entity, antecedent.Token, antecedent.End, antecedent.Speaker.IsPerson, antecedent);
    }

    private static bool IsPossessivePronoun(ReadOnlySpan<char> w) =>
        w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
        || w.Equals("their", StringComparison.OrdinalIgnoreCase);

    // "the independent body for patients in Wales", "the union that represents workers": an appositive opened by a
    // determiner has its head before its first preposition or "that"; the people named after it are not whom it describes.
    private int AppositiveHeadEnd(int start, int end)
    {
        if (!_narrative.IsDeterminer(start)) return end;
        for (var k = start + 2; k <= end; k++)
            if (Text.IsWord(k) && (_narrative.IsPreposition(k) || Text.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase))) return k - 1;
        return end;
    }

    // "A senior EU official", "one Brodie engineer", "a Treasury source": an indefinite, up to three modifiers (a name
    // among them only modifies) and a lowercase noun for an unnamed member or voice, not a spokesperson, ending the phrase.
    private bool UnnamedMemberPhrase(int start, int end)
    {
        if (!_narrative.IsIndefinite(start) || end - start < 1 || end - start > 4 || !Text.IsWord(end) || Text.IsCapitalized(end)) return false;
        var noun = Text.Word(end);
        if (ProxyNouns.Contains(noun) || !(AnonymousMemberNouns.Contains(noun) || OrganizationVoiceNouns.Contains(noun))) return false;
        for (var k = start + 1; k < end; k++)
        {
            if (!Text.IsWord(k) || Text.Tokens[k].Possessive) return false;
            if (_narrative.Mentions.StartingAt(k) is { Speaker.IsPerson: true } person && person.End != end) return false;
        }
        return true;
    }

    private static bool IsCoordinator(ReadOnlySpan<char> w) =>
        w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase)
        || w.Equals("so", StringComparison.OrdinalIgnoreCase) || w.Equals("yet", StringComparison.OrdinalIgnoreCase);

    // The latest ", who" in [floor, before), or -1.
    private int PreviousWho(int floor, int before)
    {
        for (var k = before - 1; k > floor; k--)
            if (IsWho(k) && Text.IsPunctuation(k - 1, ',')) return k;
        return -1;
    }

    private bool IsWho(int t) => Text.IsWord(t) && Text.Word(t).Equals("who", StringComparison.OrdinalIgnoreCase);

    private bool StartsRelativeClause(int t) =>
        Text.IsWord(t) && Text.Word(t) is var w
        && (w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("which", StringComparison.OrdinalIgnoreCase)
            || w.Equals("whose", StringComparison.OrdinalIgnoreCase) || w.Equals("whom", StringComparison.OrdinalIgnoreCase));

    private bool IsBoundary(int t)
    {
        var token = Text.Tokens[t];
        if (token.Kind == TokenKind.Quotation) return true;
        if (token.Kind != TokenKind.Punctuation || Text.Body[token.Start] is not (',' or ';' or ':' or '(' or ')' or '\u2014' or '\u2013')) return false;
        // The comma of a name ("the Ministry of Housing, Communities and Local Government") ends no phrase.
        return Text.Body[token.Start] != ',' || !_narrative.Mentions.Inside(t);
    }

    private enum SubjectKind
    {
        Entity,
        Pronoun,
        Role,
        Source,
        OrganizationNoun,
        Proxy,
        OrganizationVoice,
        Age,
        Descriptor,
        Inspectors,
    }

    private readonly record struct Candidate(SubjectKind Kind, int Token, int End, bool PersonLike, Mention? Mention = null, int Noun = -1);

    private bool TryCandidate(int t, int limit, out Candidate candidate)
    {
        candidate = default;
        if (!Text.IsWord(t)) return false;
        if (_narrative.Mentions.StartingAt(t) is { } mention && mention.End <= limit)
        {
            candidate = new Candidate(SubjectKind.Entity, t, mention.End, mention.Speaker.IsPerson, mention);
            return true;
        }
        var word = Text.Word(t);
        if (IsPronoun(word))
        {
            candidate = new Candidate(SubjectKind.Pronoun, t, t + 1, !word.Equals("it", StringComparison.OrdinalIgnoreCase));
            return true;
        }
        // "Police said …": the one organization noun news uses without an article, for the force the text named.
        // Not "police sources said" (unnamed) nor "Police Scotland" (a name): only the noun before its verb.
        if (word.Equals("police", StringComparison.OrdinalIgnoreCase)
            && (!Text.IsWord(t + 1) || PoliceCues.TryMatch(Text, t + 1, out _) || _narrative.IsAdverb(t + 1) || Auxiliaries.Contains(Text.Word(t + 1))))
        {
            candidate = new Candidate(SubjectKind.OrganizationNoun, t, t + 1, false, Noun: t);
            return true;
        }
        // "Inspectors said staff were …": the people who examined something for the organization the passage is
        // about speak for it, like its spokesperson.
        var inspectors = word.Equals("the", StringComparison.OrdinalIgnoreCase) && t + 1 < limit && Text.IsWord(t + 1) ? t + 1 : t;
        if (InspectorNouns.Contains(Text.Word(inspectors)) && (inspectors + 1 >= limit || PoliceCues.TryMatch(Text, inspectors + 1, out _)
                                                               || _narrative.IsAdverb(inspectors + 1)))
        {
            candidate = new Candidate(SubjectKind.Inspectors, t, inspectors + 1, false, Noun: inspectors);
            return true;
        }
        // "Analysts at Peel Hunt said": the firm whose analysts publish the view speaks.
        if (AnalystNouns.Contains(word) && Text.IsWord(t + 1)
            && (Text.Word(t + 1).Equals("at", StringComparison.OrdinalIgnoreCase) || Text.Word(t + 1).Equals("from", StringComparison.OrdinalIgnoreCase)))
        {
            var j = t + 2;
            while (_narrative.IsDeterminer(j) && _narrative.Mentions.StartingAt(j) is null) j++;
            if (_narrative.Mentions.StartingAt(j) is { Speaker.IsPerson: false, Possessive: false } firm && firm.End <= limit)
            {
                candidate = new Candidate(SubjectKind.Entity, t, firm.End, false, firm);
                return true;
            }
        }
        if (!_narrative.IsDeterminer(t)) return false;

        // "the Kansas Republican scheduled a markup and said": a party member from a place, the second reference
        // US and UK political copy uses for the politician just named.
        if (Text.Word(t).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            var k = t + 1;
            while (k < limit && k <= t + 2 && Text.IsWord(k) && Text.IsCapitalized(k) && _narrative.Mentions.StartingAt(k) is null
                   && !PartyMembers.Contains(Text.Word(k))) k++;
            if (k < limit && Text.IsWord(k) && PartyMembers.Contains(Text.Word(k)) && _narrative.Mentions.StartingAt(k) is null
                && !(Text.IsWord(k + 1) && Text.IsCapitalized(k + 1))
)
            {
                candidate = new Candidate(SubjectKind.Descriptor, t, k + 1, true, Noun: k);
                return true;
            }
            if (t + 1 < limit && Text.IsWord(t + 1) && Nationals.Contains(Text.Word(t + 1)) && _narrative.Mentions.StartingAt(t + 1) is null
                && !(t + 2 < limit && Text.IsWord(t + 2)))
            {
                candidate = new Candidate(SubjectKind.Descriptor, t, t + 2, true, Noun: t + 1);
                return true;
            }
        }
        // "the president", "the article", "the company", "a spokeswoman for Acme": a noun within three words.
        for (var k = t + 1; k < limit && k <= t + 3 && Text.IsWord(k) && _narrative.Mentions.StartingAt(k) is null; k++)
        {
            // "the family of Ms Threlfall": the phrase's noun comes before any preposition; what follows it is another phrase.
            if (_narrative.IsPreposition(k)) break;
            var noun = Text.Word(k);
            if (IsCoordinator(noun)) break; // "a promotion and his allies": the phrase ends at the conjunction
            // "the 62-year-old said": the person the text gave that age.
            if (k == t + 1 && AgeOf(noun) > 0)
            {
                candidate = new Candidate(SubjectKind.Age, t, k + 1, true, Noun: k);
                return true;
            }
            // "a council spokeswoman", "a police source": the organization kind speaks, not a person holding a role in it.
            if (OrganizationNouns.Contains(noun) && k + 1 < limit && Text.IsWord(k + 1) && OrganizationVoiceNouns.Contains(Text.Word(k + 1)))
            {
                candidate = new Candidate(SubjectKind.OrganizationVoice, t, k + 2, false, Noun: k);
                return true;
            }
            if (ProxyNouns.Contains(noun) && FollowsPreposition(k + 2, k + 1))
            {
                candidate = new Candidate(SubjectKind.Proxy, t, k + 1, true, Noun: k); // "a spokeswoman for Acme"
                return true;
            }
            // "the authors wrote", "the auditors wrote": the writers of a report speak for it.
            if (SourceResolver.IsAuthors(noun)) { candidate = new Candidate(SubjectKind.Source, t, k + 1, false, Noun: k); return true; }
            // "Acme said the plan stands. A spokesman said: …": an indefinite spokesperson is someone new, never one
            // the article names elsewhere with that role ("Beta spokesman Jo Ames").
            if (ProxyNouns.Contains(noun) && _narrative.IsIndefinite(t) && _roleWords.Contains(noun))
            {
                candidate = new Candidate(SubjectKind.Proxy, t, k + 1, true, Noun: k);
                return true;
            }
            if (IsRoleWord(noun))
            {
                var end = k + 1;
                // "her former student Professor Ann Lee": a title that opens a name belongs to the name.
                while (end < limit && Text.IsWord(end) && _narrative.Mentions.StartingAt(end) is null && IsRoleWord(Text.Word(end))) end++;
                // "the council leader": an organization noun before the role belongs to the role phrase.
                var start = k - 1 > t && OrganizationNouns.Contains(Text.Word(k - 1)) ? k - 1 : k;
                candidate = new Candidate(SubjectKind.Role, t, end, true, Noun: start);
                return true;
            }
            if (ProxyNouns.Contains(noun)) { candidate = new Candidate(SubjectKind.Proxy, t, k + 1, true, Noun: k); return true; }
            if (SourceNouns.Contains(noun)) { candidate = new Candidate(SubjectKind.Source, t, k + 1, false, Noun: k); return true; }
            // "the school said", but "the former school cook said": an organization noun modifying the last word is no head.
            // "the city council said": the last noun of the compound is its head.
            if (OrganizationNouns.Contains(noun) && !(Text.IsWord(k + 1) && (IsRoleWord(Text.Word(k + 1)) || OrganizationNouns.Contains(Text.Word(k + 1))))
                && !(k + 2 == limit && IsDescriptorWord(k + 1)))
            {
                candidate = new Candidate(SubjectKind.OrganizationNoun, t, k + 1, false, Noun: k);
                return true;
            }
        }
        // "the former school cook said": "the" and up to three plain lowercase words right up to the verb describe
        // someone the text has named.
        if (limit - t is >= 2 and <= 4 && Text.Word(t).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            for (var k = t + 1; k < limit; k++)
                if (!IsDescriptorWord(k)) return false;
            candidate = new Candidate(SubjectKind.Descriptor, t, limit, true, Noun: limit - 1);
            return true;
        }
        return false;
    }

    // "the retired teacher", "the keen cyclist": "the", lowercase descriptors and the role word, nothing else.
    private bool DescribedOccupation(Candidate c)
    {
        if (!Text.Word(c.Token).Equals("the", StringComparison.OrdinalIgnoreCase) || c.Noun <= c.Token + 1 || c.End != c.Noun + 1) return false;
        for (var k = c.Token + 1; k < c.Noun; k++)
            if (!(IsDescriptorWord(k) || IsEpithetPlace(k, c.Noun)) || OrganizationNouns.Contains(Text.Word(k))) return false;
        return true;
    }

    // "the South Down MLA", "the Ohio senator": a capitalized word that names no entity, set before a role with which
    // it makes no office of its own ("the Health Secretary" is one), says where the person just named serves.
    private bool IsEpithetPlace(int k, int noun)
    {
        if (!Text.IsWord(k) || !Text.IsCapitalized(k) || _narrative.Mentions.StartingAt(k) is not null
            || _narrative.IsFunctionWord(Text.Word(k)) || IsRoleWord(Text.Word(k))) return false;
        var phrase = string.Join(' ', Enumerable.Range(k, noun - k + 1).Select(i => Text.Word(i).ToString()));
        return !EntityLexicon.Roles.Contains(phrase);
    }

    // A lowercase word that is no function word, adverb, conjunction, pronoun or entity name.
    private bool IsDescriptorWord(int k) =>
        Text.IsWord(k) && !Text.IsCapitalized(k) && _narrative.Mentions.StartingAt(k) is null
        && !_narrative.IsFunctionWord(Text.Word(k)) && !_narrative.IsAdverb(k) && !IsCoordinator(Text.Word(k))
        && !IsPronoun(Text.Word(k));

    private bool FollowsPreposition(int t, int floor) => _narrative.FollowsPreposition(t, floor);

    // A word of a role this article gives someone, or a role word from the shared lexicon (leader, minister).
    private bool IsRoleWord(ReadOnlySpan<char> word) =>
        _roleWords.Contains(word) || (LexiconRoleWords.Contains(word) && !ProxyNouns.Contains(word));

    public static bool IsPronoun(ReadOnlySpan<char> w) =>
        w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
        || w.Equals("it", StringComparison.OrdinalIgnoreCase) || w.Equals("they", StringComparison.OrdinalIgnoreCase);

    private Subject Resolve(Candidate c, int anchor)
    {
        var speaker = c.Kind switch
        {
            SubjectKind.Entity => c.Mention!.Value.Speaker.Entity.Name,
            SubjectKind.Pronoun => ResolvePronoun(c.Token, anchor),
            // "the spokesperson said" when someone's role is "health spokesperson" but nobody holding it was named
            // yet: the spokesperson the text brought in ("A spokesperson for Acme said …").
            SubjectKind.Role => ResolveRole(c, anchor)
                ?? (ProxyNouns.Contains(Text.Word(c.End - 1)) ? IntroducedProxy(c.Token, c.End - 1)
                    // "The retired teacher added:": a described occupation nobody holds as a role is a second
                    // reference to the person just named, like "the former school cook".
                    : DescribedOccupation(c) ? DescribedPerson(c, anchor) : null),
            SubjectKind.Source => _sources.Resolve(c.Noun, c.Token), // its owner, or the text named before this mention of it
            SubjectKind.OrganizationNoun => ResolveOrganizationNoun(Text.Word(c.Noun), anchor),
            // "A spokesman for the First Minister said": whom a spokesperson speaks for, once the text says it, is never
            // guessed from the sentence before.
            SubjectKind.Proxy => ResolveProxy(c.End, anchor)
                ?? (NamesWhomFor(c.End) ? null : IntroducedProxy(c.Token, c.Noun) ?? OrganizationBefore(c.Token)),
            SubjectKind.OrganizationVoice => ResolveProxy(c.End, anchor) ?? OrganizationHeaded(Text.Word(c.Noun).ToString(), anchor)
                ?? OrganizationDescribedAs(Text.Word(c.Noun), anchor)
                // "Wessex Constabulary confirmed the arrest. A force spokesperson said": a body whose name says its kind.
                ?? OrganizationOfKind(Text.Word(c.Noun), anchor)
                // "Acme now has three months to appeal. A company spokesman said: …": a generic kind ("company",
                // "firm"), or a kind no body of the article is ("The Department for Rural Affairs said … A
                // government spokesman said"), speaks for the organization the sentence before opened with.
                ?? (GenericOrganizationNouns.Contains(Text.Word(c.Noun)) || !AnyOrganizationOfKind(Text.Word(c.Noun)) ? OrganizationBefore(c.Token) : null)
                // "The FDA said it knew of nine cases. Inspectors from the agency visited the plant. "…," an agency
                // spokesperson said": a generic kind the sentence before kept referring to ("the agency") is the body
                // the passage is about.
                ?? (GenericOrganizationNouns.Contains(Text.Word(c.Noun)) && SentenceBeforeHas(Text.Word(c.Noun), c.Token)
                    ? LatestOrganizationSubject(anchor, IsCommercial(Text.Word(c.Noun))) : null),
            SubjectKind.Descriptor => DescribedPerson(c, anchor),
            // "Inspectors, who visited Acme and Beta, said": the body they inspect for is named before them, not in their clause.
            SubjectKind.Inspectors => InspectionAgent(Math.Min(anchor, c.Token)) ?? LatestOrganizationSubject(Math.Min(anchor, c.Token)),
            SubjectKind.Age => PersonAged(AgeOf(Text.Word(c.Noun)), anchor)
                               // "the 41-year-old councillor": else the role that follows.
                               ?? (Text.IsWord(c.End) && IsRoleWord(Text.Word(c.End))
                                   ? ResolveRole(new Candidate(SubjectKind.Role, c.Token, c.End + 1, true, Noun: c.End), anchor)
                                   : PersonInFocusAged(c.Token)),
            _ => null,
        };
        return new Subject(true, speaker, c.End);
    }

    // "the former school cook": the one person named from the paragraph before up to here, unless a plural
    // ("the parents") or someone unnamed the text brought in with the same noun ("a cook was hurt … the cook said").
    private string? DescribedPerson(Candidate c, int anchor)
    {
        var head = Text.Word(c.Noun);
        if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.OrdinalIgnoreCase)) return null;
        // "the source said", "the analyst said", "the family said": someone unnamed, or a group.
        if (UnnamedPersonNouns.Contains(head)) return null;
        var paragraphStart = _narrative.ParagraphStart(c.Token);
        var from = paragraphStart > 0 ? _narrative.ParagraphStart(paragraphStart - 1) : 0;
        for (var k = from + 1; k < c.Token; k++)
            if (Text.IsWord(k) && Text.Word(k).Equals(head, StringComparison.OrdinalIgnoreCase) && IntroducedIndefinitely(k)) return null;
        string? person = null;
        var all = _narrative.Mentions.All;
        for (var m = _narrative.Mentions.LastBefore(c.Token); m >= 0 && all[m].Token >= from; m--)
        {
            if (!all[m].Speaker.IsPerson) continue;
            // "The visitors' coach, Andreas Kask, was furious with the referee, Jo Ames. "…," the Estonian said.":
            // among several people, the one the sentence before is about — for a national or party epithet, which
            // news uses only for the person in focus (a lowercase description may set two people side by side).
            if (person is not null && person != all[m].Speaker.Entity.Name)
                return Text.IsCapitalized(c.Noun) ? SubjectOfSentenceBefore(c.Token, anchor) : DescriptionHolder(head, from, c.Token);
            person = all[m].Speaker.Entity.Name;
        }
        return person;
    }

    // "Mary Ames, a mother-of-two, … Tom Reed … "…," the mother-of-two said": among several people named in
    // [from, to), the only one the text described with that noun (the entity stage keeps the description as a role).
    private string? DescriptionHolder(ReadOnlySpan<char> head, int from, int to)
    {
        var noun = head.ToString().Replace('-', ' ');
        var all = _narrative.Mentions.All;
        var holders = new List<string>(2);
        for (var m = _narrative.Mentions.LastBefore(to); m >= 0 && all[m].Token >= from; m--)
        {
            var speaker = all[m].Speaker;
            if (speaker.IsPerson && !holders.Contains(speaker.Entity.Name) && speaker.Entity.Roles.Any(r => ContainsWords(r.Replace('-', ' '), noun)))
                holders.Add(speaker.Entity.Name);
        }
        return holders.Count == 1 ? holders[0] : null;
    }

    // The person last named, from the paragraph before up to token t, when that person holds a role with the word.
    private string? RecentHolder(string word, int t)
    {
        var paragraphStart = _narrative.ParagraphStart(t);
        var from = paragraphStart > 0 ? _narrative.ParagraphStart(paragraphStart - 1) : 0;
        var all = _narrative.Mentions.All;
        for (var m = _narrative.Mentions.LastBefore(t); m >= 0 && all[m].Token >= from; m--)
        {
            if (!all[m].Speaker.IsPerson) continue;
            return all[m].Speaker.Entity.Roles.Any(r => ContainsWords(r, word)) ? all[m].Speaker.Entity.Name : null;
        }
        return null;
    }

    // "a cook", "a young cook", "One Republican aide": the noun at k is brought in by an indefinite up to two
    // modifiers before it (lowercase descriptors, or capitalized words that name nobody).
    private bool IntroducedIndefinitely(int k)
    {
        if (_narrative.IsIndefinite(k - 1)) return true;
        for (var j = k - 1; j >= k - 2 && Text.IsWord(j); j--)
        {
            if (!IsDescriptorWord(j) && !(Text.IsCapitalized(j) && _narrative.Mentions.EndingAt(j) is not { Speaker.IsPerson: true })) return false;
            if (_narrative.IsIndefinite(j - 1)) return true;
        }
        return false;
    }

    // The person the main clause of the sentence right before the one at token t opens with; null when it opens
    // with anything else.
    private string? SubjectOfSentenceBefore(int t, int anchor)
    {
        var sentence = _narrative.SentenceStart(t);
        if (sentence == 0) return null;
        var previous = _narrative.SentenceStart(sentence - 1);
        if (Text.Tokens[previous].FirstParagraph < Text.Tokens[t].FirstParagraph - 1) return null;
        // Its first person, when only the subject phrase stands before the name ("The visitors' head coach, Lars
        // Kask, was …"), not an opening clause or phrase ("After meeting Jo Ames, …", "The card shown to Ames …").
        Mention? first = null;
        var all = _narrative.Mentions.All;
        for (var m = _narrative.Mentions.LastBefore(sentence); m >= 0 && all[m].Token >= previous; m--)
            if (all[m].Speaker.IsPerson) first = all[m];
        if (first is not { Possessive: false } person) return null;
        for (var k = previous; k < person.Token; k++)
        {
            if (!Text.IsWord(k)) continue;
            var w = Text.Word(k);
            if (_narrative.IsPreposition(k) || Subordinators.Contains(w) || StartsRelativeClause(k)
                || (!Text.IsCapitalized(k) && (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase))))
                return null;
        }
        return person.Speaker.Entity.Name;
    }


    // "62-year-old" → 62; anything else → 0.
    private static int AgeOf(ReadOnlySpan<char> word)
    {
        const string suffix = "-year-old";
        if (!word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return 0;
        return int.TryParse(word[..^suffix.Length], out var age) && age is > 0 and < 130 ? age : 0;
    }

    // The latest person named with that age beside the name ("Maria Lopez, 62," / "Maria Lopez (62)"), else nobody.
    private string? PersonAged(int age, int anchor)
    {
        var all = _narrative.Mentions.All;
        var last = _narrative.Mentions.LastBefore(anchor);
        for (var m = last; m >= 0 && last - m < MaxAgeLookBack; m--)
        {
            if (!all[m].Speaker.IsPerson) continue;
            var next = all[m].End;
            if (!(Text.IsPunctuation(next, ',') || Text.IsPunctuation(next, '(')) || !Text.IsWord(next + 1)) continue;
            if (int.TryParse(Text.Word(next + 1), out var stated) && stated == age) return all[m].Speaker.Entity.Name;
        }
        return null;
    }

    // "Para-swimmer Eilidh Munro, from Paisley, is hoping for gold. "…," said the 24-year-old.": an age the text
    // never stated beside a name is an epithet for the person in focus — the one person named from the paragraph
    // before, else whom the sentence before is about. Nobody when the text gave an age there already (to someone
    // else, "Jo Ames, 30," or "the 41-year-old councillor", or to someone unnamed, "a 24-year-old man was arrested").
    private string? PersonInFocusAged(int t)
    {
        var paragraphStart = _narrative.ParagraphStart(t);
        var from = paragraphStart > 0 ? _narrative.ParagraphStart(paragraphStart - 1) : 0;
        for (var k = from; k < t; k++)
            if (Text.IsWord(k) && AgeOf(Text.Word(k)) > 0) return null;
        string? person = null;
        var all = _narrative.Mentions.All;
        for (var m = _narrative.Mentions.LastBefore(t); m >= 0 && all[m].Token >= from; m--)
        {
            if (!all[m].Speaker.IsPerson) continue;
            var next = all[m].End;
            if ((Text.IsPunctuation(next, ',') || Text.IsPunctuation(next, '(')) && Text.IsWord(next + 1) && int.TryParse(Text.Word(next + 1), out _))
                return null;
            if (person is not null && person != all[m].Speaker.Entity.Name) return SubjectOfSentenceBefore(t, t);
            person = all[m].Speaker.Entity.Name;
        }
        return person;
    }

    /// <summary>The person "he" or "she" at token <paramref name="t"/> stands for, judged from the text before
    /// <paramref name="anchor"/>; null for any other word, or when nobody fits.</summary>
    public string? PersonalPronoun(int t, int anchor)
    {
        if (!Text.IsWord(t)) return null;
        var w = Text.Word(t);
        return w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase) ? ResolvePronoun(t, anchor) : null;
    }

    private string? ResolvePronoun(int t, int anchor)
    {
        var w = Text.Word(t);
        // "He said he expected Leader Frank Dallow to act "…"": a name after the pronoun is never what it refers to.
        anchor = Math.Min(anchor, t);
        if (w.Equals("he", StringComparison.OrdinalIgnoreCase)) return _pronouns.Resolve(anchor, Gender.He);
        if (w.Equals("she", StringComparison.OrdinalIgnoreCase)) return _pronouns.Resolve(anchor, Gender.She);
        if (w.Equals("it", StringComparison.OrdinalIgnoreCase))
            return TextBefore(t) is var text and >= 0 ? _sources.Resolve(text, text + 1) : MostRecent(anchor, s => !s.IsPerson);
        // "A Nexus spokesperson said the fault was fixed. They said: "…"": the singular "they" of the spokesperson
        // just introduced; any other "they" is a group the text seldom names.
        return w.Equals("they", StringComparison.OrdinalIgnoreCase) ? _pronouns.SpokespersonBefore(t) : null;
    }

    // "His family released a statement. It read: …": the text ("statement", "report") named after the latest
    // organization in this sentence or the one before is what "it" stands for; -1 when there is none.
    private int TextBefore(int t)
    {
        var sentence = _narrative.SentenceStart(t);
        var floor = sentence > 0 && Text.Tokens[sentence - 1].Paragraph >= Text.Tokens[sentence].FirstParagraph - 1
            ? _narrative.SentenceStart(sentence - 1) : sentence;
        for (var k = t - 1; k >= floor; k--)
        {
            if (_narrative.Mentions.EndingAt(k) is { Speaker.IsPerson: false }) return -1;
            if (Text.IsWord(k) && !Text.IsCapitalized(k) && SourceNouns.Contains(Text.Word(k))) return k;
        }
        return -1;
    }

    private static readonly string[] RoleQualifiers = WordList.Lines("speech-role-qualifiers").ToArray();

    private string? ResolveRole(Candidate c, int anchor)
    {
        // "the Denver mayor" holds for "Mayor of Denver": every word of the phrase is in the role.
        var phrase = Enumerable.Range(c.Noun, c.End - c.Noun).Select(k => Text.Word(k).ToString()).ToArray();
        // "the health secretary said" is not the "Shadow health secretary": a qualifier the words lack makes another role.
        var written = Enumerable.Range(c.Token, c.End - c.Token).Where(Text.IsWord).Select(k => Text.Word(k).ToString()).ToArray();
        bool Holds(Speaker s) => s.IsPerson && s.Entity.Roles.Any(r => phrase.All(w => ContainsWords(r, w))
                                                                      && !RoleQualifiers.Any(q => !written.Contains(q, StringComparer.OrdinalIgnoreCase) && ContainsWords(r, q)));
        // "One senior executive, who asked not to be named, said … "…," the executive said": the unnamed one the text
        // just brought in, unless someone holding the role is named after that.
        if (IndefiniteIntroduction(Text.Word(c.End - 1), c.Token) is var intro and >= 0)
        {
            for (var m = _narrative.Mentions.LastBefore(c.Token); m >= 0 && _narrative.Mentions.All[m].Token > intro; m--)
                if (Holds(_narrative.Mentions.All[m].Speaker)) return _narrative.Mentions.All[m].Speaker.Entity.Name;
            return null;
        }
        return MostRecent(anchor, Holds)
               ?? OnlyOne(_narrative.Mentions.Speakers.Where(Holds).Select(s => s.Entity.Name))
               ?? DescribedAs(phrase, anchor)
               ?? (phrase.Length == 1 ? TitledHolder(phrase[0]) : null);
    }

    // "the judge" for the one person the text titles "Mr Justice Hanratty": the role a title stands for.
    private static readonly Dictionary<string, string[]> TitlesOfRole = WordList.Lines("speech-title-roles")
        .Select(l => l.Split(':', 2))
        .ToDictionary(p => p[0].Trim(), p => p[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);

    private string? TitledHolder(string role)
    {
        if (!TitlesOfRole.TryGetValue(role, out var titles)) return null;
        bool Titled(string name) => titles.Any(t => name.StartsWith(t + " ", StringComparison.Ordinal) || name.Contains(" " + t + " ", StringComparison.Ordinal));
        return OnlyOne(_narrative.Mentions.Speakers
            .Where(s => s.IsPerson && (Titled(s.Entity.Name) || s.Entity.Aliases.Any(Titled))).Select(s => s.Entity.Name));
    }

    // The token of the latest "a/an/one/another" opening a sentence (up to three modifiers before the noun, no name
    // among them) that brings in `noun`, from the paragraph before up to `before`; -1 when none does.
    private int IndefiniteIntroduction(ReadOnlySpan<char> noun, int before)
    {
        var paragraphStart = _narrative.ParagraphStart(before);
        var from = paragraphStart > 0 ? _narrative.ParagraphStart(paragraphStart - 1) : 0;
        for (var k = before - 1; k > from; k--)
        {
            if (!Text.IsWord(k) || !Text.Word(k).Equals(noun, StringComparison.OrdinalIgnoreCase)) continue;
            for (var j = k - 1; j >= from && j >= k - 4 && Text.IsWord(j); j--)
            {
                // "A NOAA spokesperson said …": a body's name only says whom the unnamed one speaks for.
                if (_narrative.Mentions.EndingAt(j) is { } named)
                {
                    if (named.Speaker.IsPerson || named.Possessive) break;
                    j = named.Token;
                    continue;
                }
                // Only a sentence that opens with the unnamed one brings them in ("Doe, a former mayor," describes Doe).
                if (_narrative.IsIndefinite(j)) { if (j == _narrative.SentenceStart(j)) return j; break; }
                // "a spokesman for the mayor": the indefinite opens another phrase.
                if (_narrative.IsPreposition(j) || _narrative.IsDeterminer(j) || StartsRelativeClause(j)) break;
            }
        }
        return -1;
    }

    // "The leader of the council, Cllr Imran Siddiqui, …" / "Siddiqui, the council leader, …": a person the text
    // set beside those role words, most recent first.
    private string? DescribedAs(string[] phrase, int anchor)
    {
        var all = _narrative.Mentions.All;
        var oldest = Text.Tokens[anchor].FirstParagraph - 3;
        for (var m = _narrative.Mentions.LastBefore(anchor); m >= 0 && Text.Tokens[all[m].Token].Paragraph >= oldest; m--)
        {
            if (!all[m].Speaker.IsPerson) continue;
            var before = all[m].Token - 1;
            if (Text.IsPunctuation(before, ',')) before--;
            var after = Text.IsPunctuation(all[m].End, ',') ? all[m].End + 1 : -1;
            // "First Minister's Questions, … Cerys Ames": a role word that owns another noun describes nobody.
            if (phrase.All(w => InPhrase(before, -1, w, w == phrase[^1]) || (after >= 0 && InPhrase(after, +1, w, w == phrase[^1]))))
                return all[m].Speaker.Entity.Name;
        }
        return null;
    }

    // Whether `word` is among the words from token t up to the next boundary, walking in `step` direction.
    private bool InPhrase(int t, int step, string word, bool head)
    {
        for (var n = 0; t >= 0 && t < Text.Tokens.Length && n < 8 && !IsBoundary(t); t += step, n++)
            if (Text.IsWord(t) && Text.Word(t).Equals(word, StringComparison.OrdinalIgnoreCase) && !(head && Text.Tokens[t].Possessive)) return true;
        return false;
    }

    private string? ResolveOrganizationNoun(ReadOnlySpan<char> noun, int anchor)
    {
        var n = noun.ToString();
        // An alias that is only a determiner and the noun ("the company") is a coreference guess made for the whole
        // article, not a name: the company nearest the cue is a better reading of "the company said".
        bool Named(Speaker s) => !s.IsPerson && (ContainsWords(s.Entity.Name, n) || s.Entity.Aliases.Any(a => ContainsWords(a, n) && !IsGenericAlias(a, n))
                                                 || ContainsWords(KnownFullName(s.Entity.Name), n));
        return MostRecent(anchor, Named, paragraphsBack: int.MaxValue / 2)
            ?? OrganizationDescribedAs(noun, anchor)
            // "Greater Manchester Police were called … "…," the force said": a body whose name says its kind.
            ?? OrganizationOfKind(noun, anchor)
            // "Acme was inspected by Ofsted … the watchdog's report": the body the text says inspected.
            ?? (InspectingBodies.Contains(noun) ? InspectionAgent(anchor) : null)
            ?? (GenericOrganizationNouns.Contains(noun) ? LatestOrganizationSubject(anchor, IsCommercial(noun)) : null);
    }

    private const int MaxDescriptionWords = 6;

    // "The FBI said … "…," the bureau said": a body the text names only by a short form is still called by the nouns
    // of its full name, as the known-organization lists spell it ("Federal Bureau of Investigation"); "" when unknown.
    private static string KnownFullName(string name) =>
        EntityLexicon.Organizations.Group(name) is var group and >= 0 ? EntityLexicon.Organizations.Canonical(group) : "";

    // "Aslef, the train drivers' union, …" / "the drivers' union Aslef": the organization the text itself set beside
    // that noun (right before its name, or in an appositive right after it), most recent first.
    private string? OrganizationDescribedAs(ReadOnlySpan<char> noun, int anchor)
    {
        var all = _narrative.Mentions.All;
        var oldest = Text.Tokens[anchor].FirstParagraph - MaxDescriptionParagraphs;
        for (var m = _narrative.Mentions.LastBefore(anchor); m >= 0 && Text.Tokens[all[m].Token].Paragraph >= oldest; m--)
        {
            if (all[m].Speaker.IsPerson) continue;
            var before = all[m].Token - 1;
            // "the drivers' union Aslef", "the Unite union", "Aslef, the train drivers' union,".
            // "run by a private company, Tŷ Gwyn Care Ltd,": the noun and a comma before the name.
            if (Text.IsPunctuation(before, ',') && Text.IsWord(before - 1) && !Text.IsCapitalized(before - 1)
                && Text.Word(before - 1).Equals(noun, StringComparison.OrdinalIgnoreCase)) before--;
            if ((Text.IsWord(before) && Text.Word(before).Equals(noun, StringComparison.OrdinalIgnoreCase))
                || (!all[m].Possessive && Text.IsWord(all[m].End) && !Text.IsCapitalized(all[m].End) && Text.Word(all[m].End).Equals(noun, StringComparison.OrdinalIgnoreCase))
                || (Text.IsPunctuation(all[m].End, ',') && AppositiveHas(all[m].End + 1, noun)))
                return all[m].Speaker.Entity.Name;
        }
        return null;
    }

    private const int MaxDescriptionParagraphs = 6;

    // Whether `noun` is among the first few words from t, before any punctuation, name, preposition or relative pronoun.
    private bool AppositiveHas(int t, ReadOnlySpan<char> noun)
    {
        for (var n = 0; n < MaxDescriptionWords && Text.IsWord(t); n++, t++)
        {
            if (_narrative.Mentions.StartingAt(t) is not null || _narrative.IsPreposition(t) || StartsRelativeClause(t)) return false;
            if (Text.Word(t).Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // "Acme, which is owned by Beta Group, said … The company said": the organization of the latest sentence naming
    // one, and when that sentence opens with an organization, the one it opens with (its subject, not an owner or
    // partner named inside a relative clause).
    private static readonly WordLookup InspectionWords =
        new(WordList.Lines("speech-inspection-words").Where(l => !l.EndsWith('*') && !l.EndsWith('+')));
    private static readonly WordLookup InspectingBodies =
        new(WordList.Lines("speech-inspection-words").Where(l => l.EndsWith('+')).Select(l => l.TrimEnd('+')));
    private static readonly WordLookup RatingVerbs =
        new(WordList.Lines("speech-inspection-words").Where(l => l.EndsWith('*')).Select(l => l.TrimEnd('*')));

    /// <summary>The organization the text says inspected, before token <paramref name="anchor"/>: "was inspected by
    /// Ofsted", "an inspection by the CQC", "a CQC inspection", "The Care Quality Commission rated the unit inadequate
    /// after an inspection"; null when the text names none.</summary>
    public string? InspectionAgent(int anchor)
    {
        var mentions = _narrative.Mentions;
        for (var t = anchor - 1; t >= 0; t--)
        {
            if (!Text.IsWord(t)) continue;
            // "has been rated 'good' in every category by Ofsted": a rating verb's agent a few words on.
            if (RatingVerbs.Contains(Text.Word(t)) && RatedBy(t) is { } rater) return rater;
            if (!InspectionWords.Contains(Text.Word(t))) continue;
            if (Text.IsWord(t + 1) && Text.Word(t + 1).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                var j = t + 2;
                while (_narrative.IsDeterminer(j) && mentions.StartingAt(j) is null) j++;
                if (mentions.StartingAt(j) is { Speaker.IsPerson: false, Possessive: false } agent) return agent.Speaker.Entity.Name;
            }
            if (mentions.EndingAt(t - 1) is { Speaker.IsPerson: false } modifier) return modifier.Speaker.Entity.Name;
            // The body that opens the sentence and rates what it inspected.
            var sentence = _narrative.SentenceStart(t);
            if (mentions.StartingAt(sentence) is { Speaker.IsPerson: false, Possessive: false } opener)
            {
                var verb = opener.End;
                // "The Care Quality Commission (CQC) rated": past the acronym in brackets.
                if (Text.IsPunctuation(verb, '(') && Text.IsPunctuation(verb + 2, ')')) verb += 3;
                if (Text.IsWord(verb) && RatingVerbs.Contains(Text.Word(verb))) return opener.Speaker.Entity.Name;
            }
        }
        return null;
    }

    // The organization after "by" within six words of a passive rating verb ("was rated 'good' by Ofsted"), else null.
    private string? RatedBy(int verb)
    {
        if (!Text.IsWord(verb - 1) || !(Text.Word(verb - 1).Equals("been", StringComparison.OrdinalIgnoreCase)
                                        || Text.Word(verb - 1).Equals("was", StringComparison.OrdinalIgnoreCase)
                                        || Text.Word(verb - 1).Equals("were", StringComparison.OrdinalIgnoreCase)
                                        || Text.Word(verb - 1).Equals("is", StringComparison.OrdinalIgnoreCase))) return null;
        for (var k = verb + 1; k <= verb + 7 && k < Text.Tokens.Length && !Text.StartsSentence(k); k++)
        {
            if (Text.Tokens[k].Kind == TokenKind.Quotation || !Text.IsWord(k) || !Text.Word(k).Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            var j = k + 1;
            while (_narrative.IsDeterminer(j) && _narrative.Mentions.StartingAt(j) is null) j++;
            return _narrative.Mentions.StartingAt(j) is { Speaker.IsPerson: false, Possessive: false } agent ? agent.Speaker.Entity.Name : null;
        }
        return null;
    }

    // "the company", "the firm": a business, never a union, council or department.
    private static bool IsCommercial(ReadOnlySpan<char> noun) =>
        noun.Equals("company", StringComparison.OrdinalIgnoreCase) || noun.Equals("firm", StringComparison.OrdinalIgnoreCase);

    private static readonly WordLookup NonCompanyHeads = WordLookup.FromList("speech-noncompany-heads");

    private static bool IsNonCompany(string name)
    {
        var space = name.LastIndexOf(' ');
        return NonCompanyHeads.Contains(space < 0 ? name : name.AsSpan(space + 1));
    }

    private string? LatestOrganizationSubject(int anchor, bool company = false)
    {
        var all = _narrative.Mentions.All;
        var oldest = Text.Tokens[anchor].FirstParagraph - 3;
        for (var m = _narrative.Mentions.LastBefore(anchor); m >= 0 && Text.Tokens[all[m].Token].Paragraph >= oldest; m--)
        {
            if (all[m].Speaker.IsPerson || (company && IsNonCompany(all[m].Speaker.Entity.Name))) continue;
            var sentence = _narrative.SentenceStart(all[m].Token);
            for (var k = sentence; k <= sentence + 1 && k < all[m].Token; k++)
                if (_narrative.Mentions.StartingAt(k) is { Speaker.IsPerson: false } subject
                    && (k == sentence || _narrative.IsDeterminer(sentence)) && !(company && IsNonCompany(subject.Speaker.Entity.Name))
                    // "Acme's chief executive, Jo Ames, told the BBC": the organization whose staff speak opens it.
                    && (!subject.Possessive || (Text.IsWord(subject.End) && (StaffNouns.Contains(Text.Word(subject.End)) || IsRoleWord(Text.Word(subject.End))))))
                    return subject.Speaker.Entity.Name;
            // "… told the BBC": whom someone spoke to is not who the passage is about.
            if (TellsTo(all[m].Token)) continue;
            return all[m].Speaker.Entity.Name;
        }
        return null;
    }

    private static readonly SpeechCues TellCues = new();

    // A name right after a speech cue and its determiners ("told the BBC", "told Reuters"): the one spoken to.
    private bool TellsTo(int t)
    {
        var k = t - 1;
        while (_narrative.IsDeterminer(k)) k--;
        return Text.IsWord(k) && TellCues.TryMatch(Text, k, out var cue) && cue.End == k + 1;
    }

    // "a council spokeswoman said": the organization whose name's head is that noun — the only one, else the most
    // recently mentioned of several, else nobody.
    private string? OrganizationHeaded(string noun, int anchor)
    {
        bool Headed(Speaker s) => s.Entity.Kind == EntityKind.Organization
                                  && (HeadWord(s.Entity.Name).Equals(noun, StringComparison.OrdinalIgnoreCase)
                                      || s.Entity.Aliases.Any(a => HeadWord(a).Equals(noun, StringComparison.OrdinalIgnoreCase)));
        var named = _narrative.Mentions.Speakers.Where(Headed).Select(s => s.Entity.Name).Distinct().ToList();
        return named.Count switch
        {
            0 => null,
            1 => named[0],
            _ => MostRecent(anchor, Headed, paragraphsBack: int.MaxValue / 2),
        };
    }

    // "the force": the most recent organization whose name says it is of that kind (Wessex Constabulary), if the noun has kind words.
    private string? OrganizationOfKind(ReadOnlySpan<char> noun, int anchor)
    {
        if (!OrganizationKinds.Knows(noun)) return null;
        var n = noun.ToString();
        return MostRecent(anchor, s => !s.IsPerson && OrganizationKinds.Fits(n, s.Entity.Name), int.MaxValue / 2);
    }

    // Whether any organization of the article has the noun in its name or an alias, or is of that kind by its name.
    private bool AnyOrganizationOfKind(ReadOnlySpan<char> noun)
    {
        var n = noun.ToString();
        foreach (var s in _narrative.Mentions.Speakers)
            if (!s.IsPerson && (ContainsWords(s.Entity.Name, n) || s.Entity.Aliases.Any(a => ContainsWords(a, n)) || OrganizationKinds.Fits(n, s.Entity.Name)))
                return true;
        return false;
    }

    // The noun a name is built on: "Department" in "Department of Health", "Council" in "Castleford Borough Council".
    private static string HeadWord(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindIndex(words, w => w is "of" or "for");
        return of > 0 ? words[of - 1] : words.Length > 0 ? words[^1] : "";
    }

    // "The governor's office said", "Whitlock's office said": an organization named as that office if the article has
    // one ("Office of the Governor"), else the person whose office it is.
    private string? OfficeOf(Candidate c, int anchor)
    {
        if (!Text.Tokens[c.End - 1].Possessive) return null;
        var owner = Text.Word(c.End - 1).ToString();
        foreach (var s in _narrative.Mentions.Speakers)
            if (!s.IsPerson && ContainsWords(s.Entity.Name, "office") && ContainsWords(s.Entity.Name, owner)) return s.Entity.Name;
        return Resolve(c, anchor).Speaker;
    }

    // "The ministry said it would reply. A spokesperson said: …": a bare spokesperson speaks for the organization
    // that was the subject of the sentence before.
    private string? OrganizationBefore(int t)
    {
        var sentence = _narrative.SentenceStart(t);
        if (sentence == 0) return null;
        var previous = _narrative.SentenceStart(sentence - 1);
        for (var k = previous; k < sentence && k - previous <= 1; k++)
            if (_narrative.Mentions.StartingAt(k) is { Speaker.IsPerson: false, Possessive: false } m) return m.Speaker.Entity.Name;
        // "The operator, Skyline Networks, said …" / "In a statement, Skyline said …": the organization standing as
        // the subject of that sentence's speech verb, after an opening phrase or a noun it is set beside.
        for (var k = previous; k < sentence && k - previous <= MaxWordsToOrganizationSubject; k++)
        {
            if (Text.Tokens[k].Kind == TokenKind.Quotation || SpeechVerbs.TryMatch(Text, k, out _)) return null;
            if (_narrative.Mentions.StartingAt(k) is not { } m) continue;
            if (m.Speaker.IsPerson || m.Possessive || _narrative.FollowsPreposition(k, previous)) return null;
            var next = m.End;
            if (Text.IsPunctuation(next, ',') && !Text.IsPunctuation(k - 1, ',')) return null; // "Acme, …" opens a list or an aside
            if (Text.IsPunctuation(next, ',')) next++;
            return SpeechVerbs.TryMatch(Text, next, out _) || (_narrative.IsAdverb(next) && SpeechVerbs.TryMatch(Text, next + 1, out _)) ? m.Speaker.Entity.Name : null;
        }
        return null;
    }

    // Whether the sentence before the one at token t has the lowercase word ("Officers from the agency took samples").
    private bool SentenceBeforeHas(ReadOnlySpan<char> word, int t)
    {
        var sentence = _narrative.SentenceStart(t);
        if (sentence == 0) return false;
        for (var k = _narrative.SentenceStart(sentence - 1); k < sentence; k++)
            if (Text.IsWord(k) && !Text.IsCapitalized(k) && Text.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private const int MaxProxyParagraphsBack = 3;
    private const int MaxWordsToOrganizationSubject = 8;
    private static readonly SpeechCues SpeechVerbs = new();

    // ""…," the spokesman said": whom the spokesman the text brought in earlier ("a spokesman for Acme", "an Acme
    // spokesman") speaks for; null when "the" does not open the phrase or no such introduction names anyone.
    private string? IntroducedProxy(int determiner, int noun)
    {
        if (!Text.IsWord(determiner) || !Text.Word(determiner).Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var word = Text.Word(noun);
        var oldest = Text.Tokens[determiner].FirstParagraph - MaxProxyParagraphsBack;
        for (var k = determiner - 1; k >= 0 && Text.Tokens[k].Paragraph >= oldest; k--)
        {
            if (!Text.IsWord(k) || !Text.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
            // "Dublin City Council said … A spokesman said … "…," the spokesman said": read as where he came in.
            if (_narrative.IsIndefinite(k - 1)) return ResolveProxy(k + 1, k) ?? (NamesWhomFor(k + 1) ? null : OrganizationBefore(k));
            if (_narrative.Mentions.EndingAt(k - 1) is { Speaker.IsPerson: false } owner && _narrative.IsIndefinite(owner.Token - 1))
                return owner.Speaker.Entity.Name; // "an Acme spokesman"
            // "A council spokesperson said … "…," the spokesperson said": the kind of organization she speaks for, read
            // as it was where she came in.
            if (Text.IsWord(k - 1) && OrganizationNouns.Contains(Text.Word(k - 1)) && _narrative.IsIndefinite(k - 2))
                return Resolve(new Candidate(SubjectKind.OrganizationVoice, k - 2, k + 1, false, Noun: k - 1), k).Speaker;
            // "Gardaí said the day passed off quietly. A garda spokesperson said … The spokesperson added:": a
            // lowercase word for the body that no organization noun covers, read as a bare "A spokesperson said".
            if (IsDescriptorWord(k - 1) && _narrative.IsIndefinite(k - 2) && !NamesWhomFor(k + 1)) return OrganizationBefore(k);
            return null; // the latest such spokesperson is not an introduction: nothing to go on
        }
        return null;
    }

    // "for the First Minister", "for Mr Swinney": a capitalized complement after a spokesperson naming whom they speak
    // for ("for the consultancy" only points back at the organization just named).
    private bool NamesWhomFor(int end)
    {
        if (!(Text.IsWord(end) && Text.Word(end) is var w
              && (w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)
                  || w.Equals("at", StringComparison.OrdinalIgnoreCase)))) return false;
        var k = end + 1;
        while (_narrative.IsDeterminer(k)) k++;
        return Text.IsCapitalized(k);
    }

    // "a spokeswoman for Acme": the organization (or person) she speaks for; else nobody named.
    private string? ResolveProxy(int end, int anchor)
    {
        if (!Text.IsWord(end)) return null;
        var w = Text.Word(end);
        if (!(w.Equals("for", StringComparison.OrdinalIgnoreCase) || w.Equals("at", StringComparison.OrdinalIgnoreCase)
              || w.Equals("of", StringComparison.OrdinalIgnoreCase))) return null;
        var k = end + 1;
        while (_narrative.IsDeterminer(k) && _narrative.Mentions.StartingAt(k) is null) k++;
        if (_narrative.Mentions.StartingAt(k) is { } named) return named.Speaker.Entity.Name;
        // "a spokesperson for the charity Safe Streets", "for the campaign group Keep Hollin Green": the noun for its
        // kind (and a modifier) set before the name.
        for (var kind = k; kind < k + 2 && Text.IsWord(kind) && !Text.IsCapitalized(kind); kind++)
            if (OrganizationNouns.Contains(Text.Word(kind)) && _narrative.Mentions.StartingAt(kind + 1) is { Speaker.IsPerson: false } set)
                return set.Speaker.Entity.Name;
        // "a spokesman for the mayor", "for the First Minister": the person holding that role.
        if (k > end + 1 && RoleHolderAt(k, anchor) is { } holder) return holder;
        if (k == end + 1) return null;
        // "a spokesperson for the agency": the organization the noun stands for, as in "the agency said".
        if (Text.IsWord(k) && OrganizationNouns.Contains(Text.Word(k)) && !(Text.IsWord(k + 1) && IsRoleWord(Text.Word(k + 1))))
            return ResolveOrganizationNoun(Text.Word(k), anchor);
        return OrganizationByLowercaseName(k, anchor);
    }

    private const int MaxLowercaseNameModifiers = 2;

    // "for the combined authority", "for the utilities commission": a name's last words written in lowercase, an
    // organization noun after one or two modifiers — the one organization whose name or alias has those words, else
    // the one that noun stands for.
    private string? OrganizationByLowercaseName(int k, int anchor)
    {
        var noun = k;
        while (noun < k + MaxLowercaseNameModifiers && IsDescriptorWord(noun) && !OrganizationNouns.Contains(Text.Word(noun))) noun++;
        if (noun == k || !IsDescriptorWord(noun) || !OrganizationNouns.Contains(Text.Word(noun))
            || (Text.IsWord(noun + 1) && (IsRoleWord(Text.Word(noun + 1)) || ProxyNouns.Contains(Text.Word(noun + 1))))) return null;
        // "for the road safety charity Brake": the name set after its kind.
        if (Text.IsWord(noun + 1) && Text.IsCapitalized(noun + 1))
            return _narrative.Mentions.StartingAt(noun + 1) is { Speaker.IsPerson: false } set ? set.Speaker.Entity.Name : null;
        var phrase = string.Join(' ', Enumerable.Range(k, noun - k + 1).Select(i => Text.Word(i).ToString()));
        bool Named(Speaker s) => !s.IsPerson && (ContainsWords(s.Entity.Name, phrase) || s.Entity.Aliases.Any(a => ContainsWords(a, phrase)));
        return OnlyOne(_narrative.Mentions.Speakers.Where(Named).Select(s => s.Entity.Name).Distinct())
               ?? ResolveOrganizationNoun(Text.Word(noun), anchor);
    }

    // The person holding the role phrase at `t` (up to three words ending in a role word, "mayor", "First
    // Minister", "health secretary"), or null.
    private string? RoleHolderAt(int t, int anchor)
    {
        for (var head = t; head < t + 3 && Text.IsWord(head) && _narrative.Mentions.StartingAt(head) is null; head++)
        {
            // "for the trust said the chief executive …": the phrase ends at a function word, a body's noun or a verb.
            if (_narrative.IsFunctionWord(Text.Word(head)) || OrganizationNouns.Contains(Text.Word(head))
                || SpeechVerbs.TryMatch(Text, head, out _)) return null;
            if (IsRoleWord(Text.Word(head)))
                return ResolveRole(new Candidate(SubjectKind.Role, t - 1, head + 1, true, Noun: t), anchor);
        }
        return null;
    }

    /// <summary>The most recently mentioned speaker before <paramref name="anchor"/> that passes <paramref name="accept"/>,
    /// looking back no further than <paramref name="paragraphsBack"/> paragraphs.</summary>
    public string? MostRecent(int anchor, Func<Speaker, bool> accept, int paragraphsBack = 2)
    {
        var all = _narrative.Mentions.All;
        var oldest = Text.Tokens[anchor].FirstParagraph - paragraphsBack;
        for (var m = _narrative.Mentions.LastBefore(anchor); m >= 0 && Text.Tokens[all[m].Token].Paragraph >= oldest; m--)
            if (accept(all[m].Speaker)) return all[m].Speaker.Entity.Name;
        return null;
    }

    // The only element, or null when there are none or several: never a guess.
    private static string? OnlyOne(IEnumerable<string> names)
    {
        string? only = null;
        foreach (var name in names)
        {
            if (only is not null) return null;
            only = name;
        }
        return only;
    }

    // "the company", "The firm": a determiner and the noun, nothing else.
    private static bool IsGenericAlias(string alias, string noun)
    {
        var space = alias.IndexOf(' ');
        return space > 0 && alias.AsSpan(space + 1).Equals(noun, StringComparison.OrdinalIgnoreCase);
    }

    private static bool ContainsWords(string haystack, string phrase)
    {
        var i = haystack.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        while (i >= 0)
        {
            var startOk = i == 0 || !char.IsLetterOrDigit(haystack[i - 1]);
            var endOk = i + phrase.Length == haystack.Length || !char.IsLetterOrDigit(haystack[i + phrase.Length]);
            if (startOk && endOk) return true;
            i = haystack.IndexOf(phrase, i + 1, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
