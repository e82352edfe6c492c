using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Lexicon;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Extraction.Quotes;

/// <summary>
/// Decides who spoke each quotation, and with which cue verb.
/// </summary>
/// <remarks>
/// For each quotation, in order: a cue right after it ("…," X said / said X / X, ROLE, wrote / according to X);
/// else a cue before it in its sentence (X said: "…" / X tweeted that he is "…"); else the speaker named with a
/// cue in the sentence before, or in the paragraph before (a continuing quotation). The words in the speaker's
/// place resolve to one of the article's people or organizations, or to null: never a guess.
/// Scare quotes are dropped (see <see cref="ScareQuoteFilter"/>).
/// </remarks>
public sealed class SpeakerAttributor
{
    // The speech cue after a quotation must come within this many words ("…," Jane Doe, chief executive of X, said).
    private const int MaxWordsBeforeCue = 16;
    private const int MaxWordsBeforeCueAfterAppositive = 28;

    private static readonly WordLookup ReactionVerbs = WordLookup.FromList("speech-reaction-verbs");
    private static readonly WordLookup InvertedVerbs = WordLookup.FromList("speech-verbs-inverted");
    private static readonly WordLookup Subordinators = new(
        ["when", "after", "before", "as", "because", "if", "while", "although", "though", "since", "once", "until", "whereas", "unless"]);

    private readonly SpeechCues _cues = new();

    /// <summary>Returns one quote per real quotation (scare quotes dropped), speaker resolved to an entity name or null.</summary>
    public IReadOnlyList<ExtractedQuote> Attribute(
        ArticleDocument document,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<Quotation> quotations,
        EntitySet entities)
    {
        if (quotations.Count == 0) return [];
        var text = AttributionText.Build(document.Body, document.Paragraphs, quotations, sentences);
        var narrative = new Narrative(text, SpeakerMentions.Find(text, entities));
        var subjects = new SubjectFinder(narrative);

        var attributions = new Attribution?[quotations.Count];
        var quotes = new List<ExtractedQuote>(quotations.Count);
        for (var q = 0; q < quotations.Count; q++)
        {
            var quotation = quotations[q];
            if (Nickname.Is(quotation, document.Body) || HeadingQuote.Is(quotation, document.Body, document.Paragraphs)
                || PullQuote.Is(quotations, q, document.Body, document.Paragraphs)) continue;
            var token = text.QuotationToken[q];
            if (IsSearchTerm(text, token) || DisplayedWords.Is(text, token) || MentionedPhrase.Is(text, token)) continue;
            var standalone = IsStandalone(narrative, token, quotation, document.Body);
            var attribution = Attribute(narrative, subjects, token, standalone, attributions);
            var quoted = quotation.TextOf(document.Body);
            // "Her collection, "Things we lost in the fire," sold well", a "buy now, pay later" scheme: a work's title or a label.
            if (WorkTitle.Is(text, token, quoted, attribution is { Direct: true })
                || (attribution is not { Direct: true } && QuotedModifier.Is(narrative, token, quoted))) continue;
            var (words, titleCase) = ScareQuoteFilter.Measure(quoted);
            var shape = new QuotationShape(
                words,
                DirectCue: attribution is { Direct: true },
                SentenceCue: attribution is { Cue: not null, FromContext: false },
                Standalone: standalone,
                SpeakerFromContext: attribution is { FromContext: true, Speaker: not null } or { ContinuesUnnamed: true },
                titleCase);
            if (!ScareQuoteFilter.IsQuote(shape)) continue;
            attributions[q] = attribution;
            quotes.Add(new ExtractedQuote(quoted, attribution?.Speaker, attribution?.Cue, quotation.Text));
        }
        return quotes;
    }

    // The attribution of the quotation at token `quote`: its own cue after it, else before it, else the context.
    private Attribution? Attribute(Narrative narrative, SubjectFinder subjects, int quote, bool standalone, Attribution?[] earlier)
    {
        var attribution = AfterQuotation(narrative, subjects, quote);
        if (attribution is not { Speaker: not null })
        {
            // A cue after the quotation whose subject names nobody ("…," a spokesman said) still lets a
            // speaker named before it ("Smith said: …") win.
            var before = BeforeQuotation(narrative, subjects, quote);
            if (attribution is null || before is { Speaker: not null }) attribution = before ?? attribution;
        }
        attribution ??= SignatureBelow(narrative, quote);
        attribution ??= FromContext(narrative, subjects, quote, earlier);
        if (attribution is null && standalone) attribution = FromSubjectBefore(narrative, subjects, quote);
        if (attribution is not { Speaker: not null } && standalone && FromNextSentence(narrative, subjects, quote) is { } next)
            attribution = next;
        // A phrase quoted inside a sentence with no cue of its own, next to someone else's name ("in the words
        // of Brandt's chairman, the plan was "…""), is not the earlier speaker's.
        if (attribution is { FromContext: true } && !standalone && NamesAnother(narrative, quote, attribution.Speaker))
            attribution = null;
        return attribution;
    }

    /// <summary>Who spoke, by which cue, and how the cue stands to the quotation; SubjectStated: a subject stands
    /// before the cue, even one that names nobody ("a senior source … telling the BBC:").</summary>
    private sealed record Attribution(string? Speaker, string? Cue, bool Direct, bool FromContext, bool SubjectStated = false)
    {
        /// <summary>The cue is passive ("was described as"): its subject was spoken of; only a "by" agent speaks.</summary>
        public bool Passive { get; init; }

