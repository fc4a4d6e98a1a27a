using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using StaticGen.Configuration;
using StaticGen.Rendering;
using StaticGen.Site;

namespace StaticGen.Output;

/// <summary>
/// The site's feeds: RSS 2.0 (<c>/feed.xml</c>, and one per tag and country), Atom
/// (<c>/atom.xml</c>) and JSON Feed 1.1 (<c>/feed.json</c>), with absolute URLs. Written with
/// <see cref="XmlWriter"/> and <see cref="Utf8JsonWriter"/>, so every text is escaped. Pure.
/// </summary>
public static class Feeds
{
    /// <summary>How many of the newest articles a feed lists.</summary>
    public const int ItemCount = 20;

    private const string MediaNs = "http://search.yahoo.com/mrss/";

    /// <summary>
    /// An RSS 2.0 feed at <paramref name="url"/> of <paramref name="articles"/>, whose channel links to <paramref name="pageUrl"/>
    /// (the page listing the same articles: the home page, a tag's or a country's page). An undated article has no
    /// <c>pubDate</c>: its date is only a fallback.
    /// </summary>
    public static OutputFile Rss(SiteModel site, string url, string title, string description, IReadOnlyList<SiteArticle> articles, string? pageUrl = null)
    {
        var urls = site.Urls;
        return Xml(urls.OutputPath(url), writer =>
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            writer.WriteAttributeString("xmlns", "media", null, MediaNs);
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", title);
            writer.WriteElementString("link", pageUrl is null ? urls.BaseUrl.AbsoluteUri : urls.Absolute(pageUrl));
            writer.WriteElementString("description", HtmlText(description.Length > 0 ? description : title));
            writer.WriteElementString("language", site.Config.Language);
            writer.WriteElementString("generator", "StaticGen");
            writer.WriteElementString("lastBuildDate", Rfc822(Newest(site, articles)));
            writer.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            writer.WriteAttributeString("href", urls.Absolute(url));
            writer.WriteAttributeString("rel", "self");
            writer.WriteAttributeString("type", "application/rss+xml");
            writer.WriteEndElement();
            foreach (var item in articles.Take(ItemCount))
            {
                var a = item.Article;
                var link = urls.Absolute(item.Url);
                writer.WriteStartElement("item");
                writer.WriteElementString("title", a.Title);
                writer.WriteElementString("link", link);
                writer.WriteStartElement("guid");
                writer.WriteAttributeString("isPermaLink", "true");
                writer.WriteString(link);
                writer.WriteEndElement();
                if (a.OwnDate() is { } published) writer.WriteElementString("pubDate", Rfc822(published));
                // One dc:creator per author (Dublin Core allows it repeated), else the site's author.
                foreach (var author in a.Authors.Count > 0 ? a.Authors : site.Config.Author is { } siteAuthor ? [siteAuthor] : [])
                {
                    writer.WriteElementString("dc", "creator", "http://purl.org/dc/elements/1.1/", author);
                }

                writer.WriteElementString("description", HtmlText(a.Summary));
                foreach (var tag in a.Tags) writer.WriteElementString("category", tag.Name);
                if (LeadImage(site, item) is { } image)
                {
                    writer.WriteStartElement("media", "content", MediaNs);
                    writer.WriteAttributeString("url", urls.Absolute(image.Url));
                    writer.WriteAttributeString("medium", "image");
                    if (image is { Width: { } width, Height: { } height })
                    {
                        writer.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
                        writer.WriteAttributeString("height", height.ToString(CultureInfo.InvariantCulture));
                    }

                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    public static OutputFile Atom(SiteModel site)
    {
        var urls = site.Urls;
        var articles = site.Articles;
        return Xml(urls.OutputPath(urls.AtomFeed()), writer =>
        {
            const string ns = "http://www.w3.org/2005/Atom";
            writer.WriteStartElement("feed", ns);
            writer.WriteAttributeString("xml", "lang", null, site.Config.Language);
            writer.WriteElementString("title", ns, site.Config.Title);
            if (site.Config.Description.Length > 0) writer.WriteElementString("subtitle", ns, site.Config.Description);
            writer.WriteElementString("id", ns, urls.BaseUrl.AbsoluteUri);
            writer.WriteElementString("updated", ns, Rfc3339(Newest(site, articles)));
            Link(writer, urls.Absolute(urls.AtomFeed()), "self", "application/atom+xml");
            Link(writer, urls.BaseUrl.AbsoluteUri, "alternate", "text/html");
            writer.WriteStartElement("author", ns);
            writer.WriteElementString("name", ns, site.Config.Author ?? site.Config.Title);
            writer.WriteEndElement();
            writer.WriteElementString("generator", ns, "StaticGen");
            foreach (var item in articles.Take(ItemCount))
            {
                var a = item.Article;
                var link = urls.Absolute(item.Url);
                writer.WriteStartElement("entry", ns);
                writer.WriteElementString("title", ns, a.Title);
                writer.WriteElementString("id", ns, link);
                Link(writer, link, "alternate", "text/html");
                // Atom requires "updated": an undated article takes the build date, never its fallback date.
                if (a.OwnDate() is { } published) writer.WriteElementString("published", ns, Rfc3339(published));
                writer.WriteElementString("updated", ns, Rfc3339(a.Updated ?? a.OwnDate() ?? site.BuildDate));
                foreach (var author in a.Authors)
                {
                    writer.WriteStartElement("author", ns);
                    writer.WriteElementString("name", ns, author);
                    if (AuthorPage(site, a, author) is { } page) writer.WriteElementString("uri", ns, urls.Absolute(page));
                    writer.WriteEndElement();
                }

                writer.WriteStartElement("summary", ns);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(a.Summary);
                writer.WriteEndElement();
                foreach (var tag in a.Tags)
                {
                    writer.WriteStartElement("category", ns);
                    writer.WriteAttributeString("term", tag.Name);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();

            static void Link(XmlWriter writer, string href, string rel, string type)
            {
                writer.WriteStartElement("link", ns);
                writer.WriteAttributeString("href", href);
                writer.WriteAttributeString("rel", rel);
                writer.WriteAttributeString("type", type);
                writer.WriteEndElement();
            }
        });
    }

    public static OutputFile Json(SiteModel site)
    {
        var urls = site.Urls;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", site.Config.Title);
            json.WriteString("home_page_url", urls.BaseUrl.AbsoluteUri);
            json.WriteString("feed_url", urls.Absolute(urls.JsonFeed()));
            if (site.Config.Description.Length > 0) json.WriteString("description", site.Config.Description);
            json.WriteString("language", site.Config.Language);
            json.WriteStartArray("items");
            foreach (var item in site.Articles.Take(ItemCount))
            {
                var a = item.Article;
                json.WriteStartObject();
                json.WriteString("id", urls.Absolute(item.Url));
                json.WriteString("url", urls.Absolute(item.Url));
                json.WriteString("title", a.Title);
                json.WriteString("summary", a.Summary);
                json.WriteString("content_text", a.Summary);
                if (a.OwnDate() is { } published) json.WriteString("date_published", Rfc3339(published));
                if (LeadImage(site, item) is { } image) json.WriteString("image", urls.Absolute(image.Url));
                if (a.Updated is { } updated) json.WriteString("date_modified", Rfc3339(updated));
                if (a.Authors.Count > 0)
                {
                    json.WriteStartArray("authors");
                    foreach (var author in a.Authors)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", author);
                        if (AuthorPage(site, a, author) is { } page) json.WriteString("url", urls.Absolute(page));
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteStartArray("tags");
                foreach (var tag in a.Tags) json.WriteStringValue(tag.Name);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new OutputFile(urls.OutputPath(urls.JsonFeed()), Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    /// <summary>The URL of an author's page, or null when the name has none (it is the agency, or has no letters).</summary>
    private static string? AuthorPage(SiteModel site, Content.Article article, string author)
    {
        foreach (var person in article.AuthorRefs)
        {
            if (string.Equals(person.Name, author, StringComparison.Ordinal)) return site.Authors.Find(person.Slug)?.Url;
        }

        return null;
    }

    /// <summary>The description of a term's feed: what its articles have in common.</summary>
    public static string TermDescription(Term term) => term.Kind switch
    {
        TaxonomyKind.Authors => $"Articles by {term.Name}",
        TaxonomyKind.Sections => $"The latest articles in {term.Name}",
        _ => $"Articles about {term.Name}",
    };

    /// <summary>When a feed last changed: its newest article's own date (or last update), else the build date.</summary>
    private static DateTimeOffset Newest(SiteModel site, IReadOnlyList<SiteArticle> articles) =>
        articles.Select(static a => a.Article.Updated ?? a.Article.OwnDate()).Max() ?? site.BuildDate;

    /// <summary>The first picture of an article whose file is published, for feed readers' thumbnails.</summary>
    private static SiteAsset? LeadImage(SiteModel site, SiteArticle item) =>
        item.Article.Images.Select(i => site.FindAsset(item, i.Src)).FirstOrDefault(static a => a is not null);

    /// <summary>RFC 822 date as RSS wants it, in UTC: <c>Mon, 19 Dec 2022 00:00:00 +0000</c>.</summary>
    public static string Rfc822(DateTimeOffset date) =>
        Dates.Rfc822Utc(date);

    /// <summary>RFC 3339 date as Atom wants it: <c>2022-12-19T00:00:00Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset date) =>
        Dates.IsoUtc(date);

    internal static OutputFile Xml(string path, Action<XmlWriter> write)
    {
        var sb = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = false,
            NewLineChars = "\n",
            CheckCharacters = false,
        };
        using (var stringWriter = new Utf8StringWriter(sb))
        using (var writer = XmlWriter.Create(stringWriter, settings))
        {
            writer.WriteStartDocument();
            write(new SafeXmlWriter(writer));
            writer.WriteEndDocument();
        }

        return new OutputFile(path, sb.Append('\n').ToString());
    }

    private sealed class Utf8StringWriter(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }

    /// <summary>
    /// Plain text as HTML: RSS readers decode <c>description</c> as HTML after the XML, so the text is
    /// HTML-escaped before the XML writer escapes it again; a summary such as <c>&lt;img onerror=…&gt;</c>
    /// reaches the reader as those characters, never as markup. Only the five significant characters
    /// are escaped; every other character stays as it is.
    /// </summary>
    internal static string HtmlText(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
