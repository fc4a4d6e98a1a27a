using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using StaticGen.Content;
using StaticGen.Output;
using StaticGen.Rendering;
using StaticGen.Rendering.Templates;
using StaticGen.Rendering.Views;
using StaticGen.Site;

namespace StaticGen.Build;

/// <summary>A file of the output: text (a page, a feed), bytes (a theme asset) or a content file copied as it is.</summary>
internal sealed record UnitFile(string RelativePath, string? Text, byte[]? Bytes = null, string? CopyOf = null);

/// <summary>What making a unit gave: its files, its diagnostics, and the links its article body resolved.</summary>
internal sealed record UnitResult(IReadOnlyList<UnitFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Links);

/// <summary>
/// A piece of the output made in one go (a page, a feed, the sitemap, the search index, an asset),
/// with the fingerprint of everything its bytes depend on. Same fingerprint, same bytes: an
/// incremental build keeps the unit's files from the previous build instead of making them again.
/// </summary>
/// <remarks>
/// An article page's fingerprint also covers what its body's links resolve to. Those links are
/// known only once the body is rendered: <see cref="Fingerprint"/> uses the links of the previous
/// build (same body, same links), and <see cref="WithLinks"/> gives the fingerprint to record for
/// the links a render found.
/// </remarks>
internal sealed record OutputUnit(string Key, UInt128 Fingerprint, Func<UnitResult> Make, Func<IReadOnlyList<string>, UInt128>? WithLinks = null)
{
    /// <summary>The previous build's record of the unit when the unit is known not to have changed since (its fingerprint is that record's).</summary>
    public UnitRecord? Unchanged { get; init; }

    /// <summary>The fingerprint to record after making the unit.</summary>
    public UInt128 Recorded(UnitResult result) => WithLinks is null ? Fingerprint : WithLinks(result.Links);
}

/// <summary>
/// What a serving process keeps from one fingerprinting to the next: the global key, the
/// taxonomies' and the images' state, and the cards of its site articles.
/// </summary>
internal sealed class FingerprintMemo
{
    /// <summary>Cards of site articles gone (one per edited article) kept before the memo starts again.</summary>
    public const int StaleCards = 1024;

    public UInt128 Global { get; private set; }

    /// <summary>Each taxonomy's hash, in <see cref="TaxonomyKind"/> order.</summary>
    public IReadOnlyList<UInt128> Taxonomies { get; private set; } = [];

    public IReadOnlyDictionary<string, SiteAsset>? Assets { get; private set; }

    public ConcurrentDictionary<SiteArticle, (UInt128 Card, UInt128 Listing)> Cards { get; private set; } = new(ReferenceEqualityComparer.Instance);

    public void Remember(UInt128 global, IReadOnlyList<UInt128> taxonomies, IReadOnlyDictionary<string, SiteAsset> assets, ConcurrentDictionary<SiteArticle, (UInt128 Card, UInt128 Listing)> cards)
    {
        (Global, Taxonomies, Assets, Cards) = (global, taxonomies, assets, cards);
    }
}

/// <summary>What the previous build made of a unit: its fingerprint, its files, and the links it resolved.</summary>
internal sealed record UnitRecord(UInt128 Fingerprint, IReadOnlyList<string> Files, IReadOnlyList<string> Links);

/// <summary>
/// Lists the units of a site and fingerprints each one. A fingerprint covers what the unit is made
/// with (tool version, config, theme, base URL), the build date and article count where the unit can
/// show them (feeds and sitemaps always, pages when a template names them), and what the unit
/// itself shows: what the page shows (<see cref="Page.Shows"/>): the cards of its articles (its body's,
/// its neighbours', its pager's items'), its pager, its taxonomy and term, and what its body's
/// links resolve to; for feeds, sitemaps and search the articles they list, without
/// their bodies (which none of them shows). Computing
/// them is hashing, far cheaper than rendering.
/// </summary>
internal static class OutputUnits
{
    /// <summary>The key prefix of a resized image's unit (its derived files).</summary>
    public const string PictureKey = "picture:";

