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
public sealed record Term(TaxonomyKind Kind, string Name, string Slug, string? Code, IReadOnlyList<SiteArticle> Articles, string Url, string FeedUrl)
{
    /// <summary>A country's continent as readers name it (from its <see cref="CountryRef"/>), or null.</summary>
    public string? Continent { get; init; }

    /// <summary>A country's flag emoji (from its <see cref="CountryRef"/>), or null.</summary>
    public string? Flag { get; init; }
}

/// <summary>A taxonomy: its terms ordered by slug, then name (sections: in the configured order).</summary>
public sealed record Taxonomy(TaxonomyKind Kind, IReadOnlyList<Term> Terms, string Url)
{
    public Term? Find(string slug) => Terms.FirstOrDefault(t => string.Equals(t.Slug, slug, StringComparison.Ordinal));
}

/// <summary>
/// One page of a paginated list. Numbered from the newest (<see cref="PageNumbering.FromNewest"/>, the default):
/// <see cref="PageUrls"/>[n − 1] is page n, page 1 the list's own URL. Numbered from the oldest
/// (<see cref="PageNumbering.FromOldest"/>): <see cref="PageUrls"/>[0] is the list's own URL (the front, <see cref="Number"/> 0,
/// the newest articles) and <see cref="PageUrls"/>[n] is page n, page 1 the oldest block.
/// </summary>
public sealed record Pager(int Number, int TotalPages, int TotalItems, IReadOnlyList<SiteArticle> Items, IReadOnlyList<string> PageUrls)
{
    /// <summary>How many page numbers a pager numbered from the newest shows on each side of the current page (besides the first and the last).</summary>
    public const int Window = 2;

    /// <summary>
    /// How many page numbers a pager numbered from the oldest shows on each side of the current page (besides page 1): each
    /// number shown above the current one is one more page that changes when a block fills.
    /// </summary>
    public const int OldestWindow = 1;

    /// <summary>How the list's pages are numbered.</summary>
    public PageNumbering Numbering { get; init; }

    /// <summary>Whether the pages are numbered from the oldest.</summary>
    public bool FromOldest => Numbering == PageNumbering.FromOldest;

    /// <summary>Whether this page is the list's own URL, with the newest articles.</summary>
    public bool IsFront => Number == (FromOldest ? 0 : 1);

    /// <summary>The page of newer articles, or null on the front.</summary>
    public string? PreviousUrl => FromOldest
        ? Number == 0 ? null : Number == PageUrls.Count - 1 ? PageUrls[0] : PageUrls[Number + 1]
        : Number > 1 ? PageUrls[Number - 2] : null;

    /// <summary>The page of older articles, or null on the page of the oldest.</summary>
    public string? NextUrl => FromOldest
        ? Number == 0 ? (PageUrls.Count > 1 ? PageUrls[^1] : null) : Number > 1 ? PageUrls[Number - 1] : null
        : Number < TotalPages ? PageUrls[Number] : null;

    /// <summary>The page of the newest articles: the list's own URL.</summary>
    public string FirstUrl => PageUrls[0];

    /// <summary>The page of the oldest articles.</summary>
    public string LastUrl => FromOldest ? PageUrls[Math.Min(1, PageUrls.Count - 1)] : PageUrls[^1];

    /// <summary>The URL of page <paramref name="number"/>.</summary>
    public string UrlOf(int number) => FromOldest ? PageUrls[number] : PageUrls[number - 1];

    /// <summary>
    /// The page numbers the pager links, newer pages first (0 stands for a gap). From the newest: the first, the last and
    /// <see cref="Window"/> on each side of the current one, ascending. From the oldest: <see cref="OldestWindow"/> on each
    /// side of the current one (on the front, the highest numbers) and page 1, descending; never the highest number from
    /// a page below it, so a page that keeps its articles keeps its links.
    /// </summary>
    public IReadOnlyList<int> Numbers => FromOldest ? OldestNumbers(Number, PageUrls.Count - 1) : NewestNumbers(Number, TotalPages);

    /// <summary>The numbers a pager numbered from the newest links: see <see cref="Numbers"/>.</summary>
    public static IReadOnlyList<int> NewestNumbers(int current, int total)
    {
        var shown = new SortedSet<int> { 1, total };
        for (var n = Math.Max(1, current - Window); n <= Math.Min(total, current + Window); n++) shown.Add(n);
        return WithGaps(shown);
    }

    /// <summary>The numbers a pager numbered from the oldest links, page <paramref name="current"/> of <paramref name="numbered"/> numbered pages (0: the front).</summary>
    public static IReadOnlyList<int> OldestNumbers(int current, int numbered)
    {
        if (numbered == 0) return [];
        var shown = new SortedSet<int> { 1 };
        var (low, high) = current == 0 ? (numbered - OldestWindow, numbered) : (current - OldestWindow, Math.Min(numbered, current + OldestWindow));
        for (var n = Math.Max(1, low); n <= high; n++) shown.Add(n);
        var numbers = WithGaps(shown).ToList();
        numbers.Reverse();
        return numbers;
    }

