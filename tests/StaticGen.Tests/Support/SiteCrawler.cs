using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace StaticGen.Tests.Support;

/// <summary>
/// Crawls a served site over HTTP from its URL, like a visitor and a feed reader would: follows
/// every link, image, stylesheet, script, form action and redirect of HTML pages, every
/// <c>url()</c> of stylesheets, every URL of feeds, sitemaps and JSON files, and records each
/// request that does not answer 200 and each <c>#fragment</c> that names no id of its page.
/// URLs on other hosts are counted, never fetched.
/// </summary>
public sealed partial class SiteCrawler(HttpClient client, Uri siteUrl)
{
    private static readonly HtmlParser s_parser = new();
    private readonly Dictionary<Uri, int> _status = [];
    private readonly Dictionary<Uri, HashSet<string>> _ids = [];
    private readonly List<(Uri From, Uri To)> _fragments = [];
    private readonly List<string> _failures = [];
    private readonly Queue<(Uri Url, Uri? From)> _queue = new();

    /// <summary>Every URL fetched, with its status.</summary>
    public IReadOnlyDictionary<Uri, int> Fetched => _status;

    /// <summary>HTML pages fetched with status 200.</summary>
    public int Pages { get; private set; }

    /// <summary>URLs on other hosts that were seen and not fetched.</summary>
    public HashSet<string> External { get; } = new(StringComparer.Ordinal);

    /// <summary>One line per problem: <c>from → url: what went wrong</c>.</summary>
    public IReadOnlyList<string> Failures => _failures;

    public async Task CrawlAsync(params Uri[] seeds)
    {
        Enqueue(siteUrl, null);
        foreach (var seed in seeds) Enqueue(seed, null);
        while (_queue.Count > 0)
        {
            var (url, from) = _queue.Dequeue();
            await FetchAsync(url, from);
        }

        foreach (var (from, to) in _fragments)
        {
            var page = new Uri(to.GetLeftPart(UriPartial.Query));
            var id = Uri.UnescapeDataString(to.Fragment[1..]);
            if (_ids.TryGetValue(page, out var ids) && !ids.Contains(id)) _failures.Add($"{from} → {to}: no element with id '{id}'");
        }
    }

    /// <summary>Fetches a URL that must answer 404 (a missing page) and crawls the links of the page served for it.</summary>
    public async Task<string> FetchMissingAsync(Uri url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        _status[url] = 404;
        if (response.Content.Headers.ContentType?.MediaType == "text/html") _ids[url] = Html(url, body);
        while (_queue.Count > 0)
        {
            var (next, from) = _queue.Dequeue();
            await FetchAsync(next, from);
        }

        return body;
    }

    private void Enqueue(Uri url, Uri? from)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return;
        if (!string.Equals(url.GetLeftPart(UriPartial.Authority), siteUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            External.Add(url.AbsoluteUri);
            return;
        }

        if (url.Fragment.Length > 1 && from is not null) _fragments.Add((from, url));
        var page = new Uri(url.GetLeftPart(UriPartial.Query));
        if (_status.ContainsKey(page)) return;
        _status[page] = 0;
        _queue.Enqueue((page, from));
    }

    private async Task FetchAsync(Uri url, Uri? from)
    {
        using var response = await client.GetAsync(url);
        var status = (int)response.StatusCode;
        _status[url] = status;
        if (status != 200)
        {
            _failures.Add($"{from?.ToString() ?? "(seed)"} → {url}: HTTP {status}");
            return;
        }

        // After a redirect (dir → dir/) relative links resolve against the final URL.
        var final = response.RequestMessage?.RequestUri ?? url;
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var text = await response.Content.ReadAsStringAsync();
        switch (type)
        {
            case "text/html":
                Pages++;
                var ids = Html(final, text);
                _ids[url] = ids;
                _ids[final] = ids;
                break;
            case "text/css":
                foreach (Match m in CssUrl().Matches(text)) Add(final, m.Groups[1].Value);
                break;
            case "application/xml":
                foreach (var element in XDocument.Parse(text).Descendants())
                {
                    if ((string?)element.Attribute("href") is { } href) Add(final, href);
                    if (element.Name.LocalName is "loc" or "link" or "guid" && !element.HasElements && element.Value.Trim().Length > 0) Add(final, element.Value.Trim());
                }

                break;
            case "application/json":
                using (var json = JsonDocument.Parse(text))
                {
                    foreach (var value in Strings(json.RootElement))
                    {
                        if (value.StartsWith('/') || value.StartsWith("http", StringComparison.Ordinal)) Add(final, value);
                    }
                }

                break;
            case "text/plain":
                foreach (var line in text.Split('\n'))
                {
                    if (line.StartsWith("Sitemap:", StringComparison.Ordinal)) Add(final, line["Sitemap:".Length..].Trim());
                }

                break;
        }
    }

    private HashSet<string> Html(Uri page, string text)
    {
        var document = s_parser.ParseDocument(text);
        foreach (var element in document.QuerySelectorAll("a[href], area[href], link[href]"))
        {
            if (element.GetAttribute("rel") is "preconnect" or "dns-prefetch") continue;
            Add(page, element.GetAttribute("href")!);
        }

        foreach (var element in document.QuerySelectorAll("img[src], script[src], source[src], iframe[src], video[src], audio[src]")) Add(page, element.GetAttribute("src")!);
        foreach (var element in document.QuerySelectorAll("[srcset]"))
        {
            foreach (var candidate in element.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) Add(page, candidate.Split(' ')[0]);
        }

        foreach (var form in document.QuerySelectorAll("form[action]")) Add(page, form.GetAttribute("action")!);
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv=refresh]"))
        {
            var content = meta.GetAttribute("content") ?? "";
            var at = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            if (at >= 0) Add(page, content[(at + 4)..].Trim());
        }

        foreach (var style in document.QuerySelectorAll("style, [style]"))
        {
            foreach (Match m in CssUrl().Matches(style.LocalName == "style" ? style.TextContent : style.GetAttribute("style")!)) Add(page, m.Groups[1].Value);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]")) ids.Add(element.Id!);
        foreach (var element in document.QuerySelectorAll("a[name]")) ids.Add(element.GetAttribute("name")!);
        return ids;
    }

    private void Add(Uri from, string link)
    {
        if (link.Length == 0 || link.StartsWith("data:", StringComparison.Ordinal)) return;
        if (Uri.TryCreate(from, link, out var url)) Enqueue(url, from);
        else _failures.Add($"{from} → {link}: not a URL");
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [GeneratedRegex(@"url\(\s*[""']?([^""')]+)[""']?\s*\)")]
    private static partial Regex CssUrl();
}
