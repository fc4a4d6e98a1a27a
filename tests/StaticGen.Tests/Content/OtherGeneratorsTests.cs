using StaticGen.Content;
using StaticGen.Enrichment;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Content;

/// <summary>Posts as Jekyll and Hugo sites write them, read as they are: their names for front-matter keys, file names and extensions.</summary>
public sealed class OtherGeneratorsTests
{
    private static ParsedArticle Parse(string text)
    {
        var result = MarkdownArticleParser.Parse("content/post.md", text);
        Assert.DoesNotContain(result.Diagnostics, static d => d.IsError);
        return result.Article!;
    }

    [Fact]
    public void Jekyll_space_separated_lower_case_tags_are_several_tags_but_a_capitalised_name_is_one()
    {
        Assert.Equal(["release", "security", "ruby"], Parse("---\ntags: release security ruby\n---\nx\n").Tags);
        Assert.Equal(["Nordic Council"], Parse("---\ntags: Nordic Council\n---\nx\n").Tags);
        Assert.Equal(["ferry timetable"], Parse("---\ntags: [ferry timetable]\n---\nx\n").Tags);
    }

    [Fact]
    public void Old_addresses_and_the_date_of_the_last_change_are_read_under_their_jekyll_and_hugo_names()
    {
        var article = Parse("""
            ---
            permalink: /2016/05/ferry-plan/
            redirect_from:
              - /ferry.html
              - /news/ferry/
            aliases: [/old/ferry/]
            lastmod: 2026-04-02
            ---
            x
            """);
        Assert.Equal(["/2016/05/ferry-plan/", "/ferry.html", "/news/ferry/", "/old/ferry/"], article.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero), article.Updated);
    }

    [Fact]
    public void Updated_wins_over_lastmod()
    {
        Assert.Equal(2, Parse("---\nupdated: 2026-04-02\nlastmod: 2020-01-01\n---\nx\n").Updated!.Value.Day);
    }

    [Theory]
    [InlineData("2017-2-5-release", 2017, 2, 5)]
    [InlineData("2017-02-05-release", 2017, 2, 5)]
    [InlineData("2017-11-5", 2017, 11, 5)]
    public void File_name_dates_may_be_unpadded(string stem, int year, int month, int day)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), Enricher.FileNameDate(stem));
    }

    [Theory]
    [InlineData("2017-13-5-release")]
    [InlineData("20170205-release")]
    [InlineData("2017-2-50")]
    public void Names_that_only_look_like_dates_give_none(string stem) => Assert.Null(Enricher.FileNameDate(stem));

    [Theory]
    [InlineData("2009-06-22-no-yaml", "No yaml")]
    [InlineData("2017-2-5-ferry_timetable", "Ferry timetable")]
    [InlineData("harbour-notes", "Harbour notes")]
    public void A_post_without_a_title_is_titled_after_its_file_name_without_the_date(string stem, string title) =>
        Assert.Equal(title, Enricher.TitleFromFileName(stem));

    [Theory]
    [InlineData("content/a.markdown")]
    [InlineData("content/a.mkdn")]
    [InlineData("content/a.mkd")]
    [InlineData("content/a.mdown")]
    [InlineData("content/a.text")]
    public void Jekyll_markdown_extensions_are_markdown_articles(string path) =>
        Assert.Equal(ContentKind.MarkdownArticle, ContentReader.KindOf(path));

    [Fact]
    public void A_jekyll_post_builds_with_its_old_address_redirecting()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour News
            baseUrl: https://example.org/
            -- content/2017-2-5-no-front-title.mkdn --
            ---
            tags: ferries timetable
            permalink: /2017/02/05/ferries.html
            lastmod: 2017-03-01
            ---
            The ferries run again.
            """);
        var report = site.BuildOk();
        Assert.Contains(report.Diagnostics, static d => d.Message.Contains("titled 'No front title'", StringComparison.Ordinal));
        var page = site.Html("articles/no-front-title/index.html");
        Assert.Equal("No front title", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("2017-02-05", page.QuerySelector("time")!.GetAttribute("datetime"), StringComparison.Ordinal);
        Assert.True(site.Exists("tags/ferries/index.html"));
        Assert.True(site.Exists("tags/timetable/index.html"));
        Assert.Contains("/articles/no-front-title/", site.Text("2017/02/05/ferries.html"), StringComparison.Ordinal);
    }
}
