using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Site;

/// <summary>What an assembly was made from, and what it gave: the starting point of the next one.</summary>
public sealed record SiteAssembly(SiteConfig Config, IReadOnlyList<Article> Articles, IReadOnlyList<string> AssetPaths, PublishOptions Options, AssembleResult Result);

/// <summary>
/// An assembly, and which of its site articles are new objects since the previous one (null: the
/// whole site was assembled again, so everything may have changed). Every page that does not
/// show a changed article is the previous assembly's own object.
/// </summary>
public sealed record Reassembly(SiteAssembly Assembly, IReadOnlySet<SiteArticle>? Changed);

/// <summary>
/// Assembles a site again after some articles changed (<c>serve</c>), reusing the previous model
/// when the change cannot move anything: when each changed article keeps its file, slug, date,
/// draft flag, tags, countries, authors, section and images and has no aliases (a body or headline edit), the order,
/// the taxonomies, the pagination and the related articles are those of the previous model, and
/// only the changed articles' records are replaced where they appear. Any other change assembles
/// the whole site (<see cref="SiteAssembler.Assemble"/>). Either way the model equals what a full
/// assembly gives. Pure: no disk, clock or culture.
/// </summary>
public static class SiteReassembler
{
    /// <summary>More changed articles than this at once: the whole site is assembled again.</summary>
    public const int MaxChanged = 64;

    public static Reassembly Assemble(SiteAssembly? previous, SiteConfig config, IReadOnlyList<Article> articles, IReadOnlyList<string> assetPaths, PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(assetPaths);
        ArgumentNullException.ThrowIfNull(options);
        if (previous is not null && Reuse(previous, config, articles, assetPaths, options) is { } reused) return reused;
        var result = SiteAssembler.Assemble(config, articles, assetPaths, options);
        return new Reassembly(new SiteAssembly(config, articles, assetPaths, options, result), null);
    }

