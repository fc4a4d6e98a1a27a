using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// A writer's name and a date on one line with no "By" label, as European papers print them (the names, then maybe a date
/// label or a weekday cut short, then the date in the page's language); relative days with a time ("gisteren om 18:05");
/// an agency's name run together before a date. Every line is written for the test.
/// </summary>
public sealed class MetaLinesNamesBesideDatesTests
{
    private static string Stamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Karen Holm tirs. 4. marts 2025", "Karen Holm", "2025-03-04 00:00")]
    [InlineData("Tiago Moura 3 de Novembro de 2025, 18:40", "Tiago Moura", "2025-11-03 18:40")]
    [InlineData("Sofia Lindgren Publicerad 2025-05-14 08:30", "Sofia Lindgren", "2025-05-14 08:30")]
    [InlineData("Marta Kowalska Opublikowano 7 lutego 2025", "Marta Kowalska", "2025-02-07 00:00")]
    [InlineData("Lotte Janssens woe 5 feb 2025", "Lotte Janssens", "2025-02-05 00:00")]
    [InlineData("Camille Tremblay Publié le 9 avril 2025 à 10 h 45", "Camille Tremblay", "2025-04-09 10:45")]
    public void Names_then_a_date_in_the_pages_language_are_a_byline_with_its_date(string line, string author, string date)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal([author], meta.Authors);
        Assert.Equal(date, Stamp(meta.Date!.Value));
        Assert.False(meta.IsUpdate);
    }

    [Fact]
    public void An_update_label_between_the_names_and_the_date_makes_the_date_an_update()
    {
        var meta = MetaLines.TryParse("Per Aasen Oppdatert 12. jan. 2026, kl. 16.05", DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(["Per Aasen"], meta.Authors);
        Assert.Equal("2026-01-12 16:05", Stamp(meta.Date!.Value));
        Assert.True(meta.IsUpdate);
    }

    [Fact]
    public void A_weekday_cut_short_is_read_in_lower_case_but_a_capitalised_surname_stays_the_name()
    {
        // "woe" opens the Dutch "woensdag"; "Frei" opens the German "Freitag", but capitalised after a name it is the name's.
        Assert.Equal(["Lotte Janssens"], MetaLines.TryParse("Lotte Janssens woe 5 feb 2025", DateOrder.DayFirst)?.Authors);
        Assert.Equal(["Anna Frei"], MetaLines.TryParse("Anna Frei 5 February 2025", DateOrder.DayFirst)?.Authors);
        Assert.Equal("2025-02-05 00:00", Stamp(MetaLines.TryParse("woe 5 feb 2025", DateOrder.DayFirst)!.Date!.Value));
    }

    [Theory]
    [InlineData("gisteren om 18:05", false)]
    [InlineData("i går kl. 21.40", false)]
    [InlineData("oggi alle 9:30", false)]
    [InlineData("hoje às 11h20", false)]
    [InlineData("Yesterday at 6:10 PM", false)]
    [InlineData("Aktualisiert heute, 08:15 Uhr", true)]
    [InlineData("Bijgewerkt gisteren", true)]
    public void A_day_named_relative_to_today_is_a_relative_date_line(string line, bool update)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.True(meta.IsRelative);
        Assert.Null(meta.Date);
        Assert.Equal(update, meta.IsUpdate);
        Assert.Empty(meta.Authors);

        // Alone, without a time or a label, the word may be a section's name; in a sentence it is prose.
        Assert.Null(MetaLines.TryParse("Vandaag", DateOrder.DayFirst));
        Assert.Null(MetaLines.TryParse("Hier à Lyon, les élus ont voté le budget.", DateOrder.DayFirst));
    }

    [Fact]
    public void An_agency_whose_name_is_run_together_before_a_date_is_the_source()
    {
        var meta = MetaLines.TryParse("EuropaPress - 14/03/2024", DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal("Europa Press", meta.Agency);
        Assert.Equal("2024-03-14 00:00", Stamp(meta.Date!.Value));
        Assert.Empty(meta.Authors);
    }

    [Theory]
    [InlineData("Election 2025")]
    [InlineData("Lotte Janssens said on 5 February 2025 that the bridge would open in spring.")]
    [InlineData("Sofia Lindgren publicerade rapporten 2025-05-14 tillsammans med kommunen.")]
    public void A_heading_or_a_sentence_with_a_name_and_a_date_is_no_byline(string line)
    {
        Assert.Null(MetaLines.TryParse(line, DateOrder.DayFirst));

        // The same writer and date as a byline are read, so the refusal above is the sentence's, not the name's.
        Assert.Equal(["Sofia Lindgren"], MetaLines.TryParse("Sofia Lindgren Publicerad 2025-05-14", DateOrder.DayFirst)?.Authors);
    }

    [Theory]
    [InlineData("3 uur geleden", false)]
    [InlineData("een uur geleden", false)]
    [InlineData("för 5 timmar sedan", false)]
    [InlineData("for 4 timer siden", false)]
    [InlineData("vor 3 Stunden", false)]
    [InlineData("6 ore fa", false)]
    [InlineData("5 tuntia sitten", false)]
    [InlineData("4 godziny temu", false)]
    [InlineData("před 3 hodinami", false)]
    [InlineData("5 saat önce", false)]
    [InlineData("Bijgewerkt 3 uur geleden", true)]
    public void Hours_ago_in_the_words_of_another_language_is_a_relative_date_line(string line, bool update)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.True(meta.IsRelative);
        Assert.Null(meta.Date);
        Assert.Equal(update, meta.IsUpdate);

        // A number and a unit without the word for "ago" are a duration ("for 4 hours" in English too).
        Assert.Null(MetaLines.TryParse("3 Stunden", DateOrder.DayFirst));
        Assert.Null(MetaLines.TryParse("for 4 hours", DateOrder.DayFirst));
    }

    [Fact]
    public void A_labelled_date_then_writers_each_with_their_outlet_in_brackets_gives_the_date_and_the_writers()
    {
        var meta = MetaLines.TryParse("Postado em 3 de Março de 2025 - Ana Lima e Rui Costa (Jornal do Vale), Marta Reis (Rádio Serra)", DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal("2025-03-03 00:00", Stamp(meta.Date!.Value));
        Assert.Equal(["Ana Lima", "Rui Costa", "Marta Reis"], meta.Authors);
        Assert.Equal("Jornal do Vale", meta.Agency);
    }
}
