using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

public sealed class SiteBuilderTests : IDisposable
{
    private const string HarbourArticle = """
        “A bridge over cold water”: Harbour talks between Norway and Denmark stall again

        “A bridge over cold water”
        Harbour talks between Norway and Denmark stall again

        Negotiators from Norway and Denmark met in Oslo on Tuesday to discuss a shared ferry terminal. The Danish delegation walked out once morest the advice of its own lawyers.

        Maritime minister Ingrid Halvorsen said the Nordic Council would review the plan. “We will not sign a deal that leaves our fishermen behind,” Halvorsen told reporters.

        Fishermen fear higher fees

        harbour_talks.jpg

        Ingrid Halvorsen speaks to reporters outside the ministry in Oslo.

        (Photo: Nordic Wire / Erik Lund)

        The Nordic Council said it expected a new draft before the summer. Copenhagen declined to comment.

        Leave a Replay
        """;

    private readonly FixtureSite _site = FixtureSite.Parse($"""
        -- site.config.yml --
        title: Harbour Herald
        baseUrl: https://news.example.org/
        pageSize: 2
        -- content/harbour.txt --
        {HarbourArticle}
        -- content/notes.md --
        ---
        title: Editor's notes on the ferry
        date: 2024-03-02
        tags: [Ferries]
        countries: [NO]
        ---
        The ferry is *late* again.
        """);

    public SiteBuilderTests()
    {
        _site.WriteBytes("content/harbour_talks.jpg", TestImages.Jpeg(64, 48));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Raw_article_page_has_headline_kicker_figure_and_subheading()
    {
        _site.BuildOk();
        var page = _site.Html("articles/harbour-talks-between-norway-and-denmark-stall-again/index.html");

        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Harbour talks between Norway and Denmark stall again", h1.TextContent.Trim());
        Assert.Equal("“A bridge over cold water”", page.QuerySelector(".kicker")!.TextContent.Trim());

        var figure = Assert.Single(page.QuerySelectorAll("article figure"));
        Assert.EndsWith("/images/harbour_talks.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        var caption = figure.QuerySelector("figcaption")!.TextContent;
        Assert.Contains("Ingrid Halvorsen speaks to reporters outside the ministry in Oslo.", caption);
        Assert.Contains("Nordic Wire / Erik Lund", caption);

        Assert.Contains(page.QuerySelectorAll("article h2"), h => h.TextContent.Trim() == "Fishermen fear higher fees");
        var text = page.Body!.TextContent;
        Assert.DoesNotContain("Leave a Replay", text);
        Assert.DoesNotContain("once morest", text);
        Assert.Contains("walked out against the advice of its own lawyers", text);
    }

    [Fact]
    public void Country_and_tag_pages_list_the_article()
    {
        _site.BuildOk();
        const string url = "/articles/harbour-talks-between-norway-and-denmark-stall-again/";

        foreach (var page in new[] { "countries/norway/index.html", "countries/denmark/index.html", "tags/ingrid-halvorsen/index.html", "tags/nordic-council/index.html" })
        {
            var links = _site.Html(page).QuerySelectorAll("main article a").Select(a => a.GetAttribute("href"));
            Assert.Contains(url, links);
        }

        var countries = _site.Html("countries/index.html").QuerySelectorAll("main a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(countries, c => c.EndsWith("Norway", StringComparison.Ordinal));
        Assert.Contains(countries, c => c.EndsWith("Denmark", StringComparison.Ordinal));
    }

    [Fact]
    public void Authored_front_matter_wins_over_detection()
    {
        _site.BuildOk();
        var page = _site.Html("articles/editors-notes-on-the-ferry/index.html");
        var chips = page.QuerySelectorAll(".chips a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Ferries", chips);
        Assert.Contains(chips, c => c.EndsWith("Norway", StringComparison.Ordinal));
        Assert.Equal(2, chips.Count);
        Assert.Equal("late", page.QuerySelector("article em")!.TextContent);
    }

    [Fact]
    public void Home_page_lists_latest_first_and_paginates()
    {
        _site.Write("content/third.md", "---\ntitle: Third note\ndate: 2024-05-01\n---\nBody.\n");
        _site.BuildOk();

        var titles = _site.Html("index.html").QuerySelectorAll("main article h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Third note", "Editor's notes on the ferry"], titles);
        Assert.True(_site.Exists("page/2/index.html"));
        var next = _site.Html("index.html").QuerySelector("a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/page/2/", next);
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_file()
    {
        _site.BuildOk();
        Assert.Empty(HtmlLinks.Broken(_site.Output));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        _site.BuildOk();
        var before = _site.OutputFiles().ToDictionary(f => f, _site.Text);

        _site.Write("templates/layouts/article.html", "{{ if }}");
        var report = _site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d is { IsError: true, Path: "templates/layouts/article.html", Line: 1, Column: 7 });
        Assert.Equal(before, _site.OutputFiles().ToDictionary(f => f, _site.Text));
    }

    [Fact]
    public void A_folder_with_only_content_builds_with_the_embedded_theme()
    {
        using var bare = FixtureSite.Parse("""
            -- content/only.md --
            ---
            title: Only article
            date: 2024-01-01
            ---
            Hello.
            """);
        var report = bare.BuildOk();
        Assert.Equal(1, report.Articles);
        Assert.True(bare.Exists("assets/css/site.css"));
        Assert.Equal("Only article", bare.Html("articles/only-article/index.html").QuerySelector("h1")!.TextContent.Trim());
    }
}
