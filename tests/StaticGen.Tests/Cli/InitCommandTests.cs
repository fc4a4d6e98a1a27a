using AngleSharp.Html.Parser;
using StaticGen.Configuration;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Init_makes_a_site_that_builds_with_the_embedded_theme()
    {
        var site = _temp.Combine("newsroom");

        var init = CliRunner.Run("init", site);

        Assert.True(init.Exit == 0, init.Err);
        Assert.Equal("", init.Err);
        Assert.Equal([".github", ".gitignore", "content", "site.config.yml"], Directory.GetFileSystemEntries(site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["welcome-to-my-news-site.md"], Directory.GetFiles(Path.Combine(site, "content")).Select(Path.GetFileName));
        Assert.Contains("  wrote content/welcome-to-my-news-site.md", init.OutLines.Select(static l => "  " + l));

        var build = CliRunner.Run("build", "--config", Path.Combine(site, "site.config.yml"), "--strict");
        Assert.True(build.Exit == 0, build.Err);

        var parser = new HtmlParser();
        var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "_site", "articles", "welcome-to-my-news-site", "index.html")));
        Assert.Equal("Welcome to My news site", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(["Add articles", "Build and check", "Front matter"], page.QuerySelectorAll(".article__body h2").Select(static h => h.TextContent.Trim()));
        Assert.Equal(["StaticGen"], page.QuerySelectorAll("article .chips a.chip").Select(static a => a.TextContent.Trim()));
        var home = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "_site", "index.html")));
        Assert.Contains("My news site", home.QuerySelector("title")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(HtmlLinks.Broken(Path.Combine(site, "_site")));
    }

    [Fact]
    public void Init_writes_the_github_pages_workflow_and_never_replaces_one()
    {
        var site = _temp.Combine("newsroom");

        var init = CliRunner.Run("init", site);

        Assert.True(init.Exit == 0, init.Err);
        Assert.Contains("wrote .github/workflows/pages.yml", init.OutLines);
        Assert.Contains(init.OutLines, l => l.Contains("Settings > Pages > Source", StringComparison.Ordinal));
        var written = File.ReadAllText(Path.Combine(site, ".github", "workflows", "pages.yml"));
        Assert.Contains("uses: " + StaticGen.Build.PagesWorkflow.ActionReference, written, StringComparison.Ordinal);

        // A site that already has a workflow keeps it, byte for byte, and init says so.
        var own = _temp.Combine("own");
        Directory.CreateDirectory(Path.Combine(own, ".github", "workflows"));
        File.WriteAllText(Path.Combine(own, ".github", "workflows", "pages.yml"), "name: ours\n");

        var forced = CliRunner.Run("init", own, "--force");

        Assert.True(forced.Exit == 0, forced.Err);
        Assert.Contains("kept  .github/workflows/pages.yml (it was already there)", forced.OutLines);
        Assert.DoesNotContain(forced.OutLines, l => l.Contains("Settings > Pages", StringComparison.Ordinal));
        Assert.Equal("name: ours\n", File.ReadAllText(Path.Combine(own, ".github", "workflows", "pages.yml")));
    }

    [Fact]
    public void Title_and_base_url_go_into_the_config_whatever_characters_the_title_has()
    {
        var site = _temp.Combine("post");
        const string title = "The \"Harbour\" Post: #1 for tides & ferries";

        var init = CliRunner.Run("init", site, "--title", title, "--base-url", "https://example.github.io/harbour");

        Assert.True(init.Exit == 0, init.Err);
        var config = SiteConfigReader.Read(Path.Combine(site, "site.config.yml"));
        Assert.Empty(config.Diagnostics);
        Assert.Equal(title, config.Config.Title);
        Assert.Equal(new Uri("https://example.github.io/harbour/"), config.Config.BaseUrl);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_force_adds_files_without_overwriting_any()
    {
        var site = _temp.Combine("existing");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "site.config.yml"), "title: Kept as it was\n");
        File.WriteAllText(Path.Combine(site, "NOTES.md"), "Our notes.\n");

        var refused = CliRunner.Run("init", site);

        Assert.Equal(1, refused.Exit);
        Assert.Contains(": error: the folder is not empty; init makes a site in a new or empty folder. Use --force", refused.Err, StringComparison.Ordinal);
        Assert.Equal(["NOTES.md", "site.config.yml"], Directory.GetFileSystemEntries(site).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var forced = CliRunner.Run("init", site, "--force", "--title", "Ignored: the config is kept");

        Assert.True(forced.Exit == 0, forced.Err);
        Assert.Equal("title: Kept as it was\n", File.ReadAllText(Path.Combine(site, "site.config.yml")));
        Assert.Equal("Our notes.\n", File.ReadAllText(Path.Combine(site, "NOTES.md")));
        Assert.Contains("kept  site.config.yml (it was already there)", forced.OutLines);
        Assert.Contains("wrote .gitignore", forced.OutLines);
        Assert.Equal(["welcome-to-kept-as-it-was.md"], Directory.GetFiles(Path.Combine(site, "content")).Select(Path.GetFileName));

        var again = CliRunner.Run("init", site, "--force");
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains("kept  content/ (it was already there)", again.OutLines);
        Assert.Single(Directory.GetFiles(Path.Combine(site, "content")));
    }

    [Fact]
    public void A_file_is_not_a_site_folder()
    {
        var file = _temp.Combine("site.txt");
        File.WriteAllText(file, "not a folder");

        var run = CliRunner.Run("init", file);

        Assert.Equal(1, run.Exit);
        Assert.EndsWith("site.txt: error: this is a file; give init a folder to make the site in (a new or empty one)", Assert.Single(run.ErrLines), StringComparison.Ordinal);
    }
}
