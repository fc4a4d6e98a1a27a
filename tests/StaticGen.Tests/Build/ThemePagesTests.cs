using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using StaticGen.Build;
using StaticGen.Tests.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>The default theme end to end: a small newsroom site published under a sub-path.</summary>
public sealed class ThemePagesTests : IDisposable
{
    private const string Base = "/gazette/";

    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Fjord Gazette
        description: Daily news from the western fjords.
        baseUrl: https://example.github.io/gazette/
        language: nb
        pageSize: 2
        buildDate: 2024-06-10T12:00:00Z
        -- content/ferry.md --
        ---
        title: Ferry crews vote to end the strike
        kicker: Transport
        date: 2024-06-10T08:00:00Z
        author: Solveig Dahl
        summary: Crews on the Bergen ferries accepted a new wage offer on Monday.
        tags: [Ferries, Bergen]
        countries: [NO]
        images:
          - src: ferry.png
            caption: A ferry leaves the quay in Bergen.
            credit: Per Holm
        ---
        The vote was close.

        ![A ferry leaves the quay in Bergen.](ferry.png "Per Holm")

        ## What happens next

        Sailings resume on Tuesday.
        -- content/bridge.md --
        ---
        title: Bridge inspection finds cracks
        date: 2024-06-09T10:00:00Z
        summary: Engineers found cracks in the old bridge over the sound.
        tags: [Bergen]
        countries: [NO, SE]
        images:
          - src: missing.jpg
            caption: The bridge seen from the water.
        ---
        The inspection took three days.

