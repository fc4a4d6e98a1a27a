using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// Date lines and bylines in the languages whose month and weekday names months.tsv and weekdays.tsv have from CLDR
/// (Romanian, Hungarian, Croatian, Serbian, Lithuanian, Slovak, Catalan, Latvian, Bulgarian), with their grammar (the year
/// first, a dot after the day, a word after the year), and English shapes around a date that say nothing of it. Every line
/// is written for the test.
/// </summary>
public sealed class MetaLinesCalendarsTests
{
    private static string Stamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("9 septembrie 2026, 14:05", "2026-09-09 14:05")]
    [InlineData("Publicat: 9 septembrie 2026, 14:05", "2026-09-09 14:05")]
    [InlineData("2026. szeptember 9. 14:05", "2026-09-09 14:05")]
    [InlineData("Közzétéve: 2026. márc. 4.", "2026-03-04 00:00")]
    [InlineData("9. rujna 2026.", "2026-09-09 00:00")]
    [InlineData("Objavljeno: 9. rujna 2026. u 14:05", "2026-09-09 14:05")]
    [InlineData("9. septembar 2026.", "2026-09-09 00:00")]
    [InlineData("2026 m. rugsėjo 9 d. 14:05", "2026-09-09 14:05")]
    [InlineData("9. septembra 2026", "2026-09-09 00:00")]
    [InlineData("9 de setembre de 2026", "2026-09-09 00:00")]
    [InlineData("dijous, 9 d'abril de 2026", "2026-04-09 00:00")]
    [InlineData("2026. gada 9. septembris", "2026-09-09 00:00")]
    [InlineData("9 септември 2026 г., 14:05", "2026-09-09 14:05")]
    public void A_date_in_a_language_or_shape_the_tables_had_not_gives_the_date(string line, string expected)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(expected, Stamp(meta.Date!.Value));
        Assert.False(meta.IsUpdate);
    }

    [Theory]
    [InlineData("Actualizat: 10 septembrie 2026, ora 09:30", "2026-09-10 09:30")]
    [InlineData("Frissítve: 2026. szeptember 10. 09:30", "2026-09-10 09:30")]
    [InlineData("Ažurirano: 10. rujna 2026.", "2026-09-10 00:00")]
    [InlineData("Sist oppdatert 10. september 2026 kl. 10.12", "2026-09-10 10:12")]
    public void An_update_label_of_another_language_makes_an_update(string line, string expected)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.True(meta.IsUpdate);
        Assert.Equal(expected, Stamp(meta.Date!.Value));
    }

    [Theory]
    [InlineData("6 min read · Sep 9, 2026", "2026-09-09")]
    [InlineData("Published online 2026 Sep 9", "2026-09-09")]
    [InlineData("Received 2 June 2026; Accepted 1 Aug 2026; Published 9 Sep 2026", "2026-09-09")]
    [InlineData("Updates from Thursday, December 10, 2026", "2026-12-10")]
    public void What_stands_around_a_date_says_which_date_is_the_pages(string line, string expected)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(expected, meta.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.False(meta.IsUpdate);
    }

    [Fact]
    public void A_text_browsers_link_numbers_are_no_part_of_the_byline()
    {
        var meta = MetaLines.TryParse("By [12]Ruth Oyelaran | [13]September 9, 2026");
        Assert.NotNull(meta);
        Assert.Equal(["Ruth Oyelaran"], meta.Authors);
        Assert.Equal("2026-09-09", meta.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Autor: Jana Nováková", "Jana Nováková")]
    [InlineData("Szerző: Kovács Anna", "Kovács Anna")]
    [InlineData("Höfundur: Jón Sigurðsson", "Jón Sigurðsson")]
    [InlineData("Autorius: Rūta Petraitė", "Rūta Petraitė")]
    [InlineData("Piše: Ivana Horvat", "Ivana Horvat")]
    [InlineData("Napisala: Milica Petrović", "Milica Petrović")]
    public void An_author_label_of_another_language_names_the_writer(string line, string author) =>
        Assert.Equal([author], MetaLines.TryParse(line)!.Authors);

    [Fact]
    public void Two_writers_joined_by_another_languages_and_are_two_authors() =>
        Assert.Equal(["Ivana Horvat", "Marko Babić"], MetaLines.TryParse("Piše: Ivana Horvat i Marko Babić")!.Authors);

    [Theory]
    [InlineData("6 Dec 26 | 14:05", "On 6 May 25 people were hurt on the bridge")]
    [InlineData("Fri 4 Sep 26", "The 4 Sep 26 members voted")]
    public void A_two_digit_year_is_read_only_where_no_words_follow_it(string dated, string sentence)
    {
        Assert.NotNull(TextDates.Find(dated, DateOrder.DayFirst)?.Value);
        Assert.Null(TextDates.Find(sentence, DateOrder.DayFirst)?.Value);
    }
}
