using System.Collections.Concurrent;
using System.Globalization;
using Scriban.Runtime;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Site;

namespace StaticGen.Rendering.Views;

/// <summary>
/// Turns pieces of the <see cref="SiteModel"/> into the objects templates see. Templates never see
/// domain records: each view is built here, explicitly, with snake_case names. Text fields are
/// raw text (templates print them with <c>| html.escape</c>); fields ending in <c>_html</c> hold HTML.
/// The guide lists every variable (docs/content/templates.md; TemplateVariablesDocTests keeps it so).
/// </summary>
/// <param name="site">The site.</param>
/// <param name="hasAsset">Whether the theme has an asset file (<c>flags/no.svg</c>).</param>
public sealed class ViewModels(SiteModel site, Func<string, bool> hasAsset)
{
    /// <summary>How many countries and how many tags a card shows; the article shows them all.</summary>
    public const int CardChips = 3;

    // An article's card appears on the home page, on each of its term pages and beside its
    // neighbours and related articles (a dozen times in all), and a term reference on every card
    // of the term: each is built once and shared, read-only, by every page and render thread.
    private readonly ConcurrentDictionary<SiteArticle, ScriptObject> _cards = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(TaxonomyKind Kind, string Name, string Slug, string? Code, string? Flag), ScriptObject> _termRefs = new();

    private static readonly ScriptObject s_noParams = ParamsView(TemplateParams.Empty);

    public SiteModel Site => site;

    public ScriptObject SiteView()
    {
        var urls = site.Urls;
        return new ScriptObject
        {
            ["title"] = site.Config.Title,
            ["description"] = site.Config.Description,
            ["language"] = site.Config.Language,
            ["author"] = site.Config.Author,
            ["base_url"] = urls.BaseUrl.AbsoluteUri,
            ["base_path"] = urls.BasePath,
            ["home_url"] = urls.Home(),
            ["tags_url"] = urls.Terms(TaxonomyKind.Tags),
            ["countries_url"] = urls.Terms(TaxonomyKind.Countries),
            ["search_url"] = urls.Search(),
            ["search_index_url"] = urls.SearchIndex(),
            ["rss_url"] = urls.RssFeed(),
            ["atom_url"] = urls.AtomFeed(),
            ["json_feed_url"] = urls.JsonFeed(),
            ["build_date_iso"] = Dates.Iso(site.BuildDate),
            ["build_year"] = site.BuildDate.Year,
            ["article_count"] = site.Articles.Count,
            ["params"] = ParamsView(site.Config.Params),
            ["menu"] = ToArray(Menu().Select(static item => new ScriptObject { ["name"] = item.Name, ["url"] = item.Url, ["external"] = item.External })),
        };
    }

    /// <summary>The configured menu with site paths under the base path, or the default one.</summary>
    private IEnumerable<MenuItem> Menu()
    {
        var urls = site.Urls;
        if (site.Config.Menu is null)
        {
            return
            [
                new("Latest", urls.Home()), new("Countries", urls.Terms(TaxonomyKind.Countries)),
                new("Topics", urls.Terms(TaxonomyKind.Tags)), new("Search", urls.Search()),
            ];
        }

        return site.Config.Menu.Select(item => item.External ? item : item with { Url = urls.Path(item.Url) });
    }

    /// <summary>
    /// <c>params:</c> as templates see them: mappings become objects (<c>site.params.twitter</c>, or
    /// <c>site.params["a-b"]</c> for names that are not identifiers), lists arrays; read-only, so
    /// pages sharing them cannot change them for each other. Text is raw: print it with <c>html.escape</c>.
    /// </summary>
    public static ScriptObject ParamsView(IReadOnlyDictionary<string, object?> values)
    {
        var view = new ParamsObject();
        foreach (var (name, value) in values) view[name] = ParamView(value);
        view.IsReadOnly = true;
        return view;
    }

    /// <summary>
    /// Params are optional by nature, so a name one article does not set is null rather than the
    /// error a misspelt variable is elsewhere: <c>{{ if article.params.badge }}</c> works on every page.
    /// </summary>
    private sealed class ParamsObject : ScriptObject
    {
        public override bool TryGetValue(Scriban.TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object? value)
        {
            if (!base.TryGetValue(context, span, member, out value)) value = null;
            return true;
        }
    }

    private static object? ParamView(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => ParamsView(map),
        IReadOnlyList<object?> list => ReadOnlyArray(list.Select(ParamView)),
        _ => value,
    };

    private static ScriptArray ReadOnlyArray(IEnumerable<object?> items)
    {
        var array = new ScriptArray(items);
        array.IsReadOnly = true;
        return array;
    }

    /// <summary>Lets go of the cards and term references made so far (when every page that shows them is rendered).</summary>
    public void ReleaseCards()
    {
        _cards.Clear();
        _termRefs.Clear();
    }

