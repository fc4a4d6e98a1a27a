using System.Xml.Linq;
using StaticGen.Output;
using StaticGen.Site;
using static StaticGen.Tests.Output.OutputFixtures;

namespace StaticGen.Tests.Output;

public sealed class SitemapTests
{
    private static readonly XNamespace s_sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace s_news = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public void Small_site_has_one_urlset_with_every_page_and_absolute_urls()
    {
        var site = BuildSite([Article("a", "2024-05-01T00:00:00Z", tags: ["Ports"]), Article("b", "2024-04-01T00:00:00Z")]);
        var file = Assert.Single(Sitemap.Build(site));
        var locs = XDocument.Parse(file.Text).Descendants(s_sm + "loc").Select(l => l.Value).ToList();

        Assert.Equal("sitemap.xml", file.RelativePath);
        Assert.Contains("https://news.example.org/sub/", locs);
        Assert.Contains("https://news.example.org/sub/articles/a/", locs);
        Assert.Contains("https://news.example.org/sub/tags/ports/", locs);
        Assert.DoesNotContain(locs, l => l.EndsWith("404.html", StringComparison.Ordinal));
        Assert.All(locs, l => Assert.StartsWith("https://news.example.org/sub/", l));
    }

    [Fact]
    public void Past_the_limit_the_sitemap_becomes_an_index_of_parts()
    {
        var articles = Enumerable.Range(1, 12).Select(i => Article($"s{i:00}", $"2024-01-{i:00}T00:00:00Z")).ToList();
        var site = BuildSite(articles);

        var files = Sitemap.Build(site, maxUrlsPerFile: 5);
        var index = XDocument.Parse(files[0].Text);

        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        var parts = index.Descendants(s_sm + "loc").Select(l => l.Value).ToList();
        Assert.Equal(files.Count - 1, parts.Count);
        Assert.Equal("https://news.example.org/sub/sitemap-1.xml", parts[0]);
        var total = files.Skip(1).Sum(f => XDocument.Parse(f.Text).Descendants(s_sm + "url").Count());
        Assert.Equal(site.Pages.Count(p => p is not NotFoundPage and not RedirectPage), total);
        Assert.All(files.Skip(1), f => Assert.True(XDocument.Parse(f.Text).Descendants(s_sm + "url").Count() <= 5));
    }

    [Fact]
    public void News_sitemap_holds_the_last_two_days_before_the_build_date()
    {
        var site = BuildSite(
        [
            Article("today", "2024-06-10T09:00:00Z", title: "Ferry strike ends"),
            Article("yesterday", "2024-06-09T07:00:00Z"),
            Article("last-week", "2024-06-03T07:00:00Z"),
            Article("undated", "2024-06-10T00:00:00Z", undated: true),
        ], buildDate: "2024-06-10T12:00:00Z");

        var news = XDocument.Parse(Sitemap.News(site)!.Text);
        var urls = news.Descendants(s_sm + "url").ToList();

        Assert.Equal(["https://news.example.org/sub/articles/today/", "https://news.example.org/sub/articles/yesterday/"],
            urls.Select(u => u.Element(s_sm + "loc")!.Value));
        var first = urls[0].Element(s_news + "news")!;
        Assert.Equal("Ferry strike ends", first.Element(s_news + "title")!.Value);
        Assert.Equal("2024-06-10T09:00:00Z", first.Element(s_news + "publication_date")!.Value);
        Assert.Equal("Fjord Gazette", first.Element(s_news + "publication")!.Element(s_news + "name")!.Value);
        Assert.Equal("en", first.Element(s_news + "publication")!.Element(s_news + "language")!.Value);
    }

    [Fact]
    public void No_news_sitemap_and_no_robots_line_for_it_when_nothing_is_recent()
    {
        var site = BuildSite([Article("old", "2020-01-01T00:00:00Z"), Article("undated", "2024-01-01T00:00:00Z", undated: true)], buildDate: "2024-01-01T00:00:00Z");
        Assert.Null(Sitemap.News(site));
        Assert.DoesNotContain("sitemap-news.xml", SiteFiles.Robots(site).Text, StringComparison.Ordinal);

        var recent = BuildSite([Article("today", "2024-01-01T00:00:00Z")], buildDate: "2024-01-01T08:00:00Z");
        Assert.Contains("Sitemap: https://news.example.org/sub/sitemap-news.xml", SiteFiles.Robots(recent).Text, StringComparison.Ordinal);
    }
}
