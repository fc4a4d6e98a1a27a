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
/// <c>build</c>: opens the site, takes the output folder, runs the <see cref="SitePipeline"/> into a
/// <see cref="StagingFolder"/> and swaps it in only when everything succeeded. Errors fail the
/// build and leave the previous output untouched; with <see cref="BuildOptions.Strict"/>, so do
/// warnings. An article that cannot be read is skipped with its diagnostics (as warnings), and the
/// rest of the site is built.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The build date printed when there is no article to take it from.</summary>
    public static readonly DateTimeOffset FallbackDate = FallbackDates.Fixed;

    public static BuildReport Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var total = Stopwatch.StartNew();

        // Configure.
        // The enrichment rules are made only when an article is to be parsed (not when all come from the article cache).
        var site = SiteContext.Open(options.SiteRoot, options.ConfigPath, options.BaseUrl, lazyEnrichment: true);
        var pipeline = new SitePipeline(site, options, new SiteCache());
        var diagnostics = pipeline.Diagnostics;

        // The theme is parsed on another core while the enrichment rules are made and the content loads
        // (a small site's build is mostly such setting up); Plan waits for it.
        var themeDiagnostics = new List<Diagnostic>();
        var theme = Task.Run(() => LoadTheme(site, themeDiagnostics));
        diagnostics.AddRange(site.Diagnostics);
        if (CnameProblem(site) is { } cnameProblem) diagnostics.Add(cnameProblem);
        var outputDirectory = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(site.Root, site.Config.Paths.Output));
        BuildReport Fail() => new()
        {
            Succeeded = false,
            OutputDirectory = outputDirectory,
            Diagnostics = pipeline.SortedDiagnostics(),
            Timings = pipeline.Timings,
            Elapsed = total.Elapsed,
        };

        if (diagnostics.Any(static d => d.IsError)) return Fail();

        // A problem with the output folder points at paths.output when the config chose the folder,
        // else at the folder itself (--output, or the default _site).
        Diagnostic OutputProblem(string message) => options.OutputDirectory is null && site.ConfigSets("paths.output")
            ? site.ConfigDiagnostic(Severity.Error, "paths.output", $"{message} (paths.output is {site.DisplayPath(outputDirectory)})")
            : Diagnostic.Error(Stage.Write, site.DisplayPath(outputDirectory), 0, 0, message);

        // A content folder that is not there (content/ forgotten, paths.content misspelt) is an error:
        // building would silently replace the previous site with an empty one.
        if (!ContentReader.FolderExists(site.ContentDirectory))
        {
            diagnostics.Add(MissingContent(site));
            return Fail();
        }

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

        pipeline.Time("configure");

        // Take the output folder before any work: a second build of it stops here, not after rendering.
        using var writer = Begin(outputDirectory, OutputProblem, diagnostics);
        if (writer is null) return Fail();

        // Nothing the output is made from changed since the last build, and the output is as that build left it:
        // nothing to do (not with --full or --verify, which build from scratch). Else the last build's record goes
        // before anything changes, so that only this build's success can vouch for the output again.
        var listing = ContentReader.List(site.ContentDirectory, site.DisplayPath(site.ContentDirectory));
        var inputs = SiteInputs.Digest(site, options, outputDirectory, listing, DateTimeOffset.UtcNow);
        if (!options.Full && !options.Verify && inputs is { } digest && Unchanged(digest, writer, outputDirectory) is { } last)
        {
            pipeline.Time("unchanged");
            return new BuildReport
            {
                Succeeded = true,
                NothingChanged = true,
                OutputDirectory = outputDirectory,
                Articles = last.Articles,
                Pages = last.Pages,
                FilesWritten = writer.FilesWritten,
                UnitsKept = last.Units,
                Tags = last.Tags,
                Countries = last.Countries,
                SkippedFiles = last.Skipped,
                Diagnostics = last.Diagnostics,
                Timings = pipeline.Timings,
                Elapsed = total.Elapsed,
            };
        }

        try
        {
            InputsFile.Delete(outputDirectory);
        }
        catch (Exception e) when (WriteFailure(e) is { } message)
        {
            diagnostics.Add(OutputProblem(message));
            return Fail();
        }

        // Load → Enrich → Assemble → Plan → Make into a staging folder; swap it in only when all is well.
        // Whatever stops the write (an error, a cancellation, a full disk) leaves the previous output as it was.
        // A unit whose fingerprint is the one the manifest recorded keeps the previous build's files.
        PipelineResult? result;
        var verified = false;
        ArticleCacheFile.BodyFile? cacheBodies = null;
        try
        {
            // The manifest is read on another core while this one reads the article cache (neither needs the other).
            var manifest = Task.Run(() => BuildManifest.Read(outputDirectory));

            // The article cache beside the output: an unchanged article is read but not parsed or enriched again (--full: every one is).
            // Its articles read their bodies from the cache's body file, open until the build has written the next cache.
            var storeKey = ArticleStore.KeyOf(site, options);
            if (storeKey is { } key)
            {
                IReadOnlyDictionary<CachedArticle, ReadOnlyMemory<byte>>? encoded = null;
                ArticleCacheFile.BodyFile? bodies = null;
                var previousArticles = options.Full ? null : ArticleCacheFile.Read(outputDirectory, key, out encoded, out bodies);
                cacheBodies = bodies;
                pipeline.Store = new ArticleStore(previousArticles, encoded, bodies: bodies);
            }

            var previous = manifest.GetAwaiter().GetResult();

            // No article cache to take articles from: every article is parsed, so the rules are needed at once.
            if (pipeline.Store is not { Previous: > 0 }) site.StartEnrichment();

            var destination = new StagingFolder(writer, options.Full ? null : previous);
            TemplateSet? Theme()
            {
                var templates = theme.GetAwaiter().GetResult();
                diagnostics.AddRange(themeDiagnostics);
                return themeDiagnostics.Any(static d => d.IsError) ? null : templates.Templates;
            }

            // The articles' bodies wait for their pages in a temporary file, not in memory (none when it cannot be made).
            using var spill = OpenSpill();
            pipeline.Spill = spill;

            // Rendered cards kept beside the output: an incremental build that makes list pages again takes them from there.
            // Those this build renders wait in the spill until they are saved.
            using var partials = new KeptPartials(options.Full ? null : () => PartialCacheFile.Open(outputDirectory),
                (previous, made, keep) => SavePartials(outputDirectory, previous, made, keep, site, diagnostics), spill);
            pipeline.Partials = partials;
            result = pipeline.Run(listing, Theme, destination, memo: null, cancellationToken);
            if (result is null || pipeline.Failed) return Fail();
            cancellationToken.ThrowIfCancellationRequested();
            if (options.Verify && (result.Kept > 0 || pipeline.Store?.Reused > 0))
            {
                if (!Verify(options, site, destination.PendingFiles(), diagnostics, cancellationToken)) return Fail();
                verified = true;
            }

            if (result.Model.Articles.Count == 0 && previous is { Articles: > 0 } && !options.AllowEmpty)
            {
                diagnostics.Add(EmptyReplacesArticles(site, outputDirectory, previous.Articles));
                return Fail();
            }

            destination.Commit(result.Model.Articles.Count);
            // A build that took every article from the cache, and found every file the cache knew, would write the same cache again.
            if (storeKey is { } written && pipeline.Store is { } store && !(store.Reused == store.Previous && store.Count == store.Previous && store.AllHashed && store.Restamped == 0))
            {
                SaveArticleCache(outputDirectory, written, pipeline.StoreEntries(), store.Encoded, store.Bodies, site, diagnostics);
            }
            pipeline.Time("write");
            if (inputs is { } made && !pipeline.DependsOnClockOrGit && !diagnostics.Exists(static d => d.Stage == Stage.Write) && InputsFile.ManifestStamp(outputDirectory) is { } stamp)
            {
                SaveInputs(outputDirectory, new BuildInputs(made, stamp, result.Model.Articles.Count, result.Model.Pages.Count, result.Made + result.Kept,
                    result.Model.Tags.Terms.Count, result.Model.Countries.Terms.Count, result.Skipped, pipeline.SortedDiagnostics()));
            }
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
        finally
        {
            cacheBodies?.Dispose();
        }

        var model = result.Model;
        return new BuildReport
        {
            Succeeded = true,
            OutputDirectory = outputDirectory,
            Articles = model.Articles.Count,
            Pages = model.Pages.Count,
            FilesWritten = writer.FilesWritten,
            UnitsMade = result.Made,
            UnitsKept = result.Kept,
            ArticlesReused = pipeline.Store?.Reused ?? 0,
            ImagesEncoded = result.ImagesEncoded,
            ImageCacheBytes = result.ImageCacheBytes,
            ImageCacheDirectory = result.ImageCacheBytes > 0 ? Images.ImageCache.Beside(outputDirectory) : null,
            Verified = verified,
            Tags = model.Tags.Terms.Count,
            Countries = model.Countries.Terms.Count,
            SkippedFiles = result.Skipped,
            Diagnostics = pipeline.SortedDiagnostics(),
            Timings = pipeline.Timings,
            Elapsed = total.Elapsed,
        };
    }

    /// <summary>
    /// The last build's record when it was made from inputs of <paramref name="digest"/>, the manifest is the one it
    /// left, and every file the manifest lists is still in the output with the size and time it recorded; else null.
    /// </summary>
    private static BuildInputs? Unchanged(UInt128 digest, SiteWriter writer, string outputDirectory)
    {
        if (InputsFile.Read(outputDirectory) is not { } last || last.Digest != digest || InputsFile.ManifestStamp(outputDirectory) != last.Manifest) return null;
        if (BuildManifest.Read(outputDirectory) is not { } manifest) return null;
        var units = manifest.Units.Values.ToArray();
        var held = true;
        Parallel.For(0, units.Length, SitePipeline.Workers(CancellationToken.None), (i, state) =>
        {
            if (writer.StillHolds(units[i].Files)) return;
            held = false;
            state.Stop();
        });
        return held ? last : null;
    }

    /// <summary>Records what this build was made from; one that cannot be written only costs the next build its shortcut.</summary>
    private static void SaveInputs(string outputDirectory, BuildInputs inputs)
    {
        try
        {
            InputsFile.Write(outputDirectory, inputs);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to report: the next build builds as if the record were not there.
        }
    }

    /// <summary>A body spill in the system's temporary folder, or null when none can be made there (the bodies then stay in memory).</summary>
    private static BodySpill? OpenSpill()
    {
        try
        {
            return new BodySpill(Path.GetTempPath());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the article cache for the next build. The site is already published: a cache that cannot be
    /// written is a warning (the next build parses every article), not a failed build.
    /// </summary>
    private static void SaveArticleCache(string outputDirectory, UInt128 key, IReadOnlyCollection<CachedArticle> entries, IReadOnlyDictionary<CachedArticle, ReadOnlyMemory<byte>>? encoded,
        ArticleCacheFile.BodyFile? bodies, SiteContext site, List<Diagnostic> diagnostics)
    {
        try
        {
            ArticleCacheFile.Write(outputDirectory, key, entries, encoded, bodies);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Warning(Stage.Write, site.DisplayPath(ArticleCacheFile.PathOf(outputDirectory)), 0, 0,
                $"cannot write the article cache ({e.Message}); the next build parses every article again"));
        }
    }

    /// <summary>Writes the rendered cards for the next build; one that cannot be written is a warning (the next build renders them).</summary>
    private static void SavePartials(string outputDirectory, PartialCacheFile.Kept? previous, IReadOnlyCollection<KeyValuePair<UInt128, byte[]>> made, IReadOnlyCollection<UInt128> keep,
        SiteContext site, List<Diagnostic> diagnostics)
    {
        try
        {
            PartialCacheFile.Save(outputDirectory, previous, made, keep);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Warning(Stage.Write, site.DisplayPath(PartialCacheFile.PathOf(outputDirectory)), 0, 0,
                $"cannot write the kept cards ({e.Message}); the next build renders them again"));
        }
    }

    /// <summary>The theme: the default one with the site's templates over it; a missing layout is an error.</summary>
    internal static TemplateLoadResult LoadTheme(SiteContext site, List<Diagnostic> diagnostics)
    {
        var i18n = site.I18nDirectory;
        var templates = TemplateLoader.Load(site.TemplatesDirectory, site.DisplayPath(site.TemplatesDirectory), i18n, site.DisplayPath(i18n));
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
    /// <c>--verify</c>: builds the whole site again from scratch into a temporary folder and compares
    /// it byte for byte with what the incremental build is about to publish (<paramref name="staged"/>:
    /// each file and where its bytes are). Each difference is an error naming the file, and the build is not published.
    /// </summary>
    private static bool Verify(BuildOptions options, SiteContext site, IReadOnlyDictionary<string, string> staged, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
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
                    string.Create(CultureInfo.InvariantCulture, $"--verify: {differences.Count - Listed} more {(differences.Count - Listed == 1 ? "file differs" : "files differ")} from a full build")));
            }

            return differences.Count == 0;
        }
        finally
        {
            SiteWriter.DeleteTemporary(folder);
        }
    }

    /// <summary>The content folder is missing: an error against <c>paths.content</c> when the config set it, else against the folder.</summary>
    internal static Diagnostic MissingContent(SiteContext site)
    {
        var display = site.DisplayPath(site.ContentDirectory);
        return site.ConfigSets("paths.content")
            ? site.ConfigDiagnostic(Severity.Error, "paths.content", $"the content folder '{display}' (paths.content: {site.Config.Paths.Content}) does not exist; nothing was built and the previous output is kept")
            : Diagnostic.Error(Stage.Load, display, 0, 0, "the content folder does not exist; nothing was built and the previous output is kept (create it, or set paths.content in the config)");
    }

    /// <summary>No article now, where the previous build of the output published some: refused without <c>--allow-empty</c>.</summary>
    internal static Diagnostic EmptyReplacesArticles(SiteContext site, string output, int previous) =>
        Diagnostic.Error(Stage.Load, site.DisplayPath(site.ContentDirectory), 0, 0,
            string.Create(CultureInfo.InvariantCulture, $"no article to publish, but the previous build of {site.DisplayPath(output)} published {previous} {(previous == 1 ? "article" : "articles")}; the previous output is kept (build with --allow-empty to publish an empty site)"));

    /// <summary>
    /// <c>paths.static</c> that is the output folder or lies inside it: the build replaces the output,
    /// so the static files would be deleted by the build that should publish them. Reported against
    /// <c>paths.static</c>, and the fix suggested is another name for that folder, not the output's.
    /// </summary>
    internal static Diagnostic? StaticInOutput(SiteContext site, string output)
    {
        var statics = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site.StaticDirectory));
        var outputFolder = Path.TrimEndingDirectorySeparator(output);
        // A static folder the config names is checked before it exists too: on a new site `paths.static: _site`
        // is the same mistake before the first build as after it.
        if (!(ContentReader.FolderExists(statics) || site.ConfigSets("paths.static")) || !(statics == outputFolder || statics.StartsWith(outputFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))) return null;
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
}
