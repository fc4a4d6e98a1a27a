using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Dates and titles read off page shapes beyond a news page's header: a chat saved as text (each message stamped), a web
/// address a scraper wrote on the headline's line, a text browser's numbered byline, a reading time beside the date, a
/// journal's header of dates, a page in a language whose month names come from CLDR. Every page is written for the test.
/// </summary>
public sealed class ChatStampsAndAddressedTitlesTests
{
    private const string Headline = "Harbour bridge reopens after six weeks of repairs";
    private const string Lede = "The harbour bridge reopened to traffic on Wednesday after six weeks of work on its deck and railings, the roads department said.";
    private const string Second = "Drivers had used a long detour through the industrial estate while the bridge was closed, adding twenty minutes to most trips.";
    private const string Third = "The department said the work had finished three days earlier than planned and under its budget.";

    private static ParsedArticle Read(string text, DateOrder? order = null) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text, dateOrder: order).Article);

    private static string Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    [Fact]
    public void A_chat_saved_as_text_is_dated_by_its_first_messages_stamp()
    {
        var a = Read("Allotment committee chat\n[6/3/2026, 14:05] Margaret Hill: The tap by plot 12 is leaking again, can someone look at it before Saturday?\n"
            + "[6/3/2026, 14:12] Tom Baker: I can go down tomorrow morning and bring a new washer for it.\n"
            + "[7/3/2026, 09:02] Priya Shah: The tap is fixed now, it only needed a washer and some tape around the thread.\n", DateOrder.DayFirst);
        Assert.Equal("2026-03-06", Day(a.Date));
    }

    [Theory]
    [InlineData("https://example.com/2026/09/harbour-bridge-reopens " + Headline)]
    [InlineData(Headline + " https://example.com/2026/09/harbour-bridge-reopens")]
    public void A_web_address_on_the_headlines_line_is_no_part_of_the_title(string line)
    {
        var a = Read($"{line}\nSeptember 9, 2026\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
    }

    [Fact]
    public void A_text_browsers_numbered_byline_gives_its_writer_and_date()
    {
        var a = Read($"[1]Skip to content\n[2]Home [3]News [4]Sport\n{Headline}\nBy [12]Ruth Oyelaran | [13]September 9, 2026\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(["Ruth Oyelaran"], a.Authors);
        Assert.Equal("2026-09-09", Day(a.Date));
    }

    [Fact]
    public void A_reading_time_before_the_date_leaves_the_date()
    {
        var a = Read($"{Headline}\nRuth Oyelaran\n6 min read · Sep 9, 2026\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("2026-09-09", Day(a.Date));
    }

    [Fact]
    public void A_journals_header_is_dated_by_its_published_field()
    {
        var a = Read($"{Headline}\nReceived 2 June 2026; Accepted 1 Aug 2026; Published 9 Sep 2026\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("2026-09-09", Day(a.Date));
    }

    [Fact]
    public void A_romanian_header_gives_date_update_and_writer()
    {
        var a = Read("Actualitate\nPrimăria a deschis o nouă piață de legume în cartierul de nord\nPublicat: 9 septembrie 2026, 14:05\n"
            + "Actualizat: 10 septembrie 2026, ora 09:30\nAutor: Ioana Munteanu\n\n"
            + "Primăria a anunțat marți că piața cea nouă va fi deschisă în fiecare zi, iar comercianții vor plăti o chirie mai mică în primul an.\n\n"
            + "Locuitorii din cartier au cerut de mai mulți ani un loc unde să cumpere legume proaspete fără să meargă până în centru.\n\n"
            + "Lucrările au costat mai puțin decât s-a estimat, iar o parte din bani a venit de la un fond pentru orașe mici.\n");
        Assert.Equal("Primăria a deschis o nouă piață de legume în cartierul de nord", a.Title);
        Assert.Equal("2026-09-09", Day(a.Date));
        Assert.Equal("2026-09-10", Day(a.Updated));
        Assert.Equal(["Ioana Munteanu"], a.Authors);
    }
}
