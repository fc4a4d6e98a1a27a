using System.Text.Json;
using System.Xml.Linq;
using StaticGen.Output;
using StaticGen.Site;
using static StaticGen.Tests.Output.OutputFixtures;

namespace StaticGen.Tests.Output;

public sealed class FeedsTests
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    private readonly SiteModel _site = BuildSite(
    [
        Article("harbour", "2024-03-02T08:00:00Z", title: "Harbour <deal> & \"ferries\"", tags: ["Ferries"], countries: [("NO", "Norway")]),
        Article("bridge", "2024-03-01T08:00:00Z", title: "Bridge closes for repairs", countries: [("DK", "Denmark")]),
    ]);

    [Fact]
    public void Rss_is_well_formed_with_absolute_links_under_the_base_path()
    {
        var file = Feeds.Rss(_site, _site.Urls.RssFeed(), "Fjord Gazette", "News", _site.Articles);
        var rss = XDocument.Parse(file.Text);

        Assert.Equal("feed.xml", file.RelativePath);
        var items = rss.Descendants("item").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Harbour <deal> & \"ferries\"", items[0].Element("title")!.Value);
        Assert.Equal("https://news.example.org/sub/articles/harbour/", items[0].Element("link")!.Value);
        Assert.Equal("Sat, 02 Mar 2024 08:00:00 +0000", items[0].Element("pubDate")!.Value);
        Assert.Equal("https://news.example.org/sub/feed.xml", rss.Descendants(s_atom + "link").Single().Attribute("href")!.Value);
    }

    [Fact]
    public void Term_feed_lists_only_the_articles_of_its_term()
    {
        var norway = _site.Countries.Find("norway")!;
        var file = Feeds.Rss(_site, norway.FeedUrl, "Norway", "About Norway", norway.Articles);
        var rss = XDocument.Parse(file.Text);

        Assert.Equal("countries/norway/feed.xml", file.RelativePath);
        Assert.Equal(["https://news.example.org/sub/articles/harbour/"], rss.Descendants("item").Select(i => i.Element("link")!.Value));
    }

    [Fact]
    public void Term_feed_links_to_its_term_page()
    {
        var norway = _site.Countries.Find("norway")!;
        var rss = XDocument.Parse(Feeds.Rss(_site, norway.FeedUrl, "Norway", "About Norway", norway.Articles, norway.Url).Text);
        Assert.Equal("https://news.example.org/sub/countries/norway/", rss.Root!.Element("channel")!.Element("link")!.Value);
    }

    [Fact]
    public void An_undated_article_never_shows_its_fallback_date_in_a_feed()
    {
        // The undated article's fallback date is newer than the dated one's, as a git commit date often is.
        var site = BuildSite(
        [
            Article("dated", "2024-03-01T08:00:00Z"),
            Article("undated", "2024-05-05T05:05:05Z", undated: true),
        ], buildDate: "2024-06-01T00:00:00Z");

        Assert.Equal(["dated", "undated"], site.Articles.Select(static a => a.Article.Slug));
        var rss = XDocument.Parse(Feeds.Rss(site, site.Urls.RssFeed(), "T", "D", site.Articles).Text);
        var atom = XDocument.Parse(Feeds.Atom(site).Text);
        var json = Feeds.Json(site).Text;
        foreach (var text in new[] { rss.ToString(), atom.ToString(), json })
        {
            Assert.DoesNotContain("2024-05-05", text, StringComparison.Ordinal);
            Assert.DoesNotContain("05 May 2024", text, StringComparison.Ordinal);
        }

        Assert.Equal("Fri, 01 Mar 2024 08:00:00 +0000", rss.Descendants("lastBuildDate").Single().Value);
        Assert.Null(rss.Descendants("item").Last().Element("pubDate"));
        var undated = atom.Descendants(s_atom + "entry").Last();
        Assert.Null(undated.Element(s_atom + "published"));
        Assert.Equal("2024-06-01T00:00:00Z", undated.Element(s_atom + "updated")!.Value);
        Assert.Equal(1, JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray().Count(static i => i.TryGetProperty("date_published", out _)));
    }

    [Fact]
    public void Atom_has_ids_dates_and_an_author()
    {
        var atom = XDocument.Parse(Feeds.Atom(_site).Text);
        var feed = atom.Root!;

        Assert.Equal("https://news.example.org/sub/", feed.Element(s_atom + "id")!.Value);
        Assert.Equal("2024-03-02T08:00:00Z", feed.Element(s_atom + "updated")!.Value);
        Assert.NotNull(feed.Element(s_atom + "author")?.Element(s_atom + "name"));
        var entry = feed.Elements(s_atom + "entry").First();
        Assert.Equal("https://news.example.org/sub/articles/harbour/", entry.Element(s_atom + "id")!.Value);
        Assert.Equal("Harbour <deal> & \"ferries\"", entry.Element(s_atom + "title")!.Value);
    }

    [Fact]
    public void Json_feed_is_version_1_1_with_absolute_urls()
    {
        using var json = JsonDocument.Parse(Feeds.Json(_site).Text);
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("https://news.example.org/sub/feed.json", root.GetProperty("feed_url").GetString());
        var first = root.GetProperty("items")[0];
        Assert.Equal("https://news.example.org/sub/articles/harbour/", first.GetProperty("url").GetString());
        Assert.Equal("Harbour <deal> & \"ferries\"", first.GetProperty("title").GetString());
        Assert.Equal("2024-03-02T08:00:00Z", first.GetProperty("date_published").GetString());
    }

    [Fact]
    public void Control_characters_from_scraped_text_do_not_break_the_xml()
    {
        var site = BuildSite([Article("odd", "2024-01-01T00:00:00Z", title: "Odd\u0001 title\u000B here")]);
        var rss = XDocument.Parse(Feeds.Rss(site, site.Urls.RssFeed(), "T", "D", site.Articles).Text);
        Assert.Equal("Odd title here", rss.Descendants("item").Single().Element("title")!.Value);
    }
}
