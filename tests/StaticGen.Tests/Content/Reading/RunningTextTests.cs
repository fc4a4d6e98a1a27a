using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Issue #15's done-when: "a page with no prose at all (only furniture) is skipped with a warning naming the file, never
/// published as an empty article". The pages under <c>Fixtures/pages/furniture-only/</c> are furniture around a sentence or
/// two (a video hub, a server error, a subscriber wall, an app's interstitial, a removed forum post, a consent wall, search
/// results); the pages under <c>Fixtures/pages/short-articles/</c> are real articles as short as they come, with the same
/// kind of furniture around them (a one-sentence brief, news in brief, a two-paragraph wire item, a live blog, a photo
/// gallery with captions only, questions and answers). Every sentence is our own.
/// </summary>
public sealed class RunningTextTests
{
    private static readonly string s_pages = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pages");

    public static TheoryData<string> FurnitureOnly() => Names("furniture-only");

    public static TheoryData<string> ShortArticles() => Names("short-articles");

    private static TheoryData<string> Names(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(s_pages, folder), "*.txt").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void The_fixture_pages_are_in_the_test_output()
    {
        Assert.True(FurnitureOnly().Count >= 5, "the furniture-only pages are missing from the test output folder");
        Assert.True(ShortArticles().Count >= 5, "the short articles are missing from the test output folder");
    }

    [Theory]
    [MemberData(nameof(FurnitureOnly))]
    public void A_page_of_furniture_with_no_paragraph_of_running_text_is_skipped_with_a_warning_naming_the_file(string name)
    {
        var path = $"content/{name}";
        var result = ArticleReader.Read(path, File.ReadAllText(Path.Combine(s_pages, "furniture-only", name)));

        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(path, warning.Path);
        Assert.Contains("only page furniture", warning.Message, StringComparison.Ordinal);
        Assert.Contains("it is skipped", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShortArticles))]
    public void A_short_real_article_among_the_same_furniture_is_published_with_its_title_and_text(string name)
    {
        var expected = File.ReadLines(Path.Combine(s_pages, "short-articles", "expected.tsv")).Skip(1).Select(static l => l.Split('\t'))
            .Single(c => c[0] == name);
        var result = ArticleReader.Read($"content/{name}", File.ReadAllText(Path.Combine(s_pages, "short-articles", name)));

        var article = Assert.IsType<ParsedArticle>(result.Article);
        Assert.DoesNotContain(result.Diagnostics, static d => d.Message.Contains("skipped", StringComparison.Ordinal));
        Assert.Equal(expected[1], article.Title);
        if (expected[2].Length > 0)
        {
            Assert.Contains(article.Blocks.OfType<RawParagraph>(), p => p.Text.StartsWith(expected[2], StringComparison.Ordinal));
        }
        else
        {
            Assert.NotEmpty(article.Blocks.OfType<RawFigure>());
        }
    }

    [Theory]
    [InlineData("The coast road between Saltby and Brackwater will be closed from Friday night, the council said.", true)]
    [InlineData("Officials listed the roads that will close for the race on Sunday morning, from the ring road:", true)]
    [InlineData("Twelve volunteers spent the weekend scraping and repainting the tower at the north point of the…", false)]
    [InlineData("Twelve volunteers spent the weekend scraping and repainting the tower at the north point of the...", false)]
    [InlineData("You have read all of your free stories this month, so subscribe today for full access.", false)]
    [InlineData("The server returned an error while the request for this address was being handled.", false)]
    [InlineData("Cancel anytime, and your plan renews every month.", false)]
    [InlineData("Posts are taken down when they break the rules.", false)]
    public void A_paragraph_of_running_text_is_a_long_sentence_of_news_not_a_teaser_cut_short_or_a_notice(string line, bool paragraph)
    {
        var data = ReaderData.Default;
        var f = LineFeatures.Of(line, data, PileTable.Empty);
        var initial = ProseClasses.Initial([f], [null], [false])[0];

        Assert.Equal(paragraph, RunningText.IsParagraph(line, f, initial, data));
    }

    [Theory]
    [InlineData("Pass reopens|By Mia Lund|12 January 2025|The pass reopened on Monday.", true)]
    [InlineData("Pass reopens|Local|The pass reopened on Monday.", true)]
    [InlineData("Calendar · Collections · Changes · Summary|Saved 4 times between 2 May 2021 and 9 June 2021.", false)]
    [InlineData("Pass reopens after the storm in the valley of the river|Snowploughs, graders, salt trucks: 14 vehicles, 3 crews, 2 shifts.", false)]
    [InlineData("Pass reopens|12 January 2025|Snow returns to the valley on Friday…|Cancel at any time.", false)]
    [InlineData("Pass reopens|12 January 2025|You can read three stories a month.", false)]
    public void A_brief_is_one_sentence_of_news_right_under_its_headline(string page, bool brief)
    {
        var lines = page.Split('|');
        var data = ReaderData.Default;
        var features = lines.Select(l => (LineFeatures?)LineFeatures.Of(l, data, PileTable.Empty)).ToList();

        Assert.Equal(brief, RunningText.IsBrief(lines, features, 0, lines.Length - 1, data));
    }

    [Fact]
    public void A_page_with_no_furniture_at_all_is_a_plain_note_and_is_kept_however_short()
    {
        var result = ArticleReader.Read("content/note.txt", "Choir practice moves to Thursday\n\nPractice is on Thursday this week.\n");

        var article = Assert.IsType<ParsedArticle>(result.Article);
        Assert.Equal("Choir practice moves to Thursday", article.Title);
    }
}
