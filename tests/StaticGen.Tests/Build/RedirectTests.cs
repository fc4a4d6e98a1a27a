using StaticGen.Build;
using StaticGen.Checking;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>Front matter <c>aliases</c>: old URLs of a renamed article keep working under the base path.</summary>
public sealed class RedirectTests : IDisposable
{
    private static readonly Uri s_url = new("https://user.github.io/almanac/");
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Orchard Almanac
        baseUrl: https://user.github.io/almanac/
        -- content/frost.md --
        ---
        title: Late frost spares the pear blossom
        date: 2024-04-20
        aliases:
          - /2024/04/frost-warning/
          - /old/frost.html
          - /news/frost
          - news/relative
          - ../../outside/
          - https://elsewhere.example.com/frost/
          - /articles/cider-press-reopens/
        ---
        Growers lit fires in the orchards overnight and the blossom survived.
        -- content/cider.md --
        ---
        title: Cider press reopens
        date: 2024-04-18
        ---
        The village cider press reopened after a winter of repairs.
        """);

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("2024/04/frost-warning/index.html")]
    [InlineData("old/frost.html")]
    [InlineData("news/frost/index.html")]
    public void Each_alias_is_a_page_that_redirects_to_the_article_with_a_canonical_link(string file)
    {
        _site.BuildOk();
        const string target = "https://user.github.io/almanac/articles/late-frost-spares-the-pear-blossom/";

        var page = _site.Html(file);

        Assert.Equal(target, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("0; url=" + target, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal(target, page.QuerySelector("body a")!.GetAttribute("href"));
    }

    [Fact]
    public void Aliases_outside_the_site_or_taken_by_another_page_are_ignored_with_a_warning()
    {
        var report = _site.BuildOk();

        var warnings = report.Diagnostics.Where(d => d.Path == "content/frost.md" && d.Message.StartsWith("alias", StringComparison.Ordinal)).Select(d => d.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("'../../outside/'", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("'https://elsewhere.example.com/frost/'", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("'/articles/cider-press-reopens/'", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("'news/relative' is not a path inside the site: an alias starts with '/'", StringComparison.Ordinal));
        Assert.Equal(4, warnings.Count);
        Assert.Equal("Cider press reopens", _site.Html("articles/cider-press-reopens/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.False(_site.Exists("outside/index.html"));
    }

    [Fact]
    public void Redirect_pages_stay_out_of_the_sitemap_and_the_site_checks_clean()
    {
        _site.BuildOk();

        Assert.DoesNotContain("frost-warning", _site.Text("sitemap.xml"), StringComparison.Ordinal);
        var report = SiteChecker.Check(new CheckOptions { Directory = _site.Output, SiteUrl = s_url });
        Assert.True(report.Succeeded, string.Join('\n', report.Problems));
        Assert.True(report.References > 0);
    }
}
