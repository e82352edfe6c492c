using System.Text;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Benchmarks.Reporting;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Dates;
using NewsArchive.Extraction.Entities;
using NewsArchive.Extraction.Events;
using NewsArchive.Extraction.Quotes;
using NewsArchive.Extraction.Reading;
using NewsArchive.Extraction.Text;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>
/// Where an article's extraction time goes: the stages run in ArticleExtractor's order over the same inputs, each
/// timed by the extracting thread's CPU clock, summed over a pass of the corpus; the median of several passes after
/// the warm-up. Stages timed together on the same article, not alone, so each pays the cache misses it pays in the
/// real pipeline. The clock reads (~10 per article) add a little to the total.
/// </summary>
public static class ExtractionStages
{
    private static readonly string[] Names =
        ["sentences", "quotations", "entity mentions", "alias resolution", "mention counting", "speaker attribution", "date scan", "publication date", "events"];

    public static void Run(int count, int passes, Report report)
    {
        if (!ThreadCpuTime.IsAvailable)
        {
            report.Line("The stage breakdown needs Linux's thread CPU clock.");
            return;
        }
        var documents = new CorpusGenerator().Generate(count)
            .Select(a => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(a.Content), writable: false), a.FileName))
            .ToList();
        var stages = new Pipeline();
        // The stage-by-stage copy must stay ArticleExtractor's pipeline: a stage added there and not here goes untimed.
        var extractor = new ArticleExtractor();
        var differing = documents.Count(d => ExtractionDump.ToJson(stages.Extract(d, new double[Names.Length], new long[Names.Length])) != ExtractionDump.ToJson(extractor.Extract(d)));
        if (differing > 0)
        {
            report.Line($"ExtractionStages.Pipeline no longer gives ArticleExtractor's output ({differing:N0} of {count:N0} articles differ): bring it in line before timing.");
            return;
        }
        // Warm-up as in the extract suite: tiered compilation needs many passes before the rules reach their last tier.
        for (var pass = 0; pass < 8; pass++) stages.Pass(documents, new double[Names.Length], new long[Names.Length]);

        var timed = new List<double[]>();
        var stageBytes = new long[Names.Length];
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        for (var pass = 0; pass < passes; pass++)
        {
            var micros = new double[Names.Length];
            stages.Pass(documents, micros, stageBytes);
            timed.Add(micros);
        }
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        pause = GC.GetTotalPauseDuration() - pause;
        collections = GC.CollectionCount(0) - collections;
        var medians = Enumerable.Range(0, Names.Length)
            .Select(s => timed.Select(p => p[s]).Order().ElementAt(passes / 2) / count)
            .ToArray();
        var totals = timed.Select(p => p.Sum() / count).Order().ToList();
        var articles = (double)count * passes;
        for (var s = 0; s < Names.Length; s++)
            report.Row($"stage: {Names[s]}", $"{medians[s]:N1} µs", $"thread CPU per article, median of the timed passes; {stageBytes[s] / articles / 1024:N1} KB allocated");
        report.Row("stages together", $"{totals[passes / 2]:N1} µs",
            $"thread CPU per article, median pass (passes {string.Join(" / ", totals.Select(t => t.ToString("N0")))})");
        report.Row("allocated", $"{bytes / articles / 1024:N1} KB per article",
            $"{collections / articles * 1000:N1} gen0 collections per 1,000 articles, {pause.TotalMilliseconds * 1000 / articles:N1} µs of GC pause per article (inside the stage figures)");
    }

    /// <summary>
    /// The tokenizers and the sentence splitter alone, each run over the whole corpus in a loop of its own (thread CPU
    /// per article, median of the passes): steadier under load than the stages, for tuning one part at a time.
    /// </summary>
    public static void RunParts(int count, int passes, Report report)
    {
        var documents = new CorpusGenerator().Generate(count)
            .Select(a => ArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(a.Content), writable: false), a.FileName))
            .ToList();
        var splitter = new SentenceSplitter();
        var quotationFinder = new QuotationFinder();
        var quotedFinder = new QuotedRegionFinder();
        var bodyTokenizer = new BodyTokenizer();
        var inputs = documents.Select(d =>
        {
            var sentences = splitter.Split(d.Body, d.Paragraphs);
            var quotations = quotationFinder.Find(d.Body, d.Paragraphs);
            var words = new List<NewsArchive.Extraction.Text.Token>();
            foreach (var sentence in sentences) Tokenizer.Tokenize(d.Body, sentence.Span, words);
            var lowercase = words.Where(w => w.Kind == NewsArchive.Extraction.Text.TokenKind.Word && char.IsLower(d.Body[w.Start])).ToArray();
            return (Document: d, Sentences: sentences, Quotations: quotations, Quoted: quotedFinder.Find(d.Body, d.Paragraphs, quotations), Lowercase: lowercase);
        }).ToList();
        var tokens = new List<NewsArchive.Extraction.Text.Token>();
        var sink = 0;
        (string Name, Action<int> Run)[] parts =
        [
            ("sentence splitter", i => sink += splitter.Split(inputs[i].Document.Body, inputs[i].Document.Paragraphs).Count),
            ("date tokenizer (Text/Tokenizer over every sentence)", i =>
            {
                tokens.Clear();
                foreach (var sentence in inputs[i].Sentences) Tokenizer.Tokenize(inputs[i].Document.Body, sentence.Span, tokens);
                sink += tokens.Count;
            }),
            ("lower-case vocabulary (TextWordSet, every lower-case word added)", i =>
            {
                var body = inputs[i].Document.Body;
                var set = new TextWordSet(body, body.Length / 16);
                foreach (var word in inputs[i].Lowercase) set.Add(word.Start, word.Length);
                sink += set.Count;
            }),
            ("entity tokenizer (BodyTokenizer, with its lower-case TextWordSet)", i =>
                sink += bodyTokenizer.Tokenize(inputs[i].Document.Body, inputs[i].Document.Paragraphs, inputs[i].Sentences, inputs[i].Quoted).Tokens.Length),
            ("narrative tokenizer (AttributionText)", i =>
                sink += AttributionText.Build(inputs[i].Document.Body, inputs[i].Document.Paragraphs, inputs[i].Quotations, inputs[i].Sentences).Tokens.Length),
        ];
        foreach (var (name, run) in parts)
        {
            var times = new List<double>();
            for (var pass = 0; pass < passes + 30; pass++)
            {
                var before = ThreadCpuTime.Microseconds();
                for (var i = 0; i < inputs.Count; i++) run(i);
                if (pass >= 30) times.Add((ThreadCpuTime.Microseconds() - before) / inputs.Count);
            }
            times.Sort();
            report.Row($"part: {name}", $"{times[times.Count / 2]:N2} µs", $"thread CPU per article alone, median of {passes} passes (min {times[0]:N2})");
        }
        GC.KeepAlive(sink);
    }

    // ArticleExtractor.Extract, stage by stage (EntityRecognizer.Recognize split into its three steps).
    private sealed class Pipeline
    {
        private readonly SentenceSplitter _sentences = new();
        private readonly QuotationFinder _quotations = new();
        private readonly EntityRecognizer _entities = new();
        private readonly AliasResolver _aliases = new();
        private readonly MentionCounter _counter = new();
        private readonly SpeakerAttributor _speakers = new();
        private readonly DateMentionFinder _dates = new();
        private readonly PublicationDateResolver _publication = new();
        private readonly EventFinder _events = new();

        public void Pass(List<ArticleDocument> documents, double[] micros, long[] bytes)
        {
            foreach (var document in documents) Extract(document, micros, bytes);
        }

        // Bytes are read after each stage's clock, so the clock reads are not counted in them.
        public ArticleExtraction Extract(ArticleDocument document, double[] micros, long[] bytes)
        {
            var b0 = GC.GetAllocatedBytesForCurrentThread();
            var t0 = ThreadCpuTime.Microseconds();
            var sentences = _sentences.Split(document.Body, document.Paragraphs);
            var t1 = ThreadCpuTime.Microseconds();
            var b1 = GC.GetAllocatedBytesForCurrentThread();
            var quotations = _quotations.Find(document.Body, document.Paragraphs);
            var t2 = ThreadCpuTime.Microseconds();
            var b2 = GC.GetAllocatedBytesForCurrentThread();
            var mentions = _entities.FindMentions(document, sentences, quotations);
            var t3 = ThreadCpuTime.Microseconds();
            var b3 = GC.GetAllocatedBytesForCurrentThread();
            var resolved = _aliases.Resolve(mentions);
            var t4 = ThreadCpuTime.Microseconds();
            var b4 = GC.GetAllocatedBytesForCurrentThread();
            var entities = _counter.Count(resolved);
            var t5 = ThreadCpuTime.Microseconds();
            var b5 = GC.GetAllocatedBytesForCurrentThread();
            var quotes = _speakers.Attribute(document, sentences, quotations, entities);
            var t6 = ThreadCpuTime.Microseconds();
            var b6 = GC.GetAllocatedBytesForCurrentThread();
            var dates = _dates.Find(document.Body, sentences);
            var t7 = ThreadCpuTime.Microseconds();
            var b7 = GC.GetAllocatedBytesForCurrentThread();
            var publication = _publication.Resolve(document, dates, null);
            var t8 = ThreadCpuTime.Microseconds();
            var b8 = GC.GetAllocatedBytesForCurrentThread();
            var events = _events.Find(document, sentences, dates, publication, entities);
            var t9 = ThreadCpuTime.Microseconds();
            var b9 = GC.GetAllocatedBytesForCurrentThread();
            micros[0] += t1 - t0;
            micros[1] += t2 - t1;
            micros[2] += t3 - t2;
            micros[3] += t4 - t3;
            micros[4] += t5 - t4;
            micros[5] += t6 - t5;
            micros[6] += t7 - t6;
            micros[7] += t8 - t7;
            micros[8] += t9 - t8;
            bytes[0] += b1 - b0;
            bytes[1] += b2 - b1;
            bytes[2] += b3 - b2;
            bytes[3] += b4 - b3;
            bytes[4] += b5 - b4;
            bytes[5] += b6 - b5;
            bytes[6] += b7 - b6;
            bytes[7] += b8 - b7;
            bytes[8] += b9 - b8;
            return new ArticleExtraction(document, publication, entities.People, entities.Organizations, entities.Places, quotes, events);
        }
    }
}
