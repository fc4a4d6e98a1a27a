using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content;

/// <summary>
/// Date and byline lines as pages of other languages and trades print them: fields beside the date (a running time, a
/// category, a visit's dates), clock words ("Uhr"), weekdays in other languages that decide how a numeric date reads,
/// bilingual labels, where a story was filed from, a job title before the name, whom the writer writes for. Every line is
/// written for the test.
/// </summary>
public sealed class MetaLinesFieldsAndLabelsTests
{
    private static string Day(MetaLine? meta) => meta?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    [Theory]
    [InlineData("Freitag, 22.11.2024 | 08:05 Uhr", "2024-11-22")]
    [InlineData("Published 3 June 2024 · 52 min", "2024-06-03")]
    [InlineData("Published 3 June 2024 · 6 min read", "2024-06-03")]
    [InlineData("Trip dates: 2–4 May 2024 | Posted: 20 May 2024", "2024-05-20")]
    [InlineData("Posted by Linnea Osk on Friday, 7 June 2024 at 18:02", "2024-06-07")]
    [InlineData("Posted by Match Secretary on 9 February 2025 · Category: Juniors, Results", "2025-02-09")]
    [InlineData("Press release 21.2.2025 at 10.30", "2025-02-21")]
    [InlineData("This article was first published on 4 April 2025 as \"Harbour board weighs new berth\".", "2025-04-04")]
    public void A_date_line_with_fields_beside_its_date_gives_the_date(string line, string expected)
    {
        Assert.Equal(expected, Day(MetaLines.TryParse(line)));
    }

    [Fact]
    public void A_clock_word_after_the_time_is_part_of_the_date()
    {
        var meta = MetaLines.TryParse("Freitag, 22.11.2024 | 08:05 Uhr");
        Assert.Equal(new TimeSpan(8, 5, 0), meta?.Date?.TimeOfDay);
    }

    [Theory]
    [InlineData("Jueves, 03/10/2024 - 09:30")]
    [InlineData("Thursday, 03/10/2024")]
    [InlineData("Donnerstag, 03/10/2024")]
    public void A_weekday_decides_how_a_numeric_date_both_orders_could_read_is_meant(string line)
    {
        // Read month first, 03/10/2024 is Sunday 10 March; the weekday printed with it says 3 October, a Thursday.
        Assert.Equal("2024-10-03", Day(MetaLines.TryParse(line, DateOrder.MonthFirst)));
    }

    [Fact]
    public void A_weekday_that_agrees_with_the_reading_changes_nothing()
    {
        Assert.Equal("2024-03-10", Day(MetaLines.TryParse("Sunday, 03/10/2024", DateOrder.MonthFirst)));
    }

    [Fact]
    public void A_field_that_is_no_labelled_date_gives_no_date_of_its_own()
    {
        Assert.Null(MetaLines.TryParse("Trip dates: 2–4 May 2024 | Rooms from 90 euros"));
    }

    [Theory]
    [InlineData("Von / By Jana Kroll", "Jana Kroll")]
    [InlineData("Por/By Lucía Ferrer Sanz", "Lucía Ferrer Sanz")]
    [InlineData("Filed from the Court Annex by Kofi Adjei-Boateng", "Kofi Adjei-Boateng")]
    [InlineData("By Herald Correspondent Musa Kamara Sesay", "Musa Kamara Sesay")]
    [InlineData("Written by Sister Agnes Moll for the Town Council", "Sister Agnes Moll")]
    [InlineData("Lakeside Gazette — Nature · by Tove Lind · Fri, 11 Oct 2024 07:15:00 +1100", "Tove Lind")]
    [InlineData("Valley Public Radio | By Iker Soto Published May 2, 2024 at 5:41 AM PDT", "Iker Soto")]
    [InlineData("Hosted by Brynja Sólveig", "Brynja Sólveig")]
    [InlineData("Words: Amos Banda, Programme Officer, Zomba", "Amos Banda")]
    [InlineData("Posted by Linnea Osk on Friday, 7 June 2024 at 18:02", "Linnea Osk")]
    [InlineData("BYLINE: By Oskar Lindqvist-Berg", "Oskar Lindqvist-Berg")]
    [InlineData("Author: by Maren Holt", "Maren Holt")]
    public void Bylines_of_other_shapes_give_the_author(string line, string author)
    {
        Assert.Equal(author, MetaLines.TryParse(line)?.Author);
    }

