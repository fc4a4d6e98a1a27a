using System.Globalization;
using Scriban.Runtime;
using StaticGen.Content;
using StaticGen.Enrichment;
using StaticGen.Site;

namespace StaticGen.Rendering.Views;

/// <summary>
/// Turns pieces of the <see cref="SiteModel"/> into the objects templates see. Templates never see
/// domain records: each view is built here, explicitly, with snake_case names. Text fields are
/// raw text (templates print them with <c>| html.escape</c>); fields ending in <c>_html</c> hold HTML.
/// The README lists every variable.
/// </summary>
public sealed class ViewModels(SiteModel site, Gazetteer gazetteer)
{
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
            ["build_date_iso"] = Iso(site.BuildDate),
            ["build_year"] = site.BuildDate.Year,
            ["article_count"] = site.Articles.Count,
        };
    }

    /// <summary>An article as a list shows it: no body.</summary>
    public ScriptObject Card(SiteArticle item)
    {
        var a = item.Article;
        var image = a.Images.Select(i => (Image: i, Url: site.AssetUrl(item, i.Src))).FirstOrDefault(static x => x.Url is not null);
        return new ScriptObject
        {
            ["title"] = a.Title,
            ["kicker"] = a.Kicker,
            ["summary"] = a.Summary,
            ["url"] = item.Url,
            ["absolute_url"] = site.Urls.Absolute(item.Url),
            ["slug"] = a.Slug,
            ["author"] = a.Author,
            ["date_iso"] = Iso(a.Date),
            ["date_display"] = Display(a.Date),
            ["date_is_fallback"] = a.DateIsFallback,
            ["reading_minutes"] = a.ReadingMinutes,
            ["image"] = image.Url is null ? null : ImageView(image.Image, image.Url),
            ["tags"] = ToArray(a.Tags.Select(t => TermRef(TaxonomyKind.Tags, t.Name, t.Slug, null))),
            ["countries"] = ToArray(a.Countries.Select(c => TermRef(TaxonomyKind.Countries, c.Name, c.Slug, c.Code))),
        };
    }

    /// <summary>The full article: the card plus lede, body and the rest.</summary>
    public ScriptObject ArticleView(SiteArticle item, RenderedMarkdown body)
    {
        var a = item.Article;
        var view = Card(item);
        view["lede"] = a.Lede;
        view["content_html"] = body.Html;
        view["headings"] = ToArray(body.Headings.Select(static h => new ScriptObject { ["level"] = h.Level, ["id"] = h.Id, ["text"] = h.Text }));
        view["images"] = ToArray(a.Images.Select(i => site.AssetUrl(item, i.Src) is { } url ? ImageView(i, url) : ImageView(i, null)));
        view["updated_iso"] = a.Updated is { } updated ? Iso(updated) : null;
        view["updated_display"] = a.Updated is { } u ? Display(u) : null;
        view["word_count"] = a.WordCount;
        view["source"] = a.SourcePath;
        return view;
    }

    public ScriptObject PagerView(Pager pager) => new()
    {
        ["number"] = pager.Number,
        ["total_pages"] = pager.TotalPages,
        ["total_items"] = pager.TotalItems,
        ["previous_url"] = pager.PreviousUrl,
        ["next_url"] = pager.NextUrl,
        ["pages"] = ToArray(pager.PageUrls.Select((url, i) => new ScriptObject
        {
            ["number"] = i + 1,
            ["url"] = url,
            ["current"] = i + 1 == pager.Number,
        })),
    };

    public ScriptObject TaxonomyView(Taxonomy taxonomy)
    {
        var terms = taxonomy.Terms.Select(TermView).ToList();
        var view = new ScriptObject
        {
            ["kind"] = UrlBuilder.Folder(taxonomy.Kind),
            ["title"] = taxonomy.Kind == TaxonomyKind.Tags ? "Tags" : "Countries",
            ["singular"] = taxonomy.Kind == TaxonomyKind.Tags ? "Tag" : "Country",
            ["url"] = taxonomy.Url,
            ["terms"] = ToArray(terms),
        };

        if (taxonomy.Kind == TaxonomyKind.Countries)
        {
            var groups = taxonomy.Terms
                .Select((t, i) => (Term: t, View: terms[i], Continent: t.Code is { } code ? gazetteer.Find(code)?.Continent : null))
                .GroupBy(static x => x.Continent)
                .OrderBy(static g => g.Key is null ? 1 : 0)
                .ThenBy(static g => g.Key)
                .Select(g => new ScriptObject
                {
                    ["name"] = g.Key is { } c ? ContinentName(c) : "Other",
                    ["id"] = g.Key is { } k ? Slugs.Slugify(ContinentName(k)) : "other",
                    ["terms"] = ToArray(g.Select(static x => x.View)),
                });
            view["groups"] = ToArray(groups);
        }
        else
        {
            view["groups"] = new ScriptArray();
        }

        return view;
    }

    public ScriptObject TermView(Term term)
    {
        var view = TermRef(term.Kind, term.Name, term.Slug, term.Code);
        view["count"] = term.Articles.Count;
        view["feed_url"] = term.FeedUrl;
        return view;
    }

    private ScriptObject TermRef(TaxonomyKind kind, string name, string slug, string? code) => new()
    {
        ["name"] = name,
        ["slug"] = slug,
        ["url"] = site.Urls.Term(kind, slug),
        ["code"] = code,
        ["flag"] = code is { Length: 2 } ? gazetteer.Find(code)?.Flag : null,
    };

    private static ScriptObject ImageView(ArticleImage image, string? url) => new()
    {
        ["url"] = url,
        ["alt"] = image.Alt,
        ["caption"] = image.Caption,
        ["credit"] = image.Credit,
    };

    public static ScriptArray ToArray(IEnumerable<object?> items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(item);
        return array;
    }

    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"19 December 2022": unambiguous in every English-speaking country.</summary>
    public static string Display(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ContinentName(Continent continent) => continent switch
    {
        Continent.NorthAmerica => "North America",
        Continent.SouthAmerica => "South America",
        _ => continent.ToString(),
    };
}
