using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Build;

/// <summary>One file as <c>staticgen inspect</c> reports it: what loading it gave, and every diagnostic about it.</summary>
public sealed record InspectedArticle(string Source, ArticleLoad Load, IReadOnlyList<Diagnostic> Diagnostics)
{
    public Article? Article => Load.Article;

    /// <summary>Whether the file gave no article (an error stopped it).</summary>
    public bool Failed => Load.Article is null;
}

/// <summary>
/// Loads article files exactly as the build does (read → parse → clean → enrich) and adds the checks
/// the build makes across files: images missing beside the article, and near-duplicates among the
/// files inspected together.
/// </summary>
public static class ArticleInspector
{
    public static IReadOnlyList<InspectedArticle> Inspect(SiteContext site, IReadOnlyList<string> paths, FallbackDates fallback)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(fallback);

        var loads = new ArticleLoad[paths.Count];
        var fullPaths = paths.Select(static p => Path.GetFullPath(p)).ToArray();

        // A raw file is read with the pile the build reads it with: its content folder's raw articles (or the raw files beside it).
        var piles = fullPaths.Where(static p => ContentReader.KindOf(p) != ContentKind.MarkdownArticle).Select(p => PileFiles.PileFolder(site, p))
            .Distinct(StringComparer.Ordinal).ToDictionary(static f => f, f => PileFiles.Of(PileFiles.RawFiles(site, f)), StringComparer.Ordinal);
        Parallel.For(0, paths.Count, i =>
        {
            var full = fullPaths[i];
            var display = site.DisplayPath(full);
            if (!ContentReader.FileExists(full))
            {
                loads[i] = new ArticleLoad(display, null, null, [Diagnostic.Error(Stage.Load, display, 0, 0, "the file does not exist")]);
                return;
            }

            var kind = ContentReader.KindOf(full) == ContentKind.MarkdownArticle ? ContentKind.MarkdownArticle : ContentKind.RawArticle;
            loads[i] = site.LoadArticle(new ContentEntry(display, full, kind), fallback, piles.GetValueOrDefault(PileFiles.PileFolder(site, full)));
        });

        var extra = loads.Select(static _ => new List<Diagnostic>()).ToArray();
        for (var i = 0; i < loads.Length; i++)
        {
            if (loads[i].Article is not { } article) continue;
            var folder = Path.GetDirectoryName(fullPaths[i])!;
            foreach (var (image, line) in ImagesWithLines(loads[i]))
            {
                if (!image.Src.Contains("://", StringComparison.Ordinal) && !ContentReader.FileExists(Path.Combine(folder, image.Src)))
                {
                    extra[i].Add(Diagnostic.Warning(Stage.Assemble, loads[i].SourcePath, line, 0,
                        $"image '{image.Src}' is not beside the article; the figure shows its caption only"));
                }
            }
        }

        foreach (var (duplicate, original, similarity) in Duplicates.Find(loads))
        {
            extra[duplicate].Add(Duplicates.Warning(loads[duplicate].SourcePath, loads[original].SourcePath, similarity));
        }

        return [.. loads.Select((load, i) =>
        {
            var diagnostics = load.Diagnostics.Concat(extra[i]).ToList();
            diagnostics.Sort(Diagnostic.Order);
            return new InspectedArticle(load.SourcePath, load, diagnostics);
        })];
    }

    private static IEnumerable<(ArticleImage Image, int Line)> ImagesWithLines(ArticleLoad load)
    {
        var figures = load.Enriched?.Blocks.OfType<RawFigure>().ToList() ?? [];
        foreach (var image in load.Article!.Images)
        {
            var line = figures.FirstOrDefault(f => f.Image.Src == image.Src)?.Line ?? 0;
            yield return (image, line);
        }
    }
}

/// <summary>Near-duplicate articles: which copy is published and how the others are reported. Shared by build and inspect.</summary>
public static class Duplicates
{
    /// <summary>
    /// The duplicates among loaded articles, each with the copy that is kept: an authored Markdown file
    /// before a raw text, a dated article before an undated one, the longer text, then the path order.
    /// </summary>
    public static IEnumerable<(int Duplicate, int Original, double Similarity)> Find(IReadOnlyList<ArticleLoad> loads) => Find(loads, null);

    /// <param name="loads">Every article file loaded.</param>
    /// <param name="cache">Keeps each article's duplicate-detection keys between builds of a serving process; null computes them all.</param>
    internal static IEnumerable<(int Duplicate, int Original, double Similarity)> Find(IReadOnlyList<ArticleLoad> loads, SiteCache? cache)
    {
        ArgumentNullException.ThrowIfNull(loads);
        if (cache is null) return FindAll(loads, null);

        // A serving process checks only the articles that changed, when they share no bucket with another.
        ulong[]? CachedKeysOf(Article article) => cache.DuplicateKeys(article, KeysOf);
        if (cache.Duplicates?.Update(loads, CachedKeysOf) is { } index) return index.Matches;
        var matches = FindAll(loads, CachedKeysOf);
        // The index serves the next run of a serving process; a one-off build would hold it (and every load) while it renders.
        if (cache.Live) cache.Duplicates = DuplicateIndex.Of(loads, CachedKeysOf, matches);
        return matches;
    }

    /// <summary>An article's near-duplicate band keys.</summary>
    internal static ulong[]? KeysOf(Article article) => DuplicateDetector.BandKeys(TextOf(article));

    private static List<(int Duplicate, int Original, double Similarity)> FindAll(IReadOnlyList<ArticleLoad> loads, Func<Article, ulong[]?>? keysOf)
    {
        var order = Enumerable.Range(0, loads.Count)
            .Where(i => loads[i].Article is not null)
            .OrderBy(i => loads[i].Article!.Format == SourceFormat.Markdown ? 0 : 1)
            .ThenBy(i => loads[i].Article!.DateIsFallback ? 1 : 0)
            .ThenByDescending(i => loads[i].Article!.WordCount)
            .ThenBy(i => loads[i].SourcePath, StringComparer.Ordinal)
            .ToList();
        // Each text is made when the detector reads it, so the whole archive's text is never held twice.
        var texts = new ProjectedList<string>(order.Count, k => TextOf(loads[order[k]].Article!));
        Func<int, ulong[]?>? keys = keysOf is null ? null : k => keysOf(loads[order[k]].Article!);
        return [.. DuplicateDetector.Find(texts, keys).Select(match => (order[match.Duplicate], order[match.Original], match.Similarity))];
    }

    public static Diagnostic Warning(string duplicate, string original, double similarity) =>
        Diagnostic.Warning(Stage.Enrich, duplicate, 0, 0,
            $"near-duplicate of {original} ({Math.Round(similarity * 100):0}% the same text); only {original} is published");

    private static string TextOf(Article article) => article.Title + "\n" + article.Summary + "\n" + article.Body;
}

/// <summary>A read-only list whose items are computed when read.</summary>
internal sealed class ProjectedList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return item(i);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
