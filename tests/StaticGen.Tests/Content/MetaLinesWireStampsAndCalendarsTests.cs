using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// Date lines and bylines of outlets the reader had not met: Turkish dates with the weekday after the year and in capitals
/// (dotless and dotted i), Polish, Czech and Turkish names alone and abbreviated, Croatian "listopada" told from Polish by
/// the dot after the day, an update stamped before the time the story first ran that day, a second date after a space,
/// a town and its state's abbreviation before the date, an agency's stamp closing wire copy, a user's handle after a
/// lower-case "by", and the newsroom as the byline. Every line here is written for the test.
/// </summary>
public sealed class MetaLinesWireStampsAndCalendarsTests
{
    private static string Stamp(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "none";

    [Theory]
    [InlineData("14 Mart 2025 Cuma 10:20", "2025-03-14 10:20")] // the weekday after the year, then the time
    [InlineData("14 Mart 2025, Cuma", "2025-03-14 00:00")]
    [InlineData("3 KASIM 2025 PAZARTESİ 18:05", "2025-11-03 18:05")] // capitals: "KASIM" is "Kasım", "PAZARTESİ" is "Pazartesi"
    [InlineData("9 MAYIS 2025", "2025-05-09 00:00")]
    [InlineData("18 Şub 2025 14:30", "2025-02-18 14:30")]
    [InlineData("Opublikowano: 7 lutego 2025 r., 08:40", "2025-02-07 08:40")] // Polish "r." (roku) after the year
    [InlineData("5 paź 2025", "2025-10-05 00:00")]
    [InlineData("Publikováno: 18. úno 2025", "2025-02-18 00:00")]
    [InlineData("Tlaxcala, Tlax. | 21/05/2025 | 09:05 hrs", "2025-05-21 09:05")]
    public void A_date_of_an_outlet_not_met_before_is_read(string line, string expected)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(expected, Stamp(meta.Date));
        Assert.False(meta.IsUpdate);
    }

    [Fact]
    public void Listopada_is_october_after_a_days_dot_as_croatian_prints_it_and_november_without_as_polish_does()
    {
        Assert.Equal("2025-10-12 09:15", Stamp(MetaLines.TryParse("Objavljeno: 12. listopada 2025. u 09:15", DateOrder.DayFirst)?.Date));
        Assert.Equal("2025-11-12 00:00", Stamp(MetaLines.TryParse("12 listopada 2025", DateOrder.DayFirst)?.Date));
    }

    [Fact]
    public void A_town_and_its_states_abbreviation_before_the_date_is_the_place()
    {
        var meta = MetaLines.TryParse("Tlaxcala, Tlax. | 21/05/2025 | 09:05 hrs", DateOrder.DayFirst);
        Assert.Equal("Tlaxcala, Tlax.", meta?.Place);
        Assert.Empty(meta!.Authors);
    }

    [Theory]
    [InlineData("Updated June 9 2025 - 4:45pm, first published 11:05am", "2025-06-09 11:05", "2025-06-09 16:45")]
    [InlineData("Wed Jun 11, 2025 07:40 AM Last update on: Jun 12, 2025 10:00 AM", "2025-06-11 07:40", "2025-06-12 10:00")]
    public void The_date_first_published_is_the_date_and_the_other_the_update(string line, string date, string updated)
    {
        var meta = MetaLines.TryParse(line, DateOrder.MonthFirst);
        Assert.NotNull(meta);
        Assert.False(meta.IsUpdate);
        Assert.Equal(date, Stamp(meta.Date));
        Assert.Equal(updated, Stamp(meta.Updated));
    }

    [Theory]
    [InlineData("(APA, 4.6.2025)", "APA")]
    [InlineData("(dpa/APA, 4.6.2025)", "dpa")] // the first agency credited
    [InlineData("Graz, 04.06.2025 (APA)", "APA")]
    [InlineData("(SDA, 4.6.2025).", "SDA")]
    public void An_agencys_stamp_closing_wire_copy_gives_the_source_and_the_date(string line, string agency)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(agency, meta.Agency);
        Assert.Equal("2025-06-04 00:00", Stamp(meta.Date));
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void A_stamp_closing_the_last_paragraph_is_split_off_it()
    {
        var split = MetaLines.TrySplitTrailer("The council will decide in the autumn. (APA, 4.6.2025)", DateOrder.DayFirst);
        Assert.NotNull(split);
        Assert.Equal("The council will decide in the autumn.", split.Value.Text);
        Assert.Equal("APA", split.Value.Trailer.Agency);
        Assert.Equal("2025-06-04 00:00", Stamp(split.Value.Trailer.Date));
    }

    [Fact]
    public void A_turkish_label_before_the_date_and_its_reading_time_after_it()
    {
        var meta = MetaLines.TryParse("Yayın: 4 Ekim 2025, 11:40 (TSİ) · Okuma süresi: 2 dakika", DateOrder.DayFirst);
        Assert.Equal("2025-10-04 11:40", Stamp(meta?.Date));
        Assert.Equal(MetaEvidence.Label, meta!.Evidence);
    }

    [Theory]
    [InlineData("Kaynak: AA", "AA")]
    [InlineData("(Lähde: STT)", "STT")]
    [InlineData("Źródło: PAP", "PAP")]
    public void A_source_label_of_polish_czech_finnish_or_turkish_gives_the_agency(string line, string? agency) =>
        Assert.Equal(agency, MetaLines.TryParse(line, DateOrder.DayFirst)?.Agency);

    [Fact]
    public void A_source_in_brackets_closing_the_last_paragraph_is_split_off_it()
    {
        var split = MetaLines.TrySplitTrailer("The vote is expected early next year. (Lähde: AFP)", DateOrder.DayFirst);
        Assert.NotNull(split);
        Assert.Equal("The vote is expected early next year.", split.Value.Text);
        Assert.Equal("AFP", split.Value.Trailer.Agency);
    }

    [Theory]
    [InlineData("by river_otter_42", "river_otter_42")]
    [InlineData("by m.kowalczyk", "m.kowalczyk")]
    public void A_lower_case_by_before_a_users_handle_is_a_byline(string line, string author) =>
        Assert.Equal(author, MetaLines.TryParse(line, DateOrder.DayFirst)?.Author);

    [Fact]
    public void A_lower_case_by_before_words_stays_a_fragment()
    {
        Assert.Equal("kestrel_09", MetaLines.TryParse("by kestrel_09", DateOrder.DayFirst)?.Author);
        Assert.Null(MetaLines.TryParse("by hand", DateOrder.DayFirst));
        Assert.Null(MetaLines.TryParse("by the river", DateOrder.DayFirst));
    }

    [Theory]
    [InlineData("Staff Report")]
    [InlineData("From staff reports")]
    [InlineData("BY STAFF WRITER")]
    [InlineData("Staff Writer")]
    public void The_newsroom_as_the_byline_names_no_author(string line)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Empty(meta.Authors);
        Assert.Null(meta.Author);
        Assert.NotNull(meta.Role);
        Assert.Equal(MetaEvidence.Label, meta.Evidence);
    }
}
