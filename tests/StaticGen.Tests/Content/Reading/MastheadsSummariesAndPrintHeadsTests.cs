using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Headlines among the other lines of a page's head: a blog's name and slogan printed on its menu, the points of a summary
/// set under a long tabloid headline, a deck under the headline after a blank line, and a printed page's running head with
/// its columns set apart by spaces over a headline hard-wrapped in a narrow column. Every page here is written for the test.
/// </summary>
public sealed class MastheadsSummariesAndPrintHeadsTests
{
    private const string Lede = "The ferry between the two harbour towns will run every half hour from Monday, the operator said, after a winter in which passengers waited up to an hour on the quay.";
    private const string Second = "The operator said a second boat, repaired at the yard over the winter, would make the extra crossings possible without raising fares.";
    private const string Third = "Passengers on the morning crossing said the change was overdue, and several asked whether the late boat on Fridays would come back too.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void A_blogs_name_and_slogan_on_its_menu_are_the_masthead_not_the_headline()
    {
        var a = Read($"The Harbour Ferry Logbook\nFerries, tides and the odd harbour quarrel\n\nHome\nAbout\nTips\nArchive\n\nPosted on October 9, 2026 by pier_watcher\n\nHarbour ferry to run every half hour from Monday — if the second boat holds up\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Harbour ferry to run every half hour from Monday — if the second boat holds up", a.Title);
    }

    [Fact]
    public void A_long_headline_over_the_points_of_a_summary_is_the_headline()
    {
        const string headline = "'We waited an hour in the rain': Furious passengers stranded on the quay as the only ferry breaks down - and the operator says more boats are coming";
        var a = Read($"Harbour Gazette\nNEWS\nSPORT\nTRAVEL\n\nEXCLUSIVE\n\n{headline}\n\nPassengers on the east quay waited an hour in the rain on Friday\nThe only working ferry broke down twice in one week\nA repaired second boat returns to service on Monday\nThe operator promises crossings every half hour from then on\n\nBy Tessa Quayle\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_deck_after_a_blank_line_gives_way_to_the_headline_over_it()
    {
        var a = Read($"THE QUAYSIDE RECORD\n\nNEWS\n\nHarbour ferry to run every half hour after repaired boat returns to service\n\nPassengers waited up to an hour on the quay all winter\n\nMara Lindgren, Staff Writer\nOctober 9, 2026\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Harbour ferry to run every half hour after repaired boat returns to service", a.Title);
    }

    [Fact]
    public void A_running_head_in_columns_dates_the_page_and_a_wrapped_headline_is_read_whole()
    {
        var a = Read($"THE QUAYSIDE RECORD          Friday, October 9, 2026          Page A1\n\nHarbour ferry\nto run every\nhalf hour\n\nBY MARA LINDGREN\n\n{Lede}\n\n{Second}\n\n{Third}\n\nSee FERRY, Page A6\n\nTHE QUAYSIDE RECORD          Friday, October 9, 2026          Page A6\n\nThe operator said the timetable would be reviewed in the spring.\n");
        Assert.Equal("Harbour ferry to run every half hour", a.Title);
        Assert.Equal(new DateTime(2026, 10, 9), a.Date?.Date);
        Assert.DoesNotContain(a.Blocks, static b => b is RawParagraph p && p.Text.Contains("Page A6", StringComparison.Ordinal) || b is RawHeading h && h.Text.Contains("Page A6", StringComparison.Ordinal));
    }
}
