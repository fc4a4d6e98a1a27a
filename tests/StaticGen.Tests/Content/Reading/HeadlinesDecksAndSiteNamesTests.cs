using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// The headline among lines that look like one: a page title that is the site's name and a motto (the copyright line names
/// the site), a print deck under the headline, a story's short name in an alerts list above its full headline. Every page
/// here is written for the test.
/// </summary>
public sealed class HeadlinesDecksAndSiteNamesTests
{
    private const string Lede = "The harbour board agreed on Thursday to dredge the inner basin before the winter storms, after two fishing boats ran aground there in May.";
    private const string Second = "Work will start in September and take about six weeks, the board said, and the quay will stay open to small boats while the dredger works.";
    private const string Third = "Skippers have asked for the dredging for three years, saying the basin silts up faster since the new breakwater was built further out.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("a.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    [Fact]
    public void A_page_title_that_is_the_sites_name_and_its_place_is_not_the_headline()
    {
        const string headline = "Board agrees to dredge the inner harbour before winter";
        var a = Read($"Quay Notes — Town Hall, Kestrel Bay\nSkip to main content\nQuay Notes\nReporting from the harbour board since 2011\nHome | Meetings | Committees | About the Notes\n"
            + $"MEETING REPORT\n{headline}\nMembers were divided over whether the port or the town should pay for the dredging\nBy Mara Quist\nThursday, 27 June 2024\n\n"
            + $"{Lede}\n\n{Second}\n\n{Third}\n\nMore from the Notes\n© Quay Notes 2024\n");
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void The_deck_printed_under_the_headline_is_not_the_headline()
    {
        const string headline = "Skippers fear winter storms after silt closes berths";
        var a = Read($"County Archive viewer — Page 3 of 12\nText produced by character recognition may contain errors.\nHARBOUR & SEA\n{headline}\nDredging set to start before the first autumn gales\nBy MARA QUIST\n\n"
            + $"{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_storys_short_name_above_its_full_headline_is_not_the_headline()
    {
        const string headline = "Storms disrupt Orkney and Shetland sailings; free changes extended to 30 July";
        var a = Read("Service alerts | Northwind Ferries\nNorthwind Ferries\nBook\nManage booking\nCheck in\nHelp\nService alerts\nCurrent alerts (2)\n"
            + $"Storms: Orkney and Shetland sailings\nUpdated 2 hours ago\nLast updated: 23 Jul 2024, 14:30\n{headline}\n"
            + "Sailings to Orkney and Shetland remain subject to delays and cancellations because of a storm over the northern isles, which is expected to last until Friday.\n"
            + "Crossings from Aberdeen were cancelled on Monday night and freight has priority on the first sailings once the sea calms, the company said.\n");
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_label_and_a_site_name_around_the_headline_in_the_page_title_are_cut_and_a_badge_is_no_kicker()
    {
        const string headline = "Rebuilding the jetty before the gales in Kestrel Bay";
        var a = Read($"Site visit: {headline} | Harbour Trust\nDonate now\nHarbour Trust\nSafe quays. Local crews.\nOur work\nWhere we work\nStories\nGet involved\nStories / Kestrel Bay\nSITE VISIT\n{headline}\n"
            + $"Words: Mara Quist, Programme Officer, Kestrel Bay\nPosted: 16 September 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
        Assert.Null(a.Kicker);
        Assert.Equal("Mara Quist", a.Author);
    }

    [Fact]
    public void The_title_label_printed_as_written_right_above_the_headline_is_its_kicker()
    {
        const string headline = "Museum reopens the rope works after forty years in storage";
        var a = Read($"Press release: {headline}\nSkip to main content\nKestrel Bay Museum\nVisit | Exhibitions | Collections | Press\nPress releases 2025\nPress release\n{headline}\n"
            + $"Press release 14.1.2025 at 9.00\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
        Assert.Equal("Press release", a.Kicker);
        Assert.Equal(new DateTime(2025, 1, 14), a.Date?.Date);
    }

    [Fact]
    public void Press_release_alone_is_no_date_label()
    {
        Assert.Null(MetaLines.TryParse("Press release"));
    }
    [Fact]
    public void A_masthead_line_over_a_row_of_menu_items_is_not_the_headline()
    {
        // The masthead's weather line sits on a long menu row, which is no standfirst: the headline is the line over the byline.
        const string headline = "Nine years and two harbour boards later, the inner basin is finally dredged";
        var a = Read($"The Quay Crier\nFounded 2012 · Free every Friday · Read by most of the harbour\nTides at Kestrel Bay: high water at noon, roughly\n"
            + $"Home · Harbour · Boats (the big ones) · Lost Dogs · Letters · Write to the Editor\n\nHARBOUR\n\n{headline}\n\nFiled on a Friday (5 July 2024) by Mara Quist\n\n"
            + $"{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
        Assert.Equal(new DateTime(2024, 7, 5), a.Date?.Date);
        Assert.Equal(new[] { "Mara Quist" }, a.Authors);
        Assert.Null(a.Standfirst);
    }

    [Fact]
    public void A_threads_first_post_marked_with_an_emoji_is_the_lede()
    {
        // An unrolled thread: the writer's bio under the name, the date line with the thread's counts, then the posts; the first
        // post ends in a thread marker after its full stop.
        const string first = "The harbour board voted last night to dredge the inner basin before winter. Here is what it means for the boats that moor there. 🧵";
        var a = Read($"Thread by @maraquist on Unroller\nUnroller\nHelp | Premium | Log in\n\nMara Quist\n@maraquist\nHarbour reporter at @quaynotes. Kestrel Bay. Messages open.\n"
            + $"May 2, 2024 • 9 posts • 3 min read • Open in the app\n\n{first}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(new DateTime(2024, 5, 2), a.Date?.Date);
        var lede = Assert.IsType<RawParagraph>(a.Blocks.First(b => b is RawParagraph));
        Assert.Equal(first, lede.Text);
    }
}
