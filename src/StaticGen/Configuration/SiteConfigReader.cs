using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Configuration;

/// <summary>The result of reading a configuration: the config (defaults where unreadable) and what went wrong.</summary>
public sealed record ConfigResult(SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where each key was written (<c>paths.output</c> → line and column), for problems found after reading.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();

    public bool HasErrors => Diagnostics.Any(static d => d.IsError);
}

/// <summary>The profiles of a masthead file (<c>data/authors.yml</c>) by name, where each name was written, and what went wrong.</summary>
public sealed record AuthorsResult(IReadOnlyDictionary<string, AuthorProfile> Authors, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where each author's name was written, by name.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>();
}

/// <summary>
/// Reads <c>site.config.yml</c>. <see cref="Parse"/> is pure; <see cref="Read"/> adds the file read.
/// Every key is bound explicitly, so a wrong type or unknown key is reported with its line and column.
/// </summary>
public static class SiteConfigReader
{
    public const string DefaultFileName = "site.config.yml";

    /// <summary>Reads the config file; a missing file gives the defaults, which is how a bare content folder builds.</summary>
    public static ConfigResult Read(string path) => ReadIfExists(path, path) ?? new ConfigResult(new SiteConfig(), []);

    /// <summary>
    /// Reads the config file at <paramref name="fullPath"/>, naming it <paramref name="displayPath"/> in
    /// diagnostics; null when there is no such file. Every command opens the config this way.
    /// </summary>
    public static ConfigResult? ReadIfExists(string fullPath, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        ArgumentNullException.ThrowIfNull(displayPath);
        return File.Exists(fullPath) ? Parse(displayPath, File.ReadAllText(fullPath)) : null;
    }

    /// <summary>The masthead file, relative to the site folder: what author pages say about each author (the same entries as <c>authors:</c>).</summary>
    public const string AuthorsFileName = "data/authors.yml";

    /// <summary>Reads <see cref="AuthorsFileName"/> in the folder <paramref name="siteRoot"/>; null when there is no such file.</summary>
    public static AuthorsResult? ReadAuthorsIfExists(string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        var fullPath = Path.Combine(siteRoot, AuthorsFileName);
        return File.Exists(fullPath) ? ParseAuthors(AuthorsFileName, File.ReadAllText(fullPath)) : null;
    }