        /// <summary>Continues, in the next sentence of its paragraph, the quotation of a source the text never names.</summary>
        public bool ContinuesUnnamed { get; init; }
    }

    // "…," X said / "…," said X / "…," X, ROLE, wrote in an email / "…," according to X / "…," he told Reuters.
    private Attribution? AfterQuotation(Narrative narrative, SubjectFinder subjects, int quote)
    {
        var text = narrative.Text;
        var first = quote + 1;
        if (first >= text.Tokens.Length || text.Tokens[first].Paragraph != text.Tokens[quote].Paragraph) return null;
        if (text.Tokens[first].Kind == TokenKind.Quotation) return null;
        // "“…” — Maria Lopez": a dash and a name sign the quotation.
        if (text.Tokens[first].Kind == TokenKind.Punctuation && text.Body[text.Tokens[first].Start] is '\u2014' or '\u2013'
            && narrative.Mentions.StartingAt(first + 1) is { } signature)
            return new Attribution(signature.Speaker.Entity.Name, null, Direct: true, FromContext: false);

        // A new sentence after the quotation ("…won." Smith said.) allows only a short attribution.
        var newSentence = text.StartsSentence(first);
        var words = 0;
        var runsOn = false;
        // "…," Jo Ames, an astrophysicist at X whose team built one of its instruments, told ABC News: a person's
        // name and a comma open an appositive that may run long before the cue.
        var limit = narrative.Mentions.StartingAt(first) is { Speaker.IsPerson: true, Possessive: false } named
                    && text.IsPunctuation(named.End, ',') ? MaxWordsBeforeCueAfterAppositive : MaxWordsBeforeCue;
        for (var t = first; t < text.Tokens.Length && text.Tokens[t].Paragraph == text.Tokens[quote].Paragraph; t++)
        {
            var token = text.Tokens[t];
            if (token.Kind == TokenKind.Quotation || (t > first && text.StartsSentence(t))) return null;
            if (token.Kind == TokenKind.Punctuation && text.Body[token.Start] is '.' or '!' or '?' or ';') return null;
            if (token.Kind != TokenKind.Word) continue;
            // "…', while the Liberal Democrats said": a new clause, not this quotation's attribution.
            if (words == 0 && IsClauseOpener(text.Word(t))) return null;
            // A lowercase word that is no name, determiner or pronoun ("…Lute," was taken from…) may still open a
            // short attribution ("…," residents said / one worker said), never a long one.
            if (t == first && !MayOpenAttribution(narrative, t)) runsOn = true;
            if (++words > (newSentence ? 3 : runsOn ? 4 : limit)) return null;
            if (!_cues.TryMatch(text, t, out var cue) && !(!newSentence && ReactsTo(text, t, out cue))) continue;

            // "…," Grant was told by managers: the one told is no speaker; the agent after "by" may be.
            if (cue.Length == 1 && narrative.IsPassiveCue(cue.Token))
            {
                var agent = text.IsWord(cue.End) && text.Word(cue.End).Equals("by", StringComparison.OrdinalIgnoreCase)
                    ? subjects.After(cue.End + 1, text.Tokens.Length, quote) : Subject.None;
                if (newSentence && !EndsAttribution(narrative, agent.Found ? agent.End : cue.End, text.Tokens[quote].Paragraph)) return null;
                return new Attribution(agent.Speaker, SpeechCues.Text(text, cue), Direct: true, FromContext: false, SubjectStated: true) { Passive = true };
            }
            var subject = SpeechCues.TakesSubjectAfter(text, cue) ? Subject.None : subjects.Before(first, cue.Token, quote);
            var end = cue.End;
            var inverted = !subject.Found;
            if (inverted)
            {
                subject = subjects.After(cue.End, text.Tokens.Length, quote);
                if (subject.Found) end = subject.End;
            }
            // After a full stop, only a bare attribution ("…won." Smith said.) belongs to the quotation, not a new
            // sentence of reported speech ("She said the plaintiffs…").
            if (newSentence && !EndsAttribution(narrative, end, text.Tokens[quote].Paragraph)) return null;
            // "“Nightglass,” posted the records": a verb after a quoted name is no attribution unless it names a speaker.
            var direct = !inverted || subject.Speaker is not null;
            return new Attribution(subject.Speaker, SpeechCues.Text(text, cue), direct, FromContext: false);
        }
        return null;
    }

    // "“…” ¶ — Phil Drummond, in a text message": a paragraph that is only a quotation, signed on the line below.
    private static Attribution? SignatureBelow(Narrative narrative, int quote)
    {
        var text = narrative.Text;
        var dash = quote + 1;
        if (dash >= text.Tokens.Length || text.Tokens[dash].FirstParagraph == text.Tokens[quote].Paragraph
            || narrative.ParagraphStart(quote) != quote) return null;
        return text.Tokens[dash].Kind == TokenKind.Punctuation && text.Body[text.Tokens[dash].Start] is '\u2014' or '\u2013'
               && narrative.Mentions.StartingAt(dash + 1) is { Possessive: false } signature
            ? new Attribution(signature.Speaker.Entity.Name, null, Direct: true, FromContext: false)
            : null;
    }

