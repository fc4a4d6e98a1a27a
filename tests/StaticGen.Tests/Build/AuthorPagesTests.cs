using System.Text.Json;
using System.Xml.Linq;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>Authors as people: a page and a feed each, an index, profiles from the config, and credits in feeds and JSON-LD.</summary>
public sealed class AuthorPagesTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Harbour Post
        baseUrl: https://post.example.org/news/
        pageSize: 2
        buildDate: 2024-05-20T12:00:00Z
        authors:
          Marta Quill:
            role: Harbour correspondent
            bio: Marta has covered the port and its workers since the new quay opened.
            photo: people/marta.png
            links:
              - { name: Email, url: "mailto:marta@post.example.org" }
              - { name: Staff list, url: /about/ }
        -- content/cranes.md --
        ---
        title: New cranes arrive at the container quay
        date: 2024-05-18
        author: [Marta Quill, Jon Ebbesen]
        ---
        Two cranes came in on a heavy-lift ship on Saturday.
        -- content/tides.md --
        ---
        title: Spring tides flood the fish market
        date: 2024-05-17
        author: Marta Quill
        ---
        The water reached the stalls twice this week.
        -- content/pilots.md --
        ---
        title: Harbour pilots ask for a second boat
        date: 2024-05-16
        authors: [Marta Quill]
        agency: AFP
        ---
        The pilots say one boat cannot cover both channels.
        -- content/wire.md --
        ---
        title: Shipping index falls for a third week
        date: 2024-05-15
        author: AFP
        agency: AFP
        ---
        Freight rates dropped again, the index showed.
        -- content/desk.md --
        ---
        title: Cruise season opens with three ships
        date: 2024-05-13
        author: [Harbour Post Desk, Jon Ebbesen]
        ---
        Three cruise ships berthed on the first day of the season.
        -- content/unsigned.md --
        ---
        title: Ferry timetable changes on Monday
        date: 2024-05-14
        ---
        The first morning crossing leaves ten minutes later.
        """);

    public AuthorPagesTests() => _site.WriteBytes("content/people/marta.png", TestImages.Png(64, 64));

    public void Dispose() => _site.Dispose();

    private JsonElement JsonLd(string slug)
    {
        var page = _site.Html($"articles/{slug}/index.html");
        using var json = JsonDocument.Parse(page.Scripts.Single(s => s.Type == "application/ld+json").Text);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Every_author_gets_a_paginated_page_with_a_feed_and_the_agency_gets_none()
    {
        _site.BuildOk();

        var first = _site.Html("authors/marta-quill/index.html");
        Assert.Equal("Marta Quill", first.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(
            ["/news/articles/new-cranes-arrive-at-the-container-quay/", "/news/articles/spring-tides-flood-the-fish-market/"],
            first.QuerySelectorAll(".card__title a").Select(static a => a.GetAttribute("href")));
        var second = _site.Html("authors/marta-quill/page/2/index.html");
        Assert.Equal(["/news/articles/harbour-pilots-ask-for-a-second-boat/"], second.QuerySelectorAll(".card__title a").Select(static a => a.GetAttribute("href")));

        Assert.True(_site.Exists("authors/jon-ebbesen/index.html"));
        Assert.False(_site.Exists("authors/afp/index.html"));
        // A desk credit is not a person either.
        Assert.False(_site.Exists("authors/harbour-post-desk/index.html"));

        var feed = XDocument.Parse(_site.Text("authors/marta-quill/feed.xml"));
        Assert.Equal(3, feed.Descendants("item").Count());
        Assert.Equal("https://post.example.org/news/authors/marta-quill/", feed.Descendants("channel").Single().Element("link")!.Value);
        Assert.Equal("/news/authors/marta-quill/feed.xml", first.QuerySelector("a.feed-link")!.GetAttribute("href"));
    }

    [Fact]
    public void The_authors_index_lists_each_author_by_surname_with_a_count()
    {
        _site.BuildOk();
        var index = _site.Html("authors/index.html");
        var names = index.QuerySelectorAll(".person__name").Select(static a => a.TextContent.Trim()).ToList();
        // Ebbesen before Quill.
        Assert.Equal(["Jon Ebbesen", "Marta Quill"], names);
        Assert.Equal("/news/authors/marta-quill/", index.QuerySelectorAll(".person__name")[1].GetAttribute("href"));
        Assert.Contains("3 articles", index.QuerySelectorAll(".person")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["E", "Q"], index.QuerySelectorAll(".term-group__title").Select(static h => h.FirstChild!.TextContent.Trim()));
    }

    [Fact]
    public void An_author_page_shows_the_profile_from_the_config()
    {
        _site.BuildOk();
        var page = _site.Html("authors/marta-quill/index.html");
        Assert.Equal("Harbour correspondent", page.QuerySelector(".profile__role")!.TextContent.Trim());
        Assert.StartsWith("Marta has covered the port", page.QuerySelector(".profile__bio")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/news/images/people/marta.png", page.QuerySelector(".profile__photo")!.GetAttribute("src"));
        var links = page.QuerySelectorAll(".profile a").Select(static a => a.GetAttribute("href")).ToList();
        Assert.Contains("mailto:marta@post.example.org", links);
        Assert.Contains("/news/about/", links);

        // An author without a profile has a plain header.
        var jon = _site.Html("authors/jon-ebbesen/index.html");
        Assert.Null(jon.QuerySelector(".profile__role"));
        Assert.Null(jon.QuerySelector(".profile__photo"));
    }

    [Fact]
    public void The_byline_links_each_author_to_their_page()
    {
        _site.BuildOk();
        var page = _site.Html("articles/new-cranes-arrive-at-the-container-quay/index.html");
        var byline = page.QuerySelector(".byline__author")!;
        Assert.Equal("By Marta Quill and Jon Ebbesen", byline.TextContent.Trim());
        Assert.Equal(["/news/authors/marta-quill/", "/news/authors/jon-ebbesen/"], byline.QuerySelectorAll("a").Select(static a => a.GetAttribute("href")));

        // The agency is credited, not linked as a person.
        var wire = _site.Html("articles/shipping-index-falls-for-a-third-week/index.html");
        Assert.Empty(wire.QuerySelectorAll(".byline a"));
    }

    [Fact]
    public void Feeds_credit_each_author_separately()
    {
        _site.BuildOk();
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        var rss = XDocument.Parse(_site.Text("feed.xml"));
        var cranes = rss.Descendants("item").Single(i => i.Element("title")!.Value.StartsWith("New cranes", StringComparison.Ordinal));
        Assert.Equal(["Marta Quill", "Jon Ebbesen"], cranes.Elements(dc + "creator").Select(static e => e.Value));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(_site.Text("atom.xml"));
        var entry = feed.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "title")!.Value.StartsWith("New cranes", StringComparison.Ordinal));
        Assert.Equal(["Marta Quill", "Jon Ebbesen"], entry.Elements(atom + "author").Select(a => a.Element(atom + "name")!.Value));
        Assert.Equal("https://post.example.org/news/authors/jon-ebbesen/", entry.Elements(atom + "author").Last().Element(atom + "uri")!.Value);

        using var json = JsonDocument.Parse(_site.Text("feed.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString()!.StartsWith("New cranes", StringComparison.Ordinal));
        Assert.Equal(["Marta Quill", "Jon Ebbesen"], item.GetProperty("authors").EnumerateArray().Select(static a => a.GetProperty("name").GetString()));
        Assert.Equal("https://post.example.org/news/authors/marta-quill/", item.GetProperty("authors")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Json_ld_gives_each_author_as_a_person_with_their_page_and_credits_no_one_without_a_byline()
    {
        _site.BuildOk();
        var cranes = JsonLd("new-cranes-arrive-at-the-container-quay").GetProperty("author");
        Assert.Equal(["Marta Quill", "Jon Ebbesen"], cranes.EnumerateArray().Select(static a => a.GetProperty("name").GetString()));
        Assert.Equal("https://post.example.org/news/authors/marta-quill/", cranes[0].GetProperty("url").GetString());

        // No byline: the site is the publisher, not the author.
        var unsigned = JsonLd("ferry-timetable-changes-on-monday");
        Assert.False(unsigned.TryGetProperty("author", out _));
        Assert.Equal("Harbour Post", unsigned.GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void A_missing_author_photo_is_a_warning_naming_the_config()
    {
        _site.Delete("content/people/marta.png");
        var report = _site.BuildOk();
        var warning = Assert.Single(report.Diagnostics, static d => d.Message.Contains("photo", StringComparison.Ordinal));
        Assert.Equal("site.config.yml", warning.Path);
        Assert.Contains("Marta Quill", warning.Message, StringComparison.Ordinal);
        Assert.Null(_site.Html("authors/marta-quill/index.html").QuerySelector(".profile__photo"));
    }
}
