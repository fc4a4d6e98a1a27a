using System.Text;
using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Content.Reading;
using StaticGen.Rendering.Templates;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// The pile in the build: every raw article is read with the table of lines repeated across the raw files
/// of the content folder, whatever their order; <c>reader:</c> in the config overrides it both ways; a
/// serving process reads an unchanged file again only when the pile changes what its lines are.
/// </summary>
public sealed class PileBuildTests
{
    /// <summary>A sentence that reads as prose, which only its repetition across the pile makes furniture.</summary>
    internal const string Thanks = "The harbour office thanks every reader who writes in with a photograph.";

    internal static readonly (string Title, string First, string Second)[] Stories =
    [
        ("Night ferry returns to the north quay", "The night ferry tied up at the north quay on Monday for the first time since the storm, its crew said.", "Passengers waited in the rain for the gangway to be lowered, and most of them cheered when it was."),
        ("Lighthouse keeper retires after forty winters", "The keeper of the point light handed over his keys on Friday after forty winters on the rock.", "He said he would miss the gulls more than the lamp, which has run itself for a decade."),
        ("Fish market moves into the old rope works", "Traders carried their crates into the old rope works on Tuesday, ending years of selling under canvas.", "The council paid for new drains and a cold room, and stallholders will share the cost of heating."),
        ("Harbour school wins a rowing trophy", "Eight pupils from the harbour school won the county rowing trophy on Saturday by half a length.", "Their coach, a retired pilot, had trained them on the estuary at dawn since the autumn."),
        ("Sea wall repairs begin below the chapel", "Builders began work on the sea wall below the chapel on Wednesday, closing the lower path until June.", "Stone from the collapsed section will be numbered and set back in its old place, the engineer said."),
        ("Customs house opens as a museum", "The customs house on the east pier opened its doors as a museum on Sunday after a long restoration.", "Visitors can climb to the tide room, where clerks once logged every ship that entered the harbour."),
    ];

    /// <summary>Story <paramref name="i"/> as a scraper saves it, with the repeated sentence between its paragraphs when <paramref name="thanks"/>.</summary>
    internal static string Story(int i, bool thanks = true)
    {
        var (title, first, second) = Stories[i];
        return $"{title}\n\n{first}\n\n{(thanks ? Thanks + "\n\n" : "")}{second}\n";
    }

    internal static string Name(int i) => $"story{i}.txt";

    private static IReadOnlyList<(string Name, string Text)> Pile(int count) => [.. Enumerable.Range(0, count).Select(i => (Name(i), Story(i)))];

    [Fact]
    public void A_line_repeated_in_many_files_is_dropped_only_because_of_the_pile()
    {
        var alone = InProcessSite.Render([(Name(0), Story(0))]);
        Assert.Contains(Thanks, Assert.Single(alone.Articles).Body, StringComparison.Ordinal);

        var pile = InProcessSite.Render(Pile(5));
        Assert.Equal(5, pile.Articles.Count);
        Assert.All(pile.Articles, a => Assert.DoesNotContain(Thanks, a.Body, StringComparison.Ordinal));
        Assert.All(pile.Articles, a => Assert.Contains(Stories.Single(s => s.Title == a.Title).Second, a.Body, StringComparison.Ordinal));
        Assert.DoesNotContain(pile.Pages, p => p.Value.Contains("thanks every reader", StringComparison.Ordinal));
    }

