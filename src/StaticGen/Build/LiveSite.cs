using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticGen.Content;
using StaticGen.Rendering.Templates;
using StaticGen.Rendering;

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
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly BuildOptions _options;
    private readonly SiteCache _cache = new();
    private Dictionary<string, UnitRecord> _units = new(StringComparer.Ordinal);
    private volatile Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private volatile string _basePath = "/";
    private (SiteContext Site, TemplateLoadResult? Templates, List<Diagnostic> Diagnostics)? _theme;
    private ContentListing? _listing;
    private readonly StaticFiles _static = new();
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
        var stage = Stopwatch.StartNew();
        var timings = new List<StageTiming>();
        void Time(string name)
        {
            timings.Add(new StageTiming(name, stage.Elapsed));
            stage.Restart();
        }

        // The memo is for the units of the last successful build: a rebuild that fails or is cancelled leaves none.
        var memo = _memo;
        _memo = null;
        var diagnostics = new List<Diagnostic>();
        LiveBuildResult Failed() => new(false, Sorted(diagnostics), 0, 0, [], clock.Elapsed) { Timings = timings };

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
        diagnostics.AddRange(configDiagnostics);
        if (templates is null || diagnostics.Any(static d => d.IsError)) return Failed();
        Time("configure");

        foreach (var path in paths ?? []) _cache.Forget(path);
        var listing = UpdatedListing(site, paths) ?? ContentReader.List(site.ContentDirectory, site.DisplayPath(site.ContentDirectory));
        _listing = listing;
        var (model, _, changedArticles) = SiteBuilder.LoadAndAssemble(site, _options, _cache, diagnostics, Time, cancellationToken, listing);
        if (diagnostics.Any(static d => d.IsError)) return Failed();

        var renderer = new PageRenderer(model, templates.Templates, new MarkdownRenderer(site.Config.Markdown), site.Enricher.Gazetteer);
        var previousUnits = _units;
        var previousFiles = _files;
        var units = OutputUnits.Of(model, templates.Templates, renderer, site.Root, key => previousUnits.GetValueOrDefault(key), _cache, memo ??= new FingerprintMemo(), changedArticles);
        Time("fingerprint");
        // The units whose fingerprints changed (or that are new) are made again, in parallel; the
        // others keep their files. The new tables start as copies of the previous ones (a bulk copy,
        // far cheaper than 18,000 inserts), from which the files of units made again or gone are
        // taken out before the new files go in.
        var toMake = new List<OutputUnit>();
        var found = 0;
        foreach (var unit in units)
        {
            if (unit.Unchanged is not null)
            {
                found++;
                continue;
            }

            if (previousUnits.TryGetValue(unit.Key, out var before))
            {
                found++;
                if (before.Fingerprint == unit.Fingerprint && before.Files.All(previousFiles.ContainsKey)) continue;
            }

            toMake.Add(unit);
        }

        var results = new UnitResult[toMake.Count];
        Parallel.For(0, toMake.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = toMake[i].Make());
        var files = new Dictionary<string, byte[]>(previousFiles, StringComparer.Ordinal);
        var records = new Dictionary<string, UnitRecord>(previousUnits, StringComparer.Ordinal);
        var gone = found == previousUnits.Count ? [] : previousUnits.Keys.Except(units.Select(static u => u.Key), StringComparer.Ordinal).ToList();
        foreach (var key in gone.Concat(toMake.Select(static u => u.Key)))
        {
            if (!records.Remove(key, out var old)) continue;
            foreach (var path in old.Files) files.Remove(path);
        }

        // The static files of the last rebuild go too: they are put back below, where no unit makes the same file.
        foreach (var path in _static.Served) files.Remove(path);

        var madeFiles = new List<string>();
        var renderErrors = new List<Diagnostic>();
        for (var i = 0; i < toMake.Count; i++)
        {
            var result = results[i];
            renderErrors.AddRange(result.Diagnostics);
            foreach (var file in result.Files)
            {
                files[file.RelativePath] = file.Text is not null ? s_utf8.GetBytes(file.Text) : file.Bytes ?? File.ReadAllBytes(file.CopyOf!);
                madeFiles.Add(file.RelativePath);
            }

            records[toMake[i].Key] = new UnitRecord(toMake[i].Recorded(result), [.. result.Files.Select(static f => f.RelativePath)], result.Links);
        }

        var made = toMake.Count;

        // A template error repeats on every page the template renders: report it once per place.
        foreach (var place in renderErrors.GroupBy(static d => (d.Path, d.Line, d.Column)))
        {
            diagnostics.Add(place.Min(Diagnostic.Order)!);
        }

        if (diagnostics.Any(static d => d.IsError)) return Failed();
        Time("render");

        // Static files, as a build publishes them: a generated file of the same path wins.
        var served = new List<string>();
        foreach (var (path, bytes) in _static.Read(site, diagnostics))
        {
            if (!files.TryAdd(path, bytes)) continue;
            served.Add(path);
            if (!previousFiles.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes)) madeFiles.Add(path);
        }

        // Only files made again can have new bytes; files of the previous build not made now are gone.
        var changed = madeFiles.Distinct(StringComparer.Ordinal)
            .Where(path => !previousFiles.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(files[path]))
            .Concat(previousFiles.Count == files.Count && madeFiles.Count == 0 ? [] : previousFiles.Keys.Where(k => !files.ContainsKey(k)))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Readers see the previous set or this one, whole: the dictionaries are not written after this.
        _units = records;
        _files = files;
        _basePath = model.Urls.BasePath;
        _memo = memo;
        _static.Served = served;
        Time("swap");
        return new LiveBuildResult(true, Sorted(diagnostics), made, units.Count - made, changed, clock.Elapsed) { Timings = timings };
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
            if (Directory.Exists(path)) return null;
            var info = new FileInfo(path);
            if (info.Exists)
            {
                if (info.LinkTarget is not null) return null;
                entries[path] = new ContentEntry(relative, path, ContentReader.KindOf(relative)) { Stamp = (info.Length, info.LastWriteTimeUtc.Ticks) };
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
            var info = new FileInfo(path);
            if (!info.Exists || info.LinkTarget is not null) return null;
            entries[at] = entries[at] with { Stamp = (info.Length, info.LastWriteTimeUtc.Ticks) };
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

    /// <summary>The files of <c>paths.static</c>, read again only when their size or last-write time changed.</summary>
    private sealed class StaticFiles
    {
        private Dictionary<string, (long Length, long Modified, byte[] Bytes)> _read = new(StringComparer.Ordinal);

        /// <summary>The paths the last successful rebuild served from <c>static/</c> (no unit made them).</summary>
        public IReadOnlyList<string> Served { get; set; } = [];

        public IEnumerable<(string Path, byte[] Bytes)> Read(SiteContext site, List<Diagnostic> diagnostics)
        {
            var listing = site.StaticFiles();
            diagnostics.AddRange(listing.Diagnostics);
            var read = new Dictionary<string, (long Length, long Modified, byte[] Bytes)>(StringComparer.Ordinal);
            foreach (var entry in listing.Entries)
            {
                var info = new FileInfo(entry.FullPath);
                if (!info.Exists) continue;
                var stamp = (info.Length, info.LastWriteTimeUtc.Ticks);
                read[entry.RelativePath] = _read.TryGetValue(entry.RelativePath, out var known) && known.Length == stamp.Length && known.Modified == stamp.Ticks
                    ? known
                    : (stamp.Length, stamp.Ticks, File.ReadAllBytes(entry.FullPath));
            }

            _read = read;
            return read.Select(static p => (p.Key, p.Value.Bytes));
        }
    }

    private static IReadOnlyList<Diagnostic> Sorted(List<Diagnostic> diagnostics)
    {
        diagnostics.Sort(Diagnostic.Order);
        return diagnostics;
    }
}
