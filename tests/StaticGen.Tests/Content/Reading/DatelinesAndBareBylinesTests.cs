using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Dates and bylines in shapes the header reader missed: a second labelled date with only a space before it, a time after
/// a double dash, a release date's label, the places a story was filed from after its date, a printed page's running head,
/// a press release's dateline broken after its place, a Spanish relative date beside the absolute one, the date of a mail
/// forwarded on, and a writer's name alone under the headline. Every page here is written for the test.
/// </summary>
public sealed class DatelinesAndBareBylinesTests
{
    private const string Headline = "Ferry operator adds a winter sailing to the outer islands";
    private const string Lede = "The island ferry company will run a third daily sailing to the outer islands from December, after a petition signed by more than two thousand residents.";
    private const string Second = "The extra crossing leaves the mainland pier at six in the evening and returns the next morning, the company said on Monday.";
    private const string Third = "Residents had complained for years that the last boat left too early for anyone working a full day on the mainland.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static string Page(string dateLine) => $"{Headline}\n{dateLine}\n\n{Lede}\n\n{Second}\n\n{Third}\n";

    [Theory]
    [InlineData("Release date: 14/11/2025", "2025-11-14")]
    [InlineData("Thursday, 13 November 2025 -- 10:25 MVT", "2025-11-13")]
    [InlineData("09:40, 12 NOV 2025 Updated 11:05, 13 NOV 2025", "2025-11-12")]
    [InlineData("12 November 2025, HALIFAX/ST. JOHN'S", "2025-11-12")]
    [InlineData("7 THE ISLAND PACKET Wednesday, November 12, 2025", "2025-11-12")]
    public void A_date_line_in_this_shape_dates_the_story(string line, string expected)
    {
        var a = Read(Page(line));
        Assert.Equal(expected, a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("EMBARGOED UNTIL 00:01 GMT, Tuesday 11 November 2025")]
    [InlineData("Embargoed until 10:00, 11 November 2025")]
    [InlineData("Under embargo until 11/11/2025 09:00")]
    public void A_press_releases_embargo_line_dates_it_and_names_no_author(string line)
    {
        var a = Read(Page(line));
        Assert.Equal("2025-11-11", a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(a.Authors ?? []);
    }

    [Theory]
    [InlineData("hace 2 meses")]
    [InlineData("3 days ago")]
    [InlineData("Published 3 days ago")]
    public void A_relative_date_alone_never_dates_the_story(string line) =>
        Assert.Null(Read(Page(line)).Date);

    [Fact]
    public void A_press_releases_dateline_broken_after_its_place_dates_the_story_and_leaves_the_lede()
    {
        var a = Read($"{Headline}\n\nHALIFAX\n, Nov. 12, 2025 /HarbourWire/ — {Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(new DateTimeOffset(2025, 11, 12, 0, 0, 0, TimeSpan.Zero), a.Date);
        Assert.StartsWith("The island ferry company", a.Blocks.OfType<RawParagraph>().First().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_date_a_mail_was_forwarded_on_gives_way_to_the_forwarded_messages_date()
    {
        var a = Read($"Fwd: {Headline}\nInbox\n\nMarta Quill <marta@mail.example>\nto me\nThu, Nov 13, 2025, 8:02 AM\n\nThought you would like this one.\n\n"
            + $"---------- Forwarded message ---------\nFrom: The Island Packet <news@packet.example>\nDate: Wed, Nov 12, 2025 at 5:30 PM\nSubject: {Headline}\n\n{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(new DateOnly(2025, 11, 12), DateOnly.FromDateTime(a.Date!.Value.DateTime));
    }

    [Theory]
    [InlineData("Orla Penhale")]
    [InlineData("Mara de Quist")]
    public void A_name_alone_right_under_the_headline_is_the_byline(string name)
    {
        var a = Read($"{Headline}\n\n{name}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal([name], a.Authors);
    }

    [Theory]
    [InlineData("Stolen bikes Dublin")]
    [InlineData("Local News")]
    public void A_short_line_that_is_no_persons_name_is_no_byline(string line)
    {
        var a = Read($"{Headline}\n\n{line}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.True(a.Authors is null or { Count: 0 });
    }

    [Fact]
    public void The_sites_masthead_under_its_page_title_is_no_byline()
    {
        var a = Read($"{Headline} - Island Packet\nIsland Packet\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.True(a.Authors is null or { Count: 0 });
    }

    [Fact]
    public void A_byline_label_glued_to_the_name_and_a_job_after_it_without_a_comma_are_read_apart()
    {
        var a = Read($"{Headline}\nByOrla Penhale Island Affairs Reporter\n12 November 2025\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(["Orla Penhale"], a.Authors);
    }

    [Fact]
    public void A_name_between_paragraphs_is_no_byline()
    {
        var a = Read($"{Headline}\n\n{Lede}\n\nOrla Penhale\n\n{Second}\n\n{Third}\n");
        Assert.True(a.Authors is null or { Count: 0 });
    }
}
