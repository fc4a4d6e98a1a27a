using System.Diagnostics;
using StaticGen.Content;
using StaticGen.Rendering.Templates;

namespace StaticGen.Build;

/// <summary>What one rebuild of a <see cref="LiveSite"/> did.</summary>
/// <param name="Succeeded">False when an error stopped it; the site then keeps serving the previous build.</param>
/// <param name="Diagnostics">Every diagnostic, in a stable order.</param>
/// <param name="UnitsMade">Pages and other output units made again.</param>
/// <param name="UnitsKept">Units kept from the previous build (their fingerprints had not changed).</param>
/// <param name="ChangedFiles">Output files (relative paths) whose bytes changed, appeared or went away.</param>
/// <param name="Elapsed">How long the rebuild took.</param>
public sealed record LiveBuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int UnitsMade, int UnitsKept, IReadOnlyList<string> ChangedFiles, TimeSpan Elapsed)
{
    /// <summary>How long each stage took.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}

/// <summary>
/// A site kept built in memory for <c>staticgen serve</c>. The first <see cref="Rebuild"/> builds
/// everything; later ones read again only the content files that changed (by size and last-write
/// time, or because the caller says so), assemble the site again, and render only the output units
/// whose fingerprints changed, exactly as an incremental <c>build</c> does. Readers get the files of
/// the last successful build; a rebuild swaps in the new set at once. <see cref="Rebuild"/> is not
/// reentrant (the caller runs one at a time); <see cref="TryGetFile"/> is thread-safe.
/// </summary>
public sealed class LiveSite
{
    private readonly BuildOptions _options;
    private readonly SiteCache _cache = new() { Live = true };
    private Dictionary<string, UnitRecord> _units = new(StringComparer.Ordinal);
    private volatile Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private volatile string _basePath = "/";
    private (SiteContext Site, TemplateLoadResult? Templates, List<Diagnostic> Diagnostics)? _theme;
    private ContentListing? _listing;
    private readonly MemoryOutput.StaticFileCache _static = new();
    private IReadOnlyList<string> _served = [];
    private (ContentListing Listing, Dictionary<string, int> Index)? _listingIndex;

    // What the last successful rebuild fingerprinted; null while a rebuild runs or after one failed.
    private FingerprintMemo? _memo;