    private static Reassembly? Reuse(SiteAssembly previous, SiteConfig config, IReadOnlyList<Article> articles, IReadOnlyList<string> assetPaths, PublishOptions options)
    {
        if (!ReferenceEquals(previous.Config, config) || previous.Options.IncludeDrafts != options.IncludeDrafts || previous.Options.IncludeFuture != options.IncludeFuture
            || articles.Count != previous.Articles.Count || !previous.AssetPaths.SequenceEqual(assetPaths, StringComparer.Ordinal))
        {
            return null;
        }

        // A later build date (serve without a fixed one: the clock) changes nothing unless an article's date falls between the two.
        if (!options.IncludeFuture && previous.Options.BuildDate != options.BuildDate)
        {
            var (from, to) = previous.Options.BuildDate < options.BuildDate ? (previous.Options.BuildDate, options.BuildDate) : (options.BuildDate, previous.Options.BuildDate);
            if (articles.Any(a => a.Date > from && a.Date <= to) || previous.Articles.Any(a => a.Date > from && a.Date <= to)) return null;
        }

        // Articles come in file order: the same files give the same positions.
        var changes = new List<(Article Old, Article New)>();
        for (var i = 0; i < articles.Count; i++)
        {
            var (old, now) = (previous.Articles[i], articles[i]);
            if (ReferenceEquals(old, now)) continue;
            if (!SamePlace(old, now) || changes.Count == MaxChanged) return null;
            changes.Add((old, now));
        }

        var site = previous.Result.Site with { BuildDate = options.BuildDate };
        if (changes.Count == 0)
        {
            return new Reassembly(previous with { Articles = articles, Options = options, Result = previous.Result with { Site = site } }, new HashSet<SiteArticle>(ReferenceEqualityComparer.Instance));
        }

        // The published record of each changed article. An article published under another slug
        // (it lost its slug to another) or not found is left to a full assembly.
        var oldArticles = new HashSet<Article>(changes.Select(static c => c.Old), ReferenceEqualityComparer.Instance);
        var replaced = new Dictionary<SiteArticle, SiteArticle>(ReferenceEqualityComparer.Instance);
        var newOf = changes.ToDictionary<(Article Old, Article New), Article, Article>(static c => c.Old, static c => c.New, ReferenceEqualityComparer.Instance);
        foreach (var item in site.Articles)
        {
            if (oldArticles.Contains(item.Article)) replaced[item] = new SiteArticle(newOf[item.Article], item.Url);
        }

        foreach (var (old, _) in changes)
        {
            var published = (options.IncludeDrafts || !old.Draft) && (options.IncludeFuture || old.Date <= options.BuildDate);
            if (published != replaced.Keys.Any(k => ReferenceEquals(k.Article, old))) return null;
        }

        SiteArticle Map(SiteArticle item) => replaced.TryGetValue(item, out var now) ? now : item;
        IReadOnlyList<SiteArticle> MapList(IReadOnlyList<SiteArticle> items) => items.Any(replaced.ContainsKey) ? [.. items.Select(Map)] : items;

        var terms = new Dictionary<Term, Term>(ReferenceEqualityComparer.Instance);
        Taxonomy MapTaxonomy(Taxonomy taxonomy)
        {
            var changed = false;
            var list = new List<Term>(taxonomy.Terms.Count);
            foreach (var term in taxonomy.Terms)
            {
                var articlesOfTerm = MapList(term.Articles);
                var now = ReferenceEquals(articlesOfTerm, term.Articles) ? term : term with { Articles = articlesOfTerm };
                changed |= !ReferenceEquals(now, term);
                terms[term] = now;
                list.Add(now);
            }

            return changed ? taxonomy with { Terms = list } : taxonomy;
        }

        var mapped = site.Taxonomies.ToDictionary(static t => t.Kind, MapTaxonomy);
        Taxonomy NewTaxonomy(Taxonomy old) => mapped[old.Kind];
        Pager MapPager(Pager pager) => MapList(pager.Items) is var items && ReferenceEquals(items, pager.Items) ? pager : pager with { Items = items };

        var pages = new List<Page>(site.Pages.Count);
        foreach (var page in site.Pages)
        {
            pages.Add(page switch
            {
                HomePage home => MapPager(home.Pager) is var pager && ReferenceEquals(pager, home.Pager) ? home : home with { Pager = pager },
                ArticlePage article => replaced.ContainsKey(article.Article) || (article.Newer is { } n && replaced.ContainsKey(n)) || (article.Older is { } o && replaced.ContainsKey(o))
                    || article.Related.Any(replaced.ContainsKey)
                    ? article with { Article = Map(article.Article), Newer = article.Newer is null ? null : Map(article.Newer), Older = article.Older is null ? null : Map(article.Older), Related = MapList(article.Related) }
                    : article,
                TermsPage list => ReferenceEquals(NewTaxonomy(list.Taxonomy), list.Taxonomy) ? list : list with { Taxonomy = NewTaxonomy(list.Taxonomy) },
                TermPage term => ReferenceEquals(NewTaxonomy(term.Taxonomy), term.Taxonomy) && ReferenceEquals(terms[term.Term], term.Term) && ReferenceEquals(MapPager(term.Pager), term.Pager)
                    ? term
                    : term with { Taxonomy = NewTaxonomy(term.Taxonomy), Term = terms[term.Term], Pager = MapPager(term.Pager) },
                RedirectPage redirect => replaced.ContainsKey(redirect.Target) ? redirect with { Target = Map(redirect.Target) } : redirect,
                _ => page,
            });
        }

        // The changed articles' diagnostics are made again (their lines may have moved); the others' are kept.
        var paths = changes.Select(static c => c.Old.SourcePath).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new DiagnosticList();
        diagnostics.AddRange(previous.Result.Diagnostics.Where(d => !paths.Contains(d.Path)));
        foreach (var now in replaced.Values) SiteAssembler.ImageWarnings(now.Article, site.Assets, diagnostics);

        var model = site with
        {
            Articles = MapList(site.Articles),
            Tags = mapped[TaxonomyKind.Tags],
            Countries = mapped[TaxonomyKind.Countries],
            Authors = mapped[TaxonomyKind.Authors],
            Sections = mapped[TaxonomyKind.Sections],
            Pages = pages,
        };
        var result = new AssembleResult(model, diagnostics.Sorted());
        return new Reassembly(new SiteAssembly(config, articles, assetPaths, options, result), new HashSet<SiteArticle>(replaced.Values, ReferenceEqualityComparer.Instance));
    }

    /// <summary>
    /// Whether a changed article stays where it was in the site: same file, slug, date, draft flag,
    /// tags, countries, authors and section (what orders, groups and relates articles), images (what the assembly
    /// checks), and no aliases (redirects are checked against the whole site).
    /// </summary>
    private static bool SamePlace(Article old, Article now) =>
        string.Equals(old.SourcePath, now.SourcePath, StringComparison.Ordinal)
        && string.Equals(old.Slug, now.Slug, StringComparison.Ordinal)
        && old.Date == now.Date && old.Date.Offset == now.Date.Offset
        && old.Draft == now.Draft

        // A standalone page (type: page) lives outside the article lists this patches: assembled again.
        && old.Type == ArticleType.Article && now.Type == ArticleType.Article
        && old.Tags.Select(static t => (t.Name, t.Slug)).SequenceEqual(now.Tags.Select(static t => (t.Name, t.Slug)))
        && old.Countries.Select(static c => (c.Name, c.Slug, c.Code)).SequenceEqual(now.Countries.Select(static c => (c.Name, c.Slug, c.Code)))
        && old.AuthorRefs.SequenceEqual(now.AuthorRefs)
        && old.Section == now.Section
        && old.Images.Select(static i => i.Src).SequenceEqual(now.Images.Select(static i => i.Src), StringComparer.Ordinal)
        && old.Aliases.Count == 0 && now.Aliases.Count == 0;
}
