using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// The site's name printed alone under a page title that gives it beside a section is the masthead, not the headline; a
/// row of links or fields set apart by bars or dots is never the standfirst. Every sentence here is our own.
/// </summary>
public sealed class MastheadsAndItemRowsTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void The_site_name_from_the_page_title_printed_alone_is_the_masthead_not_the_title()
    {
        var article = Read("""
            Incidents – Fjord Valley Volunteer Lifeguards
            Fjord Valley Volunteer Lifeguards
            Frivillige livreddere i Fjorddalen
            IN AN EMERGENCY: CALL 113
            Home | About us | Incidents | Training | Donate | NO | EN
            Incidents › 2026 › November

            Kayaker pulled from cold water near the ferry pier after capsizing
            Incident 41/2026 · Date: Sat 14.11.2026
            Report: Ola Brekke, duty lifeguard

            A kayaker who capsized near the ferry pier on Saturday afternoon was pulled from the water by two members of Fjord Valley Volunteer Lifeguards within ten minutes of the call.
            The lifeguards said the kayaker had a buoyancy aid and a whistle, which helped them find him quickly in the fading light.
            """);

        Assert.Equal("Kayaker pulled from cold water near the ferry pier after capsizing", article.Title);
    }

    [Fact]
    public void A_row_of_links_between_bars_under_the_headline_is_no_standfirst()
    {
        var article = Read("""
            Town council approves a second recycling depot
            About the Council | Planning | Waste and Recycling | Roads and Parking | Contact Us
            By Hedda Morrow
            2 March 2026

            The town council voted on Tuesday to build a second recycling depot on the industrial estate, after the first one reached its capacity two years early.
            Residents will be able to drop off garden waste and old furniture there from the autumn.
            """);

        Assert.Null(article.Standfirst);
    }
}