    public LiveSite(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The base path the site is built for (<c>/</c>, or <c>/repo/</c>): its URLs start with it.</summary>
    public string BasePath => _basePath;

    /// <summary>How many files the served site has.</summary>
    public int FileCount => _files.Count;

    /// <summary>A file of the last successful build by its path relative to the output (<c>articles/x/index.html</c>).</summary>
    public bool TryGetFile(string relativePath, out byte[] content) => _files.TryGetValue(relativePath, out content!);

    /// <param name="changedPaths">Files the caller knows changed (full paths): read again whatever their stamps say.</param>
    /// <param name="cancellationToken">Stops the rebuild; the previous build stays served.</param>
    public LiveBuildResult Rebuild(IEnumerable<string>? changedPaths = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();

        // The memo is for the units of the last successful build: a rebuild that fails or is cancelled leaves none.
        var memo = _memo;
        _memo = null;

        // The config and the theme are read again only when a file of theirs may have changed.
        var paths = changedPaths?.Select(Path.GetFullPath).ToList();
        if (_theme is not { } theme || paths is null || paths.Any(IsConfigOrTheme))
        {
            var opened = SiteContext.Open(_options.SiteRoot, _options.ConfigPath, _options.BaseUrl);
            var themeDiagnostics = new List<Diagnostic>(opened.Diagnostics);
            var loaded = themeDiagnostics.Any(static d => d.IsError) ? null : SiteBuilder.LoadTheme(opened, themeDiagnostics);
            theme = (opened, loaded, themeDiagnostics);
            _theme = themeDiagnostics.Any(static d => d.IsError) ? null : theme;
        }

        var (site, templates, configDiagnostics) = theme;
        var pipeline = new SitePipeline(site, _options, _cache);
        var diagnostics = pipeline.Diagnostics;
        LiveBuildResult Failed() => new(false, pipeline.SortedDiagnostics(), 0, 0, [], clock.Elapsed) { Timings = pipeline.Timings };
        diagnostics.AddRange(configDiagnostics);
        if (templates is null || diagnostics.Any(static d => d.IsError)) return Failed();
        pipeline.Time("configure");

        foreach (var path in paths ?? []) _cache.Forget(path);
        var listing = UpdatedListing(site, paths) ?? ContentReader.List(site.ContentDirectory, site.DisplayPath(site.ContentDirectory));
        _listing = listing;

        // Load → Enrich → Assemble → Plan → Make into memory: the units whose fingerprints changed (or
        // that are new) are made again, the others keep their files.
        var destination = new MemoryOutput(_units, _files, _served, _static);
        var result = pipeline.Run(listing, () => templates.Templates, destination, memo ??= new FingerprintMemo(), cancellationToken);
        if (result is null || diagnostics.Any(static d => d.IsError)) return Failed();
        var (units, files, served, changed) = destination.Finish(result.Units);

        // Readers see the previous set or this one, whole: the dictionaries are not written after this.
        _units = units;
        _files = files;
        _basePath = result.Model.Urls.BasePath;
        _memo = memo;
        _served = served;
        pipeline.Time("swap");
        return new LiveBuildResult(true, pipeline.SortedDiagnostics(), result.Made, result.Units.Count - result.Made, changed, clock.Elapsed) { Timings = pipeline.Timings };
    }

    /// <summary>
    /// The content listing of the last rebuild with the changed files put in, taken out or updated,
    /// so that a 10,000-article folder is not listed again for one saved file. Null (list it all)
    /// when the changes are not known or touch a folder or a link.
    /// </summary>
    private ContentListing? UpdatedListing(SiteContext site, IReadOnlyList<string>? paths)
    {
        if (_listing is null || paths is null) return null;
        var content = Path.GetFullPath(site.ContentDirectory);
        if (Restamped(content, paths) is { } restamped) return restamped;
        var entries = _listing.Entries.ToDictionary(static e => e.FullPath, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!path.StartsWith(content + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(content, path).Replace('\\', '/');
            if (relative.Split('/').Any(static part => part.StartsWith('.'))) continue;
            if (ContentReader.FolderExists(path)) return null;
            if (ContentReader.Stamp(path) is { } stamp)
            {
                if (ContentReader.IsLink(path)) return null;
                entries[path] = new ContentEntry(relative, path, ContentReader.KindOf(relative)) { Stamp = stamp };
            }
            else
            {
                // A file or a whole folder is gone.
                entries.Remove(path);
                foreach (var inside in entries.Keys.Where(k => k.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList()) entries.Remove(inside);
            }
        }

        return new ContentListing([.. entries.Values.OrderBy(static e => e.RelativePath, StringComparer.Ordinal)], _listing.Diagnostics);
    }

    /// <summary>
    /// The listing with new stamps, when every changed path is a file already listed that is still
    /// a plain file (the usual save): the order stays, so entries are replaced where they are. Null otherwise.
    /// </summary>
    private ContentListing? Restamped(string content, IReadOnlyList<string> paths)
    {
        if (_listing is null) return null;
        if (_listingIndex is null || !ReferenceEquals(_listingIndex.Value.Listing, _listing))
        {
            var index = new Dictionary<string, int>(_listing.Entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < _listing.Entries.Count; i++) index[_listing.Entries[i].FullPath] = i;
            _listingIndex = (_listing, index);
        }

        var entries = _listing.Entries.ToArray();
        foreach (var path in paths)
        {
            if (!path.StartsWith(content + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            if (!_listingIndex.Value.Index.TryGetValue(path, out var at)) return null;
            if (ContentReader.Stamp(path) is not { } stamp || ContentReader.IsLink(path)) return null;
            entries[at] = entries[at] with { Stamp = stamp };
        }

        var listing = new ContentListing(entries, _listing.Diagnostics);
        _listingIndex = (listing, _listingIndex.Value.Index);
        return listing;
    }

    /// <summary>Whether a changed path is the config file or inside the site's templates folder (or an unknown folder above them).</summary>
    private bool IsConfigOrTheme(string path)
    {
        if (_theme is not { } theme) return true;
        var config = Path.GetFullPath(_options.ConfigPath ?? Path.Combine(theme.Site.Root, Configuration.SiteConfigReader.DefaultFileName));
        var templates = Path.GetFullPath(theme.Site.TemplatesDirectory);
        var content = Path.GetFullPath(theme.Site.ContentDirectory);
        return string.Equals(path, config, StringComparison.Ordinal)
            || !path.StartsWith(content + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || path.StartsWith(templates + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
