// Over 500 lines, for now: assembly is one pass (publish set, slugs, taxonomies, related articles, pages,
// redirects) whose steps share the same indexes; the author and section taxonomies just joined it. Split
// RelatedArticles and Redirects into their own files when the next step is added.
using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Site;

/// <summary>What to publish: drafts and future-dated articles are left out unless asked for.</summary>
public sealed record PublishOptions(DateTimeOffset BuildDate, bool IncludeDrafts = false, bool IncludeFuture = false);

/// <summary>The site model and what assembling it reported.</summary>
public sealed record AssembleResult(SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Builds the immutable <see cref="SiteModel"/>: chooses what is published, gives every article a
/// unique URL, orders articles (date descending, then slug), groups taxonomies, paginates lists,
/// links neighbours and related articles, and resolves images. Pure: no disk, clock or culture.
/// </summary>
public static class SiteAssembler
{
    /// <summary>How many related articles an article page shows.</summary>
    public const int RelatedCount = 4;

    public static AssembleResult Assemble(SiteConfig config, IReadOnlyList<Article> articles, IReadOnlyList<string> assetPaths, PublishOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(assetPaths);
        ArgumentNullException.ThrowIfNull(options);

        var diagnostics = new DiagnosticList();
        var urls = new UrlBuilder(config.BaseUrl);

        var published = articles
            .Where(a => options.IncludeDrafts || !a.Draft)
            .Where(a => options.IncludeFuture || a.Date <= options.BuildDate)
            .OrderBy(static a => a.SourcePath, StringComparer.Ordinal)
            .ToList();
        // Standalone pages ("About us") live beside the articles, at the top of the site, never listed.
        var standalone = UniqueSlugs([.. published.Where(static a => a.Type == ArticleType.Page)], diagnostics, urls.StandalonePage, UrlBuilder.ReservedSegments);
        published = UniqueSlugs([.. published.Where(static a => a.Type == ArticleType.Article)], diagnostics, urls.Article, s_noReservedSlugs);
        // Newest first; an undated article (its date is only a fallback) after every dated one.
        published.Sort(static (a, b) =>
        {
            var c = a.DateIsFallback.CompareTo(b.DateIsFallback);
            if (c == 0) c = b.Date.CompareTo(a.Date);
            return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
        });

        published = WrittenTagSlugs(published);
        var siteArticles = published.Select(a => new SiteArticle(a, urls.Article(a.Slug))).ToList();
        var sitePages = standalone.Select(a => new SiteArticle(a, urls.StandalonePage(a.Slug))).ToList();

        var contentPrefix = (ContentPaths.Normalize(config.Paths.Content) ?? "content") + "/";
        var assets = new Dictionary<string, SiteAsset>(StringComparer.Ordinal);
        foreach (var path in assetPaths)
        {
            var relative = path.StartsWith(contentPrefix, StringComparison.Ordinal) ? path[contentPrefix.Length..] : path;
            assets[path] = new SiteAsset(path, urls.Image(relative));
        }

        foreach (var article in siteArticles.Concat(sitePages)) ImageWarnings(article.Article, assets, diagnostics);

        var language = SiteLanguage.For(config.Language);
        var tags = BuildTaxonomy(TaxonomyKind.Tags, language, siteArticles, urls, static a => a.Tags.Select(static t => (t.Name, t.Slug, (CountryRef?)null)));
        var countries = BuildTaxonomy(TaxonomyKind.Countries, language, siteArticles, urls, static a => a.Countries.Select(static c => (c.Name, c.Slug, (CountryRef?)c)));
        var authors = BuildTaxonomy(TaxonomyKind.Authors, language, siteArticles, urls, static a => a.AuthorRefs.Select(static p => (p.Name, p.Slug, (CountryRef?)null)));
        // A masthead lists people by surname.
        authors = authors with { Terms = [.. authors.Terms.OrderBy(t => SurnameKey(Collation.Key(language, t.Name, t.Slug)), StringComparer.Ordinal).ThenBy(static t => t.Slug, StringComparer.Ordinal)] };
        AuthorPhotoWarnings(config, contentPrefix, assets, diagnostics);
        var sections = SectionTaxonomy(config, siteArticles, urls, sitePages, diagnostics);

        var pages = new List<Page>();
        foreach (var (pager, url) in Paginate(siteArticles, config.PageSize, config.PageNumbers, urls.Home))
        {
            pages.Add(new HomePage(url, pager));
        }

        var related = RelatedArticles(siteArticles);
        for (var i = 0; i < siteArticles.Count; i++)
        {
            var newer = i > 0 ? siteArticles[i - 1] : null;
            var older = i + 1 < siteArticles.Count ? siteArticles[i + 1] : null;
            pages.Add(new ArticlePage(siteArticles[i].Url, siteArticles[i], newer, older, related[i]));
        }

        foreach (var taxonomy in new[] { tags, countries, authors, sections })
        {
            // Sections have no index page of their own: the menu and the home page lead to them.
            if (taxonomy.Kind != TaxonomyKind.Sections) pages.Add(new TermsPage(taxonomy.Url, taxonomy));
            foreach (var term in taxonomy.Terms)
            {
                foreach (var (pager, url) in Paginate(term.Articles, config.PageSize, config.PageNumbers, p => urls.Term(taxonomy.Kind, term.Slug, p)))
                {
                    pages.Add(new TermPage(url, taxonomy, term, pager));
                }
            }
        }

        pages.Add(new SearchPage(urls.Search()));
        pages.Add(new NotFoundPage(urls.NotFound()));
        foreach (var page in sitePages) pages.Add(new StandalonePage(page.Url, page));
        pages.AddRange(Redirects([.. siteArticles, .. sitePages], urls, pages, [tags, countries, authors, sections], diagnostics));

        var site = new SiteModel(config, urls, options.BuildDate, siteArticles, tags, countries, pages, assets)
        {
            StandalonePages = sitePages,
            Authors = authors,
            Sections = sections,
        };
        return new AssembleResult(site, diagnostics.Sorted());
    }

    /// <summary>Warns about each image of a published article that is not a content file of the site.</summary>
    internal static void ImageWarnings(Article article, IReadOnlyDictionary<string, SiteAsset> assets, DiagnosticList diagnostics)
    {
        for (var i = 0; i < article.Images.Count; i++)
        {
            var image = article.Images[i];
            var resolved = ContentPaths.Resolve(article.SourcePath, image.Src);
            if (resolved is null || !assets.ContainsKey(resolved))
            {
                var line = article.LineOf(Indexed("images", i));
                diagnostics.Warning(Stage.Assemble, article.SourcePath, line, 0, resolved is null
                    ? $"image '{image.Src}' is not a file name inside the content folder (a URL, an absolute or drive path, or a path climbing out with '..'); StaticGen reads nothing outside the site, so the figure shows its caption only"
                    : $"image '{image.Src}' is not in the content folder beside the article; the figure shows its caption only");
            }
        }
    }

    /// <summary>
    /// A tag spelt two ways ("Ministry of Defence", "Ministry of Defense") is one tag, merged by its canonical
    /// slug (the enricher's); its page takes the spelling this site's articles use most,
    /// so a British site keeps /tags/harbour-board/. A tie goes to the canonical spelling, so the URL does not
    /// depend on which file was read first.
    /// </summary>
    private static List<Article> WrittenTagSlugs(List<Article> published)
    {
        // Per tag slug, how often each spelling's own slug is written. The enricher slugs a tag's name with each
        // word spelt the canonical way (and names an alias by its canonical name), so a name whose own slug
        // differs from the tag's is another spelling of it.
        var uses = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var anotherSpelling = false;
        // A tag is written on many articles by the same few names: each name is slugged once.
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in published.SelectMany(static a => a.Tags))
        {
            if (!slugOf.TryGetValue(tag.Name, out var written)) slugOf[tag.Name] = written = Slugs.Slugify(tag.Name);
            if (written.Length == 0) continue;
            anotherSpelling |= written != tag.Slug;
            if (!uses.TryGetValue(tag.Slug, out var counts)) uses[tag.Slug] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[written] = counts.GetValueOrDefault(written) + 1;
        }

        if (!anotherSpelling) return published;

        // A spelling never takes a URL another tag has.
        var taken = new HashSet<string>(uses.Keys, StringComparer.Ordinal);
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, counts) in uses.OrderBy(static u => u.Key, StringComparer.Ordinal))
        {
            if (counts.Count == 1 && counts.ContainsKey(canonical)) continue;
            var best = counts
                .OrderByDescending(static c => c.Value)
                .ThenBy(c => c.Key == canonical ? 0 : 1)
                .ThenBy(static c => c.Key, StringComparer.Ordinal)
                .First().Key;
            if (best != canonical && taken.Add(best)) chosen[canonical] = best;
        }

        if (chosen.Count == 0) return published;
        return [.. published.Select(a => a.Tags.Any(t => chosen.ContainsKey(t.Slug))
            ? a with { Tags = [.. a.Tags.Select(t => chosen.TryGetValue(t.Slug, out var slug) ? t with { Slug = slug } : t)] }
            : a)];
    }

    private static readonly IReadOnlySet<string> s_noReservedSlugs = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Two articles with one slug: the first (by source path) keeps it, the others get -2, -3… and a
    /// warning; so does a slug the site's own files use (<paramref name="reserved"/>).
    /// </summary>
    private static List<Article> UniqueSlugs(List<Article> articles, DiagnosticList diagnostics, Func<string, string> urlOf, IReadOnlySet<string> reserved)
    {
        var owners = new Dictionary<string, Article>(StringComparer.Ordinal);
        var result = new List<Article>(articles.Count);
        foreach (var article in articles)
        {
            var slug = article.Slug;
            var owner = owners.GetValueOrDefault(slug);
            if (owner is not null || reserved.Contains(slug))
            {
                var n = 2;
                while (owners.ContainsKey(Suffixed(slug, n)) || reserved.Contains(Suffixed(slug, n))) n++;
                slug = Suffixed(slug, n);
                var by = owner is null ? "the site's own pages" : owner.SourcePath;
                diagnostics.Warning(Stage.Assemble, article.SourcePath, article.LineOf("slug") is > 0 and var slugLine ? slugLine : article.LineOf("title"), 0,
                    $"the URL {urlOf(article.Slug)} is already taken by {by}; this {(article.Type == ArticleType.Page ? "page" : "article")} is published at {urlOf(slug)}. Give it a 'slug:' of its own");
            }

            var unique = slug == article.Slug ? article : article with { Slug = slug };
            owners[slug] = unique;
            result.Add(unique);
        }

        return result;
    }

    private static string Indexed(string key, int index) => string.Create(CultureInfo.InvariantCulture, $"{key}[{index}]");

    private static string Suffixed(string slug, int n) => slug + "-" + n.ToString(CultureInfo.InvariantCulture);

    private static Taxonomy BuildTaxonomy(
        TaxonomyKind kind,
        SiteLanguage language,
        IReadOnlyList<SiteArticle> articles,
        UrlBuilder urls,
        Func<Article, IEnumerable<(string Name, string Slug, CountryRef? Country)>> termsOf)
    {
        // Articles arrive newest first, so each term's list is newest first too.
        var groups = new Dictionary<string, (string Name, CountryRef? Country, List<SiteArticle> Articles)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var (name, slug, country) in termsOf(article.Article))
            {
                if (!groups.TryGetValue(slug, out var group))
                {
                    groups[slug] = group = (name, country, []);
                }

                if (group.Articles.Count == 0 || !ReferenceEquals(group.Articles[^1], article)) group.Articles.Add(article);
            }
        }

        var terms = groups
            .Select(g => new Term(kind, g.Value.Name, g.Key, g.Value.Country?.Code, g.Value.Articles, urls.Term(kind, g.Key), urls.TermFeed(kind, g.Key))
            {
                Continent = g.Value.Country?.Continent,
                Flag = g.Value.Country?.Flag,
            })
            // By the slug, which folds case and accents as a reader's index does ("Ángel Di María" among the A's,
            // "Félix" before "Franck"), with the language's own letters apart (Collation), then by name.
            // A country's slug is its English name's (its URL does not move with the language): it sorts by its name in the site's.
            .OrderBy(t => Collation.Key(language, t.Name, t.Code is not null && Slugs.Slugify(t.Name) is { Length: > 0 } local ? local : t.Slug), StringComparer.Ordinal)
            .ThenBy(static t => t.Name, StringComparer.Ordinal)
            .ToList();
        return new Taxonomy(kind, terms, urls.Terms(kind));
    }

    /// <summary>
    /// The sections: those <c>sections:</c> lists first, in its order and with its titles, then the others by slug.
    /// A section cannot take a folder the site's own files use (<c>/tags/</c>) or a standalone page's
    /// URL: its articles are then an error each, naming the file, and the section gets no front.
    /// </summary>
    private static Taxonomy SectionTaxonomy(SiteConfig config, IReadOnlyList<SiteArticle> articles, UrlBuilder urls, IReadOnlyList<SiteArticle> standalone, DiagnosticList diagnostics)
    {
        var taken = standalone.ToDictionary(static p => p.Slug, static p => p.Article.SourcePath, StringComparer.Ordinal);
        var clashing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in articles)
        {
            if (item.Article.Section is not { } section) continue;
            var clash = UrlBuilder.ReservedSegments.Contains(section.Slug)
                ? $"/{section.Slug}/ is a folder StaticGen writes the site's own pages or files to"
                : taken.TryGetValue(section.Slug, out var page) ? $"/{section.Slug}/ is the URL of the page {page}" : null;
            if (clash is null) continue;
            clashing.Add(section.Slug);
            var line = item.Article.LineOf("section");
            diagnostics.Error(Stage.Assemble, item.Article.SourcePath, line, 0, line > 0
                ? $"the section '{section.Name}' cannot have its front at /{section.Slug}/: {clash}. Choose another 'section:'"
                : $"the section '{section.Name}' (the article's folder) cannot have its front at /{section.Slug}/: {clash}. Rename the folder, or give the article a 'section:' of another name");
        }

        var titles = config.Sections.ToDictionary(static s => s.Slug, static s => s.Title, StringComparer.Ordinal);
        var order = config.Sections.Select(static (s, i) => (s.Slug, i)).ToDictionary(static x => x.Slug, static x => x.i, StringComparer.Ordinal);
        var taxonomy = BuildTaxonomy(TaxonomyKind.Sections, SiteLanguage.For(config.Language), articles, urls, a => a.Section is { } s && !clashing.Contains(s.Slug)
            ? [(titles.GetValueOrDefault(s.Slug) ?? SectionName(s), s.Slug, null)]
            : []);
        var ordered = taxonomy.Terms
            .OrderBy(t => order.TryGetValue(t.Slug, out var i) ? i : int.MaxValue)
            .ThenBy(static t => t.Slug, StringComparer.Ordinal)
            .ToList();
        return taxonomy with { Terms = ordered };
    }

    /// <summary>What an author is filed under in the authors index: the last word of the name's slug (ada-berg → berg).</summary>
    public static string SurnameKey(string slug) => slug[(slug.LastIndexOf('-') + 1)..];

    /// <summary>Warns about each author photo (<c>authors: {photo}</c>) that is not a file of the content folder.</summary>
    private static void AuthorPhotoWarnings(SiteConfig config, string contentPrefix, IReadOnlyDictionary<string, SiteAsset> assets, DiagnosticList diagnostics)
    {
        foreach (var (name, profile) in config.Authors.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            if (profile.Photo is not { } photo || photo.Contains(':', StringComparison.Ordinal)) continue;
            if (ContentPaths.Normalize(contentPrefix + photo) is { } path && assets.ContainsKey(path)) continue;
            diagnostics.Warning(Stage.Assemble, profile.Source ?? SiteConfigReader.DefaultFileName, 0, 0,
                $"the photo '{photo}' of the author '{name}' is not a file in the content folder ({contentPrefix}{photo}); the author page shows no photo");
        }
    }

    /// <summary>A section's name as the content gives it; a folder name in lower case gets capitals ("middle-east" → "Middle East").</summary>
    private static string SectionName(SectionRef section)
    {
        if (section.Name.Any(char.IsUpper)) return section.Name;
        var words = section.Name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(static w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>
    /// The pages of a list (newest first). From the newest: page 1 at the list's URL, page N at <c>page/N/</c>. From the
    /// oldest: the numbered pages are full blocks of <paramref name="pageSize"/> counted from the oldest article, all but
    /// the newest block, whose articles the front (the list's URL) shows with the ones after it: between
    /// <paramref name="pageSize"/> and 2 × <paramref name="pageSize"/> − 1 of them (fewer only when the list is that short).
    /// </summary>
    private static IEnumerable<(Pager Pager, string Url)> Paginate(IReadOnlyList<SiteArticle> items, int pageSize, PageNumbering numbering, Func<int, string> urlOf)
    {
        if (numbering == PageNumbering.FromOldest)
        {
            var numbered = Math.Max(0, items.Count / pageSize - 1);
            var front = urlOf(1);
            List<string> pageUrls = [front, .. Enumerable.Range(1, numbered).Select(n => UrlBuilder.NumberedPage(front, n))];
            var frontCount = items.Count - numbered * pageSize;
            yield return (new Pager(0, numbered + 1, items.Count, [.. items.Take(frontCount)], pageUrls) { Numbering = numbering }, front);
            for (var n = numbered; n >= 1; n--)
            {
                // Block n holds the articles (n − 1) × pageSize to n × pageSize − 1 counted from the oldest, shown newest first.
                var slice = items.Skip(items.Count - n * pageSize).Take(pageSize).ToList();
                yield return (new Pager(n, numbered + 1, items.Count, slice, pageUrls) { Numbering = numbering }, pageUrls[n]);
            }

            yield break;
        }

        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var urls = Enumerable.Range(1, total).Select(urlOf).ToList();
        for (var page = 1; page <= total; page++)
        {
            var slice = items.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            yield return (new Pager(page, total, items.Count, slice, urls), urls[page - 1]);
        }
    }

    /// <summary>
    /// How many articles of each shared tag or country are candidates for an article's related
    /// articles: those nearest to it in date. A big term (a country in half the archive) would
    /// otherwise make every article compare itself with half the archive.
    /// </summary>
    public const int RelatedWindow = 200;

    /// <summary>
    /// The least score a related article needs: one shared tag that not nearly every article has (at most
    /// nine in ten), or one shared country that at most about three articles in ten have, or several
    /// common ones. Below it an article is not related, and fewer related articles (or none) are shown.
    /// </summary>
    public const double RelatedMinScore = 1.5;

    /// <summary>
    /// For each article, the articles that share its rarest terms: each shared tag scores 2 × and each
    /// shared country 1 × its rarity, ln(1 + articles / articles with the term), as TF-IDF weighs a
    /// word (a country in half the archive says little, a person in two articles a lot); newest first
    /// among equals, at least <see cref="RelatedMinScore"/>, among the <see cref="RelatedWindow"/>
    /// articles of each shared term nearest to it in date. Computed from the term index, not by
    /// comparing every pair, in O(articles × terms per article × window), in parallel.
    /// </summary>
    private static IReadOnlyList<SiteArticle>[] RelatedArticles(IReadOnlyList<SiteArticle> articles)
    {
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byCountry = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var t in articles[i].Article.Tags) Add(byTag, t.Slug, i);
            foreach (var c in articles[i].Article.Countries) Add(byCountry, c.Slug, i);
        }

        var result = new IReadOnlyList<SiteArticle>[articles.Count];
        double Rarity(List<int> members) => Math.Log(1 + ((double)articles.Count / members.Count));
        Parallel.For(0, articles.Count, () => new RelatedScores(articles.Count), (i, _, scores) =>
        {
            foreach (var t in articles[i].Article.Tags) scores.AddWindow(byTag[t.Slug], i, 2 * Rarity(byTag[t.Slug]));
            foreach (var c in articles[i].Article.Countries) scores.AddWindow(byCountry[c.Slug], i, Rarity(byCountry[c.Slug]));
            result[i] = scores.TakeBest(articles);
            return scores;
        }, static _ => { });
        return result;

        static void Add(Dictionary<string, List<int>> map, string key, int i)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = [];
            if (list.Count == 0 || list[^1] != i) list.Add(i);
        }
    }

    /// <summary>
    /// One worker's scratch space for <see cref="RelatedArticles"/>: a score per article, reset after each use, and the
    /// articles scored so far. Spans and an array, not a list's enumerator and indexer: this is a tenth of a build that
    /// takes every article from its cache (10,000 articles × their terms × a window of 200).
    /// </summary>
    private sealed class RelatedScores(int articleCount)
    {
        private readonly double[] _scores = new double[articleCount];

        // Each article is touched at most once between two resets (its score goes from zero to positive once).
        private readonly int[] _touched = new int[articleCount];
        private int _touchedCount;

        /// <summary>Adds <paramref name="points"/> to the members of a term nearest to <paramref name="self"/> (members ascending, newest first).</summary>
        public void AddWindow(List<int> members, int self, double points)
        {
            var position = members.BinarySearch(self);
            var start = Math.Clamp(position - (RelatedWindow / 2), 0, Math.Max(0, members.Count - RelatedWindow));
            var end = Math.Min(members.Count, start + RelatedWindow);
            var scores = _scores;
            foreach (var m in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members)[start..end])
            {
                if (m == self) continue;
                if (scores[m] == 0) _touched[_touchedCount++] = m;
                scores[m] += points;
            }
        }

        /// <summary>The <see cref="RelatedCount"/> best scored articles (highest score, then newest) that reach <see cref="RelatedMinScore"/>, and a reset.</summary>
        public SiteArticle[] TakeBest(IReadOnlyList<SiteArticle> articles)
        {
            Span<int> best = stackalloc int[RelatedCount];
            var count = 0;
            var touched = _touched.AsSpan(0, _touchedCount);
            foreach (var m in touched)
            {
                if (_scores[m] < RelatedMinScore) continue;

                // Insertion into a short sorted list: score descending, then article index (newer first).
                var at = count;
                while (at > 0 && Better(m, best[at - 1])) at--;
                if (at >= RelatedCount) continue;
                for (var k = Math.Min(count, RelatedCount - 1); k > at; k--) best[k] = best[k - 1];
                best[at] = m;
                if (count < RelatedCount) count++;
            }

            var related = new SiteArticle[count];
            for (var k = 0; k < count; k++) related[k] = articles[best[k]];
            foreach (var m in touched) _scores[m] = 0;
            _touchedCount = 0;
            return related;
        }

        private bool Better(int a, int b) => _scores[a] > _scores[b] || (_scores[a] == _scores[b] && a < b);
    }

    private static IEnumerable<Page> Redirects(IReadOnlyList<SiteArticle> articles, UrlBuilder urls, List<Page> pages, IReadOnlyList<Taxonomy> taxonomies, DiagnosticList diagnostics)
    {
        // Without an alias there is nothing to check: the table of the site's files (every page's, 167,000 at 100,000
        // articles, a twentieth of a build that adds one article) is not built.
        if (!articles.Any(static a => a.Article.Aliases.Count > 0)) yield break;

        // Pages, and the files written beside them: an alias never overwrites a feed or the sitemap.
        // Compared as output files, ignoring case: "index.html" is the home page, and "Old/" and
        // "old/" are one folder on macOS and Windows. Each taken file remembers whose it is, so a
        // clash names the other file.
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            Take(urls.OutputPath(page.Url), page.Shows.Body is { } body ? $"the page of {body.Article.SourcePath}" : $"the site's page {page.Url}");
        }

        foreach (var url in new[] { urls.RssFeed(), urls.AtomFeed(), urls.JsonFeed(), urls.Sitemap(), urls.SearchIndex(), urls.Path("robots.txt"), urls.Path(".nojekyll"), urls.Path("CNAME") })
        {
            Take(urls.OutputPath(url), $"the site's file {url}");
        }

        foreach (var taxonomy in taxonomies)
        {
            foreach (var term in taxonomy.Terms) Take(urls.OutputPath(term.FeedUrl), $"the site's feed {term.FeedUrl}");
        }

        foreach (var article in articles)
        {
            for (var i = 0; i < article.Article.Aliases.Count; i++)
            {
                var alias = article.Article.Aliases[i];
                var line = article.Article.LineOf(Indexed("aliases", i));
                if (AliasProblem(alias) is { } problem)
                {
                    diagnostics.Warning(Stage.Assemble, article.Article.SourcePath, line, 0, $"alias '{alias}' {problem}; it is ignored");
                    continue;
                }

                var normalized = ContentPaths.Normalize(alias)!;
                var url = urls.Path(normalized + (normalized.Contains('.', StringComparison.Ordinal) && !alias.EndsWith('/') ? "" : "/"));
                // Taken: the same file, a folder the site needs (404.html/ would stop 404.html from
                // being written), or a file where the site needs a folder.
                var file = urls.OutputPath(url);
                var owner = taken.GetValueOrDefault(file)
                    ?? (folders.Contains(file) ? "a folder of the site's pages" : null)
                    ?? Ancestors(file).Select(taken.GetValueOrDefault).FirstOrDefault(static o => o is not null);
                if (owner is not null)
                {
                    diagnostics.Warning(Stage.Assemble, article.Article.SourcePath, line, 0, $"alias '{alias}' is the URL of another page or file of the site ({owner}); it is ignored");
                    continue;
                }

                Take(file, $"an alias in {article.Article.SourcePath}");
                yield return new RedirectPage(url, article);
            }
        }

        void Take(string file, string owner)
        {
            taken.TryAdd(file, owner);
            folders.UnionWith(Ancestors(file));
        }

        static IEnumerable<string> Ancestors(string file)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                yield return file[..slash];
            }
        }
    }

    /// <summary>The longest segment of an alias path: file systems refuse names over 255 bytes.</summary>
    private const int MaxAliasSegment = 120;

    /// <summary>Characters that are markup or that a URL path may not hold unescaped.</summary>
    private static readonly System.Buffers.SearchValues<char> s_aliasMarkup = System.Buffers.SearchValues.Create("<>\"'`{}|^ ");

    /// <summary>
    /// Why an alias cannot be an absolute path inside the site (null when it can). An alias is an old
    /// URL of the site, written from its root (<c>/2019/old-title/</c>): nothing else (a URL, a
    /// Windows, UNC or scheme-relative path, <c>.</c> or <c>..</c>, a hidden folder, markup) is a
    /// page StaticGen should write.
    /// </summary>
    private static string? AliasProblem(string alias)
    {
        const string Example = "write the old path from the site's root, such as /2024/05/old-title/";
        if (alias.Contains(':', StringComparison.Ordinal))
        {
            return $"is not a path inside the site (a URL, or a Windows drive path); {Example}";
        }

        if (alias.Contains('\\', StringComparison.Ordinal))
        {
            return $"is not a path inside the site (it holds '\\', as Windows and UNC paths such as \\\\server\\share do); {Example}";
        }

        if (alias.StartsWith("//", StringComparison.Ordinal))
        {
            return $"is not a path inside the site (a browser reads '//' at its start as another web site's address); {Example}";
        }

        for (var i = 0; i < alias.Length; i++)
        {
            if (char.IsControl(alias[i]) || TextSafety.IsNotText(alias, i)) return "holds control characters";
        }

        if (alias.IndexOfAny(['?', '#']) >= 0)
        {
            return "has a query or fragment, which a static host does not serve a page for";
        }

        if (!alias.StartsWith('/'))
        {
            return $"is not a path inside the site: an alias starts with '/'; {Example}";
        }

        var segments = alias.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "is not a path inside the site (it is the home page)";
        }

        if (segments.Any(static s => s is "." or ".."))
        {
            return $"is not a path inside the site (it has a '.' or '..' segment, which browsers resolve away); {Example}";
        }

        if (segments.FirstOrDefault(static s => s.StartsWith('.')) is { } hidden)
        {
            return $"has a hidden segment ('{hidden}'), which hosts do not serve and which may hold the site's own files (.git)";
        }

        if (alias.AsSpan().IndexOfAny(s_aliasMarkup) >= 0)
        {
            return "holds characters a URL path may not (such as <, >, quotes or spaces); write them percent-encoded if the old URL had them";
        }

        var first = segments[0];
        if (first is "assets" or "images")
        {
            return $"is inside /{first}/, where StaticGen writes {(first == "assets" ? "the theme's files" : "the content's images")}";
        }

        return segments.Any(static s => s.Length > MaxAliasSegment)
            ? $"has a path segment longer than {MaxAliasSegment} characters"
            : null;
    }
}
