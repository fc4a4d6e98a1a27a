using System.Globalization;
using System.Text.RegularExpressions;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Migration;
using StaticGen.Enrichment;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Build;

/// <summary>The generator a site leaves for StaticGen (<c>import --from</c>).</summary>
public enum ForeignGenerator
{
    /// <summary>A Jekyll site's folder: <c>_posts/</c>, <c>_drafts/</c>, pages with front matter, static files, <c>_config.yml</c>.</summary>
    Jekyll,

    /// <summary>A Hugo site's folder: <c>content/</c> (page bundles too) and <c>static/</c>.</summary>
    Hugo,

    /// <summary>A WordPress export (WXR, the <c>.xml</c> of Tools → Export).</summary>
    WordPress,
}

/// <summary>What <c>import --from</c> did: one entry per file, every diagnostic, and counts for the report.</summary>
public sealed record MigrationResult(ForeignGenerator From, IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int Articles, int Pages, int Copied)
{
    public bool HasErrors => Diagnostics.Any(static d => d.IsError);

    /// <summary>The report's last line: what came over, what was already there, what was left out.</summary>
    public string Summary
    {
        get
        {
            var kept = Files.Count(static f => f.Outcome == WriteOutcome.KeptEdited);
            var skipped = Files.Count(static f => f.Outcome is null);
            var problems = Diagnostics.Count(static d => !d.IsError);
            return string.Create(CultureInfo.InvariantCulture,
                $"Imported from {From}: {Articles} {Plural(Articles, "article")}, {Pages} {Plural(Pages, "page")}, {Copied} {Plural(Copied, "file")} copied; {kept} left as they were (a file was already there; import never overwrites); {skipped} skipped; {problems} {Plural(problems, "thing")} not converted (listed above, by file:line).");
        }
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}

/// <summary>
/// <c>staticgen import --from jekyll|hugo|wordpress SOURCE</c>: brings a site over as Markdown files with
/// StaticGen's front matter (<see cref="ArticleWriter.ComposeMigrated"/>). Posts are read by the build's own
/// parser (TOML, Liquid tags and shortcodes converted, each left out one reported at its line), keys are
/// mapped (categories: the first is the section, the others tags; <c>url</c>, <c>permalink</c>,
/// <c>redirect_from</c>, <c>aliases</c> and the address the old generator gave the post are aliases, so old
/// links keep working), other keys go under <c>params</c>. Images and static files are copied. Nothing that is
/// already there is overwritten.
/// </summary>
public static partial class SiteMigrator
{
    /// <summary>Files copied over as the old site published them (pictures, documents, media); code and templates are not.</summary>
    private static readonly HashSet<string> s_copied = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp", ".tif", ".tiff",
        ".pdf", ".mp3", ".mp4", ".m4a", ".ogg", ".webm", ".wav", ".zip", ".csv", ".epub",
    };

    /// <summary>The front matter keys of other generators that have a StaticGen equivalent this import maps itself.</summary>
    private static readonly HashSet<string> s_mapped = new(StringComparer.Ordinal) { "categories", "category", "url", "published", "publishDate" };

    /// <param name="site">The site the files go into.</param>
    /// <param name="from">The generator the source was made for.</param>
    /// <param name="source">The old site's folder (Jekyll, Hugo) or the export file (WordPress).</param>
    /// <param name="contentFolder">Where the Markdown files go (the site's content folder unless <c>--out</c>).</param>
    public static MigrationResult Import(SiteContext site, ForeignGenerator from, string source, string contentFolder)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(contentFolder);
        var run = new Run(site, Path.GetFullPath(contentFolder), site.StaticDirectory);
        var full = Path.GetFullPath(source);
        switch (from)
        {
            case ForeignGenerator.WordPress when ContentReader.FileExists(full):
                WordPress(run, full);
                break;
            case ForeignGenerator.WordPress:
                run.Diagnostics.Add(Diagnostic.Error(Stage.Load, site.DisplayPath(full), 0, 0, "no such file: give the WordPress export (the .xml file of Tools → Export)"));
                break;
            case var _ when !ContentReader.FolderExists(full):
                run.Diagnostics.Add(Diagnostic.Error(Stage.Load, site.DisplayPath(full), 0, 0, $"no such folder: give the {from} site's folder"));
                break;
            case ForeignGenerator.Jekyll:
                Jekyll(run, full);
                break;
            default:
                Hugo(run, full);
                break;
        }

