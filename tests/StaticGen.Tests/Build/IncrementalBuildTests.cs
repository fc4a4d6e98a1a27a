using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// Incremental production builds: the manifest beside the output, files left in place when
/// their fingerprints are unchanged, only dependants made again, no stale file surviving, and
/// <c>--verify</c> catching an output that differs from a full build.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Estuary Gazette
        pageSize: 2
        -- content/dredging.md --
        ---
        title: Dredging of the channel begins in March
        date: 2024-01-10
        tags: [Port Authority]
        ---
        Two dredgers will deepen the shipping channel over six weeks.
        -- content/bridge.md --
        ---
        title: Swing bridge closed for repairs
        date: 2024-01-12
        tags: [Council Works]
        ---
        The old swing bridge stays shut while engineers replace its gears.
        -- content/regatta.md --
        ---
        title: Regatta returns after a wet summer
        date: 2024-01-14
        tags: [Rowing Club]
        ---
        Forty crews entered the regatta on the lower estuary.
        -- content/ferry.md --
        ---
        title: Foot ferry gets a second boat
        date: 2024-01-16
        tags: [Rowing Club]
        ---
        A second boat doubles the crossings at rush hour.
        -- content/market.md --
        ---
        title: Fish market moves to the quay
        date: 2024-01-18
        tags: [Port Authority]
        ---
        Traders set up their stalls on the quay for the first time.
        """);

    public void Dispose() => _site.Dispose();

    private string OutputPath(string path) => Path.Combine(_site.Output, path);

    /// <summary>Each output file's last-write time: a file kept by a hard link keeps it; a file made again gets a new one.</summary>
    private Dictionary<string, DateTime> Times() => _site.OutputFiles().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(OutputPath(f)), StringComparer.Ordinal);

    private IReadOnlyList<string> Touched(Dictionary<string, DateTime> before, Dictionary<string, DateTime> after) =>
        [.. after.Where(f => !before.TryGetValue(f.Key, out var t) || t != f.Value).Select(static f => f.Key).Order(StringComparer.Ordinal)];

    private static void AssertSameAsFullBuild(BuildReport report) => Assert.True(report.Verified, string.Join('\n', report.Diagnostics));

    [Fact]
    public void A_second_build_of_an_unchanged_site_keeps_every_file()
    {
        var first = _site.BuildOk();
        Assert.Equal(0, first.UnitsKept);
        Assert.True(File.Exists(BuildManifest.PathOf(_site.Output)));
        var before = Times();

        var second = _site.BuildOk();

        Assert.Equal(0, second.UnitsMade);
        Assert.Equal(first.UnitsMade, second.UnitsKept);
        Assert.Empty(Touched(before, Times()));
    }

    [Fact]
    public void A_build_that_changes_nothing_leaves_the_output_folder_as_it_was()
    {
        _site.BuildOk();
        // A folder's time changes when a file is added to or removed from it, or when the folder is made anew.
        string[] folders = ["", "articles", "articles/regatta-returns-after-a-wet-summer", "tags"];
        var before = folders.ToDictionary(f => f, f => Directory.GetLastWriteTimeUtc(OutputPath(f)));
        var manifest = File.GetLastWriteTimeUtc(BuildManifest.PathOf(_site.Output));

        var second = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(second);
        Assert.Equal(0, second.UnitsMade);
        Assert.Equal(before, folders.ToDictionary(f => f, f => Directory.GetLastWriteTimeUtc(OutputPath(f))));
        Assert.Equal(manifest, File.GetLastWriteTimeUtc(BuildManifest.PathOf(_site.Output)));
    }

    [Fact]
    public void A_changed_article_body_makes_again_only_its_page_its_neighbours_and_its_lists()
    {
        _site.BuildOk();
        var before = Times();
        _site.Write("content/regatta.md", """
            ---
            title: Regatta returns after a wet summer
            date: 2024-01-14
            tags: [Rowing Club]
            ---
            Forty crews entered the regatta on the lower estuary.

            Forty-two crews had signed up, a record; two withdrew with broken oars.
            """);

        var report = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(report);
        var touched = Touched(before, Times());
        Assert.Contains("articles/regatta-returns-after-a-wet-summer/index.html", touched);
        // Its neighbours (newer and older) show its card, so they are made again; the card's text is the same
        // (headline, summary, reading time), so their bytes are, and the files stay as they were.
        Assert.DoesNotContain("articles/foot-ferry-gets-a-second-boat/index.html", touched);
        Assert.DoesNotContain("articles/swing-bridge-closed-for-repairs/index.html", touched);
        Assert.DoesNotContain("articles/fish-market-moves-to-the-quay/index.html", touched);
        Assert.DoesNotContain("articles/dredging-of-the-channel-begins-in-march/index.html", touched);
        // Its list page and term page are made again (not the others), and likewise show only its card: same bytes, left in place.
        Assert.DoesNotContain("page/2/index.html", touched);
        Assert.DoesNotContain("index.html", touched);
        Assert.DoesNotContain("page/3/index.html", touched);
        Assert.DoesNotContain("tags/rowing-club/index.html", touched);
        Assert.DoesNotContain("tags/port-authority/index.html", touched);
        // Feeds, sitemaps and search show headlines and summaries (here the first paragraph), not the
        // rest of the body: an edit further down leaves them.
        Assert.DoesNotContain("feed.xml", touched);
        Assert.DoesNotContain("sitemap.xml", touched);
        Assert.DoesNotContain("search/index.json", touched);
        Assert.DoesNotContain("tags/rowing-club/feed.xml", touched);
        Assert.DoesNotContain("assets/css/site.css", touched);
        Assert.Contains("Forty-two crews", _site.Html("articles/regatta-returns-after-a-wet-summer/index.html").QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_headline_also_makes_again_the_feeds_sitemap_search_index_and_its_term_feed()
    {
        _site.BuildOk();
        var before = Times();
        _site.Write("content/regatta.md", """
            ---
            title: Regatta returns in glorious sunshine
            slug: regatta-returns-after-a-wet-summer
            date: 2024-01-14
            tags: [Rowing Club]
            ---
            Forty crews entered the regatta on the lower estuary.
            """);

        var report = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(report);
        var touched = Touched(before, Times());
        Assert.Contains("feed.xml", touched);
        // The sitemap is made again, but it shows URLs and dates, not headlines: its bytes are the same, and the file stays.
        Assert.DoesNotContain("sitemap.xml", touched);
        // The search index's chunk of documents that holds the headline; its manifest (the article count) is the same.
        Assert.Contains("search/docs/0.json", touched);
        Assert.DoesNotContain("search/index.json", touched);
        Assert.Contains("tags/rowing-club/feed.xml", touched);
        Assert.DoesNotContain("tags/port-authority/feed.xml", touched);
        Assert.DoesNotContain("articles/fish-market-moves-to-the-quay/index.html", touched);
    }

    [Fact]
    public void Added_and_removed_articles_leave_exactly_the_files_a_full_build_writes()
    {
        _site.BuildOk();
        _site.Write("content/tug.md", """
            ---
            title: New tug named after the harbour master
            date: 2024-01-20
            tags: [Harbour Board]
            ---
            The tug was launched with a bottle of cider.
            """);
        var added = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });
        AssertSameAsFullBuild(added);
        Assert.True(_site.Exists("articles/new-tug-named-after-the-harbour-master/index.html"));
        Assert.True(_site.Exists("tags/harbour-board/index.html"));

        _site.Delete("content/tug.md");
        _site.Delete("content/bridge.md");
        var removed = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(removed);
        Assert.False(_site.Exists("articles/new-tug-named-after-the-harbour-master/index.html"));
        Assert.False(_site.Exists("articles/swing-bridge-closed-for-repairs/index.html"));
        Assert.False(_site.Exists("tags/harbour-board/index.html"));
        Assert.False(_site.Exists("tags/council-works/feed.xml"));
        Assert.False(_site.Exists("page/3/index.html"));
    }

    [Fact]
    public void Cards_rendered_for_list_pages_are_kept_for_the_next_build_and_a_full_build_ignores_them()
    {
        _site.BuildOk();
        var kept = PartialCacheFile.Read(_site.Output);
        // A list page's first card is its lead, rendered in place; the others are kept: every article's but the newest one's.
        Assert.Equal(4, kept.Count);

        // Each kept card replaced by a marker: a list page made again shows the kept cards, not newly rendered ones.
        PartialCacheFile.Write(_site.Output, [.. kept.Keys.Select(static k => new KeyValuePair<UInt128, byte[]>(k, "<p class=\"kept-card\">kept</p>"u8.ToArray()))]);
        _site.Write("content/tug.md", """
            ---
            title: New tug named after the harbour master
            date: 2024-01-20
            tags: [Harbour Board]
            ---
            The tug was launched with a bottle of cider.
            """);
        _site.BuildOk();
        // Page 2 now lists the ferry, as its lead (rendered in place), and the regatta, whose card is the kept one.
        var second = _site.Html("page/2/index.html");
        Assert.Contains("Foot ferry", second.QuerySelector("article.card")!.TextContent, StringComparison.Ordinal);
        Assert.Single(second.QuerySelectorAll("p.kept-card"));
        // The home page's lead (the new article) is rendered in place.
        Assert.Contains("New tug", _site.Html("index.html").QuerySelector("article.card")!.TextContent, StringComparison.Ordinal);

        var full = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Full = true });
        Assert.True(full.Succeeded);
        Assert.Empty(_site.Html("page/2/index.html").QuerySelectorAll("p.kept-card"));
        Assert.Equal(2, _site.Html("page/2/index.html").QuerySelectorAll("article.card").Length);
    }

    [Fact]
    public void An_added_article_makes_again_the_pages_that_list_it_not_every_page()
    {
        var first = _site.BuildOk();
        var before = Times();
        _site.Write("content/lighthouse.md", "---\ntitle: Lighthouse keeper retires\ndate: 2024-01-11\ntags: [Council Works]\n---\nShe kept the light for thirty years.\n");
        var second = _site.BuildOk(new() { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(second);
        Assert.Equal(first.Articles + 1, second.Articles);
        var touched = Touched(before, Times());
        Assert.Contains("articles/lighthouse-keeper-retires/index.html", touched);
        Assert.Contains("articles/swing-bridge-closed-for-repairs/index.html", touched);
        Assert.Contains("tags/council-works/index.html", touched);
        // The newest articles' pages neither list it nor are its neighbours: the count in no footer makes them change.
        Assert.DoesNotContain("articles/fish-market-moves-to-the-quay/index.html", touched);
        Assert.DoesNotContain("articles/foot-ferry-gets-a-second-boat/index.html", touched);
        Assert.DoesNotContain("articles/regatta-returns-after-a-wet-summer/index.html", touched);
    }

    [Fact]
    public void An_added_article_leaves_the_pages_and_feeds_of_the_terms_it_is_not_in()
    {
        _site.BuildOk();
        var before = Times();
        _site.Write("content/lighthouse.md", "---\ntitle: Lighthouse keeper retires\ndate: 2024-01-19\ntags: [Council Works]\n---\nShe kept the light for thirty years.\n");

        var report = _site.BuildOk(new() { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(report);
        var touched = Touched(before, Times());
        Assert.Contains("tags/council-works/index.html", touched);
        Assert.Contains("tags/council-works/feed.xml", touched);
        // The default theme's term page names its taxonomy, not the other terms and their counts; a term's feed has no build date.
        Assert.DoesNotContain("tags/rowing-club/index.html", touched);
        Assert.DoesNotContain("tags/rowing-club/feed.xml", touched);
        Assert.DoesNotContain("tags/port-authority/feed.xml", touched);
        // The list of all tags shows every count.
        Assert.Contains("tags/index.html", touched);
    }

    [Fact]
    public void A_theme_whose_term_page_lists_every_term_makes_the_other_term_pages_again()
    {
        _site.Write("templates/layouts/term.html", "<h1>{{ term.name | html.escape }}</h1><ul class=\"all\">{{ for t in taxonomy.terms }}<li>{{ t.name | html.escape }} {{ t.count }}</li>{{ end }}</ul>\n");
        _site.BuildOk();
        var before = Times();
        _site.Write("content/lighthouse.md", "---\ntitle: Lighthouse keeper retires\ndate: 2024-01-19\ntags: [Council Works]\n---\nShe kept the light for thirty years.\n");

        var report = _site.BuildOk(new() { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(report);
        Assert.Contains("tags/rowing-club/index.html", Touched(before, Times()));
        Assert.Contains("Council Works 2", _site.Html("tags/rowing-club/index.html").QuerySelector("ul.all")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_that_shows_the_article_count_makes_every_page_again_when_an_article_comes()
    {
        _site.Write("templates/partials/footer.html", "<footer>{{ site.article_count }} stories</footer>\n");
        _site.BuildOk();
        _site.Write("content/lighthouse.md", "---\ntitle: Lighthouse keeper retires\ndate: 2024-01-11\n---\nShe kept the light for thirty years.\n");
        var second = _site.BuildOk(new() { SiteRoot = _site.Root, Verify = true });

        Assert.True(second.Verified);
        Assert.True(second.UnitsMade >= second.Pages, $"{second.UnitsMade} made of {second.Pages} pages");
        Assert.Equal("6 stories", _site.Html("index.html").QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void A_changed_template_or_config_makes_every_page_again()
    {
        _site.BuildOk();
        _site.Write("templates/partials/footer.html", "<footer><p>Printed on the quay.</p></footer>\n");
        var template = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });
        AssertSameAsFullBuild(template);
        Assert.Equal("Printed on the quay.", _site.Html("articles/fish-market-moves-to-the-quay/index.html").QuerySelector("footer p")?.TextContent);
        Assert.True(template.UnitsMade >= template.Pages, $"{template.UnitsMade} made, {template.Pages} pages");

        _site.Write("site.config.yml", "title: Estuary Gazette Weekly\npageSize: 2\n");
        var config = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });
        AssertSameAsFullBuild(config);
        Assert.True(config.UnitsMade >= config.Pages);
        Assert.Contains("Estuary Gazette Weekly", _site.Html("tags/rowing-club/index.html").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_fails_naming_a_file_whose_output_no_longer_matches_the_manifest()
    {
        _site.BuildOk();
        // Tamper with a built page but keep its size and time, so the manifest still vouches for it.
        var page = OutputPath("articles/fish-market-moves-to-the-quay/index.html");
        var time = File.GetLastWriteTimeUtc(page);
        var length = new FileInfo(page).Length;
        var text = File.ReadAllText(page);
        File.WriteAllText(page, text.Replace("Traders set up", "Traders set Up", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(page, time);
        Assert.Equal(length, new FileInfo(page).Length);

        var report = _site.Build(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal("_site/articles/fish-market-moves-to-the-quay/index.html", error.Path);
        Assert.Contains("differs from a full build", error.Message, StringComparison.Ordinal);
        // The previous output was left as it was.
        Assert.Contains("Traders set Up", File.ReadAllText(page), StringComparison.Ordinal);

        // Without the manifest the next build is a full one, and the file is right again.
        File.WriteAllText(BuildManifest.PathOf(_site.Output), "{ not json");
        var full = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });
        Assert.Equal(0, full.UnitsKept);
        Assert.Contains("Traders set up", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_file_that_the_manifest_does_not_vouch_for_is_made_again()
    {
        _site.BuildOk();
        var page = OutputPath("articles/fish-market-moves-to-the-quay/index.html");
        File.AppendAllText(page, "<!-- edited by hand -->");

        var report = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        AssertSameAsFullBuild(report);
        Assert.DoesNotContain("edited by hand", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_command_says_what_it_kept_and_that_verify_found_no_difference()
    {
        var config = Path.Combine(_site.Root, "site.config.yml");
        Assert.Equal(0, CliRunner.Run("build", "--config", config).Exit);
        _site.Write("content/market.md", "---\ntitle: Fish market moves to the quay\ndate: 2024-01-18\ntags: [Port Authority]\n---\nTraders set up their stalls on the quay for the first time.\n\nThe old hall will become a museum.\n");

        var run = CliRunner.Run("build", "--config", config, "--verify");

        Assert.True(run.Exit == 0, run.Err);
        var line = Assert.Single(run.OutLines, static l => l.StartsWith("Incremental: ", StringComparison.Ordinal));
        Assert.EndsWith("unchanged since the previous build; verified identical to a full build.", line, StringComparison.Ordinal);

        var full = CliRunner.Run("build", "--config", config, "--full");
        Assert.Equal(0, full.Exit);
        Assert.DoesNotContain(full.OutLines, static l => l.StartsWith("Incremental: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_article_fingerprint_covers_every_field_of_the_article_record()
    {
        var properties = typeof(Article).GetProperties().Select(static p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(properties, Fingerprint.ArticleFields.Order(StringComparer.Ordinal));

        var article = new Article { SourcePath = "content/a.md", Format = SourceFormat.Markdown, Slug = "a", Title = "A", Date = DateTimeOffset.UnixEpoch, Summary = "S", Body = "B" };
        Assert.Equal(Fingerprint.OfArticle(article), Fingerprint.OfArticle(article with { }));
        Assert.NotEqual(Fingerprint.OfArticle(article), Fingerprint.OfArticle(article with { Body = "C" }));
        Assert.NotEqual(Fingerprint.OfArticle(article), Fingerprint.OfArticle(article with { Tags = [new TagRef("Port", "port")] }));
        Assert.NotEqual(Fingerprint.OfArticle(article with { Title = "ab", Kicker = "c" }), Fingerprint.OfArticle(article with { Title = "a", Kicker = "bc" }));
    }
}
