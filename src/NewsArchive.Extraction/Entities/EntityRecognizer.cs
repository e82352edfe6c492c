using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Entities;

/// <summary>
/// Finds people, organizations and places, and resolves their aliases within the article. Rule-based: capitalized
/// runs are split into titles and names, weighed by word lists and context, and grouped into entities; see
/// docs/extraction.md ("Entities") for each stage. Stateless and thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly QuotedRegionFinder _quoted = new();
    private readonly BodyTokenizer _tokenizer = new();
    private readonly CandidateFinder _candidates = new();
    private readonly RoleExtractor _roles = new();
    private readonly EntityClassifier _classifier = new();
    private readonly DescriptionFinder _descriptions = new();
    private readonly LowercaseOrganizationFinder _lowercaseOrganizations = new();
    private readonly AliasResolver _aliases = new();
    private readonly MentionCounter _counter = new();

    /// <summary>
    /// Returns the article's entities. Capitalized phrases inside <paramref name="quotations"/> never start a
    /// new entity, but mentions of entities known from elsewhere in the article count there too. The title is
    /// not read: only the body, where the publication its metadata names is an organization wherever the body writes it.
    /// </summary>
    /// <param name="document">The article; only its body and paragraphs are read (a paragraph that repeats the credit, a wire trailer or a reporter's sign-off is skipped).</param>
    /// <param name="sentences">The body's sentences; each sentence start marks a capital that proves nothing.</param>
    /// <param name="quotations">Direct quotations found in the body.</param>
    public EntitySet Recognize(ArticleDocument document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations) =>
        PlaceOpeningBodyName.Add(_counter.Count(_aliases.Resolve(FindMentions(document, sentences, quotations))));

    /// <summary>Every mention and description in the body, before alias resolution.</summary>
    internal List<Mention> FindMentions(ArticleDocument document, IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations)
    {
        var body = document.Body;
        var paragraphs = new List<TextSpan>(document.Paragraphs.Count);
        var skipped = new List<TextSpan>();
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            if (IsCredit(document, paragraph) || NewsroomCredit.Is(body, document.Paragraphs, i)) skipped.Add(paragraph);
            else paragraphs.Add(paragraph);
        }
        var quoted = _quoted.Find(body, paragraphs, quotations);
        var tokens = _tokenizer.Tokenize(body, paragraphs, sentences, quoted);
        var mentions = new List<Mention>();
        var candidates = _candidates.Find(tokens);
        foreach (var candidate in candidates)
        {
            var start = tokens.Tokens[candidate.First].Start;
            if (InsideAny(skipped, start) || IsPhotoCredit(tokens, candidate) || IsFollowChannel(tokens, candidate)) continue;
            // "HMS Queen Elizabeth", "the MV Isle of Arran": a ship, whatever title or place its name holds, is no entity.
            if (candidate.First < candidate.Last && EntityClassifier.IsShipPrefix(tokens.Text(candidate.First))) continue;
            // "(R-Staten Island)", "Sen. Jo Hale, D-Ore.,": the party is no entity, the home state or town after it is a place.
            if (RoleExtractor.IsPartyTag(tokens, candidate.First))
            {
                if (PartyTagPlace(tokens, candidate) is { } home) mentions.Add(home);
                continue;
            }
            AddMentions(tokens, SharedTitleTrimmed(tokens, candidate), mentions);
        }
        CoupleSharingSurname.Complete(body, mentions);
        mentions.AddRange(_descriptions.Find(tokens));
        var lowercase = _lowercaseOrganizations.Find(tokens);
        // "the Treasury select committee": the capitalized field is the committee's remit, no body of its own.
        foreach (var committee in lowercase)
            if (committee.Core.EndsWith(" committee", StringComparison.Ordinal))
                mentions.RemoveAll(m => m.Span.Start >= committee.Span.Start && m.Span.End <= committee.Span.End);
        mentions.AddRange(lowercase);
        TitleHoldersOffice.Add(tokens, mentions);
        PartyGroup.Add(tokens, mentions);
        NameOwnPublication(document.Source, mentions);
        MentionOwnPublication(document.Source, body, mentions);
        if (StormNames.Find(tokens, candidates) is { } storms) mentions.RemoveAll(m => StormNames.Names(storms, m));
        return mentions;
    }

    private static Mention? PartyTagPlace(TokenizedBody tokens, Candidate candidate)
    {
        var start = tokens.Tokens[candidate.First].Start + 2;
        var end = tokens.Tokens[candidate.Last].End;
        var next = candidate.Last + 1;
        if (end - start < 2 || next >= tokens.Tokens.Length || tokens.Body[tokens.Tokens[next].Start] is not (')' or ',' or ';')) return null;
        // "(D-15th District)": a numbered district is the seat, no town.
        if (char.IsAsciiDigit(tokens.Body[start])) return null;
        var name = string.Join(' ', tokens.Body[start..end].Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return new Mention
        {
            Shape = MentionShape.Name,
            Span = new TextSpan(start, end),
            Surface = name,
            Core = name,
            Words = name.Split(' '),
            KnownOnly = candidate.KnownOnly,
            Evidence = new Evidence(0, 0, 5),
            PlaceGroup = EntityLexicon.Places.Group(name),
        };
    }

    // A loop rather than a lambda: a closure over the candidate's start was allocated for every candidate.
    private static bool InsideAny(List<TextSpan> spans, int position)
    {
        foreach (var span in spans)
            if (span.Start <= position && position < span.End) return true;
        return false;
    }

    // "told the Journal" in an article from the Midwest Business Journal: the publication's own short name.
    private static void NameOwnPublication(string? source, List<Mention> mentions)
    {
        if (string.IsNullOrWhiteSpace(source)) return;
        var words = source.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!mention.HeadOnly || !mention.Core.Equals(words[^1], StringComparison.OrdinalIgnoreCase)) continue;
            mentions[i] = mention with
            {
                Core = string.Join(' ', words),
                Words = words,
                Evidence = mention.Evidence + new Evidence(0, 6, 0),
                OrganizationGroup = EntityLexicon.Organizations.Group(string.Join(' ', words)),
            };
        }
    }

    // "told POLITICO", "(Image: Liverpool Echo)": the publication the metadata names is an organization of the article
    // wherever the body writes it, in capitals or in a credit the name finder skips, by its full name or a short form
    // ("told Civil Beat" from Honolulu Civil Beat, "spoke to the M.E.N." from Manchester Evening News). A publication
    // the body never writes is not listed: annotators list the outlet only when the story names it.
    private static void MentionOwnPublication(string? source, string body, List<Mention> mentions)
    {
        if (string.IsNullOrWhiteSpace(source)) return;
        var name = source.Trim();
        if (name.StartsWith("The ", StringComparison.Ordinal)) name = name[4..];
        if (name.Length < 2 || name.Contains(',')) return;
        foreach (var form in PublicationForms(name))
            if (MentionPublicationForm(form, body, mentions)) return;
    }

    // The full name; without a leading place when two words are left ("Civil Beat"); its dotted initials ("M.E.N.").
    private static IEnumerable<(string Text, StringComparison Comparison)> PublicationForms(string name)
    {
        yield return (name, StringComparison.OrdinalIgnoreCase);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3) yield return (string.Join(' ', words[1..]), StringComparison.Ordinal);
        if (words.Length >= 3 && words.All(w => char.IsUpper(w[0])))
            yield return (string.Concat(words.Select(w => w[0] + ".")), StringComparison.Ordinal);
    }

    private static bool MentionPublicationForm((string Text, StringComparison Comparison) form, string body, List<Mention> mentions)
    {
        var name = form.Text;
        for (var at = body.IndexOf(name, form.Comparison); at >= 0; at = body.IndexOf(name, at + 1, form.Comparison))
        {
            var end = at + name.Length;
            if ((at > 0 && char.IsLetterOrDigit(body[at - 1])) || (end < body.Length && char.IsLetterOrDigit(body[end]))) continue;
            var span = new TextSpan(at, end);
            var written = body.Substring(at, name.Length);
            // "The Standard" found as a name already: that mention is the publication.
            var same = mentions.FindIndex(m => m.Span.Start <= at && m.Span.End >= end && m.Shape != MentionShape.Description);
            if (same >= 0)
            {
                mentions[same] = mentions[same] with { Evidence = mentions[same].Evidence + new Evidence(0, 6, 0) };
                return true;
            }
            // "USA" inside "USA TODAY" is no place of its own.
            mentions.RemoveAll(m => m.Span.Start >= at && m.Span.End <= end);
            var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            mentions.Add(new Mention
            {
                Shape = words.Length == 1 && EntityClassifier.IsAcronym(written) ? MentionShape.Acronym : MentionShape.Name,
                Span = span,
                Surface = written,
                Core = written,
                Words = words,
                Evidence = new Evidence(0, 6, 0),
                OrganizationGroup = EntityLexicon.Organizations.Group(written),
            });
            return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> CreditLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["Photo", "Photos", "Photograph", "Picture", "Pictures", "Image", "Images", "Credit", "Pic"]);

    // "(Quinn Harlow/Getty Images)", "(Gina Roe / Daily Courier)": a photographer credited with the agency after a slash
    // took the picture; "(Image: Courier / Rob Roe)" and "Photo: Jane Roe for The Courier" name one after the agency or
    // a credit label. The article does not mention them.
    private static bool IsPhotoCredit(TokenizedBody tokens, Candidate candidate)
    {
        if (candidate.First == candidate.Last) return false;
        var t = tokens.Tokens;
        var next = candidate.Last + 1;
        var before = candidate.First - 1;
        if (next + 1 < t.Length && tokens.Body[t[next].Start] == '/' && t[next + 1].IsCapitalizedWord && tokens.IsGivenName(candidate.First))
            return true;
        var closes = next >= t.Length || tokens.Body[t[next].Start] is ')' or '/' or '*' or '|' or ']'
                     || (t[next].IsWord && tokens.Text(next) is "for" or "via") || SameLineEnds(tokens, candidate.Last);
        if (!closes || before < 1) return false;
        // After "Agency /" or "Photo:" / "Photo by".
        if (tokens.Body[t[before].Start] == '/' && t[before - 1].Kind == NameTokenKind.Word) return true;
        if (tokens.Body[t[before].Start] == ':' && t[before - 1].IsWord && CreditLabels.Contains(tokens.Text(before - 1))) return true;
        return t[before].IsWord && tokens.Text(before) is "by" && t[before - 1].IsWord && CreditLabels.Contains(tokens.Text(before - 1));
    }

    // "Follow BBC Shropshire on Facebook, X and Instagram.": the sign-off names the platforms a newsroom posts to, which
    // the story does not mention.
    private static bool IsFollowChannel(TokenizedBody tokens, Candidate candidate)
    {
        var t = tokens.Tokens;
        var k = candidate.First - 1;
        // Back over the list of platforms to "on" (most names stop at the first word before them)…
        while (k > 0 && !(t[k].IsWord && tokens.Text(k) is "on"))
        {
            if (!(t[k].IsCapitalizedWord || tokens.Text(k) is "," or "and" or "or") || t[k].Is(NameTokenFlags.SentenceStart)) return false;
            k--;
        }
        // …then over the newsroom's name to the sentence's first word.
        for (k--; k >= 0 && t[k].IsCapitalizedWord || (k >= 0 && tokens.Text(k) is "&"); k--)
            if (t[k].Is(NameTokenFlags.SentenceStart)) return tokens.Text(k) is "Follow";
        return false;
    }

    // The name is the last thing on its line.
    private static bool SameLineEnds(TokenizedBody tokens, int last)
    {
        var body = tokens.Body;
        for (var i = tokens.Tokens[last].End; i < body.Length; i++)
        {
            if (body[i] is '\n' or '\r') return true;
            if (!char.IsWhiteSpace(body[i])) return false;
        }
        return true;
    }

    private static bool IsCredit(ArticleDocument document, TextSpan paragraph) =>
        document.Credit is { Length: > 0 } credit
        && document.Body.AsSpan(paragraph.Start, paragraph.Length).Trim().SequenceEqual(credit.AsSpan().Trim());

    // "COTA President and CEO Jo Roe", "Acme Foods Chairman and Chief Executive Jo Roe": the body's title goes on through
    // "and" to a second title before the person's name, so the run before "and" is the body and its title, not a name.
    private static Candidate SharedTitleTrimmed(TokenizedBody tokens, Candidate candidate)
    {
        var t = tokens.Tokens;
        var last = candidate.Last;
        if (last == candidate.First || last + 2 >= t.Length || tokens.Text(last + 1) is not "and" || !t[last + 2].IsCapitalizedWord) return candidate;
        var title = last;
        while (title > candidate.First && EntityLexicon.Roles.Contains(tokens.Phrase(title - 1, last))) title--;
        if (!EntityLexicon.Roles.Contains(tokens.Phrase(title, last)) || title == candidate.First) return candidate;
        var second = last + 2;
        var secondLast = second;
        // No further than the longest role: a run of capitals after "and" must not be re-read word by word to its end.
        while (secondLast + 1 < t.Length && secondLast - second + 1 < EntityLexicon.Roles.MaxWords && t[secondLast + 1].IsCapitalizedWord
               && !EntityLexicon.Roles.Contains(tokens.Phrase(second, secondLast))) secondLast++;
        return EntityLexicon.Roles.Contains(tokens.Phrase(second, secondLast)) ? candidate with { Last = title - 1 } : candidate;
    }

    private void AddMentions(TokenizedBody tokens, Candidate candidate, List<Mention> mentions)
    {
        if (CountyListItem(tokens, candidate) is { } county)
        {
            mentions.Add(county);
            return;
        }
        // "16th Street", "Southeast 14th Street": a street named by its ordinal.
        if (NumberedStreet.Find(tokens, candidate) is { } street)
        {
            mentions.Add(street);
            return;
        }
        var parsed = _roles.Parse(tokens, candidate);
        // "U.S. District Judge", "then-U.S. Attorney General": a country kept in front of a federal title is part of the
        // title, not a mention of the place ("Denver Mayor" → Mayor of Denver still names Denver).
        // "the Independent Chief Inspector of…" names an office, not a person: its qualifier is an adjective, not an organization.
        // "the Labour MP for Harwick," with no name after it still mentions the party.
        if (parsed.Qualifier is var (qualifierFirst, qualifierLast)
            && (parsed.HasName || parsed.QualifierIsPlace || EntityClassifier.Parties.Contains(tokens.Phrase(qualifierFirst, qualifierLast)))
            && !(parsed.QualifierIsPlace && parsed.Role is { } qualifiedRole && qualifiedRole.StartsWith(tokens.Phrase(qualifierFirst, qualifierLast) + " ", StringComparison.Ordinal)
                 && tokens.Text(qualifierLast) is not "County"))
            AddQualifier(tokens, qualifierFirst, qualifierLast, parsed.QualifierIsPlace, candidate.KnownOnly, mentions);
        if (!parsed.HasName)
        {
            var the = parsed.SurfaceFirst - 1;
            if (parsed.Role is not null && parsed.AfterThe && the >= 0 && tokens.Text(the) is "the" or "The")
                mentions.Add(DescriptionFinder.Describe(tokens, the, parsed.SurfaceFirst, candidate.Last, parsed.Role));
            return;
        }
        // Most names hold no role: a list is made only for one that does.
        List<string>? roles = null;
        if (parsed.Role is not null) (roles ??= new List<string>(2)).Add(parsed.Role);
        if (parsed.Role is null && _roles.LeadingRole(tokens, parsed.SurfaceFirst, parsed.CoreLast) is { } leading) (roles ??= new List<string>(2)).Add(leading);
        if (parsed.CoreLast == candidate.Last && _roles.AppositiveRole(tokens, parsed.CoreLast) is { } appositive) (roles ??= new List<string>(2)).Add(appositive);
        var core = tokens.Phrase(parsed.CoreFirst, parsed.CoreLast);
        var single = parsed.CoreFirst == parsed.CoreLast;
        // "ST. PAUL, Minn. —": the sentence splitter ends a sentence after a shouted "ST.", so the dateline's
        // place arrives without it.
        if (parsed.CoreFirst == candidate.First && parsed.CoreFirst > 0 && tokens.Tokens[parsed.CoreFirst - 1].Is(NameTokenFlags.AllCaps)
            && tokens.Text(parsed.CoreFirst - 1) is "ST." or "FT." or "MT." && DatelinePlace(tokens.Text(parsed.CoreFirst - 1) + " " + core) is { } saint)
        {
            mentions.Add(PlaceMention(tokens, parsed.CoreFirst - 1, parsed.CoreLast, candidate.KnownOnly) with { Core = saint, Words = saint.Split(' '), PlaceGroup = EntityLexicon.Places.Group(saint) });
            return;
        }
        // "Skye, Lochaber and Badenoch MSP Jane Roe": the first part of a constituency listed before a legislator's
        // title is a place, even when it is also a given name.
        if (single && parsed.SurfaceFirst == parsed.CoreFirst && StartsConstituencyList(tokens, parsed.CoreLast))
        {
            mentions.Add(PlaceMention(tokens, parsed.CoreFirst, parsed.CoreLast, candidate.KnownOnly));
            return;
        }
        // "on the Elizabeth line", "the Victoria line": a named rail line with a lower-case "line" is a route riders travel,
        // not the queen it is named for.
        if (single && parsed.AfterThe && parsed.SurfaceFirst == parsed.CoreFirst && OrganizationCues.IsLineName(core)
            && parsed.CoreLast + 1 < tokens.Tokens.Length && tokens.Tokens[parsed.CoreLast + 1].IsWord && tokens.Text(parsed.CoreLast + 1) is "line")
        {
            mentions.Add(PlaceMention(tokens, parsed.CoreFirst, parsed.CoreLast + 1, candidate.KnownOnly));
            return;
        }
        // "Jesmond Metro station", "at Monument station": a stop named with a lower-case "station" is a place riders go
        // to (a broadcaster's "the BBC station" is the body's).
        if (parsed.SurfaceFirst == parsed.CoreFirst && parsed.CoreLast == candidate.Last && StationFollows(tokens, parsed.CoreFirst, parsed.CoreLast))
        {
            mentions.Add(PlaceMention(tokens, parsed.CoreFirst, parsed.CoreLast + 1, candidate.KnownOnly));
            return;
        }
        if (DatelinePlace(core) is { } place)
        {
            mentions.Add(PlaceMention(tokens, parsed.CoreFirst, parsed.CoreLast, candidate.KnownOnly) with { Core = place, Words = place.Split(' '), PlaceGroup = EntityLexicon.Places.Group(place) });
            return;
        }
        // "a fellow Montana Republican", "The Kansas Republican scheduled…": a state and a party describe a person the
        // article names elsewhere; only the state is an entity here.
        // "a Lowell Democrat": after "a" no person's name follows, so a town the gazetteer lacks is the place too.
        if (parsed.CoreLast > parsed.CoreFirst && PartyMembers.Contains(tokens.Text(parsed.CoreLast))
            && (tokens.IsKnownPlace(parsed.CoreFirst, parsed.CoreLast - 1)
                || (parsed.SurfaceFirst == parsed.CoreFirst && parsed.CoreFirst > 0 && tokens.Text(parsed.CoreFirst - 1) is "a" or "an")))
        {
            mentions.Add(PlaceMention(tokens, parsed.CoreFirst, parsed.CoreLast - 1, candidate.KnownOnly));
            return;
        }
        if (parsed.SurfaceFirst == parsed.CoreFirst && parsed.CoreLast == candidate.Last && NumberedName(tokens, parsed.CoreFirst, parsed.CoreLast, candidate.KnownOnly) is { } numbered)
        {
            mentions.Add(numbered);
            return;
        }
        var evidence = _classifier.Score(tokens, parsed, parsed.CoreFirst, parsed.CoreLast, hasRole: roles is not null);
        if (TownBeforeLocalBody(tokens, parsed.CoreFirst, parsed.CoreLast, evidence) is var (townFirst, townLast))
            mentions.Add(PlaceMention(tokens, townFirst, townLast, candidate.KnownOnly) with { Evidence = new Evidence(0, 0, 3) });
        var organizationGroup = tokens.OrganizationGroup(parsed.CoreFirst, parsed.CoreLast);
        var introduced = IntroducedAcronym(tokens, parsed.CoreLast, core);
        // "Transport for Greater Manchester (TfGM) announced": a name spelled out before its acronym is a body's.
        if (introduced is not null && !single && parsed.Honorific is null && roles is null && IntroducedMatcher.Matches(introduced, core))
            evidence = evidence with { Organization = evidence.Organization + 3 };
        mentions.Add(new Mention
        {
            Shape = single && EntityClassifier.IsAcronym(core) ? MentionShape.Acronym : MentionShape.Name,
            Span = tokens.Span(parsed.SurfaceFirst, parsed.CoreLast),
            Surface = tokens.Phrase(parsed.SurfaceFirst, parsed.CoreLast),
            ShortSurface = parsed.TitleFirst > parsed.SurfaceFirst ? tokens.Phrase(parsed.TitleFirst, parsed.CoreLast) : null,
            Core = core,
            Words = Words(tokens, parsed.CoreFirst, parsed.CoreLast),
            Roles = roles ?? [],
            Honorific = parsed.Honorific,
            KnownOnly = candidate.KnownOnly,
            Evidence = evidence,
            IntroducedAcronym = introduced,
            OrganizationGroup = organizationGroup,
            PlaceGroup = organizationGroup >= 0 ? -1 : tokens.PlaceGroup(parsed.CoreFirst, parsed.CoreLast),
            HeadOnly = single && parsed.AfterThe && EntityLexicon.OrganizationHeads.Contains(core),
            AfterPersonWord = single && EntityClassifier.AfterPersonWord(tokens, parsed.SurfaceFirst),
            Article = parsed.AfterThe && parsed.SurfaceFirst > 0 && tokens.Text(parsed.SurfaceFirst - 1) is "the" or "The"
                ? tokens.Text(parsed.SurfaceFirst - 1) : null,
        });
        mentions[^1] = NicknamedName.Extend(tokens, mentions[^1], parsed.CoreLast);
        if (parsed.SurfaceFirst == parsed.CoreFirst && StateChamber(tokens, parsed.CoreFirst, parsed.CoreLast) is { } stateFirst)
            mentions[^1] = WithStatePrefix(tokens, mentions[^1], stateFirst);
        // "Seattle's City Council": the town's own council.
        else if (parsed.SurfaceFirst == parsed.CoreFirst && candidate.First == parsed.CoreFirst && TownsOwnBody.Owner(tokens, parsed.CoreFirst, parsed.CoreLast) is { } owner)
            mentions[^1] = TownsOwnBody.Named(tokens, mentions[^1], owner, parsed.CoreFirst);
        if (parsed.CoreLast == candidate.Last && NumberAfterHead(tokens, parsed.CoreFirst, parsed.CoreLast) is { } number)
            mentions[^1] = WithNumber(tokens, mentions[^1], number);
        if (parsed.SurfaceFirst == candidate.First && OrdinalBefore(tokens, parsed.CoreFirst, parsed.CoreLast) is { } ordinal)
            mentions[^1] = WithOrdinal(tokens, mentions[^1], ordinal);
    }

    // ", Lochaber and Badenoch MSP": commas and "and" joining capitalized words, then a legislator's title in capitals.
    private static bool StartsConstituencyList(TokenizedBody body, int last)
    {
        var tokens = body.Tokens;
        var k = last + 1;
        if (k >= tokens.Length || body.Text(k) is not ",") return false;
        var joinedByAnd = false;
        for (var parts = 0; parts < 4; parts++)
        {
            var start = ++k;
            while (k < tokens.Length && k < start + 3 && tokens[k].IsCapitalizedWord && !IsLegislatorTitle(body, k)) k++;
            if (k == start || k >= tokens.Length) return false;
            if (joinedByAnd) return IsLegislatorTitle(body, k);
            if (body.Text(k) is "and") joinedByAnd = true;
            else if (body.Text(k) is not ",") return false;
        }
        return false;
    }

    private static bool IsLegislatorTitle(TokenizedBody body, int k) =>
        body.Tokens[k].Is(NameTokenFlags.AllCaps) && EntityClassifier.IsAcronym(body.Text(k)) && EntityLexicon.Roles.Contains(body.Text(k));

    private static readonly FrozenSet<string> PartyMembers = FrozenSet.Create(StringComparer.Ordinal, ["Republican", "Democrat", "Republicans", "Democrats", "Conservative", "Tory"]);

    private static readonly FrozenSet<string> Chambers = FrozenSet.Create(StringComparer.Ordinal, ["Senate", "House", "Assembly", "Legislature", "House of Representatives", "House of Delegates", "General Assembly"]);

    // "a Georgia state Senate seat", "the state House": a state's own chamber, not the U.S. Congress's; the
    // lower-case "state" (and the state before it) belongs to its name.
    private static int? StateChamber(TokenizedBody tokens, int first, int last)
    {
        var state = first - 1;
        if (state < 0 || tokens.Text(state) is not "state" || !Chambers.Contains(tokens.Phrase(first, last))) return null;
        var place = state - 1;
        return place >= 0 && tokens.Tokens[place].IsCapitalizedWord && EntityLexicon.Places.Contains(tokens.Text(place)) ? place : state;
    }

    private static Mention WithStatePrefix(TokenizedBody tokens, Mention mention, int first)
    {
        var prefix = tokens.Phrase(first, tokens.Tokens.Length > first + 1 && tokens.Text(first) is "state" ? first : first + 1);
        var core = prefix + " " + mention.Core;
        return mention with
        {
            Span = new TextSpan(tokens.Tokens[first].Start, mention.Span.End),
            Surface = core,
            Core = core,
            Words = [.. prefix.Split(' '), .. mention.Words],
            Evidence = mention.Evidence with { Organization = mention.Evidence.Organization + 3 },
            OrganizationGroup = -1,
            PlaceGroup = -1,
        };
    }

    private static readonly FrozenSet<string> OrdinalHeads = WordList.Set("organization-ordinal-heads", StringComparer.Ordinal);

    // "the Navy's 6th Fleet", "the 82nd Airborne Division": a unit named by its ordinal.
    private static int? OrdinalBefore(TokenizedBody tokens, int first, int last)
    {
        var ordinal = first - 1;
        if (ordinal < 0 || tokens.Tokens[ordinal].Kind != NameTokenKind.Number || !OrdinalHeads.Contains(tokens.Text(last))) return null;
        if (tokens.Tokens[ordinal].End + 1 != tokens.Tokens[first].Start) return null;
        var text = tokens.Text(ordinal);
        return text.Length >= 3 && char.IsDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th" ? ordinal : null;
    }

    private static Mention WithOrdinal(TokenizedBody tokens, Mention mention, int ordinal)
    {
        var core = tokens.Text(ordinal) + " " + mention.Core;
        return mention with
        {
            Span = new TextSpan(tokens.Tokens[ordinal].Start, mention.Span.End),
            Surface = tokens.Text(ordinal) + " " + mention.Surface,
            Core = core,
            Words = [tokens.Text(ordinal), .. mention.Words],
            // "the 98th Assembly District": an ordinal before an area keeps it a place.
            Evidence = mention.Evidence.Place > mention.Evidence.Organization
                ? mention.Evidence with { Place = mention.Evidence.Place + 5 }
                : mention.Evidence with { Organization = mention.Evidence.Organization + 5 },
            OrganizationGroup = EntityLexicon.Organizations.Group(core),
        };
    }

    private static readonly FrozenSet<string> NumberedHeads = WordList.Set("org-numbered-heads", StringComparer.Ordinal);

    private static readonly FrozenSet<string> RoadWords = FrozenSet.Create(StringComparer.Ordinal, ["Interstate", "Highway"]);

    // "Interstate 35", "Highway 150": a road named by a number is a place; "the Big 12": a listed body whose name ends in a
    // number (runs of capitalized words stop before digits).
    private static Mention? NumberedName(TokenizedBody tokens, int first, int last, bool knownOnly)
    {
        var next = last + 1;
        if (next >= tokens.Tokens.Length || tokens.Tokens[next].Kind != NameTokenKind.Number || tokens.Tokens[next].Start != tokens.Tokens[last].End + 1) return null;
        var digits = tokens.Text(next);
        foreach (var ch in digits)
            if (!char.IsDigit(ch)) return null;
        if (first == last && RoadWords.Contains(tokens.Text(first))) return PlaceMention(tokens, first, next, knownOnly);
        var name = tokens.Phrase(first, last) + " " + digits;
        var group = EntityLexicon.Organizations.Group(name);
        if (group < 0) return null;
        return new Mention
        {
            Shape = MentionShape.Name,
            Span = tokens.Span(first, next),
            Surface = name,
            Core = name,
            Words = [.. Words(tokens, first, last), digits],
            KnownOnly = knownOnly,
            Evidence = new Evidence(0, 6, 0),
            OrganizationGroup = group,
            PlaceGroup = -1,
        };
    }

    // "Salt Lick Unit School District 11", "Teamsters Local 727": the number is part of the body's name.
    private static int? NumberAfterHead(TokenizedBody tokens, int first, int last)
    {
        var next = last + 1;
        if (first == last || next >= tokens.Tokens.Length || tokens.Tokens[next].Kind != NameTokenKind.Number) return null;
        if (tokens.Tokens[next].Start != tokens.Tokens[last].End + 1 || !NumberedHeads.Contains(tokens.Text(last))) return null;
        // "Local 13-1190": a union local's number may hold a hyphen between its digits.
        var digits = tokens.Text(next);
        if (!char.IsDigit(digits[0]) || !char.IsDigit(digits[^1])) return null;
        foreach (var ch in digits)
            if (!char.IsDigit(ch) && ch != '-') return null;
        return next;
    }

    // "United Auto Workers Local 719", "Machinists Lodge 1943": a union's branch is named by a number after its unit word.
    private static readonly FrozenSet<string> UnionUnits = FrozenSet.Create(StringComparer.Ordinal, ["Local", "Lodge", "Chapter"]);

    private static Mention WithNumber(TokenizedBody tokens, Mention mention, int number)
    {
        var digits = tokens.Text(number);
        var core = mention.Core + " " + digits;
        return mention with
        {
            Span = new TextSpan(mention.Span.Start, tokens.Tokens[number].End),
            Surface = mention.Surface + " " + digits,
            ShortSurface = mention.ShortSurface is null ? null : mention.ShortSurface + " " + digits,
            Core = core,
            Words = [.. mention.Words, digits],
            Evidence = UnionUnits.Contains(mention.Words[^1]) ? mention.Evidence with { Organization = mention.Evidence.Organization + 5 } : mention.Evidence,
            OrganizationGroup = EntityLexicon.Organizations.Group(core),
        };
    }

    // "Denver" in "Denver Mayor Michael Hancock" is a place mention; "Target Corp." in "Target Corp. Chief Executive"
    // an organization mention; a qualifier nothing vouches for ("Senate", "Democratic") is no mention at all.
    private void AddQualifier(TokenizedBody tokens, int first, int last, bool isPlace, bool knownOnly, List<Mention> mentions)
    {
        var name = tokens.Phrase(first, last);
        if (isPlace)
        {
            mentions.Add(PlaceMention(tokens, first, last, knownOnly));
            return;
        }
        var parsed = new ParsedName(first, first, last, null, null, null, false);
        var evidence = _classifier.Score(tokens, parsed, first, last, hasRole: false) with { Person = 0 };
        // "SDLP MLA", "GMB organiser": an acronym qualifying a title is the body its holder belongs to.
        if (first == last && EntityClassifier.IsAcronym(name) && !NotOrganizationAcronyms.Contains(name) && !tokens.IsKnownPlace(first, last)
            && !EntityLexicon.Roles.Contains(name))
            evidence = evidence with { Organization = evidence.Organization + 2 };
        if (evidence.Organization < Evidence.Threshold) return;
        mentions.Add(new Mention
        {
            Shape = first == last && EntityClassifier.IsAcronym(name) ? MentionShape.Acronym : MentionShape.Name,
            Span = tokens.Span(first, last),
            Surface = name,
            Core = name,
            Words = Words(tokens, first, last),
            KnownOnly = knownOnly,
            Evidence = evidence,
            OrganizationGroup = tokens.OrganizationGroup(first, last),
        });
    }

    private static readonly FrozenSet<string> NotOrganizationAcronyms = WordList.Set("acronyms-not-organizations", StringComparer.Ordinal);

    // "Kane, McHenry and Cook counties", "Jackson and Josephine Counties": each name of a list before a plural county or
    // parish is that county (named "Kane County", written "Kane").
    private static Mention? CountyListItem(TokenizedBody tokens, Candidate candidate)
    {
        var t = tokens.Tokens;
        int first = candidate.First, last = candidate.Last;
        if (tokens.Text(first) is "The" || tokens.IsStopWord(first)) return null;
        string? head = null;
        var nameLast = last;
        var listed = tokens.WritesCountiesOrParishes;
        if (!listed && PluralCountyHead(tokens.Text(last)) is null) return null;
        if (last > first && PluralCountyHead(tokens.Text(last)) is { } written)
        {
            head = written;
            nameLast = last - 1;
        }
        else
        {
            var k = last + 1;
            for (var steps = 0; steps < 24 && k < t.Length && head is null; steps++)
            {
                var text = tokens.Text(k);
                if (t[k].IsCapitalizedWord)
                {
                    if (PluralCountyHead(text) is { } capitalized) head = capitalized;
                    k++;
                }
                else if (text is "," or "and" or "or") k++;
                else if (text is "counties" or "parishes" && t[k - 1].IsCapitalizedWord) head = PluralCountyHead(text);
                else break;
            }
        }
        if (head is null) return null;
        for (var k = first; k <= nameLast; k++)
            if (!t[k].IsCapitalizedWord) return null;
        var core = tokens.Phrase(first, nameLast) + " " + head;
        return PlaceMention(tokens, first, last, candidate.KnownOnly) with { Core = core, Words = core.Split(' '), PlaceGroup = EntityLexicon.Places.Group(core) };
    }

    private static string? PluralCountyHead(string word) => word switch
    {
        "counties" or "Counties" => "County",
        "parishes" or "Parishes" => "Parish",
        _ => null,
    };

    private static bool StationFollows(TokenizedBody tokens, int first, int last)
    {
        var next = last + 1;
        if (next >= tokens.Tokens.Length || !tokens.Tokens[next].IsWord || tokens.Text(next) is not "station") return false;
        // ("Victoria station" too: no person is a station.)
        return !tokens.IsKnownOrganization(first, last) && !(first == last && EntityClassifier.IsAcronym(tokens.Text(first))) && !tokens.IsOrganizationHead(last);
    }

    private static Mention PlaceMention(TokenizedBody tokens, int first, int last, bool knownOnly)
    {
        var name = tokens.Phrase(first, last);
        return new Mention
        {
            Shape = MentionShape.Name,
            Span = tokens.Span(first, last),
            Surface = name,
            Core = name,
            Words = Words(tokens, first, last),
            KnownOnly = knownOnly,
            Evidence = new Evidence(0, 0, 5),
            PlaceGroup = tokens.PlaceGroup(first, last),
        };
    }

    private static readonly FrozenSet<string> LocalBodyHeads = WordList.Set("org-heads-local", StringComparer.Ordinal);
    private static readonly FrozenSet<string> TownPrefixStops = WordList.Set("town-prefix-stops", StringComparer.Ordinal);

    // "Riverton City Council", "Fenland Rivers Board", "Kittredge County Sheriff's Office": a local body's name opens with
    // its town, which the article may never name alone. Companies, publications and "X of Y" names are left alone.
    private static (int First, int Last)? TownBeforeLocalBody(TokenizedBody tokens, int first, int last, Evidence evidence)
    {
        if (last - first < 1 || evidence.Organization < 3 || evidence.Person >= evidence.Organization) return null;
        if (!LocalBodyHeads.Contains(tokens.Text(last))) return null;
        // "North Wales Police", "Severn Valley NHS Foundation Trust": a police force or NHS trust is named for a region it
        // serves, not a town the story is set in.
        if (tokens.Text(last) is "Police" or "Constabulary" || NamesNhs(tokens, first, last)) return null;
        var end = first - 1;
        for (var k = first; k < last; k++)
        {
            var word = tokens.Text(k);
            if (!tokens.Tokens[k].IsCapitalizedWord || TownPrefixStops.Contains(word)) break;
            end = k;
            if (EntityLexicon.PlaceHeads.Contains(word)) break;
        }
        if (end < first) return null;
        var head = tokens.Text(first);
        if (head.Length < 3 || EntityLexicon.IsGivenName(head) || tokens.IsKnownOrganization(first, end) || EntityClassifier.IsAcronym(head)
            || EntityLexicon.Demonyms.Contains(head) || EntityLexicon.IsStopWord(head) || EntityLexicon.Roles.Contains(head)) return null;
        // "Refugee Council" beside "refugee families": a word the article writes in lower case is the body's field, not a town.
        if (first == end && (tokens.WritesInLowerCase(head) || tokens.WritesInLowerCase(head + "s") || tokens.WritesInLowerCase(head + "es"))) return null;
        // "Cumbria County Council": the county is named Cumbria; "Allegheny County" keeps its head because the gazetteer
        // does not know the bare name.
        if (end > first && tokens.Text(end) is "County" && tokens.IsKnownPlace(first, end - 1)
            && !tokens.IsKnownPlace(first, end)) return (first, end - 1);
        // "Southeastern Pennsylvania Transportation Authority": a region of a known place names the place.
        for (var start = first + 1; start <= end; start++)
            if (tokens.IsKnownPlace(start, end)) return (start, end);
        // A town the gazetteer does not know counts only when the name says the body is the town's own ("Riverton City
        // Council", "Kittredge County Sheriff's Office", "Ventura Unified School District"): "Stepping Hill Hospital",
        // "Sierra Club", "Leith Links Community Council" and "Channel Welfare Trust" are named for a hill, a range, a park
        // or a field, which news does not count as places.
        if (!tokens.IsKnownPlace(first, end) && !(tokens.Text(end) is "County" or "Parish" or "Township")
            && !(end + 1 < last && MunicipalWords.Contains(tokens.Text(end + 1)))) return null;
        return (first, end);
    }

    // Words after a town that say the body is the town's own: its government, police, fire service, schools or library.
    private static readonly FrozenSet<string> MunicipalWords = FrozenSet.Create(StringComparer.Ordinal, ["City", "Town", "County", "Borough", "Parish", "Village", "Township", "Unified", "Area", "Police", "Fire", "Sheriff", "Sheriff's", "Public", "Metropolitan"]);

    private static bool NamesNhs(TokenizedBody tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
            if (tokens.Text(k) is "NHS") return true;
        return false;
    }

    // "WASHINGTON —": a place written in capitals, as datelines are.
    private static string? DatelinePlace(string core)
    {
        // The cheap test first: most names have a lower-case letter and are no dateline.
        if (core.Length < 4) return null;
        foreach (var ch in core)
            if (char.IsLower(ch)) return null;
        if (EntityLexicon.Organizations.Contains(core) || EntityLexicon.Places.Contains(core)) return null;
        var titled = string.Join(' ', core.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
        return EntityLexicon.Places.Contains(titled) ? titled : null;
    }

    private static string[] Words(TokenizedBody tokens, int first, int last)
    {
        var count = 0;
        for (var k = first; k <= last; k++)
            if (tokens.Tokens[k].IsWord) count++;
        var words = new string[count];
        count = 0;
        for (var k = first; k <= last; k++)
            if (tokens.Tokens[k].IsWord) words[count++] = tokens.Text(k);
        return words;
    }

    // "Immigration and Customs Enforcement (ICE)"; "Transport for Greater Manchester (TfGM)" spells its small words in lower case.
    private static string? IntroducedAcronym(TokenizedBody tokens, int last, string name)
    {
        var t = tokens.Tokens;
        if (last + 3 >= t.Length || tokens.Text(last + 1) is not "(" || tokens.Text(last + 3) is not ")") return null;
        var acronym = tokens.Text(last + 2);
        if (EntityClassifier.IsAcronym(acronym)) return acronym;
        return acronym.Length is >= 3 and <= 7 && char.IsUpper(acronym[0]) && acronym.Count(char.IsUpper) >= 2 && acronym.All(char.IsLetter)
               && IntroducedMatcher.Matches(acronym, name) ? acronym : null;
    }

    private static readonly AcronymMatcher IntroducedMatcher = new();
}
