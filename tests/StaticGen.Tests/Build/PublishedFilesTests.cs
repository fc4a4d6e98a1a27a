using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>The files a static host needs beside the pages: .nojekyll, 404.html and CNAME.</summary>
public sealed class PublishedFilesTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Valley Gazette
        baseUrl: https://user.github.io/gazette/
        -- content/bridge.md --
        ---
        title: Footbridge closed for inspection
        date: 2024-05-05
        ---
        The footbridge over the river is closed until Friday.
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_output_has_nojekyll_and_a_404_page_at_its_root_and_no_cname_unless_configured()
    {
        _site.BuildOk();

        Assert.Equal("", _site.Text(".nojekyll"));
        Assert.False(_site.Exists("CNAME"));
        var notFound = _site.Html("404.html");
        Assert.Equal("noindex", notFound.QuerySelector("meta[name=robots]")!.GetAttribute("content"));

        // GitHub Pages serves 404.html for a missing URL at any depth, so its links carry the base path.
        var links = notFound.QuerySelectorAll("a[href], link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith('#') && !u.StartsWith("https://", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, u => Assert.StartsWith("/gazette/", u, StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_domain_is_written_to_cname_and_matches_the_base_url()
    {
        _site.Write("site.config.yml", "title: Valley Gazette\nbaseUrl: https://news.valley.example/\ncname: news.valley.example\n");

        var report = _site.BuildOk();

        Assert.Equal("news.valley.example\n", _site.Text("CNAME"));
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("cname", StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_domain_with_a_project_base_url_is_a_warning_that_says_what_to_set()
    {
        _site.Write("site.config.yml", "title: Valley Gazette\nbaseUrl: https://user.github.io/gazette/\ncname: news.valley.example\n");

        var report = _site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, d => d.Message.StartsWith("cname", StringComparison.Ordinal));
        Assert.Equal("site.config.yml", warning.Path);
        Assert.Contains("set baseUrl (or --base-url) to https://news.valley.example/", warning.Message, StringComparison.Ordinal);
        Assert.False(_site.Build(new BuildOptions { SiteRoot = _site.Root, Strict = true }).Succeeded);
    }

    [Fact]
    public void A_cname_that_is_a_url_is_an_error()
    {
        _site.Write("site.config.yml", "title: Valley Gazette\nbaseUrl: https://news.valley.example/\ncname: https://news.valley.example/\n");

        var report = _site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.IsError && d.Path == "site.config.yml" && d.Message.Contains("must be a domain name", StringComparison.Ordinal));
    }
}
