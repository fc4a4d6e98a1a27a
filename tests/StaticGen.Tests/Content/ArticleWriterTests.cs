using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Content;

public sealed class ArticleWriterTests
{
    private static Article Sample(string title = "Harbour: talks \"resume\" # again") => new()
    {
        SourcePath = "raw/a.txt",
        Format = SourceFormat.RawText,
        Slug = "harbour-talks",
        Title = title,
        Kicker = "“Cold water”",
        Date = new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero),
        Summary = "true",
        Body = "The body.\n",
        Author = "2024",
        Tags = [new TagRef("NATO", "nato"), new TagRef("null", "null")],
        Countries = [new CountryRef("NO", "Norway", "norway")],
        Images = [new ArticleImage("a.jpg", "A caption: with a colon", "Photo & Co")],
    };

    [Fact]
    public void Front_matter_reads_back_to_the_same_values_whatever_the_text()
    {
        var text = ArticleWriter.Compose(Sample(), "raw/a.txt");
        var parsed = Assert.IsType<ParsedArticle>(MarkdownArticleParser.Parse("a.md", text).Article);
        Assert.Equal("Harbour: talks \"resume\" # again", parsed.Title);
        Assert.Equal("“Cold water”", parsed.Kicker);
        Assert.Equal("true", parsed.Summary);
        Assert.Equal("2024", parsed.Author);
        Assert.Equal(["NATO", "null"], parsed.Tags);
        Assert.Equal(["Norway"], parsed.Countries);
        Assert.Equal([new ArticleImage("a.jpg", "A caption: with a colon", "Photo & Co")], parsed.Images);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), parsed.Date);
        Assert.Equal("raw/a.txt", parsed.Source);
        Assert.Equal("The body.\n", parsed.Markdown!.TrimStart('\n'));
        Assert.Empty(MarkdownArticleParser.Parse("a.md", text).Diagnostics);
    }

    [Fact]
    public void The_import_hash_tells_an_edited_file_from_an_untouched_one()
    {
        var text = ArticleWriter.Compose(Sample(), null);
        Assert.True(ArticleWriter.IsUnedited(text));
        Assert.True(ArticleWriter.IsUnedited(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.False(ArticleWriter.IsUnedited(text.Replace("The body.", "The edited body.", StringComparison.Ordinal)));
        Assert.False(ArticleWriter.IsUnedited("---\ntitle: Hand-written\n---\nText.\n"));
    }

    [Fact]
    public void Write_creates_then_leaves_unchanged_then_keeps_edits_unless_forced()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("a.md");
        var first = ArticleWriter.Compose(Sample(), null);
        Assert.Equal(WriteOutcome.Written, ArticleWriter.Write(path, first, force: false));
        Assert.Equal(WriteOutcome.Unchanged, ArticleWriter.Write(path, first, force: false));

        var second = ArticleWriter.Compose(Sample("A new title"), null);
        Assert.Equal(WriteOutcome.Written, ArticleWriter.Write(path, second, force: false));

        File.WriteAllText(path, File.ReadAllText(path).Replace("The body.", "My own words.", StringComparison.Ordinal));
        Assert.Equal(WriteOutcome.KeptEdited, ArticleWriter.Write(path, first, force: false));
        Assert.Contains("My own words.", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(WriteOutcome.Written, ArticleWriter.Write(path, first, force: true));
        Assert.Equal(first, File.ReadAllText(path));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Several_authors_are_written_as_a_list_and_an_agency_as_its_own_key()
    {
        var text = ArticleWriter.Compose(Sample() with { Authors = ["Ines Kovač", "Tomas Reid"], Agency = "Reuters" }, "raw/a.txt");
        Assert.Contains("author:\n- Ines Kovač\n- Tomas Reid\nagency: Reuters\n", text, StringComparison.Ordinal);
        var parsed = Assert.IsType<ParsedArticle>(MarkdownArticleParser.Parse("a.md", text).Article);
        Assert.Equal(["Ines Kovač", "Tomas Reid"], parsed.Authors);
        Assert.Equal("Ines Kovač and Tomas Reid", parsed.Author);
        Assert.Equal("Reuters", parsed.Agency);
    }

    [Fact]
    public void One_author_stays_a_single_string_as_before()
    {
        var text = ArticleWriter.Compose(Sample() with { Author = "Leah Stone" }, "raw/a.txt");
        Assert.Contains("author: Leah Stone\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("agency:", text, StringComparison.Ordinal);
        Assert.Equal(["Leah Stone"], MarkdownArticleParser.Parse("a.md", text).Article!.Authors);
    }
}