    // Ascending, with 0 for a gap; a gap of one page shows that page rather than "…".
    private static List<int> WithGaps(SortedSet<int> shown)
    {
        var numbers = new List<int>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous == 2) numbers.Add(n - 1);
            else if (n - previous > 2) numbers.Add(0);
            numbers.Add(n);
            previous = n;
        }

        return numbers;
    }
}

/// <summary>
/// A page of the site: its kind, where it goes, and what it shows (<see cref="Shows"/>). Each kind of
/// page says once, here, what it shows; rendering, incremental planning (fingerprints) and
/// reassembly (swapping in edited articles) read <see cref="PageShows"/> and never switch over the
/// kinds of page (the architecture test <c>PageKindTests</c> keeps it so).
/// </summary>
public abstract record Page(PageKind Kind, string Url)
{
    /// <summary>What the page shows.</summary>
    public abstract PageShows Shows { get; }

    /// <summary>The same page showing <paramref name="shows"/> (the same slots, some of them replaced).</summary>
    public abstract Page With(PageShows shows);

    /// <summary>This page, or, when <paramref name="shows"/> is not the page's own (by reference), the page showing it.</summary>
    internal Page WithIfChanged(PageShows before, PageShows shows) => ReferenceEquals(before, shows) ? this : With(shows);
}

public sealed record HomePage(string Url, Pager Pager) : Page(PageKind.Home, Url)
{
    public override PageShows Shows => new(Pager: Pager);

    public override Page With(PageShows shows) => this with { Pager = shows.Pager! };
}

public sealed record ArticlePage(string Url, SiteArticle Article, SiteArticle? Newer, SiteArticle? Older, IReadOnlyList<SiteArticle> Related) : Page(PageKind.Article, Url)
{
    public override PageShows Shows => new(Body: Article, Neighbours: new ArticleNeighbours(Newer, Older, Related));

    public override Page With(PageShows shows) => this with { Article = shows.Body!, Newer = shows.Neighbours!.Newer, Older = shows.Neighbours.Older, Related = shows.Neighbours.Related };
}

public sealed record TermsPage(string Url, Taxonomy Taxonomy) : Page(PageKind.Terms, Url)
{
    public override PageShows Shows => new(Taxonomy: Taxonomy);

    public override Page With(PageShows shows) => this with { Taxonomy = shows.Taxonomy! };
}

public sealed record TermPage(string Url, Taxonomy Taxonomy, Term Term, Pager Pager) : Page(PageKind.Term, Url)
{
    public override PageShows Shows => new(Pager: Pager, Taxonomy: Taxonomy, Term: Term);

    public override Page With(PageShows shows) => this with { Taxonomy = shows.Taxonomy!, Term = shows.Term!, Pager = shows.Pager! };
}

public sealed record SearchPage(string Url) : Page(PageKind.Search, Url)
{
    public override PageShows Shows => PageShows.Nothing;

    public override Page With(PageShows shows) => this;
}

public sealed record NotFoundPage(string Url) : Page(PageKind.NotFound, Url)
{
    public override PageShows Shows => PageShows.Nothing;

    public override Page With(PageShows shows) => this;
}

public sealed record RedirectPage(string Url, SiteArticle Target) : Page(PageKind.Redirect, Url)
{
    public override PageShows Shows => new(Target: Target);

    public override Page With(PageShows shows) => this with { Target = shows.Target! };
}

public sealed record StandalonePage(string Url, SiteArticle Page) : Page(PageKind.Page, Url)
{
    public override PageShows Shows => new(Body: Page);

    public override Page With(PageShows shows) => this with { Page = shows.Body! };
}

/// <summary>An article page's neighbours: the next newer and older articles and the related ones.</summary>
public sealed record ArticleNeighbours(SiteArticle? Newer, SiteArticle? Older, IReadOnlyList<SiteArticle> Related);

