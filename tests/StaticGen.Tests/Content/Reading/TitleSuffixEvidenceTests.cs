using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A site's name after the page title is cut only on evidence an editor would use: the same tail ends the page titles of
/// many files of the pile, the page's own web address spells it or its tagline names it, or the headline is printed again
/// alone (the tail then may chain several names, or be one name in two languages). A tail without evidence stays. Every
/// page here is written for the test.
/// </summary>
public sealed class TitleSuffixEvidenceTests
{
    private const string Lede = "The county's mobile library will stop at six more villages from next month after volunteers raised enough money to keep the van on the road for another two years.";
    private const string Second = "The library service said the new stops were chosen by a survey of parish councils, and each will get a visit every second Tuesday.";
    private const string Third = "Drivers will also carry a small stock of large-print books and audio players, which readers asked for in the survey.";

    private static ParsedArticle Read(string text, PileTable? pile = null) =>
        Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text, pile: pile).Article);

    private static string Page(string titleLine, string headline = "") =>
        $"{titleLine}\n{(headline.Length > 0 ? headline + "\n" : "")}By Orla Penhale\n12 March 2025\n\n{Lede}\n\n{Second}\n\n{Third}\n";

    [Fact]
    public void A_tail_that_ends_the_page_titles_of_many_files_of_the_pile_is_the_sites_name()
    {
        const string headline = "Mobile library adds six village stops after fundraising drive";
        var text = Page($"{headline} - Wrenfield Courier");
        var others = Enumerable.Range(0, 4).Select(i => $"Other story number {i} about the parish - Wrenfield Courier\n\nSome words of that story follow here.\n");
        var a = Read(text, PileTable.Build(others.Append(text)));
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_tail_only_one_or_two_other_files_end_with_stays_on_the_headline()
    {
        const string title = "Mobile library adds six village stops - Wrenfield Courier";
        var text = Page(title);
        var others = Enumerable.Range(0, 2).Select(i => $"Other story number {i} about the parish - Wrenfield Courier\n\nSome words.\n")
            .Concat(Enumerable.Range(0, 4).Select(i => $"Unrelated page {i}\n\nOther words.\n"));
        Assert.Equal(title, Read(text, PileTable.Build(others.Append(text))).Title);
    }

    [Fact]
    public void A_tail_the_site_keeps_is_not_cut_whatever_the_pile_says()
    {
        const string title = "Mobile library adds six village stops - Wrenfield Courier";
        var text = Page(title);
        var pile = PileTable.Build(Enumerable.Range(0, 4).Select(i => $"Other story {i} about the parish - Wrenfield Courier\n\nWords.\n").Append(text));
        var data = ReaderData.Load([], ["Wrenfield Courier"], ReaderData.DefaultRepetitionThreshold);
        var a = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text, data: data, pile: pile).Article);
        Assert.Equal(title, a.Title);
    }

    [Fact]
    public void The_pile_counts_title_tails_apart_from_lines_and_whatever_the_order()
    {
        string[] files = ["A story - Wrenfield Courier\n\nText.\n", "B story | Tidy Notes | Wrenfield Courier\n\nText.\n", "Wrenfield Courier\n\nText.\n"];
        foreach (var pile in new[] { PileTable.Build(files), PileTable.Build(files.Reverse()) })
        {
            Assert.Equal(1, pile.TitleTailFiles("Wrenfield Courier"));
            Assert.Equal(0, pile.OtherFiles("Wrenfield Courier"));
        }
    }

    [Fact]
    public void A_tail_the_pages_own_web_address_spells_is_the_sites_name()
    {
        const string headline = "Mobile library adds six village stops after fundraising drive";
        var a = Read(Page($"{headline} - Wrenfield Courier") + "\nwww.wrenfieldcourier.co.uk/news\n");
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_tail_the_pages_tagline_names_is_the_sites_name()
    {
        const string headline = "Mobile library adds six village stops after fundraising drive";
        var a = Read($"{headline} - ParishWiki\nFrom ParishWiki, the news anyone can write\n12 March 2025\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_tail_with_no_evidence_on_a_single_page_stays()
    {
        const string title = "Mobile library adds six village stops - Wrenfield Courier";
        Assert.Equal(title, Read(Page(title)).Title);
    }

    [Fact]
    public void A_chain_of_names_after_a_headline_printed_again_alone_is_cut_whole()
    {
        const string headline = "Mobile library adds six village stops after fundraising drive";
        var a = Read(Page($"{headline} – Parish Pod transcript | The Wrenfield Courier", headline));
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_bilingual_site_name_after_a_headline_printed_again_alone_is_cut()
    {
        const string headline = "Mobile library adds six village stops after fundraising drive";
        var a = Read(Page($"{headline} – Le Courrier de Wrenfield / Wrenfield Courier", headline));
        Assert.Equal(headline, a.Title);
    }

    [Theory]
    [InlineData("Le Courrier de Wrenfield / Wrenfield Courier", true)]
    [InlineData("by Orla Penhale | Tidy Notes | Quillbook", true)]
    [InlineData("and why the village vans matter more than ever to older readers.", false)]
    [InlineData("One | Two | Three | Four", false)]
    public void A_site_names_tail_is_a_few_short_names(string tail, bool expected) =>
        Assert.Equal(expected, ArticleReader.SiteNameLike(tail));

    [Fact]
    public void A_page_title_over_the_menu_is_no_masthead_and_a_caption_with_its_credit_glued_on_is_no_headline()
    {
        const string headline = "Mobile library adds six village stops after fundraising drive";
        var a = Read($"{headline} - Wrenfield Courier\nNews\nSport\nWhat's On\nProperty\nSign in\n\n{headline}\nVolunteers raised the money in eight months\nBy Orla Penhale\n\n"
            + $"library-van.jpg\nThe library van parked outside the village hall in Elm Cross, with its awning out(Image: Wrenfield County Council)\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("The library van parked outside the village hall in Elm Cross, with its awning out", image.Caption);
        Assert.Equal("Wrenfield County Council", image.Credit);
    }

    [Fact]
    public void A_paywall_badge_between_the_page_title_and_the_headline_is_no_kicker()
    {
        const string headline = "Mobile library adds six village stops after fundraising drive";
        var a = Read($"{headline} | by Orla Penhale | Parish Notes | Quillbook\n\nMember-only story\n\n{headline}\n\nBy Orla Penhale\n12 March 2025\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
        Assert.Null(a.Kicker);
    }
}
