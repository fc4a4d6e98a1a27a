using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Build;

/// <summary>
/// A site folder opened for work: its config (with command-line overrides applied), where its
/// folders are, and the enrichment rules built from it. Shared by <c>build</c>, <c>import</c> and
/// <c>inspect</c>, so all three read articles exactly the same way.
/// </summary>
public sealed class SiteContext
{
    private SiteContext(string root, string configFile, SiteConfig config, Func<(Enricher Enricher, Content.Reading.ReaderData Reader, IReadOnlyList<Diagnostic> Diagnostics)> enrichment, bool checksEnrichment, bool configErrors, IReadOnlyList<Diagnostic> diagnostics, string configDisplayPath, IReadOnlyDictionary<string, SourcePosition> positions)
    {
        Root = root;
        ConfigFile = configFile;
        Config = config;
        ConfigDisplayPath = configDisplayPath;
        _positions = positions;
        _make = enrichment;
        _enrichment = new(() => Task.Run(enrichment));
        _configErrors = configErrors;
        // Only country aliases and cleanup or reader patterns can be wrong in the enrichment rules: without any, nothing to wait for.
        _diagnostics = checksEnrichment ? new Lazy<IReadOnlyList<Diagnostic>>(() => [.. diagnostics, .. Enrichment.Diagnostics]) : new Lazy<IReadOnlyList<Diagnostic>>(diagnostics);
    }

    private readonly IReadOnlyDictionary<string, SourcePosition> _positions;
    private readonly bool _configErrors;

    // The country gazetteer, the detectors, the cleanup rules and the reader's word lists take a quarter of a small
    // site's build to set up, and a build that takes every article from its article cache needs none of them: they
    // are made on another core once something asks (StartEnrichment, or the first article to parse).
    private Lazy<Task<(Enricher Enricher, Content.Reading.ReaderData Reader, IReadOnlyList<Diagnostic> Diagnostics)>> _enrichment;
    private readonly Func<(Enricher Enricher, Content.Reading.ReaderData Reader, IReadOnlyList<Diagnostic> Diagnostics)> _make;
    private readonly Lazy<IReadOnlyList<Diagnostic>> _diagnostics;

    private (Enricher Enricher, Content.Reading.ReaderData Reader, IReadOnlyList<Diagnostic> Diagnostics) Enrichment => _enrichment.Value.GetAwaiter().GetResult();

    /// <summary>
    /// Starts making the enrichment rules and the reader's word lists on another core, if they are not made or
    /// being made yet: a caller that will parse articles calls it as early as it knows, so that the work overlaps
    /// its own (reading files, parsing the theme).
    /// </summary>
    public void StartEnrichment() => _ = _enrichment.Value;

    /// <summary>
    /// Lets go of the enrichment rules and the reader's word lists once every article is made (a one-off build: the
    /// gazetteer, the detectors and the reader's furniture automata take tens of megabytes that rendering does not
    /// need). Anything that asks for them later makes them again. The config's own checks are kept.
    /// </summary>
    public void ReleaseEnrichment()
    {
        if (!_enrichment.IsValueCreated) return;
        _ = _diagnostics.Value;
        _enrichment = new(() => Task.Run(_make));
    }

    /// <summary>
    /// How many other files of a pile of <paramref name="files"/> must repeat a line for it to be furniture, as
    /// <see cref="Reader"/> says, without making the reader's word lists when they are not made yet.
    /// </summary>
    public int PileThreshold(int files)
    {
        if (_enrichment.IsValueCreated) return Reader.Threshold(files);
        // The reader is the defaults when the config has errors (and then nothing is built), else the config's settings.
        var (least, share) = _configErrors
            ? (Content.Reading.ReaderData.DefaultRepetitionThreshold, Content.Reading.ReaderData.DefaultRepetitionShare)
            : (Config.Reader.RepeatThreshold, Config.Reader.RepeatShare);
        return Math.Max(least, (int)Math.Ceiling(share * files));
    }

    /// <summary>The config file, absolute (it may not exist).</summary>
    public string ConfigFile { get; }