/// <summary>
/// What a page shows, slot by slot: the article whose body it renders, an article page's
/// neighbours, a redirect's target, a list's pager, a taxonomy and one of its terms. A slot a kind
/// of page does not have is null.
/// </summary>
public sealed record PageShows(
    SiteArticle? Body = null,
    ArticleNeighbours? Neighbours = null,
    SiteArticle? Target = null,
    Pager? Pager = null,
    Taxonomy? Taxonomy = null,
    Term? Term = null)
{
    /// <summary>What a page that shows no article, list or taxonomy shows (search, 404).</summary>
    public static readonly PageShows Nothing = new();

    /// <summary>Every article the page shows: its body's, its neighbours, its redirect's target, its pager's items.</summary>
    public IEnumerable<SiteArticle> Articles
    {
        get
        {
            if (Body is not null) yield return Body;
            if (Neighbours is { } n)
            {
                if (n.Newer is not null) yield return n.Newer;
                if (n.Older is not null) yield return n.Older;
                foreach (var related in n.Related) yield return related;
            }

            if (Target is not null) yield return Target;
            if (Pager is not null)
            {
                foreach (var item in Pager.Items) yield return item;
            }
        }
    }

    /// <summary>
    /// The same slots, each article, pager, taxonomy and term mapped; this very object when every
    /// map gave back what it was given (by reference).
    /// </summary>
    public PageShows Map(Func<SiteArticle, SiteArticle> article, Func<Pager, Pager> pager, Func<Taxonomy, Taxonomy> taxonomy, Func<Term, Term> term)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(pager);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(term);
        static T? One<T>(T? value, Func<T, T> map)
            where T : class => value is null ? null : map(value);

        var body = One(Body, article);
        var target = One(Target, article);
        var neighbours = Neighbours;
        if (neighbours is not null)
        {
            var newer = One(neighbours.Newer, article);
            var older = One(neighbours.Older, article);
            var related = neighbours.Related.Any(r => !ReferenceEquals(article(r), r)) ? [.. neighbours.Related.Select(article)] : neighbours.Related;
            if (!ReferenceEquals(newer, neighbours.Newer) || !ReferenceEquals(older, neighbours.Older) || !ReferenceEquals(related, neighbours.Related))
            {
                neighbours = new ArticleNeighbours(newer, older, related);
            }
        }

        var nowPager = One(Pager, pager);
        var nowTaxonomy = One(Taxonomy, taxonomy);
        var nowTerm = One(Term, term);
        var changed = !ReferenceEquals(body, Body) || !ReferenceEquals(target, Target) || !ReferenceEquals(neighbours, Neighbours)
            || !ReferenceEquals(nowPager, Pager) || !ReferenceEquals(nowTaxonomy, Taxonomy) || !ReferenceEquals(nowTerm, Term);
        return changed ? new PageShows(body, neighbours, target, nowPager, nowTaxonomy, nowTerm) : this;
    }
}

/// <summary>
/// The one table of page kinds: what each kind is called (its layout's name and the template's
/// <c>page.kind</c>), whether search engines may index it and whether the sitemap lists it.
/// </summary>
public static class PageKinds
{
    /// <summary>The kind's name: its layout (<c>layouts/NAME.html</c>) and <c>page.kind</c>.</summary>
    public static string Name(PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.Article => "article",
        PageKind.Terms => "terms",
        PageKind.Term => "term",
        PageKind.Search => "search",
        PageKind.NotFound => "404",
        PageKind.Redirect => "redirect",
        PageKind.Page => "page",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The title of every page of the kind when the kind has one (search, 404), else null: the page's title comes from what it shows.</summary>
    public static string? Title(PageKind kind) => kind switch
    {
        PageKind.Search => "Search",
        PageKind.NotFound => "Page not found",
        _ => null,
    };

    /// <summary>Whether the page asks search engines not to index it (the search page and the 404 page; a redirect says so in its own head).</summary>
    public static bool NoIndex(PageKind kind) => kind is PageKind.NotFound or PageKind.Search;

    /// <summary>Whether the sitemap lists pages of the kind (not the 404 page and not redirects).</summary>
    public static bool InSitemap(PageKind kind) => kind is not (PageKind.NotFound or PageKind.Redirect);
}

/// <summary>
/// A content file of the output (an image beside an article), by its site-relative path; an image's
/// pixel size when the build could read it (for <c>width</c>/<c>height</c>, so the page does not
/// shift as pictures load). A resized image (<see cref="Picture"/>) is published only as its
/// derived files: <see cref="Url"/> is then its widest fallback file, and the source is not published.
/// </summary>
public sealed record SiteAsset(string SourcePath, string Url, int? Width = null, int? Height = null)
{
    /// <summary>The sizes and formats the image is published in, or null when the file is published as it is.</summary>
    public AssetPicture? Picture { get; init; }
}

/// <summary>One derived file of an image: its URL, pixel size and media type (<c>image/webp</c>).</summary>
public sealed record AssetVariant(string Url, int Width, int Height, string MediaType);

/// <summary>
/// An image published as a responsive picture: every derived file (<see cref="Variants"/>, narrowest
/// first in each media type, the fallback type last), the colour shown while it loads, and its
/// social-card crop. <see cref="Key"/> names the source's content and the settings, so a page that
/// shows the picture changes when either does.
/// </summary>
public sealed record AssetPicture(IReadOnlyList<AssetVariant> Variants, string FallbackType, string Colour, AssetVariant? Card, string Key)
{
    /// <summary>The crops structured data offers (16:9, 4:3, 1:1), in that order; empty without a social card.</summary>
    public IReadOnlyList<AssetVariant> Crops { get; init; } = [];

    /// <summary>The files of one media type, narrowest first.</summary>
    public IEnumerable<AssetVariant> OfType(string mediaType) => Variants.Where(v => v.MediaType == mediaType);

    /// <summary>The media types other than the fallback's, in the order a browser should try them (AVIF before WebP).</summary>
    public IEnumerable<string> SourceTypes => Variants.Select(static v => v.MediaType).Distinct().Where(t => t != FallbackType);
}

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
    /// <summary>
    /// Content files the build refused to publish (an image it cannot read, an SVG with active content), by
    /// source path: each was warned about once, where it was refused, so a link to one is not warned about again.
    /// </summary>
    public IReadOnlySet<string> RefusedAssets { get; init; } = new HashSet<string>(StringComparer.Ordinal);

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