    /// <summary>An article as a list shows it: no body. Shared and read-only; <see cref="ListCards"/> copies the lead card.</summary>
    public ScriptObject Card(SiteArticle item) => _cards.GetOrAdd(item, static (item, views) =>
    {
        var card = views.NewCard(item);
        card.IsReadOnly = true;
        return card;
    }, this);

    private ScriptObject NewCard(SiteArticle item)
    {
        var a = item.Article;
        var image = a.Images.Select(i => (Image: i, Asset: site.FindAsset(item, i.Src))).FirstOrDefault(static x => x.Asset is not null);
        return new ScriptObject
        {
            ["title"] = a.Title,
            ["kicker"] = a.Kicker,
            ["summary"] = a.Summary,
            ["url"] = item.Url,
            ["absolute_url"] = site.Urls.Absolute(item.Url),
            ["slug"] = a.Slug,
            ["author"] = a.Author,
            ["authors"] = ToArray(a.Authors),
            ["agency"] = a.Agency,
            ["date_iso"] = Dates.Iso(a.Date),
            ["date_display"] = Dates.Display(a.Date),
            ["date_is_fallback"] = a.DateIsFallback,
            ["reading_minutes"] = a.ReadingMinutes,
            ["image"] = image.Asset is null ? null : ImageView(image.Image, image.Asset),
            ["tags"] = ToArray(a.Tags.Select(t => TermRef(TaxonomyKind.Tags, t.Name, t.Slug, null, null))),
            ["countries"] = ToArray(a.Countries.Select(c => TermRef(TaxonomyKind.Countries, c.Name, c.Slug, c.Code, c.Flag))),
            ["card_tags"] = ToArray(a.Tags.Take(CardChips).Select(t => TermRef(TaxonomyKind.Tags, t.Name, t.Slug, null, null))),
            ["card_countries"] = ToArray(a.Countries.Take(CardChips).Select(c => TermRef(TaxonomyKind.Countries, c.Name, c.Slug, c.Code, c.Flag))),
            ["lead"] = false,
            ["params"] = a.Params.Count == 0 ? s_noParams : ParamsView(a.Params),
        };
    }

    /// <summary>The full article: the card plus lede, body and the rest.</summary>
    public ScriptObject ArticleView(SiteArticle item, RenderedMarkdown body)
    {
        var a = item.Article;
        var view = NewCard(item);
        view["lede"] = a.Lede;
        view["standfirst"] = a.Standfirst;
        view["content_html"] = body.Html;
        view["headings"] = ToArray(body.Headings.Select(static h => new ScriptObject { ["level"] = h.Level, ["id"] = h.Id, ["text"] = h.Text }));
        view["images"] = ToArray(a.Images.Select(i => ImageView(i, site.FindAsset(item, i.Src))));
        view["updated_iso"] = a.Updated is { } updated ? Dates.Iso(updated) : null;
        view["updated_display"] = a.Updated is { } u ? Dates.Display(u) : null;
        view["word_count"] = a.WordCount;
        view["source"] = a.SourcePath;
        return view;
    }

    /// <summary>How many page numbers a pager shows on each side of the current page (besides the first and the last).</summary>
    public const int PagerWindow = 2;

    public ScriptObject PagerView(Pager pager) => new()
    {
        ["number"] = pager.Number,
        ["total_pages"] = pager.TotalPages,
        ["total_items"] = pager.TotalItems,
        ["previous_url"] = pager.PreviousUrl,
        ["next_url"] = pager.NextUrl,
        ["first_url"] = pager.PageUrls[0],
        ["last_url"] = pager.PageUrls[^1],
        ["pages"] = ToArray(PageNumbers(pager.Number, pager.TotalPages).Select(n => n == 0
            ? new ScriptObject { ["number"] = null, ["url"] = null, ["current"] = false, ["gap"] = true }
            : new ScriptObject { ["number"] = n, ["url"] = pager.PageUrls[n - 1], ["current"] = n == pager.Number, ["gap"] = false })),
    };

    /// <summary>
    /// The page numbers a pager links: the first, the last and <see cref="PagerWindow"/> on each side of
    /// the current one; 0 stands for a gap. A list of 10,000 pages stays a handful of links.
    /// </summary>
    public static IReadOnlyList<int> PageNumbers(int current, int total)
    {
        var shown = new SortedSet<int> { 1, total };
        for (var n = Math.Max(1, current - PagerWindow); n <= Math.Min(total, current + PagerWindow); n++) shown.Add(n);
        var numbers = new List<int>();
        var previous = 0;
        foreach (var n in shown)
        {
            // A gap of one page shows that page rather than "…".
            if (n - previous == 2) numbers.Add(n - 1);
            else if (n - previous > 2) numbers.Add(0);
            numbers.Add(n);
            previous = n;
        }

        return numbers;
    }

