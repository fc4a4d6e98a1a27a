using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary><c>static/</c>: files published as they are, beside what the build generates.</summary>
public sealed class StaticFilesTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Quayside Daily
        baseUrl: https://quay.example.org/
        -- content/pier.md --
        ---
        title: The pier reopens
        date: 2024-05-01
        ---
        Anglers were back on the pier by noon.
        -- static/favicon.ico --
        not really an icon
        -- static/docs/ferry-timetable.pdf --
        %PDF-1.4 timetable
        -- static/.well-known/security.txt --
        Contact: mailto:desk@quay.example.org
        -- static/.draft-notes.txt --
        private
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Static_files_are_published_as_they_are_at_the_same_path()
    {
        var report = _site.BuildOk();

        Assert.Equal("not really an icon\n", _site.Text("favicon.ico"));
        Assert.Equal("%PDF-1.4 timetable\n", _site.Text("docs/ferry-timetable.pdf"));
        Assert.Equal("Contact: mailto:desk@quay.example.org\n", _site.Text(".well-known/security.txt"));
        Assert.False(_site.Exists(".draft-notes.txt"));
        Assert.True(_site.Exists("articles/the-pier-reopens/index.html"));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void A_generated_file_wins_over_a_static_one_of_the_same_path_with_a_warning()
    {
        _site.Write("static/robots.txt", "User-agent: *\nDisallow: /\n");
        var report = _site.BuildOk();

        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal("static/robots.txt", warning.Path);
        Assert.Contains("generates 'robots.txt' itself", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Sitemap:", _site.Text("robots.txt"), StringComparison.Ordinal);
        Assert.False(_site.Build(new() { SiteRoot = _site.Root, Strict = true }).Succeeded);
    }

    [Fact]
    public void Incremental_builds_add_change_and_drop_static_files_as_a_full_build_would()
    {
        _site.BuildOk();
        _site.Write("static/docs/ferry-timetable.pdf", "%PDF-1.4 summer timetable\n");
        _site.Write("static/humans.txt", "Desk: the harbour team\n");
        _site.Delete("static/favicon.ico");
        var report = _site.BuildOk(new() { SiteRoot = _site.Root, Verify = true });

        Assert.True(report.Verified);
        Assert.Equal("%PDF-1.4 summer timetable\n", _site.Text("docs/ferry-timetable.pdf"));
        Assert.Equal("Desk: the harbour team\n", _site.Text("humans.txt"));
        Assert.False(_site.Exists("favicon.ico"));
    }

    [Fact]
    public void Serve_publishes_static_files_from_memory_and_sees_them_change()
    {
        var live = new LiveSite(new BuildOptions { SiteRoot = _site.Root });
        Assert.True(live.Rebuild().Succeeded);
        Assert.True(live.TryGetFile("favicon.ico", out var icon));
        Assert.Equal("not really an icon\n", System.Text.Encoding.UTF8.GetString(icon));

        _site.Write("static/favicon.ico", "a new icon\n");
        var rebuilt = live.Rebuild([Path.Combine(_site.Root, "static", "favicon.ico")]);

        Assert.True(rebuilt.Succeeded);
        Assert.Contains("favicon.ico", rebuilt.ChangedFiles);
        Assert.True(live.TryGetFile("favicon.ico", out icon));
        Assert.Equal("a new icon\n", System.Text.Encoding.UTF8.GetString(icon));

        _site.Delete("static/favicon.ico");
        var again = live.Rebuild([Path.Combine(_site.Root, "static", "favicon.ico")]);
        Assert.True(again.Succeeded);
        Assert.Contains("favicon.ico", again.ChangedFiles);
        Assert.False(live.TryGetFile("favicon.ico", out _));
        Assert.True(live.TryGetFile("docs/ferry-timetable.pdf", out _));
    }

    [Fact]
    public void Paths_static_names_another_folder()
    {
        _site.Write("site.config.yml", "title: Quayside Daily\npaths:\n  static: public-files\n");
        _site.Write("public-files/CNAME-notes.txt", "kept\n");
        _site.BuildOk();

        Assert.Equal("kept\n", _site.Text("CNAME-notes.txt"));
        Assert.False(_site.Exists("favicon.ico"));
    }
}
