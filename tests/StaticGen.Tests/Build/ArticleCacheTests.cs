// Over 500 lines: the cache's behaviour across builds (reuse, stamps, pile verdicts, the body file) and its format
// (every field of an article survives it) are tested side by side; split the format tests off when it grows again.
using System.Collections;
using System.Reflection;
using StaticGen.Build;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// The article cache beside the output: a second build takes every unchanged article from it instead of
/// parsing and enriching it, and the output is still byte for byte a full build's; an edited file, a pile
/// whose verdicts change, another config or <c>--full</c> parse again; <c>clean</c> removes it; a damaged
/// cache is no cache.
/// </summary>
public sealed class ArticleCacheTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Estuary Gazette
        -- content/dredging.md --
        ---
        title: Dredging of the channel begins in March
        date: 2024-01-10
        tags: [Port Authority]
        params:
          desk: harbour
          weight: 3
          ratio: 0.5
          pinned: true
          crew: [Ann, 7, null]
          boat: {name: Tern, length: 12}
        ---
        Two dredgers will deepen the shipping channel over six weeks.
        -- content/bridge.md --
        ---
        title: Swing bridge closed for repairs
        date: 2024-01-12
        ---
        The old swing bridge stays shut while engineers replace its gears.
        -- content/ferry.txt --
        Foot ferry gets a second boat

        A second boat doubles the crossings at rush hour on the estuary, the operator said on Monday.

        The new boat was built at the yard upriver and carries sixty passengers.
        """);

    public void Dispose() => _site.Dispose();

    private static BuildOptions Verify(FixtureSite site) => new() { SiteRoot = site.Root, Verify = true };

    private static void AssertSameAsFullBuild(BuildReport report) => Assert.True(report.Verified, string.Join('\n', report.Diagnostics));

    [Fact]
    public void A_second_build_takes_every_article_from_the_cache_and_matches_a_full_build()
    {
        var first = _site.BuildOk();
        Assert.Equal(0, first.ArticlesReused);
        Assert.True(File.Exists(ArticleCacheFile.PathOf(_site.Output)));
        Assert.DoesNotContain(_site.OutputFiles(), static f => f.EndsWith(".articles", StringComparison.Ordinal));

        var second = _site.BuildOk(Verify(_site));

        Assert.Equal(3, second.ArticlesReused);
        AssertSameAsFullBuild(second);
        Assert.Equal(first.Diagnostics.Select(static d => d.ToString()), second.Diagnostics.Select(static d => d.ToString()));
    }

    [Fact]
    public void An_edited_article_is_parsed_again_and_the_others_are_not()
    {
        _site.BuildOk();
        _site.Write("content/bridge.md", "---\ntitle: Swing bridge reopens early\ndate: 2024-01-12\n---\nThe gears arrived a week early.\n");

        var report = _site.BuildOk(Verify(_site));

        Assert.Equal(2, report.ArticlesReused);
        AssertSameAsFullBuild(report);
        Assert.Equal("Swing bridge reopens early", _site.Html("articles/swing-bridge-reopens-early/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void An_added_article_is_parsed_and_a_deleted_one_leaves_the_cache()
    {
        _site.BuildOk();
        _site.Write("content/regatta.md", "---\ntitle: Regatta returns after a wet summer\ndate: 2024-01-14\n---\nForty crews entered.\n");
        _site.Delete("content/dredging.md");

        var report = _site.BuildOk(Verify(_site));

        Assert.Equal(2, report.ArticlesReused);
        AssertSameAsFullBuild(report);
        var cached = ArticleCacheFile.Read(_site.Output, ArticleStore.KeyOf(SiteContext.Open(_site.Root), new BuildOptions { SiteRoot = _site.Root })!.Value);
        Assert.NotNull(cached);
        Assert.Equal(["content/bridge.md", "content/ferry.txt", "content/regatta.md"], cached.Keys.Order(StringComparer.Ordinal));
    }

    private Dictionary<string, CachedArticle> ReadCache() =>
        ArticleCacheFile.Read(_site.Output, ArticleStore.KeyOf(SiteContext.Open(_site.Root), new BuildOptions { SiteRoot = _site.Root })!.Value)!;

    [Fact]
    public void A_cache_written_from_kept_entries_holds_the_entries_a_full_build_writes()
    {
        // The second build copies the entries it kept as the bytes it read, and encodes only the added one; the bodies
        // may lie elsewhere in the body file than a full build puts them, but every entry reads back the same.
        _site.Write("content/regatta.md", "---\ntitle: Regatta returns after a wet summer\ndate: 2024-01-14\n---\n" + LongBody("regatta", "Forty crews entered, from Tern to Ægir.") + "\n");
        _site.BuildOk();
        _site.Write("content/regatta.md", "---\ntitle: Regatta returns after a wet summer\ndate: 2024-01-14\n---\n" + LongBody("regatta", "Forty-one crews entered, from Tern to Ægir.") + "\n");
        _site.Write("content/rowing.md", "---\ntitle: Rowing club opens its new boathouse\ndate: 2024-01-15\n---\n" + LongBody("rowing", "The boathouse holds twelve boats.") + "\n");
        Assert.Equal(3, _site.BuildOk().ArticlesReused);
        var incremental = ReadCache();

        Assert.Equal(0, _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Full = true }).ArticlesReused);

        var full = ReadCache();
        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), incremental.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, entry) in full) Assert.Equal(ArticleCacheFile.Encode(entry), ArticleCacheFile.Encode(incremental[path]));
        Assert.Equal(5, _site.BuildOk().ArticlesReused);
    }

    /// <summary>A body long enough to be kept in the cache's body file (short ones stay in its entry), with a word that marks it.</summary>
    private static string LongBody(string marker, string opening) =>
        $"{opening}\n\nThe harbour master said the {marker} plans had been agreed with the council after a long winter of talks, and that "
        + "the work would start once the spring tides had passed. Residents along the quay asked for the noisiest work to be kept to "
        + $"weekday mornings, and the contractor agreed to publish a timetable each Friday. The council will review the {marker} arrangement in the autumn.";

    [Fact]
    public void The_cache_file_holds_where_a_long_body_is_not_the_body_itself()
    {
        _site.Write("content/locks.md", "---\ntitle: Lock keepers return to the canal\ndate: 2024-01-16\n---\n" + LongBody("lock", "Three keepers were hired.") + "\n");
        _site.BuildOk();

        var entries = File.ReadAllText(ArticleCacheFile.PathOf(_site.Output));
        var bodies = File.ReadAllText(ArticleCacheFile.BodiesPathOf(_site.Output));

        Assert.DoesNotContain("review the lock arrangement", entries, StringComparison.Ordinal);
        Assert.Contains("review the lock arrangement", bodies, StringComparison.Ordinal);
        // A short body stays in its entry.
        Assert.Contains("Two dredgers will deepen", entries, StringComparison.Ordinal);
        Assert.Contains("review the lock arrangement", ReadCache()["content/locks.md"].Article!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_article_appends_its_body_and_leaves_the_bodies_before_it_as_they_were()
    {
        _site.Write("content/locks.md", "---\ntitle: Lock keepers return to the canal\ndate: 2024-01-16\n---\n" + LongBody("lock", "Three keepers were hired.") + "\n");
        Backdate();
        _site.BuildOk();
        var before = File.ReadAllBytes(ArticleCacheFile.BodiesPathOf(_site.Output));

        _site.Write("content/weir.md", "---\ntitle: Weir gates to be replaced\ndate: 2024-01-17\n---\n" + LongBody("weir", "The old gates are rusted shut.") + "\n");
        var report = _site.BuildOk(Verify(_site));

        Assert.Equal(4, report.ArticlesReused);
        AssertSameAsFullBuild(report);
        var after = File.ReadAllBytes(ArticleCacheFile.BodiesPathOf(_site.Output));
        Assert.True(after.Length > before.Length);
        Assert.Equal(before, after[..before.Length]);
        Assert.Contains("review the weir arrangement", System.Text.Encoding.UTF8.GetString(after[before.Length..]), StringComparison.Ordinal);
        Assert.Equal(5, _site.BuildOk(Verify(_site)).ArticlesReused);
    }

    [Fact]
    public void Bodies_of_edited_articles_are_dropped_once_they_outweigh_the_live_ones()
    {
        _site.Write("content/locks.md", "---\ntitle: Lock keepers return to the canal\ndate: 2024-01-16\n---\n" + LongBody("lock", "Three keepers were hired.") + "\n");
        _site.Write("content/weir.md", "---\ntitle: Weir gates to be replaced\ndate: 2024-01-17\n---\n" + LongBody("first-weir", "The old gates are rusted shut.") + "\n");
        _site.BuildOk();
        foreach (var version in new[] { "second-weir", "third-weir", "fourth-weir" })
        {
            _site.Write("content/weir.md", "---\ntitle: Weir gates to be replaced\ndate: 2024-01-17\n---\n" + LongBody(version, "The old gates are rusted shut.") + "\n");
            var report = _site.BuildOk(Verify(_site));
            Assert.Equal(4, report.ArticlesReused);
            AssertSameAsFullBuild(report);
        }

        var bodies = File.ReadAllText(ArticleCacheFile.BodiesPathOf(_site.Output));
        Assert.DoesNotContain("review the first-weir arrangement", bodies, StringComparison.Ordinal);
        Assert.Contains("review the fourth-weir arrangement", bodies, StringComparison.Ordinal);
        Assert.Contains("review the lock arrangement", bodies, StringComparison.Ordinal);
        Assert.Equal(5, _site.BuildOk(Verify(_site)).ArticlesReused);
    }

    [Fact]
    public void A_missing_or_cut_short_body_file_is_no_cache()
    {
        _site.Write("content/locks.md", "---\ntitle: Lock keepers return to the canal\ndate: 2024-01-16\n---\n" + LongBody("lock", "Three keepers were hired.") + "\n");
        _site.BuildOk();
        File.Delete(ArticleCacheFile.BodiesPathOf(_site.Output));

        var missing = _site.BuildOk(Verify(_site));
        Assert.Equal(0, missing.ArticlesReused);
        Assert.Contains("review the lock arrangement", _site.Text("articles/lock-keepers-return-to-the-canal/index.html"), StringComparison.Ordinal);

        var path = ArticleCacheFile.BodiesPathOf(_site.Output);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 10)]);
        Assert.Equal(0, _site.BuildOk(Verify(_site)).ArticlesReused);
        Assert.Equal(4, _site.BuildOk(Verify(_site)).ArticlesReused);
    }

    /// <summary>Gives a content file another text of the same length and puts its last-write time back: only reading it can tell.</summary>
    private void EditKeepingStamp(string relativePath, string from, string to)
    {
        var path = Path.Combine(_site.Root, relativePath);
        var written = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        Assert.Equal(from.Length, to.Length);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, written);
    }

    private void Backdate()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Root, "content"))) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
    }

    [Fact]
    public void A_file_with_the_size_and_time_the_cache_recorded_is_not_read_and_verify_still_compares_it()
    {
        Backdate();
        _site.BuildOk();
        EditKeepingStamp("content/bridge.md", "closed for repairs", "opened for walkers");

        // Same size, same time: the cached article is taken without reading the file (as make or ninja would).
        Assert.Equal(3, _site.BuildOk().ArticlesReused);
        Assert.True(_site.Exists("articles/swing-bridge-closed-for-repairs/index.html"));

        // --verify reads every file in its build from scratch, so such an edit cannot go unnoticed.
        var verified = _site.Build(Verify(_site));
        Assert.False(verified.Succeeded);
        Assert.Contains(verified.Diagnostics, static d => d.IsError && d.Message.Contains("--verify", StringComparison.Ordinal));

        // Any other time is read again.
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "content/bridge.md"), DateTime.UtcNow.AddMinutes(-30));
        var report = _site.BuildOk(Verify(_site));
        Assert.Equal(2, report.ArticlesReused);
        AssertSameAsFullBuild(report);
        Assert.True(_site.Exists("articles/swing-bridge-opened-for-walkers/index.html"));
    }

    [Fact]
    public void A_file_written_just_before_the_build_is_read_again_even_with_the_same_size_and_time()
    {
        // Its stamp is too recent to vouch for its bytes: a second write in the same clock tick would keep it.
        _site.BuildOk();
        EditKeepingStamp("content/bridge.md", "closed for repairs", "opened for walkers");

        var report = _site.BuildOk(Verify(_site));

        Assert.Equal(2, report.ArticlesReused);
        AssertSameAsFullBuild(report);
    }

    [Fact]
    public void A_file_read_again_with_a_new_time_and_the_same_bytes_is_taken_from_the_cache_and_restamped()
    {
        Backdate();
        _site.BuildOk();
        var path = ArticleCacheFile.PathOf(_site.Output);
        var written = File.ReadAllBytes(path);

        // A checkout gives every file a new time: each is read and hashed once, found, and its new stamp recorded.
        Backdate();
        Assert.Equal(3, _site.BuildOk().ArticlesReused);
        Assert.NotEqual(written, File.ReadAllBytes(path));
        var restamped = File.ReadAllBytes(path);
        Assert.Equal(3, _site.BuildOk(Verify(_site)).ArticlesReused);
        Assert.Equal(restamped, File.ReadAllBytes(path));
    }

    [Fact]
    public void Full_ignores_the_cache_and_another_config_is_another_cache()
    {
        _site.BuildOk();
        Assert.Equal(0, _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Full = true }).ArticlesReused);
        Assert.Equal(3, _site.BuildOk().ArticlesReused);

        _site.Write("site.config.yml", "title: Estuary Gazette\ncleanup:\n  boilerplate: ['^Advertisement$']\n");
        Assert.Equal(0, _site.BuildOk().ArticlesReused);
        Assert.Equal(0, _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, BaseUrl = new Uri("https://example.org/news/") }).ArticlesReused);
    }

    [Fact]
    public void A_damaged_cache_is_no_cache()
    {
        _site.BuildOk();
        var path = ArticleCacheFile.PathOf(_site.Output);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var report = _site.BuildOk(Verify(_site));

        Assert.Equal(0, report.ArticlesReused);
        Assert.Equal(3, _site.BuildOk().ArticlesReused);
    }

    [Fact]
    public void A_cache_of_the_format_before_or_with_an_entry_longer_than_it_says_is_no_cache()
    {
        _site.BuildOk();
        var path = ArticleCacheFile.PathOf(_site.Output);
        var good = File.ReadAllBytes(path);
        // Magic, format, key, the body file's identity and length, the entry count: then each entry after its length.
        const int Head = 4 + 4 + 16 + 16 + 8 + 4;
        var lengths = new List<int>();
        for (var at = Head; at < good.Length; at += 4 + lengths[^1]) lengths.Add(BitConverter.ToInt32(good, at));
        Assert.Equal(3, lengths.Count);

        // The same entries as the format before wrote them (no lengths), under its number: not read.
        var before = new List<byte>(good[..Head]);
        before[4] = 5;
        for (int at = Head, i = 0; i < lengths.Count; at += 4 + lengths[i], i++) before.AddRange(good.AsSpan(at + 4, lengths[i]).ToArray());
        File.WriteAllBytes(path, [.. before]);
        Assert.Equal(0, _site.BuildOk(Verify(_site)).ArticlesReused);

        // The first entry of the cache that build wrote (against its own body file) said to be one byte longer.
        var damaged = File.ReadAllBytes(path);
        BitConverter.GetBytes(BitConverter.ToInt32(damaged, Head) + 1).CopyTo(damaged, Head);
        File.WriteAllBytes(path, damaged);
        Assert.Equal(0, _site.BuildOk(Verify(_site)).ArticlesReused);

        // The build that found it damaged wrote a good one.
        Assert.Equal(3, _site.BuildOk().ArticlesReused);
    }

    [Fact]
    public void Clean_removes_the_cache()
    {
        _site.BuildOk();
        var path = ArticleCacheFile.PathOf(_site.Output);
        Assert.True(File.Exists(path));

        var bodies = ArticleCacheFile.BodiesPathOf(_site.Output);
        Assert.True(File.Exists(bodies));

        var cleaned = SiteCleaner.Clean(SiteContext.Open(_site.Root), null, force: false);

        Assert.False(cleaned.HasErrors);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(bodies));
        Assert.Contains(cleaned.Leftovers, static l => l.EndsWith(".staticgen-_site.articles", StringComparison.Ordinal));
        Assert.Contains(cleaned.Leftovers, static l => l.EndsWith(".staticgen-_site.bodies", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cached_raw_article_is_read_again_when_the_pile_changes_its_verdict()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Harbour Post\n");
        for (var i = 0; i < 3; i++) site.Write("content/" + PileBuildTests.Name(i), PileBuildTests.Story(i));
        site.BuildOk();
        Assert.Contains(PileBuildTests.Thanks, site.Text("articles/night-ferry-returns-to-the-north-quay/index.html"), StringComparison.Ordinal);

        // A fourth file repeats the line: now every file's copy of it is furniture, though three texts are unchanged.
        site.Write("content/" + PileBuildTests.Name(3), PileBuildTests.Story(3));
        var four = site.BuildOk(Verify(site));
        Assert.Equal(0, four.ArticlesReused);
        AssertSameAsFullBuild(four);
        Assert.DoesNotContain(PileBuildTests.Thanks, site.Text("articles/night-ferry-returns-to-the-north-quay/index.html"), StringComparison.Ordinal);

        // Another file without the line: the verdicts stay, so the four are taken from the cache.
        site.Write("content/" + PileBuildTests.Name(4), PileBuildTests.Story(4, thanks: false));
        var five = site.BuildOk(Verify(site));
        Assert.Equal(4, five.ArticlesReused);
        AssertSameAsFullBuild(five);

        // Back to three with the line: it is prose again.
        site.Delete("content/" + PileBuildTests.Name(3));
        var back = site.BuildOk(Verify(site));
        Assert.Equal(1, back.ArticlesReused);
        AssertSameAsFullBuild(back);
        Assert.Contains(PileBuildTests.Thanks, site.Text("articles/night-ferry-returns-to-the-north-quay/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void What_reading_a_cached_file_reported_is_reported_again_without_decoding_it()
    {
        // Windows-1252 bytes (not UTF-8) and a control character: reading the file warns twice.
        _site.WriteBytes("content/lock.md", [.. "---\ntitle: Lock gates replaced\ndate: 2024-01-14\n---\nThe caf"u8, 0xE9, .. " by the lock reopens.\u0007\n"u8]);
        var first = _site.BuildOk();
        var warnings = first.Diagnostics.Where(static d => d.Path == "content/lock.md").Select(static d => d.ToString()).ToList();
        Assert.Contains(warnings, static w => w.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.Contains(warnings, static w => w.Contains("control character", StringComparison.Ordinal));

        var second = _site.BuildOk(Verify(_site));

        Assert.Equal(4, second.ArticlesReused);
        AssertSameAsFullBuild(second);
        Assert.Equal(warnings, second.Diagnostics.Where(static d => d.Path == "content/lock.md").Select(static d => d.ToString()));
    }

    [Fact]
    public void A_build_that_reuses_every_article_leaves_the_cache_file_as_it_was()
    {
        // Sources older than the stamp margin, so the first build records their stamps: had they just been written,
        // whichever build first saw them five seconds old would restamp them and rewrite the file (how slow the
        // machine is would decide the test).
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.Root, "content"))) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        _site.BuildOk();
        var path = ArticleCacheFile.PathOf(_site.Output);
        var written = File.GetLastWriteTimeUtc(path);

        Assert.Equal(3, _site.BuildOk().ArticlesReused);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));

        _site.Write("content/bridge.md", "---\ntitle: Swing bridge closed for repairs\ndate: 2024-01-12\n---\nThe old swing bridge stays shut until May.\n");
        Assert.Equal(2, _site.BuildOk().ArticlesReused);
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(path));
    }

    // ----------------------------------------------------------------------------------------------
    // The file format: every field of an article survives it.

    [Fact]
    public void Every_field_of_an_article_survives_the_cache_file()
    {
        var article = Sample();
        foreach (var property in typeof(Article).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // A field added to Article must be set here, and written by ArticleCacheFile.
            var value = property.GetValue(article);
            Assert.False(value is null || value.Equals(Default(property.PropertyType)) || value is ICollection { Count: 0 }, $"the sample leaves {property.Name} unset");
        }

        var entry = new CachedArticle("content/a.md", 12345, new CachedReading([1, 2, 3], [new PileLookup(2, 7)], 3),
            [Diagnostic.Warning(Stage.Enrich, "content/a.md", 4, 2, "a warning")], article, "why") { Hashes = new CachedHashes(7, 8, [9, 10]), Stamp = new FileStamp(321, 638_000_000_000_000_000) };
        var back = ArticleCacheFile.RoundTrip(entry);

        Assert.Equal(entry.SourcePath, back.SourcePath);
        Assert.Equal(entry.TextHash, back.TextHash);
        Assert.Equal(entry.Raw!.LineKeys, back.Raw!.LineKeys);
        Assert.Equal(entry.Raw.Lookups, back.Raw.Lookups);
        Assert.Equal(entry.Raw.Threshold, back.Raw.Threshold);
        Assert.Equal(entry.Diagnostics, back.Diagnostics);
        Assert.Equal(entry.FallbackReason, back.FallbackReason);
        Assert.Equal((entry.Hashes!.Body, entry.Hashes.Listing), (back.Hashes!.Body, back.Hashes.Listing));
        Assert.Equal(entry.Hashes.DuplicateKeys, back.Hashes.DuplicateKeys);
        Assert.Equal(entry.Stamp, back.Stamp);
        foreach (var property in typeof(Article).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            AssertDeepEqual(property.GetValue(article), property.GetValue(back.Article), property.Name);
        }

        Assert.IsType<long>(back.Article!.Params["weight"]);
        Assert.IsType<double>(back.Article.Params["ratio"]);
        Assert.Equal(article.Date.Offset, back.Article.Date.Offset);
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static void AssertDeepEqual(object? expected, object? actual, string where)
    {
        switch (expected)
        {
            case null:
                Assert.Null(actual);
                break;
            case string or ValueType:
                Assert.True(Equals(expected, actual), $"{where}: expected {expected}, got {actual}");
                Assert.Equal(expected.GetType(), actual!.GetType());
                break;
            case IDictionary dictionary:
                var other = Assert.IsAssignableFrom<IDictionary>(actual);
                Assert.Equal(dictionary.Keys.Cast<object>(), other.Keys.Cast<object>());
                foreach (var key in dictionary.Keys) AssertDeepEqual(dictionary[key], other[key], $"{where}.{key}");
                break;
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().ToList();
                var otherItems = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList();
                Assert.Equal(items.Count, otherItems.Count);
                for (var i = 0; i < items.Count; i++) AssertDeepEqual(items[i], otherItems[i], $"{where}[{i}]");
                break;
            default:
                // Records (TagRef, CountryRef, …): compare every public property.
                Assert.Equal(expected.GetType(), actual!.GetType());
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0) AssertDeepEqual(property.GetValue(expected), property.GetValue(actual), $"{where}.{property.Name}");
                }

                break;
        }
    }

    private static Article Sample() => new()
    {
        SourcePath = "content/world/a.md",
        Format = SourceFormat.Markdown,
        Slug = "a-slug",
        Title = "A title",
        Kicker = "Kicker",
        Standfirst = "A standfirst.",
        Date = new DateTimeOffset(2024, 3, 5, 10, 30, 0, TimeSpan.FromHours(2)),
        DateIsFallback = true,
        Updated = new DateTimeOffset(2024, 3, 6, 8, 0, 0, TimeSpan.FromHours(-5)),
        Authors = ["Ann Teller", "Bo Writer"],
        Agency = "AP",
        AuthorRefs = [new AuthorRef("Ann Teller", "ann-teller")],
        Section = new SectionRef("World", "world"),
        Summary = "A summary.",
        Lede = "A lede.",
        Body = "Body with ünïcödé and a lone surrogate \uD800 kept.",
        BodyLine = 7,
        Images = [new ArticleImage("a.jpg", "A caption", "A credit"), new ArticleImage("b.jpg", null, null)],
        Tags = [new TagRef("Port Authority", "port-authority", 3)],
        Countries = [new CountryRef("GB", "United Kingdom", "united-kingdom", 2) { Continent = "Europe", Flag = "🇬🇧", OtherNames = ["Britain", "British"] }],
        Draft = true,
        Toc = true,
        Type = ArticleType.Page,
        Aliases = ["/old/a/"],
        Source = "raw/a.txt",
        Params = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["desk"] = "harbour",
            ["weight"] = 3L,
            ["ratio"] = 0.5,
            ["pinned"] = true,
            ["off"] = false,
            ["none"] = null,
            ["crew"] = new List<object?> { "Ann", 7L, null }.AsReadOnly(),
            ["boat"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = "Tern" }.AsReadOnly(),
        }.AsReadOnly(),
        WordCount = 120,
        ReadingMinutes = 1,
        Positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal) { ["slug"] = new(3, 7), ["images[1]"] = new(9, 1) },
    };
}
