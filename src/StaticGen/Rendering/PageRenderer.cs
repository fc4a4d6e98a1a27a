using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Rendering.Templates;
using StaticGen.Rendering.Views;
using StaticGen.Site;

namespace StaticGen.Rendering;

/// <summary>A rendered page, or the diagnostics of why it could not be rendered.</summary>
/// <remarks><see cref="Links"/> are the links an article's body asked to resolve, as written: what
/// the page shows of other files depends on them (incremental builds check them again).</remarks>
public sealed record RenderResult(OutputFile? File, IReadOnlyList<Diagnostic> Diagnostics)
{
    public IReadOnlyList<string> Links { get; init; } = [];
}

/// <summary>
/// Renders pages: the layout of the page's kind with its view, then <c>layouts/base.html</c> with
/// the result as <c>content_html</c>. Thread-safe: templates are parsed once and shared; each
/// render gets its own <see cref="TemplateContext"/>. A template error becomes a diagnostic naming
/// the template file, line and column, and the page being rendered.
/// </summary>
public sealed partial class PageRenderer
{
    /// <summary>Scriban's cumulative loop iterations per page render; its default of 1000 breaks a terms page with many tags.</summary>
    internal const int LoopLimit = 1_000_000;

    private readonly SiteModel _site;
    private readonly TemplateSet _templates;
    private readonly MarkdownRenderer _markdown;
    private readonly ViewModels _views;
    private readonly ScriptObject _siteView;
    private readonly ScriptObject _helpers;
    private readonly ConcurrentDictionary<TaxonomyKind, ScriptObject> _taxonomyViews = new();
    private readonly Dictionary<string, SiteArticle> _articlesBySource = new(StringComparer.Ordinal);

    /// <summary>Markdown articles by file name without extension; null for a name two files share.</summary>
    private readonly Dictionary<string, SiteArticle?> _articlesByStem = new(StringComparer.Ordinal);

    /// <summary>Articles and pages by URL (base path included), for site paths written in a body.</summary>
    private readonly Dictionary<string, SiteArticle> _articlesByUrl = new(StringComparer.Ordinal);

    /// <summary>The ids of the pages links point into, for their fragments.</summary>
    private readonly Markdown.Anchors.PageAnchors _anchors;

    // Template contexts are not thread-safe but are reusable: each render thread takes one from the
    // pool and gives it back, so the built-in functions, helpers and partials are set up once per
    // thread instead of once per page.
    private readonly ConcurrentBag<TemplateContext> _contexts = [];
    private readonly CachedInclude _cachedInclude = new();
    private readonly Translator _translator;

    public PageRenderer(SiteModel site, TemplateSet templates, MarkdownRenderer markdown)
    {
        _site = site;
        _templates = templates;
        _anchors = new Markdown.Anchors.PageAnchors(templates.ThemeIds);
        _markdown = markdown;
        var assets = templates.Assets.Select(static a => a.Name).ToHashSet(StringComparer.Ordinal);
        _translator = templates.Translations.For(site.Config.Language);
        _views = new ViewModels(site, assets.Contains, _translator);
        _siteView = _views.SiteView();
        _siteView.IsReadOnly = true;
        // Shared by every context; templates only read it (an assignment goes to the page's own globals).
        _helpers = Helpers();


        // Links between articles are written as file paths: one lookup each, not a scan of the site.
        foreach (var article in site.Articles.Concat(site.StandalonePages))
        {
            _articlesBySource.TryAdd(article.Article.SourcePath, article);
            _articlesByUrl.TryAdd(article.Url, article);
            if (article.Article.Format != SourceFormat.Markdown) continue;
            var stem = Stem(article.Article.SourcePath);
            _articlesByStem[stem] = _articlesByStem.ContainsKey(stem) ? null : article;
        }
    }

    /// <summary>Layout files every theme must have (the default theme has them all).</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts =
        ["layouts/base.html", "layouts/home.html", "layouts/article.html", "layouts/terms.html", "layouts/term.html", "layouts/search.html", "layouts/404.html", "layouts/page.html"];

    public RenderResult Render(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Shows.Target is { } target)
        {
            return new RenderResult(new OutputFile(_site.Urls.OutputPath(page.Url), RedirectHtml(target)), []);
        }

