using System.Globalization;
using System.Text;

namespace StaticGen.Site;

/// <summary>The taxonomies of a news site: what articles are grouped by, each group a page with a feed.</summary>
public enum TaxonomyKind
{
    /// <summary>People, organisations and topics: <c>/tags/</c>.</summary>
    Tags,

    /// <summary>Countries by ISO code: <c>/countries/</c>.</summary>
    Countries,

    /// <summary>The people who wrote the articles (bylines, front matter <c>author</c>): <c>/authors/</c>.</summary>
    Authors,

    /// <summary>
    /// Sections (World, Business): content folders or front matter <c>section</c>. A section front is at
    /// the top of the site (<c>/world/</c>); there is no index page of sections (menus list them).
    /// </summary>
    Sections,
}

/// <summary>
/// The one place URLs are made. Every URL is root-relative and starts with the base path of
/// <c>baseUrl</c> (<c>/</c> or <c>/repo/</c>), so the site works at a domain root and under a
/// GitHub Pages project path alike; <see cref="Absolute"/> adds scheme and host for feeds,
/// sitemaps and canonical links. <see cref="OutputPath"/> maps a URL back to its file.
/// </summary>
public sealed class UrlBuilder
{
    public UrlBuilder(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var path = baseUrl.AbsolutePath;
        if (!path.EndsWith('/')) path += "/";
        BasePath = path;
        Origin = baseUrl.GetLeftPart(UriPartial.Authority);
        BaseUrl = new Uri(Origin + BasePath);
    }

    /// <summary>The base URL, always ending in '/'.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The path part of the base URL: <c>/</c> or <c>/repo/</c>.</summary>
    public string BasePath { get; }

    /// <summary>Scheme, host and port: <c>https://user.github.io</c>.</summary>
    public string Origin { get; }

    public string Home(int page = 1) => page <= 1 ? BasePath : Join($"page/{Number(page)}/");

    /// <summary>Page <paramref name="number"/> of the list at <paramref name="listUrl"/> (<c>/tags/nato/page/3/</c>), page 1 included: lists numbered from the oldest have one.</summary>
    public static string NumberedPage(string listUrl, int number) => $"{listUrl}page/{Number(number)}/";

    public string Article(string slug) => Join($"articles/{Segment(slug)}/");

    /// <summary>A standalone page (<c>type: page</c>), at the top of the site: <c>/about/</c>.</summary>
    public string StandalonePage(string slug) => Join($"{Segment(slug)}/");

    /// <summary>
    /// First path segments the site's own files use: a standalone page cannot take them. Names with a
    /// dot (<c>feed.xml</c>) cannot be slugs anyway.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSegments = new HashSet<string>(StringComparer.Ordinal)
    {
        "articles", "tags", "countries", "authors", "page", "search", "assets", "images",
    };

    /// <summary>A taxonomy's index page (<c>/tags/</c>); for sections, which have none, the home page.</summary>
    public string Terms(TaxonomyKind kind) => kind == TaxonomyKind.Sections ? Home() : Join($"{Folder(kind)}/");

    public string Term(TaxonomyKind kind, string slug, int page = 1) =>
        page <= 1 ? Join($"{TermFolder(kind, slug)}/") : Join($"{TermFolder(kind, slug)}/page/{Number(page)}/");

    public string TermFeed(TaxonomyKind kind, string slug) => Join($"{TermFolder(kind, slug)}/feed.xml");

    /// <summary>A term's folder: <c>tags/nato</c>, or a section's at the top of the site, <c>world</c>.</summary>
    private static string TermFolder(TaxonomyKind kind, string slug) =>
        kind == TaxonomyKind.Sections ? Segment(slug) : $"{Folder(kind)}/{Segment(slug)}";

    public string Search() => Join("search/");

    /// <summary>The search index manifest, <c>search/index.json</c>.</summary>
    public string SearchIndex() => Join("search/index.json");

    /// <summary>A term shard of the search index: <c>search/terms/3.json</c>.</summary>
    public string SearchShard(int index) => Join($"search/terms/{Number(index)}.json");

    /// <summary>A document chunk of the search index: <c>search/docs/0.json</c>.</summary>
    public string SearchChunk(int index) => Join($"search/docs/{Number(index)}.json");

    public string RssFeed() => Join("feed.xml");

    public string AtomFeed() => Join("atom.xml");

    public string JsonFeed() => Join("feed.json");

    public string Sitemap() => Join("sitemap.xml");

    /// <summary>The Google News sitemap: the articles of the last two days.</summary>
    public string NewsSitemap() => Join("sitemap-news.xml");

    public string NotFound() => Join("404.html");

    /// <summary>A theme asset: <c>css/site.css</c> → <c>/repo/assets/css/site.css</c>.</summary>
    public string Asset(string path) => Join("assets/" + EncodePath(path.TrimStart('/')));

    /// <summary>A content image by its path relative to <c>content/</c>.</summary>
    public string Image(string contentPath) => Join("images/" + EncodePath(contentPath.TrimStart('/')));

    /// <summary>
    /// A file derived from a content image: <c>/images/world/photo.jpg</c> with <c>800w.webp</c> →
    /// <c>/images/world/photo.800w.webp</c> (the source's extension gives way to the derived file's). With
    /// <paramref name="keepExtension"/>, for a picture that shares its folder and name with another
    /// (<c>photo.jpg</c> and <c>photo.png</c>), the source's extension stays: <c>/images/world/photo.png.800w.webp</c>.
    /// </summary>
    public static string DerivedImage(string imageUrl, string suffix, bool keepExtension = false)
    {
        ArgumentNullException.ThrowIfNull(imageUrl);
        var slash = imageUrl.LastIndexOf('/');
        var dot = imageUrl.LastIndexOf('.');
        var stem = dot > slash + 1 && !keepExtension ? imageUrl[..dot] : imageUrl;
        return stem + "." + EncodePath(suffix);
    }

    /// <summary>Any site-relative path (<c>old/url/</c>) under the base path.</summary>
    public string Path(string relative) => Join(EncodePath(relative.TrimStart('/')));

    /// <summary>An absolute URL for a root-relative URL made here.</summary>
    public string Absolute(string url) =>
        url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal) ? url : Origin + url;

    /// <summary>The output file of a URL made here: <c>/repo/articles/x/</c> → <c>articles/x/index.html</c>.</summary>
    public string OutputPath(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.StartsWith(BasePath, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{url}' is not under the base path '{BasePath}'", nameof(url));
        }

        var relative = Uri.UnescapeDataString(url[BasePath.Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }

    /// <summary>
    /// A taxonomy's name in URLs and layout folders (<c>layouts/authors/term.html</c>): <c>tags</c>, <c>countries</c>,
    /// <c>authors</c>, <c>sections</c> (whose fronts are nevertheless at the top of the site).
    /// </summary>
    public static string Folder(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => "tags",
        TaxonomyKind.Countries => "countries",
        TaxonomyKind.Authors => "authors",
        TaxonomyKind.Sections => "sections",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private string Join(string relative) => BasePath + relative;

    private static string Number(int page) => page.ToString(CultureInfo.InvariantCulture);

    /// <summary>Percent-encodes one path segment, keeping unreserved characters readable.</summary>
    public static string Segment(string segment) => Uri.EscapeDataString(segment);

    private static string EncodePath(string path)
    {
        var sb = new StringBuilder(path.Length);
        foreach (var part in path.Split('/'))
        {
            if (sb.Length > 0) sb.Append('/');
            sb.Append(Uri.EscapeDataString(part));
        }

        return sb.ToString();
    }
}