    private static readonly string s_toolVersion =
        typeof(OutputUnits).Assembly.ManifestModule.ModuleVersionId.ToString("N") + " " +
        (typeof(OutputUnits).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");

    /// <summary>What every file is made with: the exact tool, the whole config, every theme file and the base URL.</summary>
    private static UInt128 MadeWithKey(SiteModel model, TemplateSet templates) =>
        new Fingerprint()
            .Add(s_toolVersion)
            .Add(JsonSerializer.Serialize(model.Config, ConfigJson.Default.SiteConfig))
            .Add(templates.Version)
            .Add(model.Urls.BaseUrl.AbsoluteUri)
            .Value;

    /// <summary>The key of everything that every file may show or that changes how any file is made.</summary>
    private static UInt128 GlobalKey(UInt128 madeWith, SiteModel model) =>
        new Fingerprint().Add(madeWith).Add(model.BuildDate).Add(model.Articles.Count).Value;

    /// <summary>
    /// The key of what every page shows: the global key without the article count and the build date,
    /// with the sections' names and URLs (menus list them), unless a template names them (the default theme's footer shows only the year). So adding an
    /// article re-renders the pages that list it, not every page of the site.
    /// </summary>
    private static UInt128 PageKey(UInt128 madeWith, SiteModel model, TemplateSet templates)
    {
        var used = templates.SiteWideValuesUsed;
        var f = new Fingerprint().Add(madeWith).Add(used.Contains("article_count") ? model.Articles.Count : -1);
        // Every page can show the sections (the menu, site.sections): their names and URLs, not their articles.
        f.Add(model.Sections.Terms.Count);
        foreach (var section in model.Sections.Terms) f.Add(section.Name).Add(section.Slug).Add(section.Url).Add(section.FeedUrl);
        if (used.Contains("build_date_iso")) f.Add(model.BuildDate);
        else if (used.Contains("build_year")) f.Add(model.BuildDate.Year);
        return f.Value;
    }

    /// <param name="model">The site.</param>
    /// <param name="templates">The theme.</param>
    /// <param name="renderer">Makes the pages.</param>
    /// <param name="siteRoot">The site folder (content images are copied from it).</param>
    /// <param name="previous">What the previous build recorded of a unit, by key.</param>
    /// <param name="cache">Per-article hashes.</param>
    /// <param name="memo">What the previous call of a serving process computed, or null.</param>
    /// <param name="changed">
    /// The site articles that are new objects since the model of the previous call (every page not
    /// showing one of them is unchanged), or null when everything may have changed. With
    /// <paramref name="memo"/>, and the global key, the taxonomies and the images as they were, a
    /// page that shows no changed article keeps the fingerprint <paramref name="previous"/> recorded.
    /// </param>
    /// <param name="images">Makes the derived files of resized images (null when no asset has a picture).</param>
    /// <param name="partials">The rendered cards kept between builds, or null.</param>
    public static IReadOnlyList<OutputUnit> Of(SiteModel model, TemplateSet templates, PageRenderer renderer, string siteRoot, Func<string, UnitRecord?> previous, SiteCache cache,
        FingerprintMemo? memo = null, IReadOnlySet<SiteArticle>? changed = null, ContentImages? images = null, KeptPartials? partials = null)
    {
        var madeWith = MadeWithKey(model, templates);
        var global = GlobalKey(madeWith, model);
        var pageGlobal = PageKey(madeWith, model, templates);
        var taxonomies = model.Taxonomies.ToDictionary(static t => t.Kind, static t => TaxonomyHash(t));
        var taxonomyHashes = model.Taxonomies.Select(t => taxonomies[t.Kind]).ToList();
        var reuse = memo is not null && changed is not null && memo.Global == global && memo.Taxonomies.SequenceEqual(taxonomyHashes)
            && SameAssets(memo.Assets, model.Assets) && memo.Cards.Count <= model.Articles.Count + FingerprintMemo.StaleCards;

        // Each article's card (what lists and neighbours show) and listing (what feeds, sitemaps and
        // search show: no body, Fingerprint.OfListing), computed once: an article is on a dozen pages.
        // A serving process keeps them for the site articles that stay the same objects.
        var cards = reuse ? memo!.Cards : new ConcurrentDictionary<SiteArticle, (UInt128 Card, UInt128 Listing)>(ReferenceEqualityComparer.Instance);
        if (memo is not null) memo.Remember(global, taxonomyHashes, model.Assets, cards);
        (UInt128 Card, UInt128 Listing) Hashes(SiteArticle item)
        {
            if (cards.TryGetValue(item, out var known)) return known;
            var images = new Fingerprint().Add(item.Url);
            foreach (var image in item.Article.Images) AddAsset(images, model.FindAsset(item, image.Src));
            var shown = images.Value;
            return cards[item] = (new Fingerprint().Add(cache.ArticleHash(item.Article)).Add(shown).Value, new Fingerprint().Add(cache.ListingHash(item.Article)).Add(shown).Value);
        }

        // The pages of one list share its list of page URLs: hashed once, not once per page (the home's 1,000 pages × 1,000 URLs).
        var pageUrlHashes = new ConcurrentDictionary<IReadOnlyList<string>, UInt128>(ReferenceEqualityComparer.Instance);
        UInt128 PageUrlsHash(IReadOnlyList<string> urls) => pageUrlHashes.GetOrAdd(urls, static list =>
        {
            var f = new Fingerprint().Add(list.Count);
            foreach (var url in list) f.Add(url);
            return f.Value;
        });

        UInt128 Card(SiteArticle item) => Hashes(item).Card;
        UInt128 Listing(SiteArticle item) => Hashes(item).Listing;

        // A card's rendered partial is kept between builds under what every page shows and the card's own fingerprint:
        // the same key a list page's fingerprint trusts to say that the card looks the same.
        if (partials is not null) renderer.KeepPartials(partials, (name, item) => new Fingerprint().Add(pageGlobal).Add(name).Add(Card(item)).Value);

        // Whether a page shows a changed article (when reusing, the only way its fingerprint can change).
        bool Shows(Page page) => page.Shows.Articles.Any(changed!.Contains);

        // What a page shows, slot by slot (Page.Shows says it for every kind of page).
        UInt128 BaseKey(Page page)
        {
            var shows = page.Shows;
            var f = new Fingerprint().Add(pageGlobal).Add((int)page.Kind).Add(page.Url);
            f.Add(shows.Body is null ? UInt128.Zero : Card(shows.Body));
            if (shows.Neighbours is { } neighbours)
            {
                f.Add(neighbours.Newer is null ? UInt128.Zero : Card(neighbours.Newer));
                f.Add(neighbours.Older is null ? UInt128.Zero : Card(neighbours.Older));
                f.Add(neighbours.Related.Count);
                foreach (var related in neighbours.Related) f.Add(Card(related));
            }

            f.Add(shows.Target is null ? UInt128.Zero : Card(shows.Target));
            // A term page shows its taxonomy's name and URL, and every term with its count only if a template says so.
            if (shows.Taxonomy is { } taxonomy) f.Add(page.Kind != PageKind.Term || templates.TermPagesShowTaxonomyTerms ? taxonomies[taxonomy.Kind] : new Fingerprint().Add((int)taxonomy.Kind).Add(taxonomy.Url).Value);
            if (shows.Term is { } term) f.Add(term.Name).Add(term.Slug).Add(term.Code).Add(term.FeedUrl);
            if (shows.Pager is { } pager) AddPager(f, pager, Card, PageUrlsHash);
            return f.Value;
        }

        var all = new Fingerprint().Add(global);
        foreach (var article in model.Articles) all.Add(Listing(article));
        var allArticles = all.Value;

        // The pages' fingerprints are independent of one another (what they share, each card's and each list's hashes, is
        // kept in concurrent tables): computed on every core.
        var pageUnits = new OutputUnit[model.Pages.Count];
        Parallel.For(0, pageUnits.Length, SitePipeline.Workers(CancellationToken.None), i => pageUnits[i] = PageUnit(model.Pages[i]));
        OutputUnit PageUnit(Page page)
        {
            var key = "page:" + page.Url;
            var kept = reuse && !Shows(page) ? previous(key) : null;
            Func<IReadOnlyList<string>, UInt128>? withLinks = null;
            var body = page.Shows.Body;
            if (body is not null)
            {
                // An article page (or a standalone page) also covers what its body's links resolve to.
                UInt128? baseKey = kept is null ? BaseKey(page) : null;
                withLinks = links =>
                {
                    var g = new Fingerprint().Add(baseKey ?? BaseKey(page)).Add(links.Count);
                    foreach (var link in links)
                    {
                        var resolved = renderer.ResolveLink(body, link);
                        g.Add(link).Add((int)resolved.Kind).Add(resolved.Url).Add(resolved.Width).Add(resolved.Height);
                        if (resolved.Picture is { Parts: var parts })
                        {
                            g.Add(parts.Srcset).Add(parts.Colour).Add(parts.Sources.Count);
                            foreach (var (type, srcset) in parts.Sources) g.Add(type).Add(srcset);
                        }
                    }

                    return g.Value;
                };
            }

            // An article page: the links its body had last time (the body is in the card: same body, same links).
            var fingerprint = kept?.Fingerprint ?? (withLinks is null ? BaseKey(page) : withLinks(previous(key)?.Links ?? []));
            return new OutputUnit(key, fingerprint, () =>
            {
                var result = renderer.Render(page);
                return new UnitResult(result.File is { } file ? [new UnitFile(file.RelativePath, file.Text)] : [], result.Diagnostics, result.Links);
            }, withLinks) { Unchanged = kept };
        }

        var units = new List<OutputUnit>(model.Pages.Count + 64);
        units.AddRange(pageUnits);

        foreach (var job in SiteFileJobs(model))
        {
            // A term's feed shows neither the article count nor the build date, unless none of its articles has a date of its own (Feeds.Rss).
            var f = new Fingerprint().Add(job.Depends == SiteFileDepends.Term ? madeWith : global).Add(job.Key);
            if (job.Depends == SiteFileDepends.Term && !job.Term!.Articles.Any(static a => (a.Article.Updated ?? a.Article.OwnDate()) is not null)) f.Add(model.BuildDate);
            switch (job.Depends)
            {
                case SiteFileDepends.AllArticles:
                    f.Add(allArticles);
                    break;
                case SiteFileDepends.AllPages:
                    // The sitemap also dates standalone pages.
                    f.Add(allArticles).Add(model.Pages.Count);
                    foreach (var page in model.Pages) f.Add(page.Url);
                    foreach (var standalone in model.StandalonePages) f.Add(Listing(standalone));
                    break;
                case SiteFileDepends.Term:
                    f.Add(job.Term!.Name).Add(job.Term.Articles.Count);
                    foreach (var article in job.Term.Articles) f.Add(Listing(article));
                    break;
            }

            units.Add(new OutputUnit(job.Key, f.Value, () => new UnitResult(UnitFiles(job.Make()), [], [])));
        }

        // The theme has a flag for every country; a site gets those of its own countries.
        var flags = model.Countries.Terms.Where(static t => t.Code is not null).Select(static t => ViewModels.FlagAsset(t.Code!)).ToHashSet(StringComparer.Ordinal);
        foreach (var asset in templates.Assets.Where(a => !a.Name.StartsWith("flags/", StringComparison.Ordinal) || !a.Name.EndsWith(".svg", StringComparison.Ordinal) || flags.Contains(a.Name)))
        {
            var path = model.Urls.OutputPath(model.Urls.Asset(asset.Name));
            var f = new Fingerprint().Add(s_toolVersion).Add(path).Add(asset.Content);
            units.Add(new OutputUnit("asset:" + asset.Name, f.Value, () => new UnitResult([new UnitFile(path, null, asset.Content)], [], [])));
        }

        // Content files published as they are; resized images after them, last of all (Make times them as their own step).
        var ordered = model.Assets.Values.OrderBy(static a => a.SourcePath, StringComparer.Ordinal).ToList();
        foreach (var asset in ordered.Where(static a => a.Picture is null))
        {
            var path = model.Urls.OutputPath(asset.Url);
            var source = Path.Combine(siteRoot, asset.SourcePath);
            var f = new Fingerprint().Add(s_toolVersion).Add(path).Add(ContentReader.HashFile(source));
            units.Add(new OutputUnit("image:" + asset.SourcePath, f.Value, () => new UnitResult([new UnitFile(path, null, null, source)], [], [])));
        }

        foreach (var asset in ordered.Where(static a => a.Picture is not null))
        {
            // The picture's key names the source's content and the encoder settings; its files' URLs, where they go.
            var picture = asset.Picture!;
            var f = new Fingerprint().Add(s_toolVersion).Add(picture.Key).Add(picture.Card?.Url);
            foreach (var variant in picture.Variants) f.Add(variant.Url).Add(variant.Width);
            foreach (var crop in picture.Crops) f.Add(crop.Url).Add(crop.Width);
            units.Add(new OutputUnit(PictureKey + asset.SourcePath, f.Value, () => images!.Make(asset, model.Urls)));
        }

        return units;
    }

    /// <summary>A site file job's files as a unit's; made as the destination reads them when the job makes them so (the search index).</summary>
    private static IReadOnlyList<UnitFile> UnitFiles(IEnumerable<OutputFile> files) =>
        files is OnDemandList<OutputFile> onDemand ? new OnDemandList<UnitFile>(onDemand.Count, i => UnitFile(onDemand[i])) : [.. files.Select(UnitFile)];

    private static UnitFile UnitFile(OutputFile file) => new(file.RelativePath, file.Text);

    private static bool SameAssets(IReadOnlyDictionary<string, SiteAsset>? before, IReadOnlyDictionary<string, SiteAsset> now) =>
        before is not null && before.Count == now.Count && now.All(p => before.TryGetValue(p.Key, out var asset) && asset == p.Value);

    private static void AddAsset(Fingerprint f, SiteAsset? asset)
    {
        if (asset is null)
        {
            f.Add(false);
            return;
        }

        f.Add(true).Add(asset.Url).Add(asset.Width).Add(asset.Height).Add(asset.Picture?.Key);
    }

    private static void AddPager(Fingerprint f, Pager pager, Func<SiteArticle, UInt128> card, Func<IReadOnlyList<string>, UInt128> pageUrls)
    {
        f.Add((int)pager.Numbering).Add(pager.Number).Add(pager.Items.Count);
        foreach (var item in pager.Items) f.Add(card(item));
        if (!pager.FromOldest)
        {
            f.Add(pager.TotalPages).Add(pager.TotalItems).Add(pageUrls(pager.PageUrls));
            return;
        }

        // Numbered from the oldest, a page shows no totals (ViewModels.PagerView) and, but for the front, no term's count
        // (PageRenderer), only its own links: a page whose articles and links stay the same keeps its fingerprint when
        // the list grows.
        f.Add(pager.IsFront ? pager.TotalItems : -1);
        f.Add(pager.PreviousUrl).Add(pager.NextUrl).Add(pager.FirstUrl).Add(pager.LastUrl);
        var numbers = pager.Numbers;
        f.Add(numbers.Count);
        foreach (var n in numbers) f.Add(n).Add(n == 0 ? null : pager.UrlOf(n));
    }

    private static UInt128 TaxonomyHash(Taxonomy taxonomy)
    {
        var f = new Fingerprint().Add(taxonomy.Url).Add(taxonomy.Terms.Count);
        foreach (var term in taxonomy.Terms) f.Add(term.Name).Add(term.Slug).Add(term.Code).Add(term.Url).Add(term.FeedUrl).Add(term.Articles.Count);
        return f.Value;
    }

    /// <summary>What a site file (feed, sitemap, search index, robots.txt) depends on besides the global key.</summary>
    internal enum SiteFileDepends
    {
        /// <summary>Nothing else (robots.txt, .nojekyll, CNAME).</summary>
        Global,

        /// <summary>Every published article (site feeds, search index, news sitemap).</summary>
        AllArticles,

        /// <summary>Every page and article (sitemap).</summary>
        AllPages,

        /// <summary>One term's articles (its feed).</summary>
        Term,
    }

    internal sealed record SiteFileJob(string Key, SiteFileDepends Depends, Term? Term, Func<IEnumerable<OutputFile>> Make);

    /// <summary>Feeds, sitemaps, the search index and the small files of a published site: each a job that makes one or more files.</summary>
    internal static IEnumerable<SiteFileJob> SiteFileJobs(SiteModel site)
    {
        var urls = site.Urls;
        yield return new("feed:rss", SiteFileDepends.AllArticles, null, () => [Feeds.Rss(site, urls.RssFeed(), site.Config.Title, site.Config.Description, site.Articles)]);
        yield return new("feed:atom", SiteFileDepends.AllArticles, null, () => [Feeds.Atom(site)]);
        yield return new("feed:json", SiteFileDepends.AllArticles, null, () => [Feeds.Json(site)]);
        foreach (var taxonomy in site.Taxonomies)
        {
            foreach (var term in taxonomy.Terms)
            {
                yield return new("feed:" + term.FeedUrl, SiteFileDepends.Term, term,
                    () => [Feeds.Rss(site, term.FeedUrl, $"{term.Name} — {site.Config.Title}", Feeds.TermDescription(term), term.Articles, term.Url)]);
            }
        }

        yield return new("sitemap", SiteFileDepends.AllPages, null, () => Sitemap.Build(site));
        yield return new("sitemap:news", SiteFileDepends.AllArticles, null, () => Sitemap.News(site) is { } news ? [news] : []);

        // robots.txt names the news sitemap only while there is one, so it depends on the articles' dates.
        yield return new("robots", SiteFileDepends.AllArticles, null, () => [SiteFiles.Robots(site), SiteFiles.NoJekyll(), SiteFiles.Marker()]);
        if (SiteFiles.Cname(site) is { } cname) yield return new("cname", SiteFileDepends.Global, null, () => [cname]);
        yield return new("search", SiteFileDepends.AllArticles, null, () => SearchIndex.Build(site));
    }
}
