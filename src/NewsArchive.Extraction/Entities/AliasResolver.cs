using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Entities;

/// <summary>One entity after alias resolution: its kind and every mention that refers to it.</summary>
internal sealed record ResolvedEntity(EntityKind Kind, IReadOnlyList<Mention> Mentions);

/// <summary>
/// Groups mentions into entities within one article. Mentions with the same name (or names a word list says are
/// the same: "Colo." and "Colorado", "ICE" and "Immigration and Customs Enforcement") group first; their evidence
/// adds up and decides the kind. Then a lone surname or given name joins the one person it fits ("Hancock" →
/// Michael Hancock; two Smiths stay apart and a bare "Smith" is dropped, unless "Mr"/"Mrs" tells them apart),
/// an acronym joins the organization whose initials it spells, "U.S. X" joins "X", "the Post" the one
/// organization with that head. Mentions that may not introduce an entity (quotations, headlines, shouting) and
/// descriptions ("the president", "the sheriff's department") join an entity only when exactly one fits.
/// </summary>
internal sealed class AliasResolver
{
    private readonly AcronymMatcher _acronyms = new();

    private sealed class Cluster
    {
        public readonly List<Mention> Mentions = [];
        public Evidence Evidence;
        public EntityKind? Kind;
        public Cluster? MergedInto;

        // Set by MergePeople on the people it indexes: a flag, not a HashSet of clusters, whose identity hashes cost more
        // than the rest of the lookup.
        public bool IsIndexedPerson;

        public Cluster Root => MergedInto?.Root ?? this;

        private Mention? _fullest;

        // The mention with the most words, then the most letters (the first such); kept up to date as mentions join.
        public Mention Fullest
        {
            get
            {
                if (_fullest is not null) return _fullest;
                foreach (var m in Mentions)
                {
                    if (m.Shape == MentionShape.Description) continue;
                    if (_fullest is null || IsFuller(m, _fullest)) _fullest = m;
                }
                return _fullest!;
            }
        }

        // Distinct roles and cores, kept as mentions arrive: asking "who holds this role" or "who is called this"
        // once per description or quoted mention must not rescan every mention (thousands of quotes repeat one name).
        // Made when needed: most clusters have no role and one core, and there are dozens of clusters per article.
        private List<string>? _roles;
        private HashSet<string>? _roleSet;
        private string? _onlyCore;
        private HashSet<string>? _cores;

        public void Add(Mention mention)
        {
            Mentions.Add(mention);
            Index(mention);
        }

        public void AddRange(IEnumerable<Mention> mentions)
        {
            foreach (var mention in mentions)
            {
                Mentions.Add(mention);
                Index(mention);
            }
        }

        private void Index(Mention mention)
        {
            AddCore(mention.Core);
            for (var k = 0; k < mention.Roles.Count; k++)
                if ((_roleSet ??= new HashSet<string>(StringComparer.Ordinal)).Add(mention.Roles[k])) (_roles ??= []).Add(mention.Roles[k]);
            // Mentions only ever join at the end, so a known fullest changes only to a strictly fuller newcomer.
            if (_fullest is not null && mention.Shape != MentionShape.Description && IsFuller(mention, _fullest)) _fullest = mention;
        }

        private void AddCore(string core)
        {
            if (_cores is not null) _cores.Add(core);
            else if (_onlyCore is null) _onlyCore = core;
            else if (!string.Equals(_onlyCore, core, StringComparison.Ordinal)) _cores = new HashSet<string>(StringComparer.Ordinal) { _onlyCore, core };
        }

        private static bool IsFuller(Mention m, Mention than) =>
            m.Words.Length > than.Words.Length || (m.Words.Length == than.Words.Length && m.Core.Length > than.Core.Length);

        /// <summary>Every role its mentions give, each once, in first-seen order.</summary>
        public IReadOnlyList<string> Roles => (IReadOnlyList<string>?)_roles ?? [];

        public bool HasMentionWithCore(string core) =>
            _cores?.Contains(core) ?? string.Equals(_onlyCore, core, StringComparison.Ordinal);

        /// <summary>Every distinct core of its mentions, in first-seen order.</summary>
        public IEnumerable<string> Cores => _cores ?? (_onlyCore is null ? [] : [_onlyCore]);

        public bool IsMultiWordPerson => Kind == EntityKind.Person && Fullest.Words.Length > 1;
    }

