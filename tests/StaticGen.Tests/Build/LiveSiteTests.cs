using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// The serve engine: after any sequence of edits, what it serves is byte for byte what a full
/// build of the same folder writes, and a rebuild makes only what changed.
/// </summary>
public sealed class LiveSiteTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Marsh Herald
        pageSize: 2
        -- content/heron.md --
        ---
        title: Herons nest early on the marsh
        date: 2024-04-02
        tags: [Bird Trust]
        ---
        Wardens counted eleven nests by the end of March.
        -- content/sluice.txt --
        New sluice gate opens on the lower marsh

        New sluice gate opens on the lower marsh

        April 4, 2024

        The drainage board opened the new sluice gate on Thursday morning.

        It replaces a wooden gate that had leaked for a decade.
        -- content/boardwalk.md --
        ---
        title: Boardwalk reopens to walkers
        date: 2024-04-06
        tags: [Bird Trust]
        ---
        The boardwalk across the reed beds is open again after repairs.
        """);

    public void Dispose() => _site.Dispose();

    private string Full(string path) => Path.Combine(_site.Root, path);

    private void AssertServesWhatAFullBuildWrites(LiveSite live)
    {
        _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Full = true });
        var files = _site.OutputFiles();
        Assert.Equal(files.Count, live.FileCount);
        foreach (var file in files)
        {
            Assert.True(live.TryGetFile(file, out var served), $"{file} is not served");
            Assert.True(File.ReadAllBytes(Path.Combine(_site.Output, file)).AsSpan().SequenceEqual(served), $"{file} differs from a full build");
        }
    }

    [Fact]
    public void After_edits_additions_and_deletions_the_served_site_equals_a_full_build()
    {
        var live = new LiveSite(new BuildOptions { SiteRoot = _site.Root });
        Assert.True(live.Rebuild().Succeeded);
        AssertServesWhatAFullBuildWrites(live);

        _site.Write("content/heron.md", "---\ntitle: Herons nest early on the marsh\ndate: 2024-04-02\ntags: [Bird Trust]\n---\nWardens counted twelve nests by the end of March.\n");
        var edited = live.Rebuild([Full("content/heron.md")]);
        Assert.True(edited.Succeeded, string.Join('\n', edited.Diagnostics));
        Assert.Contains("articles/herons-nest-early-on-the-marsh/index.html", edited.ChangedFiles);
        Assert.True(edited.UnitsKept > 0, $"{edited.UnitsMade} made, {edited.UnitsKept} kept");
        AssertServesWhatAFullBuildWrites(live);

        _site.Write("content/otters/otter.md", "---\ntitle: Otters seen below the weir\ndate: 2024-04-08\ntags: [Wildlife Watch]\n---\nTwo otters were filmed by a night camera.\n");
        var added = live.Rebuild([Full("content/otters")]);
        Assert.True(added.Succeeded);
        Assert.True(live.TryGetFile("articles/otters-seen-below-the-weir/index.html", out _));
        AssertServesWhatAFullBuildWrites(live);

        _site.Delete("content/boardwalk.md");
        var deleted = live.Rebuild([Full("content/boardwalk.md")]);
        Assert.True(deleted.Succeeded);
        Assert.False(live.TryGetFile("articles/boardwalk-reopens-to-walkers/index.html", out _));
        Assert.Contains("articles/boardwalk-reopens-to-walkers/index.html", deleted.ChangedFiles);
        AssertServesWhatAFullBuildWrites(live);

        // A change the caller did not name is still found by the file's size and time.
        _site.Write("content/sluice.txt", "New sluice gate opens on the lower marsh\n\nApril 4, 2024\n\nThe drainage board opened the new sluice gate on Thursday.\n");
        File.SetLastWriteTimeUtc(Full("content/sluice.txt"), DateTime.UtcNow.AddMinutes(1));
        Assert.True(live.Rebuild().Succeeded);
        AssertServesWhatAFullBuildWrites(live);
    }

    private static string Story(string title, string date, string tags, string body, bool draft = false, string? slug = null) =>
        $"---\ntitle: {title}\n{(slug is null ? "" : $"slug: {slug}\n")}date: {date}\ntags: [{tags}]\n{(draft ? "draft: true\n" : "")}---\n{body}\n";

    /// <summary>
    /// Each kind of edit a writer makes, one after another: those that leave the article where it was
    /// (body, headline) reuse the previous site model and fingerprints; the others (tags, a date that
    /// reorders, a draft toggled, an article added or removed) assemble again. Either way the served
    /// site must be a full build's, so a page kept when it should have been made again fails here.
    /// </summary>
    [Fact]
    public void Every_kind_of_edit_serves_what_a_full_build_writes()
    {
        _site.Write("content/reeds.md", Story("Reed cutting starts in the north fen", "2024-04-03", "Bird Trust, Fen Work", "Volunteers cut the first reeds on Monday.", slug: "reed-cutting"));
        _site.Write("content/eels.md", Story("Eel pass fitted at the pumping station", "2024-04-05", "Fen Work", "The pass lets young eels climb past the pumps."));
        var live = new LiveSite(new BuildOptions { SiteRoot = _site.Root });
        Assert.True(live.Rebuild().Succeeded);

        void Step(string path, string? text)
        {
            if (text is null) _site.Delete(path);
            else _site.Write(path, text);
            var result = live.Rebuild([Full(path)]);
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            AssertServesWhatAFullBuildWrites(live);
        }

        // Body, then headline (its slug is its own, so its URL stays): the reeds story is on the home page, its tags' pages and its neighbours' related lists.
        Step("content/reeds.md", Story("Reed cutting starts in the north fen", "2024-04-03", "Bird Trust, Fen Work", "Volunteers cut the first reeds on a frosty Monday.", slug: "reed-cutting"));
        Step("content/reeds.md", Story("Reed cutting begins early in the north fen", "2024-04-03", "Bird Trust, Fen Work", "Volunteers cut the first reeds on a frosty Monday.", slug: "reed-cutting"));
        Assert.True(live.TryGetFile("tags/fen-work/index.html", out var term));
        var links = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(term)).QuerySelectorAll("a").Select(static a => a.TextContent.Trim());
        Assert.Contains("Reed cutting begins early in the north fen", links);
        // A tag change, a date that moves the story to the top, a draft toggled off and on.
        Step("content/reeds.md", Story("Reed cutting begins early in the north fen", "2024-04-03", "Fen Work, Wildlife Watch", "Volunteers cut the first reeds on a frosty Monday.", slug: "reed-cutting"));
        Step("content/reeds.md", Story("Reed cutting begins early in the north fen", "2024-04-09", "Fen Work, Wildlife Watch", "Volunteers cut the first reeds on a frosty Monday.", slug: "reed-cutting"));
        Step("content/eels.md", Story("Eel pass fitted at the pumping station", "2024-04-05", "Fen Work", "The pass lets young eels climb past the pumps.", draft: true));
        Step("content/eels.md", Story("Eel pass fitted at the pumping station", "2024-04-05", "Fen Work", "The pass lets young eels climb past the pumps.", draft: true) + "It was paid for by the board.\n");
        Step("content/eels.md", Story("Eel pass fitted at the pumping station", "2024-04-05", "Fen Work", "The pass lets young eels climb past the pumps."));
        // An article added, then one removed, then a body edit after both.
        Step("content/bittern.md", Story("Bittern booms heard again", "2024-04-07", "Bird Trust", "A bittern was heard booming at dawn."));
        Step("content/boardwalk.md", null);
        Step("content/heron.md", Story("Herons nest early on the marsh", "2024-04-02", "Bird Trust", "Wardens counted thirteen nests by the end of March."));

        // People and sections: an author added, a body edit, a second author, a section added (the menu of every page changes), a body edit, the section removed.
        static string Signed(string author, string? section, string body) =>
            $"---\ntitle: Eel pass fitted at the pumping station\ndate: 2024-04-05\ntags: [Fen Work]\nauthor: {author}\n{(section is null ? "" : $"section: {section}\n")}---\n{body}\n";
        Step("content/eels.md", Signed("Nell Fisher", null, "The pass lets young eels climb past the pumps."));
        Assert.True(live.TryGetFile("authors/nell-fisher/index.html", out _));
        Step("content/eels.md", Signed("Nell Fisher", null, "The pass lets young eels climb past the pumps at night."));
        Step("content/eels.md", Signed("[Nell Fisher, Owen Pike]", null, "The pass lets young eels climb past the pumps at night."));
        Step("content/eels.md", Signed("Owen Pike", "Wildlife", "The pass lets young eels climb past the pumps at night."));
        Assert.True(live.TryGetFile("wildlife/index.html", out _));
        Assert.False(live.TryGetFile("authors/nell-fisher/index.html", out _));
        Step("content/eels.md", Signed("Owen Pike", "Wildlife", "The pass lets young eels climb past the pumps at dusk."));
        Step("content/eels.md", Signed("Owen Pike", null, "The pass lets young eels climb past the pumps at dusk."));
        Assert.False(live.TryGetFile("wildlife/index.html", out _));
    }

    /// <summary>
    /// The near-duplicate check of a rebuild looks only at the changed article when it shares no
    /// bucket with another: an article edited into a copy of another, and back, must still be found
    /// and published again exactly as a full build does.
    /// </summary>
    [Fact]
    public void An_article_edited_into_a_copy_of_another_is_skipped_and_back_is_published()
    {
        const string Gate = "The drainage board will replace the old tidal gate at the mouth of the river this summer, after engineers found its hinges worn through by salt water and years of storms.";
        _site.Write("content/gate.md", Story("Tidal gate to be replaced this summer", "2024-04-10", "Fen Work", Gate, slug: "tidal-gate"));
        _site.Write("content/weir.md", Story("Fish ladder planned beside the weir", "2024-04-11", "Fen Work", "Anglers asked for a fish ladder so that salmon can pass the weir when the river runs low in autumn.", slug: "fish-ladder"));
        var live = new LiveSite(new BuildOptions { SiteRoot = _site.Root });
        Assert.True(live.Rebuild().Succeeded);
        Assert.True(live.TryGetFile("articles/fish-ladder/index.html", out _));

        _site.Write("content/weir.md", Story("Tidal gate to be replaced this summer", "2024-04-10", "Fen Work", Gate, slug: "fish-ladder"));
        var copied = live.Rebuild([Full("content/weir.md")]);
        Assert.True(copied.Succeeded);
        Assert.Contains(copied.Diagnostics, static d => d.Path == "content/weir.md" && d.Message.StartsWith("near-duplicate of content/gate.md", StringComparison.Ordinal));
        Assert.False(live.TryGetFile("articles/fish-ladder/index.html", out _));
        AssertServesWhatAFullBuildWrites(live);

        _site.Write("content/weir.md", Story("Fish ladder planned beside the weir", "2024-04-11", "Fen Work", "Anglers asked for a fish ladder so that salmon can pass the weir when the river runs low.", slug: "fish-ladder"));
        var restored = live.Rebuild([Full("content/weir.md")]);
        Assert.True(restored.Succeeded);
        Assert.DoesNotContain(restored.Diagnostics, static d => d.Message.StartsWith("near-duplicate", StringComparison.Ordinal));
        Assert.True(live.TryGetFile("articles/fish-ladder/index.html", out _));
        AssertServesWhatAFullBuildWrites(live);

        // An edit that makes no copy: the check starts from what it found last time.
        _site.Write("content/gate.md", Story("Tidal gate to be replaced this summer", "2024-04-10", "Fen Work", Gate + " Work starts in June.", slug: "tidal-gate"));
        Assert.True(live.Rebuild([Full("content/gate.md")]).Succeeded);
        AssertServesWhatAFullBuildWrites(live);
    }

    [Fact]
    public void A_failed_rebuild_keeps_serving_the_last_good_site()
    {
        var live = new LiveSite(new BuildOptions { SiteRoot = _site.Root });
        Assert.True(live.Rebuild().Succeeded);
        _site.Write("templates/layouts/article.html", "{{ article.no_such_field }}\n");

        var failed = live.Rebuild([Full("templates/layouts/article.html")]);

        Assert.False(failed.Succeeded);
        var error = Assert.Single(failed.Diagnostics, static d => d.IsError);
        Assert.Equal("templates/layouts/article.html", error.Path);
        Assert.Equal(1, error.Line);
        Assert.True(live.TryGetFile("articles/herons-nest-early-on-the-marsh/index.html", out _));
    }
}
