using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// A site built from the pages of <c>Fixtures/pages/</c> (furniture-only pages and short real articles, our own words): each
/// furniture-only file gets a warning naming it and no article page; every short article is published.
/// </summary>
public sealed class FurnitureOnlyPagesBuildTests : IDisposable
{
    private static readonly string s_pages = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pages");

    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Harbour Reader
        baseUrl: https://reader.example.org/
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Furniture_only_pages_are_skipped_with_a_warning_naming_each_file_and_short_articles_are_published()
    {
        var furniture = Directory.GetFiles(Path.Combine(s_pages, "furniture-only"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var articles = Directory.GetFiles(Path.Combine(s_pages, "short-articles"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        foreach (var name in furniture) _site.Write($"content/{name}", File.ReadAllText(Path.Combine(s_pages, "furniture-only", name!)));
        foreach (var name in articles) _site.Write($"content/{name}", File.ReadAllText(Path.Combine(s_pages, "short-articles", name!)));

        var report = _site.BuildOk();

        foreach (var name in furniture)
        {
            Assert.Contains(report.Diagnostics, d => d.Path == $"content/{name}" && d.Message.Contains("only page furniture", StringComparison.Ordinal)
                && d.Message.Contains("it is skipped", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(report.Diagnostics, d => articles.Any(a => d.Path == $"content/{a}") && d.Message.Contains("skipped", StringComparison.Ordinal));
        var pages = _site.OutputFiles().Where(static f => f.StartsWith("articles/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(articles.Count, pages.Count);
        Assert.Contains("articles/coast-road-to-close-for-weekend-resurfacing/index.html", pages);
    }
}
