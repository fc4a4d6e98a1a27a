using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Page titles that name the site and one of its sections or its slogan ("Member Update – Chamber", "The Ledger | The
/// Island's Daily"), over the story's own headline lower down; a site's name after the headline that the masthead prints
/// above it; a draft's desk labels. Every page here is written for the test.
/// </summary>
public sealed class SectionPageTitlesTests
{
    private const string Headline = "Glassworks apprentices restore the lighthouse lantern by hand";
    private const string Lede = "Six apprentices from the old glassworks spent the winter replacing the cracked panes of the lighthouse lantern on Merrow Point, cutting each curved pane by hand.";
    private const string Second = "The lighthouse keepers' trust paid for the glass, and the apprentices' college counted the work towards their final assessment.";
    private const string Third = "The lantern will be lit again at the spring equinox, when the trust opens the tower to visitors for the first time in a decade.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static string Body => $"{Lede}\n\n{Second}\n\n{Third}\n";

    [Theory]
    // A section's name and the site's name, the site printed again in the footer's first field.
    [InlineData("Member Stories – Merrow Coast Heritage Trust", "Home\nAbout\nMembers\nEvents\n", "Merrow Coast Heritage Trust · 4 Quay Street · Privacy")]
    // The site's name and its slogan, the copyright line naming the site.
    [InlineData("Point Courier | News of the Lighthouse Coast", "Home\nNews\nSport\nPeople\n", "Copyright © 2025 Point Courier")]
    // A page kind and the site's name, the site's name on a line of its own at the foot of the page.
    [InlineData("Trust newsletters 2025 – Merrow Lights Trust", "Home\nAbout us\nNewsletters\nContact\n", "Merrow Lights Trust")]
    public void A_page_title_naming_the_site_and_a_section_gives_way_to_the_headline_over_the_byline(string pageTitle, string menu, string footer)
    {
        var a = Read($"{pageTitle}\n{menu}\n{Headline}\nBy Ilse Varga | 3 March 2025\n\n{Body}\n{footer}\n");

        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void A_page_title_whose_first_part_is_the_headline_stays_the_headline()
    {
        // The site's name is printed in the footer, but the rest of the page title speaks of the story: it is the headline.
        var a = Read($"{Headline} | Point Courier\nHome\nNews\nSport\nPeople\n\nSpring opening planned for the restored lantern room\nBy Ilse Varga | 3 March 2025\n\n{Body}\nCopyright © 2025 Point Courier\n");

        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void A_site_name_after_the_headline_goes_when_the_masthead_above_prints_it()
    {
        // The masthead over a row of prices, not over the menu: only its being printed above the headline names the site.
        var a = Read($"Point Courier\nGold $2,310 +0.4% | Brent $81.20 -1.1% | EUR/USD 1.08 +0.2%\nMarkets\nPolicy\nTech\nLearn\nSign up\nPolicy\n{Headline} - Point Courier\nBy Ilse Varga\n2 hours ago · Updated 3 March 2025\n\n{Body}");

        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void A_drafts_desk_labels_give_the_headline_and_standfirst_without_their_labels()
    {
        var a = Read($"Lighthouse piece draft 2 - for subs\nlighthouse piece draft 2 - for subs\nSLUG: lantern-glass\nHED: {Headline}\nDEK: The college counted the winter's work on the lantern towards the final marks of all six apprentices\nBYLINE: By Ilse Varga\n\n{Body}");

        Assert.Equal(Headline, a.Title);
        Assert.Equal("The college counted the winter's work on the lantern towards the final marks of all six apprentices", a.Standfirst);
    }

    [Fact]
    public void A_path_from_the_home_page_joined_by_slashes_is_a_breadcrumb() =>
        Assert.Equal("breadcrumb", LineFeatures.NavShape("Home / Visit us / Lighthouse tours"));
}