        ![The bridge seen from the water.](missing.jpg)
        -- content/budget.md --
        ---
        title: County budget passes
        date: 2024-05-01
        summary: The county council passed next year's budget.
        tags: [Budget]
        countries: [SE]
        ---
        The vote was unanimous.
        -- content/draft.md --
        ---
        title: Unfinished draft about tolls
        date: 2024-06-01
        draft: true
        ---
        Not ready.
        -- content/future.md --
        ---
        title: Festival opens next month
        date: 2024-07-20
        ---
        Scheduled.
        """);

    public ThemePagesTests()
    {
        _site.WriteBytes("content/ferry.png", TestImages.Png(800, 450));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Home_lists_cards_newest_first_with_kicker_summary_date_image_and_chips()
    {
        _site.BuildOk();
        var home = _site.Html("index.html");

        var cards = home.QuerySelectorAll("main article.card");
        Assert.Equal(["Ferry crews vote to end the strike", "Bridge inspection finds cracks"], cards.Select(c => c.QuerySelector("h2")!.TextContent.Trim()));
        var first = cards[0];
        Assert.Equal("Transport", first.QuerySelector(".kicker")!.TextContent);
        Assert.Equal("Crews on the Bergen ferries accepted a new wage offer on Monday.", first.QuerySelector(".card__summary")!.TextContent);
        Assert.Equal("2024-06-10T08:00:00+00:00", first.QuerySelector("time")!.GetAttribute("datetime"));
        var image = first.QuerySelector("img.card__image")!;
        Assert.Equal(Base + "images/ferry.png", image.GetAttribute("src"));
        Assert.Equal(("800", "450"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("A ferry leaves the quay in Bergen.", image.GetAttribute("alt"));
        Assert.Equal("high", image.GetAttribute("fetchpriority"));
        Assert.Null(image.GetAttribute("loading"));
        Assert.Null(cards[1].QuerySelector("img.card__image"));
        Assert.Contains(first.QuerySelectorAll(".chips a"), a => a.GetAttribute("href") == Base + "countries/norway/");
        Assert.Equal("nb", home.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Home_is_paginated_with_numbers_and_previous_next()
    {
        _site.BuildOk();
        var second = _site.Html("page/2/index.html");

        Assert.Equal(["County budget passes"], second.QuerySelectorAll("main article.card h2").Select(h => h.TextContent.Trim()));
        var pagination = second.QuerySelector("nav.pagination")!;
        Assert.Equal(Base, pagination.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(pagination.QuerySelector("a[rel=next]"));
        Assert.Equal("2", pagination.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Contains(pagination.QuerySelectorAll("a"), a => a.TextContent == "1" && a.GetAttribute("href") == Base);
    }

    [Fact]
    public void Article_page_has_one_h1_byline_time_reading_time_figures_chips_related_and_neighbours()
    {
        _site.BuildOk();
        var page = _site.Html("articles/ferry-crews-vote-to-end-the-strike/index.html");

        Assert.Equal("Ferry crews vote to end the strike", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("Transport", page.QuerySelector(".article__header .kicker")!.TextContent);
        Assert.Contains("By Solveig Dahl", page.QuerySelector(".byline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("10 June 2024", page.QuerySelector(".byline time")!.TextContent);
        Assert.Matches(@"\d+ min read", page.QuerySelector(".byline")!.TextContent);
        var figure = page.QuerySelector(".article__body figure")!;
        Assert.Equal(("800", "450"), (figure.QuerySelector("img")!.GetAttribute("width"), figure.QuerySelector("img")!.GetAttribute("height")));
        Assert.Equal("Per Holm", figure.QuerySelector(".figure__credit")!.TextContent);
        Assert.Equal("A ferry leaves the quay in Bergen.", figure.QuerySelector("img")!.GetAttribute("alt"));

        Assert.Equal(["Bridge inspection finds cracks"], page.QuerySelectorAll(".related a").Select(a => a.TextContent));
        Assert.Null(page.QuerySelector(".article-nav a[rel=prev]"));
        Assert.Equal(Base + "articles/bridge-inspection-finds-cracks/", page.QuerySelector(".article-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["Bergen", "Ferries", "Norway"], page.QuerySelectorAll(".article__footer .chips a").Select(a => a.TextContent.Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_picture_keeps_its_caption_without_a_broken_image()
    {
        _site.BuildOk();
        var page = _site.Html("articles/bridge-inspection-finds-cracks/index.html");

        var figure = page.QuerySelector(".article__body figure.figure--missing")!;
        Assert.Null(figure.QuerySelector("img"));
        Assert.Equal("The bridge seen from the water.", figure.QuerySelector("figcaption")!.TextContent.Trim());
    }

    [Fact]
    public void Head_has_canonical_description_open_graph_twitter_and_news_article_json_ld()
    {
        _site.BuildOk();
        var page = _site.Html("articles/ferry-crews-vote-to-end-the-strike/index.html");
        const string url = "https://example.github.io/gazette/articles/ferry-crews-vote-to-end-the-strike/";

        Assert.Equal("Ferry crews vote to end the strike | Fjord Gazette", page.Title);
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Crews on the Bergen ferries accepted a new wage offer on Monday.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(url, Meta(page, "og:url"));
        // The social card: the picture cut to 1.91:1 (800×450 holds 800×420).
        Assert.Equal("https://example.github.io/gazette/images/ferry.card.jpg", Meta(page, "og:image"));
        Assert.Equal(("800", "420"), (Meta(page, "og:image:width"), Meta(page, "og:image:height")));
        Assert.Equal("2024-06-10T08:00:00+00:00", Meta(page, "article:published_time"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));

        using var json = JsonDocument.Parse(page.Scripts.Single(s => s.Type == "application/ld+json").Text);
        var ld = json.RootElement;
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("Ferry crews vote to end the strike", ld.GetProperty("headline").GetString());
        Assert.Equal("2024-06-10T08:00:00+00:00", ld.GetProperty("datePublished").GetString());
        Assert.Equal("Solveig Dahl", ld.GetProperty("author")[0].GetProperty("name").GetString());
        // The crops Google asks for (16:9, 4:3, 1:1), cut like the card; og:image stays the card.
        Assert.Equal(
            ["https://example.github.io/gazette/images/ferry.16x9.jpg", "https://example.github.io/gazette/images/ferry.4x3.jpg", "https://example.github.io/gazette/images/ferry.1x1.jpg"],
            ld.GetProperty("image").EnumerateArray().Select(static i => i.GetString()));
        Assert.Equal("nb", ld.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public void Taxonomy_indexes_show_counts_flags_and_groups_and_term_pages_have_feeds()
    {
        _site.BuildOk();
        var countries = _site.Html("countries/index.html");
        var europe = countries.QuerySelectorAll("section.term-group").Single(s => s.QuerySelector("h2")!.TextContent.StartsWith("Europe", StringComparison.Ordinal));
        var norway = europe.QuerySelectorAll("li").Single(li => li.QuerySelector(".term__name")!.TextContent == "Norway");
        Assert.Equal("2 articles", norway.QuerySelector(".term__count")!.TextContent);
        Assert.Equal(Base + "assets/flags/no.svg", norway.QuerySelector("img.flag")!.GetAttribute("src"));
        Assert.True(_site.Exists("assets/flags/no.svg"));
        Assert.False(_site.Exists("assets/flags/fr.svg"));

        var tags = _site.Html("tags/index.html");
        var bergen = tags.QuerySelectorAll("main li").Single(li => li.QuerySelector("a")!.TextContent == "Bergen");
        Assert.Equal("2 articles", bergen.QuerySelector(".term__count")!.TextContent);

        var term = _site.Html("tags/bergen/index.html");
        Assert.Equal(Base + "tags/bergen/feed.xml", term.QuerySelector("link[rel=alternate][href$='tags/bergen/feed.xml']")!.GetAttribute("href"));
        Assert.Equal(Base + "tags/bergen/feed.xml", term.QuerySelector("main a.feed-link")!.GetAttribute("href"));
        Assert.True(_site.Exists("tags/bergen/feed.xml"));
    }

    [Fact]
    public void Search_page_points_at_the_index_under_the_base_path()
    {
        _site.BuildOk();
        var search = _site.Html("search/index.html");

        var form = search.QuerySelector("form#search-form")!;
        Assert.Equal(Base + "search/index.json", form.GetAttribute("data-index"));
        Assert.Equal(Base + "assets/js/search.js", search.Scripts.Single(s => s.Source is { Length: > 0 }).Source);
        Assert.True(_site.Exists("search/index.json"));
        Assert.True(_site.Exists("assets/js/search.js"));
        Assert.Equal("noindex", search.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void Drafts_and_future_articles_are_left_out_everywhere_unless_asked_for()
    {
        _site.BuildOk();
        var everything = string.Join('\n', _site.OutputFiles().Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)).Select(_site.Text));
        Assert.DoesNotContain("Unfinished draft", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Festival opens", everything, StringComparison.Ordinal);

        _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, IncludeDrafts = true, IncludeFuture = true });
        Assert.True(_site.Exists("articles/unfinished-draft-about-tolls/index.html"));
        Assert.Contains("Festival opens next month", _site.Text("feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Robots_names_both_sitemaps_and_the_news_sitemap_has_recent_articles()
    {
        _site.BuildOk();
        Assert.Contains("Sitemap: https://example.github.io/gazette/sitemap.xml", _site.Text("robots.txt"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.github.io/gazette/sitemap-news.xml", _site.Text("robots.txt"), StringComparison.Ordinal);
        var news = System.Xml.Linq.XDocument.Parse(_site.Text("sitemap-news.xml"));
        Assert.Equal(2, news.Descendants().Count(e => e.Name.LocalName == "url"));
    }

    [Fact]
    public void Feeds_carry_the_lead_picture_when_its_file_is_published()
    {
        _site.BuildOk();
        XNamespace media = "http://search.yahoo.com/mrss/";
        var rss = System.Xml.Linq.XDocument.Parse(_site.Text("feed.xml"));
        var items = rss.Descendants("item").ToList();
        var picture = items[0].Element(media + "content")!;
        Assert.Equal("https://example.github.io/gazette/images/ferry.png", picture.Attribute("url")!.Value);
        Assert.Equal("800", picture.Attribute("width")!.Value);
        Assert.Null(items[1].Element(media + "content"));

        using var json = JsonDocument.Parse(_site.Text("feed.json"));
        Assert.Equal("https://example.github.io/gazette/images/ferry.png", json.RootElement.GetProperty("items")[0].GetProperty("image").GetString());
    }

    [Fact]
    public void Every_link_stays_under_the_base_path_and_resolves_including_the_404_page()
    {
        _site.BuildOk();
        Assert.Empty(HtmlLinks.Broken(_site.Output, Base));
        var notFound = _site.Html("404.html");
        Assert.Equal("Page not found", notFound.QuerySelector("h1")!.TextContent);
        Assert.Equal(Base + "assets/css/site.css", notFound.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
