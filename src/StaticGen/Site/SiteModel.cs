using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Site;

/// <summary>The kinds of page a site has; each renders with one layout of the same name.</summary>
public enum PageKind
{
    /// <summary>The home page and its further pages: latest articles first.</summary>
    Home,

    /// <summary>One article.</summary>
    Article,

    /// <summary>All terms of a taxonomy with their counts (<c>/tags/</c>, <c>/countries/</c>, <c>/authors/</c>).</summary>
    Terms,

    /// <summary>The articles of one term (<c>/tags/nato/</c>, an author's page, a section front).</summary>
    Term,

    /// <summary>The search page.</summary>
    Search,

    /// <summary>The page a static host shows for a missing URL.</summary>
    NotFound,

    /// <summary>A redirect from an old URL (front matter <c>aliases</c>) to an article.</summary>
    Redirect,

    /// <summary>A standalone page (front matter <c>type: page</c>): "About us", "Contact".</summary>
    Page,
}

/// <summary>An article as the site publishes it: the article and its URL.</summary>
public sealed record SiteArticle(Article Article, string Url)
{
    public string Slug => Article.Slug;
}

/// <summary>One term of a taxonomy: its articles, newest first.</summary>
public sealed record Term(TaxonomyKind Kind, string Name, string Slug, string? Code, IReadOnlyList<SiteArticle> Articles, string Url, string FeedUrl);

/// <summary>A taxonomy: its terms ordered by slug, then name (sections: in the configured order).</summary>
public sealed record Taxonomy(TaxonomyKind Kind, IReadOnlyList<Term> Terms, string Url)
{
    public Term? Find(string slug) => Terms.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal));
}

/// <summary>One page of a paginated list.</summary>
public sealed record Pager(int Number, int TotalPages, int TotalItems, IReadOnlyList<SiteArticle> Items, IReadOnlyList<string> PageUrls)
{
    public string? PreviousUrl => Number > 1 ? PageUrls[Number - 2] : null;

    public string? NextUrl => Number < TotalPages ? PageUrls[Number] : null;
}

/// <summary>A page of the site: what it shows and where it goes.</summary>
public abstract record Page(PageKind Kind, string Url);

public sealed record HomePage(string Url, Pager Pager) : Page(PageKind.Home, Url);

public sealed record ArticlePage(string Url, SiteArticle Article, SiteArticle? Newer, SiteArticle? Older, IReadOnlyList<SiteArticle> Related) : Page(PageKind.Article, Url);

public sealed record TermsPage(string Url, Taxonomy Taxonomy) : Page(PageKind.Terms, Url);

public sealed record TermPage(string Url, Taxonomy Taxonomy, Term Term, Pager Pager) : Page(PageKind.Term, Url);

public sealed record SearchPage(string Url) : Page(PageKind.Search, Url);

public sealed record NotFoundPage(string Url) : Page(PageKind.NotFound, Url);

public sealed record RedirectPage(string Url, SiteArticle Target) : Page(PageKind.Redirect, Url);

public sealed record StandalonePage(string Url, SiteArticle Page) : Page(PageKind.Page, Url);

/// <summary>
/// A content file copied to the output as it is (an image beside an article), by its site-relative
/// path; an image's pixel size when the build could read it (for <c>width</c>/<c>height</c>, so the
/// page does not shift as pictures load).
/// </summary>
public sealed record SiteAsset(string SourcePath, string Url, int? Width = null, int? Height = null);

/// <summary>
/// The whole site, immutable, built once by <see cref="SiteAssembler"/>: published articles
/// newest first, taxonomies, every page with its URL, and the content files to copy.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    UrlBuilder Urls,
    DateTimeOffset BuildDate,
    IReadOnlyList<SiteArticle> Articles,
    Taxonomy Tags,
    Taxonomy Countries,
    IReadOnlyList<Page> Pages,
    IReadOnlyDictionary<string, SiteAsset> Assets)
{
    /// <summary>Standalone pages (<c>type: page</c>), by slug: published, never listed.</summary>
    public IReadOnlyList<SiteArticle> StandalonePages { get; init; } = [];

    /// <summary>The people who wrote the articles, each with a page (<c>/authors/ada-berg/</c>).</summary>
    public required Taxonomy Authors { get; init; }

    /// <summary>The sections, in the configured order, each with a front (<c>/world/</c>).</summary>
    public required Taxonomy Sections { get; init; }

    /// <summary>Every taxonomy, in <see cref="TaxonomyKind"/> order.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies => [Tags, Countries, Authors, Sections];

    public Taxonomy Taxonomy(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => Tags,
        TaxonomyKind.Countries => Countries,
        TaxonomyKind.Authors => Authors,
        _ => Sections,
    };

    /// <summary>
    /// The URL of a file an article links to (an image, as the article wrote it: relative to the
    /// article's folder), or null when no such file is in the content folder.
    /// </summary>
    public string? AssetUrl(SiteArticle article, string link) => FindAsset(article, link)?.Url;

    /// <summary>The content file an article links to, or null when it is not in the content folder.</summary>
    public SiteAsset? FindAsset(SiteArticle article, string link) =>
        ContentPaths.Resolve(article.Article.SourcePath, link) is { } path && Assets.TryGetValue(path, out var asset) ? asset : null;
}
