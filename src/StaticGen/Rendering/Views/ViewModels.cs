using System.Collections.Concurrent;
using System.Globalization;
using Scriban.Runtime;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Rendering.Templates;
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
/// <param name="strings">The theme's strings in the site's language (menu and index names); English when null.</param>
public sealed class ViewModels(SiteModel site, Func<string, bool> hasAsset, Translator? strings = null)
{
    /// <summary>A theme string in the site's language, or its English text when the theme has no such key.</summary>
    private string Text(string key, string english) => strings?.Find(key) ?? english;

    /// <summary>How many countries and how many tags a card shows; the article shows them all.</summary>
    public const int CardChips = 3;

    // An article's card appears on the home page, on each of its term pages and beside its
    // neighbours and related articles (a dozen times in all), and a term reference on every card
    // of the term: each is built once and shared, read-only, by every page and render thread.
    private readonly ConcurrentDictionary<SiteArticle, ScriptObject> _cards = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<ScriptObject, SiteArticle> _cardArticles = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(TaxonomyKind Kind, string Name, string Slug, string? Code, string? Flag), ScriptObject> _termRefs = new();

    private static readonly ScriptObject s_noParams = ParamsView(TemplateParams.Empty);

    // What the config says about each author (authors:), by the slug of the name it is written under.
    private readonly Dictionary<string, AuthorProfile> _profiles = Profiles(site.Config);

    internal static Dictionary<string, AuthorProfile> Profiles(SiteConfig config)
    {
        var profiles = new Dictionary<string, AuthorProfile>(StringComparer.Ordinal);
        foreach (var (name, profile) in config.Authors.OrderBy(static p => p.Key, StringComparer.Ordinal)) profiles.TryAdd(Slugs.Slugify(name), profile);
        return profiles;
    }

    public SiteModel Site => site;

    /// <summary>The site's language: date names, text direction, index letters.</summary>
    public SiteLanguage Language { get; } = SiteLanguage.For(site.Config.Language);

    public ScriptObject SiteView()
    {
        var urls = site.Urls;
        return new ScriptObject
        {
            ["title"] = site.Config.Title,
            ["description"] = site.Config.Description,
            ["language"] = site.Config.Language,
            ["direction"] = Language.Direction,
            ["author"] = site.Config.Author,
            ["base_url"] = urls.BaseUrl.AbsoluteUri,
            ["base_path"] = urls.BasePath,
            ["home_url"] = urls.Home(),
            ["tags_url"] = urls.Terms(TaxonomyKind.Tags),
            ["countries_url"] = urls.Terms(TaxonomyKind.Countries),
            ["authors_url"] = urls.Terms(TaxonomyKind.Authors),
            ["sections"] = ToArray(site.Sections.Terms.Select(SectionView)),
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
                new(Text("menu_latest", "Latest"), urls.Home()),
                .. site.Sections.Terms.Where(InMenu).Select(static t => new MenuItem(t.Name, t.Url)),
                new(Text("countries", "Countries"), urls.Terms(TaxonomyKind.Countries)),
                new(Text("topics", "Topics"), urls.Terms(TaxonomyKind.Tags)), new(Text("search", "Search"), urls.Search()),
            ];
        }