        var diagnostics = new DiagnosticList();
        var globals = new ScriptObject();
        var description = _site.Config.Description.Length > 0 ? _site.Config.Description : $"The latest news from {_site.Config.Title}";
        ScriptObject? image = null;
        string? jsonLd = null;
        string? breadcrumbJsonLd = null;
        string? feed = null;
        ScriptObject? articleMeta = null;
        List<string>? links = null;
        // What the page shows, slot by slot (Page.Shows says it for every kind of page).
        var shows = page.Shows;
        var title = PageKinds.Title(page.Kind) ?? _site.Config.Title;
        if (shows.Taxonomy is { } taxonomy)
        {
            globals["taxonomy"] = TaxonomyView(taxonomy);
            title = ViewModels.TaxonomyTitle(taxonomy.Kind);
            description = taxonomy.Kind switch
            {
                TaxonomyKind.Tags => $"All topics in the news on {_site.Config.Title}: people, organisations and subjects, A to Z",
                TaxonomyKind.Authors => $"The journalists who write for {_site.Config.Title}, A to Z by surname",
                _ => $"All countries in the news on {_site.Config.Title}, by continent",
            };
        }

        if (shows.Term is { } term)
        {
            var termView = _views.TermView(term);
            globals["term"] = termView;
            title = term.Name;
            // A numbered page of a list numbered from the oldest keeps its bytes as the term grows: it says no count.
            var counted = shows.Pager is not { FromOldest: true, IsFront: false };
            if (!counted) termView["count"] = null;
            var count = counted ? $": {term.Articles.Count} {(term.Articles.Count == 1 ? "article" : "articles")}, latest first" : "";
            description = term.Kind switch
            {
                TaxonomyKind.Authors => $"Articles by {term.Name} on {_site.Config.Title}{count}",
                TaxonomyKind.Sections => $"{term.Name} news on {_site.Config.Title}{count}",
                _ => $"News about {term.Name} on {_site.Config.Title}{count}",
            };
            feed = term.FeedUrl;
        }

        if (shows.Pager is { } pager)
        {
            globals["articles"] = ViewModels.ListCards(pager.Items.Select(_views.Card));
            globals["pager"] = _views.PagerView(pager);
            if (!pager.IsFront) title = $"{title}, page {pager.Number}";
            else if (page.Kind == PageKind.Home) jsonLd = StructuredData.WebSite(_site);
        }

        if (shows.Body is { } body)
        {
            links = [];
            var view = _views.ArticleView(body, RenderBody(body, links, diagnostics));
            globals["article"] = view;
            title = body.Article.Title;
            description = body.Article.Summary;
            image = view["image"] as ScriptObject;
        }

        if (shows.Neighbours is { } neighbours)
        {
            globals["newer"] = neighbours.Newer is null ? null : _views.Card(neighbours.Newer);
            globals["older"] = neighbours.Older is null ? null : _views.Card(neighbours.Older);
            globals["related"] = ViewModels.ToArray(neighbours.Related.Select(_views.Card));
            if (shows.Body is { } article)
            {
                jsonLd = StructuredData.NewsArticle(_site, article, StructuredImages(article, image));
                breadcrumbJsonLd = StructuredData.Breadcrumb(_site, article, _translator.Find("home") ?? "Home");
                articleMeta = ArticleMeta(_site, article);
            }
        }

        globals["site"] = _siteView;
        globals["page"] = new ScriptObject
        {
            ["kind"] = PageKinds.Name(page.Kind),
            ["title"] = title,
            ["description"] = description,
            ["url"] = page.Url,
            ["canonical_url"] = _site.Urls.Absolute(page.Url),
            // The social card (1200×630, cut around the picture's most interesting part) when the build made one.
            ["image_url"] = (image?["card_url"] ?? image?["url"]) is string imageUrl ? _site.Urls.Absolute(imageUrl) : null,
            ["image_alt"] = image?["alt"],
            ["image_width"] = image?["card_url"] is null ? image?["width"] : image["card_width"],
            ["image_height"] = image?["card_url"] is null ? image?["height"] : image["card_height"],
            ["og_type"] = page.Kind == PageKind.Article ? "article" : "website",
            ["feed_url"] = feed,
            ["article"] = articleMeta,
            ["json_ld_html"] = jsonLd,
            ["breadcrumb_json_ld_html"] = breadcrumbJsonLd,
            ["noindex"] = PageKinds.NoIndex(page.Kind),
        };

