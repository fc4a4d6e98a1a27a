using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticGen.Checking;

/// <summary>What a reference in a built file is, for the message that names it.</summary>
public enum ReferenceKind
{
    /// <summary><c>a href</c>, <c>area href</c>, and other links to pages.</summary>
    Link,

    /// <summary><c>img src</c>, <c>srcset</c>, icons.</summary>
    Image,

    /// <summary><c>link rel=stylesheet</c>, <c>@import</c>, <c>xml-stylesheet</c>.</summary>
    Stylesheet,

    /// <summary><c>script src</c>.</summary>
    Script,

    /// <summary><c>video</c>, <c>audio</c>, <c>source</c>, <c>track</c>, <c>iframe</c>, <c>embed</c>, <c>object</c>.</summary>
    Media,

    /// <summary><c>form action</c>.</summary>
    FormAction,

    /// <summary>The target of <c>meta http-equiv=refresh</c> (a redirect page).</summary>
    Redirect,

    /// <summary><c>link rel=canonical</c> and <c>og:url</c>: must be on the site.</summary>
    Canonical,

    /// <summary>A <c>url()</c> in CSS.</summary>
    CssUrl,

    /// <summary>A URL in a feed (RSS, Atom, JSON Feed): must be on the site.</summary>
    FeedUrl,

    /// <summary>A <c>loc</c> of a sitemap, or the <c>Sitemap:</c> line of robots.txt: must be on the site.</summary>
    SitemapUrl,

    /// <summary>A site path in a JSON file such as the search index: must be on the site.</summary>
    DataUrl,
}

/// <summary>A URL written in a built file, where it was written, and whether it must point into the site.</summary>
public sealed record Reference(ReferenceKind Kind, string Url, int Line, int Column)
{
    /// <summary>Feed, sitemap, canonical and data URLs describe the site itself, so they must point into it.</summary>
    public bool MustBeInside => Kind is ReferenceKind.Canonical or ReferenceKind.FeedUrl or ReferenceKind.SitemapUrl or ReferenceKind.DataUrl;
}