    /// <summary>The base path the site is built for (<c>/</c>, or <c>/repo/</c>).</summary>
    public string BasePath => Config.BaseUrl.AbsolutePath;

    /// <summary>The config file as diagnostics name it (it may not exist: then every setting is a default).</summary>
    public string ConfigDisplayPath { get; }

    /// <summary>An error or warning about a config key, at the line and column where it is set (line 0 when it is not).</summary>
    public Diagnostic ConfigDiagnostic(Severity severity, string key, string message)
    {
        var at = SourcePosition.Of(_positions, key);
        return new Diagnostic(severity, Stage.Configure, ConfigDisplayPath, at.Line, at.Column, message);
    }

    /// <summary>Whether <paramref name="key"/> is set in the config file.</summary>
    public bool ConfigSets(string key) => _positions.ContainsKey(key);

    /// <summary>The site folder, absolute.</summary>
    public string Root { get; }

    public SiteConfig Config { get; }

    public Enricher Enricher => Enrichment.Enricher;

    /// <summary>The reader's word lists with the site's <c>reader:</c> settings (the defaults when they have errors).</summary>
    public Content.Reading.ReaderData Reader => Enrichment.Reader;

    /// <summary>What reading the config reported.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Value;

    public bool HasErrors => Diagnostics.Any(static d => d.IsError);

    public string ContentDirectory => Path.Combine(Root, Config.Paths.Content);

    public string TemplatesDirectory => Path.Combine(Root, Config.Paths.Templates);

    public string StaticDirectory => Path.Combine(Root, Config.Paths.Static);

    /// <summary>The site's own translations, which override the theme's key by key (<c>i18n/</c>).</summary>
    public string I18nDirectory => Path.Combine(Root, "i18n");

    /// <summary>The site's data files (<c>data/authors.yml</c>).</summary>
    public string DataDirectory => Path.Combine(Root, Path.GetDirectoryName(SiteConfigReader.AuthorsFileName)!);

    /// <summary>
    /// The files of <c>paths.static</c>, published as they are: dot-files are left out except the folder
    /// <c>.well-known/</c>, and links leading outside the folder are not followed (each a warning).
    /// </summary>
    public ContentListing StaticFiles() => ContentReader.List(StaticDirectory, DisplayPath(StaticDirectory), s_staticDotFolders);

    private static readonly IReadOnlyCollection<string> s_staticDotFolders = [".well-known"];

    /// <summary>Opens a site folder. Config errors are in <see cref="Diagnostics"/>; the context is still usable for reporting.</summary>
    /// <param name="root">The site folder.</param>
    /// <param name="configPath">The config file, when not the site folder's <c>site.config.yml</c>.</param>
    /// <param name="baseUrl">The base URL given on the command line, which overrides the config's.</param>
    /// <param name="lazyEnrichment">Whether to leave the enrichment rules unmade until <see cref="StartEnrichment"/> or a first use (a build that may parse no article).</param>
    public static SiteContext Open(string root, string? configPath = null, Uri? baseUrl = null, bool lazyEnrichment = false)
    {
        ArgumentNullException.ThrowIfNull(root);
        var siteRoot = Path.GetFullPath(root);
        var configFile = configPath is null ? Path.Combine(siteRoot, SiteConfigReader.DefaultFileName) : Path.GetFullPath(configPath);
        var diagnostics = new List<Diagnostic>();
        var read = SiteConfigReader.ReadIfExists(configFile, DisplayPath(siteRoot, configFile));
        if (configPath is not null && read is null)
        {
            diagnostics.Add(Diagnostic.Error(Stage.Configure, configPath, 0, 0, "the config file does not exist"));
        }

        var result = read ?? new ConfigResult(new SiteConfig(), []);
        diagnostics.AddRange(result.Diagnostics);
        var config = baseUrl is null ? result.Config : result.Config with { BaseUrl = baseUrl };
        if (SiteConfigReader.ReadAuthorsIfExists(siteRoot) is { } authors)
        {
            diagnostics.AddRange(authors.Diagnostics);
            var merged = new DiagnosticList();
            config = SiteConfigReader.WithAuthors(config, authors, merged);
            diagnostics.AddRange(merged);
        }
        if (StaticFolderProblem(siteRoot, config) is { } staticProblem)
        {
            var at = SourcePosition.Of(result.Positions, "paths.static");
            diagnostics.Add(new Diagnostic(Severity.Error, Stage.Configure, DisplayPath(siteRoot, configFile), at.Line, at.Column, staticProblem));
        }

        var configDisplay = configPath is not null && read is null ? configPath : DisplayPath(siteRoot, configFile);
        var configErrors = diagnostics.Any(static d => d.IsError);
        (Enricher, Content.Reading.ReaderData, IReadOnlyList<Diagnostic>) enrichment() => Enrich(config, configDisplay, result.Positions, configErrors);
        var checks = config.Countries.Aliases.Count > 0 || config.Cleanup.Boilerplate.Count > 0 || config.Cleanup.Remnants.Count > 0
            || config.Reader.Furniture.Count > 0 || config.Reader.Keep.Count > 0;
        var site = new SiteContext(siteRoot, configFile, config, enrichment, checks, configErrors, diagnostics, configDisplay, result.Positions);
        // Every command but build parses articles; build starts the work itself once it knows (a build whose articles all
        // come from the article cache needs none of it). The config's own checks need it at once.
        if (!lazyEnrichment || checks) site.StartEnrichment();
        return site;
    }

