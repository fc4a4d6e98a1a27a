using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Bylines a page prints in shapes other than "By NAME" under the headline: a forum post's head with an arrow before its
/// time, a wire byline in brackets under the story, a page's "Text Size" control under the date. Every page here is
/// written for the test.
/// </summary>
public sealed class BylinesInOtherShapesTests
{
    private const string Headline = "Ferry timetable changes for the winter crossings";
    private const string Lede = "The harbour office has moved the first winter crossing to half past seven, and boats that need the customs berth should now call ahead on the working channel.";
    private const string Second = "We came across on Tuesday and the new office by the fuel dock was quick, though the forms still ask for the last three ports of call.";
    private const string Third = "Fees have not changed since the spring, but the office no longer takes cash, so bring a card that works abroad.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void A_forum_posts_head_with_an_arrow_is_the_byline_not_a_breadcrumb()
    {
        var a = Read($"{Headline} - Harbour Forum\n\n{Headline}\n#1 Post by harbourmaster » Tue Nov 10, 2026 6:02 pm\n{Lede}\n{Second}\n{Third}\nTop\nRe: {Headline}\nPost by eastwind » Wed Nov 11, 2026 8:15 am\nThanks, that helps a lot.\n");
        Assert.Equal(["harbourmaster"], a.Authors);
        Assert.Equal(new DateTime(2026, 11, 10), a.Date?.Date);
    }

    [Fact]
    public void A_page_control_under_the_date_is_no_author_and_a_bracketed_byline_in_the_trailer_is()
    {
        var a = Read($"{Headline} - Coast Wire\n\nBusiness\n{Headline}\n11/10/2026 06:45 PM\nText Size\nA\nA\n\n{Lede}\n\n{Second}\n\n{Third}\n\n(By Mira Patel and Jonas Berg)\n\nCoast Wire © 2026 All Rights Reserved.\n");
        Assert.Equal(["Mira Patel", "Jonas Berg"], a.Authors);
    }
}
