using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StaticGen.Content;
using StaticGen.Output;
using StaticGen.Rendering;
using StaticGen.Rendering.Templates;
using StaticGen.Rendering.Views;
using StaticGen.Site;

namespace StaticGen.Build;

/// <summary>
/// The one orchestrator: runs Configure → Load → Enrich → Assemble → Render → Write as plain method
/// calls, collects diagnostics and timings, and swaps the new site in only when everything
/// succeeded. Errors fail the build and leave the previous output untouched; with
/// <see cref="BuildOptions.Strict"/>, so do warnings. An article that cannot be read is skipped
/// with its diagnostics (as warnings), and the rest of the site is built.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The build date printed when there is no article to take it from.</summary>
    public static readonly DateTimeOffset FallbackDate = FallbackDates.Fixed;

    /// <summary>Pages from which a build collects the garbage of rendering before it makes feeds and the search index.</summary>
    private const int LargeSitePages = 5_000;

    public static BuildReport Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var total = Stopwatch.StartNew();
        var timings = new List<StageTiming>();
        var diagnostics = new List<Diagnostic>();
        var stage = Stopwatch.StartNew();
        var stageCpu = Environment.CpuUsage.TotalTime;

        void Time(string name)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            timings.Add(new StageTiming(name, stage.Elapsed, cpu - stageCpu));
            stage.Restart();
            stageCpu = cpu;
        }

        // Configure.
        var site = SiteContext.Open(options.SiteRoot, options.ConfigPath, options.BaseUrl);
        // The theme is parsed on another core while the enrichment rules are made and the content loads
        // (a small site's build is mostly such setting up); rendering waits for it.
        var themeDiagnostics = new List<Diagnostic>();
        var theme = Task.Run(() => LoadTheme(site, themeDiagnostics));
        diagnostics.AddRange(site.Diagnostics);
        if (CnameProblem(site) is { } cnameProblem) diagnostics.Add(cnameProblem);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(site.Root, site.Config.Paths.Output));
        BuildReport Fail() => new()
        {
            Succeeded = false,
            OutputDirectory = outputDirectory,
            Diagnostics = Sorted(diagnostics),
            Timings = timings,
            Elapsed = total.Elapsed,
        };

        if (diagnostics.Any(static d => d.IsError)) return Fail();

        // A problem with the output folder points at paths.output when the config chose the folder,
        // else at the folder itself (--output, or the default _site).
        Diagnostic OutputProblem(string message) => options.OutputDirectory is null && site.ConfigSets("paths.output")
            ? site.ConfigDiagnostic(Severity.Error, "paths.output", $"{message} (paths.output is {site.DisplayPath(outputDirectory)})")
            : Diagnostic.Error(Stage.Write, site.DisplayPath(outputDirectory), 0, 0, message);

        if (StaticInOutput(site, outputDirectory) is { } staticClash)
        {
            diagnostics.Add(staticClash);
            return Fail();
        }

        if (OutputHoldsSite(site, outputDirectory) is { } clash)
        {
            diagnostics.Add(OutputProblem(clash));
            return Fail();
        }

        Time("configure");
        if (diagnostics.Any(static d => d.IsError)) return Fail();

        // Take the output folder before any work: a second build of it stops here, not after rendering.
        using var writer = Begin(outputDirectory, OutputProblem, diagnostics);
        if (writer is null) return Fail();

        var cache = new SiteCache();
        SiteModel model;
        int skipped;
        try
        {
            (model, skipped, _) = LoadAndAssemble(site, options, cache, diagnostics, Time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            diagnostics.Add(Cancelled(site.DisplayPath(outputDirectory)));
            return Fail();
        }

        var templates = theme.GetAwaiter().GetResult();
        diagnostics.AddRange(themeDiagnostics);
        if (themeDiagnostics.Any(static d => d.IsError) || (options.Strict && diagnostics.Count > 0)) return Fail();

        // Render and write into a staging folder; swap it in only when all is well. Whatever stops
        // the write (an error, a cancellation, a full disk) leaves the previous output as it was.
        // A unit whose fingerprint is the one the manifest recorded keeps the previous build's files.
        int filesWritten;
        var made = 0;
        var kept = 0;
        var verified = false;
        try
        {
            var manifest = options.Full ? null : BuildManifest.Read(outputDirectory);
            UnitRecord? Previous(string key) => manifest is not null && manifest.Units.TryGetValue(key, out var unit) && Fingerprint.ParseHex(unit.Fingerprint) is { } fingerprint
                ? new UnitRecord(fingerprint, [.. unit.Files.Select(static f => f.Path)], unit.Links ?? [])
                : null;

            var renderErrors = new ConcurrentBag<Diagnostic>();
            var renderer = new PageRenderer(model, templates.Templates, new MarkdownRenderer(site.Config.Markdown), site.Enricher.Gazetteer);
            var units = OutputUnits.Of(model, templates.Templates, renderer, site.Root, Previous, cache);
            var records = new ConcurrentDictionary<string, ManifestUnit>(StringComparer.Ordinal);
            void Produce(OutputUnit unit)
            {
                var fingerprint = Fingerprint.Hex(unit.Fingerprint);
                if (manifest is not null && manifest.Units.TryGetValue(unit.Key, out var before)
                    && string.Equals(before.Fingerprint, fingerprint, StringComparison.Ordinal)
                    && writer.TryKeep(before.Files) is { } keptFiles)
                {
                    records[unit.Key] = before with { Files = keptFiles };
                    Interlocked.Increment(ref kept);
                    return;
                }

                var result = unit.Make();
                foreach (var d in result.Diagnostics) renderErrors.Add(d);
                var files = new List<ManifestFile>(result.Files.Count);
                foreach (var file in result.Files)
                {
                    if (file.Text is not null) writer.WriteText(file.RelativePath, file.Text);
                    else if (file.Bytes is not null) writer.WriteBytes(file.RelativePath, file.Bytes);
                    else writer.CopyFile(file.CopyOf!, file.RelativePath);
                    files.Add(writer.Stamp(file.RelativePath));
                }

                records[unit.Key] = new ManifestUnit(Fingerprint.Hex(unit.Recorded(result)), files, result.Links.Count > 0 ? result.Links : null);
                Interlocked.Increment(ref made);
            }

            var pageCount = model.Pages.Count;
            var rendered = ProgressCounter.Start(options.Progress, Stage.Render, pageCount);
            Parallel.For(0, pageCount, Workers(cancellationToken), i =>
            {
                Produce(units[i]);
                rendered?.Increment();
            });
            renderer.ReleaseCaches();
            // What rendering kept is garbage now: collected here, feeds and the search index of a large site reuse
            // its memory instead of adding to it (the peak is in that stage: 30,000 articles, 634 -> 564 MiB).
            if (pageCount >= LargeSitePages) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            Time("render");

            // Feeds, sitemaps, the search index and assets are independent files: made and written in parallel.
            Parallel.For(pageCount, units.Count, Workers(cancellationToken), i => Produce(units[i]));
            Time("feeds");

            // Static files last, so that a file the build generates wins over one of the same path. They
            // are copied on every build (not kept through the manifest), so a deleted one never survives.
            diagnostics.AddRange(CopyStaticFiles(site, writer));

            // A template error repeats on every page the template renders: report it once per place.
            foreach (var place in renderErrors.GroupBy(static d => (d.Path, d.Line, d.Column)))
            {
                var first = place.Min(Diagnostic.Order)!;
                var others = place.Count() - 1;
                diagnostics.Add(others == 0 ? first : first with { Message = $"{first.Message} (and {others} more {(others == 1 ? "page" : "pages")})" });
            }
            var failed = diagnostics.Any(static d => d.IsError) || (options.Strict && diagnostics.Count > 0);
            filesWritten = writer.FilesWritten;
            if (failed) return Fail();
            cancellationToken.ThrowIfCancellationRequested();
            if (options.Verify && kept > 0)
            {
                if (!Verify(options, site, writer.StagingDirectory, diagnostics, cancellationToken)) return Fail();
                verified = true;
            }

            writer.Commit();
            new BuildManifest(BuildManifest.CurrentFormat, writer.OutputDirectory, new SortedDictionary<string, ManifestUnit>(records, StringComparer.Ordinal)).Write();
            Time("write");
        }
        catch (OperationCanceledException)
        {
            diagnostics.Add(Cancelled(site.DisplayPath(outputDirectory)));
            return Fail();
        }
        catch (Exception e) when (WriteFailure(e) is { } message)
        {
            diagnostics.Add(Diagnostic.Error(Stage.Write, site.DisplayPath(outputDirectory), 0, 0, message));
            return Fail();
        }

        return new BuildReport
        {
            Succeeded = true,
            OutputDirectory = outputDirectory,
            Articles = model.Articles.Count,
            Pages = model.Pages.Count,
            FilesWritten = filesWritten,
            UnitsMade = made,
            UnitsKept = kept,
            Verified = verified,
            Tags = model.Tags.Terms.Count,
            Countries = model.Countries.Terms.Count,
            SkippedFiles = skipped,
            Diagnostics = Sorted(diagnostics),
            Timings = timings,
            Elapsed = total.Elapsed,
        };
    }

    /// <summary>The theme: the default one with the site's templates over it; a missing layout is an error.</summary>
    internal static TemplateLoadResult LoadTheme(SiteContext site, List<Diagnostic> diagnostics)
    {
        var templates = TemplateLoader.Load(site.TemplatesDirectory, site.DisplayPath(site.TemplatesDirectory));
        diagnostics.AddRange(templates.Diagnostics);
        foreach (var layout in PageRenderer.RequiredLayouts)
        {
            if (templates.Templates.Find(layout) is null && !templates.Diagnostics.Any(d => d.Path.EndsWith(layout, StringComparison.Ordinal)))
            {
                diagnostics.Add(Diagnostic.Error(Stage.Render, site.DisplayPath(Path.Combine(site.TemplatesDirectory, layout)), 0, 0, "the theme has no such layout"));
            }
        }

        return templates;
    }

    /// <summary>
    /// Load (read, parse and enrich every article, in parallel), drop near-duplicates, assemble the
    /// site model. An article whose file has the size and last-write time <paramref name="cache"/>
    /// saw is not read again (a serving process keeps its cache; a build starts with an empty one).
    /// A serving process that knows which files changed passes its own <paramref name="listing"/>.
    /// Also gives the site articles that are new objects since the cache's previous assembly (null: all may have changed).
    /// </summary>
    internal static (SiteModel Model, int Skipped, IReadOnlySet<SiteArticle>? Changed) LoadAndAssemble(SiteContext site, BuildOptions options, SiteCache cache, List<Diagnostic> diagnostics, Action<string> time, CancellationToken cancellationToken, ContentListing? listing = null)
    {
        // Load, parse and enrich every article, in parallel; results keep the file order.
        listing ??= ContentReader.List(site.ContentDirectory, site.DisplayPath(site.ContentDirectory));
        diagnostics.AddRange(listing.Diagnostics);
        var entries = listing.Entries;
        var articleEntries = entries.Where(static e => e.Kind != ContentKind.Asset).ToList();
        var loads = new ArticleLoad[articleEntries.Count];
        var fallbackDates = new FallbackDates(site.ContentDirectory);
        var loaded = ProgressCounter.Start(options.Progress, Stage.Load, articleEntries.Count);
        Parallel.For(0, articleEntries.Count, Workers(cancellationToken), i =>
        {
            var entry = articleEntries[i];
            var stamp = entry.Stamp ?? ContentReader.Stamp(entry.FullPath);
            if (cache.Load(entry.FullPath, stamp) is not { } load)
            {
                // A build needs the article, not what the file parsed to (the front matter and the
                // Markdown as read, a raw article's cleaned blocks): not kept, the loads of a big
                // archive take half the memory.
                load = site.LoadArticle(entry, fallbackDates);
                load = load with { Parsed = null, Enriched = load.Enriched is { } enriched ? enriched with { Blocks = [] } : null };
                cache.Store(entry.FullPath, stamp, load);
            }

            loads[i] = load;
            loaded?.Increment();
        });
        cache.Retain([.. articleEntries.Select(static e => e.FullPath)]);

        // The same story scraped twice is published once; the other copies are skipped with a warning naming both.
        var duplicates = new HashSet<int>();
        foreach (var (duplicate, original, similarity) in Duplicates.Find(loads, cache))
        {
            duplicates.Add(duplicate);
            diagnostics.Add(Duplicates.Warning(loads[duplicate].SourcePath, loads[original].SourcePath, similarity));
        }

        var articles = new List<Article>(loads.Length);
        var skipped = duplicates.Count;
        for (var i = 0; i < loads.Length; i++)
        {
            var load = loads[i];
            if (duplicates.Contains(i))
            {
                diagnostics.AddRange(load.Diagnostics);
                continue;
            }

            if (load.Article is { } article && !load.Diagnostics.Any(static d => d.IsError))
            {
                diagnostics.AddRange(load.Diagnostics);
                articles.Add(article);
            }
            else
            {
                // A bad article does not stop the site: it is skipped, and its errors become warnings.
                skipped++;
                diagnostics.AddRange(load.Diagnostics.Select(static d => d.IsError ? d with { Severity = Severity.Warning, Message = d.Message + " (the file is skipped)" } : d));
            }
        }

        time("load");

        // Assemble.
        var buildDate = options.SourceDateEpoch ?? site.Config.BuildDate ?? DateTimeOffset.UtcNow;
        var assets = entries.Where(static e => e.Kind == ContentKind.Asset).Select(e => site.DisplayPath(e.FullPath)).ToList();
        // A serving process starts from its previous assembly: a body edit re-makes only the changed article's records.
        var reassembly = SiteReassembler.Assemble(cache.Assembly, site.Config, articles, assets, new PublishOptions(buildDate, options.IncludeDrafts, options.IncludeFuture));
        cache.Assembly = reassembly.Assembly;
        var assembled = reassembly.Assembly.Result;
        diagnostics.AddRange(assembled.Diagnostics);
        var model = assembled.Site with
        {
            // The date printed in the output is the configured one, or the newest article's: never the clock.
            BuildDate = options.SourceDateEpoch ?? site.Config.BuildDate ?? (assembled.Site.Articles.Count > 0 ? assembled.Site.Articles[0].Article.Date : FallbackDate),
            Assets = ImageHeaders.Measure(assembled.Site.Assets, path => ContentReader.ReadHead(Path.Combine(site.Root, path), ImageHeaders.HeadBytes)),
        };
        time("assemble");

        return (model, skipped, reassembly.Changed);
    }

    /// <summary>
    /// <c>--verify</c>: builds the whole site again from scratch into a temporary folder and compares
    /// it byte for byte with what the incremental build staged. Each difference is an error naming
    /// the file, and the staged build is not swapped in.
    /// </summary>
    private static bool Verify(BuildOptions options, SiteContext site, string staged, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "staticgen-verify-" + Guid.NewGuid().ToString("N"));
        try
        {
            var full = Build(options with { OutputDirectory = Path.Combine(folder, "_site"), Full = true, Verify = false, Progress = null }, cancellationToken);
            if (!full.Succeeded)
            {
                diagnostics.AddRange(full.Diagnostics.Where(static d => d.IsError));
                return false;
            }

            var differences = OutputComparer.Compare(staged, full.OutputDirectory);
            var output = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(site.Root, site.Config.Paths.Output));
            const int Listed = 20;
            foreach (var difference in differences.Take(Listed))
            {
                diagnostics.Add(Diagnostic.Error(Stage.Write, site.DisplayPath(Path.Combine(output, difference.Path)), 0, 0, $"--verify: the incremental build's file {difference.Reason}"));
            }

            if (differences.Count > Listed)
            {
                diagnostics.Add(Diagnostic.Error(Stage.Write, site.DisplayPath(output), 0, 0,
                    string.Create(CultureInfo.InvariantCulture, $"--verify: {differences.Count - Listed} more files differ from a full build")));
            }

            return differences.Count == 0;
        }
        finally
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }

    /// <summary>
    /// Publishes the files of <c>paths.static</c> as they are, at the same path, after everything else
    /// is written: a file the build generates at the same path wins (as in Hugo), with a warning.
    /// Dot-files are left out, except <c>.well-known/</c>; links leading outside the folder are not followed.
    /// </summary>
    private static List<Diagnostic> CopyStaticFiles(SiteContext site, SiteWriter writer)
    {
        var display = site.DisplayPath(site.StaticDirectory);
        var listing = site.StaticFiles();
        var diagnostics = new List<Diagnostic>(listing.Diagnostics);
        foreach (var entry in listing.Entries)
        {
            var path = $"{display}/{entry.RelativePath}";
            string target;
            try
            {
                target = writer.Resolve(entry.RelativePath);
            }
            catch (UnsafePathException)
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Write, path, 0, 0, "the file name cannot be published (it holds ':'); the file is skipped"));
                continue;
            }

            if (File.Exists(target) || Directory.Exists(target))
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Write, path, 0, 0,
                    $"the build generates '{entry.RelativePath}' itself, and a generated file wins over a static one; the static file is skipped. Rename it, or override the template that makes the page"));
                continue;
            }

            writer.CopyFile(entry.FullPath, entry.RelativePath);
        }

        return diagnostics;
    }

    /// <summary>
    /// <c>paths.static</c> that is the output folder or lies inside it: the build replaces the output,
    /// so the static files would be deleted by the build that should publish them. Reported against
    /// <c>paths.static</c>, and the fix suggested is another name for that folder, not the output's.
    /// </summary>
    internal static Diagnostic? StaticInOutput(SiteContext site, string output)
    {
        var statics = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site.StaticDirectory));
        var outputFolder = Path.TrimEndingDirectorySeparator(output);
        if (!Directory.Exists(statics) || !(statics == outputFolder || statics.StartsWith(outputFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))) return null;
        var name = site.Config.Paths.Static;
        return site.ConfigDiagnostic(Severity.Error, "paths.static",
            $"'paths.static' is '{name}', which {(statics == outputFolder ? "is" : "lies inside")} the output folder ({site.DisplayPath(outputFolder)}/); a build replaces the whole output folder, so the static files would be lost. Keep static files in a folder of their own{(name == "static" ? "" : ", such as static")}, and set paths.static to it");
    }

    /// <summary>
    /// Why <paramref name="output"/> must not be the output folder: a build replaces the whole
    /// folder, so it must not hold the site's own files, nor sit inside the content it is built from.
    /// </summary>
    internal static string? OutputHoldsSite(SiteContext site, string output)
    {
        static bool Within(string path, string folder) =>
            string.Equals(path, folder, StringComparison.Ordinal) || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        var outputFolder = Path.TrimEndingDirectorySeparator(output);
        foreach (var held in new[] { site.Root, site.ContentDirectory, site.TemplatesDirectory, site.StaticDirectory })
        {
            var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(held));
            if (Within(folder, outputFolder))
            {
                var what = folder == Path.TrimEndingDirectorySeparator(site.Root) ? "the site folder" : $"the folder {site.DisplayPath(folder)}/";
                var other = string.Equals(Path.GetFileName(outputFolder), "_site", StringComparison.Ordinal) ? "public" : "_site";
                return $"the output folder holds {what}, and a build replaces the whole output folder; choose another output folder, such as {other}";
            }
        }

        return Within(outputFolder, Path.TrimEndingDirectorySeparator(Path.GetFullPath(site.ContentDirectory)))
            ? "the output folder is inside the content folder, so the next build would read the site as content; choose a folder outside it, such as _site"
            : null;
    }

    /// <summary>
    /// A <c>cname</c> that is not a bare domain, or that is not the host the site is built for:
    /// GitHub Pages would serve the site at that domain's root, where links made for another base
    /// URL break.
    /// </summary>
    private static Diagnostic? CnameProblem(SiteContext site)
    {
        if (site.Config.Cname is not { Length: > 0 } cname) return null;
        var domain = cname.Trim();
        if (domain.Contains("://", StringComparison.Ordinal) || domain.IndexOfAny(['/', ' ', '\t', ':']) >= 0)
        {
            return site.ConfigDiagnostic(Severity.Error, "cname", $"cname '{cname}' must be a domain name such as news.example.org, not a URL");
        }

        var url = site.Config.BaseUrl;
        return string.Equals(url.Host, domain, StringComparison.OrdinalIgnoreCase) && url.AbsolutePath == "/"
            ? null
            : site.ConfigDiagnostic(Severity.Warning, "cname",
                $"cname is '{domain}', but the site is built for {url.AbsoluteUri}; GitHub Pages serves a custom domain at its root, so set baseUrl (or --base-url) to https://{domain}/");
    }

    private static SiteWriter? Begin(string outputDirectory, Func<string, Diagnostic> problem, List<Diagnostic> diagnostics)
    {
        try
        {
            return SiteWriter.Begin(outputDirectory);
        }
        catch (Exception e) when (WriteFailure(e) is { } message)
        {
            diagnostics.Add(problem(message));
            return null;
        }
    }

    /// <summary>
    /// One worker per core. Writing a page blocks on the disk, and the thread pool answers blocked
    /// workers by adding threads: a dozen threads on two cores only switch contexts, each with its own
    /// template context and buffers, and make the collector stop more threads.
    /// </summary>
    private static ParallelOptions Workers(CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

    private static Diagnostic Cancelled(string output) =>
        Diagnostic.Error(Stage.Write, output, 0, 0, "the build was cancelled; the previous output was left as it was");

    /// <summary>The message of an exception that stops writing the output, or null for a bug that should surface.</summary>
    private static string? WriteFailure(Exception e) => e switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(WriteFailure).FirstOrDefault(static m => m is not null),
        SiteWriterException or UnsafePathException => e.Message,
        IOException or UnauthorizedAccessException => $"cannot write the site: {e.Message}",
        _ => null,
    };

    /// <summary>Feeds, sitemap, search index and the small files of a published site: each a job that makes one or more files.</summary>
    internal static IEnumerable<Func<IEnumerable<OutputFile>>> SiteFilesOf(SiteModel site) => OutputUnits.SiteFileJobs(site).Select(static job => job.Make);

    private static IReadOnlyList<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        list.Sort(Diagnostic.Order);
        return list;
    }
}
