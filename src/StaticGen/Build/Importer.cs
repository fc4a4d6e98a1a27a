using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;
using StaticGen.Site;

namespace StaticGen.Build;

/// <summary>What <c>import</c> did with one source file.</summary>
public sealed record ImportedFile(string Source, string? Target, WriteOutcome? Outcome, string Message);

/// <summary>What <c>import</c> did: one entry per source file, and every diagnostic.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(static d => d.IsError);

    /// <summary>What <c>import</c> prints at the end: how many files it imported, and what became of them.</summary>
    public string Summary =>
        $"Imported {Files.Count} {(Files.Count == 1 ? "file" : "files")}: {Count(WriteOutcome.Written)} written, {Count(WriteOutcome.Unchanged)} unchanged, {Count(WriteOutcome.KeptEdited)} kept as edited, {Files.Count(static f => f.Outcome is null)} skipped.";

    private int Count(WriteOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}

/// <summary>
/// <c>staticgen import</c>: turns raw articles into <c>&lt;slug&gt;.md</c> files with front matter, loading
/// them exactly as the build does. Safe to re-run: a file already imported from the same source is
/// updated in place only while nobody has edited it (its <c>importHash</c> still matches), an
/// unchanged result writes nothing, and the date an undated article got the first time is kept.
/// Images beside a source file are copied beside the Markdown file.
/// </summary>
public static class Importer
{
    /// <param name="site">The site whose cleanup and detection rules apply.</param>
    /// <param name="sources">Raw article files, or folders of them.</param>
    /// <param name="outputFolder">Where the Markdown files go.</param>
    /// <param name="force">Overwrite files edited after import.</param>
    /// <param name="now">The import time (the clock, or <c>SOURCE_DATE_EPOCH</c>): the date of an undated article that git does not date.</param>
    public static ImportResult Import(SiteContext site, IReadOnlyList<string> sources, string outputFolder, bool force, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(outputFolder);
        var diagnostics = new List<Diagnostic>();
        var files = new List<ImportedFile>();
        var output = Path.GetFullPath(outputFolder);
        var paths = Expand(site, sources, diagnostics, files);

        var fallback = new FallbackDates(site.Root);
        // The files imported together are the pile: a line many of them repeat is furniture.
        var pile = PileFiles.Of(paths);
        var loads = paths.Select(p => site.LoadArticle(new ContentEntry(site.DisplayPath(p), p, ContentKind.RawArticle), fallback, pile)).ToList();
        var duplicates = Duplicates.Find(loads).ToDictionary(static d => d.Duplicate);

        var existing = ArticleWriter.Existing(output);
        var bySource = existing.Where(static e => e.Source is not null).GroupBy(static e => e.Source!, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var taken = existing.ToDictionary(static e => e.FileName, static e => e.Source, StringComparer.Ordinal);

        for (var i = 0; i < loads.Count; i++)
        {
            var load = loads[i];
            diagnostics.AddRange(load.Diagnostics.Where(static d => !d.Message.StartsWith("no date found", StringComparison.Ordinal)));
            if (duplicates.TryGetValue(i, out var dup))
            {
                diagnostics.Add(Duplicates.Warning(load.SourcePath, loads[dup.Original].SourcePath, dup.Similarity) with { Message = $"near-duplicate of {loads[dup.Original].SourcePath} ({Math.Round(dup.Similarity * 100):0}% the same text); not imported" });
                files.Add(new ImportedFile(load.SourcePath, null, null, "skipped: a near-duplicate"));
                continue;
            }

            if (load.Article is not { } article || load.Diagnostics.Any(static d => d.IsError))
            {
                files.Add(new ImportedFile(load.SourcePath, null, null, "skipped: not readable as an article"));
                continue;
            }

            var source = Path.GetRelativePath(site.Root, paths[i]).Replace('\\', '/');
            bySource.TryGetValue(source, out var previous);

            // The date: the text's; else the one an earlier import wrote; else git's; else today. Written, it never moves again.
            Diagnostic? dateNote = null;
            if (article.DateIsFallback)
            {
                var (gitDate, _) = fallback.For(paths[i]);
                var date = previous?.Date ?? (gitDate != FallbackDates.Fixed ? gitDate : new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero));
                var why = previous?.Date is not null ? "kept from the earlier import" : gitDate != FallbackDates.Fixed ? "the date of the git commit that added the file" : "today, the day of the import";
                dateNote = Diagnostic.Warning(Stage.Load, load.SourcePath, 0, 0, $"no date found; wrote {Dates.Day(date)} ({why}) into the front matter");
                article = article with { Date = date, DateIsFallback = false };
            }

            var fileName = previous?.FileName ?? FreeName(article.Slug, source, taken);
            var slug = Path.GetFileNameWithoutExtension(fileName);
            if (previous is null && slug != article.Slug)
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Load, load.SourcePath, 0, 0, $"{article.Slug}.md is taken by another article; writing {fileName}"));
            }

            article = article with { Slug = previous is null ? slug : article.Slug };
            taken[fileName] = source;
            var target = Path.Combine(output, fileName);
            var text = ArticleWriter.Compose(article, source);
            var outcome = ArticleWriter.Write(target, text, force);
            var display = site.DisplayPath(target);
            files.Add(new ImportedFile(load.SourcePath, display, outcome, outcome switch
            {
                WriteOutcome.Written => $"wrote {display}",
                WriteOutcome.Unchanged => $"unchanged {display}",
                _ => $"kept {display}: it was edited after import; use --force to overwrite it",
            }));
            if (outcome == WriteOutcome.Written && dateNote is not null) diagnostics.Add(dateNote);
            if (outcome == WriteOutcome.KeptEdited)
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Write, display, 0, 0, "edited since it was imported; left as it is (use --force to overwrite)"));
            }

            CopyImages(site, article, paths[i], output, force, diagnostics);
        }

        diagnostics.Sort(Diagnostic.Order);
        return new ImportResult(files, diagnostics);
    }

    /// <summary>Files as given, and every <c>.txt</c> under folders, in a stable order.</summary>
    private static List<string> Expand(SiteContext site, IReadOnlyList<string> sources, List<Diagnostic> diagnostics, List<ImportedFile> files)
    {
        var paths = new List<string>();
        foreach (var source in sources)
        {
            var full = Path.GetFullPath(source);
            if (ContentReader.FolderExists(full))
            {
                var listing = ContentReader.List(full, site.DisplayPath(full));
                diagnostics.AddRange(listing.Diagnostics);
                paths.AddRange(listing.Entries.Where(static e => e.Kind == ContentKind.RawArticle).Select(static e => e.FullPath));
            }
            else if (!ContentReader.FileExists(full))
            {
                diagnostics.Add(Diagnostic.Error(Stage.Load, site.DisplayPath(full), 0, 0, "no such file or folder"));
            }
            else if (ContentReader.KindOf(full) == ContentKind.MarkdownArticle)
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Load, site.DisplayPath(full), 0, 0, "already a Markdown article; nothing to import"));
                files.Add(new ImportedFile(site.DisplayPath(full), null, null, "skipped: already Markdown"));
            }
            else
            {
                paths.Add(full);
            }
        }

        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    private static string FreeName(string slug, string source, Dictionary<string, string?> taken)
    {
        var name = slug + ".md";
        for (var n = 2; taken.TryGetValue(name, out var owner) && owner != source; n++)
        {
            name = slug + "-" + n.ToString(CultureInfo.InvariantCulture) + ".md";
        }

        return name;
    }

    private static void CopyImages(SiteContext site, Article article, string sourcePath, string output, bool force, List<Diagnostic> diagnostics)
    {
        var from = Path.GetDirectoryName(sourcePath)!;
        if (string.Equals(Path.GetFullPath(from), output, StringComparison.Ordinal)) return;
        foreach (var image in article.Images)
        {
            // Only a file beside the article (or below it) is copied, to the same place beside the Markdown
            // file: an absolute, drive or '..' path, or a link leading elsewhere, is never read or written.
            if (ContentPaths.Resolve(Path.GetFileName(sourcePath), image.Src) is not { } relative) continue;
            var file = Path.Combine(from, relative);
            if (ContentReader.FileExists(file) && !ContentReader.IsWithin(file, from))
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Load, site.DisplayPath(sourcePath), 0, 0, $"image '{image.Src}' is a link to a file outside the article's folder; it is not copied"));
                continue;
            }

            if (!ContentReader.FileExists(file))
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Load, site.DisplayPath(sourcePath), 0, 0, $"image '{image.Src}' is not beside the article; the figure shows its caption only"));
                continue;
            }

            var target = Path.Combine(output, relative);
            if (ArticleWriter.Copy(file, target, force) == WriteOutcome.KeptEdited)
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Write, site.DisplayPath(target), 0, 0, $"a different file is already there; image '{image.Src}' was not copied (use --force to overwrite)"));
            }
        }
    }
}
