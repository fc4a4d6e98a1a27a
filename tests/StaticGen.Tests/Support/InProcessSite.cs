using System.Text;
using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Rendering.Templates;

namespace StaticGen.Tests.Support;

/// <summary>
/// Runs the pipeline in memory over article texts, as <see cref="SiteBuilder"/> does but without the
/// disk: each text is decoded as a file's bytes would be, loaded, assembled with the default theme,
/// and every page, feed and index rendered. Fast enough for property tests with many articles a run.
/// </summary>
public static class InProcessSite
{
    /// <summary>A content image every article may name.</summary>
    public const string Photo = "photo.jpg";

    private static readonly TemplateSet s_theme = LoadTheme();

    /// <summary>A rendered site: every output file by path, and the articles that made it.</summary>
    public sealed record Result(IReadOnlyDictionary<string, string> Files, IReadOnlyList<Article> Articles, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IEnumerable<KeyValuePair<string, string>> Pages => Files.Where(static f => f.Key.EndsWith(".html", StringComparison.Ordinal));
    }

    /// <param name="files">Article files by name (<c>a.txt</c>, <c>b.md</c>) and their text.</param>
    public static Result Render(IReadOnlyList<(string Name, string Text)> files)
    {
        // A site folder that does not exist: no config file, so every setting is a default (markdown.unsafeHtml: false).
        var root = Path.Combine(Path.GetTempPath(), "staticgen-inprocess-" + Guid.NewGuid().ToString("N"));
        var site = SiteContext.Open(root);
        var options = new BuildOptions { SiteRoot = root, IncludeDrafts = true, IncludeFuture = true, SourceDateEpoch = DateTimeOffset.UnixEpoch.AddYears(60) };
        var pipeline = new SitePipeline(site, options, new SiteCache());

        // The articles are "files" of the content folder, read from memory; the photo is listed, never read.
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = new List<ContentEntry>();
        foreach (var (name, text) in files)
        {
            var full = Path.Combine(site.ContentDirectory, name);
            texts[full] = text;
            entries.Add(new ContentEntry(name, full, ContentReader.KindOf(name)));
        }

        entries.Add(new ContentEntry(Photo, Path.Combine(site.ContentDirectory, Photo), ContentKind.Asset));
        var destination = new DictionaryOutput();
        var result = pipeline.Run(new ContentListing(entries, []), () => s_theme, destination, memo: null, CancellationToken.None,
            (entry, display) => ContentReader.Decode(Encoding.UTF8.GetBytes(texts[entry.FullPath]), display));
        Assert.NotNull(result);
        Assert.False(pipeline.Diagnostics.Any(static d => d.IsError), string.Join('\n', pipeline.Diagnostics));
        var output = destination.Files.Values.Where(static f => f.Text is not null).ToDictionary(static f => f.RelativePath, static f => f.Text!, StringComparer.Ordinal);
        return new Result(output, [.. result.Model.Articles.Select(static a => a.Article)], pipeline.SortedDiagnostics());
    }

    private static TemplateSet LoadTheme()
    {
        var theme = TemplateLoader.Load(null);
        Assert.Empty(theme.Diagnostics);
        return theme.Templates;
    }
}
