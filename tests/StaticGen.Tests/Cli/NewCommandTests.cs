using System.Text.RegularExpressions;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Tideline
        countries:
          aliases: { Blighty: GB }
        -- content/spring-tide.md --
        ---
        title: Spring tide floods the promenade
        date: 2024-03-21
        ---
        Sandbags held along most of the promenade.
        """);

    public void Dispose() => _site.Dispose();

    private string Config => Path.Combine(_site.Root, "site.config.yml");

    private string Content(string name) => Path.Combine(_site.Root, "content", name);

    private static ParsedArticle Parse(string path) =>
        Assert.IsType<ParsedArticle>(MarkdownArticleParser.Parse(path, File.ReadAllText(path)).Article);

    [Fact]
    public void New_writes_front_matter_with_gazetteer_country_names_and_prints_only_the_path()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var run = CliRunner.Run("new", "Lifeboat crews: \"We were ready\"", "--tag", "RNLI", "-t", "Met Office", "--tag", "rnli", "--country", "ie", "--country", "Blighty", "--config", Config);

        Assert.True(run.Exit == 0, run.Err);
        Assert.Equal("", run.Err);
        var path = Assert.Single(run.OutLines);
        Assert.Equal(Content("lifeboat-crews-we-were-ready.md"), path);
        var article = Parse(path);
        Assert.Equal("Lifeboat crews: \"We were ready\"", article.Title);
        Assert.Equal("lifeboat-crews-we-were-ready", article.Slug);
        Assert.Equal(["RNLI", "Met Office"], article.Tags);
        Assert.Equal(["Ireland", "United Kingdom"], article.Countries);
        Assert.False(article.Draft);
        Assert.InRange(article.Date!.Value, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.DoesNotContain(ArticleWriter.HashKey, File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        _site.Write("content/storm-warning.md", "---\ntitle: Storm warning\n---\nMy draft.\n");

        var run = CliRunner.Run("new", "Storm warning", "--config", Config);

        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Out);
        var error = Assert.Single(run.ErrLines);
        Assert.Equal("content/storm-warning.md: error: the file already exists and is left as it is; choose another title, or give the new article a slug of its own with --slug", error);
        Assert.Equal("---\ntitle: Storm warning\n---\nMy draft.\n", File.ReadAllText(Content("storm-warning.md")));

        var other = CliRunner.Run("new", "Storm warning", "--slug", "storm-warning-tuesday", "--config", Config);
        Assert.True(other.Exit == 0, other.Err);
        Assert.Equal("storm-warning-tuesday", Parse(Content("storm-warning-tuesday.md")).Slug);
    }

    [Fact]
    public void Unknown_countries_are_errors_that_suggest_the_nearest_name_and_nothing_is_written()
    {
        var run = CliRunner.Run("new", "Ferry strike", "--country", "Norwya", "--country", "Atlantis", "--country", "FR", "--config", Config);

        Assert.Equal(1, run.Exit);
        Assert.Collection(run.ErrLines,
            l => Assert.Matches(@"^content/ferry-strike\.md: error: unknown country 'Atlantis'; use an English name or an ISO 3166-1 code", l),
            l => Assert.StartsWith("content/ferry-strike.md: error: unknown country 'Norwya' (did you mean 'Norway'?); ", l, StringComparison.Ordinal));
        Assert.False(File.Exists(Content("ferry-strike.md")));
    }

    [Fact]
    public void A_title_without_letters_or_digits_asks_for_a_slug()
    {
        var run = CliRunner.Run("new", "?!", "--config", Config);

        Assert.Equal(1, run.Exit);
        Assert.Contains("content/: error: the title '?!' has no letters or digits to make a file name and URL from; give one with --slug", run.Err, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_site.Root, "content")));

        var slugged = CliRunner.Run("new", "?!", "--slug", "Quiz Night", "--config", Config);
        Assert.True(slugged.Exit == 0, slugged.Err);
        Assert.Equal(Content("quiz-night.md"), Assert.Single(slugged.OutLines));
    }

    [Fact]
    public void A_draft_is_left_out_of_the_build_until_drafts_are_asked_for()
    {
        var run = CliRunner.Run("new", "Pier repairs begin", "--draft", "--config", Config);
        Assert.True(run.Exit == 0, run.Err);
        Assert.True(Parse(Assert.Single(run.OutLines)).Draft);

        _site.BuildOk();
        Assert.False(_site.Exists("articles/pier-repairs-begin/index.html"));
        _site.BuildOk(new() { SiteRoot = _site.Root, IncludeDrafts = true });
        Assert.True(_site.Exists("articles/pier-repairs-begin/index.html"));
    }

    [Fact]
    public void A_page_is_written_with_type_page_and_no_date_and_builds_at_the_top_of_the_site()
    {
        var run = CliRunner.Run("new", "About Tideline", "--page", "--slug", "about", "--config", Config);
        Assert.True(run.Exit == 0, run.Err);
        var parsed = Parse(Assert.Single(run.OutLines));
        Assert.Equal(ArticleType.Page, parsed.Type);
        Assert.Null(parsed.Date);

        var report = _site.BuildOk();
        Assert.True(_site.Exists("about/index.html"));
        Assert.Equal(1, report.Articles);
        Assert.DoesNotContain(report.Diagnostics, static d => d.Path == "content/about.md");
    }

    [Fact]
    public void A_page_with_tags_is_refused()
    {
        var run = CliRunner.Run("new", "Contact", "--page", "--tag", "Desk", "--config", Config);

        Assert.Equal(1, run.Exit);
        Assert.Contains("a page is never tagged or listed by country", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Content("contact.md")));
    }

    [Fact]
    public void With_quiet_new_still_prints_the_path_it_wrote()
    {
        var run = CliRunner.Run("new", "Tide tables", "--quiet", "--config", Config);

        Assert.Equal(0, run.Exit);
        Assert.Equal(Content("tide-tables.md"), Assert.Single(run.OutLines));
    }

    [Fact]
    public void A_folder_that_is_no_site_gets_no_content_folder()
    {
        using var empty = new TempFolder();
        File.WriteAllText(empty.Combine("other.yml"), "title: Not a site\n");

        var run = CliRunner.Run("new", "Lost article", "--config", empty.Combine("other.yml"));

        Assert.Equal(1, run.Exit);
        Assert.Matches(new Regex(@": error: this is not a StaticGen site: it has neither site\.config\.yml nor content/; run 'staticgen init'"), run.Err);
        Assert.False(Directory.Exists(empty.Combine("content")));
    }
}
