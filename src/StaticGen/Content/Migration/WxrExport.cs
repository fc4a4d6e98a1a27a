using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace StaticGen.Content.Migration;

/// <summary>A category or tag of a WordPress item: its name and its slug (<c>nicename</c>).</summary>
public sealed record WxrTerm(string Name, string Slug);

/// <summary>One <c>&lt;item&gt;</c> of a WordPress export: a post, a page or an attachment.</summary>
public sealed record WxrItem
{
    /// <summary>The line of the item's <c>&lt;item&gt;</c> tag in the export.</summary>
    public required int Line { get; init; }

    public required string PostType { get; init; }

    public required string Status { get; init; }

    public string Title { get; init; } = "";

    /// <summary>The item's address on the old site (<c>&lt;link&gt;</c>).</summary>
    public string? Link { get; init; }

    /// <summary>The slug (<c>wp:post_name</c>).</summary>
    public string? Name { get; init; }

    public string? Id { get; init; }

    public string? ParentId { get; init; }

    /// <summary>The author's login (<c>dc:creator</c>).</summary>
    public string? Creator { get; init; }

    public DateTimeOffset? Date { get; init; }

    public DateTimeOffset? Modified { get; init; }

    /// <summary>The body, HTML (<c>content:encoded</c>).</summary>
    public string Content { get; init; } = "";

    /// <summary>The export line the body's first line is on.</summary>
    public int ContentLine { get; init; }

    public string? Excerpt { get; init; }

    public IReadOnlyList<WxrTerm> Categories { get; init; } = [];

    public IReadOnlyList<WxrTerm> Tags { get; init; } = [];

    /// <summary>For an attachment: the file's address.</summary>
    public string? AttachmentUrl { get; init; }

    /// <summary>The post's custom fields (<c>wp:postmeta</c>), such as <c>_thumbnail_id</c>.</summary>
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>A WordPress export (WXR): the old site's address, its authors (login → display name) and its items.</summary>
public sealed record WxrExport(string? SiteUrl, IReadOnlyDictionary<string, string> Authors, IReadOnlyList<WxrItem> Items)
{
    /// <summary>
    /// Reads a WXR file (WordPress's Tools → Export, any version of its <c>wp:</c> namespace). Pure; a file that
    /// is not XML, or not an RSS export, is an error naming its line. No DTD is read and nothing is fetched.
    /// </summary>
    public static (WxrExport? Export, IReadOnlyList<Diagnostic> Diagnostics) Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return (null, [Diagnostic.Error(Stage.Load, path, e.LineNumber, e.LinePosition, $"the WordPress export is not valid XML: {e.Message}")]);
        }

        var channel = document.Root?.Element("channel");
        if (document.Root?.Name.LocalName != "rss" || channel is null)
        {
            return (null, [Diagnostic.Error(Stage.Load, path, 1, 1, "this is not a WordPress export (WXR): expected <rss> with a <channel>; export one with WordPress's Tools → Export")]);
        }

        var authors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var author in Wp(channel, "author"))
        {
            if (Text(author, IsWp, "author_login") is { Length: > 0 } login)
            {
                authors[login] = Text(author, IsWp, "author_display_name") is { Length: > 0 } shown ? shown : login;
            }
        }

        var items = new List<WxrItem>();
        foreach (var item in channel.Elements("item"))
        {
            var content = item.Elements().FirstOrDefault(static e => e.Name.LocalName == "encoded" && e.Name.NamespaceName.StartsWith("http://purl.org/rss/1.0/modules/content", StringComparison.Ordinal));
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var m in Wp(item, "postmeta"))
            {
                if (Text(m, IsWp, "meta_key") is { Length: > 0 } key) meta[key] = Text(m, IsWp, "meta_value") ?? "";
            }

            items.Add(new WxrItem
            {
                Line = LineOf(item),
                PostType = Text(item, IsWp, "post_type") ?? "post",
                Status = Text(item, IsWp, "status") ?? "publish",
                Title = item.Element("title")?.Value.Trim() ?? "",
                Link = item.Element("link")?.Value.Trim(),
                Name = Text(item, IsWp, "post_name"),
                Id = Text(item, IsWp, "post_id"),
                ParentId = Text(item, IsWp, "post_parent"),
                Creator = Text(item, static n => n.NamespaceName.StartsWith("http://purl.org/dc/elements", StringComparison.Ordinal), "creator"),
                Date = Date(Text(item, IsWp, "post_date_gmt")) ?? Date(Text(item, IsWp, "post_date")),
                Modified = Date(Text(item, IsWp, "post_modified_gmt")),
                Content = content?.Value ?? "",
                ContentLine = content is null ? 0 : LineOf(content),
                Excerpt = item.Elements().FirstOrDefault(static e => e.Name.LocalName == "encoded" && e.Name.NamespaceName.Contains("/excerpt", StringComparison.Ordinal))?.Value.Trim() is { Length: > 0 } excerpt ? excerpt : null,
                Categories = Terms(item, "category"),
                Tags = Terms(item, "post_tag"),
                AttachmentUrl = Text(item, IsWp, "attachment_url"),
                Meta = meta,
            });
        }

        return (new WxrExport(Text(channel, IsWp, "base_blog_url") ?? channel.Element("link")?.Value.Trim(), authors, items), []);
    }

    private static bool IsWp(XName name) => name.NamespaceName.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal) && !name.NamespaceName.Contains("/excerpt", StringComparison.Ordinal);

    private static IEnumerable<XElement> Wp(XElement parent, string local) => parent.Elements().Where(e => e.Name.LocalName == local && IsWp(e.Name));

    private static string? Text(XElement parent, Func<XName, bool> ns, string local) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == local && ns(e.Name))?.Value.Trim();

    private static int LineOf(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static List<WxrTerm> Terms(XElement item, string domain) =>
        [.. item.Elements("category").Where(c => (string?)c.Attribute("domain") == domain && c.Value.Trim().Length > 0)
            .Select(static c => new WxrTerm(System.Net.WebUtility.HtmlDecode(c.Value.Trim()), (string?)c.Attribute("nicename") ?? Slugs.Slugify(c.Value)))];

    /// <summary>
    /// WordPress writes <c>2024-03-05 14:30:00</c>; <c>0000-00-00 00:00:00</c> means none (a draft). The GMT date is
    /// read first; the site-local one, when it is the only one, is taken as UTC (the export does not say its zone).
    /// </summary>
    private static DateTimeOffset? Date(string? text) =>
        text is { Length: > 0 } && !text.StartsWith("0000", StringComparison.Ordinal)
        && DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Unspecified), TimeSpan.Zero)
            : null;
}
