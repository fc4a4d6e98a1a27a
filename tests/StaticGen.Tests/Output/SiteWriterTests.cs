using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Output;

public sealed class SiteWriterTests : IDisposable
{
    private readonly TempFolder _parent = new();

    private string Output => _parent.Combine("_site");

    public void Dispose() => _parent.Dispose();

    /// <summary>An output folder as a previous build left it.</summary>
    private void PreviousBuild(params string[] files)
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, SiteWriter.MarkerFile), "");
        foreach (var file in files)
        {
            var path = Path.Combine(Output, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "previous " + file);
        }
    }

    private IReadOnlyList<string> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>What is beside the output folder, other than the output folder and the lock file.</summary>
    private IReadOnlyList<string> Leftovers() =>
        [.. Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName).OfType<string>()
            .Where(n => n != "_site" && !n.EndsWith(".lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Commit_swaps_in_the_new_site_and_no_stale_file_survives()
    {
        PreviousBuild("index.html", "articles/removed/index.html");

        using (var writer = SiteWriter.Begin(Output))
        {
            writer.WriteText(SiteWriter.MarkerFile, "");
            writer.WriteText("index.html", "new home");
            writer.WriteText("articles/kept/index.html", "new article");
            writer.Commit();
        }

        Assert.Equal([SiteWriter.MarkerFile, "articles/kept/index.html", "index.html"], Files(Output));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_build_that_stops_before_commit_leaves_the_previous_output_as_it_was()
    {
        PreviousBuild("index.html", "feed.xml");
        var before = Files(Output).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Output, f)));

        using (var writer = SiteWriter.Begin(Output))
        {
            writer.WriteText("index.html", "half-written new home");
            Assert.True(Directory.Exists(writer.StagingDirectory));
        }

        Assert.Equal(before, Files(Output).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Output, f))));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void An_in_place_commit_moves_in_what_was_made_deletes_what_is_gone_and_leaves_the_rest()
    {
        PreviousBuild("index.html", "feed.xml", "articles/gone/index.html", "articles/kept/index.html");
        var keptTime = File.GetLastWriteTimeUtc(Path.Combine(Output, "articles/kept/index.html"));

        using (var writer = SiteWriter.Begin(Output))
        {
            writer.WriteText("index.html", "new home");
            writer.WriteText("articles/new/index.html", "new article");
            new BuildManifest(BuildManifest.CurrentFormat, Output, new Dictionary<string, ManifestUnit>()).WritePending();
            writer.CommitInPlace(["articles/gone/index.html"]);
        }

        Assert.Equal([SiteWriter.MarkerFile, "articles/kept/index.html", "articles/new/index.html", "feed.xml", "index.html"], Files(Output));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "articles", "gone")));
        Assert.Equal(keptTime, File.GetLastWriteTimeUtc(Path.Combine(Output, "articles/kept/index.html")));
        Assert.NotNull(BuildManifest.Read(Output));
        Assert.Equal([".staticgen-_site.manifest.json"], Leftovers());
    }

    [Fact]
    public void Files_staged_apart_make_no_folders_while_staged_and_land_at_their_places()
    {
        PreviousBuild("index.html", "page/2/index.html", "articles/gone/index.html");

        using (var writer = SiteWriter.Begin(Output))
        {
            writer.StageApart();
            writer.WriteText("index.html", "new home");
            writer.WriteText("page/2/index.html", "new page 2");
            writer.WriteText("articles/new/index.html", "new article");
            Assert.Empty(Directory.GetDirectories(writer.StagingDirectory));
            Assert.Equal(3, writer.Staged);
            Assert.True(writer.Holds("articles/new/index.html"));
            Assert.False(writer.Holds("articles/gone/index.html"));
            Assert.Equal("new article".Length, writer.Stamp("articles/new/index.html").Length);
            Assert.Throws<SiteWriterException>(() => writer.WriteText("articles/new/index.html", "again"));
            var pending = writer.PendingFiles(["articles/gone/index.html"]);
            Assert.Equal("new page 2", File.ReadAllText(pending["page/2/index.html"]));
            Assert.False(pending.ContainsKey("articles/gone/index.html"));
            new BuildManifest(BuildManifest.CurrentFormat, Output, new Dictionary<string, ManifestUnit>()).WritePending();
            writer.CommitInPlace(["articles/gone/index.html"]);
        }

        Assert.Equal([SiteWriter.MarkerFile, "articles/new/index.html", "index.html", "page/2/index.html"], Files(Output));
        Assert.Equal("new page 2", File.ReadAllText(Path.Combine(Output, "page/2/index.html")));
        Assert.Equal("new article", File.ReadAllText(Path.Combine(Output, "articles/new/index.html")));
        Assert.Equal([".staticgen-_site.manifest.json"], Leftovers());
    }

    [Fact]
    public void A_killed_build_that_staged_its_files_apart_is_finished_by_the_next_build()
    {
        PreviousBuild("index.html");
        var staging = _parent.Combine(".staticgen-staging-_site-0123456789abcdef");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "1"), "new article");
        File.WriteAllText(Path.Combine(staging, "2"), "new home");
        new BuildManifest(BuildManifest.CurrentFormat, Output, new Dictionary<string, ManifestUnit>()).WritePending();
        var journal = "{\"staging\":" + System.Text.Json.JsonSerializer.Serialize(staging)
            + ",\"moves\":[\"articles/new/index.html\",\"index.html\"],\"deletes\":[],\"sources\":[\"1\",\"2\"]}";
        File.WriteAllText(SiteWriter.JournalOf(Output), journal);

        using (SiteWriter.Begin(Output))
        {
        }

        Assert.Equal("new article", File.ReadAllText(Path.Combine(Output, "articles/new/index.html")));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal([".staticgen-_site.manifest.json"], Leftovers());
    }

    [Fact]
    public void An_in_place_commit_a_killed_build_left_half_done_is_finished_by_the_next_build()
    {
        // Killed while moving its files in: the journal, the staging folder with the files not yet moved, the pending manifest.
        PreviousBuild("index.html", "articles/gone/index.html");
        var staging = _parent.Combine(".staticgen-staging-_site-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(staging, "articles", "new"));
        File.WriteAllText(Path.Combine(staging, "articles", "new", "index.html"), "new article");
        new BuildManifest(BuildManifest.CurrentFormat, Output, new Dictionary<string, ManifestUnit>()).WritePending();
        var journal = "{\"staging\":" + System.Text.Json.JsonSerializer.Serialize(staging)
            + ",\"moves\":[\"articles/new/index.html\",\"index.html\"],\"deletes\":[\"articles/gone/index.html\"]}";
        File.WriteAllText(SiteWriter.JournalOf(Output), journal);

        using (SiteWriter.Begin(Output))
        {
            // This build fails: it never commits; the killed one's update is finished all the same.
        }

        Assert.Equal([SiteWriter.MarkerFile, "articles/new/index.html", "index.html"], Files(Output));
        Assert.Equal("new article", File.ReadAllText(Path.Combine(Output, "articles/new/index.html")));
        Assert.Equal("previous index.html", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.NotNull(BuildManifest.Read(Output));
        Assert.Equal([".staticgen-_site.manifest.json"], Leftovers());
    }

    [Fact]
    public void The_first_build_creates_the_output_folder()
    {
        using (var writer = SiteWriter.Begin(Output))
        {
            writer.WriteText("index.html", "home");
            writer.Commit();
        }

        Assert.Equal(["index.html"], Files(Output));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Staging_folders_left_by_a_killed_build_are_removed()
    {
        PreviousBuild("index.html");
        var leftover = _parent.Combine(".staticgen-staging-_site-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(leftover, "articles"));
        File.WriteAllText(Path.Combine(leftover, "articles", "half.html"), "half");

        using (var writer = SiteWriter.Begin(Output))
        {
            Assert.False(Directory.Exists(leftover));
        }

        Assert.Equal([SiteWriter.MarkerFile, "index.html"], Files(Output));
    }

    [Fact]
    public void An_output_a_killed_build_swapped_out_is_put_back_before_the_next_build()
    {
        // Killed between the two renames of a swap: no output folder, the previous site beside it.
        var swappedOut = _parent.Combine(".staticgen-old-_site-0123456789abcdef");
        Directory.CreateDirectory(swappedOut);
        File.WriteAllText(Path.Combine(swappedOut, SiteWriter.MarkerFile), "");
        File.WriteAllText(Path.Combine(swappedOut, "index.html"), "previous home");

        using (SiteWriter.Begin(Output))
        {
            // This build fails: it never commits.
        }

        Assert.Equal("previous home", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Only_one_build_at_a_time_writes_an_output_folder()
    {
        using var first = SiteWriter.Begin(Output);
        var e = Assert.Throws<SiteWriterException>(() => SiteWriter.Begin(Output));
        Assert.Contains("another build is writing", e.Message, StringComparison.Ordinal);

        // The refused build did not touch the running build's staging folder.
        Assert.True(Directory.Exists(first.StagingDirectory));
        first.Dispose();
        using var second = SiteWriter.Begin(Output);
    }

    [Fact]
    public void A_folder_StaticGen_did_not_write_is_never_replaced()
    {
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "thesis.docx"), "years of work");

        var e = Assert.Throws<SiteWriterException>(() => SiteWriter.Begin(Output));

        Assert.Contains("was not written by StaticGen", e.Message, StringComparison.Ordinal);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(Output, "thesis.docx")));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        File.WriteAllText(Output, "a file");
        var e = Assert.Throws<SiteWriterException>(() => SiteWriter.Begin(Output));
        Assert.Contains("is a file", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/escape.html")]
    [InlineData("c:escape.html")]
    public void Paths_that_leave_the_output_are_refused(string path)
    {
        using var writer = SiteWriter.Begin(Output);
        Assert.Throws<UnsafePathException>(() => writer.WriteText(path, "x"));
        Assert.False(File.Exists(_parent.Combine("escape.html")));
    }

    [Fact]
    public void Two_files_to_one_path_are_an_error_that_names_the_path()
    {
        using var writer = SiteWriter.Begin(Output);
        writer.WriteText("feed.xml", "first");
        var e = Assert.Throws<SiteWriterException>(() => writer.WriteText("feed.xml", "second"));
        Assert.Contains("'feed.xml'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_swap_in_one_step_where_the_system_can()
    {
        var a = _parent.Combine("a");
        var b = _parent.Combine("b");
        Directory.CreateDirectory(a);
        Directory.CreateDirectory(b);
        File.WriteAllText(Path.Combine(a, "from-a"), "");
        File.WriteAllText(Path.Combine(b, "from-b"), "");

        var exchanged = DirectorySwap.TryExchange(a, b);

        // Linux file systems of a temp folder (ext4, tmpfs, overlayfs, btrfs, xfs) support RENAME_EXCHANGE.
        Assert.Equal(OperatingSystem.IsLinux(), exchanged);
        if (exchanged)
        {
            Assert.Equal(["from-b"], Files(a));
            Assert.Equal(["from-a"], Files(b));
        }
    }
}
