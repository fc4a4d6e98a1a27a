using AngleSharp.Html.Parser;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

/// <summary>The writer's workflow end to end, as a user types it: init → new → build → clean.</summary>
public sealed class WriterWorkflowTests : IDisposable
{
    private static readonly HtmlParser s_parser = new();
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Site => _temp.Combine("harbour-post");

    private string Config => Path.Combine(Site, "site.config.yml");

    private string Output => Path.Combine(Site, "_site");

    [Fact]
    public void Init_new_build_publishes_the_new_article_with_its_tag_and_country_chips_and_clean_removes_the_output()
    {
        var init = CliRunner.Run("init", Site, "--title", "The Harbour Post");
        Assert.True(init.Exit == 0, init.Err);

        var created = CliRunner.Run("new", "Ferry fares rise again on the Kiel line", "--tag", "Color Line", "--country", "DK", "--country", "Norway", "--config", Config);
        Assert.True(created.Exit == 0, created.Err);
        var path = Assert.Single(created.OutLines);
        Assert.Equal(Path.Combine(Site, "content", "ferry-fares-rise-again-on-the-kiel-line.md"), path);
        File.AppendAllText(path, "Fares on the overnight ferry rise by a tenth from June, the operator said on Monday.\n");

        var build = CliRunner.Run("build", "--config", Config);
        Assert.True(build.Exit == 0, build.Err);

        var page = s_parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "articles", "ferry-fares-rise-again-on-the-kiel-line", "index.html")));
        Assert.Equal("Ferry fares rise again on the Kiel line", page.QuerySelector("article h1, main h1")?.TextContent.Trim());
        var countryChips = page.QuerySelectorAll("article .chips a.chip--country").Select(static a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Denmark", "/countries/denmark/"), ("Norway", "/countries/norway/")], countryChips);
        var tagChips = page.QuerySelectorAll("article .chips a.chip:not(.chip--country)").Select(static a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Color Line", "/tags/color-line/")], tagChips);
        Assert.Contains("rise by a tenth", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);

        // The example article of init is on the home page too, beside the new one.
        var home = s_parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "index.html")));
        var links = home.QuerySelectorAll("main a[href^='/articles/']").Select(static a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("/articles/ferry-fares-rise-again-on-the-kiel-line/", links);
        Assert.Contains("/articles/welcome-to-the-harbour-post/", links);
        Assert.Empty(HtmlLinks.Broken(Output));

        var clean = CliRunner.Run("clean", "--config", Config);
        Assert.True(clean.Exit == 0, clean.Err);
        Assert.False(Directory.Exists(Output));
        Assert.Empty(Directory.GetFileSystemEntries(Site, ".staticgen-*"));
        Assert.True(File.Exists(path));
        Assert.True(File.Exists(Config));
    }
}
