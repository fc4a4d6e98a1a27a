using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>TOML front matter between <c>+++</c> lines, as Hugo sites write it: read like YAML, problems at their file line.</summary>
public sealed class TomlFrontMatterTests
{
    private static ParseResult Parse(string text) => MarkdownArticleParser.Parse("content/post.md", text);

    [Fact]
    public void Every_kind_of_value_is_read()
    {
        var result = Parse("""
            +++
            title = "Night ferry returns"
            date = 2026-03-01T09:30:00Z
            lastmod = 2026-03-04
            tags = ["timetable", "Nordic Council"]
            draft = false
            aliases = ["/2026/03/night-ferry/"]
            summary = '''
            The night ferry runs again.'''

            [params]
            mood = "calm"
            crossings = 4

            [[images]]
            src = "deck.jpg"
            caption = "The upper deck"

            [[images]]
            src = "pier.jpg"
            +++
            The body starts here.
            """);
        Assert.DoesNotContain(result.Diagnostics, static d => d.IsError);
        var article = result.Article!;
        Assert.Equal("Night ferry returns", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), article.Date);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), article.Updated);
        Assert.Equal(["timetable", "Nordic Council"], article.Tags);
        Assert.Equal(["/2026/03/night-ferry/"], article.Aliases);
        Assert.Equal("The night ferry runs again.", article.Summary);
        Assert.Equal("calm", article.Params["mood"]);
        Assert.Equal(["deck.jpg", "pier.jpg"], article.Images!.Select(static i => i.Src));
        Assert.Equal("The upper deck", article.Images![0].Caption);
        Assert.Equal("The body starts here.", article.Markdown!.Trim());
        Assert.Equal(22, article.BodyLine);
        Assert.True(article.FromOtherGenerator);
    }

    [Fact]
    public void A_toml_syntax_error_names_its_file_line()
    {
        var result = Parse("+++\ntitle = \"Ferry\"\ndate = = 2026\n+++\nx\n");
        var error = Assert.Single(result.Diagnostics, static d => d.IsError);
        Assert.Equal(("content/post.md", 3), (error.Path, error.Line));
        Assert.Contains("TOML", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Article);
    }

    [Fact]
    public void A_wrong_value_names_the_line_of_its_key()
    {
        var result = Parse("+++\ntitle = \"Ferry\"\n\ndraft = \"sometimes\"\n+++\nx\n");
        var error = Assert.Single(result.Diagnostics, static d => d.IsError);
        Assert.Equal(4, error.Line);
        Assert.Contains("draft", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_its_line()
    {
        var result = Parse("+++\ntitle = \"Ferry\"\nweight = 3\n[menu.main]\nname = \"Ferry\"\n+++\nx\n");
        Assert.Contains(result.Diagnostics, static d => !d.IsError && d.Line == 3 && d.Message.Contains("'weight'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, static d => !d.IsError && d.Line == 4 && d.Message.Contains("'menu'", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_opened_with_plus_signs_and_never_closed_is_an_error_at_line_one()
    {
        var result = Parse("+++\ntitle = \"Ferry\"\nx\n");
        Assert.Contains(result.Diagnostics, static d => d.IsError && d.Line == 1 && d.Message.Contains("+++", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_with_quotes_backslashes_and_other_scripts_survives()
    {
        var result = Parse("+++\ntitle = \"Ferj\u00f8 \\\"Nord\\\" \\\\ \u65e5\u672c \ud83d\udea2\"\nsummary = \"line one\\nline two: yes, no\"\n+++\nx\n");
        Assert.Equal("Ferj\u00f8 \"Nord\" \\ \u65e5\u672c \ud83d\udea2", result.Article!.Title);
        Assert.Equal("line one\nline two: yes, no", result.Article.Summary);
    }
}