    public ScriptObject TaxonomyView(Taxonomy taxonomy)
    {
        var terms = taxonomy.Terms.Select(TermView).ToList();
        var view = new ScriptObject
        {
            ["kind"] = UrlBuilder.Folder(taxonomy.Kind),
            ["title"] = TaxonomyTitle(taxonomy.Kind),
            ["singular"] = taxonomy.Kind == TaxonomyKind.Tags ? "Topic" : "Country",
            ["url"] = taxonomy.Url,
            ["terms"] = ToArray(terms),
        };

        // Countries are grouped by continent, tags by initial; groups keep the terms' order.
        var groups = taxonomy.Kind == TaxonomyKind.Countries
            ? taxonomy.Terms
                .Select((t, i) => (Key: t.Code is not null && t.Continent is { } continent ? continent : "Other", View: terms[i]))
                .GroupBy(static x => x.Key, StringComparer.Ordinal)
                .OrderBy(static g => g.Key == "Other" ? 1 : 0)
                .ThenBy(static g => g.Key, StringComparer.Ordinal)
            : taxonomy.Terms
                .Select((t, i) => (Key: Initial(t.Slug), View: terms[i]))
                .GroupBy(static x => x.Key, StringComparer.Ordinal)
                .OrderBy(static g => g.Key == "#" ? 1 : 0)
                .ThenBy(static g => g.Key, StringComparer.Ordinal);
        view["groups"] = ToArray(groups.Select((g, i) => new ScriptObject
        {
            ["name"] = g.Key,
            ["id"] = $"{UrlBuilder.Folder(taxonomy.Kind)}-{(i + 1).ToString(CultureInfo.InvariantCulture)}",
            ["count"] = g.Count(),
            ["terms"] = ToArray(g.Select(static x => x.View)),
        }));
        return view;
    }

    /// <summary>What readers call a taxonomy: tags are "Topics" (people, organisations, subjects), at <c>/tags/</c>.</summary>
    public static string TaxonomyTitle(TaxonomyKind kind) => kind == TaxonomyKind.Tags ? "Topics" : "Countries";

    /// <summary>
    /// The letter a tag is filed under: the first letter of its slug in upper case, so accents fold as in a reader's index
    /// ("Ángel Di María" under A, "Émile" under E), or <c>#</c>.
    /// </summary>
    private static string Initial(string slug) =>
        slug.Length > 0 && char.IsLetter(slug[0]) ? char.ToUpperInvariant(slug[0]).ToString() : "#";

    public ScriptObject TermView(Term term)
    {
        var view = NewTermRef(term.Kind, term.Name, term.Slug, term.Code, term.Flag);
        view["count"] = term.Articles.Count;
        view["feed_url"] = term.FeedUrl;
        return view;
    }

    /// <summary>A term as a card or an article links it; shared and read-only.</summary>
    private ScriptObject TermRef(TaxonomyKind kind, string name, string slug, string? code, string? flag) =>
        _termRefs.GetOrAdd((kind, name, slug, code, flag), static (key, views) =>
        {
            var view = views.NewTermRef(key.Kind, key.Name, key.Slug, key.Code, key.Flag);
            view.IsReadOnly = true;
            return view;
        }, this);

    private ScriptObject NewTermRef(TaxonomyKind kind, string name, string slug, string? code, string? flag) => new()
    {
        ["name"] = name,
        ["slug"] = slug,
        ["url"] = site.Urls.Term(kind, slug),
        ["code"] = code,
        ["flag"] = code is { Length: 2 } ? flag : null,
        ["flag_url"] = FlagUrl(code),
    };

    /// <summary>The theme's flag picture of a country (<c>assets/flags/no.svg</c>), or null when the theme has none.</summary>
    public string? FlagUrl(string? code)
    {
        if (code is not { Length: 2 }) return null;
        var name = FlagAsset(code);
        return hasAsset(name) ? site.Urls.Asset(name) : null;
    }

    /// <summary>The asset name of a country's flag: <c>flags/no.svg</c>.</summary>
    public static string FlagAsset(string code) => "flags/" + code.ToLowerInvariant() + ".svg";

    private static ScriptObject ImageView(ArticleImage image, SiteAsset? file) => new()
    {
        ["url"] = file?.Url,
        ["alt"] = image.Alt,
        ["caption"] = image.Caption,
        ["credit"] = image.Credit,
        ["width"] = file?.Width,
        ["height"] = file?.Height,
    };

    /// <summary>The cards of a list page; the first is the <c>lead</c>, shown first and its picture loaded at once.</summary>
    public static ScriptArray ListCards(IEnumerable<ScriptObject> cards)
    {
        var array = ToArray(cards);
        if (array.Count > 0 && array[0] is ScriptObject first)
        {
            // Cards are shared between pages: the lead is a copy.
            var lead = (ScriptObject)first.Clone(false);
            lead.IsReadOnly = false;
            lead["lead"] = true;
            array[0] = lead;
        }

        return array;
    }

    public static ScriptArray ToArray(IEnumerable<object?> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }
}
