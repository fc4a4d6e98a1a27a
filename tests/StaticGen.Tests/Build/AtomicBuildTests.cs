using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>A build replaces the whole output at once, or not at all.</summary>
public sealed class AtomicBuildTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Lighthouse Log
        baseUrl: https://keepers.example.org/log/
        -- content/fog.md --
        ---
        title: Fog horn repaired
        date: 2024-02-01
        tags: [Fog Horns]
        ---
        The keepers repaired the fog horn before the storm.
        -- content/lamp.md --
        ---
        title: New lamp lit on the point
        date: 2024-02-03
        tags: [Lamps]
        ---
        A brighter lamp now turns on the point every night.
        """);

    public void Dispose() => _site.Dispose();

    private Dictionary<string, string> Snapshot() => _site.OutputFiles().ToDictionary(f => f, _site.Text);

    // Leftovers of builds: staging and swapped-out folders (the lock, the manifest, the article cache with its bodies, the kept cards and the inputs record are kept on purpose).
    private IReadOnlyList<string> Beside() =>
        [.. Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).OfType<string>()
            .Where(n => n.StartsWith(".staticgen-", StringComparison.Ordinal) && !n.EndsWith(".lock", StringComparison.Ordinal) && !n.EndsWith(".manifest.json", StringComparison.Ordinal) && !n.EndsWith(".articles", StringComparison.Ordinal) && !n.EndsWith(".bodies", StringComparison.Ordinal) && !n.EndsWith(".partials", StringComparison.Ordinal) && !n.EndsWith(".inputs", StringComparison.Ordinal))];

    [Fact]
    public void A_build_that_fails_part_way_through_rendering_leaves_the_old_output_as_it_was()
    {
        _site.BuildOk();
        var before = Snapshot();

        // Only one article's page fails, at render time: the pages rendered before it were already
        // written to the staging folder when the build stopped.
        _site.Write("templates/layouts/article.html", """
            <article><h1>{{ article.title | html.escape }}</h1>{{ if article.slug == "new-lamp-lit-on-the-point" }}{{ no_such_variable }}{{ end }}</article>
            """);
        _site.Write("content/extra.md", "---\ntitle: Keeper's diary\ndate: 2024-02-02\n---\nA quiet night.\n");
        var report = _site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.IsError && d.Path == "templates/layouts/article.html");
        Assert.Equal(before, Snapshot());
        Assert.Empty(Beside());
    }

    [Fact]
    public void Files_of_a_previous_build_do_not_survive_the_next()
    {
        _site.BuildOk();
        Assert.True(_site.Exists("articles/fog-horn-repaired/index.html"));
        Assert.True(_site.Exists("tags/fog-horns/index.html"));

        _site.Delete("content/fog.md");
        _site.BuildOk();

        Assert.False(_site.Exists("articles/fog-horn-repaired/index.html"));
        Assert.False(_site.Exists("tags/fog-horns/index.html"));
        Assert.True(_site.Exists("articles/new-lamp-lit-on-the-point/index.html"));
        Assert.Empty(Beside());
    }

    [Fact]
    public void The_site_folder_itself_is_refused_as_output()
    {
        var report = _site.Build(new BuildOptions { SiteRoot = _site.Root, OutputDirectory = _site.Root });

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Contains("a build replaces the whole output folder", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Root, "content", "fog.md")));
    }

    [Fact]
    public void A_folder_StaticGen_did_not_write_is_refused_as_output_with_a_message()
    {
        var notes = Path.Combine(_site.Root, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "todo.txt"), "buy paint");

        var report = _site.Build(new BuildOptions { SiteRoot = _site.Root, OutputDirectory = notes });

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(Stage.Write, error.Stage);
        Assert.Equal("notes", error.Path);
        Assert.Contains("was not written by StaticGen", error.Message, StringComparison.Ordinal);
        Assert.Equal("buy paint", File.ReadAllText(Path.Combine(notes, "todo.txt")));
    }

    [Fact]
    public void A_cancelled_build_leaves_the_old_output_as_it_was()
    {
        _site.BuildOk();
        var before = Snapshot();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var report = SiteBuilder.Build(new BuildOptions { SiteRoot = _site.Root }, cancelled.Token);

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Message.Contains("cancelled", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot());
        Assert.Empty(Beside());
    }

    [Fact]
    public void An_alias_never_overwrites_a_feed()
    {
        _site.Write("content/lamp.md", "---\ntitle: New lamp lit on the point\ndate: 2024-02-03\naliases: [/feed.xml]\n---\nA brighter lamp.\n");

        var report = _site.BuildOk();

        Assert.Contains(report.Diagnostics, d => d.Path == "content/lamp.md" && d.Message.Contains("alias '/feed.xml'", StringComparison.Ordinal));
        Assert.StartsWith("<?xml", _site.Text("feed.xml"), StringComparison.Ordinal);
    }
}
