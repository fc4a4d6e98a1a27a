using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// The writer's lines under a headline as pages of several kinds print them: a name and a job title under an update line
/// (a blank line between), a match report's writer at the ground, a reading tool's label beside the date, a mailing list's
/// sender with an address and a ctime date. Every page here is written for the test.
/// </summary>
public sealed class WritersUnderHeadlinesTests
{
    private const string Headline = "New footbridge over the canal opens to walkers and cyclists";
    private const string Lede = "The footbridge at the old lock gates opened on Friday morning, two months later than planned, and the first walkers crossed it before the ribbon was cut.";
    private const string Second = "The council said the delay came from a shortage of the steel used for the deck, which had to be ordered from a mill further north.";
    private const string Third = "Cyclists will have to walk their bikes across for the first weeks while the surface settles, the engineers said.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void A_name_over_its_job_under_an_update_line_is_the_byline_and_the_job_is_no_title()
    {
        var a = Read($"Skip to main content\nNews\nSport\nWeather\n\n{Headline}\n\nUpdated / Friday, 9 Oct 2026 11:20\n\nTeodoro dela Rosa\nCanal Country Correspondent\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(["Teodoro dela Rosa"], a.Authors);
    }

    [Fact]
    public void A_writer_at_the_ground_is_the_byline_never_the_title()
    {
        var a = Read($"Match report\n\n{Headline}\n\nBy Owen Marsh at the Riverside Ground\nSaturday 10 October 2026, 17:05\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(["Owen Marsh"], a.Authors);
    }

    [Fact]
    public void A_reading_tools_label_beside_the_date_is_no_writer()
    {
        var a = Read($"{Headline}\n\nCanal Post News Service | Updated: Oct 9, 2026, 08:42 IST\n\nShare\nFont Size\nSave\nPrint\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.DoesNotContain("Font Size", a.Authors ?? []);
    }

    [Fact]
    public void A_mailing_lists_sender_and_ctime_date_give_the_writer_and_the_date()
    {
        var a = Read($"[canal-walkers] {Headline}\nAnton Pike apike at tidewater.org.uk\nThu Oct 8 07:12:44 GMT 2026\n\nPrevious message: [canal-walkers] Towpath closure\nNext message: [canal-walkers] Lock keepers\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(["Anton Pike"], a.Authors);
        Assert.Equal(new DateTime(2026, 10, 8), a.Date?.Date);
    }

    [Fact]
    public void A_feed_items_creator_and_pubdate_fields_give_the_writer_and_the_date()
    {
        var a = Read($"{Headline}\nCanal Post » Feed\nitem\ntitle: {Headline}\nlink: https://canalpost.example/news/2026/10/09/footbridge/\ncomments: https://canalpost.example/news/2026/10/09/footbridge/#comments\ndc:creator: Mira Vella\npubDate: Fri, 09 Oct 2026 07:30:00 +0100\ncategory: Local\nguid: https://canalpost.example/?p=4411\ncontent:encoded:\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(["Mira Vella"], a.Authors);
        Assert.Equal(new DateTime(2026, 10, 9), a.Date?.Date);
    }
}