        var context = RentContext();
        context.PushGlobal(globals);
        var reusable = true;
        try
        {
            var content = RenderTemplate(context, FindLayout(page), page, diagnostics);
            if (content is null)
            {
                reusable = false;
                return new RenderResult(null, diagnostics.Sorted());
            }

            globals["content_html"] = content;
            var html = RenderTemplate(context, _templates.Find("layouts/base.html")!, page, diagnostics);
            reusable = html is not null;
            return html is null
                ? new RenderResult(null, diagnostics.Sorted())
                : new RenderResult(new OutputFile(_site.Urls.OutputPath(page.Url), html), diagnostics.Sorted()) { Links = links ?? [] };
        }
        finally
        {
            // A render that failed part-way may leave the context's stacks as they were mid-template: drop it.
            if (reusable)
            {
                context.PopGlobal();
                _contexts.Add(context);
            }
        }
    }

    /// <summary>
    /// A taxonomy as its pages show it, built once: a term page shows its whole taxonomy, and a site may have
    /// thousands of term pages. Built when a page first needs it, not up front: an incremental build that
    /// makes no term page (nothing changed) builds none.
    /// </summary>
    private ScriptObject TaxonomyView(Taxonomy taxonomy)
    {
        if (_taxonomyViews.TryGetValue(taxonomy.Kind, out var known)) return known;
        lock (_taxonomyViews)
        {
            // One view per taxonomy, whichever thread asks first: every page shares it, read-only.
            if (_taxonomyViews.TryGetValue(taxonomy.Kind, out known)) return known;
            var view = _views.TaxonomyView(_site.Taxonomies.First(t => t.Kind == taxonomy.Kind));
            view.IsReadOnly = true;
            _taxonomyViews[taxonomy.Kind] = view;
            return view;
        }
    }

    /// <summary>
    /// The pictures JSON-LD offers for an article: its first picture cut to 16:9, 4:3 and 1:1 (what Google asks for),
    /// or, when the build made no crops, the social card and the picture itself.
    /// </summary>
    private List<string> StructuredImages(SiteArticle article, ScriptObject? image)
    {
        if (image is null) return [];
        var picture = article.Article.Images.Select(i => _site.FindAsset(article, i.Src)).FirstOrDefault(static a => a is not null)?.Picture;
        if (picture is { Crops.Count: > 0 }) return [.. picture.Crops.Select(static c => c.Url)];
        return [.. new[] { image["card_url"] as string, image["url"] as string }.OfType<string>()];
    }

    /// <summary>Lets go of an article's card and the partials rendered from it (no page still to be rendered shows it).</summary>
    public void ForgetCard(SiteArticle item)
    {
        if (_views.ForgetCard(item) is { } card) _cachedInclude.Forget(card);
    }

    /// <summary>
    /// Keeps the outputs of cached partials whose one key is an article's card (the default theme's
    /// <c>include_cached 'partials/article-card.html' card</c>) in <paramref name="kept"/> between builds, under
    /// <paramref name="cardKey"/> of the partial's name and the article: a key that must name everything the card shows.
    /// </summary>
    public void KeepPartials(IKeptPartials kept, Func<string, SiteArticle, UInt128> cardKey)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(cardKey);
        _cachedInclude.Kept = (kept, (name, values) => values.Count == 1 && _views.ArticleOf(values[0]) is { } article ? cardKey(name, article) : null);
    }

    /// <summary>
    /// Lets go of what rendering many pages keeps for reuse (cards, cached partials, template contexts): a
    /// 100,000-article site holds hundreds of megabytes of them, which feeds and the search index do not need.
    /// Rendering again afterwards still works; it only makes them anew.
    /// </summary>
    public void ReleaseCaches()
    {
        _views.ReleaseCards();
        _cachedInclude.Clear();
        _contexts.Clear();
    }

    /// <summary>An article's or a standalone page's body as HTML; <paramref name="links"/> gets the links it resolved, as written.</summary>
    private RenderedMarkdown RenderBody(SiteArticle item, List<string> links, DiagnosticList diagnostics)
    {
        var rendered = _markdown.Render(item.Article.Body, link =>
        {
            links.Add(link);
            return ResolveLink(item, link);
        });
        var contentFolder = BodyLinks.Folder(_site.Config.Paths.Content);
        foreach (var missing in rendered.Unresolved)
        {
            // A link out of the content folder was warned about when the article was read.
            if (BodyLinks.Problem(item.Article.SourcePath, contentFolder, new BodyLink(missing.Url, missing.IsImage, missing.Line)) is not null) continue;
            // A picture of the article's own list (a raw file's image line), or one the build refused (unreadable, unsafe), was warned about when the site was assembled.
            var resolved = ContentPaths.Resolve(item.Article.SourcePath, missing.Url);
            if ((missing.IsImage && item.Article.Images.Any(i => string.Equals(i.Src, missing.Url, StringComparison.Ordinal))) || (resolved is not null && _site.RefusedAssets.Contains(resolved))) continue;
            var line = missing.Line > 0 && item.Article.BodyLine > 0 ? item.Article.BodyLine + missing.Line : 0;
            var what = missing.IsImage ? "image" : "link";
            var target = resolved ?? missing.Url;
            diagnostics.Warning(Stage.Render, item.Article.SourcePath, line, 0,
                $"{what} '{missing.Url}' points to {target}, which is not a published file of the site (missing, misspelt or a draft); only its text is shown");
        }

        foreach (var broken in rendered.BrokenFragments)
        {
            var line = item.Article.BodyLine > 0 ? item.Article.BodyLine + broken.Line : 0;
            var ids = string.Join(", ", _anchors.Of(_articlesBySource[broken.TargetSource]).Take(8));
            diagnostics.Warning(Stage.Render, item.Article.SourcePath, line, 0,
                $"link '{broken.Url}' points to #{broken.Fragment}, which {broken.TargetSource} has no heading or element for{(ids.Length == 0 ? " (it has no headings)" : $" (its ids: {ids})")}; the link leads to the top of the page");
        }

        foreach (var problem in rendered.HtmlProblems)
        {
            var line = item.Article.BodyLine > 0 ? item.Article.BodyLine + problem.Line : 0;
            diagnostics.Warning(Stage.Render, item.Article.SourcePath, line, 0, problem.Message);
        }

        if (rendered.AsPlainText)
        {
            diagnostics.Warning(Stage.Render, item.Article.SourcePath, 0, 0,
                "the Markdown body nests too deeply to render (more than 128 levels); it is published as plain text");
        }

        return rendered;
    }

    /// <summary>What the head of an article page says about it (Open Graph <c>article:*</c>).</summary>
    private static ScriptObject ArticleMeta(SiteModel site, SiteArticle item)
    {
        var a = item.Article;
        return new ScriptObject
        {
            ["published_iso"] = a.DateIsFallback ? null : Dates.Iso(a.Date),
            ["modified_iso"] = a.DateIsFallback ? null : Dates.Iso(a.Updated ?? a.Date),
            ["author"] = a.Author,
            ["authors"] = ViewModels.ToArray(a.Authors),
            ["section"] = item.Article.Section is { } section && site.Sections.Find(section.Slug) is { } term ? term.Name : a.Kicker,
            ["tags"] = ViewModels.ToArray(a.Tags.Select(static t => t.Name)),
        };
    }

    private ThemeTemplate FindLayout(Page page)
    {
        var name = PageKinds.Name(page.Kind);
        var taxonomy = page.Shows.Taxonomy is { } t ? UrlBuilder.Folder(t.Kind) : null;

        // One optional taxonomy-specific layout (layouts/countries/term.html), then the kind's layout. The
        // default theme's own specific layouts (layouts/authors/term.html) give way to a site's term.html:
        // a site that restyles its term pages restyles them all, unless it writes a specific layout too.
        var generic = _templates.Find($"layouts/{name}.html")!;
        var specific = taxonomy is null ? null : _templates.Find($"layouts/{taxonomy}/{name}.html");
        return specific is not null && (!specific.IsDefaultTheme || generic.IsDefaultTheme) ? specific : generic;
    }

    /// <summary>A template context from the pool, or a new one with the helpers and partials in place.</summary>
    /// <remarks>
    /// Scriban finds by reflection what a template may reach: the built-in functions (read off the
    /// public members of its <c>string</c>, <c>date</c>, <c>object</c>… classes when the context is
    /// made) and the members of .NET values templates meet (<c>(date.parse s).Year</c>, <c>x.Key</c>
    /// when looping over an object). A Native AOT build keeps only members some code names, and
    /// Scriban 7.5's code names all its built-ins but these six (the names of each object's members
    /// compared between the JIT and the AOT build), which templates would then lose ("Cannot get
    /// member with name parse"). These attributes keep them; builds that are not trimmed ignore them.
    /// (Not all public members of the classes: they inherit <c>ScriptObject.From</c>, which needs
    /// reflection over arbitrary types.)
    /// </remarks>
    [DynamicDependency(nameof(StringFunctions.Slice), typeof(StringFunctions))]
    [DynamicDependency(nameof(StringFunctions.IndexOf), typeof(StringFunctions))]
    [DynamicDependency(nameof(DateTimeFunctions.Parse), typeof(DateTimeFunctions))]
    [DynamicDependency(nameof(ObjectFunctions.HasKey), typeof(ObjectFunctions))]
    [DynamicDependency(nameof(ObjectFunctions.HasValue), typeof(ObjectFunctions))]
    [DynamicDependency(nameof(TimeSpanFunctions.Zero), typeof(TimeSpanFunctions))]
    [DynamicDependency(ValueMembers, typeof(DateTime))]
    [DynamicDependency(ValueMembers, typeof(TimeSpan))]
    [DynamicDependency(ValueMembers, typeof(KeyValuePair<string, object>))]
    private TemplateContext RentContext()
    {
        if (_contexts.TryTake(out var pooled)) return pooled;
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            // 0 disables the 1 MB cap on a page's output: long articles are legitimate.
            LimitToString = 0,
            TemplateLoader = _templates.IncludeLoader,
            MemberRenamer = static member => member.Name,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        foreach (var t in _templates.Templates)
        {
            if (t.Name.StartsWith("partials/", StringComparison.Ordinal)) context.CachedTemplates[t.Name] = t.Template;
        }

        context.PushGlobal(_helpers);
        return context;
    }

    private const DynamicallyAccessedMemberTypes ValueMembers = DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields;

    private static string? RenderTemplate(TemplateContext context, ThemeTemplate template, Page page, DiagnosticList diagnostics)
    {
        try
        {
            return template.Template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var file = e.Span.FileName ?? template.SourcePath;
            diagnostics.Error(Stage.Render, file, e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                $"{e.OriginalMessage} (while rendering {page.Url})");
            return null;
        }
    }

    /// <summary>
    /// Functions templates call: <c>url</c> (site path under the base path), <c>abs_url</c>,
    /// <c>asset_url</c>; <c>picture</c>, an image view's responsive HTML (<see cref="PictureFunction"/>); <c>i18n</c>, a theme string in the site's language (<see cref="Translations"/>); <c>include</c>, which renders a partial in place (<see cref="InlineInclude"/>); and
    /// <c>include_cached</c>, which renders it once per build for each set of keys (<see cref="CachedInclude"/>).
    /// </summary>
    private ScriptObject Helpers()
    {
        var helpers = new ScriptObject();
        var urls = _site.Urls;
        // Not ScriptObject.Import(name, delegate): that wraps the delegate by reflection, which Native AOT cannot keep.
        helpers.SetValue("url", new TextFunction("path", urls.Path), true);
        helpers.SetValue("abs_url", new TextFunction("path", path => urls.Absolute(path.StartsWith('/') ? path : urls.Path(path))), true);
        helpers.SetValue("asset_url", new TextFunction("path", urls.Asset), true);
        helpers.SetValue("picture", new PictureFunction(_site.Config.Images.Sizes), true);
        helpers.SetValue("include", new InlineInclude(), true);
        helpers.SetValue("i18n", new TranslateFunction(_translator), true);
        helpers.SetValue("include_cached", _cachedInclude, true);
        // Scriban's object functions, with a to_json that needs no reflection (the native tool's failed).
        helpers.SetValue("object", JsonFunction.ObjectFunctions(), true);
        return helpers;
    }

    private string RedirectHtml(SiteArticle redirectTo)
    {
        var target = WebUtility.HtmlEncode(_site.Urls.Absolute(redirectTo.Url));
        var title = WebUtility.HtmlEncode(redirectTo.Article.Title);
        var lang = WebUtility.HtmlEncode(_site.Config.Language);
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <link rel="canonical" href="{target}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={target}">
            </head>
            <body>
            <p>This article has moved to <a href="{target}">{title}</a>.</p>
            </body>
            </html>

            """;
    }
}
