using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Site;

namespace StaticGen.Rendering.Views;

/// <summary>
/// schema.org JSON-LD for search engines: <c>NewsArticle</c> on articles, <c>WebSite</c> with a
/// search action on the home page. Written with <see cref="Utf8JsonWriter"/> and a
/// <see cref="JavaScriptEncoder"/>, which escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> (while
/// letters of every script stay readable), so no text (a headline holding <c>&lt;/script&gt;</c>)
/// can end the script element it is printed in.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="site">The site.</param>
    /// <param name="item">The article.</param>
    /// <param name="imageUrls">Its picture's URLs, social card first (Google picks among aspect ratios).</param>
    public static string NewsArticle(SiteModel site, SiteArticle item, IReadOnlyList<string> imageUrls)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(item);
        var a = item.Article;
        var urls = site.Urls;
        var url = urls.Absolute(item.Url);
        return Write(json =>
        {
            json.WriteString("@context", Context);
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", a.Title);
            json.WriteString("description", a.Summary);
            json.WriteString("url", url);
            json.WriteStartObject("mainEntityOfPage");
            json.WriteString("@type", "WebPage");
            json.WriteString("@id", url);
            json.WriteEndObject();
            json.WriteString("inLanguage", site.Config.Language);
            if (!a.DateIsFallback)
            {
                json.WriteString("datePublished", Dates.Iso(a.Date));
                json.WriteString("dateModified", Dates.Iso(a.Updated ?? a.Date));
            }

            if (imageUrls.Count > 0)
            {
                json.WriteStartArray("image");
                foreach (var imageUrl in imageUrls) json.WriteStringValue(urls.Absolute(imageUrl));
                json.WriteEndArray();
            }

            // One Person per author (with their page); a story credited only to an agency is by that
            // organisation; else the site's author. A story with no byline credits nobody: the site is
            // its publisher, not its author.
            if (a.Authors.Count > 0)
            {
                var profiles = site.Config.Authors.Count == 0 ? null : ViewModels.Profiles(site.Config);
                json.WriteStartArray("author");
                foreach (var name in a.Authors)
                {
                    var page = a.AuthorRefs.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal)) is { } person
                        ? site.Authors.Find(person.Slug)?.Url
                        : null;
                    // A name enrichment gave no person (a publication such as "Bosphorus Daily", a desk, the agency) is an organisation.
                    var isPerson = a.AuthorRefs.Any(r => string.Equals(r.Name, name, StringComparison.Ordinal));
                    var profile = isPerson && profiles is not null ? profiles.GetValueOrDefault(Slugs.Slugify(name)) : null;
                    Named(json, isPerson ? "Person" : "Organization", name, page is null ? null : urls.Absolute(page), profile is null ? null : w => Profile(w, site, profile));
                }

                json.WriteEndArray();
            }
            else if ((a.Agency is { } agency ? ("Organization", agency) : site.Config.Author is { } author ? ("Person", author) : default) is ({ } type, { } who))
            {
                json.WriteStartArray("author");
                Named(json, type, who);
                json.WriteEndArray();
            }

            if (a.Authors.Count > 0 && a.Agency is { } source)
            {
                // schema.org: the organisation on whose behalf the authors worked.
                json.WriteStartObject("sourceOrganization");
                json.WriteString("@type", "Organization");
                json.WriteString("name", source);
                json.WriteEndObject();
            }

            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", site.Config.Title);
            json.WriteString("url", urls.BaseUrl.AbsoluteUri);
            json.WriteEndObject();
            if (a.Kicker is { Length: > 0 } kicker) json.WriteString("alternativeHeadline", kicker);
            if (a.Section is { } section && site.Sections.Find(section.Slug) is { } sectionTerm) json.WriteString("articleSection", sectionTerm.Name);
            if (a.Tags.Count > 0 || a.Countries.Count > 0)
            {
                json.WriteStartArray("keywords");
                foreach (var tag in a.Tags) json.WriteStringValue(tag.Name);
                foreach (var country in a.Countries) json.WriteStringValue(country.Name);
                json.WriteEndArray();
            }

            if (a.Countries.Count > 0)
            {
                json.WriteStartArray("contentLocation");
                foreach (var country in a.Countries)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Country");
                    json.WriteString("name", country.Name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteNumber("wordCount", a.WordCount);
            json.WriteBoolean("isAccessibleForFree", true);
        });
    }

    /// <summary>
    /// The article's breadcrumb as a <c>BreadcrumbList</c>: the home page and the section, as the page's visible
    /// breadcrumb shows them, then the article. Null for an article in no section (the page shows no breadcrumb).
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="item">The article.</param>
    /// <param name="homeName">What the visible breadcrumb calls the home page, in the site's language.</param>
    public static string? Breadcrumb(SiteModel site, SiteArticle item, string homeName)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(homeName);
        if (item.Article.Section is not { } section || site.Sections.Find(section.Slug) is not { } term) return null;
        var urls = site.Urls;
        return Write(json =>
        {
            json.WriteString("@context", Context);
            json.WriteString("@type", "BreadcrumbList");
            json.WriteStartArray("itemListElement");
            var position = 0;
            foreach (var (name, url) in new[] { (homeName, urls.Home()), (term.Name, term.Url), (item.Article.Title, item.Url) })
            {
                json.WriteStartObject();
                json.WriteString("@type", "ListItem");
                json.WriteNumber("position", ++position);
                json.WriteString("name", name);
                json.WriteString("item", urls.Absolute(url));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    public static string WebSite(SiteModel site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var urls = site.Urls;
        return Write(json =>
        {
            json.WriteString("@context", Context);
            json.WriteString("@type", "WebSite");
            json.WriteString("name", site.Config.Title);
            if (site.Config.Description.Length > 0) json.WriteString("description", site.Config.Description);
            json.WriteString("url", urls.BaseUrl.AbsoluteUri);
            json.WriteString("inLanguage", site.Config.Language);
            json.WriteStartObject("potentialAction");
            json.WriteString("@type", "SearchAction");
            json.WriteStartObject("target");
            json.WriteString("@type", "EntryPoint");
            json.WriteString("urlTemplate", urls.Absolute(urls.Search()) + "?q={search_term_string}");
            json.WriteEndObject();
            json.WriteString("query-input", "required name=search_term_string");
            json.WriteEndObject();
        });
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, s_options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Named(Utf8JsonWriter json, string type, string name, string? url = null, Action<Utf8JsonWriter>? more = null)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        if (url is not null) json.WriteString("url", url);
        more?.Invoke(json);
        json.WriteEndObject();
    }

    /// <summary>What the masthead says about a person (<c>authors:</c>, <c>data/authors.yml</c>): role, bio, photo, and web profiles as <c>sameAs</c>.</summary>
    private static void Profile(Utf8JsonWriter json, SiteModel site, AuthorProfile profile)
    {
        if (profile.Role is { } role) json.WriteString("jobTitle", role);
        if (profile.Bio is { } bio) json.WriteString("description", bio);
        if (profile.Photo is { } photo && ViewModels.PhotoUrl(site, photo) is { } photoUrl) json.WriteString("image", site.Urls.Absolute(photoUrl));
        // A web page about the person; an email address is a way to reach them, not a profile.
        var profiles = profile.Links.Where(static l => l.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || l.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)).ToList();
        if (profiles.Count == 0) return;
        json.WriteStartArray("sameAs");
        foreach (var link in profiles) json.WriteStringValue(link.Url);
        json.WriteEndArray();
    }
}
