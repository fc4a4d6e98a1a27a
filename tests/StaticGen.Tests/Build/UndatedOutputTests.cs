using System.Text.Json;
using System.Xml.Linq;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// A site of raw articles, some without any date, built outside git (so no commit can date them): no file
/// of the output says 1970 (the fixed date undated articles sort by), and every date a page shows is the
/// article's own.
/// </summary>
public sealed class UndatedOutputTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Harbour Gazette
        baseUrl: https://gazette.example.org/news/
        buildDate: 2025-06-20T07:00:00Z
        -- content/coast/ferry.txt --
        Night ferry returns to the island route after a winter in dry dock

        By Nadia Korhonen
        14 June 2025

        The night ferry sailed again on Friday after five months of repairs to its hull and engines.
        Islanders who had relied on the morning boat said the evening sailing made day trips possible again.
        -- content/coast/lighthouse.txt --
        Volunteers repaint the north lighthouse before the summer season

        By Nadia Korhonen

        A dozen volunteers spent the weekend scraping and repainting the tower of the north lighthouse.
        The keepers' cottage beside it will open to visitors for the first time in a decade.
        -- content/town/market.txt --
        The covered market will stay open on Sundays

        Traders voted to keep the covered market open on Sundays through the autumn.
        The council said the extra day had brought more visitors to the old town.
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void No_output_file_mentions_1970()
    {
        var report = _site.BuildOk();
        Assert.Contains(report.Diagnostics, static d => d.Message.Contains("no date found", StringComparison.Ordinal));
        var files = _site.OutputFiles();
        // The pages an undated article appears on: its own, its author's and section's fronts and feeds.
        Assert.Contains("authors/nadia-korhonen/feed.xml", files);
        Assert.Contains("coast/feed.xml", files);
        Assert.Contains("town/index.html", files);
        Assert.All(files, f => Assert.DoesNotContain("1970", _site.Text(f), StringComparison.Ordinal));
    }

    [Fact]
    public void A_dated_article_shows_its_own_date_and_an_undated_one_shows_none()
    {
        _site.BuildOk();
        var ferry = _site.Html("articles/night-ferry-returns-to-the-island-route-after-a-winter-in-dry-dock/index.html");
        Assert.Equal("2025-06-14", ferry.QuerySelector(".byline time")!.GetAttribute("datetime")![..10]);
        Assert.Equal("2025-06-14", PublishedInJsonLd(ferry)![..10]);

        foreach (var slug in new[] { "volunteers-repaint-the-north-lighthouse-before-the-summer-season", "the-covered-market-will-stay-open-on-sundays" })
        {
            var page = _site.Html($"articles/{slug}/index.html");
            Assert.Empty(page.QuerySelectorAll("article header time, .byline time"));
            Assert.Null(PublishedInJsonLd(page));
        }

        // Cards of an undated article on the fronts carry no date either: the only dated card is the ferry's.
        var coast = _site.Html("coast/index.html");
        Assert.Equal(["2025-06-14"], coast.QuerySelectorAll(".card time").Select(static t => t.GetAttribute("datetime")![..10]));

        // The sitemap gives a last-modified date to the dated article only.
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(_site.Text("sitemap.xml")).Descendants(sm + "url").ToList();
        var market = urls.Single(u => u.Element(sm + "loc")!.Value.EndsWith("/the-covered-market-will-stay-open-on-sundays/", StringComparison.Ordinal));
        Assert.Null(market.Element(sm + "lastmod"));
        var ferryUrl = urls.Single(u => u.Element(sm + "loc")!.Value.Contains("night-ferry", StringComparison.Ordinal));
        Assert.StartsWith("2025-06-14", ferryUrl.Element(sm + "lastmod")!.Value, StringComparison.Ordinal);
    }

    private static string? PublishedInJsonLd(AngleSharp.Dom.IDocument page)
    {
        var script = page.Scripts.First(static s => s.Type == "application/ld+json" && s.Text.Contains("\"headline\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(script.Text);
        var article = json.RootElement;
        return article.TryGetProperty("datePublished", out var date) ? date.GetString() : null;
    }
}
