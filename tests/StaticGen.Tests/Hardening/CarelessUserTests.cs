using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Hardening;

/// <summary>
/// What a careless user met (issue #16, rows U1, U7 and U11): each mistake gets a clear diagnostic
/// naming the file or option, and the previous output is not lost to it.
/// </summary>
public sealed class CarelessUserTests
{
    private const string Article = """
        -- content/harbour.md --
        ---
        title: The harbour reopens
        date: 2024-03-01
        ---
        The harbour reopened on Monday after the storm.
        """;

    [Fact]
    public void U1_a_misspelt_content_folder_is_an_error_naming_paths_content_and_the_previous_site_is_kept()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Careless\nbaseUrl: https://example.org/\n" + Article);
        site.BuildOk();
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));

        site.Write("site.config.yml", "title: Careless\nbaseUrl: https://example.org/\npaths:\n  content: contnet\n");
        var report = site.Build();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal("site.config.yml", error.Path);
        Assert.Contains("contnet", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));
    }

    [Fact]
    public void U1_a_missing_content_folder_is_an_error_naming_it()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Careless\nbaseUrl: https://example.org/\n" + Article);
        site.BuildOk();
        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);

        var report = site.Build();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal("content", error.Path);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));
    }

    [Fact]
    public void U1_an_empty_content_folder_replaces_a_site_with_articles_only_with_allow_empty()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Careless\nbaseUrl: https://example.org/\n" + Article);
        site.BuildOk();
        site.Delete("content/harbour.md");

        var refused = site.Build();

        Assert.False(refused.Succeeded);
        var error = Assert.Single(refused.Diagnostics, static d => d.IsError);
        Assert.Equal("content", error.Path);
        Assert.Contains("--allow-empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("published 1 article;", error.Message, StringComparison.Ordinal);
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));

        site.BuildOk(new BuildOptions { SiteRoot = site.Root, AllowEmpty = true });
        Assert.False(site.Exists("articles/the-harbour-reopens/index.html"));

        // Once the site is empty, building it empty again needs no flag.
        site.BuildOk();
    }

    [Fact]
    public void U7_an_article_dated_in_the_far_future_is_left_out_with_a_warning_naming_it_and_its_date_line()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Careless\nbaseUrl: https://example.org/\nbuildDate: 2024-06-01\n" + Article + """

            -- content/typo.md --
            ---
            title: Ferry timetable changes
            date: 2999-03-02
            ---
            The ferry will leave an hour earlier from May.
            """);

        var report = site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, static d => d.Path == "content/typo.md");
        Assert.False(warning.IsError);
        Assert.Equal(3, warning.Line); // the line of 'date:'
        Assert.Contains("2999-03-02", warning.Message, StringComparison.Ordinal);
        Assert.Contains("--future", warning.Message, StringComparison.Ordinal);
        Assert.False(site.Exists("articles/ferry-timetable-changes/index.html"));
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));

        var included = site.BuildOk(new BuildOptions { SiteRoot = site.Root, IncludeFuture = true });
        Assert.DoesNotContain(included.Diagnostics, static d => d.Path == "content/typo.md");
        Assert.True(site.Exists("articles/ferry-timetable-changes/index.html"));
    }
}

/// <summary>Issue #16, row U11: the command line's counts and usage errors.</summary>
public sealed class CarelessCommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = StaticGen.Cli.Program.RunAsync(args, stdout, stderr, StaticGen.Cli.Terminal.Redirected).GetAwaiter().GetResult();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void U11_a_javascript_base_url_is_one_line_naming_the_option_without_the_help()
    {
        var (exit, output, error) = Run("build", "--base-url", "javascript:alert(1)");

        Assert.NotEqual(0, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("--base-url: 'javascript:alert(1)' is not an absolute http(s) URL", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("--drafts", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void U11_check_counts_one_file_one_page_in_the_singular()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "index.html"), "<!doctype html><html><head><title>One</title></head><body><p>Only page.</p></body></html>");

        var (_, output, _) = Run("check", _folder.Path, "--base-path", "/");

        Assert.Contains("Checked 1 file (1 page, 0 references)", output, StringComparison.Ordinal);
    }
}
