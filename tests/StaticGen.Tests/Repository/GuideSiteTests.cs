using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticGen.Build;
using StaticGen.Checking;
using StaticGen.Configuration;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Repository;

/// <summary>
/// The user guide in docs/ is a StaticGen site: it builds without a warning (so a renamed variable
/// its own templates use fails here, not only in CI), passes <c>staticgen check</c> under a
/// project-site URL, and every page is a chapter of the home page's list, with the chapters before
/// and after it linked. The README stays a newcomer's page that links into the guide.
/// </summary>
public sealed partial class GuideSiteTests : IDisposable
{
    private static readonly string s_root = TemplateVariablesDocTests.RepositoryRoot();
    private static readonly string s_docs = Path.Combine(s_root, "docs");
    private static readonly Uri s_url = new("https://octo.github.io/repo/docs/");
    private static readonly HtmlParser s_parser = new();
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    private string Build()
    {
        var output = _output.Combine("_site");
        var report = SiteBuilder.Build(new BuildOptions { SiteRoot = s_docs, OutputDirectory = output, BaseUrl = s_url, Strict = true, Full = true });
        Assert.True(report.Succeeded, "the guide failed to build:\n" + string.Join('\n', report.Diagnostics));
        Assert.Empty(report.Diagnostics);
        return output;
    }

    [Fact]
    public void The_guide_builds_without_warnings_and_passes_check()
    {
        var output = Build();
        var check = SiteChecker.Check(new CheckOptions { Directory = output, SiteUrl = s_url });
        Assert.True(check.Succeeded, string.Join('\n', check.Problems));
        Assert.True(check.Pages >= 10, $"only {check.Pages} pages checked");
    }

    [Fact]
    public void Every_page_is_a_chapter_listed_on_the_home_page_with_its_neighbours_linked()
    {
        var config = SiteConfigReader.Read(Path.Combine(s_docs, "site.config.yml"));
        Assert.False(config.HasErrors, string.Join('\n', config.Diagnostics));
        var chapters = ((IReadOnlyList<object?>)config.Config.Params["chapters"]!)
            .Cast<IReadOnlyDictionary<string, object?>>()
            .Select(static c => (Title: (string)c["title"]!, Url: (string)c["url"]!))
            .ToList();
        var pages = Directory.EnumerateFiles(Path.Combine(s_docs, "content"), "*.md")
            .Select(static f => "/" + Path.GetFileNameWithoutExtension(f) + "/")
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, chapters.Select(static c => c.Url).Order(StringComparer.Ordinal));

        var output = Build();
        var home = s_parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(
            chapters.Select(static c => "/repo/docs" + c.Url),
            home.QuerySelectorAll("main .card__title a").Select(static a => a.GetAttribute("href")));

        for (var i = 0; i < chapters.Count; i++)
        {
            var page = s_parser.ParseDocument(File.ReadAllText(Path.Combine(output, chapters[i].Url.Trim('/'), "index.html")));
            Assert.Equal(chapters[i].Title, page.QuerySelector("h1")!.TextContent.Trim());
            var previous = page.QuerySelector("a[rel=prev]")?.GetAttribute("href");
            var next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            Assert.Equal(i == 0 ? null : "/repo/docs" + chapters[i - 1].Url, previous);
            Assert.Equal(i == chapters.Count - 1 ? null : "/repo/docs" + chapters[i + 1].Url, next);
        }
    }

    [Fact]
    public void The_readme_is_short_and_its_links_into_the_guide_lead_to_pages()
    {
        var readme = File.ReadAllText(Path.Combine(s_root, "README.md"));
        var lines = readme.Split('\n').Length;
        Assert.True(lines <= 150, $"README.md has {lines} lines; the guide in docs/ is the place for details");
        var links = RelativeLink().Matches(readme).Select(static m => m.Groups[1].Value).ToList();
        Assert.Contains("docs/content/getting-started.md", links);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(s_root, link)), $"README.md links {link}, which does not exist"));
    }

    [GeneratedRegex(@"\]\((docs/[^)#]+)(?:#[^)]*)?\)")]
    private static partial Regex RelativeLink();
}