    [Fact]
    public void Three_files_are_not_enough_by_default()
    {
        // Two other files hold the line: fewer than reader.repeatThreshold (3).
        var site = InProcessSite.Render(Pile(3));
        Assert.All(site.Articles, a => Assert.Contains(Thanks, a.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void The_output_is_the_same_whatever_order_the_files_come_in()
    {
        var forward = InProcessSite.Render(Pile(6));
        var backward = InProcessSite.Render([.. Pile(6).Reverse()]);
        var shuffled = InProcessSite.Render([.. Pile(6).OrderBy(static f => f.Text.Length)]);
        Assert.Equal(forward.Files.OrderBy(static f => f.Key, StringComparer.Ordinal), backward.Files.OrderBy(static f => f.Key, StringComparer.Ordinal));
        Assert.Equal(forward.Files.OrderBy(static f => f.Key, StringComparer.Ordinal), shuffled.Files.OrderBy(static f => f.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_pile_table_is_the_same_whatever_the_order_of_the_keys()
    {
        var keys = Enumerable.Range(0, 6).Select(i => PileTable.LineKeys(Story(i))).ToList();
        var forward = PileTable.FromKeys(keys);
        keys.Reverse();
        Assert.Equal(forward.Repeated(), PileTable.FromKeys(keys).Repeated());
        Assert.Equal(5, forward.OtherFiles(Thanks));
    }

    // ----------------------------------------------------------------------------------------------
    // A serving process: the cache keyed on what the pile said.

    /// <summary>Runs the pipeline over in-memory files with one cache, listing the files it reads (once each: a raw file is read for its lines and again right before it is parsed).</summary>
    private sealed class Serving
    {
        private static readonly TemplateSet s_theme = TemplateLoader.Load(null).Templates;
        private readonly string _root = Path.Combine(Path.GetTempPath(), "staticgen-pile-" + Guid.NewGuid().ToString("N"));
        private readonly SiteCache _cache = new() { Live = true };
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
        private SiteContext? _site;

        public List<string> Reads { get; } = [];

        public void Put(string name, string text) => _texts[name] = text;

        public void Reopen() => _site = null;

        public IReadOnlyList<Article> Run()
        {
            Reads.Clear();
            // One site context across runs, as serve keeps it while the config does not change.
            var site = _site ??= SiteContext.Open(_root);
            var pipeline = new SitePipeline(site, new BuildOptions { SiteRoot = _root, IncludeFuture = true }, _cache);
            // Stamps come from the text, as a file's size and time would: an unchanged text keeps its stamp.
            var entries = _texts.Select(t => new ContentEntry(t.Key, Path.Combine(site.ContentDirectory, t.Key), ContentKind.RawArticle) { Stamp = (t.Value.Length, StringComparer.Ordinal.GetHashCode(t.Value)) }).ToList();
            var result = pipeline.Run(new ContentListing(entries, []), () => s_theme, new DictionaryOutput(), memo: null, CancellationToken.None, (entry, display) =>
            {
                lock (Reads)
                {
                    if (!Reads.Contains(entry.RelativePath)) Reads.Add(entry.RelativePath);
                }
                return ContentReader.Decode(Encoding.UTF8.GetBytes(_texts[entry.RelativePath]), display);
            });
            Assert.NotNull(result);
            return [.. result.Model.Articles.Select(static a => a.Article)];
        }
    }

    private static string BodyOf(IReadOnlyList<Article> articles, int story) => articles.Single(a => a.Title == Stories[story].Title).Body;

    [Fact]
    public void A_serving_process_reads_every_raw_file_again_when_the_site_is_opened_again()
    {
        // A new site context (serve reopens it when the config changes) has new reader settings: nothing read with the old ones is reused.
        var serving = new Serving();
        for (var i = 0; i < 2; i++) serving.Put(Name(i), Story(i));
        serving.Run();
        serving.Reopen();
        serving.Run();
        Assert.Equal(2, serving.Reads.Count);
    }

    [Fact]
    public void A_serving_process_reads_an_unchanged_file_again_only_when_the_pile_changes_its_furniture()
    {
        var serving = new Serving();
        for (var i = 0; i < 3; i++) serving.Put(Name(i), Story(i));
        var first = serving.Run();
        Assert.Equal(3, serving.Reads.Count);
        Assert.Contains(Thanks, BodyOf(first, 0), StringComparison.Ordinal);

        // Nothing changed: every reading is reused.
        serving.Run();
        Assert.Empty(serving.Reads);

        // A file that repeats none of their lines: the pile answers them the same, nothing else is read.
        serving.Put(Name(5), Story(5, thanks: false));
        serving.Run();
        Assert.Equal([Name(5)], serving.Reads);

        // Two more files with the sentence: four others hold it now, so it is furniture in the first three, which are read again.
        serving.Put(Name(3), Story(3));
        serving.Put(Name(4), Story(4));
        var second = serving.Run();
        Assert.Equal([Name(0), Name(1), Name(2), Name(3), Name(4)], serving.Reads.Order(StringComparer.Ordinal));
        for (var i = 0; i < 5; i++) Assert.DoesNotContain(Thanks, BodyOf(second, i), StringComparison.Ordinal);
        Assert.Contains(Stories[5].Second, BodyOf(second, 5), StringComparison.Ordinal);

        // And it is reused again while the pile stays.
        serving.Run();
        Assert.Empty(serving.Reads);
    }

    // ----------------------------------------------------------------------------------------------
    // reader: in site.config.yml, and inspect.

    private static FixtureSite SiteWith(string config, int files)
    {
        var text = new StringBuilder("-- site.config.yml --\ntitle: Quay Gazette\n").Append(config).Append('\n');
        for (var i = 0; i < files; i++) text.Append("-- content/").Append(Name(i)).Append(" --\n").Append(Story(i)).Append('\n');
        return FixtureSite.Parse(text.ToString());
    }

    private static string Page(FixtureSite site, int story) =>
        site.Text($"articles/{Stories[story].Title.ToLowerInvariant().Replace(' ', '-')}/index.html");

    [Fact]
    public void Reader_keep_overrides_the_pile()
    {
        using var site = SiteWith("reader:\n  keep: ['The harbour office thanks every reader.*']", 5);
        site.BuildOk();
        Assert.Contains(Thanks, Page(site, 0), StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_furniture_drops_a_line_the_pile_does_not_repeat()
    {
        using var site = SiteWith("reader:\n  furniture: ['the harbour office thanks .*']", 1);
        site.BuildOk();
        Assert.DoesNotContain(Thanks, Page(site, 0), StringComparison.Ordinal);
        Assert.Contains(Stories[0].Second, Page(site, 0), StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_repeat_threshold_and_share_set_how_often_a_line_must_repeat()
    {
        using (var strict = SiteWith("reader:\n  repeatThreshold: 5", 5))
        {
            strict.BuildOk();
            Assert.Contains(Thanks, Page(strict, 0), StringComparison.Ordinal);
        }

        using (var loose = SiteWith("reader:\n  repeatThreshold: 2", 3))
        {
            loose.BuildOk();
            Assert.DoesNotContain(Thanks, Page(loose, 0), StringComparison.Ordinal);
        }

        // Five files: a share of 100% asks for all five as other files, which no line can have.
        using var share = SiteWith("reader:\n  repeatShare: 100%", 5);
        share.BuildOk();
        Assert.Contains(Thanks, Page(share, 0), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_reader_pattern_is_an_error_naming_the_config_and_line()
    {
        using var site = SiteWith("reader:\n  furniture:\n    - 'Share this'\n    - '(?<=x)y'", 1);
        var report = site.Build();
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal(("site.config.yml", 5), (error.Path, error.Line));
        Assert.Contains("reader.furniture pattern '(?<=x)y' is not a valid regular expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_reads_a_file_with_its_content_folder_pile_and_shows_the_evidence()
    {
        using var site = SiteWith("", 5);
        var context = SiteContext.Open(site.Root);
        var inspected = Assert.Single(ArticleInspector.Inspect(context, [Path.Combine(site.Root, "content", Name(2))], new FallbackDates(context.ContentDirectory)));
        var line = inspected.Load.Parsed!.Lines.Single(static l => l.Text == Thanks);
        Assert.Equal(LineClass.Furniture, line.Class);
        Assert.Contains("repeated in 4 other files of the pile", line.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(Thanks, inspected.Article!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_of_a_file_outside_the_content_folder_uses_the_raw_files_beside_it()
    {
        using var site = SiteWith("", 0);
        for (var i = 0; i < 5; i++) site.Write($"incoming/{Name(i)}", Story(i));
        site.Write("content/other.txt", Story(5));
        var context = SiteContext.Open(site.Root);
        var inspected = Assert.Single(ArticleInspector.Inspect(context, [Path.Combine(site.Root, "incoming", Name(0))], new FallbackDates(context.ContentDirectory)));
        Assert.Contains(inspected.Load.Parsed!.Lines, static l => l.Text == Thanks && l.Evidence.Contains("repeated in 4 other files", StringComparison.Ordinal));
    }

    [Fact]
    public void Serve_drops_a_line_from_an_unchanged_article_once_added_files_repeat_it()
    {
        using var site = SiteWith("", 3);
        var live = new LiveSite(new BuildOptions { SiteRoot = site.Root });
        Assert.True(live.Rebuild().Succeeded);
        var page = $"articles/{Stories[0].Title.ToLowerInvariant().Replace(' ', '-')}/index.html";
        Assert.True(live.TryGetFile(page, out var before));
        Assert.Contains(Thanks, Encoding.UTF8.GetString(before), StringComparison.Ordinal);

        site.Write($"content/{Name(3)}", Story(3));
        site.Write($"content/{Name(4)}", Story(4));
        var rebuilt = live.Rebuild([Path.Combine(site.Root, "content", Name(3)), Path.Combine(site.Root, "content", Name(4))]);
        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.True(live.TryGetFile(page, out var after));
        Assert.DoesNotContain(Thanks, Encoding.UTF8.GetString(after), StringComparison.Ordinal);

        // What it serves is what a full build of the folder writes.
        site.BuildOk(new BuildOptions { SiteRoot = site.Root, Full = true });
        Assert.Equal(site.Text(page), Encoding.UTF8.GetString(after));
    }
}
