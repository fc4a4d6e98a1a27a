using StaticGen.Checking;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Checking;

/// <summary>A hand-written site under /repo/, broken on purpose in every way the checker knows, beside references that are fine.</summary>
public sealed class SiteCheckerTests : IDisposable
{
    private static readonly Uri s_siteUrl = new("https://news.example.org/repo/");
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- _site/index.html --
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <title>Home</title>
        <link rel="stylesheet" href="/repo/assets/site.css">
        <link rel="stylesheet" href="/repo/assets/missing.css">
        <link rel="canonical" href="https://news.example.org/repo/">
        <link rel="preconnect" href="https://fonts.example.com/">
        <script src="/repo/assets/missing.js"></script>
        </head>
        <body>
        <main id="main">
        <a href="/repo/articles/present/">present, with a slash</a>
        <a href="articles/present">present, relative, without a slash</a>
        <a href="/repo/about">about.html, without its extension</a>
        <a href="/repo/articles/absent/">absent</a>
        <a href="/tags/escape/">root-absolute, outside the base path</a>
        <a href="../outside/">relative, climbing out of the base path</a>
        <img src="/repo/images/missing.jpg" alt="missing">
        <img src="images/a.jpg" srcset="/repo/images/a.jpg 1x, /repo/images/gone.jpg 2x" alt="srcset">
        <a href="#main">skip</a>
        <a href="#nowhere">no such id here</a>
        <a href="/repo/articles/present/#section-2">a heading there</a>
        <a href="/repo/articles/present/#old-anchor">an a name there</a>
        <a href="/repo/articles/present/#no-such">no such id there</a>
        <a href="https://elsewhere.example.com/x">external</a>
        <a href="mailto:desk@example.org">mail</a>
        <form action="/repo/search/" method="get" data-index="/repo/search-index.json" data-shards="/repo/search/shards.json" data-label="/ search"><input name="q"></form>
        <div style="background: url('/repo/images/bg-missing.png')">styled</div>
        </main>
        </body>
        </html>
        -- _site/about.html --
        <!DOCTYPE html><html lang="en"><head><title>About</title></head><body><p>About us.</p></body></html>
        -- _site/assets/site.css --
        body { background: url(../images/a.jpg); }
        .banner { background: url("/repo/images/css-missing.png"); }
        /* .old { background: url(commented-out.png); } */
        -- _site/images/a.jpg --
        not really a picture
        -- _site/articles/present/index.html --
        <!DOCTYPE html><html lang="en"><head><title>Present</title></head>
        <body><h2 id="section-2">Second</h2><a name="old-anchor"></a><a href="../../">home</a></body></html>
        -- _site/old/index.html --
        <!DOCTYPE html><html lang="en"><head><title>Moved</title>
        <meta http-equiv="refresh" content="0; url=https://news.example.org/repo/articles/renamed/">
        </head><body></body></html>
        -- _site/feed.xml --
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>News</title><link>https://news.example.org/repo/</link><description>d</description>
        <item><title>Present</title><link>https://news.example.org/repo/articles/present/</link></item>
        <item><title>Elsewhere</title><link>https://other.example.net/story/</link></item>
        <item><title>Gone</title><link>https://news.example.org/repo/articles/gone/</link></item>
        </channel></rss>
        -- _site/broken.xml --
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Half a feed</title>
        </rss>
        -- _site/sitemap.xml --
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://news.example.org/repo/articles/present/</loc></url>
        <url><loc>https://news.example.org/other/</loc></url>
        </urlset>
        -- _site/search-index.json --
        [{"t": "Present", "u": "/repo/articles/present/"}, {"t": "Lost", "u": "/articles/present/"}]
        -- _site/bad.json --
        {"t": "unterminated
        -- _site/robots.txt --
        User-agent: *
        Sitemap: https://news.example.org/repo/sitemap.xml
        """);

    public void Dispose() => _site.Dispose();

    private CheckReport Check(Uri? siteUrl = null, string basePath = "/") =>
        SiteChecker.Check(new CheckOptions { Directory = _site.Output, SiteUrl = siteUrl, BasePath = basePath });

    [Fact]
    public void Finds_every_kind_of_broken_reference_and_nothing_else()
    {
        var report = Check(s_siteUrl);

        (string Page, string Problem)[] expected =
        [
            ("assets/site.css", "broken CSS url() \"/repo/images/css-missing.png\": the site has no images/css-missing.png"),
            ("bad.json", "not well-formed JSON"),
            ("broken.xml", "not well-formed XML"),
            ("feed.xml", "broken feed URL \"https://news.example.org/repo/articles/gone/\""),
            ("feed.xml", "feed URL \"https://other.example.net/story/\" points outside the site https://news.example.org/repo/"),
            ("index.html", "broken stylesheet \"/repo/assets/missing.css\""),
            ("index.html", "broken script \"/repo/assets/missing.js\""),
            ("index.html", "broken link \"/repo/articles/absent/\": the site has no articles/absent/index.html"),
            ("index.html", "link \"/tags/escape/\" points outside the base path /repo/"),
            ("index.html", "link \"../outside/\" (resolved to /outside/) points outside the base path /repo/"),
            ("index.html", "broken image \"/repo/images/missing.jpg\""),
            ("index.html", "broken image \"/repo/images/gone.jpg\""),
            ("index.html", "broken fragment \"#nowhere\": index.html has no element with id \"nowhere\""),
            ("index.html", "broken fragment \"/repo/articles/present/#no-such\": articles/present/index.html has no element with id \"no-such\""),
            ("index.html", "broken form action \"/repo/search/\""),
            ("index.html", "broken URL \"/repo/search/shards.json\""),
            ("index.html", "broken CSS url() \"/repo/images/bg-missing.png\""),
            ("old/index.html", "broken redirect \"https://news.example.org/repo/articles/renamed/\""),
            ("search-index.json", "URL \"/articles/present/\" points outside the base path /repo/"),
            ("sitemap.xml", "sitemap URL \"https://news.example.org/other/\" points outside the base path /repo/"),
        ];

        var all = string.Join('\n', report.Problems);
        foreach (var (page, problem) in expected)
        {
            Assert.True(report.Problems.Any(d => d.Path == page && d.Message.Contains(problem, StringComparison.Ordinal)), $"{page}: {problem} not found in\n{all}");
        }

        Assert.Equal(expected.Length, report.Problems.Count);
        Assert.All(report.Problems, d => Assert.Equal(Stage.Check, d.Stage));
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void Problems_carry_the_line_of_the_reference()
    {
        var report = Check(s_siteUrl);
        var absent = Assert.Single(report.Problems, d => d.Message.Contains("/repo/articles/absent/", StringComparison.Ordinal));
        Assert.Equal(16, absent.Line);
        var css = Assert.Single(report.Problems, d => d.Path == "assets/site.css");
        Assert.Equal(2, css.Line);
        var xml = Assert.Single(report.Problems, d => d.Path == "broken.xml");
        Assert.Equal(3, xml.Line);
    }

    [Fact]
    public void Without_the_host_feed_and_sitemap_urls_are_judged_by_their_path()
    {
        var report = Check(basePath: "/repo/");

        // The other host is not known to be foreign, but its path is still outside /repo/.
        Assert.Contains(report.Problems, d => d.Path == "feed.xml" && d.Message.Contains("feed URL \"https://other.example.net/story/\" points outside the base path /repo/", StringComparison.Ordinal));
        Assert.Contains(report.Problems, d => d.Path == "sitemap.xml" && d.Message.Contains("points outside the base path /repo/", StringComparison.Ordinal));

        // The canonical link and the redirect are absolute: without the host they count as external.
        Assert.DoesNotContain(report.Problems, d => d.Path == "old/index.html");
    }

    [Fact]
    public void A_missing_folder_is_one_clear_problem()
    {
        var report = SiteChecker.Check(new CheckOptions { Directory = Path.Combine(_site.Root, "nothing-here") });
        var problem = Assert.Single(report.Problems);
        Assert.Contains("does not exist", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_home_page_is_a_problem()
    {
        _site.Delete("_site/index.html");
        var report = Check(s_siteUrl);
        Assert.Contains(report.Problems, d => d.Path == "index.html" && d.Message.Contains("no home page", StringComparison.Ordinal));
    }
}
