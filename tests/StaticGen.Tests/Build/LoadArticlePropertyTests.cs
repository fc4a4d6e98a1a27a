using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// Loading an article (parse, cleanup, detection, slug, summary) never throws, whatever the text:
/// controls, lone surrogates, long lines, deep nesting. A thrown exception would stop the build.
/// </summary>
public sealed class LoadArticlePropertyTests : IDisposable
{
    private static readonly string[] s_runs = [">", "[", "*", "_", "- ", "> ", "1. ", "  ", "`", "![", "<", "#", "|", "\\", "~~", "(", "a ", "\n", "-\n", " - x\n"];
    private readonly TempFolder _folder = new();
    private readonly SiteContext _site;

    public LoadArticlePropertyTests() => _site = SiteContext.Open(_folder.Path);

    public void Dispose() => _folder.Dispose();

    /// <summary>Hostile text, now and then with a run of one markup character thousands long.</summary>
    public static Arbitrary<string> Texts() => Gen.Frequency(
        (4, Hostile.Text),
        (1, Gen.Elements(s_runs).Zip(Gen.Choose(100, 5_000)).Zip(Hostile.Text).Select(static x => x.Item2 + string.Concat(Enumerable.Repeat(x.Item1.Item1, x.Item1.Item2)) + x.Item2)))
        .ToArbitrary();

    [Property(Arbitrary = [typeof(LoadArticlePropertyTests)], MaxTest = 100)]
    public void Loading_a_raw_article_never_throws(string title, string body)
    {
        var load = Load(ContentKind.RawArticle, title + "\n\n" + body);
        Assert.True(load.Article is not null || load.Diagnostics.Count > 0);
    }

    [Property(Arbitrary = [typeof(LoadArticlePropertyTests)], MaxTest = 100)]
    public void Loading_a_markdown_article_never_throws(string frontMatter, string body)
    {
        var load = Load(ContentKind.MarkdownArticle, "---\ntitle: A\n" + frontMatter + "\n---\n" + body);
        Assert.True(load.Article is not null || load.Diagnostics.Count > 0);
        var withoutFrontMatter = Load(ContentKind.MarkdownArticle, body);
        Assert.True(withoutFrontMatter.Article is not null || withoutFrontMatter.Diagnostics.Count > 0);
    }

    [Theory]
    [InlineData(">", 100_000)]
    [InlineData("[", 100_000)]
    [InlineData("- ", 50_000)]
    [InlineData("*a ", 100_000)]
    [InlineData("![", 50_000)]
    public void A_markdown_body_nested_too_deeply_is_published_as_plain_text_with_a_warning(string run, int count)
    {
        var load = Load(ContentKind.MarkdownArticle, "---\ntitle: Deep\ndate: 2024-01-01\n---\n" + string.Concat(Enumerable.Repeat(run, count)) + " end\n");

        var article = Assert.IsType<Article>(load.Article);
        Assert.Contains(load.Diagnostics, static d => d is { Severity: Severity.Warning, Path: "content/x.md", Line: 5 } && d.Message.Contains("published as plain text", StringComparison.Ordinal));
        Assert.EndsWith("end", article.Body.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Indented_lists_nested_a_thousand_deep_are_refused_before_markdig_builds_them()
    {
        var body = string.Join('\n', Enumerable.Range(0, 1000).Select(static i => new string(' ', 2 * i) + "- item"));
        var load = Load(ContentKind.MarkdownArticle, "---\ntitle: Deep\ndate: 2024-01-01\n---\n" + body);
        Assert.Contains(load.Diagnostics, static d => d.Message.Contains("published as plain text", StringComparison.Ordinal));
        Assert.Contains("item", load.Article!.Body, StringComparison.Ordinal);
    }

    private ArticleLoad Load(ContentKind kind, string text) =>
        _site.LoadArticle(kind == ContentKind.RawArticle ? "content/x.txt" : "content/x.md", _folder.Combine("content", "x"), kind, text, FallbackDates.None);
}