    // X said: "…" / According to X, "…" / X tweeted that he is strongly considering "…" / X was blunt: "…".
    private Attribution? BeforeQuotation(Narrative narrative, SubjectFinder subjects, int quote)
    {
        var text = narrative.Text;
        var sentence = narrative.SentenceStart(quote);

        // The cue nearest the quotation in its sentence ("X said "A" and "B"" gives both to X).
        Cue? last = null, previous = null;
        var cues = new List<Cue>();
        for (var t = sentence; t < quote; t++)
            if (_cues.TryMatch(text, t, out var cue)) { previous = last; last = cue; cues.Add(cue); t = cue.End - 1; }

        var found = FromCueBefore(narrative, subjects, sentence, last, quote);
        // "…, intending, she says, to read the books and to "…"": an infinitive that names nobody is not the
        // attribution; the cue before it in the sentence is.
        // "X described the plan as "…" and accused the council of "…"": a verb joined by "and"/"but" shares the
        // subject of the cue before it.
        // "Hostetler said the Senate could be called back "…"": a passive cue inside the reported clause of a cue
        // before it leaves the quotation to that cue's speaker.
        if (found is { Speaker: null } && last is { } infinitive && text.IsWord(infinitive.Token - 1)
            // "…was told by a manager that she was "…"": a passive whose agent the text gives is that agent's words.
            && ((found.Passive && !(text.IsWord(infinitive.End) && text.Word(infinitive.End).Equals("by", StringComparison.OrdinalIgnoreCase)))
                || text.Word(infinitive.Token - 1).Equals("to", StringComparison.OrdinalIgnoreCase) || IsCoordinator(text.Word(infinitive.Token - 1)))
            && FromCueBefore(narrative, subjects, sentence, previous, quote) is { Speaker: not null } earlier)
            found = earlier with { Direct = false };

        // "Rutherford said the results reflected "a robust system"": a cue verb whose subject is a thing ("the
        // results", "the rise") inside what a named speaker said is no speech of its own; the words are that speaker's.
        // "…said the grades reflected "…" and that the rise reflects "…"": back past each such cue to the one who spoke.
        for (var c = cues.Count - 1; found is { Passive: false } && c > 0 && ThingSubject(narrative, cues[c - 1].End, cues[c].Token); c--)
        {
            if (FromCueBefore(narrative, subjects, sentence, cues[c - 1], quote) is not { Speaker: not null } reporter) continue;
            found = reporter with { Direct = false };
            break;
        }

        // A colon hands the quotation to the subject of the clause before it when its cue has none of its own
        // ("X was blunt: "…""), never to the cue's object ("One source played it down, telling the BBC: "…"").
        if (found is not { Speaker: not null } && found is not { SubjectStated: true } && text.IsPunctuation(quote - 1, ':'))
        {
            // "A Senate aide was blunter: "…"": an unnamed speaker, not the one quoted before.
            if (subjects.OpensWithUnnamedMember(sentence, quote - 1))
                return new Attribution(null, null, Direct: true, FromContext: false, SubjectStated: true);
            var subject = subjects.Before(sentence, quote - 1, quote);
            // "Park, for her part, was optimistic: "…"": past an aside, the clause's subject opens the sentence.
            if (subject.Speaker is null) subject = subjects.OfSentence(sentence, quote - 1, quote);
            // "Drummond's words were blunt: "…"": whose words they are.
            if (subject.Speaker is null && narrative.Mentions.StartingAt(sentence) is { Possessive: true } owner
                && text.IsWord(owner.End) && IsWordsNoun(text.Word(owner.End)))
                return new Attribution(owner.Speaker.Entity.Name, null, Direct: true, FromContext: false);
            if (subject.Speaker is not null) return new Attribution(subject.Speaker, null, Direct: true, FromContext: false);
        }
        return found;
    }

    private static Attribution? FromCueBefore(Narrative narrative, SubjectFinder subjects, int sentence, Cue? cue, int quote)
    {
        var text = narrative.Text;
        Attribution? found = null;
        // "He was described by friends as "…"", "the Senate could be called back "…"": the agent after "by" spoke, if anyone.
        if (cue is { Length: 1 } passive && narrative.IsPassiveCue(passive.Token))
        {
            var agent = text.IsWord(passive.End) && text.Word(passive.End).Equals("by", StringComparison.OrdinalIgnoreCase)
                ? subjects.After(passive.End + 1, quote, quote) : Subject.None;
            return new Attribution(agent.Speaker, SpeechCues.Text(text, passive), Direct: false, FromContext: false, SubjectStated: true) { Passive = true };
        }
        if (cue is { } c)
        {
            var subject = IsParticiple(text, c)
                ? subjects.OfSentence(sentence, c.Token, quote) // "…, insisting it was "…"": the main clause's subject
                : SpeechCues.TakesSubjectAfter(text, c) ? Subject.None : subjects.Before(sentence, c.Token, quote);
            // "Griffiths read a statement to the court describing her as "…"": a participle right after the main
            // clause's object (no comma) still speaks for the main clause's subject, not for the object before it.
            if (IsBareParticiple(narrative, c, sentence) && subjects.OfSentence(sentence, c.Token, quote) is { Speaker: not null } main)
                subject = main;
            var afterSubject = c.End;
            var stated = subject.Found; // a subject before the cue, not words the cue runs on into
            // "According to X, "…"" / "Said X: "…"": the subject follows the cue only when nothing leads up to it.
            if (!subject.Found && (c.Token == sentence || c.Length > 1 || text.Tokens[c.Token - 1].Kind == TokenKind.Quotation))
            {
                subject = subjects.After(c.End, quote, quote);
                if (subject.Found) afterSubject = subject.End;
            }
            // "Until then, said Dr Jo Ames, an economist at X, firms will face "…"": an inverted cue set off by commas
            // inside the sentence it attributes, its speaker named right after it.
            else if (subject.Speaker is null && text.IsPunctuation(c.Token - 1, ',') && c.Length == 1 && InvertedVerbs.Contains(text.Word(c.Token))
                     && subjects.After(c.End, quote, quote) is { Speaker: not null } parenthetical && text.IsPunctuation(parenthetical.End, ','))
            {
                subject = parenthetical;
                afterSubject = parenthetical.End;
            }
            var direct = true;
            for (var t = afterSubject; t < quote; t++) direct &= text.Tokens[t].Kind == TokenKind.Punctuation;
            // "X said in a statement: "I am innocent."", "X told the BBC: "No."": a short phrase of where, when or to
            // whom between the cue and a colon still hands the quotation straight to the cue.
            direct |= IntroducesByColon(text, afterSubject, quote);
            found = new Attribution(subject.Speaker, SpeechCues.Text(text, c), direct, FromContext: false, SubjectStated: stated);
        }
        return found;
    }