    [Fact]
    public void A_filed_line_gives_the_date_and_the_writer()
    {
        var meta = MetaLines.TryParse("Filed on 3 June 2025 by Tomas Reiner");
        Assert.NotNull(meta);
        Assert.Equal("Tomas Reiner", meta.Author);
        Assert.Equal(new DateTime(2025, 6, 3), meta.Date?.Date);
        Assert.Null(MetaLines.TryParse("Filed under: Transport")?.Date);
    }

    [Theory]
    [InlineData("Words: Amos Banda, Programme Officer, Zomba", "Zomba")]
    [InlineData("By Ada Pell, Programme Officer, Kestrel Bay", "Kestrel Bay")]
    public void The_place_after_a_writers_job_is_where_they_work_not_an_agency(string line, string place)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Null(meta.Agency);
        Assert.Equal(place, meta.Place);
    }

    [Theory]
    [InlineData("By Ada Pell, Staff Writer, CNN", "CNN")]
    public void An_outlet_after_a_writers_job_stays_the_agency(string line, string agency) => Assert.Equal(agency, MetaLines.TryParse(line)?.Agency);

    [Fact]
    public void A_bilingual_byline_with_a_slash_is_no_picture_credit()
    {
        const string lede = "The ferry to the island ran again on Tuesday after a week of storms, the port said, and the first boat left at seven.";
        const string second = "Crews had checked the landing stage twice before the harbour master let the boat sail, the operator said on Wednesday.";
        var result = ArticleReader.Read("a.txt", $"Ferry to the island runs again\n\nFerry to the island runs again\nMartes, 09/04/2024 - 10:15\nPor/By Lucía Ferrer Sanz\n\n{lede}\n\n{second}\n");
        var article = Assert.IsType<ParsedArticle>(result.Article);
        Assert.Equal("Lucía Ferrer Sanz", article.Author);
        Assert.Equal(new DateTime(2024, 4, 9), article.Date?.Date);
    }
    [Theory]
    [InlineData("Posted by the Outreach Team | 9 March 2023", "2023-03-09")]
    [InlineData("By the Explainers team 9 March 2023", "2023-03-09")]
    public void A_team_named_as_the_byline_gives_the_date_and_no_author(string line, string day)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(day, Day(meta));
        Assert.Empty(meta.Authors);
        Assert.Equal("Sports Desk", MetaLines.TryParse("By Sports Desk | 9 March 2023")?.Author); // a desk in capitals stays the byline's name
    }

    [Theory]
    [InlineData("Date posted: Monday, March 6, 2023", "2023-03-06")]
    [InlineData("Friday, 3 March 2023, 09:40 CET | Aktualisiert / Updated 11:15", "2023-03-03")]
    [InlineData("Filed on a Tuesday (7 March 2023) by Ola Berg", "2023-03-07")]
    [InlineData("8 May 2023 · Campus news · Reading time 5 minutes", "2023-05-08")]
    [InlineData("Lena Brookes-Hay May 2, 2023 • 9 posts • 2 min read • Open in the app", "2023-05-02")]
    [InlineData("By Tove Lind, Bergen correspondent May 2 2023 | Updated 10:04 CEST", "2023-05-02")]
    public void Dates_with_the_pages_fields_or_a_same_day_update_beside_them_are_read(string line, string day) =>
        Assert.Equal(day, Day(MetaLines.TryParse(line, DateOrder.DayFirst)));

    [Theory]
    [InlineData("8 May 2023 · The council met again on Tuesday and agreed the plan.")]
    [InlineData("8 May 2023 · Market day · Mara Quist and the harbour board · Minutes")]
    public void A_sentence_or_a_long_phrase_after_a_date_is_no_page_field(string line) => Assert.Null(MetaLines.TryParse(line, DateOrder.DayFirst));
}
