using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Rendering;
using StaticGen.Site;

namespace StaticGen.Output;

/// <summary>
/// <c>/sitemap.xml</c> per the sitemaps.org protocol: every indexable page with the date it last
/// changed. Past <see cref="MaxUrlsPerFile"/> URLs it becomes a sitemap index over
/// <c>/sitemap-N.xml</c> files. Pure.
/// </summary>
public static class Sitemap
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IReadOnlyList<OutputFile> Build(SiteModel site, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        ArgumentNullException.ThrowIfNull(site);
        var urls = site.Urls;
        var entries = new List<(string Loc, DateTimeOffset? LastModified)>();
        var newest = site.Articles.Select(static a => a.Article.Updated ?? a.Article.OwnDate()).Max();
        foreach (var page in site.Pages)
        {
            // Dated by what the page shows (Page.Shows): its body's article, a term's newest, a list's newest overall (a list
            // numbered from the oldest: its page's newest, since its other pages keep their articles).
            if (!PageKinds.InSitemap(page.Kind)) continue;
            var shows = page.Shows;
            DateTimeOffset? lastModified =
                shows.Body is { } body ? body.Article.Updated ?? body.Article.OwnDate()
                : shows.Pager is { } pager && (shows.Term is not null || pager.FromOldest) ? pager.Items.Select(static i => i.Article.Updated ?? i.Article.OwnDate()).Max()
                : shows.Pager is not null || shows.Taxonomy is not null ? newest
                : null;
            entries.Add((page.Url, lastModified));
        }

        if (entries.Count <= maxUrlsPerFile)
        {
            return [UrlSet(urls.OutputPath(urls.Sitemap()), urls, entries)];
        }

        var files = new List<OutputFile>();
        var chunks = entries.Chunk(maxUrlsPerFile).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            files.Add(UrlSet(urls.OutputPath(urls.Path(PartName(i + 1))), urls, chunks[i]));
        }

        files.Insert(0, Feeds.Xml(urls.OutputPath(urls.Sitemap()), writer =>
        {
            writer.WriteStartElement("sitemapindex", Ns);
            for (var i = 0; i < chunks.Count; i++)
            {
                writer.WriteStartElement("sitemap", Ns);
                writer.WriteElementString("loc", Ns, urls.Absolute(urls.Path(PartName(i + 1))));
                if (chunks[i].Max(static e => e.LastModified) is { } lastmod) writer.WriteElementString("lastmod", Ns, Date(lastmod));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }));
        return files;
    }

    /// <summary>How far back the Google News sitemap reaches from the build date.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    /// <summary>Google News allows at most this many URLs in a news sitemap.</summary>
    public const int MaxNewsUrls = 1000;

    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>Whether the site has a news sitemap: an article published in the two days up to the build date.</summary>
    public static bool HasNews(SiteModel site) => RecentNews(site).Any();

    private static IEnumerable<SiteArticle> RecentNews(SiteModel site)
    {
        var from = site.BuildDate - NewsWindow;
        return site.Articles.Where(a => a.Article.OwnDate() is { } date && date > from && date <= site.BuildDate);
    }

    /// <summary>
    /// <c>/sitemap-news.xml</c> in the Google News format: the articles published in the two days
    /// up to the build date (the configured one or the newest article's, never the clock, so two
    /// builds of the same input are identical), newest first. Articles without a date are left out,
    /// and with no recent article there is no news sitemap (null), as Google asks.
    /// </summary>
    public static OutputFile? News(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var urls = site.Urls;
        var recent = RecentNews(site).Take(MaxNewsUrls).ToList();
        if (recent.Count == 0) return null;
        return Feeds.Xml(urls.OutputPath(urls.NewsSitemap()), writer =>
        {
            writer.WriteStartElement("urlset", Ns);
            writer.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var item in recent)
            {
                writer.WriteStartElement("url", Ns);
                writer.WriteElementString("loc", Ns, urls.Absolute(item.Url));
                writer.WriteStartElement("news", "news", NewsNs);
                writer.WriteStartElement("news", "publication", NewsNs);
                writer.WriteElementString("news", "name", NewsNs, site.Config.Title);
                writer.WriteElementString("news", "language", NewsNs, site.Config.Language.ToLowerInvariant());
                writer.WriteEndElement();
                writer.WriteElementString("news", "publication_date", NewsNs, Feeds.Rfc3339(item.Article.Date));
                writer.WriteElementString("news", "title", NewsNs, item.Article.Title);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static string PartName(int n) => $"sitemap-{n.ToString(CultureInfo.InvariantCulture)}.xml";

    private static OutputFile UrlSet(string path, UrlBuilder urls, IEnumerable<(string Loc, DateTimeOffset? LastModified)> entries) =>
        Feeds.Xml(path, writer =>
        {
            writer.WriteStartElement("urlset", Ns);
            foreach (var (loc, lastModified) in entries)
            {
                writer.WriteStartElement("url", Ns);
                writer.WriteElementString("loc", Ns, urls.Absolute(loc));
                if (lastModified is { } date) writer.WriteElementString("lastmod", Ns, Date(date));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });

    private static string Date(DateTimeOffset date) => Dates.DayUtc(date);
}
