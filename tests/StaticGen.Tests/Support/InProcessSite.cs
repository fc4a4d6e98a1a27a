using System.Text;
using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Rendering;
using StaticGen.Rendering.Templates;
using StaticGen.Site;

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

        var diagnostics = new List<Diagnostic>();
        var articles = new List<Article>();
        foreach (var (name, text) in files)
        {
            var display = "content/" + name;
            var decoded = ContentReader.Decode(Encoding.UTF8.GetBytes(text), display);
            diagnostics.AddRange(decoded.Diagnostics);
            if (decoded.Text is null) continue;
            var load = site.LoadArticle(display, Path.Combine(root, display), ContentReader.KindOf(name), decoded.Text, FallbackDates.None);
            diagnostics.AddRange(load.Diagnostics);
            if (load.Article is { } article && !load.Diagnostics.Any(static d => d.IsError)) articles.Add(article);
        }

        var assembled = SiteAssembler.Assemble(site.Config, articles, ["content/" + Photo], new PublishOptions(DateTimeOffset.UnixEpoch.AddYears(60), true, true));
        diagnostics.AddRange(assembled.Diagnostics);
        var model = assembled.Site;
        var renderer = new PageRenderer(model, s_theme, new MarkdownRenderer(site.Config.Markdown), site.Enricher.Gazetteer);
        var output = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in model.Pages)
        {
            var rendered = renderer.Render(page);
            diagnostics.AddRange(rendered.Diagnostics);
            Assert.False(rendered.Diagnostics.Any(static d => d.IsError), string.Join('\n', rendered.Diagnostics));
            if (rendered.File is { } file) output.Add(file.RelativePath, file.Text);
        }

        foreach (var file in SiteBuilder.SiteFilesOf(model).SelectMany(static make => make())) output.Add(file.RelativePath, file.Text);
        return new Result(output, [.. model.Articles.Select(static a => a.Article)], diagnostics);
    }

    private static TemplateSet LoadTheme()
    {
        var theme = TemplateLoader.Load(null);
        Assert.Empty(theme.Diagnostics);
        return theme.Templates;
    }
}
