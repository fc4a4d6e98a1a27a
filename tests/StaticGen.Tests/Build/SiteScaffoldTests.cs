using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

public sealed class SiteScaffoldTests : IDisposable
{
    private static readonly DateTimeOffset s_now = new(2024, 5, 14, 9, 30, 15, TimeSpan.Zero);
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Tideline
        paths:
          content: articles
        """);

    public void Dispose() => _site.Dispose();

    private NewArticleResult New(NewArticleRequest request) => SiteScaffold.NewArticle(SiteContext.Open(_site.Root), request, s_now);

    [Fact]
    public void The_new_article_is_dated_now_in_the_configured_content_folder_and_builds()
    {
        var result = New(new NewArticleRequest("  Harbour\n talks   stall  ", ["Nordic Council", " nordic council "], ["NO", "Norway", "dk"]));

        Assert.False(result.HasErrors);
        Assert.Equal(Path.Combine(_site.Root, "articles", "harbour-talks-stall.md"), result.Path);
        var text = File.ReadAllText(result.Path!);
        Assert.Equal("""
            ---
            title: Harbour talks stall
            date: 2024-05-14T09:30:15+00:00
            slug: harbour-talks-stall
            tags:
            - Nordic Council
            countries:
            - Norway
            - Denmark
            ---


            """.Replace("\r\n", "\n", StringComparison.Ordinal), text);

        _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, SourceDateEpoch = s_now });
        Assert.True(_site.Exists("articles/harbour-talks-stall/index.html"));
    }

    [Fact]
    public void Empty_titles_and_tags_are_errors()
    {
        var result = New(new NewArticleRequest(" \t", ["", "Coastguard"], []));

        Assert.Null(result.Path);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, static d => Assert.True(d.IsError));
        Assert.Contains(result.Diagnostics, static d => d.Message == "the title is empty; give the article a title, e.g. staticgen new \"Harbour talks stall again\"");
        Assert.Contains(result.Diagnostics, static d => d.Message == "an empty tag; leave out --tag, or give it a name");
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "articles")));
    }

    [Fact]
    public void A_body_given_is_written_below_the_front_matter()
    {
        var result = New(new NewArticleRequest("Pier reopens", [], [], Body: "The pier reopened on *Monday*.\n"));

        var parsed = Assert.IsType<ParsedArticle>(MarkdownArticleParser.Parse("a.md", File.ReadAllText(result.Path!)).Article);
        Assert.Equal("The pier reopened on *Monday*.", parsed.Markdown!.Trim());
        Assert.Null(parsed.Countries);
        Assert.Null(parsed.Tags);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_an_error_naming_it()
    {
        _site.Write("articles", "a file where the content folder should be\n");

        var result = New(new NewArticleRequest("Pier reopens", [], []));

        Assert.Null(result.Path);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal("articles/pier-reopens.md", error.Path);
        Assert.StartsWith("cannot write the file: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_into_a_path_below_a_file_is_an_error_not_a_crash()
    {
        _site.Write("taken", "a file\n");

        var result = SiteScaffold.Init(Path.Combine(_site.Root, "taken", "site"), null, null, force: false, s_now);

        Assert.True(result.HasErrors);
        Assert.EndsWith("site.config.yml", result.Diagnostics[0].Path, StringComparison.Ordinal);
        Assert.Empty(result.Created);
    }
}
