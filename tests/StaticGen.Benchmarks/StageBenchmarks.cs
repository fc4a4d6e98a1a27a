using BenchmarkDotNet.Attributes;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;
using StaticGen.Rendering;
using StaticGen.Rendering.Templates;
using StaticGen.Site;

namespace StaticGen.Benchmarks;

/// <summary>
/// The hot stages of a build, one article or page at a time, with allocations (MemoryDiagnoser).
/// Inputs are <see cref="SampleArticles"/>; set STATICGEN_BENCH_CORPUS to a folder of raw
/// <c>.txt</c> articles (e.g. one written by ../shared/bench/gen_corpus.py) to parse and enrich its
/// first article instead.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    /// <summary>Articles in the site that pages are rendered from and taxonomies assembled for.</summary>
    public const int SiteArticles = 2_000;

    private static readonly DateTimeOffset s_buildDate = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly SiteConfig _config = new() { BaseUrl = new Uri("https://news.example.org/") };
    private Enricher _enricher = null!;
    private string _raw = "";
    private string _markdown = "";
    private string _body = "";
    private ParsedArticle _parsedRaw = null!;
    private ParsedArticle _parsedMarkdown = null!;
    private MarkdownRenderer _markdownRenderer = null!;
    private List<Article> _articles = null!;
    private PageRenderer _pageRenderer = null!;
    private Page _articlePage = null!;
    private Page _termPage = null!;
    private Page _homePage = null!;

    [GlobalSetup]
    public void Setup()
    {
        var gazetteer = Gazetteer.LoadDefault();
        _enricher = new Enricher(_config, gazetteer);
        _raw = Environment.GetEnvironmentVariable("STATICGEN_BENCH_CORPUS") is { Length: > 0 } corpus
            ? File.ReadAllText(Directory.EnumerateFiles(corpus, "*.txt").Order(StringComparer.Ordinal).First())
            : SampleArticles.Raw(7);
        _markdown = SampleArticles.Markdown(7);
        _body = SampleArticles.Body(7);
        _parsedRaw = RawArticleParser.Parse("content/sample.txt", _raw, _enricher.Cleanup.Classify).Article!;
        _parsedMarkdown = MarkdownArticleParser.Parse("content/sample.md", _markdown).Article!;
        _markdownRenderer = new MarkdownRenderer(_config.Markdown);

        _articles = [.. Enumerable.Range(0, SiteArticles).Select(i =>
            _enricher.Enrich(MarkdownArticleParser.Parse($"content/{i:D5}.md", SampleArticles.Markdown(i)).Article!, s_buildDate).Article)];
        var site = SiteAssembler.Assemble(_config, _articles, [], new PublishOptions(s_buildDate)).Site;
        var templates = TemplateLoader.Load(null).Templates;
        _pageRenderer = new PageRenderer(site, templates, _markdownRenderer);
        _articlePage = site.Pages.OfType<ArticlePage>().ElementAt(SiteArticles / 2);
        _termPage = site.Pages.OfType<TermPage>().First(p => p.Pager.Number == 2);
        _homePage = site.Pages.OfType<HomePage>().ElementAt(3);
    }

    [Benchmark(Description = "raw parse")]
    public ParseResult RawParse() => RawArticleParser.Parse("content/sample.txt", _raw, _enricher.Cleanup.Classify);

    [Benchmark(Description = "front matter parse")]
    public ParseResult MarkdownParse() => MarkdownArticleParser.Parse("content/sample.md", _markdown);

    [Benchmark(Description = "enrich raw (detection)")]
    public EnrichResult EnrichRaw() => _enricher.Enrich(_parsedRaw, s_buildDate);

    [Benchmark(Description = "enrich markdown (authored tags)")]
    public EnrichResult EnrichMarkdown() => _enricher.Enrich(_parsedMarkdown, s_buildDate);

    [Benchmark(Description = "markdown render")]
    public RenderedMarkdown MarkdownRender() => _markdownRenderer.Render(_body, static _ => LinkResolution.External);

    [Benchmark(Description = "template render: article page")]
    public RenderResult RenderArticle() => _pageRenderer.Render(_articlePage);

    [Benchmark(Description = "template render: term page")]
    public RenderResult RenderTerm() => _pageRenderer.Render(_termPage);

    [Benchmark(Description = "template render: home page")]
    public RenderResult RenderHome() => _pageRenderer.Render(_homePage);

    [Benchmark(Description = "taxonomy assembly (2,000 articles)")]
    public AssembleResult Assemble() => SiteAssembler.Assemble(_config, _articles, [], new PublishOptions(s_buildDate));
}
