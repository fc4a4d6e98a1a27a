using System.Net;
using StaticGen.Build;
using StaticGen.Cli;
using StaticGen.Cli.Serve;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Hardening;

/// <summary>
/// Issue #16, rows U8 (an output folder is StaticGen's only by its own mark), U11 (chained links,
/// bidirectional controls in titles and names).
/// </summary>
public sealed class OutputAndNamesTests
{
    private const string Site = """
        -- site.config.yml --
        title: Hostile
        baseUrl: https://example.org/
        -- content/harbour.md --
        ---
        title: The harbour reopens
        date: 2024-03-01
        ---
        The harbour reopened on Monday after the storm.
        """;

    [Fact]
    public void U8_a_docs_folder_with_nojekyll_and_hand_written_pages_is_refused_and_nothing_in_it_is_lost()
    {
        using var site = FixtureSite.Parse(Site);
        var docs = Path.Combine(site.Root, "docs");
        Directory.CreateDirectory(Path.Combine(docs, "guide"));
        File.WriteAllText(Path.Combine(docs, ".nojekyll"), "");
        File.WriteAllText(Path.Combine(docs, "index.html"), "<p>hand-written home</p>");
        File.WriteAllText(Path.Combine(docs, "guide", "setup.html"), "<p>hand-written guide</p>");

        var report = SiteBuilder.Build(new BuildOptions { SiteRoot = site.Root, OutputDirectory = docs });

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Contains("was not written by StaticGen (it has no .staticgen file)", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(["./.nojekyll", "./guide/setup.html", "./index.html"],
            Directory.EnumerateFiles(docs, "*", SearchOption.AllDirectories).Select(f => "./" + Path.GetRelativePath(docs, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal("<p>hand-written home</p>", File.ReadAllText(Path.Combine(docs, "index.html")));
        // Beside it, only the build's lock file.
        Assert.Equal([".staticgen-docs.lock"], Directory.EnumerateFileSystemEntries(site.Root, ".staticgen-*").Select(Path.GetFileName));
    }

    [Fact]
    public void U8_every_build_writes_its_mark_and_a_marked_folder_or_one_the_manifest_names_is_rebuilt()
    {
        using var site = FixtureSite.Parse(Site);
        site.BuildOk();
        Assert.Equal(SiteWriter.MarkerText, site.Text(SiteWriter.MarkerFile));
        site.BuildOk();

        // An output built before the mark existed: the manifest beside it still says whose it is.
        File.Delete(Path.Combine(site.Output, SiteWriter.MarkerFile));
        site.BuildOk();
        Assert.True(site.Exists(SiteWriter.MarkerFile));

        // Without either, the folder is someone else's.
        File.Delete(BuildManifest.PathOf(site.Output));
        File.Delete(Path.Combine(site.Output, SiteWriter.MarkerFile));
        Assert.False(site.Build().Succeeded);
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));
    }

    [Fact]
    public void U11_a_chained_link_that_ends_outside_names_the_link_it_goes_through_and_where_it_ends()
    {
        if (OperatingSystem.IsWindows()) return; // Creating links needs privileges there.
        using var site = FixtureSite.Parse(Site);
        var outside = Path.Combine(site.Root, "secret.md");
        File.WriteAllText(outside, "---\ntitle: Secret outside\n---\nSECRET-TEXT\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "b.md"), "../secret.md");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "a.md"), "b.md");

        var report = site.BuildOk();

        var a = Assert.Single(report.Diagnostics, static d => d.Path == "content/a.md");
        Assert.StartsWith("the file is a link to 'b.md', itself a link, which leads on to '", a.Message, StringComparison.Ordinal);
        Assert.Contains("secret.md', outside the folder content/", a.Message, StringComparison.Ordinal);
        var b = Assert.Single(report.Diagnostics, static d => d.Path == "content/b.md");
        Assert.StartsWith("the file is a link to '../secret.md', outside the folder content/", b.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(site.OutputFiles(), f => site.Text(f).Contains("SECRET-TEXT", StringComparison.Ordinal));
        Assert.Equal(2, report.SkippedFiles);
    }

    [Fact]
    public void U11_bidirectional_controls_are_removed_from_titles_and_names_with_a_warning_and_kept_in_the_body()
    {
        using var site = FixtureSite.Parse(Site + "\n-- content/bidi.md --\n---\ntitle: \"Invoice \\u202Efdp.exe arrives\"\ndate: 2024-03-02\nauthor: [\"Ann \\u2066Lee\\u2069\"]\ntags: [\"Ferry\\u200F\"]\n---\nA body with a mark \u200F in it.\n");

        var report = site.BuildOk();

        var warnings = report.Diagnostics.Where(static d => d.Path == "content/bidi.md").ToList();
        Assert.Equal([2, 4, 5], warnings.Select(static d => d.Line).Order());
        Assert.All(warnings, static w => Assert.Contains("bidirectional control character", w.Message, StringComparison.Ordinal));
        Assert.Contains(warnings, static w => w.Message.StartsWith("the title 'Invoice \\u202Efdp.exe arrives' holds 1 bidirectional", StringComparison.Ordinal));
        Assert.Contains(warnings, static w => w.Message.StartsWith("the tag 'Ferry\\u200F' holds 1 bidirectional", StringComparison.Ordinal)); // one tag, named in the singular
        var page = site.Text(Assert.Single(site.OutputFiles(), static f => f.StartsWith("articles/invoice", StringComparison.Ordinal)));
        Assert.Contains("Invoice fdp.exe arrives", page, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', page);
        Assert.DoesNotContain('\u2066', page);
        Assert.Contains("mark \u200F in it", page, StringComparison.Ordinal);
        Assert.True(site.Exists("tags/ferry/index.html"));
    }
}

/// <summary>Issue #16, row U10: <c>serve</c> answers only this machine's names, GET and HEAD, and closes idle event streams.</summary>
public sealed class ServeHardeningTests : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Quayside Courier
        -- content/ferry.md --
        ---
        title: Winter ferry timetable published
        date: 2024-02-01
        draft: true
        ---
        The draft of the winter timetable.
        """);

    private DevServer? _server;

    public async Task InitializeAsync()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, Terminal.Redirected, Verbosity.Normal);
        _server = await DevServer.StartAsync(new BuildOptions { SiteRoot = _site.Root, IncludeDrafts = true }, "127.0.0.1", 0, null, console, CancellationToken.None, eventIdle: TimeSpan.FromSeconds(1));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Send(HttpMethod method, string path, string? host = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(_server!.Url, path));
        if (host is not null) request.Headers.Host = host;
        var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8080")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task A_host_header_naming_another_site_is_refused_without_the_page(string host)
    {
        var (status, body, _) = await Send(HttpMethod.Get, "articles/winter-ferry-timetable-published/", host);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain("ferry", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_names_are_answered(string host)
    {
        var port = _server!.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (status, body, _) = await Send(HttpMethod.Get, "articles/winter-ferry-timetable-published/", host + ":" + port);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Winter ferry timetable published", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "")]
    [InlineData("POST", "__staticgen/events")]
    [InlineData("PUT", "index.html")]
    [InlineData("DELETE", "")]
    [InlineData("OPTIONS", "")]
    public async Task Methods_other_than_get_and_head_are_405_at_once(string method, string path)
    {
        var started = DateTime.UtcNow;
        var (status, body, response) = await Send(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("", body);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Past_the_limit_of_open_event_streams_a_further_one_is_503()
    {
        // A server of its own whose streams do not close while the test opens them one by one.
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, Terminal.Redirected, Verbosity.Normal);
        await using var server = await DevServer.StartAsync(new BuildOptions { SiteRoot = _site.Root }, "127.0.0.1", 0, null, console, CancellationToken.None, eventIdle: TimeSpan.FromMinutes(10));
        var events = new Uri(server.Url, "__staticgen/events");
        var open = new List<HttpResponseMessage>();
        try
        {
            for (var i = 0; i < DevServer.MaxEventStreams; i++)
            {
                open.Add(await _http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead));
                Assert.Equal(HttpStatusCode.OK, open[^1].StatusCode);
            }

            using var refused = await _http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }
        finally
        {
            foreach (var response in open) response.Dispose();
        }
    }

    [Fact]
    public async Task An_idle_event_stream_is_closed_by_the_server()
    {
        using var response = await _http.GetAsync(new Uri(_server!.Url, "__staticgen/events"), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        // The server ends the stream after a second without events; without that this read would wait for the client's timeout.
        var rest = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("", rest.Trim());
    }
}