    public IReadOnlyList<ResolvedEntity> Resolve(IReadOnlyList<Mention> mentions)
    {
        // Sized for every mention up front: grown step by step, it rehashed every key so far.
        var byKey = new Dictionary<ClusterKey, Cluster>(mentions.Count);
        var clusters = new List<Cluster>();
        foreach (var mention in mentions)
        {
            if (StaysKnownOnly(mention) || mention.Shape == MentionShape.Description) continue;
            var key = Key(mention);
            if (!byKey.TryGetValue(key, out var cluster))
            {
                cluster = new Cluster();
                byKey[key] = cluster;
                clusters.Add(cluster);
            }
            cluster.Add(mention);
            cluster.Evidence += mention.Evidence;
        }
        foreach (var cluster in clusters) cluster.Kind = TeamOrKind(cluster);
        NameBySurnameAlone(clusters, byKey);

        LinkIntroducedAcronyms(clusters, byKey);
        MergePeople(clusters);
        MergeOrganizations(clusters);

        var live = clusters.Where(c => c.MergedInto is null && c.Kind is not null).ToList();
        live = MergeSameNames(live);
        var known = new LiveIndex(live);
        foreach (var mention in mentions)
        {
            if (mention.Shape == MentionShape.Description) continue;
            if (!StaysKnownOnly(mention)) continue;
            var target = byKey.TryGetValue(Key(mention), out var exact) && exact.Root.Kind is not null ? exact.Root : FindFor(mention, live, known);
            if (target is not null) known.Add(target, mention);
            else if (known.WithCore(mention.Core).Count == 0 && IsGrammarPlace(mention, mentions))
            {
                // "Swim in the sea at Sennen", "made in Flanders or Paris": a name the grammar makes a place and nothing
                // else is one in a quotation too.
                var place = new Cluster { Kind = EntityKind.Place };
                place.Add(mention);
                place.Evidence = mention.Evidence;
                byKey[Key(mention)] = place;
                live.Add(place);
                known = new LiveIndex(live);
            }
        }
        // "the company" … "the company": an article repeats its descriptions, and a description joining an organization
        // changes no organization's name, so each distinct one is matched by its head once.
        var byHead = new Dictionary<string, Cluster?>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Shape != MentionShape.Description) continue;
            Cluster? target;
            if (mention.Roles.Count > 0) target = HolderOf(mention.Roles[0], live);
            else if (!byHead.TryGetValue(mention.Core, out target)) byHead[mention.Core] = target = OrganizationByHead(mention.Words, live);
            target?.Add(mention);
        }
        return live.Select(c => new ResolvedEntity(c.Kind!.Value, c.Mentions)).ToList();
    }

    // A country or city from the gazetteer, or a well-known organization, is one wherever it is written, a quotation
    // included ("leave for Australia", "Nobody in the Treasury wants to hear it"); an unknown name there introduces nothing.
    private static bool StaysKnownOnly(Mention mention) =>
        mention.KnownOnly && !(mention.PlaceGroup >= 0 && mention.OrganizationGroup < 0 && mention.Evidence.Decide() == EntityKind.Place)
        && !(mention.OrganizationGroup >= 0 && mention.Words.Length > 0 && mention.Evidence.Decide() == EntityKind.Organization);

    // Not when the name only opens a longer name that is no place ("since the Almeda" after "the Almeda Fire", "in
    // Medicaid" beside "the Medicaid Fraud Control Unit").
    private static bool IsGrammarPlace(Mention mention, IReadOnlyList<Mention> mentions)
    {
        // A shouted byline ("HANNAH CORBETT,") takes a dateline's comma: capitals prove nothing here.
        if (mention.Shape != MentionShape.Name || mention.OrganizationGroup >= 0 || !mention.Core.Any(char.IsLower)
            || mention.Evidence is not { Place: >= 2, Person: <= 0 } || mention.Evidence.Organization > (mention.Evidence.Place >= 3 ? 1 : 0)) return false;
        // Several words need a place word to close them ("Grass Valley", "El Dorado County"): "into Sanctuary Cities" is
        // a capitalized common noun, "Reporting by Jo Roe in Leeds and Ann Doe-Lee in York" a reporter.
        // A compass word before a known place is a region of it ("Central Florida").
        if (mention.Words.Length > 1 && !EntityLexicon.PlaceHeads.Contains(mention.Words[^1])
            && !(mention.Words[0] is "North" or "South" or "East" or "West" or "Central" or "Northern" or "Southern" or "Eastern" or "Western"
                 && EntityLexicon.Places.Contains(string.Join(' ', mention.Words[1..])))) return false;
        // "the Royal Liverpool Hospital on Prescot Street": a body standing in a street is no place of its own.
        foreach (var word in mention.Words)
            if (EntityLexicon.OrganizationHeads.Contains(word)) return false;
        var prefix = mention.Core + " ";
        foreach (var other in mentions)
            if (other.Shape != MentionShape.Description && other.Core.StartsWith(prefix, StringComparison.Ordinal) && other.Evidence.Decide() != EntityKind.Place)
                return false;
        return true;
    }

    // What groups mentions first: a listed organization's or place's group, else the name itself. A value, not a
    // string made for every mention only to be looked up.
    private readonly record struct ClusterKey(char Kind, int Group, string? Core)
    {
        public static ClusterKey Organization(int group) => new('o', group, null);
        public static ClusterKey Place(int group) => new('p', group, null);
        public static ClusterKey Name(string core) => new('n', -1, core);
    }

    private static ClusterKey Key(Mention mention) =>
        mention.OrganizationGroup >= 0 ? ClusterKey.Organization(mention.OrganizationGroup)
        : mention.PlaceGroup >= 0 ? ClusterKey.Place(mention.PlaceGroup)
        : ClusterKey.Name(mention.Core);

    private static void Merge(Cluster from, Cluster into)
    {
        from = from.Root;
        into = into.Root;
        if (from == into) return;
        into.AddRange(from.Mentions);
        into.Evidence += from.Evidence;
        from.MergedInto = into;
    }

    // "No. 9 Iowa beat No. 14 Maryland … Maryland head coach": a place a sports article writes as a team in a third of
    // its mentions or more is the team (the gazetteer vouches for the place in every mention, the game for the team in some).
    private static EntityKind? TeamOrKind(Cluster cluster)
    {
        var kind = cluster.Evidence.Decide();
        return kind == EntityKind.Place && cluster.Evidence.Club > 0 && cluster.Evidence.Club * 3 >= cluster.Mentions.Count ? EntityKind.Organization : kind;
    }

    // "Hallie Brandstetter tipped in a miss … Brandstetter finished with 16": news names a person in full once, then by
    // surname alone, so an undecided name of two or three plain words whose last word stands alone elsewhere is a person.
    // Organizations and places shorten to their first words ("Edison" for "Edison International"), never to the last.
    private static void NameBySurnameAlone(List<Cluster> clusters, Dictionary<ClusterKey, Cluster> byKey)
    {
        foreach (var cluster in clusters)
        {
            if (cluster.Kind is not null || cluster.Evidence.Organization > 1 || cluster.Evidence.Place > 1) continue;
            var mention = cluster.Fullest;
            if (mention.Words.Length is < 2 or > 3 || mention.Shape != MentionShape.Name || !IsPlainName(mention.Words)) continue;
            // "Supervisor of Elections Renata Villalobos": a word before a given name is the end of a title, not a name.
            if (mention.Words.Length == 3 && !EntityLexicon.IsGivenName(mention.Words[0]) && EntityLexicon.IsGivenName(mention.Words[1])) continue;
            // "London Euston … Euston", "the Edinburgh Fringe … the Fringe": a town before a name is where the thing is.
            if (EntityLexicon.Places.Contains(mention.Words[0]) && !EntityLexicon.IsGivenName(mention.Words[0])) continue;
            if (!byKey.TryGetValue(ClusterKey.Name(NameSuffixes.Surname(mention.Words)), out var surname) || surname == cluster) continue;
            if (surname.Kind is EntityKind.Organization or EntityKind.Place) continue;
            if (surname.Mentions.Any(m => m.Shape != MentionShape.Name || m.Words.Length != 1)) continue;
            cluster.Kind = EntityKind.Person;
        }
    }

    private static readonly FrozenSet<string> VenueHeads = WordList.Set("organization-venue-heads", StringComparer.Ordinal);
    private static readonly FrozenSet<string> NewspaperHeads = WordList.Set("organization-newspaper-heads", StringComparer.Ordinal);

    private static bool IsPlainName(string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length < 2 || !char.IsUpper(word[0]) || EntityClassifier.IsAcronym(word) || EntityLexicon.IsStopWord(word)
                || EntityLexicon.IsOrganizationEnd(word) || EntityLexicon.PlaceHeads.Contains(word) || VenueHeads.Contains(word) || EntityLexicon.Roles.Contains(word)
                || OrganizationCues.IsEventHead(word)) return false;
        }
        return true;
    }

    // "Santa Paula" found twice (once as a dateline, once in the text), "MEDFORD" and "Medford": one entity of one kind
    // under one name, whatever the keys that kept their mentions apart.
    private static List<Cluster> MergeSameNames(List<Cluster> live)
    {
        var byName = new Dictionary<(EntityKind, string), Cluster>();
        var kept = new List<Cluster>(live.Count);
        foreach (var cluster in live)
        {
            var key = (cluster.Kind!.Value, cluster.Fullest.Core.ToUpperInvariant());
            if (byName.TryGetValue(key, out var first) && first.Fullest.Words.Length == cluster.Fullest.Words.Length)
            {
                Merge(cluster, first);
                continue;
            }
            byName.TryAdd(key, cluster);
            kept.Add(cluster);
        }
        return kept;
    }

    // "Southern California" before "Edison": a place, or a region of one.
    private static bool IsPlaceOrRegion(string prefix)
    {
        if (EntityLexicon.Places.Contains(prefix)) return true;
        var space = prefix.IndexOf(' ');
        return space > 0 && prefix[..space] is "Northern" or "Southern" or "Eastern" or "Western" or "Central" or "North" or "South" or "East" or "West" or "Greater"
               && EntityLexicon.Places.Contains(prefix[(space + 1)..]);
    }

    // "Immigration and Customs Enforcement (ICE)": the acronym is the organization's, whatever its letters.
    private static void LinkIntroducedAcronyms(List<Cluster> clusters, Dictionary<ClusterKey, Cluster> byKey)
    {
        foreach (var cluster in clusters.ToList())
        {
            // Most clusters introduce no acronym: their mentions are not copied.
            if (!cluster.Mentions.Exists(m => m.IntroducedAcronym is not null)) continue;
            foreach (var mention in cluster.Mentions.ToList())
            {
                if (mention.IntroducedAcronym is null) continue;
                // "The England and Wales Cricket Board (ECB)": the article's own definition wins over a list that gives
                // the letters to another body.
                // "NASHVILLE, Tenn. (AP) —": a wire service's credit after a dateline is no definition.
                if (!byKey.TryGetValue(ClusterKey.Name(mention.IntroducedAcronym), out var acronym)
                    && !(cluster.Root.Kind is not EntityKind.Place && mention.PlaceGroup < 0 && EntityLexicon.Organizations.Group(mention.IntroducedAcronym) is var group and >= 0 && group != mention.OrganizationGroup
                         && byKey.TryGetValue(ClusterKey.Organization(group), out acronym) && acronym.Mentions.All(m => m.Core == mention.IntroducedAcronym))) continue;
                var kind = cluster.Root.Kind ?? acronym.Root.Kind ?? EntityKind.Organization;
                if (kind == EntityKind.Person) continue;
                Merge(acronym, cluster);
                cluster.Root.Kind = kind;
            }
        }
    }

    private void MergePeople(List<Cluster> clusters)
    {
        var people = clusters.Where(c => c.MergedInto is null && c.IsMultiWordPerson).ToList();
        // "John F. Kennedy" and "John Kennedy": same first and last word. Each joins the first person listed with
        // that pair (found by key, not by comparing every pair of people).
        var firstWithEnds = new Dictionary<(string First, string Last), Cluster>();
        foreach (var person in people)
        {
            var words = person.Fullest.Words;
            if (firstWithEnds.TryGetValue((words[0], words[^1]), out var first)) Merge(person, first);
            else firstWithEnds[(words[0], words[^1])] = person;
        }
        people = people.Where(p => p.MergedInto is null).ToList();
        MergeTwoWordSurnames(people);
        people = people.Where(p => p.MergedInto is null).ToList();
        // Lone words only ever join these people, which keeps their fullest names: index them once.
        var index = new PeopleIndex(people);
        foreach (var person in people) person.IsIndexedPerson = true;
        HashSet<string>? lastWords = null;
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null || cluster.IsIndexedPerson) continue;
            var mention = cluster.Fullest;
            if (mention.Words.Length != 1 || mention.Shape == MentionShape.Acronym) continue;
            if (cluster.Kind is EntityKind.Organization or EntityKind.Place && (mention.OrganizationGroup >= 0 || mention.PlaceGroup >= 0)
                && !SurnameOfOnePerson(cluster, mention, index)) continue;
            var matches = PeopleNamed(mention.Core, [], index);
            if (matches.Count == 1)
            {
                Merge(cluster, matches[0]);
                continue;
            }
            if (matches.Count == 0 && cluster.Kind == EntityKind.Person && IsNoOnesName(cluster, mention, lastWords ??= LastWordsOfLongerNames(clusters)))
            {
                cluster.Kind = EntityKind.Organization;
                continue;
            }
            if (matches.Count <= 1 || cluster.Kind is not (EntityKind.Person or null)) continue;
            // Two Smiths: "Mrs Smith" and "Mr Smith" may still say which; a bare "Smith" cannot, and a separate
            // "Smith" would be a false person.
            foreach (var each in cluster.Mentions)
                if (PeopleNamed(each.Core, [each], index) is [var one]) one.Add(each);
            cluster.Kind = null;
        }
    }

    // "Áine Ní Bhriain … Ms Ní Bhriain", "Marine Le Pen … Le Pen", "Dermot Ó Briain … Ó Briain said": a surname of two
    // words stands alone as a name of two words; when its first word is no given name and it ends exactly one longer
    // person's name, it is that person (by key on the last word, not by comparing every pair).
    private static void MergeTwoWordSurnames(List<Cluster> people)
    {
        ILookup<string, Cluster>? byLastWord = null;
        foreach (var person in people)
        {
            var words = person.Fullest.Words;
            if (words.Length != 2 || EntityLexicon.IsGivenName(words[0]) || NameSuffixes.Contains(words[1])) continue;
            byLastWord ??= people.ToLookup(p => p.Fullest.Words[^1], StringComparer.Ordinal);
            Cluster? fuller = null;
            var count = 0;
            foreach (var other in byLastWord[words[1]])
            {
                var longer = other.Fullest.Words;
                if (other == person || other.MergedInto is not null || longer.Length <= 2 || longer[^2] != words[0]) continue;
                fuller = other;
                count++;
            }
            if (count == 1) Merge(person, fuller!);
        }
    }

    // "Eurotunnel said", "Usdaw said": news names a person in full before it uses one word for them, so a lone word that
    // is no given name, no surname of anyone named, and never takes an honorific or a title is a body that speaks.
    // ("Valentina Morozova … Morozova": a word that ends a longer name of any kind is a surname; "his daughter, Amna," is
    // a person by more than a verb.)
    private static bool IsNoOnesName(Cluster cluster, Mention mention, HashSet<string> lastWords)
    {
        if (EntityLexicon.IsGivenName(mention.Core) || lastWords.Contains(mention.Core)) return false;
        foreach (var each in cluster.Mentions)
            if (each.Honorific is not null || each.Roles.Count > 0 || each.Words.Length != 1 || each.Evidence.Person > 2 || each.AfterPersonWord) return false;
        return true;
    }

    private static HashSet<string> LastWordsOfLongerNames(List<Cluster> clusters)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
            foreach (var mention in cluster.Mentions)
                if (mention.Words.Length > 1) words.Add(mention.Words[^1]);
        return words;
    }

    // "Superintendent Darnell Fitch ... Fitch said": after a full name, news refers to the person by surname alone, so
    // a surname that is also a listed organization's name is the person's when nothing but the list says otherwise.
    private static bool SurnameOfOnePerson(Cluster cluster, Mention mention, PeopleIndex index)
    {
        // "Imogen Batley … Batley said": a town's name that is a person's surname, with person evidence beyond the gazetteer's.
        if (cluster.Kind == EntityKind.Place && mention.PlaceGroup >= 0 && mention.OrganizationGroup < 0 && index.BySurname(mention.Core).Count == 1)
        {
            var withoutGazetteer = cluster.Evidence with { Place = cluster.Evidence.Place - 5 * cluster.Mentions.Count };
            return withoutGazetteer.Person > 0 && withoutGazetteer.Person > withoutGazetteer.Place;
        }
        if (cluster.Kind != EntityKind.Organization || mention.PlaceGroup >= 0 || index.BySurname(mention.Core).Count != 1) return false;
        var withoutList = cluster.Evidence with { Organization = cluster.Evidence.Organization - 6 * cluster.Mentions.Count };
        return withoutList.Person > 0 && withoutList.Person > withoutList.Organization;
    }

    // Multi-word people by surname and by given name, each list in the people's order.
    private sealed class PeopleIndex(List<Cluster> people)
    {
        private readonly ILookup<string, Cluster> _bySurname = people.ToLookup(p => NameSuffixes.Surname(p.Fullest.Words), StringComparer.Ordinal);
        private readonly ILookup<string, Cluster> _byGivenName = people.ToLookup(p => p.Fullest.Words[0], StringComparer.Ordinal);

        public List<Cluster> BySurname(string word) => Unmerged(_bySurname[word]);

        public List<Cluster> ByGivenName(string word) => Unmerged(_byGivenName[word]);

        // A loop: asked for every lone word, most of which name nobody (no iterator for an empty group).
        private static List<Cluster> Unmerged(IEnumerable<Cluster> group)
        {
            var found = new List<Cluster>();
            foreach (var p in group)
                if (p.MergedInto is null) found.Add(p);
            return found;
        }
    }

    // People a lone word may name: by surname, else by given name; "Mr"/"Mrs" narrows by sex.
    private static List<Cluster> PeopleNamed(string word, IEnumerable<Mention> mentions, PeopleIndex people)
    {
        var bySurname = people.BySurname(word);
        var matches = bySurname.Count > 0 ? bySurname
            : EntityLexicon.IsGivenName(word) ? people.ByGivenName(word) : [];
        if (matches.Count <= 1) return matches;
        var honorific = mentions.Select(m => m.Honorific).FirstOrDefault(h => h is not null);
        if (honorific is null) return matches;
        var male = honorific is "Mr" or "Sir" or "Lord" or "Baron";
        var female = honorific is "Mrs" or "Ms" or "Miss" or "Dame" or "Lady" or "Baroness";
        if (!male && !female) return matches;
        var names = male ? EntityLexicon.MaleNames : EntityLexicon.FemaleNames;
        var other = male ? EntityLexicon.FemaleNames : EntityLexicon.MaleNames;
        var narrowed = matches.Where(p => names.Contains(p.Fullest.Words[0]) && !other.Contains(p.Fullest.Words[0])).ToList();
        return narrowed.Count == 1 ? narrowed : matches;
    }

    private void MergeOrganizations(List<Cluster> clusters)
    {
        var organizations = clusters.Where(c => c.MergedInto is null && c.Kind == EntityKind.Organization).ToList();
        // "U.S. Immigration and Customs Enforcement" is "Immigration and Customs Enforcement"; "Apple Inc." is "Apple".
        foreach (var longer in organizations)
        foreach (var shorter in organizations)
        {
            if (longer == shorter || longer.MergedInto is not null || shorter.MergedInto is not null) continue;
            var l = longer.Fullest.Core;
            var s = shorter.Fullest.Core;
            if (l.Length <= s.Length) continue;
            // l.EndsWith(" " + s) and l.StartsWith(s + " "), without making the two strings for every pair.
            var prefix = l[^(s.Length + 1)] == ' ' && l.AsSpan(l.Length - s.Length).SequenceEqual(s) ? l[..^(s.Length + 1)] : null;
            var suffix = l[s.Length] == ' ' && l.AsSpan(0, s.Length).SequenceEqual(s) ? l[(s.Length + 1)..] : null;
            if ((prefix is not null && IsPlaceOrRegion(prefix))
                || (suffix is not null && (EntityLexicon.OrganizationSuffixes.Contains(suffix) || EntityLexicon.OrganizationSuffixes.Contains(suffix.TrimStart(',', ' ')))))
                Merge(shorter, longer);
        }
        organizations = organizations.Where(o => o.MergedInto is null).ToList();
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null) continue;
            var mention = cluster.Fullest;
            // "Meridian" after "Meridian Health": a lone word that starts exactly one organization's name.
            // "Shares in Tarrant" gives a company a place's point; the article's other mentions may still have decided it.
            if (mention.Words.Length == 1 && mention.Shape == MentionShape.Name && mention.PlaceGroup < 0 && mention.OrganizationGroup < 0
                && (cluster.Kind is EntityKind.Organization || (cluster.Kind is not EntityKind.Place && cluster.Evidence.Place <= 0))
                && cluster.Mentions.All(m => m.Honorific is null && m.Roles.Count == 0))
            {
                var startsWith = organizations.Where(o => o != cluster && o.MergedInto is null && o.Fullest.Words.Length > 1
                                                          && o.Fullest.Words[0] == mention.Core).ToList();
                if (startsWith.Count == 1)
                {
                    Merge(cluster, startsWith[0]);
                    continue;
                }
            }
            if (ShortFormOfOne(cluster, mention, organizations) is { } fuller)
            {
                Merge(cluster, fuller);
                continue;
            }
            if (cluster.Kind is EntityKind.Person) continue;
            var acronymLike = mention.Shape == MentionShape.Acronym || (mention.Words.Length > 1 && AcronymMatcherStartsWithAcronym(mention));
            if (acronymLike && cluster.Kind is EntityKind.Organization or null)
            {
                var full = organizations.Where(o => o != cluster && o.MergedInto is null && o.Fullest.Words.Length > 1
                                                    && _acronyms.Matches(mention.Core, o.Fullest.Core)).ToList();
                if (full.Count == 1)
                {
                    Merge(cluster, full[0]);
                    full[0].Root.Kind = EntityKind.Organization;
                    continue;
                }
            }
            if (mention.HeadOnly && mention.Words.Length == 1 && mention.OrganizationGroup < 0)
            {
                var withHead = organizations.Where(o => o != cluster && o.MergedInto is null && o.Fullest.Words.Length > 1
                                                        && o.Fullest.Words[^1].Equals(mention.Core, StringComparison.OrdinalIgnoreCase)).ToList();
                if (withHead.Count == 1) Merge(cluster, withHead[0]);
                // "told the Echo", "speaking to the Courant": a paper's head word alone, capitalized, is the paper itself.
                else if (withHead.Count == 0 && NewspaperHeads.Contains(mention.Core)) cluster.Kind = EntityKind.Organization;
                // "calling on the Government to act": British and Irish news capitalize their national government alone
                // (the classifier decided it; "the Government" beside "the Scottish Government" joins it above).
                else if (mention.OrganizationGroup < 0 && !(withHead.Count == 0 && mention.Core is "Government" && cluster.Kind is EntityKind.Organization))
                    cluster.Kind = null;
                continue;
            }
        }
    }

    private static readonly FrozenSet<string> ClubSuffixes = WordList.Set("organization-club-suffixes", StringComparer.Ordinal);

    // Clubs and bodies are shortened in two more ways: the town a club is named for, when the article writes it as
    // the club ("Bolton" beside "Bolton Wanderers", "Newcastle" beside "Newcastle United"), and the last word of a name
    // that is no organization word ("Villa" for Aston Villa, "Vale" for Port Vale, "the Sinfonia", "the Proms").
    private static Cluster? ShortFormOfOne(Cluster cluster, Mention mention, List<Cluster> organizations)
    {
        if (mention.Shape != MentionShape.Name || cluster.Kind is EntityKind.Person or EntityKind.Place) return null;
        // ("Villa’s president of football operations, Dominic Hale": a club decided as one may carry a role it owns.)
        if (cluster.Kind is not EntityKind.Organization && cluster.Mentions.Any(m => m.Honorific is not null || m.Roles.Count > 0)) return null;
        // "Kansas City" beside "Kansas City Royals" in a baseball story: a town written as its club.
        if (mention.Words.Length > 1 && cluster.Kind is EntityKind.Organization && mention.PlaceGroup >= 0)
        {
            var clubs = organizations.Where(o => o != cluster && o.MergedInto is null && o.Fullest.Words.Length == mention.Words.Length + 1
                                                 && o.Fullest.Words.AsSpan(0, mention.Words.Length).SequenceEqual(mention.Words)
                                                 && (ClubSuffixes.Contains(o.Fullest.Words[^1]) || EntityLexicon.Organizations.Contains(o.Fullest.Core))).ToList();
            return clubs.Count == 1 ? clubs[0] : null;
        }
        // "Garrowhill High" for Garrowhill High School, "Northern Crest" for Northern Crest Rail: the opening words of one name.
        if (mention.Words.Length > 1)
        {
            // "Caledon University" is whole: its Students' Association is another body.
            if (mention.PlaceGroup >= 0 || mention.OrganizationGroup >= 0 || EntityLexicon.IsOrganizationEnd(mention.Words[^1])) return null;
            var longer = organizations.Where(o => o != cluster && o.MergedInto is null && o.Fullest.Words.Length > mention.Words.Length
                                                  && o.Fullest.Words.AsSpan(0, mention.Words.Length).SequenceEqual(mention.Words)).ToList();
            return longer.Count == 1 ? longer[0] : null;
        }
        var word = mention.Core;
        if (cluster.Kind is EntityKind.Organization && (mention.PlaceGroup >= 0 || mention.OrganizationGroup >= 0))
        {
            // "Detroit" beside "Detroit Lions": the club is named by a club suffix or known as a club.
            var clubs = organizations.Where(o => o != cluster && o.MergedInto is null && o.Fullest.Words is [var town, var suffix]
                                                 && town == word && (ClubSuffixes.Contains(suffix) || EntityLexicon.Organizations.Contains(o.Fullest.Core))).ToList();
            return clubs.Count == 1 ? clubs[0] : null;
        }
        if (mention.PlaceGroup >= 0 || mention.OrganizationGroup >= 0 || EntityLexicon.IsOrganizationEnd(word) || EntityLexicon.PlaceHeads.Contains(word)
            || ClubSuffixes.Contains(word) || EntityLexicon.IsGivenName(word) || EntityLexicon.Roles.Contains(word)) return null;
        var ending = organizations.Where(o => o != cluster && o.MergedInto is null && o.Fullest.Words.Length > 1 && o.Fullest.Words[^1] == word).ToList();
        return ending.Count == 1 ? ending[0] : null;
    }

    // "ACLU of Colorado" may abbreviate "American Civil Liberties Union of Colorado".
    private static bool AcronymMatcherStartsWithAcronym(Mention mention) => EntityClassifier.IsAcronym(mention.Words[0]);

    // A mention from a quotation or headline: the one entity whose name, surname or acronym it is.
    private Cluster? FindFor(Mention mention, List<Cluster> live, LiveIndex known)
    {
        if (mention.Words.Length == 1)
        {
            var named = PeopleNamed(mention.Core, [mention], known.People);
            if (named.Count == 1) return named[0];
        }
        if (mention.Shape == MentionShape.Acronym)
        {
            var full = live.Where(c => c.Kind == EntityKind.Organization && _acronyms.Matches(mention.Core, c.Fullest.Core)).ToList();
            if (full.Count == 1) return full[0];
        }
        var same = known.WithCore(mention.Core);
        return same.Count == 1 ? same[0] : null;
    }

    // Quoted and headline mentions look the live entities up by name one after another. The lookups stay valid
    // while the mentions they add leave every entity's fullest name as it was (the usual case), so they are built
    // once, not once per mention, and rebuilt only when a fuller name arrives.
    private sealed class LiveIndex(List<Cluster> live)
    {
        private PeopleIndex? _people;
        private Dictionary<string, List<Cluster>>? _byCore;

        public PeopleIndex People => _people ??= new PeopleIndex(live.Where(c => c.IsMultiWordPerson).ToList());

        /// <summary>The live entities with a mention of this core (each once).</summary>
        public List<Cluster> WithCore(string core)
        {
            if (_byCore is null)
            {
                _byCore = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
                foreach (var cluster in live)
                    foreach (var each in cluster.Cores)
                        (_byCore.TryGetValue(each, out var list) ? list : _byCore[each] = []).Add(cluster);
            }
            return _byCore.TryGetValue(core, out var found) ? found : [];
        }

        public void Add(Cluster target, Mention mention)
        {
            var fullest = target.Fullest;
            var newCore = !target.HasMentionWithCore(mention.Core);
            target.Add(mention);
            if (!ReferenceEquals(target.Fullest, fullest)) _people = null;
            if (newCore && _byCore is not null)
                (_byCore.TryGetValue(mention.Core, out var list) ? list : _byCore[mention.Core] = []).Add(target);
        }
    }

    // "the president" → the one person titled President ("Mayor of Denver" holds "mayor", "U.S. Attorney General" "attorney general").
    private static Cluster? HolderOf(string role, List<Cluster> live)
    {
        // "President" before "Vice President": an exact title wins over one that merely ends with it.
        var exact = OnlyHolder(role, live, exactly: true, out var exactCount);
        if (exactCount == 1) return exact;
        var holder = OnlyHolder(role, live, exactly: false, out var count);
        return count == 1 ? holder : null;
    }

    // The person holding the role and how many do, counted to two (asked for every description: no lists or closures).
    private static Cluster? OnlyHolder(string role, List<Cluster> live, bool exactly, out int count)
    {
        Cluster? found = null;
        count = 0;
        foreach (var c in live)
        {
            if (c.Kind != EntityKind.Person) continue;
            var roles = c.Roles;
            var holds = false;
            for (var k = 0; k < roles.Count && !holds; k++)
                holds = exactly ? roles[k].Equals(role, StringComparison.OrdinalIgnoreCase) : Holds(roles[k], role);
            if (!holds) continue;
            if (++count > 1) return null;
            found = c;
        }
        return found;
    }

    private static bool Holds(string held, string role) =>
        !held.StartsWith("former ", StringComparison.OrdinalIgnoreCase) && !held.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)
        && !held.StartsWith("the former ", StringComparison.OrdinalIgnoreCase) && HoldsNow(held, role);

    private static bool HoldsNow(string held, string role) =>
        held.Equals(role, StringComparison.OrdinalIgnoreCase)
        // held ends with " " + role, or starts with role + " of ", without making either string.
        || (held.Length > role.Length && held[held.Length - role.Length - 1] == ' '
            && held.AsSpan(held.Length - role.Length).Equals(role, StringComparison.OrdinalIgnoreCase))
        || (held.Length >= role.Length + 4 && held.AsSpan(0, role.Length).Equals(role, StringComparison.OrdinalIgnoreCase)
            && held.AsSpan(role.Length, 4).Equals(" of ", StringComparison.OrdinalIgnoreCase))
        || EntityLexicon.Roles.Group(held) is var g && g >= 0 && g == EntityLexicon.Roles.Group(role);

    // "the sheriff's department" → the one organization whose name holds all its words.
    private static Cluster? OrganizationByHead(string[] words, List<Cluster> live)
    {
        var content = words.Where(w => w is not ("'s" or "’s")).ToArray();
        var fit = OnlyOrganization(live, c => ContainsAll(c.Fullest.Core, content), out var any);
        // "the company" is the one company, "the force" the one police force, "the panel" the one committee.
        if (!any && content.Length == 1 && DescriptionFinder.StandInHeads.Contains(content[0]))
            fit = OnlyOrganization(live, c => StandsFor(content[0], c.Fullest.Words), out _);
        return fit;
    }

    // A loop, not All with a lambda over the cluster: a closure per organization per description.
    private static bool ContainsAll(string name, string[] words)
    {
        foreach (var word in words)
            if (!name.Contains(word, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    // The one organization that fits, or null when none or several do (asked for every description: no lists built).
    private static Cluster? OnlyOrganization(List<Cluster> live, Func<Cluster, bool> fits, out bool any)
    {
        Cluster? found = null;
        any = false;
        foreach (var cluster in live)
        {
            if (cluster.Kind != EntityKind.Organization || !fits(cluster)) continue;
            if (any) return null;
            (found, any) = (cluster, true);
        }
        return found;
    }

    private static bool StandsFor(string head, string[] name) => head switch
    {
        "company" or "firm" => EntityLexicon.OrganizationSuffixes.Contains(name[^1]) || EntityLexicon.OrganizationSuffixes.Contains(name[^1].TrimEnd('.')),
        "force" => name.Any(w => w is "Police" or "Constabulary"),
        "panel" => name.Any(w => w is "Committee" or "Subcommittee" or "Panel" or "Commission"),
        "authority" => name.Any(w => w is "Council" or "Authority"),
        _ => false,
    };
}
