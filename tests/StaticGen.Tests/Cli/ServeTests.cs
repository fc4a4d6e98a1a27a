using System.Net;
using AngleSharp.Html.Parser;
using StaticGen.Build;
using StaticGen.Cli;
using StaticGen.Cli.Serve;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

/// <summary>
/// <c>staticgen serve</c> end to end: a real Kestrel server on a free loopback port, real HTTP
/// requests, a real file watcher. Waits are generous (a loaded CI machine); nothing is timed.
/// </summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(60);
    private static readonly HtmlParser s_parser = new();
    private readonly HttpClient _http = new() { Timeout = s_wait };
    private readonly StringWriter _printed = new();
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Quayside Courier
        baseUrl: https://example.org/courier/
        -- content/ferry-timetable.md --
        ---
        title: Winter ferry timetable published
        date: 2024-02-01
        tags: [Harbour Board]
        ---
        The harbour board published the winter timetable for the island ferry.
        -- content/lighthouse.md --
        ---
        title: Lighthouse keeper retires after forty years
        date: 2024-02-03
        author: Greta Holm
        ---
        The keeper of the north lighthouse handed over the keys on Saturday.
        """);

    private DevServer? _server;

    private DevServer Server => _server!;

    private string Printed
    {
        get
        {
            lock (_printed) return _printed.ToString();
        }
    }

    public async Task InitializeAsync()
    {
        var printed = TextWriter.Synchronized(_printed);
        var console = new CliConsole(printed, printed, Terminal.Redirected, Verbosity.Normal);
        _server = await DevServer.StartAsync(new BuildOptions { SiteRoot = _site.Root }, "127.0.0.1", 0, null, console, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private Uri At(string path) => new(Server.Url, path);

    private async Task<(HttpStatusCode Status, AngleSharp.Dom.IDocument Page)> Get(string path)
    {
        using var response = await _http.GetAsync(At(path));
        return (response.StatusCode, s_parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens the event stream and returns a task that completes with the first <c>reload</c> event's line.</summary>
    private async Task<Task<string>> ListenForReload()
    {
        var response = await _http.GetAsync(At("__staticgen/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        return Task.Run(async () =>
        {
            using (response)
            using (reader)
            {
                while (await reader.ReadLineAsync() is { } line)
                {
                    if (line.StartsWith("event: ", StringComparison.Ordinal)) return line;
                }

                return "";
            }
        });
    }

    [Fact]
    public async Task Serves_on_loopback_under_the_base_path_with_the_reload_script_only_when_serving()
    {
        Assert.Equal("127.0.0.1", Server.Url.Host);
        Assert.Equal("/courier/", Server.Url.AbsolutePath);

        var (status, home) = await Get("");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(home.QuerySelectorAll("a"), a => a.TextContent.Contains("Lighthouse keeper retires", StringComparison.Ordinal));
        Assert.NotNull(home.QuerySelector("script[data-staticgen-live-reload]"));
        // Links point at the server, under the base path.
        Assert.Contains(home.QuerySelectorAll("link[rel=canonical]"), l => l.GetAttribute("href") == Server.Url.AbsoluteUri);

        using var outside = await _http.GetAsync(new Uri(Server.Url, "/elsewhere/"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        var (missing, notFound) = await Get("articles/no-such-story/");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("Page not found", notFound.QuerySelector("h1")?.TextContent.Trim());

        using var css = await _http.GetAsync(At("assets/css/site.css"));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        // A build of the same site never has the script.
        _site.BuildOk();
        Assert.Null(_site.Html("index.html").QuerySelector("script[data-staticgen-live-reload]"));
    }

    [Fact]
    public async Task A_changed_article_is_served_at_once_and_open_pages_are_told_to_reload()
    {
        var (_, before) = await Get("articles/winter-ferry-timetable-published/");
        Assert.Equal("Winter ferry timetable published", before.QuerySelector("h1")?.TextContent.Trim());
        var generation = Server.Generation;

        var reload = await ListenForReload();
        _site.Write("content/ferry-timetable.md", """
            ---
            title: Winter ferry timetable published
            slug: winter-ferry-timetable-published
            date: 2024-02-01
            tags: [Harbour Board]
            ---
            The harbour board published the winter timetable; the last ferry now leaves at nine.
            """);

        Assert.Equal("event: reload", await reload.WaitAsync(s_wait));
        Assert.True(Server.Generation > generation);
        var (status, after) = await Get("articles/winter-ferry-timetable-published/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("the last ferry now leaves at nine", after.QuerySelector("article")?.TextContent ?? after.Body!.TextContent, StringComparison.Ordinal);
        // Only what depends on the article was made again: the other article's page was kept.
        Assert.True(Server.Last!.UnitsKept > 0, Printed);
        Assert.DoesNotContain("articles/lighthouse-keeper-retires-after-forty-years/index.html", Server.Last.ChangedFiles);
        Assert.Contains("articles/winter-ferry-timetable-published/index.html", Server.Last.ChangedFiles);
    }

    [Fact]
    public async Task A_broken_template_shows_an_error_page_naming_file_and_line_and_fixing_it_brings_the_page_back()
    {
        var reload = await ListenForReload();
        _site.Write("templates/partials/footer.html", "<footer>\n{{ site.no_such_setting }}\n</footer>\n");
        Assert.Equal("event: reload", await reload.WaitAsync(s_wait));

        var (status, error) = await Get("articles/lighthouse-keeper-retires-after-forty-years/");
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("Build failed", error.QuerySelector("h1")?.TextContent);
        Assert.Contains(error.QuerySelectorAll("li code"), c => c.TextContent.StartsWith("templates/partials/footer.html:2:", StringComparison.Ordinal));
        Assert.NotNull(error.QuerySelector("script[data-staticgen-live-reload]"));
        Assert.Contains("templates/partials/footer.html:2:", Printed, StringComparison.Ordinal);

        reload = await ListenForReload();
        _site.Delete("templates/partials/footer.html");
        Assert.Equal("event: reload", await reload.WaitAsync(s_wait));

        var (fixedStatus, page) = await Get("articles/lighthouse-keeper-retires-after-forty-years/");
        Assert.Equal(HttpStatusCode.OK, fixedStatus);
        Assert.Equal("Lighthouse keeper retires after forty years", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Edited_translations_and_data_files_are_served_at_once()
    {
        async Task<AngleSharp.Dom.IDocument> AfterWriting(string path, string text, string page)
        {
            var reload = await ListenForReload();
            _site.Write(path, text);
            Assert.Equal("event: reload", await reload.WaitAsync(s_wait));
            var (status, document) = await Get(page);
            Assert.Equal(HttpStatusCode.OK, status);
            return document;
        }

        // The theme's table, overridden file by file in the site's templates folder.
        var theme = FixtureSite.DefaultTemplate("i18n/en.yml").Replace("latest_news: Latest news", "latest_news: From the quays", StringComparison.Ordinal);
        var home = await AfterWriting("templates/i18n/en.yml", theme, "");
        Assert.Equal("From the quays", home.QuerySelector("h1")?.TextContent.Trim());

        // The site's own strings, key by key.
        home = await AfterWriting("i18n/en.yml", "latest_news: Harbour headlines\n", "");
        Assert.Equal("Harbour headlines", home.QuerySelector("h1")?.TextContent.Trim());

        // The masthead file.
        var author = await AfterWriting("data/authors.yml", "Greta Holm:\n  role: Coast reporter\n", "authors/greta-holm/");
        Assert.Equal("Coast reporter", author.QuerySelector(".profile__role")?.TextContent.Trim());
    }

    [Fact]
    public void The_reload_script_goes_before_the_end_of_the_body()
    {
        var page = DevServer.WithReloadScript("<html><body><p>x</p></body></html>"u8.ToArray(), "/repo/");
        var document = s_parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page));
        var script = Assert.Single(document.Body!.QuerySelectorAll("script"));
        Assert.Contains("\"/repo/__staticgen/events\"", script.TextContent, StringComparison.Ordinal);
        Assert.Equal("p", document.Body.FirstElementChild?.LocalName);
    }
}