/// <summary>What scanning one built file found: its references, the ids it defines (HTML), and problems such as malformed XML.</summary>
public sealed record FileScan(string Path, IReadOnlyList<Reference> References, IReadOnlySet<string>? Ids, string? BaseHref, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Reads the URLs out of built files with real parsers: HTML with AngleSharp (every attribute
/// that holds a URL, inline and embedded CSS), CSS <c>url()</c> and <c>@import</c>, XML with
/// <see cref="XmlReader"/> (well-formedness, feed and sitemap URLs, <c>href</c>/<c>src</c>),
/// JSON with <see cref="Utf8JsonReader"/> (well-formedness, JSON Feed URLs, site paths), and the
/// <c>Sitemap:</c> lines of robots.txt. Pure: it is given the text.
/// </summary>
public static partial class ReferenceScanner
{
    private static readonly HtmlParserOptions s_htmlOptions = new() { IsKeepingSourceReferences = true };

    /// <summary>Scans a file by its extension; files that hold no URLs give an empty scan.</summary>
    public static FileScan Scan(string path, string text) => Extension(path) switch
    {
        ".html" or ".htm" => Html(path, text),
        ".css" => Css(path, text),
        ".xml" or ".rss" or ".atom" or ".xsl" or ".xslt" or ".svg" => Xml(path, text),
        ".json" => Json(path, text),
        _ when string.Equals(path, "robots.txt", StringComparison.Ordinal) => Robots(path, text),
        _ => new FileScan(path, [], null, null, []),
    };

    /// <summary>Whether <see cref="Scan"/> reads files with this name (the others need not be read at all).</summary>
    public static bool Reads(string path) =>
        Extension(path) is ".html" or ".htm" or ".css" or ".xml" or ".rss" or ".atom" or ".xsl" or ".xslt" or ".svg" or ".json"
        || string.Equals(path, "robots.txt", StringComparison.Ordinal);

    /// <summary>Whether a file is an HTML page, whose ids <c>#fragment</c>s may name.</summary>
    public static bool IsHtml(string path) => Extension(path) is ".html" or ".htm";

    private static string Extension(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant();

    public static FileScan Html(string path, string text)
    {
        var document = new HtmlParser(s_htmlOptions).ParseDocument(text);
        var references = new List<Reference>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? baseHref = null;
        foreach (var element in document.All)
        {
            var (line, column) = Position(element);
            void Add(ReferenceKind kind, string? url)
            {
                if (url is not null && url.Trim().Length > 0) references.Add(new Reference(kind, url.Trim(), line, column));
            }

            if (element.GetAttribute("id") is { Length: > 0 } id) ids.Add(id);
            switch (element.LocalName)
            {
                case "a":
                    if (element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
                    Add(ReferenceKind.Link, element.GetAttribute("href"));
                    break;
                case "base":
                    baseHref ??= element.GetAttribute("href");
                    break;
                case "link":
                    var rel = (element.GetAttribute("rel") ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (rel.Contains("dns-prefetch") || rel.Contains("preconnect")) break;
                    Add(
                        rel.Contains("stylesheet") ? ReferenceKind.Stylesheet
                        : rel.Contains("canonical") ? ReferenceKind.Canonical
                        : rel.Contains("icon") || rel.Contains("apple-touch-icon") ? ReferenceKind.Image
                        : ReferenceKind.Link,
                        element.GetAttribute("href"));
                    break;
                case "img":
                    Add(ReferenceKind.Image, element.GetAttribute("src"));
                    foreach (var candidate in SrcSet(element.GetAttribute("srcset"))) Add(ReferenceKind.Image, candidate);
                    break;
                case "source":
                    Add(ReferenceKind.Media, element.GetAttribute("src"));
                    foreach (var candidate in SrcSet(element.GetAttribute("srcset"))) Add(ReferenceKind.Image, candidate);
                    break;
                case "script":
                    Add(ReferenceKind.Script, element.GetAttribute("src"));
                    break;
                case "video":
                    Add(ReferenceKind.Media, element.GetAttribute("src"));
                    Add(ReferenceKind.Image, element.GetAttribute("poster"));
                    break;
                case "audio" or "track" or "iframe" or "embed":
                    Add(ReferenceKind.Media, element.GetAttribute("src"));
                    break;
                case "object":
                    Add(ReferenceKind.Media, element.GetAttribute("data"));
                    break;
                case "input" when string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase):
                    Add(ReferenceKind.Image, element.GetAttribute("src"));
                    break;
                case "form":
                    Add(ReferenceKind.FormAction, element.GetAttribute("action"));
                    break;
                case "meta":
                    if (string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                    {
                        Add(ReferenceKind.Redirect, RefreshTarget(element.GetAttribute("content")));
                    }
                    else if (string.Equals(element.GetAttribute("property"), "og:url", StringComparison.Ordinal))
                    {
                        Add(ReferenceKind.Canonical, element.GetAttribute("content"));
                    }

                    break;
                case "style":
                    references.AddRange(CssUrls(element.TextContent, line));
                    break;
                default:
                    // SVG <use>, <image> and any other element that links with href.
                    Add(ReferenceKind.Link, element.GetAttribute("href") ?? element.GetAttribute("xlink:href"));
                    break;
            }

            if (element.GetAttribute("style") is { Length: > 0 } style)
            {
                references.AddRange(CssUrls(style, line).Select(r => r with { Column = column }));
            }

            // Scripts find their data through data-* attributes (data-index="/repo/search/index.json").
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && IsSitePath(attribute.Value)) Add(ReferenceKind.DataUrl, attribute.Value);
            }
        }

        return new FileScan(path, references, ids, baseHref, []);
    }

    public static FileScan Css(string path, string text) => new(path, CssUrls(text, 1).ToList(), null, null, []);

    /// <summary>The <c>url()</c> and <c>@import</c> targets of CSS text that starts at <paramref name="firstLine"/>.</summary>
    private static IEnumerable<Reference> CssUrls(string css, int firstLine)
    {
        // Comments are blanked (newlines kept) so positions stay true and commented-out URLs are ignored.
        var text = CssComment().Replace(css, m => new string(m.Value.Select(static c => c == '\n' ? '\n' : ' ').ToArray()));
        foreach (Match m in CssUrl().Matches(text))
        {
            var url = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["c"].Value;
            if (url.Length == 0) continue;
            var (line, column) = LineColumn(text, m.Index, firstLine);
            yield return new Reference(m.Value.StartsWith('@') ? ReferenceKind.Stylesheet : ReferenceKind.CssUrl, url, line, column);
        }
    }

    public static FileScan Xml(string path, string text)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return new FileScan(path, [], null, null, [Diagnostic.Error(Stage.Check, path, e.LineNumber, e.LinePosition, $"not well-formed XML: {e.Message}")]);
        }

        var references = new List<Reference>();
        foreach (var instruction in document.Nodes().OfType<XProcessingInstruction>())
        {
            if (instruction.Target == "xml-stylesheet" && PseudoAttribute(instruction.Data, "href") is { } sheet)
            {
                references.Add(new Reference(ReferenceKind.Stylesheet, sheet, Line(instruction), Column(instruction)));
            }
        }

        XNamespace xlink = "http://www.w3.org/1999/xlink";
        foreach (var element in document.Descendants())
        {
            var (line, column) = (Line(element), Column(element));
            var name = element.Name.LocalName;
            var parent = element.Parent?.Name.LocalName;
            if (((string?)element.Attribute("href") ?? (string?)element.Attribute(xlink + "href")) is { } href)
            {
                // Atom links: self and alternate describe the site; enclosures, related and via may be anywhere.
                var rel = (string?)element.Attribute("rel");
                var describesSite = name == "link" && (rel is null or "self" or "alternate");
                references.Add(new Reference(describesSite ? ReferenceKind.FeedUrl : ReferenceKind.Link, href, line, column));
            }

            if ((string?)element.Attribute("src") is { } src) references.Add(new Reference(ReferenceKind.Media, src, line, column));
            var kind = (name, parent) switch
            {
                ("loc", "url" or "sitemap") => ReferenceKind.SitemapUrl,
                ("link", "channel" or "item") when element.Attribute("href") is null => ReferenceKind.FeedUrl,
                ("guid", "item") when (string?)element.Attribute("isPermaLink") != "false" => ReferenceKind.FeedUrl,
                _ => (ReferenceKind?)null,
            };
            if (kind is { } k && element.Value.Trim() is { Length: > 0 } value) references.Add(new Reference(k, value, line, column));
        }

        return new FileScan(path, references, null, null, []);

        static int Line(XObject o) => o is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

        static int Column(XObject o) => o is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 0;
    }

    public static FileScan Json(string path, string text)
    {
        var references = new List<Reference>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        continue;
                    case JsonTokenType.String:
                        var value = reader.GetString()!;
                        var (line, column) = LineColumn(bytes, (int)reader.TokenStartIndex);
                        if (property is "url" or "feed_url" or "home_page_url" && IsHttpUrl(value))
                        {
                            // JSON Feed: the site, the feed and each item's page.
                            references.Add(new Reference(ReferenceKind.FeedUrl, value, line, column));
                        }
                        else if (IsSitePath(value))
                        {
                            references.Add(new Reference(ReferenceKind.DataUrl, value, line, column));
                        }

                        break;
                }

                property = null;
            }
        }
        catch (JsonException e)
        {
            return new FileScan(path, references, null, null,
                [Diagnostic.Error(Stage.Check, path, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, $"not well-formed JSON: {JsonMessage(e)}")]);
        }

        return new FileScan(path, references, null, null, []);
    }

    /// <summary>The JSON reader's message without its zero-based position, which the diagnostic gives one-based.</summary>
    private static string JsonMessage(JsonException e) =>
        e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and > 0 ? e.Message[..at] : e.Message;

    public static FileScan Robots(string path, string text)
    {
        var references = new List<Reference>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("sitemap:", StringComparison.OrdinalIgnoreCase))
            {
                references.Add(new Reference(ReferenceKind.SitemapUrl, line["sitemap:".Length..].Trim(), i + 1, 1));
            }
        }

        return new FileScan(path, references, null, null, []);
    }

    /// <summary>A string of a data file that reads as a site path: <c>/…</c>, one token, not protocol-relative.</summary>
    private static bool IsSitePath(string value) =>
        value.Length > 1 && value[0] == '/' && value[1] != '/' && !value.Any(char.IsWhiteSpace);

    private static bool IsHttpUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> SrcSet(string? srcset)
    {
        if (srcset is null) yield break;
        foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var url = candidate.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0];
            yield return url;
        }
    }

    /// <summary>The URL of <c>content="0; url=…"</c>.</summary>
    private static string? RefreshTarget(string? content)
    {
        if (content is null) return null;
        var at = content.IndexOf("url", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = content[(at + 3)..].TrimStart();
        if (!rest.StartsWith('=')) return null;
        return rest[1..].Trim().Trim('\'', '"');
    }

    private static string? PseudoAttribute(string text, string name)
    {
        var m = Regex.Match(text, $@"\b{name}\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.CultureInvariant);
        return !m.Success ? null : m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
    }

    private static (int Line, int Column) Position(IElement element) =>
        element.SourceReference?.Position is { } p ? (p.Line, p.Column) : (0, 0);

    private static (int Line, int Column) LineColumn(string text, int index, int firstLine)
    {
        var line = firstLine;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static (int Line, int Column) LineColumn(byte[] bytes, int index)
    {
        var span = bytes.AsSpan(0, Math.Min(index, bytes.Length));
        var lastNewline = span.LastIndexOf((byte)'\n');
        return (span.Count((byte)'\n') + 1, index - lastNewline);
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CssComment();

    [GeneratedRegex(@"url\(\s*(?:""(?<a>[^""]*)""|'(?<b>[^']*)'|(?<c>[^)'""\s]*))\s*\)|@import\s+(?:""(?<a>[^""]*)""|'(?<b>[^']*)')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();
}
