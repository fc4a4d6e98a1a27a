using System.Globalization;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StaticGen.Build;

namespace StaticGen.Cli.Serve;

/// <summary>
/// <c>staticgen serve</c>'s web server: Kestrel serving a <see cref="LiveSite"/> from memory under
/// its base path (404 outside it, like GitHub Pages), a Server-Sent Events endpoint
/// (<c>BASE/__staticgen/events</c>) that tells open pages to reload, and a file watcher on
/// <c>content/</c>, <c>templates/</c> and the config that rebuilds what changed. The reload script is
/// added to HTML responses here, never to the built files. While the last rebuild failed, every
/// page is an error page naming the files and lines, until a rebuild succeeds.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    /// <summary>How long the watcher waits for more changes before it rebuilds (an editor saves a file in several writes).</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

    /// <summary>How long an event stream may go without an event before the server closes it (the browser opens a new one).</summary>
    public static readonly TimeSpan DefaultEventIdle = TimeSpan.FromMinutes(5);

    /// <summary>The most event streams open at once; more are answered 503 (a page retries on its own).</summary>
    public const int MaxEventStreams = 64;

    private const string EventsPath = "__staticgen/events";
    private readonly IReadOnlySet<string> _hosts;
    private readonly bool _anyAddress;
    private readonly TimeSpan _eventIdle;
    private static readonly FileExtensionContentTypeProvider s_types = new();
    private readonly LiveSite _site;
    private readonly CliConsole _console;
    private readonly WebApplication _app;
    private readonly List<Channel<string>> _clients = [];
    private readonly Channel<string?> _changes = Channel.CreateUnbounded<string?>();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FileSystemWatcher? _watcher;
    private Task? _loop;
    private volatile LiveBuildResult? _last;
    private int _generation;
    private readonly HashSet<Diagnostic> _printed = [];

    private DevServer(LiveSite site, CliConsole console, WebApplication app, Uri url, IPAddress address, TimeSpan eventIdle)
    {
        _site = site;
        _console = console;
        _app = app;
        Url = url;
        _eventIdle = eventIdle;
        // The names a request may give in its Host header: loopback, the address listened on, the
        // served URL's host. Any other name may be a web page that rebound its own name to this
        // machine (DNS rebinding) to read the preview, drafts included. Listening on every address
        // (0.0.0.0) also accepts this machine's name and any IP address, which no other site can take.
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "localhost", address.ToString(), url.IdnHost };
        _anyAddress = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
        if (_anyAddress)
        {
            hosts.Add(Environment.MachineName);
            hosts.Add(Environment.MachineName + ".local");
        }

        _hosts = hosts;
    }

    /// <summary>Whether a request's Host header names this server (see the constructor).</summary>
    internal bool AllowsHost(string host)
    {
        var name = host.TrimEnd('.');
        if (name.StartsWith('[') && name.EndsWith(']')) name = name[1..^1];
        if (name.Length == 0) return false;
        if (_hosts.Contains(name) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(name, out var ip) && (IPAddress.IsLoopback(ip) || _anyAddress);
    }

    /// <summary>Where the site is served, base path included (<c>http://127.0.0.1:8080/repo/</c>).</summary>
    public Uri Url { get; }

    /// <summary>How many rebuilds have finished, the first build included.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>The last rebuild's result.</summary>
    public LiveBuildResult? Last => _last;

    /// <summary>
    /// Binds <paramref name="host"/>:<paramref name="port"/> (0: any free port), builds the site for
    /// that address (or <paramref name="baseUrl"/>), starts watching, and serves.
    /// </summary>
    public static async Task<DevServer> StartAsync(BuildOptions options, string host, int port, Uri? baseUrl, CliConsole console, CancellationToken cancellationToken, TimeSpan? eventIdle = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var address = host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(host);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.SiteRoot });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(address, port));
        var app = builder.Build();
        DevServer? server = null;
        app.Run(context =>
        {
            if (server is not null) return server.HandleAsync(context);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var basePath = baseUrl?.AbsolutePath ?? SiteContext.Open(options.SiteRoot, options.ConfigPath).BasePath;
        var url = baseUrl ?? new Uri(new Uri($"http://{FormatHost(address)}:{bound.Port.ToString(CultureInfo.InvariantCulture)}/"), basePath);
        var site = new LiveSite(options with { BaseUrl = url });
        server = new DevServer(site, console, app, url, address, eventIdle ?? DefaultEventIdle);
        server.Watch(options);
        server._loop = Task.Run(server.RebuildLoopAsync, CancellationToken.None);
        await server._firstBuild.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    private static string FormatHost(IPAddress address) => address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    private void Watch(BuildOptions options)
    {
        var site = SiteContext.Open(options.SiteRoot, options.ConfigPath);
        var config = site.ConfigFile;
        // The site's own strings (i18n/) and data files (data/authors.yml) change pages as the templates do.
        var watched = new[]
        {
            Path.GetFullPath(site.ContentDirectory), Path.GetFullPath(site.TemplatesDirectory), Path.GetFullPath(site.StaticDirectory),
            Path.GetFullPath(site.I18nDirectory), Path.GetFullPath(site.DataDirectory),
        };
        _watcher = new FileSystemWatcher(site.Root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        void Changed(string path)
        {
            var full = Path.GetFullPath(path);
            if (string.Equals(full, config, StringComparison.Ordinal) || watched.Any(w => full.StartsWith(w + Path.DirectorySeparatorChar, StringComparison.Ordinal) || full == w))
            {
                _changes.Writer.TryWrite(full);
            }
        }

        _watcher.Changed += (_, e) => Changed(e.FullPath);
        _watcher.Created += (_, e) => Changed(e.FullPath);
        _watcher.Deleted += (_, e) => Changed(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        // Too many changes at once (a git checkout): rebuild, with every file checked by its stamp.
        _watcher.Error += (_, _) => _changes.Writer.TryWrite(null);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Asks for a rebuild, as a change the watcher saw would (tests, and editors the watcher misses).</summary>
    public void RequestRebuild(string? changedPath = null) => _changes.Writer.TryWrite(changedPath);

    /// <summary>Rebuilds one at a time: the first build, then after each burst of changes.</summary>
    private async Task RebuildLoopAsync()
    {
        Rebuild(null);
        _firstBuild.TrySetResult();
        var reader = _changes.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                await Task.Delay(Debounce, _stop.Token).ConfigureAwait(false);
                var paths = new HashSet<string>(StringComparer.Ordinal);
                var unknown = false;
                while (reader.TryRead(out var path))
                {
                    if (path is null) unknown = true;
                    else paths.Add(path);
                }

                // Changes the watcher could not name (it overflowed): read everything again.
                Rebuild(unknown ? null : paths);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Rebuild(IReadOnlyCollection<string>? paths)
    {
        var before = _last;
        LiveBuildResult result;
        try
        {
            result = _site.Rebuild(paths, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        _last = result;
        Interlocked.Increment(ref _generation);
        // Each warning is printed once, when it first appears, not again at every rebuild.
        var fresh = result.Diagnostics.Where(d => d.IsError || _printed.Add(d)).ToList();
        if (result.Succeeded)
        {
            _console.Diagnostics(fresh);
            _console.Info(string.Create(CultureInfo.InvariantCulture,
                $"{(before is null ? "Built" : "Rebuilt")} in {result.Elapsed.TotalMilliseconds:0} ms: {result.UnitsMade} pages and files made, {result.UnitsKept} unchanged, {Report.Count(result.ChangedFiles.Count, "file")} changed, {Report.Count(result.Diagnostics.Count(static d => !d.IsError), "warning")}."));
        }
        else
        {
            _console.Diagnostics(fresh);
            _console.Failure(string.Create(CultureInfo.InvariantCulture,
                $"Build failed with {Report.Count(result.Diagnostics.Count(static d => d.IsError), "error")}; the browser shows {(result.Diagnostics.Count(static d => d.IsError) == 1 ? "it" : "them")} until you fix {(result.Diagnostics.Count(static d => d.IsError) == 1 ? "it" : "them")}."));
        }

        // Open pages reload when what they show may have changed: new files, or an error shown or gone.
        if (before is not null && (!result.Succeeded || !before.Succeeded || result.ChangedFiles.Count > 0)) Broadcast("reload");
    }

    private void Broadcast(string name)
    {
        lock (_clients)
        {
            foreach (var client in _clients) client.Writer.TryWrite(name);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!AllowsHost(request.Host.Host))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("staticgen serve answers only requests for this machine (localhost, or the --host and --base-url given); another name in the Host header may be a web page reaching in.\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.PathBase + request.Path;
        var pathText = Uri.UnescapeDataString(path.Value ?? "/");
        var basePath = _site.BasePath;
        if (!pathText.StartsWith(basePath, StringComparison.Ordinal))
        {
            // Like GitHub Pages: nothing is served outside the base path, but say where the site is.
            if (pathText == basePath.TrimEnd('/'))
            {
                response.Redirect(basePath);
                return;
            }

            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(Page("Not found", $"<p>This server serves the site under <a href=\"{WebUtility.HtmlEncode(basePath)}\">{WebUtility.HtmlEncode(basePath)}</a>.</p>"), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var relative = pathText[basePath.Length..];
        if (relative == EventsPath)
        {
            await EventsAsync(context).ConfigureAwait(false);
            return;
        }

        if (_last is { Succeeded: false } failed && (relative.Length == 0 || relative.EndsWith('/') || relative.EndsWith(".html", StringComparison.Ordinal)))
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            await response.WriteAsync(ErrorPage(failed), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (!_site.TryGetFile(file, out var content))
        {
            if (!relative.EndsWith('/') && _site.TryGetFile(relative + "/index.html", out _))
            {
                // A folder without its slash: like static hosts, redirect to it.
                response.Redirect(path.Value + "/" + request.QueryString);
                return;
            }

            response.StatusCode = StatusCodes.Status404NotFound;
            file = "404.html";
            if (!_site.TryGetFile(file, out content)) return;
        }

        response.ContentType = s_types.TryGetContentType(file, out var type) ? type + (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) ? "; charset=utf-8" : "") : "application/octet-stream";
        response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal)) content = WithReloadScript(content, basePath);
        response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(request.Method)) await response.Body.WriteAsync(content, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Server-Sent Events: a <c>reload</c> event whenever a rebuild changed what pages show.</summary>
    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        var channel = Channel.CreateUnbounded<string>();
        lock (_clients)
        {
            if (_clients.Count >= MaxEventStreams)
            {
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            _clients.Add(channel);
        }

        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        try
        {
            if (HttpMethods.IsHead(context.Request.Method)) return;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stop.Token);
            await response.WriteAsync(": connected\n\n", stop.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
            while (true)
            {
                // A stream with no event for a while is closed: a client that went away without a word
                // does not hold it for ever, and a page that is still open simply opens a new one.
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                idle.CancelAfter(_eventIdle);
                if (!await channel.Reader.WaitToReadAsync(idle.Token).ConfigureAwait(false)) break;
                while (channel.Reader.TryRead(out var name))
                {
                    await response.WriteAsync($"event: {name}\ndata: {Generation.ToString(CultureInfo.InvariantCulture)}\n\n", stop.Token).ConfigureAwait(false);
                }

                await response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            lock (_clients) _clients.Remove(channel);
        }
    }

    /// <summary>The page with the live-reload script before <c>&lt;/body&gt;</c> (or at its end).</summary>
    internal static byte[] WithReloadScript(byte[] html, string basePath)
    {
        var script = Encoding.UTF8.GetBytes(ReloadScript(basePath));
        var end = html.AsSpan().LastIndexOf("</body>"u8);
        if (end < 0) end = html.Length;
        var result = new byte[html.Length + script.Length];
        html.AsSpan(0, end).CopyTo(result);
        script.CopyTo(result.AsSpan(end));
        html.AsSpan(end).CopyTo(result.AsSpan(end + script.Length));
        return result;
    }

    private static string ReloadScript(string basePath) =>
        "<script data-staticgen-live-reload>(function(){var s=new EventSource(\"" + System.Text.Json.JsonEncodedText.Encode(basePath + EventsPath).Value +
        "\");s.addEventListener('reload',function(){location.reload();});})();</script>";

    private string ErrorPage(LiveBuildResult failed)
    {
        var list = new StringBuilder();
        foreach (var d in failed.Diagnostics.Where(static d => d.IsError))
        {
            list.Append("<li><code>").Append(WebUtility.HtmlEncode(d.ToString())).Append("</code></li>\n");
        }

        return Page("Build failed", $"<p>The site could not be built. Fix the file and save: this page reloads by itself.</p>\n<ul>\n{list}</ul>" + ReloadScript(_site.BasePath));
    }

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{WebUtility.HtmlEncode(title)} — staticgen serve</title>\n" +
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{white-space:pre-wrap;color:#a00}</style>\n" +
        $"</head>\n<body>\n<h1>{WebUtility.HtmlEncode(title)}</h1>\n{body}\n</body>\n</html>\n";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        if (_loop is not null) await _loop.ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }
}
