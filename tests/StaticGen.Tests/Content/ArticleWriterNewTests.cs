using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Content;

public sealed class ArticleWriterNewTests
{
    [Fact]
    public void A_new_article_reads_back_to_the_same_values_and_has_no_import_hash()
    {
        var date = new DateTimeOffset(2024, 3, 2, 17, 5, 0, TimeSpan.FromHours(1));
        var text = ArticleWriter.ComposeNew(new NewArticle("Yes: \"no\" # 2024", "yes-no-2024", date, ["true", "NATO"], ["Norway"], Draft: true, Body: ""));

        var result = MarkdownArticleParser.Parse("a.md", text);

        Assert.Empty(result.Diagnostics);
        var parsed = Assert.IsType<ParsedArticle>(result.Article);
        Assert.Equal("Yes: \"no\" # 2024", parsed.Title);
        Assert.Equal("yes-no-2024", parsed.Slug);
        Assert.Equal(date, parsed.Date);
        Assert.Equal(["true", "NATO"], parsed.Tags);
        Assert.Equal(["Norway"], parsed.Countries);
        Assert.True(parsed.Draft);
        Assert.Null(parsed.ImportHash);
    }

    [Fact]
    public void WriteNew_creates_a_file_but_never_replaces_one()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("deep", "a.md");

        Assert.True(ArticleWriter.WriteNew(path, "first\n"));
        Assert.False(ArticleWriter.WriteNew(path, "second\n"));
        Assert.False(ArticleWriter.WriteNew(temp.Combine("deep"), "a folder\n"));

        Assert.Equal("first\n", File.ReadAllText(path));
        Assert.Equal(["a.md"], Directory.GetFileSystemEntries(temp.Combine("deep")).Select(Path.GetFileName));
    }
}
