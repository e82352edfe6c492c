using System.Text;
using BenchmarkDotNet.Attributes;
using NewsArchive.Benchmarks.Corpus;
using NewsArchive.Extraction;
using NewsArchive.Extraction.Reading;

namespace NewsArchive.Benchmarks.Extraction;

/// <summary>Reading plus full extraction of one typical generated article, per format, with allocations.</summary>
[MemoryDiagnoser]
public class SingleArticleExtractionBenchmark
{
    private readonly ArticleExtractor _extractor = new();
    private byte[] _content = [];
    private string _fileName = "";

    /// <summary>Corpus index: 0 is .txt, 1 is .md, 2 is .html (the generator rotates formats).</summary>
    [Params(0, 1, 2)]
    public int Article { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var article = new CorpusGenerator().Article(Article + 300); // past the first few, which are not special
        _content = Encoding.UTF8.GetBytes(article.Content);
        _fileName = article.FileName;
    }

    [Benchmark]
    public ArticleExtraction ReadAndExtract()
    {
        using var stream = new MemoryStream(_content, writable: false);
        return _extractor.Extract(ArticleReader.Read(stream, _fileName));
    }
}