    /// <summary>
    /// Parses a masthead file: a mapping from an author's name (as bylines write it) to <c>{role, bio, photo,
    /// links}</c>, as the config's <c>authors:</c>. Each profile remembers <paramref name="path"/>. Pure.
    /// </summary>
    public static AuthorsResult ParseAuthors(string path, string yaml)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(yaml);
        var diagnostics = new DiagnosticList();
        var y = new YamlBinder(path, Stage.Configure, diagnostics);
        var root = y.LoadMapping(yaml, "the authors file");
        var authors = root is null ? null : Authors(y, root);
        var found = authors?.ToDictionary(static p => p.Key, p => p.Value with { Source = path }, StringComparer.Ordinal)
            ?? new Dictionary<string, AuthorProfile>(StringComparer.Ordinal);
        var lines = root?.Children
            .Where(static c => c.Key is YamlScalarNode { Value: not null })
            .GroupBy(static c => ((YamlScalarNode)c.Key).Value!.Trim(), StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => new SourcePosition((int)g.First().Key.Start.Line, (int)g.First().Key.Start.Column), StringComparer.Ordinal);
        return new AuthorsResult(found, diagnostics.Sorted()) { Positions = lines ?? new Dictionary<string, SourcePosition>(StringComparer.Ordinal) };
    }

    /// <summary>
    /// The config with the masthead file's profiles put in: a name both give takes the file's entry, and a
    /// warning names the file's line (the config's entry is not used).
    /// </summary>
    public static SiteConfig WithAuthors(SiteConfig config, AuthorsResult file, DiagnosticList diagnostics)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var merged = new Dictionary<string, AuthorProfile>(config.Authors, StringComparer.Ordinal);
        foreach (var (name, profile) in file.Authors.OrderBy(static p => p.Key, StringComparer.Ordinal))
        {
            if (merged.ContainsKey(name))
            {
                var at = SourcePosition.Of(file.Positions, name);
                diagnostics.Warning(Stage.Configure, AuthorsFileName, at.Line, at.Column,
                    $"the author '{name}' is described both in {DefaultFileName} (authors:) and in {AuthorsFileName}; the entry of {AuthorsFileName} is used, remove the other");
            }

            merged[name] = profile;
        }

        return config with { Authors = merged };
    }

    /// <summary><c>frontMatter.unknown</c>: <c>warn</c> (the default) or <c>keep</c>.</summary>
    private static PageNumbering? PageNumbers(YamlBinder y, YamlNode node)
    {
        switch (y.String(node, "pageNumbers"))
        {
            case null:
                return null;
            case "fromNewest":
                return PageNumbering.FromNewest;
            case "fromOldest":
                return PageNumbering.FromOldest;
            case var other:
                y.Error(node, $"'pageNumbers' must be 'fromNewest' (the default: page 1 is the list's own URL with the newest articles) or 'fromOldest' (page 1 holds the oldest articles, so a page keeps its articles when new ones are added), got '{other}'");
                return null;
        }
    }

    private static UnknownKeys? Unknown(YamlBinder y, YamlNode node)
    {
        switch (y.String(node, "frontMatter.unknown"))
        {
            case null:
                return null;
            case "warn":
                return UnknownKeys.Warn;
            case "keep":
                return UnknownKeys.Keep;
            case var other:
                y.Error(node, $"'frontMatter.unknown' must be 'warn' (the default: an unknown key is left out with a warning) or 'keep' (kept under the article's params), got '{other}'");
                return null;
        }
    }

    public static ConfigResult Parse(string path, string yaml)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(yaml);

        var diagnostics = new DiagnosticList();
        var y = new YamlBinder(path, Stage.Configure, diagnostics);
        var config = new SiteConfig();
        var root = y.LoadMapping(yaml, "the configuration");
        if (root is null)
        {
            return new ConfigResult(config, diagnostics.Sorted());
        }

        y.Mapping(root, "", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
        {
            ["title"] = n => config = config with { Title = y.String(n, "title") ?? config.Title },
            ["description"] = n => config = config with { Description = y.String(n, "description") ?? config.Description },
            ["baseUrl"] = n => config = config with { BaseUrl = WithTrailingSlash(y.AbsoluteUrl(n, "baseUrl")) ?? config.BaseUrl },
            ["language"] = n => config = config with { Language = y.String(n, "language") ?? config.Language },
            ["author"] = n => config = config with { Author = y.String(n, "author") },
            ["pageSize"] = n => config = config with { PageSize = y.Int(n, "pageSize", 1, 1000) ?? config.PageSize },
            ["pageNumbers"] = n => config = config with { PageNumbers = PageNumbers(y, n) ?? config.PageNumbers },
            ["buildDate"] = n => config = config with { BuildDate = y.Date(n, "buildDate") },
            ["cname"] = n => config = config with { Cname = y.String(n, "cname") },
            ["params"] = n => config = config with { Params = y.Params(n, "params") ?? config.Params },
            ["menu"] = n => config = config with { Menu = Menu(y, n) ?? config.Menu },
            ["sections"] = n => config = config with { Sections = Sections(y, n) ?? config.Sections },
            ["authors"] = n => config = config with { Authors = Authors(y, n) ?? config.Authors },
            ["paths"] = n => y.Mapping(n, "paths", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["content"] = v => config = config with { Paths = config.Paths with { Content = SiteFolder(y, v, "paths.content") ?? config.Paths.Content } },
                ["templates"] = v => config = config with { Paths = config.Paths with { Templates = SiteFolder(y, v, "paths.templates") ?? config.Paths.Templates } },
                ["static"] = v => config = config with { Paths = config.Paths with { Static = SiteFolder(y, v, "paths.static") ?? config.Paths.Static } },
                ["output"] = v => config = config with { Paths = config.Paths with { Output = OutputFolder(y, v) ?? config.Paths.Output } },
            }),
            ["markdown"] = n => y.Mapping(n, "markdown", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["unsafeHtml"] = v => config = config with { Markdown = config.Markdown with { UnsafeHtml = y.Bool(v, "markdown.unsafeHtml") ?? false } },
                ["toc"] = v => config = config with { Markdown = config.Markdown with { Toc = y.Bool(v, "markdown.toc") ?? false } },
            }),
            ["frontMatter"] = n => y.Mapping(n, "frontMatter", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["unknown"] = v => config = config with { FrontMatter = config.FrontMatter with { Unknown = Unknown(y, v) ?? config.FrontMatter.Unknown } },
            }),
            ["images"] = n => y.Mapping(n, "images", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["enabled"] = v => config = config with { Images = config.Images with { Enabled = y.Bool(v, "images.enabled") ?? config.Images.Enabled } },
                ["widths"] = v => config = config with { Images = config.Images with { Widths = Widths(y, v) ?? config.Images.Widths } },
                ["avif"] = v => config = config with { Images = config.Images with { Avif = y.Bool(v, "images.avif") ?? config.Images.Avif } },
                ["webp"] = v => config = config with { Images = config.Images with { Webp = y.Bool(v, "images.webp") ?? config.Images.Webp } },
                ["quality"] = v => config = config with { Images = config.Images with { Quality = y.Int(v, "images.quality", 1, 100) ?? config.Images.Quality } },
                ["sizes"] = v => config = config with { Images = config.Images with { Sizes = y.String(v, "images.sizes") ?? config.Images.Sizes } },
                ["maxMegapixels"] = v => config = config with { Images = config.Images with { MaxMegapixels = y.Int(v, "images.maxMegapixels", 1, ImagesConfig.MegapixelsLimit) ?? config.Images.MaxMegapixels } },
                ["socialCard"] = v => config = config with { Images = config.Images with { SocialCard = y.Bool(v, "images.socialCard") ?? config.Images.SocialCard } },
                ["cacheMegabytes"] = v => config = config with { Images = config.Images with { CacheMegabytes = y.Int(v, "images.cacheMegabytes", 1, 1_000_000) ?? config.Images.CacheMegabytes } },
                ["keepCredit"] = v => config = config with { Images = config.Images with { KeepCredit = y.Bool(v, "images.keepCredit") ?? config.Images.KeepCredit } },
            }),
            ["cleanup"] = n => y.Mapping(n, "cleanup", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["boilerplate"] = v => config = config with { Cleanup = config.Cleanup with { Boilerplate = y.StringList(v, "cleanup.boilerplate") ?? [] } },
                ["replaceDefaultBoilerplate"] = v => config = config with { Cleanup = config.Cleanup with { ReplaceDefaultBoilerplate = y.Bool(v, "cleanup.replaceDefaultBoilerplate") ?? false } },
                ["remnants"] = v => config = config with { Cleanup = config.Cleanup with { Remnants = y.StringList(v, "cleanup.remnants") ?? [] } },
                ["replaceDefaultRemnants"] = v => config = config with { Cleanup = config.Cleanup with { ReplaceDefaultRemnants = y.Bool(v, "cleanup.replaceDefaultRemnants") ?? false } },
                ["replacements"] = v => config = config with { Cleanup = config.Cleanup with { Replacements = y.StringMap(v, "cleanup.replacements") ?? config.Cleanup.Replacements } },
                ["replaceDefaultReplacements"] = v => config = config with { Cleanup = config.Cleanup with { ReplaceDefaultReplacements = y.Bool(v, "cleanup.replaceDefaultReplacements") ?? false } },
            }),
            ["countries"] = n => y.Mapping(n, "countries", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["aliases"] = v => config = config with { Countries = config.Countries with { Aliases = y.StringMap(v, "countries.aliases") ?? config.Countries.Aliases } },
                ["detect"] = v => config = config with { Countries = config.Countries with { Detect = y.Bool(v, "countries.detect") ?? config.Countries.Detect } },
            }),
            ["tags"] = n => y.Mapping(n, "tags", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["detect"] = v => config = config with { Tags = config.Tags with { Detect = y.Bool(v, "tags.detect") ?? config.Tags.Detect } },
                ["max"] = v => config = config with { Tags = config.Tags with { Max = y.Int(v, "tags.max", 0, TagsConfig.Limit) ?? config.Tags.Max } },
                ["aliases"] = v => config = config with { Tags = config.Tags with { Aliases = y.StringMap(v, "tags.aliases") ?? config.Tags.Aliases } },
                ["stop"] = v => config = config with { Tags = config.Tags with { Stop = y.StringList(v, "tags.stop") ?? config.Tags.Stop } },
                ["rules"] = v => config = config with { Tags = config.Tags with { Rules = y.StringMap(v, "tags.rules") ?? config.Tags.Rules } },
            }),
            ["dates"] = n => y.Mapping(n, "dates", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["order"] = v => config = config with { Dates = config.Dates with { Order = DateOrderValue(y, v) ?? config.Dates.Order } },
            }),
            ["reader"] = n => y.Mapping(n, "reader", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["furniture"] = v => config = config with { Reader = config.Reader with { Furniture = y.StringList(v, "reader.furniture") ?? [] } },
                ["keep"] = v => config = config with { Reader = config.Reader with { Keep = y.StringList(v, "reader.keep") ?? [] } },
                ["repeatThreshold"] = v => config = config with { Reader = config.Reader with { RepeatThreshold = y.Int(v, "reader.repeatThreshold", 1, 1_000_000) ?? config.Reader.RepeatThreshold } },
                ["repeatShare"] = v => config = config with { Reader = config.Reader with { RepeatShare = y.Share(v, "reader.repeatShare", 0, 1) ?? config.Reader.RepeatShare } },
            }),
        });

        return new ConfigResult(config, diagnostics.Sorted()) { Positions = y.Positions };
    }

    /// <summary><c>images.widths</c>: a list of whole numbers of pixels, each from 16 to <see cref="ImagesConfig.MaxWidth"/>, sorted and without repeats.</summary>
    private static IReadOnlyList<int>? Widths(YamlBinder y, YamlNode node)
    {
        if (y.StringList(node, "images.widths") is not { } items) return null;
        var widths = new SortedSet<int>();
        foreach (var item in items)
        {
            if (int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var width) && width >= 16 && width <= ImagesConfig.MaxWidth) widths.Add(width);
            else y.Error(node, string.Create(CultureInfo.InvariantCulture, $"each of 'images.widths' must be a whole number of pixels from 16 to {ImagesConfig.MaxWidth}, got '{item}'"));
        }

        if (widths.Count > 0) return [.. widths];
        y.Error(node, "'images.widths' must list at least one width, such as [480, 800, 1200, 1600]");
        return null;
    }

    /// <summary>
    /// A folder StaticGen reads (<c>paths.content</c>, <c>paths.templates</c>): relative to the config
    /// file and inside its folder, because nothing outside the site folder is ever read.
    /// </summary>
    private static string? SiteFolder(YamlBinder y, YamlNode node, string key)
    {
        var value = y.String(node, key);
        if (value is null) return null;
        if (WindowsPathOnUnix(value))
        {
            y.Error(node, $"'{key}' looks like a Windows path ('{value}'); expected a folder relative to the config file, written with '/', such as {key[(key.IndexOf('.') + 1)..]}");
            return null;
        }

        if (Path.IsPathRooted(value) || value.Contains(':', StringComparison.Ordinal) || ClimbsOut(value))
        {
            y.Error(node, $"'{key}' must be a folder inside the site folder, relative to the config file (such as {key[(key.IndexOf('.') + 1)..]}); '{value}' leads outside it, and StaticGen reads nothing outside the site folder");
            return null;
        }

        return value;
    }

    /// <summary>The output folder: anywhere (a build refuses one that holds the site), but not a Windows path on another system.</summary>
    private static string? OutputFolder(YamlBinder y, YamlNode node)
    {
        var value = y.String(node, "paths.output");
        if (value is null || !WindowsPathOnUnix(value)) return value;
        y.Error(node, $"'paths.output' looks like a Windows path ('{value}'); expected a folder written with '/', such as _site or /srv/www/news");
        return null;
    }

    private static bool WindowsPathOnUnix(string value) =>
        !OperatingSystem.IsWindows() && (value.Contains('\\', StringComparison.Ordinal) || (value.Length >= 2 && char.IsAsciiLetter(value[0]) && value[1] == ':'));

    /// <summary>Whether a relative path climbs above its starting folder (<c>..</c>, <c>a/../../b</c>).</summary>
    private static bool ClimbsOut(string path)
    {
        var depth = 0;
        foreach (var part in path.Split('/', '\\'))
        {
            if (part is "" or ".") continue;
            depth += part == ".." ? -1 : 1;
            if (depth < 0) return true;
        }

        return false;
    }

    private static Uri? WithTrailingSlash(Uri? uri) =>
        uri is null || uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri.TrimEnd('/') + "/");

    /// <summary><c>menu:</c> a list of <c>{name, url}</c>; each URL a path inside the site or an absolute http(s)/mailto URL.</summary>
    private static IReadOnlyList<MenuItem>? Menu(YamlBinder y, YamlNode node) => Links(y, node, "menu", "- { name: About, url: /about/ }");

    /// <summary>
    /// <c>sections:</c> a list of <c>{slug, title, description, menu}</c>, in the order menus list them; a slug is
    /// lower case letters, digits and hyphens, as StaticGen makes it from the folder name.
    /// </summary>
    private static IReadOnlyList<SectionConfig>? Sections(YamlBinder y, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            y.Error(node, "'sections' must be a list of sections in menu order, each a mapping such as '- { slug: world, title: World }'");
            return null;
        }

        var sections = new List<SectionConfig>();
        foreach (var item in sequence.Children)
        {
            string? slug = null, title = null, description = null;
            bool? menu = null;
            y.Mapping(item, "sections", new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["slug"] = v => slug = y.String(v, "sections.slug"),
                ["title"] = v => title = y.String(v, "sections.title"),
                ["description"] = v => description = y.String(v, "sections.description"),
                ["menu"] = v => menu = y.Bool(v, "sections.menu"),
            });
            if (item is not YamlMappingNode) continue;
            if (string.IsNullOrWhiteSpace(slug))
            {
                y.Error(item, "each section of 'sections' needs a 'slug': the name of its content folder (world for content/world/)");
                continue;
            }

            slug = slug.Trim();
            if (!slug.All(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || slug.StartsWith('-') || slug.EndsWith('-'))
            {
                y.Error(item, $"section slug '{slug}' must be lower case letters, digits and hyphens, as in its URL (/world/, /middle-east/)");
                continue;
            }

            if (sections.Exists(s => s.Slug == slug))
            {
                y.Error(item, $"section '{slug}' is listed twice in 'sections'");
                continue;
            }

            sections.Add(new SectionConfig(slug) { Title = NonBlank(title), Description = NonBlank(description), Menu = menu ?? true });
        }

        return sections;
    }

    /// <summary><c>authors:</c> a mapping from an author's name (as bylines write it) to <c>{role, bio, photo, links}</c>.</summary>
    private static IReadOnlyDictionary<string, AuthorProfile>? Authors(YamlBinder y, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            y.Error(node, "'authors' must be a mapping from an author's name to what their page shows, such as 'Ada Berg: { role: Science editor }'");
            return null;
        }

        var authors = new Dictionary<string, AuthorProfile>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode { Value: { } text } ? text.Trim() : "";
            if (name.Length == 0)
            {
                y.Error(key, "each entry of 'authors' is named by the author's name as bylines write it");
                continue;
            }

            var profile = new AuthorProfile();
            y.Mapping(value, "authors." + name, new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["role"] = v => profile = profile with { Role = NonBlank(y.String(v, "authors.role")) },
                ["bio"] = v => profile = profile with { Bio = NonBlank(y.String(v, "authors.bio")) },
                ["photo"] = v => profile = profile with { Photo = Photo(y, v) },
                ["links"] = v => profile = profile with { Links = Links(y, v, "authors.links", "- { name: Mastodon, url: https://example.social/@ada }") ?? [] },
            });
            authors[name] = profile;
        }

        return authors;
    }

    /// <summary>An author's photo: a file in the content folder or an http(s) URL.</summary>
    private static string? Photo(YamlBinder y, YamlNode node)
    {
        var value = NonBlank(y.String(node, "authors.photo"));
        if (value is null) return null;
        if (value.Contains(':', StringComparison.Ordinal))
        {
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") return value;
            y.Error(node, $"'authors.photo' must be a file in the content folder (people/ada.jpg) or an http(s) URL, got '{value}'");
            return null;
        }

        if (value.StartsWith('/') || ClimbsOut(value) || value.Contains('\\', StringComparison.Ordinal))
        {
            y.Error(node, $"'authors.photo' must be a file in the content folder, written relative to it (people/ada.jpg), got '{value}'");
            return null;
        }

        return value;
    }

    /// <summary>A list of <c>{name, url}</c> links (<c>menu</c>, an author's <c>links</c>); each URL a path inside the site or an absolute http(s)/mailto URL.</summary>
    private static IReadOnlyList<MenuItem>? Links(YamlBinder y, YamlNode node, string key, string example)
    {
        if (node is not YamlSequenceNode sequence)
        {
            y.Error(node, $"'{key}' must be a list of links, each a mapping with name and url (for example '{example}')");
            return null;
        }

        var links = new List<MenuItem>();
        foreach (var item in sequence.Children)
        {
            string? name = null, url = null;
            y.Mapping(item, key, new Dictionary<string, Action<YamlNode>>(StringComparer.Ordinal)
            {
                ["name"] = v => name = y.String(v, key + ".name"),
                ["url"] = v => url = y.String(v, key + ".url"),
            });
            if (item is not YamlMappingNode) continue;
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(url))
            {
                y.Error(item, $"each link of '{key}' needs a 'name' and a 'url'");
                continue;
            }

            if (MenuUrlProblem(url.Trim()) is { } problem)
            {
                y.Error(item, $"{key} link '{name}': {problem}");
                continue;
            }

            links.Add(new MenuItem(name.Trim(), url.Trim()));
        }

        return links;
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? MenuUrlProblem(string url)
    {
        if (url.Contains(':', StringComparison.Ordinal))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
                ? null
                : $"'{url}' must be a path inside the site (/about/) or an http(s) or mailto URL";
        }

        if (!url.StartsWith('/')) return $"'{url}' must start with '/': it is a path inside the site, from its base path (/about/)";
        return url.Split('/').Any(static s => s is "..") || url.Contains('\\', StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
            ? $"'{url}' must stay inside the site (no '..', '\\' or '//')"
            : null;
    }

    /// <summary><c>dates.order</c>: <c>dmy</c>, <c>mdy</c> or <c>ymd</c>.</summary>
    private static DateOrder? DateOrderValue(YamlBinder y, YamlNode node)
    {
        var text = y.String(node, "dates.order");
        switch (text?.ToLowerInvariant())
        {
            case null: return null;
            case "mdy": return DateOrder.MonthFirst;
            case "dmy": return DateOrder.DayFirst;
            case "ymd": return DateOrder.YearFirst;
            default:
                y.Error(node, $"'dates.order' must be dmy (day first), mdy (month first) or ymd (year first), got '{text}'");
                return null;
        }
    }
}