    /// <summary>
    /// Why the folder of <c>paths.static</c> cannot be published: its files go to the output as they
    /// are, so it may not be the site folder, nor hold or sit inside <c>content/</c> or
    /// <c>templates/</c> (sources, drafts and the config would be published). Links are resolved
    /// first, so a link to the content folder is caught too. Null when it is a folder of its own, or
    /// does not exist (then nothing is published from it).
    /// </summary>
    internal static string? StaticFolderProblem(string siteRoot, SiteConfig config)
    {
        var statics = Real(Path.Combine(siteRoot, config.Paths.Static));
        if (!ContentReader.FolderExists(statics)) return null;
        var value = config.Paths.Static;
        var root = Real(siteRoot);
        if (statics == root || Holds(statics, root))
        {
            return $"'paths.static' is '{value}', the site folder{(statics == root ? "" : " or a folder holding it")}: its files are published as they are, so the config, the sources and draft articles would be published. Expected a folder of its own inside the site folder, such as static";
        }

        foreach (var (key, folder) in new[] { ("paths.content", config.Paths.Content), ("paths.templates", config.Paths.Templates) })
        {
            var other = Real(Path.Combine(siteRoot, folder));
            var relation = statics == other ? "is" : Holds(statics, other) ? "holds" : Holds(other, statics) ? "lies inside" : null;
            if (relation is null) continue;
            return $"'paths.static' is '{value}', which {relation} the folder of {key} ('{folder}'): static files are published as they are, so sources{(key == "paths.content" ? " and draft articles" : "")} would be published. Expected a folder of its own, such as static";
        }

        return null;

        static string Real(string path) => ContentReader.RealPath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))) ?? Path.GetFullPath(path);

        static bool Holds(string folder, string path) => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The enrichment rules of a config, and what is wrong with its country aliases and cleanup patterns.</summary>
    private static (Enricher, Content.Reading.ReaderData, IReadOnlyList<Diagnostic>) Enrich(SiteConfig config, string configDisplay, IReadOnlyDictionary<string, SourcePosition> positions, bool configErrors)
    {
        var diagnostics = new List<Diagnostic>();
        Diagnostic At(string key, string message)
        {
            var at = SourcePosition.Of(positions, key);
            return Diagnostic.Error(Stage.Configure, configDisplay, at.Line, at.Column, message);
        }

        var gazetteer = Gazetteer.LoadDefault().WithAliases(config.Countries.Aliases, out var unknown);
        foreach (var target in unknown)
        {
            var alias = config.Countries.Aliases.Where(a => a.Value == target).Select(static a => a.Key).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";
            diagnostics.Add(At($"countries.aliases.{alias}",
                $"countries.aliases maps '{alias}' to '{target}', which is neither an ISO 3166-1 code nor a country name; expected a code such as GB or a name such as United Kingdom"));
        }

        foreach (var (key, patterns) in new[] { ("cleanup.boilerplate", config.Cleanup.Boilerplate), ("cleanup.remnants", config.Cleanup.Remnants), ("reader.furniture", config.Reader.Furniture), ("reader.keep", config.Reader.Keep) })
        {
            for (var i = 0; i < patterns.Count; i++)
            {
                if (TextCleanup.Validate(patterns[i]) is { } error)
                {
                    diagnostics.Add(At(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}[{i}]"),
                        $"{key} pattern '{patterns[i]}' is not a valid regular expression (lookarounds and backreferences are not supported): {error}"));
                }
            }
        }

        var enricher = configErrors || diagnostics.Count > 0
            ? new Enricher(new SiteConfig(), gazetteer)
            : new Enricher(config, gazetteer);
        var reader = configErrors || diagnostics.Count > 0
            ? Content.Reading.ReaderData.Default
            : Content.Reading.ReaderData.Load(config.Reader.Furniture, config.Reader.Keep, config.Reader.RepeatThreshold, config.Reader.RepeatShare);
        return (enricher, reader, diagnostics);
    }

    /// <summary>A path as diagnostics show it: relative to the site folder when inside it, with forward slashes.</summary>
    public static string DisplayPath(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }

    public string DisplayPath(string fullPath) => DisplayPath(Root, fullPath);

    /// <summary>Reads, parses and enriches one article file.</summary>
    public ArticleLoad LoadArticle(ContentEntry entry, FallbackDates fallback, Content.Reading.PileTable? pile = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var display = DisplayPath(entry.FullPath);
        var text = ContentReader.ReadText(entry.FullPath, display, entry.Stamp?.Length);
        if (text.Text is null) return new ArticleLoad(display, null, null, text.Diagnostics);
        return LoadArticle(display, entry.FullPath, entry.Kind, text.Text, fallback, text.Diagnostics, pile);
    }

    /// <summary>Parses and enriches article text that is already read.</summary>
    public ArticleLoad LoadArticle(string displayPath, string fullPath, ContentKind kind, string text, FallbackDates fallback, IReadOnlyList<Diagnostic>? readDiagnostics = null, Content.Reading.PileTable? pile = null)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var diagnostics = new List<Diagnostic>(readDiagnostics ?? []);
        var parsed = Parse(displayPath, kind, text, pile);
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Article is null) return new ArticleLoad(displayPath, null, null, diagnostics);

        var enriched = Enrich(parsed.Article, fullPath, fallback);
        diagnostics.AddRange(enriched.Diagnostics);
        return new ArticleLoad(displayPath, parsed.Article, enriched, diagnostics);
    }

    /// <summary>The parse of one article's text: a raw article's or a Markdown file's (the pipeline's Load, per file).</summary>
    internal ParseResult Parse(string displayPath, ContentKind kind, string text, Content.Reading.PileTable? pile = null) =>
        kind == ContentKind.RawArticle
            ? RawArticleParser.Parse(displayPath, text, Enricher.Cleanup.Classify, Config.Dates.Order, Reader, pile)
            : MarkdownArticleParser.Parse(displayPath, text, Config.FrontMatter.Unknown);

    /// <summary>The enrichment of one parsed article, dated from its file when its text gives no date (the pipeline's Enrich, per article).</summary>
    internal EnrichResult Enrich(ParsedArticle parsed, string fullPath, FallbackDates fallback)
    {
        var (date, reason) = Enricher.StatedDate(parsed) is null ? fallback.For(fullPath) : (FallbackDates.Fixed, null);
        return Enricher.Enrich(parsed, date, reason);
    }
}

/// <summary>One article file read, parsed and enriched (or the diagnostics of why not).</summary>
public sealed record ArticleLoad(string SourcePath, ParsedArticle? Parsed, EnrichResult? Enriched, IReadOnlyList<Diagnostic> Diagnostics)
{
    public Article? Article => Enriched?.Article;
}