    private const int MaxThingSubjectWords = 6;

    // The words right before the cue at `to` (back to "that", a comma, "and" or the outer cue's end at `from`) are a
    // short noun phrase for a thing: no name, pronoun or noun for a person or body that could speak ("the results",
    // "the rise in fees"), opened by a determiner.
    private static bool ThingSubject(Narrative narrative, int from, int to)
    {
        var text = narrative.Text;
        var start = to;
        while (start > from && text.IsWord(start - 1) && !IsThingSubjectBoundary(text.Word(start - 1))) start--;
        if (to - start is < 2 or > MaxThingSubjectWords || !narrative.IsDeterminer(start)) return false;
        for (var t = start; t < to; t++)
        {
            if (text.IsCapitalized(t) || narrative.Mentions.StartingAt(t) is not null || narrative.Mentions.Inside(t)) return false;
            var w = text.Word(t);
            if (SubjectFinder.IsPronoun(w) || IsVoiceNoun(w) || IsSourceNoun(w)) return false;
        }
        return true;
    }

    private static bool IsThingSubjectBoundary(ReadOnlySpan<char> w) =>
        w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase);

    private static readonly WordLookup SourceNouns = WordLookup.FromList("speech-sources");

    private static bool IsSourceNoun(ReadOnlySpan<char> w) =>
        SourceNouns.Contains(w) || (w.Length > 3 && w[^1] == 's' && SourceNouns.Contains(w[..^1]));

    private const int MaxWordsBeforeColon = 5;

    private static readonly WordLookup ClauseVerbs = new(
        ["is", "was", "are", "were", "be", "been", "has", "had", "have", "that", "which", "would", "will", "could"]);

    // Up to five words between the cue and a colon right before the quotation, none opening a reported clause of
    // its own ("X said the reason was simple: "greed."" reports the reason, not words said to the listener).
    private static bool IntroducesByColon(AttributionText text, int from, int quote)
    {
        if (!text.IsPunctuation(quote - 1, ':') || quote - 1 - from > MaxWordsBeforeColon) return false;
        for (var t = from; t < quote - 1; t++)
            if (text.Tokens[t].Kind == TokenKind.Quotation || (text.IsWord(t) && ClauseVerbs.Contains(text.Word(t)))) return false;
        return true;
    }

    // No cue of its own: the speaker named, with a cue, in the sentence before or the paragraph before.
    private Attribution? FromContext(Narrative narrative, SubjectFinder subjects, int quote, Attribution?[] earlier)
    {
        var text = narrative.Text;
        var sentence = narrative.SentenceStart(quote);
        var paragraphStart = narrative.ParagraphStart(quote);
        int from, to;
        if (sentence > paragraphStart)
        {
            to = sentence;
            from = narrative.SentenceStart(sentence - 1);
        }
        else
        {
            if (paragraphStart == 0) return null;
            to = paragraphStart;
            from = narrative.ParagraphStart(paragraphStart - 1);
        }

        // The latest attributed quotation there — unless a later sentence reports someone else speaking ("…," Rudd
        // said. Selby, however, said the plan was unaffordable. ¶ "…" is Selby) — else the latest cue with a named subject.
        Attribution? unnamed = null;
        for (var t = to - 1; t >= from; t--)
        {
            var token = text.Tokens[t];
            if (token.Kind == TokenKind.Quotation && earlier[token.Quotation] is { Speaker: not null } said)
                return ReportedSpeaker(narrative, subjects, narrative.SentenceEnd(t), to)
                       ?? said with { Direct = false, FromContext = true };
            // ""…," she said. "Pay her properly."": the sentence right after an unnamed source's quotation in its
            // paragraph goes on quoting her: still nobody named, but speech.
            if (token.Kind == TokenKind.Quotation && unnamed is null && sentence > paragraphStart
                && earlier[token.Quotation] is { Direct: true, Cue: not null } quoted && narrative.SentenceEnd(t) >= to)
                unnamed = quoted with { Direct = false, FromContext = true, ContinuesUnnamed = true };
        }
        for (var t = to - 1; t >= from; t--)
        {
            if (!_cues.TryMatch(text, t, out var cue)) continue;
            var subject = SpeechCues.TakesSubjectAfter(text, cue) ? Subject.None
                : subjects.Before(narrative.SentenceStart(t), cue.Token, cue.Token); // "he" there means someone named before it
            if (!subject.Found) subject = subjects.After(cue.End, to, quote);
            if (subject.Speaker is not null)
                return new Attribution(subject.Speaker, SpeechCues.Text(text, cue), Direct: false, FromContext: true);
        }
        // "Sky News' political editor Jo Ames:" — a short label paragraph ending in a colon hands the quoted
        // paragraphs after it to the person it names, as in a transcript.
        if (sentence == paragraphStart && text.IsPunctuation(to - 1, ':') && IsLabel(text, from, to - 1)
            && subjects.Before(from, to - 1, quote) is { Speaker: not null } labelled)
            return new Attribution(labelled.Speaker, null, Direct: false, FromContext: true);
        if (sentence > paragraphStart && ContinuedInParagraph(narrative, paragraphStart, to, earlier) is { } continued) return continued;
        // A feature's aside between quotes ("The Ledger printed its last edition in 2023. …") that names nobody but
        // the speaker and quotes nobody does not change who is talking: a quotation opening its paragraph after it continues the
        // speaker quoted in the paragraph before the aside.
        if (sentence == paragraphStart && from > 0)
        {
            for (var t = from - 1; t >= narrative.ParagraphStart(from - 1); t--)
            {
                var token = text.Tokens[t];
                if (token.Kind == TokenKind.Quotation && earlier[token.Quotation] is { Speaker: not null } said)
                    return IsAside(narrative, from, to, said.Speaker) ? said with { Direct = false, FromContext = true } : null;
            }
        }
        return unnamed;
    }

    // The latest sentence in [from, to) that quotes nobody and reports, in its main clause, a named person or
    // organization speaking ("Selby, however, said the scheme was unaffordable."), as a context attribution.
    private Attribution? ReportedSpeaker(Narrative narrative, SubjectFinder subjects, int from, int to)
    {
        var text = narrative.Text;
        for (var t = to - 1; t >= from; t--)
        {
            if (text.Tokens[t].Kind == TokenKind.Quotation) return null;
            if (!_cues.TryMatch(text, t, out var cue)) continue;
            var sentence = narrative.SentenceStart(t);
            if (sentence < from) return null;
            if (text.IsWord(sentence) && Subordinators.Contains(text.Word(sentence))) continue; // "After Jones said …, …"
            var subject = SpeechCues.TakesSubjectAfter(text, cue) ? Subject.None : subjects.Before(sentence, cue.Token, cue.Token);
            if (subject.Speaker is not null) return new Attribution(subject.Speaker, SpeechCues.Text(text, cue), Direct: false, FromContext: true);
        }
        return null;
    }

    // A label: at most a dozen words and no quotation.
    private static bool IsLabel(AttributionText text, int from, int to)
    {
        var words = 0;
        for (var t = from; t < to; t++)
        {
            if (text.Tokens[t].Kind == TokenKind.Quotation) return false;
            if (text.IsWord(t) && ++words > 12) return false;
        }
        return words > 0;
    }

    // "“…,” he told me. Then he laughed. “…”": in one paragraph, a quotation with no cue of its own continues the
    // latest speaker quoted before it when the sentences between (from the one after that quotation's sentence
    // up to `to`) quote nobody, cue nobody and keep to that speaker.
    private Attribution? ContinuedInParagraph(Narrative narrative, int paragraphStart, int to, Attribution?[] earlier)
    {
        var text = narrative.Text;
        for (var t = to - 1; t >= paragraphStart; t--)
        {
            var token = text.Tokens[t];
            if (token.Kind != TokenKind.Quotation) continue;
            if (earlier[token.Quotation] is not { Speaker: not null } said) return null;
            var asideStart = narrative.SentenceEnd(t);
            return asideStart < to && IsAside(narrative, asideStart, to, said.Speaker) && KeepsToSpeaker(narrative, asideStart, to, said.Speaker)
                ? said with { Direct = false, FromContext = true }
                : null;
        }
        return null;
    }

    private static readonly WordLookup SentenceLinks = new(["then", "but", "and", "so", "still", "later", "now", "yet", "again"]);
    // Nouns for a person or organization that may speak next: a sentence opening with one brings in a new voice.
    private static readonly WordLookup VoiceNouns = new(
        EntityLexicon.Roles.Keys.Where(k => !k.Contains(' ') && !k.Contains('.'))
            .Concat(WordList.Lines("speech-proxies")).Concat(WordList.Lines("speech-organization-voices"))
            .Concat(WordList.Lines("speech-relations")).Concat(WordList.Lines("organization-member-nouns"))
            .Concat(WordList.Lines("speech-anonymous-nouns")).Concat(WordList.Lines("speech-passerby-nouns")).Concat(WordList.Lines("speech-collective-nouns"))
            .Concat(WordList.Lines("speech-organization-nouns").Select(l => l.TrimEnd('*')))
            .Concat(WordList.Lines("speech-staff-nouns")).Concat(WordList.Lines("speech-other-voices")));

    // Each sentence in [from, to) opens with the speaker (by name, or as a "he"/"she" that fits), or with no person
    // at all ("The book took four years."), never with someone else ("His wife disagreed.", "A neighbour shrugged.",
    // "The council disagreed.").
    private static bool KeepsToSpeaker(Narrative narrative, int from, int to, string? speaker)
    {
        var text = narrative.Text;
        var gender = narrative.Mentions.Speakers.FirstOrDefault(s => s.Entity.Name == speaker)?.Gender ?? Gender.Unknown;
        for (var s = from; s < to; s = narrative.SentenceEnd(s))
        {
            var t = s;
            while (t < to && text.IsWord(t) && SentenceLinks.Contains(text.Word(t))) t++;
            if (t >= to || !text.IsWord(t)) continue;
            var w = text.Word(t);
            if (w.Equals("he", StringComparison.OrdinalIgnoreCase)) { if (gender == Gender.She) return false; continue; }
            if (w.Equals("she", StringComparison.OrdinalIgnoreCase)) { if (gender == Gender.He) return false; continue; }
            if (narrative.Mentions.StartingAt(t) is { } named) { if (named.Speaker.Entity.Name != speaker) return false; continue; }
            for (var k = t; k < to && k <= t + 3 && text.IsWord(k); k++)
                if (IsVoiceNoun(text.Word(k))) return false;
        }
        return true;
    }

    private static bool IsVoiceNoun(ReadOnlySpan<char> w) =>
        VoiceNouns.Contains(w) || (w.Length > 3 && w[^1] == 's' && VoiceNouns.Contains(w[..^1]));

    // Tokens [from, to) hold no quotation, no speech cue and no person but the speaker ("Ostrowski is 74.").
    private bool IsAside(Narrative narrative, int from, int to, string? speaker)
    {
        for (var t = from; t < to; t++)
            if (narrative.Text.Tokens[t].Kind == TokenKind.Quotation || _cues.TryMatch(narrative.Text, t, out _)) return false;
        for (var m = narrative.Mentions.LastBefore(to); m >= 0 && narrative.Mentions.All[m].Token >= from; m--)
            if (narrative.Mentions.All[m].Speaker is { IsPerson: true } person && person.Entity.Name != speaker) return false;
        return true;
    }

    // "Moult grinned. "Well, they can get carried away. I'm not."": a quotation standing alone right after a
    // sentence of its paragraph that opens with a person (or "he"/"she") and names nobody else after it is that
    // person's answer; a leading "Asked about X," may name whom the question was about.
    private static Attribution? FromSubjectBefore(Narrative narrative, SubjectFinder subjects, int quote)
    {
        var text = narrative.Text;
        var sentence = narrative.SentenceStart(quote);
        if (sentence != quote || sentence == narrative.ParagraphStart(quote)) return null;
        var previous = narrative.SentenceStart(sentence - 1);
        var opening = OpeningSubject(narrative, previous, sentence);
        if (opening < 0) return null;
        // "He smiled." names its speaker only by a reaction; "He was arrested in 2019." says nothing of who speaks next.
        var speaker = narrative.Mentions.StartingAt(opening) is { } named ? named.Speaker.Entity.Name
            // "Asked whether he had called Mabb, he smiled.": the question's names are not who "he" is.
            : Reacts(text, opening + 1, sentence) ? subjects.PersonalPronoun(opening, previous) : null;
        if (speaker is null) return null;
        for (var t = previous; t < sentence; t++)
            if (text.Tokens[t].Kind == TokenKind.Quotation) return null;
        for (var m = narrative.Mentions.LastBefore(sentence); m >= 0 && narrative.Mentions.All[m].Token >= opening; m--)
            if (narrative.Mentions.All[m].Speaker.Entity.Name != speaker) return null;
        return new Attribution(speaker, null, Direct: false, FromContext: true);
    }

    // The token of the person or "he"/"she" opening the sentence at `start`, or opening its main clause after a
    // leading participle phrase ("Asked whether the fans were getting carried away, Moult laughed."); else -1.
    private static int OpeningSubject(Narrative narrative, int start, int end)
    {
        var text = narrative.Text;
        if (IsPersonSubject(narrative, start)) return start;
        if (!text.IsWord(start)) return -1;
        // "Her son, Piotr, who works alongside her, is less sure.": the relation's name is the subject — when that
        // sentence opens its paragraph, not as an aside inside someone else's answer ("…," he said. His wife, Ellen,
        // died in 2021. "…").
        var named = text.IsPunctuation(start + 2, ',') ? start + 3 : start + 2;
        if (start == narrative.ParagraphStart(start) && IsPossessivePronoun(text.Word(start)) && text.IsWord(start + 1) && RelationMentions.Relations.Contains(text.Word(start + 1))
            && IsPersonSubject(narrative, named) && narrative.Mentions.StartingAt(named) is not null) return named;
        var lead = text.Word(start);
        if (!(lead.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("ing", StringComparison.OrdinalIgnoreCase))) return -1;
        for (var t = start + 1; t < end - 1 && t - start < 25; t++)
        {
            if (text.Tokens[t].Kind == TokenKind.Quotation) return -1;
            if (text.IsPunctuation(t, ',')) return IsPersonSubject(narrative, t + 1) ? t + 1 : -1;
        }
        return -1;
    }

    private static bool IsPossessivePronoun(ReadOnlySpan<char> w) =>
        w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
        || w.Equals("their", StringComparison.OrdinalIgnoreCase);

    // "“…,” she laughed", "“…,” laughed Pat Ames": a reaction verb in the clause a quotation runs on into says how
    // the words were spoken, so it is their cue, as "said" would be.
    private static bool ReactsTo(AttributionText text, int t, out Cue cue)
    {
        cue = new Cue(t, 1);
        return text.IsWord(t) && !text.IsCapitalized(t) && ReactionVerbs.Contains(text.Word(t));
    }

    // A reaction verb ("smiled", "shrugged") and at most two more words to the end of the sentence.
    private static bool Reacts(AttributionText text, int t, int end) =>
        text.IsWord(t) && ReactionVerbs.Contains(text.Word(t)) && end - t <= 4;

    private static bool IsPersonSubject(Narrative narrative, int t) =>
        narrative.Mentions.StartingAt(t) is { Speaker.IsPerson: true, Possessive: false }
        || (narrative.Text.IsWord(t) && narrative.Text.Word(t) is var w
            && (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)));

    // Whether the quotation's sentence names a speaker other than the one given.
    private static bool NamesAnother(Narrative narrative, int quote, string? speaker)
    {
        var text = narrative.Text;
        var start = narrative.SentenceStart(quote);
        var end = quote + 1;
        while (end < text.Tokens.Length && !text.StartsSentence(end) && text.Tokens[end].FirstParagraph == text.Tokens[quote].Paragraph) end++;
        for (var m = narrative.Mentions.LastBefore(end); m >= 0 && narrative.Mentions.All[m].Token >= start; m--)
            if (narrative.Mentions.All[m].Speaker.Entity.Name != speaker) return true;
        return false;
    }

    // "…, adding", "…, insisting", "…, before adding": a participle after a comma (and a linking word).
    private static bool IsParticiple(AttributionText text, Cue cue) =>
        cue.Length == 1 && text.Word(cue.Token).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (text.IsPunctuation(cue.Token - 1, ',')
            || (text.IsPunctuation(cue.Token - 2, ',') && text.IsWord(cue.Token - 1) && IsParticipleLink(text.Word(cue.Token - 1))));

    // An -ing cue straight after a lowercase word of the narrative ("a statement to the court describing"), not
    // after a name ("with Acme saying") nor a form of "be" ("was saying").
    private static bool IsBareParticiple(Narrative narrative, Cue cue, int sentence)
    {
        var text = narrative.Text;
        var before = cue.Token - 1;
        return cue.Length == 1 && before > sentence && text.Word(cue.Token).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
               && text.IsWord(before) && !text.IsCapitalized(before) && narrative.Mentions.EndingAt(before) is null
               && !SubjectFinder.IsPronoun(text.Word(before)) && !ParticipleHosts.Contains(text.Word(before));
    }

    // Verbs an -ing form continues ("was saying", "kept saying"): the participle is then the clause's own verb.
    private static readonly WordLookup ParticipleHosts = new(["was", "were", "is", "are", "am", "be", "been", "keep", "kept", "started"]);

    private static bool IsParticipleLink(ReadOnlySpan<char> w) =>
        w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("after", StringComparison.OrdinalIgnoreCase)
        || w.Equals("while", StringComparison.OrdinalIgnoreCase) || w.Equals("then", StringComparison.OrdinalIgnoreCase)
        || w.Equals("later", StringComparison.OrdinalIgnoreCase);

    private static bool EndsAttribution(Narrative narrative, int t, int paragraph)
    {
        var text = narrative.Text;
        if (t >= text.Tokens.Length || text.Tokens[t].Paragraph != paragraph) return true;
        var token = text.Tokens[t];
        if (token.Kind == TokenKind.Punctuation) return text.Body[token.Start] is '.' or '!' or '?';
        // "…in a statement." ends the attribution; "…said at the time that it would hire …" goes on to what was said.
        if (token.Kind != TokenKind.Word || !narrative.FollowsPreposition(t + 1, t)) return false;
        for (var k = t + 1; k <= t + 8; k++)
        {
            if (k >= text.Tokens.Length || text.Tokens[k].FirstParagraph != paragraph) return true;
            if (text.Tokens[k].Kind == TokenKind.Quotation) return true;
            if (text.Tokens[k].Kind == TokenKind.Punctuation) return text.Body[text.Tokens[k].Start] is '.' or '!' or '?' or ':' or ',';
            if (text.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return false;
    }

    // "“…” That is how Marjorie Quill sums it up." / "So says Hal Brody.": a sentence right after a standalone
    // quotation that points back at it with a demonstrative names its speaker.
    private static Attribution? FromNextSentence(Narrative narrative, SubjectFinder subjects, int quote)
    {
        var text = narrative.Text;
        var next = quote + 1;
        if (!text.IsWord(next) || !text.StartsSentence(next)) return null;
        // "Haskins's words came minutes before …": the person whose words they were.
        if (narrative.Mentions.StartingAt(next) is { Speaker.IsPerson: true, Possessive: true } owner
            && text.IsWord(owner.End) && IsWordsNoun(text.Word(owner.End)))
            return new Attribution(owner.Speaker.Entity.Name, null, Direct: false, FromContext: true);
        var w = text.Word(next);
        var lead = next + 1;
        // "With those words, Robert Haskins asked …"
        if (w.SequenceEqual("With") && text.IsWord(next + 2) && IsWordsNoun(text.Word(next + 2))) lead = next + 3;
        else if (!(w.SequenceEqual("That") || w.SequenceEqual("This") || w.SequenceEqual("Those") || w.SequenceEqual("These")
              || w.SequenceEqual("So") || w.SequenceEqual("Such"))) return null;
        var end = lead;
        while (end < text.Tokens.Length && end - next < 14 && !text.StartsSentence(end) && text.Tokens[end].Kind != TokenKind.Quotation
               && !text.IsPunctuation(end, '.')) end++;
        var subject = subjects.FirstPerson(lead, end, quote);
        return subject is null ? null : new Attribution(subject, null, Direct: false, FromContext: true);
    }

    // "had searched online for "how long does a wound take to heal"", "googled "…"": a query typed, not words spoken.
    private static bool IsSearchTerm(AttributionText text, int quote)
    {
        var before = quote - 1;
        if (!text.IsWord(before)) return false;
        if (IsSearchVerb(text.Word(before))) return true;
        if (!text.Word(before).Equals("for", StringComparison.OrdinalIgnoreCase)) return false;
        var verb = before - 1;
        if (text.IsWord(verb) && text.Word(verb) is var adverb
            && (adverb.Equals("online", StringComparison.OrdinalIgnoreCase) || adverb.Equals("internet", StringComparison.OrdinalIgnoreCase)
                || adverb.Equals("web", StringComparison.OrdinalIgnoreCase))) verb--;
        if (text.IsWord(verb) && text.Word(verb).Equals("the", StringComparison.OrdinalIgnoreCase)) verb--;
        return text.IsWord(verb) && IsSearchVerb(text.Word(verb));
    }

    private static bool IsSearchVerb(ReadOnlySpan<char> w) =>
        w.Equals("searched", StringComparison.OrdinalIgnoreCase) || w.Equals("googled", StringComparison.OrdinalIgnoreCase)
        || w.Equals("search", StringComparison.OrdinalIgnoreCase) || w.Equals("searches", StringComparison.OrdinalIgnoreCase)
        || w.Equals("searching", StringComparison.OrdinalIgnoreCase) || w.Equals("typed", StringComparison.OrdinalIgnoreCase);

    private static bool IsWordsNoun(ReadOnlySpan<char> w) =>
        w.Equals("words", StringComparison.OrdinalIgnoreCase) || w.Equals("remarks", StringComparison.OrdinalIgnoreCase)
        || w.Equals("comments", StringComparison.OrdinalIgnoreCase) || w.Equals("message", StringComparison.OrdinalIgnoreCase)
        || w.Equals("plea", StringComparison.OrdinalIgnoreCase) || w.Equals("warning", StringComparison.OrdinalIgnoreCase)
        || w.Equals("response", StringComparison.OrdinalIgnoreCase) || w.Equals("reply", StringComparison.OrdinalIgnoreCase)
        || w.Equals("answer", StringComparison.OrdinalIgnoreCase);

    // A sentence of its own: it opens its sentence and the narrative does not run on after it.
    private static bool IsStandalone(Narrative narrative, int quote, Quotation quotation, string body)
    {
        var text = narrative.Text;
        var opensSentence = narrative.SentenceStart(quote) == quote
                            || text.IsPunctuation(quote - 1, ':');
        if (!opensSentence) return false;
        var next = quote + 1;
        if (next >= text.Tokens.Length || text.Tokens[next].FirstParagraph != text.Tokens[quote].Paragraph) return true;
        if (text.StartsSentence(next) || text.Tokens[next].Kind == TokenKind.Quotation) return true;
        var last = body[quotation.Text.End - 1];
        return last is '.' or '!' or '?' or ',' or '\u2014' or '\u2026';
    }

    // What a long attribution after a quotation opens with: a name, a determiner, a pronoun or the cue itself.
    private bool MayOpenAttribution(Narrative narrative, int t) =>
        narrative.Text.IsCapitalized(t) || narrative.IsDeterminer(t)
        || narrative.Text.Word(t).Equals("one", StringComparison.OrdinalIgnoreCase) // "…," one of the people said
        || SubjectFinder.IsPronoun(narrative.Text.Word(t)) || _cues.TryMatch(narrative.Text, t, out _)
        || OpensTitledName(narrative, t);

    // "…," party spokesman Colby Reed said / mother of two Jo Ames said: up to four lowercase title words (no
    // preposition or determiner among them but an "of" inside) right before a person's name.
    private static bool OpensTitledName(Narrative narrative, int t)
    {
        var text = narrative.Text;
        for (var k = t; k < t + 4 && text.IsWord(k) && !text.IsCapitalized(k); k++)
        {
            if (narrative.IsFunctionWord(text.Word(k))
                && !(k > t && text.Word(k).Equals("of", StringComparison.Ordinal) && text.IsWord(k + 1) && !text.IsCapitalized(k + 1))) return false;
            if (narrative.Mentions.StartingAt(k + 1) is { Speaker.IsPerson: true, Possessive: false }) return true;
        }
        return false;
    }

    private static bool IsCoordinator(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase);

    private static bool IsClauseOpener(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
        || word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
        || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase)
        || word.Equals("as", StringComparison.OrdinalIgnoreCase) || word.Equals("because", StringComparison.OrdinalIgnoreCase)
        || word.Equals("when", StringComparison.OrdinalIgnoreCase) || word.Equals("while", StringComparison.OrdinalIgnoreCase)
        || word.Equals("if", StringComparison.OrdinalIgnoreCase)
        // "…looked "unsettled", though he said …": a subordinate clause of the narrative, not the quotation's attribution.
        || word.Equals("though", StringComparison.OrdinalIgnoreCase) || word.Equals("although", StringComparison.OrdinalIgnoreCase)
        || word.Equals("whereas", StringComparison.OrdinalIgnoreCase) || word.Equals("unless", StringComparison.OrdinalIgnoreCase)
        || word.Equals("until", StringComparison.OrdinalIgnoreCase);
}
