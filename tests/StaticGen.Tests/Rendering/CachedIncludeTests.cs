using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticGen.Rendering.Templates;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>
/// <c>include_cached</c> (Hugo's <c>partialCached</c>): one output per build for each set of keys, reused wherever
/// the same keys come again; the default theme's cards print exactly what an uncached include prints.
/// </summary>
public sealed class CachedIncludeTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Fjord Ledger
        baseUrl: https://example.org/
        pageSize: 2
        -- content/ferry.md --
        ---
        title: Ferry timetable changes in Stavanger
        date: 2024-03-04
        tags: [Harbour Board]
        countries: [Norway]
        ---
        The winter timetable ends a week early this year.
        -- content/bridge.md --
        ---
        title: Bridge tolls rise in Bergen
        date: 2024-03-05
        tags: [Harbour Board]
        countries: [Norway]
        ---
        Drivers pay two crowns more from April.
        -- content/quay.md --
        ---
        title: New quay opens in Ålesund
        date: 2024-03-06
        tags: [Harbour Board]
        ---
        The quay takes two cruise ships at once.
        -- templates/partials/title-stamp.html --
        <span class="stamp">{{ page.title }}</span>
        -- templates/partials/greeting.html --
        <em class="greeting">{{ $1 }} {{ greeting_place }}</em>
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Without_keys_the_partial_is_rendered_once_and_every_page_shows_that_output()
    {
        _site.Write("templates/partials/label.html", "<span class=\"label\">{{ label_text }}</span>\n");
        _site.Write("templates/layouts/search.html", "{{ label_text = 'made on the search page' }}{{ include_cached 'partials/label.html' }}\n");
        _site.Write("templates/layouts/404.html", "{{ label_text = 'made on the 404 page' }}{{ include_cached 'partials/label.html' }}\n");
        _site.BuildOk();

        var search = _site.Html("search/index.html").QuerySelector("main .label")!.TextContent;
        var notFound = _site.Html("404.html").QuerySelector("main .label")!.TextContent;
        Assert.Contains(search, new[] { "made on the search page", "made on the 404 page" });
        Assert.Equal(search, notFound);
    }

    [Fact]
    public void A_partial_that_reads_the_page_is_rendered_for_each_page_even_when_cached()
    {
        // The site's own footer shows the page's title; the default base.html caches the footer.
        Assert.Contains("include_cached 'partials/footer.html'", FixtureSite.DefaultTemplate("layouts/base.html"), StringComparison.Ordinal);
        _site.Write("templates/partials/footer.html", "<footer class=\"mine\">{{ include 'partials/title-stamp.html' }}</footer>\n");
        _site.Write("templates/layouts/search.html", "{{ include_cached 'partials/title-stamp.html' }}\n");
        _site.Write("templates/layouts/404.html", "{{ include_cached 'partials/title-stamp.html' }}\n");
        _site.BuildOk();

        Assert.Equal("Search", _site.Html("search/index.html").QuerySelector("main .stamp")!.TextContent);
        Assert.Equal("Page not found", _site.Html("404.html").QuerySelector("main .stamp")!.TextContent);
        Assert.Equal("Search", _site.Html("search/index.html").QuerySelector("footer.mine .stamp")!.TextContent);
        Assert.Equal("Bridge tolls rise in Bergen", _site.Html("articles/bridge-tolls-rise-in-bergen/index.html").QuerySelector("footer.mine .stamp")!.TextContent);
    }

    [Fact]
    public void A_different_key_renders_the_partial_again_and_the_same_value_reuses_it()
    {
        _site.Write("templates/layouts/search.html",
            "{{ greeting_place = 'at the search' }}{{ include_cached 'partials/greeting.html' 'Hello' }}{{ include_cached 'partials/greeting.html' 'Welcome' }}\n");
        _site.Write("templates/layouts/404.html", "{{ greeting_place = 'at the 404' }}{{ include_cached 'partials/greeting.html' 'Hello' }}\n");
        _site.BuildOk();

        var search = _site.Html("search/index.html").QuerySelectorAll("main .greeting").Select(static e => e.TextContent).ToList();
        Assert.Equal(2, search.Count);
        Assert.StartsWith("Hello ", search[0], StringComparison.Ordinal);
        Assert.StartsWith("Welcome ", search[1], StringComparison.Ordinal);
        // The value 'Hello' is the same key on the 404 page: the output made for one page is reused on the other.
        Assert.Equal(search[0], _site.Html("404.html").QuerySelector("main .greeting")!.TextContent);
    }

    [Fact]
    public async Task Two_pages_that_miss_the_cache_at_once_show_the_same_output()
    {
        // Both renderings are held inside the partial until the other has started: both miss the cache.
        using var bothInside = new Barrier(2);
        var include = new CachedInclude();
        string Render(string place)
        {
            var context = new TemplateContext { TemplateLoader = new OnePartial("partials/greeting.html", "{{ meet 'x' }}Hello {{ place }}") };
            var globals = new ScriptObject();
            globals.SetValue("include_cached", include, true);
            globals.SetValue("meet", new TextFunction("x", _ => bothInside.SignalAndWait(TimeSpan.FromSeconds(30)) ? "" : "timed out "), true);
            globals.SetValue("place", place, true);
            context.PushGlobal(globals);
            return Template.Parse("{{ include_cached 'partials/greeting.html' }}").Render(context);
        }

        var first = Task.Run(() => Render("at the search"));
        var second = Task.Run(() => Render("at the 404"));
        var outputs = await Task.WhenAll(first, second);

        Assert.Contains(outputs[0], new[] { "Hello at the search", "Hello at the 404" });
        Assert.Equal(outputs[0], outputs[1]);
    }

    private sealed class OnePartial(string name, string text) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            templatePath == name ? text : throw new ScriptRuntimeException(callerSpan, $"no partial {templatePath}");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }

    [Fact]
    public void Cached_cards_print_what_an_uncached_include_prints()
    {
        _site.BuildOk();
        var cached = CardsOf(["index.html", "page/2/index.html", "tags/harbour-board/index.html", "tags/harbour-board/page/2/index.html", "countries/norway/index.html"]);

        foreach (var layout in new[] { "home", "term" })
        {
            var text = FixtureSite.DefaultTemplate($"layouts/{layout}.html");
            Assert.Contains("include_cached 'partials/article-card.html' card", text, StringComparison.Ordinal);
            _site.Write($"templates/layouts/{layout}.html", text.Replace("include_cached 'partials/article-card.html' card", "include 'partials/article-card.html'", StringComparison.Ordinal));
            Assert.DoesNotContain("include_cached", File.ReadAllText(Path.Combine(_site.Root, $"templates/layouts/{layout}.html")), StringComparison.Ordinal);
        }

        _site.BuildOk();
        var uncached = CardsOf(["index.html", "page/2/index.html", "tags/harbour-board/index.html", "tags/harbour-board/page/2/index.html", "countries/norway/index.html"]);

        Assert.Equal(uncached, cached);
        Assert.Contains(cached, static cards => cards.Count == 2);
        // The lead card of each list page (its picture loads at once) is its own key, not the card of another page.
        Assert.All(cached, static cards => Assert.NotEmpty(cards));
    }

    private List<List<string>> CardsOf(string[] pages) =>
        [.. pages.Select(p => _site.Html(p).QuerySelectorAll("main article.card").Select(static c => c.OuterHtml).ToList())];
}
