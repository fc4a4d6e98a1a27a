using System.Text.Json;
using System.Xml.Linq;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>Sections from content folders and front matter: fronts with pages and feeds, breadcrumbs, menus and clashes.</summary>
public sealed class SectionFrontsTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Valley Times
        baseUrl: https://valley.example.org/
        pageSize: 2
        buildDate: 2024-05-20T12:00:00Z
        sections:
          - slug: sport
            title: Sport & Leisure
            description: Matches, races and the people who run them.
          - slug: local-politics
            menu: false
        -- content/sport/derby.md --
        ---
        title: Valley derby ends in a draw
        date: 2024-05-19
        ---
        Neither side scored in a wet second half.
        -- content/sport/regatta.md --
        ---
        title: Rowing regatta moves to June
        date: 2024-05-18
        kicker: Rowing
        ---
        The lake was too high for the May date.
        -- content/sport/marathon.md --
        ---
        title: Marathon route avoids the old bridge
        date: 2024-05-17
        ---
        Runners will cross at the weir instead.
        -- content/local-politics/council.md --
        ---
        title: Council votes to keep the library open
        date: 2024-05-16
        ---
        The vote was nine to four.
        -- content/market.md --
        ---
        title: Farmers' market returns to the square
        date: 2024-05-15
        section: Business
        ---
        Twenty stalls opened on Saturday.
        -- content/weather.md --
        ---
        title: Cold snap expected this weekend
        date: 2024-05-14
        ---
        Frost is likely in the higher villages.
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_content_folder_becomes_a_section_front_with_pages_and_a_feed()
    {
        _site.BuildOk();
        var front = _site.Html("sport/index.html");
        Assert.Equal("Sport & Leisure", front.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Matches, races", front.QuerySelector(".page-intro")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["/articles/valley-derby-ends-in-a-draw/", "/articles/rowing-regatta-moves-to-june/"],
            front.QuerySelectorAll(".card__title a").Select(static a => a.GetAttribute("href")));
        Assert.Equal(["/articles/marathon-route-avoids-the-old-bridge/"], _site.Html("sport/page/2/index.html").QuerySelectorAll(".card__title a").Select(static a => a.GetAttribute("href")));

        var feed = XDocument.Parse(_site.Text("sport/feed.xml"));
        Assert.Equal(3, feed.Descendants("item").Count());
        Assert.Equal("https://valley.example.org/sport/", feed.Descendants("channel").Single().Element("link")!.Value);

        // Article URLs do not move.
        Assert.True(_site.Exists("articles/valley-derby-ends-in-a-draw/index.html"));
        Assert.False(_site.Exists("sport/valley-derby-ends-in-a-draw/index.html"));
    }

    [Fact]
    public void Front_matter_section_puts_a_top_level_article_in_a_section_and_an_unfiled_one_stays_in_none()
    {
        _site.BuildOk();
        var business = _site.Html("business/index.html");
        Assert.Equal("Business", business.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["/articles/farmers-market-returns-to-the-square/"], business.QuerySelectorAll(".card__title a").Select(static a => a.GetAttribute("href")));

        var weather = _site.Html("articles/cold-snap-expected-this-weekend/index.html");
        Assert.Null(weather.QuerySelector(".breadcrumb"));
    }

    [Fact]
    public void The_article_shows_its_section_in_the_breadcrumb_the_kicker_and_json_ld()
    {
        _site.BuildOk();
        var page = _site.Html("articles/valley-derby-ends-in-a-draw/index.html");
        var crumbs = page.QuerySelectorAll(".breadcrumb a");
        Assert.Equal(["Home", "Sport & Leisure"], crumbs.Select(static a => a.TextContent.Trim()));
        Assert.Equal("/sport/", crumbs[1].GetAttribute("href"));

        using var json = JsonDocument.Parse(page.Scripts.Single(s => s.Type == "application/ld+json" && s.Text.Contains("\"NewsArticle\"", StringComparison.Ordinal)).Text);
        Assert.Equal("Sport & Leisure", json.RootElement.GetProperty("articleSection").GetString());

        // On cards the section is the kicker of an article without one; an article's own kicker wins.
        var home = _site.Html("index.html");
        var kickers = home.QuerySelectorAll(".card").ToDictionary(
            static c => c.QuerySelector(".card__title")!.TextContent.Trim(),
            static c => c.QuerySelector(".kicker")?.TextContent.Trim());
        Assert.Equal("Sport & Leisure", kickers["Valley derby ends in a draw"]);
        Assert.Equal("Rowing", kickers["Rowing regatta moves to June"]);
        // On the section's own front the section kicker is marked so the theme hides it; an own kicker is not.
        var front = _site.Html("sport/index.html");
        Assert.NotNull(front.QuerySelector(".cards--section"));
        Assert.Equal(["Sport & Leisure"], front.QuerySelectorAll(".kicker--section").Select(static k => k.TextContent.Trim()).Distinct());
        Assert.Contains(front.QuerySelectorAll(".card .kicker"), static k => k.TextContent.Trim() == "Rowing" && !k.ClassList.Contains("kicker--section"));
    }

    [Fact]
    public void Json_ld_gives_the_visible_breadcrumb_and_the_article_as_a_breadcrumb_list()
    {
        _site.BuildOk();
        var page = _site.Html("articles/valley-derby-ends-in-a-draw/index.html");
        var visible = page.QuerySelectorAll(".breadcrumb a").Select(static a => (Name: a.TextContent.Trim(), Url: "https://valley.example.org" + a.GetAttribute("href"))).ToList();
        var script = Assert.Single(page.Scripts, static s => s.Type == "application/ld+json" && s.Text.Contains("\"BreadcrumbList\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(script.Text);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        Assert.Equal("BreadcrumbList", json.RootElement.GetProperty("@type").GetString());
        var items = json.RootElement.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], items.Select(static i => i.GetProperty("position").GetInt32()));
        Assert.All(items, static i => Assert.Equal("ListItem", i.GetProperty("@type").GetString()));
        // Home and the section as the page shows them, then the article itself.
        Assert.Equal(visible, items.Take(2).Select(static i => (i.GetProperty("name").GetString()!, i.GetProperty("item").GetString()!)));
        Assert.Equal(("Home", "https://valley.example.org/"), visible[0]);
        Assert.Equal("Valley derby ends in a draw", items[2].GetProperty("name").GetString());
        Assert.Equal("https://valley.example.org/articles/valley-derby-ends-in-a-draw/", items[2].GetProperty("item").GetString());

        // An article in no section shows no breadcrumb, and has none in its JSON-LD.
        var weather = _site.Html("articles/cold-snap-expected-this-weekend/index.html");
        Assert.Null(weather.QuerySelector(".breadcrumb"));
        Assert.DoesNotContain(weather.Scripts, static s => s.Text.Contains("BreadcrumbList", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_menu_lists_sections_in_the_configured_order_unless_told_not_to()
    {
        _site.BuildOk();
        var menu = _site.Html("index.html").QuerySelectorAll(".nav__list a").Select(static a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        var sport = menu.IndexOf(("Sport & Leisure", "/sport/"));
        var business = menu.IndexOf(("Business", "/business/"));
        Assert.True(sport > 0 && business > sport, string.Join(", ", menu));
        Assert.DoesNotContain(menu, static m => m.Item2 == "/local-politics/");
        Assert.True(_site.Exists("local-politics/index.html"));
    }

    [Fact]
    public void A_section_that_would_take_a_reserved_folder_is_an_error_naming_the_file()
    {
        _site.Write("content/tags/oops.md", "---\ntitle: Filed in the wrong folder\ndate: 2024-05-10\n---\nText.\n");
        var report = _site.Build();
        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal("content/tags/oops.md", error.Path);
        Assert.Contains("/tags/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_that_would_take_a_standalone_pages_url_is_an_error()
    {
        _site.Write("content/about.md", "---\ntitle: About us\ntype: page\nslug: sport\n---\nWho we are.\n");
        var report = _site.Build();
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, static d => d.IsError && d.Path == "content/sport/derby.md" && d.Message.Contains("content/about.md", StringComparison.Ordinal));
    }
}
