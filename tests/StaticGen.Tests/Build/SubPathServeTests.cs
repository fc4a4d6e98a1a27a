using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// A site built for a GitHub Pages project URL, served under that sub-path by a real HTTP server
/// on 127.0.0.1 that 404s everything outside it, and crawled like a visitor: nothing is broken.
/// </summary>
public sealed class SubPathServeTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Quayside Courier
        description: Harbour news from the north.
        baseUrl: https://news.example.org/
        pageSize: 2
        -- content/harbour.md --
        ---
        title: Harbour board approves a second quay
        date: 2024-04-10
        tags: [Harbour Board, Quays]
        countries: [Norway]
        images:
          - src: pics/quay view.jpg
            caption: The old quay at dawn.
            credit: Dock Photo Club
        ---
        The harbour board voted on Monday to build a second quay for the ferries.

        ## Details

        Work starts in the autumn, the board said.
        -- content/notes.md --
        ---
        title: Notes from the quayside
        date: 2024-04-12
        tags: [Quays]
        countries: [Denmark]
        aliases: [/2019/old-notes/, /legacy-notes.html]
        ---
        Read [the board's decision](/articles/harbour-board-approves-a-second-quay/), the
        [same story by file](harbour.md), or [the details](harbour.md#details) and [ours](#more).

        ![The quay from the water](<pics/quay view.jpg>)

        ## More

        A ferry captain told us the quay was overdue.
        -- content/ferry.txt --
        Ferry crews ask for longer rest breaks

        Ferry crews ask for longer rest breaks

        Crews on the night ferries between Bergen and Aarhus asked the operator on Friday for longer breaks between crossings.

        The operator said it would answer within a month. The union welcomed the promise.
        -- content/winter.md --
        ---
        title: Winter timetable published
        date: 2024-04-01
        tags: [Timetables]
        ---
        The winter timetable has fewer sailings on Sundays.
        """);

    public SubPathServeTests()
    {
        _site.WriteBytes("content/pics/quay view.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Starts the server first (its port is part of the URL), then builds the site for that URL.</summary>
    private StaticFileServer ServeBuild()
    {
        var server = new StaticFileServer(_site.Output, "/repo/");
        try
        {
            _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, BaseUrl = server.SiteUrl });
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    [Fact]
    public async Task Every_page_crawled_under_the_sub_path_answers_200_and_every_fragment_exists()
    {
        using var server = ServeBuild();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var crawler = new SiteCrawler(client, server.SiteUrl);

        // robots.txt leads to the sitemap; the search manifest and its chunks are read by script (which
        // makes the chunk URLs as below); aliases are linked from nowhere, as old URLs are.
        await crawler.CrawlAsync([
            new Uri(server.SiteUrl, "robots.txt"),
            new Uri(server.SiteUrl, "search/index.json"),
            .. SearchChunks(server.SiteUrl),
            new Uri(server.SiteUrl, "2019/old-notes/"),
            new Uri(server.SiteUrl, "2019/old-notes"),
            new Uri(server.SiteUrl, "legacy-notes.html")]);

        Assert.True(crawler.Failures.Count == 0, string.Join("\n", crawler.Failures));
        Assert.All(crawler.Fetched.Keys, url => Assert.StartsWith(server.SiteUrl.AbsoluteUri, url.AbsoluteUri, StringComparison.Ordinal));

        // The crawl reached every page of the output, and the feeds, sitemap, search index and images.
        var unreached = _site.OutputFiles()
            .Where(f => f is not (".nojekyll" or ".staticgen" or "404.html" or "assets/flags/LICENSE.txt"))
            .Select(f => new Uri(server.SiteUrl, f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))
            .Where(u => !crawler.Fetched.ContainsKey(new Uri(Uri.UnescapeDataString(u.AbsoluteUri))) && !crawler.Fetched.ContainsKey(u))
            .ToList();
        Assert.Empty(unreached);
        Assert.True(crawler.Pages >= 10, $"only {crawler.Pages} pages crawled");
    }

    [Fact]
    public async Task The_404_page_works_at_any_depth_under_the_sub_path()
    {
        using var server = ServeBuild();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var crawler = new SiteCrawler(client, server.SiteUrl);

        var body = await crawler.FetchMissingAsync(new Uri(server.SiteUrl, "no/such/deep/page/"));

        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        Assert.True(crawler.Failures.Count == 0, string.Join("\n", crawler.Failures));
        Assert.Contains(new Uri(server.SiteUrl, "assets/css/site.css"), crawler.Fetched.Keys);
        Assert.Contains(server.SiteUrl, crawler.Fetched.Keys);
    }

    [Fact]
    public async Task Alias_urls_redirect_to_the_article_under_the_sub_path()
    {
        using var server = ServeBuild();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var target = new Uri(server.SiteUrl, "articles/notes-from-the-quayside/");

        foreach (var alias in new[] { "2019/old-notes/", "legacy-notes.html" })
        {
            var html = await client.GetStringAsync(new Uri(server.SiteUrl, alias));
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            Assert.Equal(target.AbsoluteUri, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal($"0; url={target.AbsoluteUri}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(target)).StatusCode);
        }
    }

    /// <summary>The chunk files of the search index, named as search.js names them from the manifest.</summary>
    private IEnumerable<Uri> SearchChunks(Uri siteUrl)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(_site.Text("search/index.json"));
        var root = manifest.RootElement;
        var shards = root.GetProperty("shards").GetArrayLength();
        var chunks = (root.GetProperty("docs").GetInt32() + root.GetProperty("chunk").GetInt32() - 1) / root.GetProperty("chunk").GetInt32();
        var terms = root.GetProperty("terms_path").GetString();
        var docs = root.GetProperty("docs_path").GetString();
        return [
            .. Enumerable.Range(0, shards).Select(i => new Uri(siteUrl, $"search/{terms}{i}.json")),
            .. Enumerable.Range(0, chunks).Select(i => new Uri(siteUrl, $"search/{docs}{i}.json")),
        ];
    }
}
