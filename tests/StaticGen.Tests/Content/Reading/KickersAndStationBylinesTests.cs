using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A label set tight on a headline that has no page title above it (a kicker, unless the page's menu prints it as a
/// section), a station's call letters before its byline, a portal's name after the writer and a relative update in
/// Portuguese beside the date. Every page and line here is written for the test.
/// </summary>
public sealed class KickersAndStationBylinesTests
{
    private const string Headline = "Harbour ferry to run every half hour from Monday";
    private const string Lede = "The ferry between the two harbour towns will run every half hour from Monday, the operator said, after a winter in which passengers waited up to an hour on the quay.";
    private const string Second = "The operator said a second boat, repaired at the yard over the winter, would make the extra crossings possible without raising fares.";
    private const string Third = "Passengers on the morning crossing said the change was overdue, and several asked whether the late boat on Fridays would come back too.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void A_label_set_tight_on_a_headline_without_a_page_title_is_the_kicker_unless_the_menu_prints_it()
    {
        var a = Read($"Quay Courier\nFront page\nLocal\nSport\nLog in\n\nWinter crossings\n{Headline}\n\nBy Tessa Quayle\n9 October 2026\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Winter crossings", a.Kicker);

        var section = Read($"Quay Courier\nFront page\nLocal\nTransport\nSport\nLog in\n\nTRANSPORT\n{Headline}\n\nBy Tessa Quayle\n9 October 2026\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, section.Title);
        Assert.Null(section.Kicker);
    }

    [Fact]
    public void Call_letters_before_a_labelled_byline_are_the_source_and_the_writer_the_author()
    {
        var meta = MetaLines.TryParse("WQAY | By Dana Holt", DateOrder.MonthFirst);
        Assert.NotNull(meta);
        Assert.Equal(["Dana Holt"], meta.Authors);
        Assert.Equal("WQAY", meta.Agency);
        Assert.Equal(MetaEvidence.Label, meta.Evidence);
    }

    [Fact]
    public void A_portals_name_after_the_writer_is_no_second_author() =>
        Assert.Equal(["Ana Ribeiro"], MetaLines.TryParse("Por Ana Ribeiro, Portal Vale Notícias", DateOrder.DayFirst)?.Authors);

    [Fact]
    public void A_relative_update_in_portuguese_beside_the_date_leaves_the_date() =>
        Assert.Equal(new DateTime(2026, 10, 12, 8, 40, 0), MetaLines.TryParse("12/10/2026 08h40  Atualizado há 3 horas", DateOrder.DayFirst)?.Date?.DateTime);
}
