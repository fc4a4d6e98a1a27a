using System.Net;
using System.Net.Sockets;

namespace StaticGen.Tests.Support;

/// <summary>
/// A tiny static file server on 127.0.0.1 that serves a folder under a base path the way GitHub
/// Pages serves a project site: everything outside the base path is a 404; <c>dir</c> redirects to
/// <c>dir/</c>; <c>dir/</c> serves <c>dir/index.html</c>; <c>x</c> serves <c>x.html</c>; a missing
/// file gets the site's <c>404.html</c> with status 404. Paths are case-sensitive.
/// </summary>
public sealed class StaticFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    public StaticFileServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                _listener.Start();
                Origin = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // The port was taken between probing and listening: try another.
                _listener.Prefixes.Clear();
            }
        }

        _loop = Task.Run(ServeAsync);
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Origin { get; }

    /// <summary>The site's URL: the origin and the base path.</summary>
    public Uri SiteUrl => new(Origin, _basePath);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await RespondAsync(context);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The client went away.
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        var path = context.Request.Url!.AbsolutePath;
        if (path + "/" == _basePath)
        {
            Redirect(response, _basePath);
            return;
        }

        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            await SendAsync(response, 404, "text/plain", "Not under the base path"u8.ToArray());
            return;
        }

        var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != _root)
        {
            await SendAsync(response, 404, "text/plain", "Outside the site"u8.ToArray());
            return;
        }

        if (relative.Length == 0 || relative.EndsWith('/')) full = Path.Combine(full, "index.html");
        else if (Directory.Exists(full))
        {
            Redirect(response, path + "/");
            return;
        }
        else if (!File.Exists(full) && File.Exists(full + ".html")) full += ".html";

        if (File.Exists(full))
        {
            await SendAsync(response, 200, ContentType(full), await File.ReadAllBytesAsync(full));
            return;
        }

        var notFound = Path.Combine(_root, "404.html");
        await SendAsync(response, 404, "text/html; charset=utf-8", File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : "Not found"u8.ToArray());
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 301;
        response.RedirectLocation = location;
    }

    private static async Task SendAsync(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