        run.Diagnostics.Sort(Diagnostic.Order);
        return new MigrationResult(from, run.Files, run.Diagnostics, run.Articles, run.Pages, run.Copied);
    }

    /// <summary>What one import has done so far.</summary>
    private sealed class Run(SiteContext site, string content, string staticFolder)
    {
        public SiteContext Site => site;

        public string Content => content;

        public string Static => staticFolder;

        public List<ImportedFile> Files { get; } = [];

        public List<Diagnostic> Diagnostics { get; } = [];

        public int Articles { get; set; }

        public int Pages { get; set; }

        public int Copied { get; set; }

        public void Write(string display, string target, MigratedArticle article)
        {
            var path = Path.Combine(content, target);
            var shown = site.DisplayPath(path);
            var outcome = ArticleWriter.WriteIfAbsent(path, ArticleWriter.ComposeMigrated(article));
            Files.Add(new ImportedFile(display, shown, outcome, outcome switch
            {
                WriteOutcome.Written => $"wrote {shown}",
                WriteOutcome.Unchanged => $"unchanged {shown}",
                _ => $"kept {shown}: a file is already there, and import never overwrites one",
            }));
            if (outcome == WriteOutcome.KeptEdited) return;
            if (article.Type == ArticleType.Page) Pages++;
            else Articles++;
        }

        public void Copy(string display, string from, string to)
        {
            var shown = site.DisplayPath(to);
            var outcome = ArticleWriter.CopyIfAbsent(from, to);
            if (outcome == WriteOutcome.KeptEdited)
            {
                Files.Add(new ImportedFile(display, shown, outcome, $"kept {shown}: a different file is already there"));
                return;
            }

            Copied++;
        }

        public void Skip(string display, string why) => Files.Add(new ImportedFile(display, null, null, "skipped: " + why));
    }

    private static void Jekyll(Run run, string root)
    {
        var listing = ContentReader.List(root, run.Site.DisplayPath(root));
        run.Diagnostics.AddRange(listing.Diagnostics);
        var style = JekyllPermalinkStyle(run, Path.Combine(root, "_config.yml"));
        foreach (var entry in listing.Entries)
        {
            var display = run.Site.DisplayPath(entry.FullPath);
            var segments = entry.RelativePath.Split('/');
            var post = segments.Any(static s => s is "_posts" or "_drafts");
            if (segments.Any(static s => s is "_site" or "node_modules" or "vendor" or ".jekyll-cache") || (!post && segments.Any(static s => s.StartsWith('_'))))
            {
                continue; // layouts, includes, data, the built site: not content
            }

            if (entry.Kind != ContentKind.MarkdownArticle)
            {
                if (s_copied.Contains(Path.GetExtension(entry.RelativePath))) run.Copy(display, entry.FullPath, Path.Combine(run.Static, entry.RelativePath));
                else if (!entry.RelativePath.Contains('/', StringComparison.Ordinal) && Path.GetExtension(entry.RelativePath) is ".html" or ".xml") run.Skip(display, "a page of HTML and Liquid (the theme's work in StaticGen)");
                continue;
            }

            if (ContentReader.ReadText(entry.FullPath, display, entry.Stamp?.Length) is not { Text: { } text })
            {
                run.Skip(display, "not readable");
                continue;
            }

            if (!post && !text.StartsWith("---", StringComparison.Ordinal))
            {
                run.Skip(display, "no front matter, so Jekyll publishes it as a file, not a page");
                continue;
            }

            if (!post && Path.GetFileNameWithoutExtension(entry.RelativePath) == "index" && !entry.RelativePath.Contains('/', StringComparison.Ordinal))
            {
                run.Skip(display, "the home page; StaticGen makes its own");
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(entry.RelativePath);
            var target = post ? "posts/" + stem + ".md" : Path.ChangeExtension(entry.RelativePath, ".md");
            Markdown(run, display, entry.RelativePath, text, target, post ? ArticleType.Article : ArticleType.Page, segments.Contains("_drafts"), (p, categories, date, name) =>
                post ? date is { } d ? OldUrls.JekyllPost(OldUrls.JekyllPostPattern(style), d, name, categories) : null : OldUrls.JekyllPage(entry.RelativePath, style));
        }
    }

    private static void Hugo(Run run, string root)
    {
        var contentRoot = Path.Combine(root, "content");
        var listing = ContentReader.List(contentRoot, run.Site.DisplayPath(contentRoot));
        run.Diagnostics.AddRange(listing.Diagnostics);
        if (listing.Entries.Count == 0) run.Diagnostics.Add(Diagnostic.Warning(Stage.Load, run.Site.DisplayPath(contentRoot), 0, 0, "no content/ folder with files: is this a Hugo site's folder?"));
        foreach (var entry in listing.Entries)
        {
            var display = run.Site.DisplayPath(entry.FullPath);
            if (entry.Kind != ContentKind.MarkdownArticle)
            {
                // A page bundle's resources stay beside its index.md.
                run.Copy(display, entry.FullPath, Path.Combine(run.Content, entry.RelativePath));
                continue;
            }

            if (Path.GetFileNameWithoutExtension(entry.RelativePath) == "_index")
            {
                run.Skip(display, "a section's list page; StaticGen makes section pages itself");
                continue;
            }

            if (ContentReader.ReadText(entry.FullPath, display, entry.Stamp?.Length) is not { Text: { } text })
            {
                run.Skip(display, "not readable");
                continue;
            }

            var page = !entry.RelativePath.Contains('/', StringComparison.Ordinal);
            Markdown(run, display, entry.RelativePath, text, Path.ChangeExtension(entry.RelativePath, ".md"), page ? ArticleType.Page : ArticleType.Article, false,
                (p, _, _, _) => OldUrls.HugoPage(entry.RelativePath, p.Slug));
        }

        var staticRoot = Path.Combine(root, "static");
        var files = ContentReader.List(staticRoot, run.Site.DisplayPath(staticRoot));
        run.Diagnostics.AddRange(files.Diagnostics);
        foreach (var entry in files.Entries) run.Copy(run.Site.DisplayPath(entry.FullPath), entry.FullPath, Path.Combine(run.Static, entry.RelativePath));
    }

    /// <summary>
    /// One Markdown post or page of Jekyll or Hugo, read by the build's parser with unknown keys kept, mapped and written.
    /// <paramref name="oldUrl"/> gives the address the old generator published it at, from the parse, the categories,
    /// the date and the file name's slug.
    /// </summary>
    private static void Markdown(Run run, string display, string relative, string text, string target, ArticleType type, bool draft,
        Func<ParsedArticle, IReadOnlyList<string>, DateTimeOffset?, string, string?> oldUrl)
    {
        var parse = MarkdownArticleParser.Parse(display, text, UnknownKeys.Keep);
        // The notes of Liquid tags and shortcodes left out, at their lines: what the report lists.
        run.Diagnostics.AddRange(parse.Diagnostics);
        if (parse.Article is not { } p)
        {
            run.Skip(display, "its front matter cannot be read (see the error above)");
            return;
        }

        var kept = new Dictionary<string, object?>(p.Params, StringComparer.Ordinal);
        var categories = Words(Take(kept, "categories")).Concat(Words(Take(kept, "category"))).Distinct(StringComparer.Ordinal).ToList();
        var url = Take(kept, "url") as string;
        var published = Take(kept, "published");
        var publishDate = Take(kept, "publishDate") as string;
        // 'layout' names the old theme's template: every post has one, and StaticGen's layouts stand in for them all.
        kept.Remove("layout");
        foreach (var key in kept.Keys.Where(static k => MarkdownArticleParser.s_foreignKeys.ContainsKey(k) && !s_mapped.Contains(k)).ToList())
        {
            run.Diagnostics.Add(Diagnostic.Warning(Stage.Load, display, p.Positions.TryGetValue(key, out var at) ? at.Line : 0, 0,
                $"'{key}' is left out: {MarkdownArticleParser.s_foreignKeys[key]}"));
            kept.Remove(key);
        }

        var stem = Path.GetFileNameWithoutExtension(relative);
        if (stem is "index" && relative.Contains('/', StringComparison.Ordinal)) stem = Path.GetFileName(Path.GetDirectoryName(relative)!);
        var name = s_datePrefix.Replace(stem, "");
        if (name.Length == 0) name = stem;
        var date = p.Date ?? Enricher.FileNameDate(stem) ?? (publishDate is not null && DateTimeOffset.TryParse(publishDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var pd) ? pd : null);
        var slug = p.Slug is { Length: > 0 } given ? given : Slugs.Slugify(name) is { Length: > 0 } s ? s : "post";
        var newUrl = NewUrl(type, slug);

        var aliases = new List<string>();
        foreach (var alias in p.Aliases.Append(url).Append(oldUrl(p, categories, date, name)))
        {
            // A Jekyll permalink with placeholders (/:year/:title/) is filled in, as Jekyll does.
            var path = alias is not null && alias.Contains(':', StringComparison.Ordinal) && !alias.Contains("://", StringComparison.Ordinal) && date is { } d
                ? OldUrls.JekyllPost(alias, d, name, categories)
                : OldUrls.SitePath(alias);
            if (path is null || path == "/" || string.Equals(path, newUrl, StringComparison.Ordinal) || aliases.Contains(path, StringComparer.Ordinal)) continue;
            aliases.Add(path);
        }

        var article = new MigratedArticle
        {
            Title = p.Title is { Length: > 0 } title ? title : Enricher.TitleFromFileName(stem),
            Slug = slug,
            Type = type,
            Date = type == ArticleType.Page ? null : date,
            Updated = p.Updated,
            Authors = p.Authors ?? [],
            Summary = p.Summary,
            Section = type == ArticleType.Page ? null : categories.FirstOrDefault(),
            Tags = [.. (p.Tags ?? []).Concat(categories.Skip(1)).Distinct(StringComparer.Ordinal)],
            Images = p.Images ?? [],
            Draft = draft || p.Draft || published is false,
            Toc = p.Toc,
            Aliases = aliases,
            Params = kept.AsReadOnly(),
            Source = relative,
            Body = p.Markdown ?? "",
        };
        run.Write(display, target, article);
    }

    /// <summary>Site-root URLs as aliases are written (no base path): what an alias must not repeat.</summary>
    private static readonly StaticGen.Site.UrlBuilder s_rootUrls = new(new Uri("http://localhost/"));

    /// <summary>The address the article or page gets on the new site, from its root.</summary>
    private static string NewUrl(ArticleType type, string slug) => type == ArticleType.Page ? s_rootUrls.StandalonePage(slug) : s_rootUrls.Article(slug);

    /// <summary>A categories value: a list, or Jekyll's space-separated words.</summary>
    private static IEnumerable<string> Words(object? value) => value switch
    {
        string text => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IEnumerable<object?> items => items.Select(static i => Convert.ToString(i, CultureInfo.InvariantCulture)?.Trim() ?? "").Where(static i => i.Length > 0),
        _ => [],
    };

    private static object? Take(Dictionary<string, object?> values, string key) => values.Remove(key, out var value) ? value : null;

    /// <summary>Jekyll's <c>permalink:</c> of <c>_config.yml</c> (a style or a pattern), or null for the default.</summary>
    private static string? JekyllPermalinkStyle(Run run, string configFile)
    {
        if (!ContentReader.FileExists(configFile) || ContentReader.ReadText(configFile, run.Site.DisplayPath(configFile)).Text is not { } yaml) return null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("permalink"), out var node) && node is YamlScalarNode { Value: { Length: > 0 } style }
                ? style
                : null;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            run.Diagnostics.Add(Diagnostic.Warning(Stage.Load, run.Site.DisplayPath(configFile), (int)e.Start.Line, (int)e.Start.Column, "_config.yml is not valid YAML; the default permalink style (date) is assumed for old addresses"));
            return null;
        }
    }

    private static readonly Regex s_datePrefix = DatePrefix();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[-_ .]?")]
    private static partial Regex DatePrefix();
}