        return site.Config.Menu.Select(item => item.External ? item : item with { Url = urls.Path(item.Url) });
    }

    /// <summary>Whether the default menu lists a section (<c>sections: [{slug, menu}]</c>; listed unless it says no).</summary>
    private bool InMenu(Term section) => site.Config.Sections.FirstOrDefault(s => s.Slug == section.Slug)?.Menu ?? true;

    /// <summary>
    /// A section as <c>site.sections</c> lists it: what a menu needs, not its articles or their count (every
    /// page sees it, so adding an article to a section would otherwise make every page again).
    /// </summary>
    private ScriptObject SectionView(Term section) => new()
    {
        ["name"] = section.Name,
        ["slug"] = section.Slug,
        ["url"] = section.Url,
        ["feed_url"] = section.FeedUrl,
        ["menu"] = InMenu(section),
    };

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
        _cardArticles.Clear();
        _termRefs.Clear();
    }

    /// <summary>Lets go of an article's card, when no page still to be rendered shows it; the card it was, or null when there was none.</summary>
    public ScriptObject? ForgetCard(SiteArticle item)
    {
        if (!_cards.TryRemove(item, out var card)) return null;
        _cardArticles.TryRemove(card, out _);
        return card;
    }

    /// <summary>An article as a list shows it: no body. Shared and read-only; <see cref="ListCards"/> copies the lead card.</summary>
    public ScriptObject Card(SiteArticle item) => _cards.GetOrAdd(item, static (item, views) =>
    {
        var card = views.NewCard(item);
        card.IsReadOnly = true;
        views._cardArticles[card] = item;
        return card;
    }, this);

    /// <summary>The article a shared card (<see cref="Card"/>) shows; null for any other object (a lead card is a copy).</summary>
    public SiteArticle? ArticleOf(object? card) => card is ScriptObject view && _cardArticles.TryGetValue(view, out var item) ? item : null;

    private ScriptObject NewCard(SiteArticle item)
    {
        var a = item.Article;
        var image = a.Images.Select(i => (Image: i, Asset: site.FindAsset(item, i.Src))).FirstOrDefault(static x => x.Asset is not null);
        return new ScriptObject
        {
            ["title"] = a.Title,
            // The section is the kicker of an article that has none.
            ["kicker"] = a.Kicker ?? (a.Section is { } s && site.Sections.Find(s.Slug) is { } sectionTerm ? sectionTerm.Name : null),
            ["kicker_is_section"] = a.Kicker is null && a.Section is { } ks && site.Sections.Find(ks.Slug) is not null,
            ["summary"] = a.Summary,
            ["url"] = item.Url,
            ["absolute_url"] = site.Urls.Absolute(item.Url),
            ["slug"] = a.Slug,
            ["author"] = a.Author,
            ["authors"] = ToArray(a.Authors.Select(AuthorRef)),
            ["agency"] = a.Agency,
            ["section"] = a.Section is { } section && site.Sections.Find(section.Slug) is { } term ? TermRef(TaxonomyKind.Sections, term.Name, term.Slug, null, null) : null,
            ["date_iso"] = Dates.Iso(a.Date),
            ["date_display"] = Dates.Display(a.Date, Language),
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

    /// <summary>
    /// An author as a byline shows them: the name and the author page's URL (null for a name with no
    /// page: the agency, or a name with no letters).
    /// </summary>
    private ScriptObject AuthorRef(string name)
    {
        // A byline names few authors: a look-up through the article's refs would gain nothing.
        var slug = Slugs.Slugify(name);
        return site.Authors.Find(slug) is { } term
            ? TermRef(TaxonomyKind.Authors, name, term.Slug, null, null)
            : new ScriptObject { ["name"] = name, ["slug"] = null, ["url"] = null, ["code"] = null, ["flag"] = null, ["flag_url"] = null };
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
        // A contents list of one heading says nothing the page does not.
        view["toc"] = a.Toc && body.Headings.Count > 1;
        view["images"] = ToArray(a.Images.Select(i => ImageView(i, site.FindAsset(item, i.Src))));
        view["updated_iso"] = a.Updated is { } updated ? Dates.Iso(updated) : null;
        view["updated_display"] = a.Updated is { } u ? Dates.Display(u, Language) : null;
        view["word_count"] = a.WordCount;
        view["source"] = a.SourcePath;
        return view;
    }

    /// <summary>How many page numbers a pager shows on each side of the current page (besides the first and the last).</summary>
    public const int PagerWindow = Pager.Window;

    /// <summary>
    /// A pager for templates. Numbered from the oldest, the totals are null: a total printed on every page would change
    /// every page of the list whenever a page is added (<c>pageNumbers: fromOldest</c> keeps them as they are).
    /// </summary>
    public ScriptObject PagerView(Pager pager) => new()
    {
        ["number"] = pager.FromOldest && pager.Number == 0 ? null : pager.Number,
        ["front"] = pager.IsFront,
        ["from_oldest"] = pager.FromOldest,
        ["total_pages"] = pager.FromOldest ? null : pager.TotalPages,
        ["total_items"] = pager.FromOldest ? null : pager.TotalItems,
        ["previous_url"] = pager.PreviousUrl,
        ["next_url"] = pager.NextUrl,
        ["first_url"] = pager.FirstUrl,
        ["last_url"] = pager.LastUrl,
        ["pages"] = ToArray(pager.Numbers.Select(n => n == 0
            ? new ScriptObject { ["number"] = null, ["url"] = null, ["current"] = false, ["gap"] = true }
            : new ScriptObject { ["number"] = n, ["url"] = pager.UrlOf(n), ["current"] = n == pager.Number, ["gap"] = false })),
    };

    /// <summary>
    /// The page numbers a pager numbered from the newest links: the first, the last and <see cref="PagerWindow"/> on each side of
    /// the current one; 0 stands for a gap. A list of 10,000 pages stays a handful of links.
    /// </summary>
    public static IReadOnlyList<int> PageNumbers(int current, int total) => Pager.NewestNumbers(current, total);

    public ScriptObject TaxonomyView(Taxonomy taxonomy)
    {
        var terms = taxonomy.Terms.Select(TermView).ToList();
        var view = new ScriptObject
        {
            ["kind"] = UrlBuilder.Folder(taxonomy.Kind),
            ["title"] = Text(taxonomy.Kind switch
            {
                TaxonomyKind.Tags => "topics",
                TaxonomyKind.Countries => "countries",
                TaxonomyKind.Authors => "authors",
                _ => "sections",
            }, TaxonomyTitle(taxonomy.Kind)),
            ["singular"] = taxonomy.Kind switch
            {
                TaxonomyKind.Tags => Text("topic", "Topic"),
                TaxonomyKind.Countries => Text("country", "Country"),
                TaxonomyKind.Authors => Text("author", "Author"),
                _ => Text("section", "Section"),
            },
            ["url"] = taxonomy.Url,
            ["terms"] = ToArray(terms),
        };

        // Countries are grouped by continent, tags by initial; groups keep the terms' order.
        var groups = taxonomy.Kind == TaxonomyKind.Countries
            ? taxonomy.Terms
                .Select((t, i) => (Key: t.Code is not null && t.Continent is { } continent ? continent : "Other", View: terms[i]))
                // Continents are filed by their English names (the order stays the same in every language) and shown in the site's.
                .GroupBy(static x => x.Key, StringComparer.Ordinal)
                .OrderBy(static g => g.Key == "Other" ? 1 : 0)
                .ThenBy(static g => g.Key, StringComparer.Ordinal)
            : taxonomy.Terms
                .Select((t, i) => (Key: Initial(taxonomy.Kind == TaxonomyKind.Authors ? SiteAssembler.SurnameKey(Collation.Key(Language, t.Name, t.Slug)) : Collation.Key(Language, t.Name, t.Slug)), View: terms[i]))
                .GroupBy(static x => x.Key, StringComparer.Ordinal)
                // In the terms' order, which is the language's (Ñ between N and O in Spanish), "#" last.
                .OrderBy(static g => g.Key == "#" ? 1 : 0);
        view["groups"] = ToArray(groups.Select((g, i) => new ScriptObject
        {
            ["name"] = taxonomy.Kind == TaxonomyKind.Countries ? Text("continent_" + g.Key.ToLowerInvariant().Replace(' ', '_'), g.Key) : g.Key,
            ["id"] = $"{UrlBuilder.Folder(taxonomy.Kind)}-{(i + 1).ToString(CultureInfo.InvariantCulture)}",
            ["count"] = g.Count(),
            ["terms"] = ToArray(g.Select(static x => x.View)),
        }));
        return view;
    }

    /// <summary>What readers call a taxonomy: tags are "Topics" (people, organisations, subjects), at <c>/tags/</c>.</summary>
    public static string TaxonomyTitle(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Tags => "Topics",
        TaxonomyKind.Countries => "Countries",
        TaxonomyKind.Authors => "Authors",
        _ => "Sections",
    };


    /// <summary>
    /// The letter a tag is filed under: the first letter of its sort key in upper case, so accents fold as in a reader's index
    /// ("Ángel Di María" under A, "Émile" under E) and a language's own letter is its own (Spanish Ñ), or <c>#</c>.
    /// </summary>
    private string Initial(string key) => Collation.Initial(Language, key);

    public ScriptObject TermView(Term term)
    {
        var view = NewTermRef(term.Kind, term.Name, term.Slug, term.Code, term.Flag);
        view["count"] = term.Articles.Count;
        view["feed_url"] = term.FeedUrl;
        var profile = term.Kind == TaxonomyKind.Authors ? _profiles.GetValueOrDefault(term.Slug) : null;
        view["role"] = profile?.Role;
        view["bio"] = profile?.Bio;
        view["photo_url"] = profile?.Photo is { } photo ? PhotoUrl(photo) : null;
        view["links"] = ToArray((profile?.Links ?? []).Select(l => new ScriptObject { ["name"] = l.Name, ["url"] = l.External ? l.Url : site.Urls.Path(l.Url), ["external"] = l.External }));
        view["description"] = term.Kind == TaxonomyKind.Sections ? site.Config.Sections.FirstOrDefault(s => s.Slug == term.Slug)?.Description : null;
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

    /// <summary>An author's photo: an http(s) URL as it is, or the URL of the content file (null when the content has no such file).</summary>
    private string? PhotoUrl(string photo) => PhotoUrl(site, photo);

    /// <summary>An author's photo: an http(s) URL as it is, or the site path of the content file (null when the content has no such file).</summary>
    internal static string? PhotoUrl(SiteModel site, string photo)
    {
        if (photo.Contains(':', StringComparison.Ordinal)) return photo;
        var path = ContentPath(site.Config, photo);
        return site.Assets.TryGetValue(path, out var asset) ? asset.Url : null;
    }

    /// <summary>The site-relative path of a file named relative to the content folder (<c>people/ada.jpg</c> → <c>content/people/ada.jpg</c>).</summary>
    public static string ContentPath(SiteConfig config, string file) =>
        ContentPaths.Normalize((ContentPaths.Normalize(config.Paths.Content) ?? "content") + "/" + file) ?? file;

    /// <summary>The theme's flag picture of a country (<c>assets/flags/no.svg</c>), or null when the theme has none.</summary>
    public string? FlagUrl(string? code)
    {
        if (code is not { Length: 2 }) return null;
        var name = FlagAsset(code);
        return hasAsset(name) ? site.Urls.Asset(name) : null;
    }

    /// <summary>The asset name of a country's flag: <c>flags/no.svg</c>.</summary>
    public static string FlagAsset(string code) => "flags/" + code.ToLowerInvariant() + ".svg";

    /// <summary>An image as templates see it: the file published (for a resized image its widest fallback), the other sizes and formats, the placeholder colour and the social card.</summary>
    private static ScriptObject ImageView(ArticleImage image, SiteAsset? file)
    {
        var parts = file is null ? null : PictureMarkup.Of(file);
        var card = file?.Picture?.Card;
        return new()
        {
            ["url"] = file?.Url,
            ["alt"] = image.Alt,
            ["caption"] = image.Caption,
            ["credit"] = image.Credit,
            ["width"] = file?.Width,
            ["height"] = file?.Height,
            ["srcset"] = parts?.Srcset,
            ["sources"] = ToArray((parts?.Sources ?? []).Select(static s => new ScriptObject { ["type"] = s.Type, ["srcset"] = s.Srcset })),
            ["colour"] = parts?.Colour,
            ["card_url"] = card?.Url,
            ["card_width"] = card?.Width,
            ["card_height"] = card?.Height,
        };
    }

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
