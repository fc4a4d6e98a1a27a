using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// The publisher's name on the first line (named again by the copyright line, a footer line or the page's web address), a
/// row of menu links or toolbar buttons flattened with runs of spaces, and a question headline over its standfirst are read
/// as an editor reads them: the headline is the line over the story. Every sentence here is our own.
/// </summary>
public sealed class PublisherNamesAndMenuRowsTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void A_name_the_copyright_line_prints_after_its_year_sign_is_the_masthead_not_the_title()
    {
        var article = Read("""
            Northfield Rowing Association
            Clubs | Events | Coaching | About | Contact

            Club news

            Junior crews win three medals at the autumn regatta on the lake

            Published 4 October 2026

            Three junior crews from Northfield brought home medals from the autumn regatta on Saturday, the club's best result at the event in a decade.
            The coxed four won gold in the under-16 race, and two double sculls took silver and bronze after a close finish in strong wind.

            © Northfield Rowing Association 2026 | Privacy | Cookies
            """);

        Assert.Equal("Junior crews win three medals at the autumn regatta on the lake", article.Title);
    }

    [Fact]
    public void A_name_the_page_web_address_spells_is_the_masthead_not_the_title()
    {
        var article = Read("""
            Kabar Pesisir
            Beranda  Berita  Ekonomi  Olahraga  Wisata

            Nelayan di pesisir utara menunda melaut karena gelombang tinggi

            KabarPesisir.example - Kamis, 5 Maret 2026 | 09:10 WIB

            PANTAI UTARA, KABAR PESISIR - Ratusan nelayan di pesisir utara memilih tidak melaut selama tiga hari terakhir karena gelombang setinggi tiga meter, kata ketua kelompok nelayan setempat.
            Mereka memperbaiki jaring dan perahu sambil menunggu cuaca membaik.
            """);

        Assert.Equal("Nelayan di pesisir utara menunda melaut karena gelombang tinggi", article.Title);
    }

    [Fact]
    public void A_toolbar_of_buttons_set_apart_by_runs_of_spaces_is_no_title()
    {
        var article = Read("""
            Harbour Vision TV

            Old lighthouse keeper's cottage opens as a small museum

            12K   Share   Save   Clip   Report

            Streamed on Mar 3, 2026

            The cottage where four generations of lighthouse keepers lived opened to visitors on Tuesday, with the family's logbooks and lamps on show.
            Volunteers spent two winters repairing the roof to save the stone walls, and a report on the work will be shared with visitors.
            """);

        Assert.Equal("Old lighthouse keeper's cottage opens as a small museum", article.Title);
    }

    [Fact]
    public void A_question_headline_over_its_standfirst_and_byline_is_the_title_not_the_lede()
    {
        var article = Read("""
            Skip to content
            The Plain Answer
            Politics | Money | Climate | Health | Explainers

            What is the new deposit scheme for bottles, and how do refunds work?

            Shops will take back plastic bottles and cans from April. Here is what changes for shoppers.

            By Ines Carvalho and Tomas Reid
            March 2, 2026 at 9:00 a.m. CET

            From April, most drinks in plastic bottles and cans will cost a little more at the till, and the extra will be paid back when the empty container is returned to a shop.
            The scheme covers bottles and cans between a tenth of a litre and three litres.
            """);

        Assert.Equal("What is the new deposit scheme for bottles, and how do refunds work?", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)), article.Date);
    }

    [Fact]
    public void An_edition_line_dated_with_its_weekday_is_no_headline()
    {
        var article = Read("""
            Home | Services | Groups | Newsletter | Contact

            From the Village Newsletter — Sunday 8 March 2026 (Second Sunday of Lent)

            Volunteers plant two hundred young trees along the old railway path

            More than forty volunteers from the village planted two hundred young trees along the old railway path on Saturday morning, despite the cold wind and a short hail shower.

            The saplings, mostly oak, hazel and wild cherry, were donated by the county's woodland trust and will be watered by the scouts through the summer.

            The newsletter will print a map of the new trees next month, so that walkers can look out for them on the path.
            """);

        Assert.Equal("Volunteers plant two hundred young trees along the old railway path", article.Title);
    }

    [Theory]
    [InlineData("Julkaistu 18.10.2026 klo 9.00", "2026-10-18 09:00")]
    [InlineData("Gepubliceerd op 3 maart 2026 om 10:00", "2026-03-03 10:00")]
    [InlineData("Opublikowano: 4 lutego 2026, 12:30", "2026-02-04 12:30")]
    [InlineData("Selasa, 10 Februari 2026 | 14:52 WIB", "2026-02-10 14:52")]
    [InlineData("Diterbitkan 3 Maret 2026 pukul 14.52", "2026-03-03 14:52")]
    [InlineData("28 set 2026, 23:58", "2026-09-28 23:58")]
    [InlineData("NEWS RELEASE 3-SEP-2026", "2026-09-03 00:00")]
    [InlineData("domenica 19 ottobre 2026", "2026-10-19 00:00")]
    [InlineData("KabarPesisir.example - Kamis, 5 Maret 2026 | 09:10", "2026-03-05 09:10")]
    [InlineData("Publié le 14 novembre 2026 à 06h30, modifié le 14 novembre 2026 à 11h02", "2026-11-14 06:30")]
    public void Date_lines_in_more_languages_and_shapes_give_their_date(string line, string expected)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(expected, meta.Date!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_month_abbreviation_that_is_a_word_elsewhere_is_read_only_between_a_day_and_a_year()
    {
        Assert.Equal(new DateTime(2026, 10, 3), TextDates.FindValue("3 out 2026", DateOrder.DayFirst)?.Date);
        Assert.Null(TextDates.Find("The tickets sold out 3 times before the tour", DateOrder.DayFirst));
        Assert.Null(TextDates.Find("She won the second set 6 to 4", DateOrder.DayFirst));
    }

    [Theory]
    [InlineData("Por Joana Calado e Rui Baptista", "Joana Calado", "Rui Baptista")]
    [InlineData("Por Mariana Cruz y Pedro Gil", "Mariana Cruz", "Pedro Gil")]
    [InlineData("Oleh Nur Aisyah dan Ahmad Rizal", "Nur Aisyah", "Ahmad Rizal")]
    public void A_byline_joins_its_writers_with_the_word_for_and_of_its_language(string line, string first, string second)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal([first, second], meta.Authors);
    }
}
