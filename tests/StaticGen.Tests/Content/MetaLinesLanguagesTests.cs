using System.Globalization;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>Date lines printed in other languages than English: their month names come from months.tsv, their labels from meta-words.tsv.</summary>
public sealed class MetaLinesLanguagesTests
{
    [Theory]
    [InlineData("3 décembre 2026", "2026-12-03 00:00")]
    [InlineData("1er décembre 2026", "2026-12-01 00:00")]
    [InlineData("Publié le 3 décembre 2026 à 14h05", "2026-12-03 14:05")]
    [InlineData("7. desember 2026", "2026-12-07 00:00")]
    [InlineData("Publicerad 7 december 2026", "2026-12-07 00:00")]
    [InlineData("Publicado el 3 de marzo de 2026", "2026-03-03 00:00")]
    [InlineData("3 de março de 2026", "2026-03-03 00:00")]
    [InlineData("Veröffentlicht am 3. Dezember 2026", "2026-12-03 00:00")]
    [InlineData("Pubblicato il 9 luglio 2026", "2026-07-09 00:00")]
    public void A_date_line_with_a_month_named_in_another_language_gives_the_date(string line, string expected)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(expected, meta.Date!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.False(meta.IsUpdate);
    }

    [Fact]
    public void A_nordic_update_label_and_clock_make_an_update()
    {
        var meta = MetaLines.TryParse("Oppdatert 7. desember 2026 kl. 10.12");
        Assert.NotNull(meta);
        Assert.True(meta.IsUpdate);
        Assert.Equal("2026-12-07 10:12", meta.Date!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_date_then_an_update_label_spaced_before_its_colon_gives_both()
    {
        var meta = MetaLines.TryParse("12.03.2026 - Update : 14.03.2026");
        Assert.NotNull(meta);
        Assert.Equal("2026-03-12", meta.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal("2026-03-14", meta.Updated!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Par Anna Lindqvist")]
    [InlineData("Por Anna Lindqvist")]
    [InlineData("Von Anna Lindqvist")]
    [InlineData("Av Anna Lindqvist")]
    [InlineData("Door Anna Lindqvist")]
    [InlineData("Tekst: Anna Lindqvist")]
    public void A_by_label_in_another_language_is_no_part_of_the_name(string line) =>
        Assert.Equal(["Anna Lindqvist"], MetaLines.TryParse(line)!.Authors);

    [Theory]
    [InlineData("Source: Reuters", "Reuters")]
    [InlineData("Quelle: dpa", "dpa")]
    [InlineData("Staff and agencies", "Staff and agencies")]
    public void A_source_label_before_an_agency_gives_the_agency_and_no_author(string line, string agency)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(agency, meta.Agency);
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void A_report_label_names_the_writer() =>
        Assert.Equal(["Tomasz Wielgosz"], MetaLines.TryParse("Report: Tomasz Wielgosz")!.Authors);
}
