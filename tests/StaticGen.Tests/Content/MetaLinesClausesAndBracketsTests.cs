using System.Globalization;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// Bylines and date lines in shapes seen on pages of outlets the reader had not met: an update clause after the published
/// date in any language, a byline in brackets, a forum post's head, Nordic dates with their article ("den"), and a field's
/// name that is a page control ("Text Size"). Every line is written for the test.
/// </summary>
public sealed class MetaLinesClausesAndBracketsTests
{
    private static string Day(DateTimeOffset? d) => d!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Publié le 3 décembre 2026 à 18h42, mis à jour le 4 décembre 2026 à 9h10", "2026-12-03 18:42", "2026-12-04 09:10")]
    [InlineData("Publicado el 9 de marzo de 2026, actualizado el 10 de marzo de 2026", "2026-03-09 00:00", "2026-03-10 00:00")]
    [InlineData("Veröffentlicht am 6. Dezember 2026, aktualisiert am 7. Dezember 2026", "2026-12-06 00:00", "2026-12-07 00:00")]
    public void A_published_date_then_an_update_clause_in_any_language_gives_both(string line, string published, string updated)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.False(meta.IsUpdate);
        Assert.Equal(published, Day(meta.Date));
        Assert.Equal(updated, Day(meta.Updated));
    }

    [Fact]
    public void A_reported_by_label_names_the_writer_and_a_date_after_the_name_is_the_lines_date()
    {
        Assert.Equal(["Tomas Reyes"], MetaLines.TryParse("Reported by Tomas Reyes")!.Authors);
        var meta = MetaLines.TryParse("Reported by Tomas Reyes Published 2 December 2026, 9:40am AEDT");
        Assert.NotNull(meta);
        Assert.Equal(["Tomas Reyes"], meta.Authors);
        Assert.Equal("2026-12-02 09:40", Day(meta.Date));
    }

    [Fact]
    public void A_byline_in_brackets_gives_its_writers_and_the_date_after_it()
    {
        Assert.Equal(["Hana Lee", "Omar Diallo"], MetaLines.TryParse("(By Hana Lee and Omar Diallo)")!.Authors);
        var meta = MetaLines.TryParse("(By Hana Lee and Omar Diallo) 03/11/2026 08:15 PM");
        Assert.NotNull(meta);
        Assert.Equal(["Hana Lee", "Omar Diallo"], meta.Authors);
        Assert.Equal("2026-03-11 20:15", Day(meta.Date));
    }

    [Theory]
    [InlineData("Text Size")]
    [InlineData("Author Profile")]
    public void A_fields_name_before_one_word_is_a_page_control_not_a_byline_but_before_two_names_it_labels_them(string line)
    {
        Assert.Empty(MetaLines.TryParse(line)?.Authors ?? []);
        Assert.Equal(["Jane Doe"], MetaLines.TryParse("Author Jane Doe")!.Authors);
    }

    [Fact]
    public void A_forum_posts_head_gives_the_poster_and_the_time()
    {
        var meta = MetaLines.TryParse("#3 Post by harbourmaster » Tue Nov 10, 2026 6:02 pm");
        Assert.NotNull(meta);
        Assert.Equal(["harbourmaster"], meta.Authors);
        Assert.Equal("2026-11-10 18:02", Day(meta.Date));
    }

    [Fact]
    public void A_duty_officers_label_names_the_bulletins_writer() =>
        Assert.Equal(["B. Okoro"], MetaLines.TryParse("Duty forecaster: B. Okoro")!.Authors);

    [Fact]
    public void A_blogs_categories_before_by_are_no_part_of_the_name()
    {
        var meta = MetaLines.TryParse("Posted in Garden notes, Allotments, Uncategorized by Ellen Marsh on 14 March 2025");
        Assert.NotNull(meta);
        Assert.Equal(["Ellen Marsh"], meta.Authors);
        Assert.Equal("2025-03-14 00:00", Day(meta.Date));
    }

    [Theory]
    [InlineData("den 7 december 2026", "2026-12-07 00:00")]
    [InlineData("lördag 5 december 2026", "2026-12-05 00:00")]
    [InlineData("tisdag den 8 december 2026", "2026-12-08 00:00")]
    [InlineData("Mandag den 7. december 2026 kl. 10.12", "2026-12-07 10:12")]
    public void A_nordic_date_with_its_weekday_or_article_is_a_date_line(string line, string expected)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(expected, Day(meta.Date));
    }
}
