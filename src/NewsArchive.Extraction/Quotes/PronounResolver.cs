using NewsArchive.Extraction.Lexicon;

namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Resolves "he" or "she" in an attribution to the person the passage is about: going back sentence by sentence
/// through the quotation's paragraph and the one before, the first sentence that names a compatible person gives
/// its subject (a mention that is not possessive and not after a preposition); when no sentence names one as a
/// subject, the nearest compatible mention. Names inside quotations never count.
/// </summary>
/// <remarks>
/// A paragraph before that names nobody but keeps using the same pronoun ("For her part, she admitted …")
/// continues the passage, so the search reaches one paragraph further back (at most three). When nobody fits, a
/// person in the quotation's own paragraph whose gender rests only on the given-name lists is taken as if it were
/// unknown (the text's own "she" outweighs a list that files Kiran or Jordan under one gender); then the search
/// reaches two paragraphs further for the most recent compatible person.
/// </remarks>
internal sealed class PronounResolver(
    Narrative narrative, Func<int, int, int, string?>? describedSubject = null, Func<int, int, string?>? spokespersonFor = null)
{
    private const int MaxChainedParagraphs = 3;
    private const int ExtraParagraphs = 2;
    private const int MaxChainedParagraphTokens = 400;
    private static readonly SpeechCues Cues = new();
    private static readonly WordLookup SourceNouns = WordLookup.FromList("speech-sources");
    private static readonly WordLookup RoleAndMemberNouns = new(
        EntityLexicon.Roles.Keys.Where(k => !k.Contains(' ') && !k.Contains('.'))
            .Concat(WordList.Lines("organization-member-nouns")).Concat(WordList.Lines("speech-anonymous-nouns")).Concat(WordList.Lines("speech-passerby-nouns")));
    private static readonly WordLookup Subordinators = new(
        ["when", "after", "before", "as", "because", "if", "while", "although", "though", "since", "once", "until", "whereas"]);
    private static readonly WordLookup PersonNouns = new(
        EntityLexicon.Roles.Keys.Where(k => !k.Contains(' ') && !k.Contains('.'))
            .Concat(WordList.Lines("speech-proxies")).Concat(WordList.Lines("speech-organization-voices"))
            .Concat(WordList.Lines("speech-relations")).Concat(WordList.Lines("pronouns-he")).Concat(WordList.Lines("pronouns-she"))
            .Concat(WordList.Lines("organization-member-nouns")).Concat(WordList.Lines("speech-anonymous-nouns")).Concat(WordList.Lines("speech-passerby-nouns")));

    /// <summary>The person "he"/"she" (<paramref name="gender"/>) refers to, for the quotation at token <paramref name="anchor"/>.</summary>
    public string? Resolve(int anchor, Gender gender)
    {
        var text = narrative.Text;
        var paragraph = text.Tokens[anchor].FirstParagraph;
        var oldest = paragraph - 1;
        var start = narrative.ParagraphStart(anchor);
        var stop = start;
        if (start > 0) stop = narrative.ParagraphStart(start - 1);
        while (oldest > 0 && oldest > paragraph - 1 - MaxChainedParagraphs && stop > 0 && OnlyPronoun(stop, start, gender))
        {
            start = stop;
            stop = narrative.ParagraphStart(start - 1);
            oldest--;
        }
        if (UnknownPersonIntroducedBefore(anchor)) return null;
        var found = Search(anchor, gender, oldest, lenient: false);
        // "…Their son, Thomas, died in 1994. ¶ Beyond the radio, he wrote 14 books. ¶ "…," he said.": a "he" carried
        // over whole paragraphs is the passage's main person, not someone its last sentence names once in passing.
        if (found is not null && oldest < paragraph - 1 && MentionCount(found) == 1 && !NamesPersonBetween(start, anchor)
            && MainPerson(stop, start, gender, found) is { } main) return main;
        return found
               // A name-list gender yields to a "she"/"he" in the same paragraph ("Bhatt said … 'No,' she said").
               ?? Search(anchor, gender, paragraph, lenient: true)
               // Else the most recent compatible person a little further back ("Maria Diaz opened the bakery. Her
               // husband, Juan, keeps the books. "We almost closed," she said.").
               ?? Search(anchor, gender, oldest - ExtraParagraphs, lenient: false);
    }

    private bool NamesPersonBetween(int from, int to)
    {
        var all = narrative.Mentions.All;
        for (var m = narrative.Mentions.LastBefore(to); m >= 0 && all[m].Token >= from; m--)
            if (all[m].Speaker.IsPerson) return true;
        return false;
    }

    private Dictionary<string, int>? _mentionCounts;

    private int MentionCount(string name)
    {
        if (_mentionCounts is null)
        {
            _mentionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var mention in narrative.Mentions.All)
                _mentionCounts[mention.Speaker.Entity.Name] = _mentionCounts.GetValueOrDefault(mention.Speaker.Entity.Name) + 1;
        }
        return _mentionCounts.GetValueOrDefault(name);
    }

    // The compatible person named in [from, anchor) most often in the whole article (at least three times), other
    // than `other`; null when there is none.
    private string? MainPerson(int from, int anchor, Gender gender, string other)
    {
        string? best = null;
        var bestCount = 2;
        var all = narrative.Mentions.All;
        for (var m = narrative.Mentions.LastBefore(anchor); m >= 0 && all[m].Token >= from; m--)
        {
            var speaker = all[m].Speaker;
            if (!speaker.IsPerson || speaker.Entity.Name == other || !Compatible(speaker, gender, lenient: false)) continue;
            var count = MentionCount(speaker.Entity.Name);
            if (count > bestCount) { best = speaker.Entity.Name; bestCount = count; }
        }
        return best;
    }

    private string? Search(int anchor, Gender gender, int oldest, bool lenient)
    {
        var text = narrative.Text;
        var all = narrative.Mentions.All;
        Mention? nearestAny = null;
        var m = narrative.Mentions.LastBefore(anchor);
        // Sentences between the quotation and the latest name are read too: one whose subject is an unnamed
        // person who speaks ("A worker who asked not to be named said …") is who "she said" means.
        var unread = anchor;
        var own = narrative.SentenceStart(Math.Min(anchor, text.Tokens.Length - 1));
        while (m >= 0 && text.Tokens[all[m].Token].Paragraph >= oldest)
        {
            // One sentence at a time: its earliest subject-like compatible mention wins.
            var sentence = narrative.SentenceStart(all[m].Token);
            // "A council spokeswoman said forecasts had allowed for it. "…," she said.": a spokesperson introduced in a
            // sentence that names nobody is who "she" is, speaking for the body the text says she speaks for.
            if (nearestAny is null && SpokespersonBetween(narrative.SentenceEnd(all[m].Token), unread, oldest, gender) is { } body) return body;
            if (nearestAny is null && UnnamedSpeakerBetween(narrative.SentenceEnd(all[m].Token), unread, oldest)) return null;
            // "Denham's barrister said he was sorry. But the judge said he had seen no remorse. "…," he told Denham.":
            // a later sentence whose subject is a role ("the judge") held by a fitting person is about that person.
            if (nearestAny is null && RoleSubjectBetween(narrative.SentenceEnd(all[m].Token), unread, oldest, anchor, gender) is { } holder) return holder;
            if (nearestAny is null && ProxySpeaker(sentence, gender) is { } spokesman) return spokesman;
            Mention? subject = null, mainSubject = null, speaking = null, lastClause = null, gendered = null;
            // "He credited his coach, Marcus Fenwick, with the change. "…," he said.": a sentence whose subject is
            // the same pronoun carries the passage's person on; the names in its object are not who "he" is.
            var continues = sentence != own && OpensWithPronoun(sentence, gender);
            // Whether nobody compatible was named nearer the quotation, and this sentence names one only inside a
            // prepositional phrase ("working on Corbin Lane").
            var onlyInPhrases = nearestAny is null;
            for (; m >= 0 && all[m].Token >= sentence; m--)
            {
                var mention = all[m];
                if (continues || !mention.Speaker.IsPerson || !Compatible(mention.Speaker, gender, lenient)) continue;
                // "One Brodie engineer told …": a name that only modifies a person noun is not who the sentence is about.
                if (ModifiesPersonNoun(mention) || ModifiesUnnamedNoun(mention.Token)) continue;
                // "A voter who declined to give his name said he had ranked Okafor-Lind last.": a name in what an
                // unnamed speaker said is not who speaks next.
                if (InReportedClause(mention.Token, sentence) && UnnamedSpeaker(sentence, narrative.SentenceEnd(sentence))) continue;
                if (!narrative.FollowsPreposition(mention.Token, sentence)) onlyInPhrases = false;
                // "Asked by his barrister, Jo Ames, why he did it, he replied": the opening participle's own subject is
                // the pronoun; whoever that clause names asked or was asked about.
                if (sentence == own && OpensWithPastParticiple(sentence) && InOpeningSubordinateClause(sentence, mention.Token)) continue;
                nearestAny ??= mention;
                if (!narrative.IsSubjectLike(mention) || IntroducedInPassing(mention)) continue;
                subject = mention;
                if (InOpeningSubordinateClause(sentence, mention.Token)) continue;
                mainSubject = mention;
                if (mention.Speaker.Gender == gender) gendered = mention;
                if (SpeaksNext(mention.End)) speaking = mention;
                if (lastClause is null && OpensCoordinateClause(mention.Token, sentence)) lastClause = mention;
            }
            // The sentence's speaker ("Delaney told supporters"), else the subject of its last main clause ("Reed
            // threw for 300 yards, and coach Dan Miller praised him"), else its main clause's subject (not "When
            // Orsini conceded, …"), else its first subject.
            // "Asked whether Adjei had earned a start, the Harbury manager smiled.": the question names whom it is
            // about; the main clause's subject, a role, is who "he" is.
            if (speaking is null && lastClause is null && mainSubject is null && subject is not null
                && MainClauseRole(sentence, anchor, gender) is { } role) return role;
            // "Kiran Shah and Maria Ruiz founded the firm. "…," she said.": a subject known to be a "she" beats one
            // whose gender nothing tells.
            // Not a name further on in the clause ("Attorney Mariela Sandoval, representing Vos, countered").
            if (mainSubject is { Speaker.Gender: Gender.Unknown } main && gendered is { } known && Coordinated(main, known)) mainSubject = gendered;
            if ((speaking ?? lastClause ?? mainSubject ?? subject) is { } found) return found.Speaker.Entity.Name;
            // "A lineman working on Corbin Lane, who asked not to be identified, said …": a sentence whose speaker is
            // unnamed, and which names others only after a preposition, is who "he said" means (not "A woman told
            // Sgt Patel …", where Patel may be the "he").
            if (onlyInPhrases && UnnamedSpeaker(sentence, narrative.SentenceEnd(sentence))) return null;
            // "For Ms Hegarty, the forecast was the last thing she wanted to hear. "…," she said.": the one person a
            // sentence names, in a phrase, and then calls "she" is whom the passage is about.
            if (sentence != own && !continues && PronounAfterOnlyPerson(sentence, gender) is { } focus) return focus;
            unread = sentence;
        }
        // "Lin's predecessor praised the choice. "…," he said.": a name-list gender is overruled only by a subject, never
        // by a name the pronoun's own paragraph mentions in passing.
        return lenient ? null : nearestAny?.Speaker.Entity.Name;
    }

    // The person a sentence starting in [from, to) opens with as "the" and a role ("But the judge said …"), the
    // latest such sentence first; null when none does or the role's holder does not fit the pronoun.
    private string? RoleSubjectBetween(int from, int to, int oldest, int anchor, Gender gender)
    {
        if (describedSubject is null) return null;
        var text = narrative.Text;
        for (var t = to - 1; t >= from; t--)
        {
            if (text.Tokens[t].Paragraph < oldest) return null;
            if (!(text.StartsSentence(t) || t == 0 || text.Tokens[t - 1].Paragraph != text.Tokens[t].FirstParagraph)) continue;
            var start = text.IsWord(t) && IsConjunction(text.Word(t)) ? t + 1 : t;
            if (!text.IsWord(start) || !text.Word(start).Equals("the", StringComparison.OrdinalIgnoreCase)
                || !text.IsWord(start + 1) || !RoleNouns.Contains(text.Word(start + 1))) continue;
            var name = describedSubject(start, narrative.SentenceEnd(start), anchor);
            return name is not null && narrative.Mentions.Speakers.FirstOrDefault(s => s.Entity.Name == name) is { IsPerson: true } person
                   && Compatible(person, gender, lenient: false) ? name : null;
        }
        return null;
    }

    private static readonly WordLookup RoleNouns = new(EntityLexicon.Roles.Keys.Where(k => !k.Contains(' ') && !k.Contains('.')));

    // "Kiran Shah and Maria Ruiz", "Shah, Li and Ruiz": only "and", "or", commas and names stand between the two.
    private bool Coordinated(Mention first, Mention second)
    {
        var text = narrative.Text;
        for (var t = first.End; t < second.Token; t++)
        {
            if (text.IsPunctuation(t, ',') || narrative.Mentions.Inside(t) || narrative.Mentions.StartingAt(t) is not null) continue;
            if (text.IsWord(t) && (text.Word(t).Equals("and", StringComparison.OrdinalIgnoreCase) || text.Word(t).Equals("or", StringComparison.OrdinalIgnoreCase))) continue;
            return false;
        }
        return true;
    }

    // The person a sentence's main clause opens with when it opens with a determiner ("…, the Harbury manager
    // smiled"), after an opening subordinate or participle clause; null when it opens otherwise or names nobody.
    private string? MainClauseRole(int sentence, int anchor, Gender gender)
    {
        if (describedSubject is null) return null;
        var text = narrative.Text;
        var end = narrative.SentenceEnd(sentence);
        var t = sentence + 1;
        while (t < end && !text.IsPunctuation(t, ',')) t++;
        t++;
        if (t >= end || !narrative.IsDeterminer(t) || narrative.Mentions.StartingAt(t) is not null) return null;
        var name = describedSubject(t, end, anchor);
        return name is not null && narrative.Mentions.Speakers.FirstOrDefault(s => s.Entity.Name == name) is { IsPerson: true } person
               && Compatible(person, gender, lenient: false) ? name : null;
    }

    // "A spokesman for Acme said …" / "An Acme spokeswoman said …": the "he" or "she" of the quotation after it is
    // that spokesperson, who speaks for Acme.
    private string? ProxySpeaker(int sentence, Gender gender)
    {
        var text = narrative.Text;
        var t = sentence;
        if (narrative.IsDeterminer(t)) t++;
        Mention? owner = null;
        if (narrative.Mentions.StartingAt(t) is { Possessive: false } modifier) { owner = modifier; t = modifier.End; }
        if (!text.IsWord(t) || !ProxyNouns.Contains(text.Word(t)) || !Fits(text.Word(t), gender)) return null;
        var k = t + 1;
        if (owner is null)
        {
            if (!(text.IsWord(k) && (text.Word(k).Equals("for", StringComparison.OrdinalIgnoreCase) || text.Word(k).Equals("at", StringComparison.OrdinalIgnoreCase)))) return null;
            k++;
            while (narrative.IsDeterminer(k) && narrative.Mentions.StartingAt(k) is null) k++;
            if (narrative.Mentions.StartingAt(k) is not { Possessive: false } named) return null;
            owner = named;
            k = named.End;
        }
        if (narrative.IsAdverb(k)) k++;
        return Cues.TryMatch(text, k, out _) ? owner.Value.Speaker.Entity.Name : null;
    }

    private const int MaxSentencesToSpokesperson = 4;

    /// <summary>
    /// Whom the spokesperson introduced just before token <paramref name="t"/>'s sentence speaks for ("A Nexus
    /// spokesperson said …" / "A spokesperson for Nexus said …"), for a singular "they": the sentences between may
    /// only go on quoting them, naming nobody (""…," they added."); null otherwise.
    /// </summary>
    public string? SpokespersonBefore(int t)
    {
        var text = narrative.Text;
        var sentence = narrative.SentenceStart(t);
        var oldest = text.Tokens[t].FirstParagraph - 1;
        for (var n = 0; n < MaxSentencesToSpokesperson && sentence > 0; n++)
        {
            var previous = narrative.SentenceStart(sentence - 1);
            if (text.Tokens[previous].Paragraph < oldest) return null;
            if (ProxySpeaker(previous, Gender.Unknown) is { } body) return body;
            // Only a sentence quoting "them" again, naming nobody, may stand between.
            var m = narrative.Mentions.LastBefore(sentence);
            if ((m >= 0 && narrative.Mentions.All[m].Token >= previous) || !QuotesThem(previous, sentence)) return null;
            sentence = previous;
            oldest = Math.Min(oldest, text.Tokens[previous].FirstParagraph - 1);
        }
        return null;
    }

    // A quotation and a "they" in [from, to): ""…," they added."
    private bool QuotesThem(int from, int to)
    {
        var text = narrative.Text;
        bool quotation = false, they = false;
        for (var k = from; k < to; k++)
        {
            quotation |= text.Tokens[k].Kind == TokenKind.Quotation;
            they |= text.IsWord(k) && text.Word(k).Equals("they", StringComparison.OrdinalIgnoreCase);
        }
        return quotation && they;
    }

    // "spokesman" is a "he", "spokeswoman" a "she", "spokesperson" either.
    private static bool Fits(ReadOnlySpan<char> noun, Gender gender) =>
        noun.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? gender != Gender.He
        : !noun.EndsWith("man", StringComparison.OrdinalIgnoreCase) || gender != Gender.She;

    private static readonly WordLookup ProxyNouns = WordLookup.FromList("speech-proxies");

    // "Delaney told", "Delaney quickly said": a speech cue right after the name.
    private bool SpeaksNext(int t)
    {
        if (narrative.IsAdverb(t)) t++;
        return Cues.TryMatch(narrative.Text, t, out _);
    }

    // ", and coach Dan Miller …" / "; Miller …": a name opening a coordinate main clause (after up to two lowercase
    // title words or determiners).
    private bool OpensCoordinateClause(int t, int sentence)
    {
        var text = narrative.Text;
        var k = t - 1;
        while (k > sentence && t - k <= 2 && text.IsWord(k) && !text.IsCapitalized(k) && !IsConjunction(text.Word(k))) k--;
        if (text.IsPunctuation(k, ';')) return true;
        return k > sentence && text.IsWord(k) && IsConjunction(text.Word(k)) && text.IsPunctuation(k - 1, ',');
    }

    private static bool IsConjunction(ReadOnlySpan<char> w) =>
        w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase);

    // "When Orsini conceded, Delaney …" / "Asked about the foul on Maguire, Kerrigan …": a token before the first
    // comma of a sentence that opens with a subordinator or a participle.
    private bool InOpeningSubordinateClause(int sentence, int t)
    {
        var text = narrative.Text;
        if (!text.IsWord(sentence) || !(Subordinators.Contains(text.Word(sentence)) || OpensWithParticiple(sentence))) return false;
        for (var k = sentence + 1; k < t; k++)
            if (text.IsPunctuation(k, ',')) return false;
        return true;
    }

    // "Asked about …", "Speaking after …": a sentence whose first word is a participle, not a name.
    private bool OpensWithParticiple(int sentence)
    {
        var w = narrative.Text.Word(sentence);
        return w.Length > 4 && narrative.Mentions.StartingAt(sentence) is null
               && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal));
    }

    // "Asked by …", "Pressed on …": a sentence opening with a past participle ("Wyoming coach …" is a name).
    private bool OpensWithPastParticiple(int sentence)
    {
        if (!narrative.Text.IsWord(sentence)) return false;
        var w = narrative.Text.Word(sentence);
        return w.Length > 4 && narrative.Mentions.StartingAt(sentence) is null && w.EndsWith("ed", StringComparison.Ordinal);
    }

    // The body a spokesperson speaks for, when the latest sentence starting in [from, to) that brings in a speaker
    // opens with one ("A council spokeswoman said …", "A spokesman for the trust added …") and the text says whose
    // spokesperson it is; null when that sentence has another speaker, or none does.
    private string? SpokespersonBetween(int from, int to, int oldest, Gender gender)
    {
        if (spokespersonFor is null) return null;
        var text = narrative.Text;
        for (var t = to - 1; t >= from; t--)
        {
            if (text.Tokens[t].Paragraph < oldest) return null;
            if (!(text.StartsSentence(t) || t == 0 || text.Tokens[t - 1].Paragraph != text.Tokens[t].FirstParagraph)) continue;
            var end = narrative.SentenceEnd(t);
            if (OpensWithSpokesperson(t, gender) && SpeechCueIn(t, end) is var cue and >= 0) return spokespersonFor(t, cue);
            if (UnnamedSpeaker(t, end)) return null;
        }
        return null;
    }

    // "A spokeswoman", "A council spokeswoman", "The trust's spokesman": a determiner, at most one lowercase
    // modifier and a spokesperson noun that fits the pronoun.
    private bool OpensWithSpokesperson(int t, Gender gender)
    {
        var text = narrative.Text;
        if (!narrative.IsDeterminer(t) || narrative.Mentions.StartingAt(t) is not null) return false;
        var k = t + 1;
        if (text.IsWord(k) && !ProxyNouns.Contains(text.Word(k)) && !text.IsCapitalized(k) && narrative.Mentions.StartingAt(k) is null) k++;
        return text.IsWord(k) && ProxyNouns.Contains(text.Word(k)) && Fits(text.Word(k), gender);
    }

    // The first speech cue in [from, to) before any quotation, or -1.
    private int SpeechCueIn(int from, int to)
    {
        var text = narrative.Text;
        for (var k = from; k < to; k++)
        {
            if (text.Tokens[k].Kind == TokenKind.Quotation) return -1;
            if (Cues.TryMatch(text, k, out _)) return k;
        }
        return -1;
    }

    // Whether a sentence starting in [from, to) (and in a paragraph the search reaches) has an unnamed speaker.
    private bool UnnamedSpeakerBetween(int from, int to, int oldest)
    {
        var text = narrative.Text;
        for (var t = to - 1; t >= from; t--)
        {
            if (text.Tokens[t].Paragraph < oldest) return false;
            if (text.StartsSentence(t) || t == 0 || text.Tokens[t - 1].Paragraph != text.Tokens[t].FirstParagraph)
            {
                if (UnnamedSpeaker(t, narrative.SentenceEnd(t))) return true;
            }
        }
        return false;
    }

    // "A product designer who asked not to be named said …" / "One employee said …" / "…, said a worker who …":
    // a speech cue whose subject is an indefinite person phrase ("a", "one" + a person noun) that names nobody.
    private bool UnnamedSpeaker(int sentence, int end)
    {
        var text = narrative.Text;
        var subject = AfterOpeningPhrase(sentence, end);
        if (IntroducedAfterOpeningPhrase(sentence, end)) return true;
        // "One SSEN linesman, who asked not to be named, said": a name may modify the noun of someone who asks not to be.
        var modifier = AnonymousNounModifier(subject);
        if (IndefinitePerson(subject, end) || DefiniteUnheldWithClause(subject)
            || (narrative.IsIndefinite(subject) && (narrative.Mentions.StartingAt(subject + 1) is null || modifier is not null) && AsksAnonymity(subject, end)))
        {
            for (var t = subject + 1; t < end; t++)
            {
                if (text.Tokens[t].Kind == TokenKind.Quotation) break;
                // "One teacher, Jo Ames, said" names its speaker; "One teacher at Palo Verde, who asked KFRV …, said"
                // names only where she works and whom she asked.
                if (narrative.Mentions.StartingAt(t) is { Possessive: false, Speaker.IsPerson: true } named && !narrative.FollowsPreposition(t, sentence)
                    && !ModifiesPersonNoun(named) && t != modifier) break;
                // "A GAO director who testified alongside Ames, Jo Reed, said": a cue in the relative clause is not
                // the subject's own verb; the name in apposition after it may still come.
                if (Cues.TryMatch(text, t, out _) && !IsWho(t - 1)) return true;
            }
        }
        for (var t = sentence; t < end - 1; t++)
        {
            if (!Cues.TryMatch(text, t, out var cue)) continue;
            // "…, said a worker who …": the phrase after a cue is its subject only when no word stands before the cue
            // ("Friends described a man of great warmth" describes him; nobody unnamed speaks).
            var inverted = cue.Token == sentence || !text.IsWord(cue.Token - 1);
            if (inverted && (IndefinitePerson(cue.End, end) || (narrative.IsIndefinite(cue.End) && AsksAnonymity(cue.End, end)))) return true;
            // "…," the nurse said / said the nurse: an anonymous source met before, by a noun no named person holds.
            if (UnheldPersonNoun(cue.End + 1) && IsThe(cue.End) && (cue.End + 2 >= end || !text.IsWord(cue.End + 2))) return true;
            if (UnheldPersonNoun(cue.Token - 1) && IsThe(cue.Token - 2)) return true;
        }
        return false;
    }

    private bool IsWho(int t) => narrative.Text.IsWord(t) && narrative.Text.Word(t).Equals("who", StringComparison.OrdinalIgnoreCase);

    // "a voter who declined to give his name said he had ranked Okafor-Lind last": a name inside what the speaker
    // is reported to have said (after "said", "said that"), not the cue's addressee ("told Sgt Patel").
    private bool InReportedClause(int t, int sentence)
    {
        var text = narrative.Text;
        for (var k = sentence; k < t; k++)
        {
            if (!Cues.TryMatch(text, k, out var cue) || cue.End >= t) continue;
            if (text.IsWord(cue.End) && !text.IsCapitalized(cue.End) && !narrative.IsDeterminer(cue.End)
                && narrative.Mentions.StartingAt(cue.End) is null) return true;
        }
        return false;
    }

    // "Outside the courthouse, a former employee who asked not to be named said …": where the subject starts after
    // an opening prepositional phrase set off by a comma; the sentence's start when it opens otherwise.
    private int AfterOpeningPhrase(int sentence, int end)
    {
        var text = narrative.Text;
        if (!narrative.IsPreposition(sentence)) return sentence;
        for (var t = sentence + 1; t < end && t <= sentence + MaxOpeningPhraseTokens; t++)
        {
            // "In a statement read to the court, …": a cue word right after the text it tells of is a participle in the
            // opening phrase, not the sentence's verb.
            if (text.Tokens[t].Kind == TokenKind.Quotation || (Cues.TryMatch(text, t, out _) && !(text.IsWord(t - 1) && SourceNouns.Contains(text.Word(t - 1)))))
                return sentence;
            if (!text.IsPunctuation(t, ',')) continue;
            // "In Croydon, where the service began last year, one mother said …": past a relative clause on the place too.
            if (!(text.IsWord(t + 1) && IsPlaceOrTimeRelative(text.Word(t + 1)))) return t + 1;
            for (var k = t + 2; k < end && k <= t + MaxOpeningPhraseTokens; k++)
            {
                if (text.Tokens[k].Kind == TokenKind.Quotation || Cues.TryMatch(text, k, out _)) return sentence;
                if (text.IsPunctuation(k, ',')) return k + 1;
            }
            return sentence;
        }
        return sentence;
    }

    private const int MaxOpeningPhraseTokens = 16;

    // "Among the crowd on Quay Street was a mother of two who had brought her sons": an opening phrase, "was" or
    // "were", and an indefinite person the sentence brings in as its subject.
    private bool IntroducedAfterOpeningPhrase(int sentence, int end)
    {
        var text = narrative.Text;
        if (!narrative.IsPreposition(sentence)) return false;
        for (var t = sentence + 1; t < end - 1 && t <= sentence + MaxOpeningPhraseTokens; t++)
        {
            if (!text.IsWord(t)) return false;
            if (text.Word(t).Equals("was", StringComparison.OrdinalIgnoreCase) || text.Word(t).Equals("were", StringComparison.OrdinalIgnoreCase))
                return IndefinitePerson(t + 1, end);
        }
        return false;
    }

    private static bool IsPlaceOrTimeRelative(ReadOnlySpan<char> w) =>
        w.Equals("where", StringComparison.OrdinalIgnoreCase) || w.Equals("when", StringComparison.OrdinalIgnoreCase)
        || w.Equals("which", StringComparison.OrdinalIgnoreCase);

    // "who asked not to be named", "speaking on condition of anonymity", "asked KFRV not to use her name": whoever
    // the phrase describes, the text withholds the name on purpose.
    private bool AsksAnonymity(int from, int end)
    {
        var text = narrative.Text;
        for (var t = from; t < end; t++)
        {
            if (!text.IsWord(t)) continue;
            var w = text.Word(t);
            if (w.Equals("anonymity", StringComparison.OrdinalIgnoreCase) || w.Equals("anonymously", StringComparison.OrdinalIgnoreCase)) return true;
            if ((w.Equals("named", StringComparison.OrdinalIgnoreCase) || w.Equals("identified", StringComparison.OrdinalIgnoreCase))
                && text.IsWord(t - 1) && text.Word(t - 1).Equals("be", StringComparison.OrdinalIgnoreCase)) return true;
            if (w.Equals("name", StringComparison.OrdinalIgnoreCase) && text.IsWord(t - 1)
                && (text.Word(t - 1).Equals("her", StringComparison.OrdinalIgnoreCase) || text.Word(t - 1).Equals("his", StringComparison.OrdinalIgnoreCase)
                    || text.Word(t - 1).Equals("their", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    // "the nurse whose ring was stolen said …", "the driver who found her said …": a person noun no named person holds,
    // picked out by a relative clause, is someone the text never names.
    private bool DefiniteUnheldWithClause(int t) =>
        IsThe(t) && UnheldPersonNoun(t + 1) && narrative.Text.IsWord(t + 2) && narrative.Text.Word(t + 2) is var w
        && (w.Equals("who", StringComparison.OrdinalIgnoreCase) || w.Equals("whose", StringComparison.OrdinalIgnoreCase));

    private bool IsThe(int t) => narrative.Text.IsWord(t) && narrative.Text.Word(t).Equals("the", StringComparison.OrdinalIgnoreCase);

    // A lowercase role or member noun ("nurse", "worker") that is no word of a named person's role in this article.
    private bool UnheldPersonNoun(int t)
    {
        var text = narrative.Text;
        if (!text.IsWord(t) || text.IsCapitalized(t) || !RoleAndMemberNouns.Contains(text.Word(t))) return false;
        _heldRoleWords ??= narrative.Mentions.Speakers.Where(s => s.IsPerson)
            .SelectMany(s => s.Entity.Roles).SelectMany(r => SpeakerMentions.Words(r))
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        return !_heldRoleWords.Value.Contains(text.Word(t));
    }

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _heldRoleWords;

    // "a product designer", "one employee", "another resident": an indefinite determiner and, within the next few
    // words (no name among them), a noun for a person.
    private bool IndefinitePerson(int t, int end)
    {
        var text = narrative.Text;
        if (!narrative.IsIndefinite(t)) return false;
        for (var k = t + 1; k < end && k <= t + 4 && text.IsWord(k); k++)
        {
            // "One Brodie engineer", "a Labour source": a name that only modifies the person noun after it.
            if (narrative.Mentions.StartingAt(k) is { } named)
            {
                if (!ModifiesPersonNoun(named)) return false;
                k = named.End - 1;
                continue;
            }
            if (SubjectFinder.IsPronoun(text.Word(k))) return false;
            if (PersonNouns.Contains(text.Word(k))) return true;
        }
        return false;
    }

    // A name right before a lowercase noun for a person, not a spokesperson ("Brodie engineer", not "Acme spokesman").
    // The token of a name inside the indefinite phrase at `t` that only modifies the lowercase noun after it ("a
    // former Mulcahy electrician", "One SSEN linesman"); null when there is none.
    private int? AnonymousNounModifier(int t)
    {
        var text = narrative.Text;
        for (var k = t + 1; k <= t + 2 && text.IsWord(k); k++)
        {
            if (narrative.Mentions.StartingAt(k) is not { Possessive: false } named) continue;
            var next = named.End;
            return text.IsWord(next) && !text.IsCapitalized(next) && !Cues.TryMatch(text, next, out _)
                   && !narrative.IsFunctionWord(text.Word(next)) && !narrative.IsAdverb(next) ? k : null;
        }
        return null;
    }

    // "a former Mulcahy electrician": a name inside an indefinite phrase, modifying its noun.
    private bool ModifiesUnnamedNoun(int t) =>
        (narrative.IsIndefinite(t - 1) && AnonymousNounModifier(t - 1) == t)
        || (narrative.IsIndefinite(t - 2) && AnonymousNounModifier(t - 2) == t);

    private bool ModifiesPersonNoun(Mention named)
    {
        var text = narrative.Text;
        return !named.Possessive && text.IsWord(named.End) && !text.IsCapitalized(named.End)
               && PersonNouns.Contains(text.Word(named.End)) && !ProxyNouns.Contains(text.Word(named.End));
    }

    // "That mattered to Rosa Whitcombe, who works at the plant. ¶ "…," she said.": the sentence right before the
    // quotation's brings in someone by a capitalized name and a "who" clause whom the entity stage did not
    // recognize; "she" is most likely that person, so nobody the text did recognize is guessed.
    private bool UnknownPersonIntroducedBefore(int anchor)
    {
        var text = narrative.Text;
        var own = narrative.SentenceStart(Math.Min(anchor, text.Tokens.Length - 1));
        if (own == 0) return false;
        var previous = narrative.SentenceStart(own - 1);
        for (var k = previous + 1; k + 3 < own; k++)
        {
            if (!text.IsWord(k) || !text.IsCapitalized(k) || !text.IsWord(k + 1) || !text.IsCapitalized(k + 1)) continue;
            if (!text.IsPunctuation(k + 2, ',') || !text.IsWord(k + 3) || !text.Word(k + 3).Equals("who", StringComparison.OrdinalIgnoreCase)) continue;
            if (narrative.Mentions.Inside(k) || narrative.Mentions.Inside(k + 1) || narrative.Mentions.StartingAt(k) is not null
                || narrative.Mentions.EndingAt(k + 1) is not null) continue;
            if (text.IsWord(k - 1) && text.IsCapitalized(k - 1)) continue; // part of a longer name or title phrase
            return true;
        }
        return false;
    }

    // "He …", "But she …": the sentence's subject is the pronoun itself.
    private bool OpensWithPronoun(int sentence, Gender gender)
    {
        var text = narrative.Text;
        var t = sentence;
        if (text.IsWord(t) && IsConjunction(text.Word(t))) t++;
        return text.IsWord(t) && text.Word(t) is var w
               && (gender == Gender.He ? w.Equals("he", StringComparison.OrdinalIgnoreCase) : gender == Gender.She && w.Equals("she", StringComparison.OrdinalIgnoreCase));
    }

    // The one person the sentence at `sentence` names, when the sentence goes on to call them by the pronoun; else null.
    private string? PronounAfterOnlyPerson(int sentence, Gender gender)
    {
        var text = narrative.Text;
        var end = narrative.SentenceEnd(sentence);
        Mention? only = null;
        var all = narrative.Mentions.All;
        for (var m = narrative.Mentions.LastBefore(end); m >= 0 && all[m].Token >= sentence; m--)
        {
            if (!all[m].Speaker.IsPerson) continue;
            if (only is not null && only.Value.Speaker.Entity.Name != all[m].Speaker.Entity.Name)
            {
                // "For Pruitt, who started at Delacroix at 18, the question is whether he …": the person a "For"
                // phrase opening the sentence sets up is its topic, whoever else its clause names.
                only = TopicOpening(sentence);
                break;
            }
            only = all[m];
        }
        // "Jo Whitlock, 41, left home with her husband": the text's own pronoun outweighs a name-list gender.
        if (only is not { Possessive: false } person || !Compatible(person.Speaker, gender, lenient: true)) return null;
        for (var t = person.End; t < end; t++)
        {
            if (text.Tokens[t].Kind == TokenKind.Quotation) return null;
            if (text.IsWord(t) && IsPronoun(text.Word(t), gender)) return person.Speaker.Entity.Name;
        }
        return null;
    }

    // The person named right after a "For" opening the sentence ("For Ms Hegarty, …"), or null.
    private Mention? TopicOpening(int sentence)
    {
        var text = narrative.Text;
        return text.IsWord(sentence) && text.Word(sentence).Equals("For", StringComparison.Ordinal)
               && narrative.Mentions.StartingAt(sentence + 1) is { Speaker.IsPerson: true } topic && text.IsPunctuation(topic.End, ',')
            ? topic : null;
    }

    // Tokens [from, to) name no person and use the pronoun ("she", "her") at least once.
    private bool OnlyPronoun(int from, int to, Gender gender)
    {
        var text = narrative.Text;
        if (to - from > MaxChainedParagraphTokens) return false; // a passage of short paragraphs, and a bounded scan
        var m = narrative.Mentions.LastBefore(to);
        if (m >= 0 && narrative.Mentions.All[m].Token >= from)
        {
            for (; m >= 0 && narrative.Mentions.All[m].Token >= from; m--)
                if (narrative.Mentions.All[m].Speaker.IsPerson) return false;
        }
        for (var t = from; t < to; t++)
            if (text.IsWord(t) && IsPronoun(text.Word(t), gender)) return true;
        return false;
    }

    private static bool IsPronoun(ReadOnlySpan<char> w, Gender gender) => gender switch
    {
        Gender.He => w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase)
                     || w.Equals("him", StringComparison.OrdinalIgnoreCase),
        Gender.She => w.Equals("she", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // "He is survived by a son, Tobias Pennick": a relative named in a relation appositive in the middle of a
    // sentence is not what the sentence is about, unless the name goes on to speak ("The party's spokesperson,
    // Ana Ruiz, said …").
    private bool IntroducedInPassing(Mention mention)
    {
        var text = narrative.Text;
        if (SpeaksNext(text.IsPunctuation(mention.End, ',') ? mention.End + 1 : mention.End)) return false;
        var relation = text.IsPunctuation(mention.Token - 1, ',') ? mention.Token - 2 : mention.Token - 1;
        if (!text.IsWord(relation) || !RelationMentions.Relations.Contains(text.Word(relation))) return false;
        var phrase = narrative.IsDeterminer(relation - 1) ? relation - 1 : relation;
        return phrase > narrative.SentenceStart(phrase) && !OpensWithOwnersRelation(relation);
    }

    // "Hartigan's campaign manager, Jordan Hartigan, disputed …": a relation phrase owned by a name that opens the
    // sentence makes the name after it the sentence's subject (up to two lowercase modifiers between).
    private bool OpensWithOwnersRelation(int relation)
    {
        var text = narrative.Text;
        var k = relation - 1;
        for (var modifiers = 0; modifiers < 2 && text.IsWord(k) && !text.IsCapitalized(k) && !text.Tokens[k].Possessive
                                && !narrative.IsPreposition(k) && !narrative.IsDeterminer(k); modifiers++) k--;
        return text.IsWord(k) && text.Tokens[k].Possessive && narrative.Mentions.EndingAt(k) is { } owner
               && owner.Token == narrative.SentenceStart(owner.Token);
    }

    private static bool Compatible(Speaker speaker, Gender wanted, bool lenient) =>
        speaker.Gender == Gender.Unknown || speaker.Gender == wanted || (lenient && speaker.GenderFromNameOnly);
}
