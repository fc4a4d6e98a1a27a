using StaticGen.Build;
using StaticGen.Configuration;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>Standalone pages (<c>type: page</c>) and the site menu: what a Hugo user's "About" page needs.</summary>
public sealed class StandalonePagesTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Quayside Daily
        baseUrl: https://quay.example.org/daily/
        menu:
          - name: Latest
            url: /
          - name: About us
            url: /about/
          - name: Letters
            url: https://letters.example.net/quayside
        -- content/about.md --
        ---
        title: About the Quayside Daily
        type: page
        slug: about
        ---
        The Quayside Daily has covered the harbour since 1911. Our editors answer to readers, not to NATO or Gazprom.
        -- content/pier.md --
        ---
        title: The pier reopens
        date: 2024-05-01
        tags: [Harbour Authority]
        ---
        Anglers were back on the pier by noon. Read [about us](about.md).
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_page_is_published_at_the_top_of_the_site_and_in_the_sitemap_but_never_listed_fed_or_tagged()
    {
        var report = _site.BuildOk();

        var page = _site.Html("about/index.html");
        Assert.Equal("About the Quayside Daily", page.QuerySelector("main h1")!.TextContent);
        Assert.Contains("covered the harbour since 1911", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://quay.example.org/daily/about/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        Assert.Equal(1, report.Articles);
        Assert.DoesNotContain("/daily/about/", _site.Html("index.html").QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("About the Quayside", _site.Text("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://quay.example.org/daily/about/</loc>", _site.Text("sitemap.xml"), StringComparison.Ordinal);

        // Nothing is detected on a page, and it needs no date.
        Assert.False(_site.Exists("tags/nato/index.html"));
        Assert.False(_site.Exists("tags/gazprom/index.html"));
        Assert.DoesNotContain(report.Diagnostics, static d => d.Path == "content/about.md");
    }

    [Fact]
    public void An_incremental_build_remakes_an_edited_page_and_the_sitemap_it_dates()
    {
        _site.BuildOk();
        _site.Write("content/about.md", "---\ntitle: About the Quayside Daily\ntype: page\nslug: about\nupdated: 2024-06-01\n---\nNow owned by its readers.\n");
        var report = _site.BuildOk(new() { SiteRoot = _site.Root, Verify = true });

        Assert.True(report.Verified);
        Assert.Contains("Now owned by its readers.", _site.Html("about/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<lastmod>2024-06-01", _site.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_remakes_an_edited_page_as_a_full_build_makes_it()
    {
        // Dated, so that nothing but the edit differs between the two rebuilds.
        _site.Write("content/about.md", "---\ntitle: About the Quayside Daily\ntype: page\nslug: about\ndate: 2024-01-01\n---\nSince 1911.\n");
        var live = new LiveSite(new BuildOptions { SiteRoot = _site.Root, SourceDateEpoch = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(live.Rebuild().Succeeded);
        _site.Write("content/about.md", "---\ntitle: About the Quayside Daily\ntype: page\nslug: about\ndate: 2024-01-01\n---\nNow owned by its readers.\n");
        Assert.True(live.Rebuild([Path.Combine(_site.Root, "content", "about.md")]).Succeeded);

        _site.BuildOk(new() { SiteRoot = _site.Root, SourceDateEpoch = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.Contains("Now owned by its readers.", File.ReadAllText(Path.Combine(_site.Output, "about/index.html")), StringComparison.Ordinal);
        foreach (var path in new[] { "about/index.html", "sitemap.xml", "articles/the-pier-reopens/index.html" })
        {
            Assert.True(live.TryGetFile(path, out var served), path);
            Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Output, path)), served);
        }
    }

    [Fact]
    public void An_article_links_to_a_page_by_its_file()
    {
        _site.BuildOk();

        var link = _site.Html("articles/the-pier-reopens/index.html").QuerySelector("main .prose a")!;
        Assert.Equal("/daily/about/", link.GetAttribute("href"));
    }

    [Fact]
    public void A_page_cannot_take_a_folder_of_the_site_and_moves_aside_with_a_warning()
    {
        _site.Write("content/tags.md", "---\ntitle: Our tags explained\ntype: page\nslug: tags\n---\nHow we tag.\n");
        var report = _site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, static d => d.Path == "content/tags.md");
        Assert.Equal(4, warning.Line);
        Assert.Contains("/tags/ is already taken by the site's own pages", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Our tags explained", _site.Html("tags-2/index.html").QuerySelector("main h1")!.TextContent);
        Assert.NotNull(_site.Html("tags/index.html").QuerySelector("main"));
    }

    [Fact]
    public void An_unknown_type_names_its_line_and_the_file_is_skipped()
    {
        _site.Write("content/odd.md", "---\ntitle: Odd\ntype: gallery\n---\nPictures.\n");
        var report = _site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, static d => d.Path == "content/odd.md");
        Assert.Equal(3, warning.Line);
        Assert.Contains("'type' must be 'article' (the default) or 'page'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(the file is skipped)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_menu_links_under_the_base_path_and_marks_the_current_page()
    {
        _site.BuildOk();

        var nav = _site.Html("about/index.html").QuerySelectorAll("header nav a").Select(static a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("aria-current"))).ToList();
        Assert.Equal(
            [("Latest", "/daily/", null), ("About us", "/daily/about/", "page"), ("Letters", "https://letters.example.net/quayside", null)],
            nav);
        Assert.Equal(3, _site.Html("index.html").QuerySelectorAll("footer nav[aria-label='All sections'] a").Length);
    }

    [Fact]
    public void Without_a_menu_the_site_gets_latest_countries_topics_and_search()
    {
        _site.Write("site.config.yml", "title: Quayside Daily\n");
        _site.BuildOk();

        var nav = _site.Html("index.html").QuerySelectorAll("header nav a").Select(static a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Latest", "/"), ("Countries", "/countries/"), ("Topics", "/tags/"), ("Search", "/search/")], nav);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "must be a path inside the site (/about/) or an http(s) or mailto URL")]
    [InlineData("about/", "must start with '/'")]
    [InlineData("/../../etc/", "must stay inside the site")]
    public void A_menu_link_that_is_not_a_site_path_or_a_web_address_is_an_error_at_its_line(string url, string expected)
    {
        var result = SiteConfigReader.Parse("site.config.yml", $"title: A\nmenu:\n  - name: Bad\n    url: \"{url}\"\n");

        var error = Assert.Single(result.Diagnostics, static d => d.IsError);
        Assert.Equal(3, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
