using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

public sealed class MetaLinesTests
{
    [Theory]
    [InlineData("March 20, 2023", "2023-03-20")]
    [InlineData("20 March 2023", "2023-03-20")]
    [InlineData("Mar. 20, 2023", "2023-03-20")]
    [InlineData("Monday, March 20, 2023", "2023-03-20")]
    [InlineData("Monday 20 March 2023 10.45 GMT", "2023-03-20")]
    [InlineData("16.10.2020", "2020-10-16")]
    [InlineData("2023-03-20", "2023-03-20")]
    [InlineData("2023-03-20T10:45:00Z", "2023-03-20")]
    [InlineData("Published: 2024-11-30 14:30 GMT", "2024-11-30")]
    [InlineData("Posted on 3 May 2024", "2024-05-03")]
    [InlineData("03/20/2023", "2023-03-20")]
    [InlineData("20/03/2023", "2023-03-20")]
    [InlineData("December 19, 2022 at 9:30 p.m. ET", "2022-12-19")]
    [InlineData("15 November 2023 • 11:42am", "2023-11-15")]
    [InlineData("2023-12-05 09:12 IST", "2023-12-05")]
    [InlineData("Posted on July 2, 2024 by weatherdesk", "2024-07-02")]
    [InlineData("January 7, 2024 / 3:45 PM", "2024-01-07")]
    public void Date_lines_in_common_shapes_give_the_date(string line, string expected)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(expected, meta.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(meta.IsUpdate);
    }

    [Fact]
    public void An_updated_line_is_an_update_not_the_publication_date()
    {
        var meta = MetaLines.TryParse("Updated: 21 March 2023");
        Assert.NotNull(meta);
        Assert.True(meta.IsUpdate);
    }

    [Theory]
    [InlineData("By Amina Okafor", "Amina Okafor")]
    [InlineData("By Tomás Ruiz and Claire Martin", "Tomás Ruiz and Claire Martin")]
    [InlineData("By Tomás Ruiz and Claire Martin, Reuters", "Tomás Ruiz and Claire Martin")]
    [InlineData("By AMINA OKAFOR", "Amina Okafor")]
    [InlineData("By Hanna de Vries | BBC News", "Hanna de Vries")]
    [InlineData("By Priya Raman in Bengaluru and Lin Wei in Taipei", "Priya Raman and Lin Wei")]
    [InlineData("By Helga Moen, Legal Affairs Correspondent", "Helga Moen")]
    [InlineData("By political reporter Marta Lindqvist and Owen Tait", "Marta Lindqvist and Owen Tait")]
    [InlineData("By senior business correspondent Ravi Anand", "Ravi Anand")]
    [InlineData("By Sam Okoro and Ida Berg, Chief Football Writers", "Sam Okoro and Ida Berg")]
    [InlineData("Posted on 3 May 2024 by newsdesk", "newsdesk")]
    public void Bylines_give_the_author(string line, string author)
    {
        Assert.Equal(author, MetaLines.TryParse(line)?.Author);
    }

    [Fact]
    public void A_byline_with_a_date_gives_both()
    {
        var meta = MetaLines.TryParse("By Amina Okafor, March 20, 2023");
        Assert.Equal("Amina Okafor", meta?.Author);
        Assert.Equal(new DateTimeOffset(2023, 3, 20, 0, 0, 0, TimeSpan.Zero), meta?.Date);
    }

    [Theory]
    [InlineData("By the time the rescuers arrived, the river had risen.")]
    [InlineData("By Sunday the army had withdrawn from the valley.")]
    [InlineData("The talks ended on March 20, 2023 without a deal.")]
    [InlineData("31.02.2023")]
    [InlineData("Carnival interrupted")]
    public void Sentences_and_impossible_dates_are_not_meta_lines(string line)
    {
        Assert.Null(MetaLines.TryParse(line));
    }

    [Theory]
    [InlineData("Director's Cut Wins Praise in Venice")]
    [InlineData("Council’s Budget Gap Widens in Dorset")]
    public void A_headline_with_a_possessive_is_no_byline_from_somewhere(string line)
    {
        // "Name in Place" is a byline's shape, but a possessive is a headline's word, never a name's.
        Assert.Null(MetaLines.TryParse(line)?.Author);
        Assert.Equal("Aoife O'Brien", MetaLines.TryParse("Aoife O'Brien in Galway")?.Author);
    }

    [Theory]
    [InlineData("KYIV, May 3 (Reuters) - Air raid sirens sounded.", "KYIV, May 3 (Reuters) -")]
    [InlineData("SÃO PAULO, Brazil, Feb 21 (Reuters) - Rescue teams dug.", "SÃO PAULO, Brazil, Feb 21 (Reuters) -")]
    [InlineData("WASHINGTON — Lawmakers met on Friday.", "WASHINGTON —")]
    [InlineData("Kyiv, May 3 (AFP) – Sirens sounded.", "Kyiv, May 3 (AFP) –")]
    [InlineData("LONDON, March 3, 2023 (Reuters) - Prices rose.", "LONDON, March 3, 2023 (Reuters) -")]
    [InlineData("SEOUL/TOKYO, March 18 (Reuters) - Missiles were fired.", "SEOUL/TOKYO, March 18 (Reuters) -")]
    public void Wire_datelines_are_found(string paragraph, string dateline)
    {
        Assert.Equal(dateline, MetaLines.TryDateline(paragraph)?.Text);
    }

    [Fact]
    public void A_dateline_with_a_year_gives_a_date()
    {
        Assert.Equal(new DateTimeOffset(2023, 3, 3, 0, 0, 0, TimeSpan.Zero), MetaLines.TryDateline("LONDON, March 3, 2023 (Reuters) - Prices rose.")?.Date);
    }

    [Theory]
    [InlineData("Paris - the city of light - was quiet on Sunday.")]
    [InlineData("The minister said the talks - long delayed - would resume.")]
    public void Ordinary_sentences_have_no_dateline(string paragraph)
    {
        Assert.Null(MetaLines.TryDateline(paragraph));
    }

    private static string Iso(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture) ?? "none";

    [Theory]
    [InlineData("Posted: Oct 23, 2011 2:18 PM", "2011-10-23T14:18+00:00", true, false)]
    [InlineData("Published On 28 Jan 2024", "2024-01-28T00:00+00:00", false, false)]
    [InlineData("JAN 23, 2024 - 10:12 PM GMT+3", "2024-01-23T22:12+03:00", true, true)]
    [InlineData("9:34 am on 10 January 2016", "2016-01-10T09:34+00:00", true, false)]
    [InlineData("Sun 12 May 2024 01.14 BST", "2024-05-12T01:14+01:00", true, true)]
    [InlineData("Mon 26 Feb 2024 14.39 GMT", "2024-02-26T14:39+00:00", true, true)]
    [InlineData("24/11/2024", "2024-11-24T00:00+00:00", false, false)]
    [InlineData("AFP Published 12 Feb, 2025 11:47am", "2025-02-12T11:47+00:00", true, false)]
    [InlineData("August 10, 2016 / 6:15 PM / a year ago", "2016-08-10T18:15+00:00", true, false)]
    [InlineData("10 Jan 2016", "2016-01-10T00:00+00:00", false, false)]
    [InlineData("date 2022-11-02 08:30:00", "2022-11-02T08:30+00:00", true, false)]
    [InlineData("2024-03-05T17:20:00+01:00", "2024-03-05T17:20+01:00", true, true)]
    [InlineData("2024-03-05T17:20:00Z", "2024-03-05T17:20+00:00", true, true)]
    [InlineData("Tue, 05 Mar 2024 16:20:00 GMT", "2024-03-05T16:20+00:00", true, true)]
    [InlineData("12 February 2024", "2024-02-12T00:00+00:00", false, false)]
    [InlineData("Feb. 12, 2024", "2024-02-12T00:00+00:00", false, false)]
    [InlineData("Sept. 3, 2023", "2023-09-03T00:00+00:00", false, false)]
    [InlineData("3rd of March 2023", "2023-03-03T00:00+00:00", false, false)]
    [InlineData("JUN 30, 2024 - 02:10 AM IST", "2024-06-30T02:10+05:30", true, true)]
    [InlineData("Published On 14 Feb 202414 Feb 2024", "2024-02-14T00:00+00:00", false, false)]
    [InlineData("March 28, 2024 5:02 PM GMT+1Updated 2 hours ago", "2024-03-28T17:02+01:00", true, true)]
    [InlineData("December 19, 2022 at 9:30 p.m. ET", "2022-12-19T21:30-05:00", true, true)]
    [InlineData("July 19, 2022 at 9:30 p.m. ET", "2022-07-19T21:30-04:00", true, true)]
    [InlineData("4 June 2024, 18:05 CEST", "2024-06-04T18:05+02:00", true, true)]
    [InlineData("2024-06-04 09:05 UTC+05:30", "2024-06-04T09:05+05:30", true, true)]
    [InlineData("First published on Sun 2 Jun 2024 09.05 BST", "2024-06-02T09:05+01:00", true, true)]
    public void Date_lines_give_date_time_and_offset(string line, string expected, bool hasTime, bool hasZone)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(expected, Iso(meta.Date));
        Assert.Equal((hasTime, hasZone), (meta.HasTime, meta.HasZone));
        Assert.False(meta.IsUpdate);
    }

    [Theory]
    [InlineData("Updated 3:15 PM EDT, Tue June 11, 2024", "2024-06-11T15:15-04:00")]
    [InlineData("Updated 9:14 PM EDT, April 8, 2024", "2024-04-08T21:14-04:00")]
    [InlineData("Last updated: 4 March 2024", "2024-03-04T00:00+00:00")]
    [InlineData("Modified 2024-03-04 10:00", "2024-03-04T10:00+00:00")]
    public void Updated_lines_give_the_update_not_the_date(string line, string expected)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.True(meta.IsUpdate);
        Assert.Equal(expected, Iso(meta.Date));
    }

    [Fact]
    public void First_published_is_marked_as_the_publication_date()
    {
        Assert.True(MetaLines.TryParse("First published on Sun 2 Jun 2024 09.05 BST")!.IsFirstPublished);
        Assert.False(MetaLines.TryParse("Sun 2 Jun 2024 18.35 BST")!.IsFirstPublished);
    }

    [Theory]
    [InlineData("05/06/2024", DateOrder.MonthFirst, "2024-05-06")]
    [InlineData("05/06/2024", DateOrder.DayFirst, "2024-06-05")]
    [InlineData("24/11/2024", DateOrder.MonthFirst, "2024-11-24")]
    [InlineData("11/24/2024", DateOrder.DayFirst, "2024-11-24")]
    [InlineData("05-06-2024", DateOrder.DayFirst, "2024-06-05")]
    [InlineData("16.10.2020", DateOrder.MonthFirst, "2020-10-16")]
    [InlineData("2024/11/05", DateOrder.DayFirst, "2024-11-05")]
    [InlineData("24/11/05", DateOrder.YearFirst, "2024-11-05")]
    [InlineData("24/11/05", DateOrder.DayFirst, "2005-11-24")]
    public void Numeric_dates_follow_the_configured_order_unless_only_one_reading_exists(string line, DateOrder order, string expected)
    {
        var meta = MetaLines.TryParse(line, order);
        Assert.Equal(expected, meta?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_digit_years_are_read_only_in_the_configured_order()
    {
        // 13/11/05 can be no month-first date; with two-digit years the other orders are not guessed.
        Assert.Null(MetaLines.TryParse("13/11/05", DateOrder.MonthFirst));
    }

    [Theory]
    [InlineData("a year ago", false)]
    [InlineData("3 hours ago", false)]
    [InlineData("1h ago", false)]
    [InlineData("Updated 2 hours ago", true)]
    [InlineData("yesterday", false)]
    public void Relative_dates_are_recognised_but_give_no_date(string line, bool update)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.True(meta.IsRelative);
        Assert.Null(meta.Date);
        Assert.Equal(update, meta.IsUpdate);
    }

    [Fact]
    public void A_relative_date_after_an_absolute_one_does_not_replace_it()
    {
        Assert.Equal("2016-08-10T18:15+00:00", Iso(MetaLines.TryParse("August 10, 2016 / 6:15 PM / a year ago")?.Date));
    }

    [Theory]
    [InlineData("Published", false)]
    [InlineData("Published On:", false)]
    [InlineData("Updated", true)]
    [InlineData("Last updated:", true)]
    public void A_date_label_alone_is_recognised_for_the_next_line(string line, bool update)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.True(meta.IsLabelOnly);
        Assert.Equal(update, meta.IsUpdate);
    }

    [Theory]
    [InlineData("By Oliver Wright", "Oliver Wright", null, null)]
    [InlineData("By Oliver Wright and Jake Kanter", "Oliver Wright|Jake Kanter", null, null)]
    [InlineData("By Samira Haddad, Olivier Brandt and Nneka Eze, CNN", "Samira Haddad|Olivier Brandt|Nneka Eze", "CNN", null)]
    [InlineData("By MARCUS HALVORSEN and LUCÍA TREVIÑO", "Marcus Halvorsen|Lucía Treviño", null, null)]
    [InlineData("By Anna Wiśniewska-Hart | Culture correspondent May 17, 2022", "Anna Wiśniewska-Hart", null, "Culture correspondent")]
    [InlineData("Words by Ines Kovač", "Ines Kovač", null, null)]
    [InlineData("Story by Ines Kovač & Tom Reid", "Ines Kovač|Tom Reid", null, null)]
    [InlineData("By Priya Raman in Bengaluru and Lin Wei in Taipei", "Priya Raman|Lin Wei", null, null)]
    [InlineData("By Tomás Ruiz and Claire Martin, Reuters", "Tomás Ruiz|Claire Martin", "Reuters", null)]
    [InlineData("By Hanna de Vries | BBC News", "Hanna de Vries", "BBC News", null)]
    [InlineData("By Abdulmenam al-Ghaithi", "Abdulmenam al-Ghaithi", null, null)]
    [InlineData("Author: J.K. Mensah", "J.K. Mensah", null, null)]
    [InlineData("By ODILE MARCHETTI from the Associated Press", "Odile Marchetti", "The Associated Press", null)]
    [InlineData("By Odile Marchetti for Reuters", "Odile Marchetti", "Reuters", null)]
    public void Labelled_bylines_give_each_author_the_agency_and_the_role(string line, string authors, string? agency, string? role)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(authors.Split('|'), meta.Authors);
        Assert.Equal(agency, meta.Agency);
        Assert.Equal(role, meta.Role);
        Assert.Equal(MetaEvidence.Label, meta.Evidence);
    }

    [Fact]
    public void Several_authors_read_as_one_display_string()
    {
        Assert.Equal("Samira Haddad, Olivier Brandt and Nneka Eze", MetaLines.TryParse("By Samira Haddad, Olivier Brandt and Nneka Eze, CNN")?.Author);
        Assert.Equal("2022-05-17", MetaLines.TryParse("By Anna Wiśniewska-Hart | Culture correspondent May 17, 2022")?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("BY ASSOCIATED PRESS", "Associated Press")]
    [InlineData("AFP", "AFP")]
    [InlineData("AAP", "AAP")]
    [InlineData("Reuters staff", "Reuters")]
    [InlineData("By Reuters", "Reuters")]
    public void Agency_lines_give_a_source_and_no_author(string line, string agency)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.True(meta.IsAgency);
        Assert.Equal(agency, meta.Agency);
        Assert.Null(meta.Author);
        Assert.Empty(meta.Authors);
    }

    [Theory]
    [InlineData("Oliver Wright, Jake Kanter", "Oliver Wright|Jake Kanter", null, MetaEvidence.NameShape)]
    [InlineData("Marta Lindqvist", "Marta Lindqvist", null, MetaEvidence.NameShape)]
    // Where a reporter writes from is a byline's own shape: no headline names a person "in Johannesburg" and nothing else.
    [InlineData("Tendai Ncube in Johannesburg and Harriet Blake", "Tendai Ncube|Harriet Blake", null, MetaEvidence.Label)]
    [InlineData("Amara Okonjo in Nairobi", "Amara Okonjo", null, MetaEvidence.Label)]
    [InlineData("Oliver Wright, Reuters", "Oliver Wright", "Reuters", MetaEvidence.Agency)]
    [InlineData("BOSPHORUS DAILY WITH AA", "Bosphorus Daily", "AA", MetaEvidence.Agency)]
    [InlineData("HERALD SPORTS DESK", "Herald Sports Desk", null, MetaEvidence.NameShape)]
    public void Bare_names_are_bylines_with_the_evidence_they_carry(string line, string authors, string? agency, MetaEvidence evidence)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(authors.Split('|'), meta.Authors);
        Assert.Equal(agency, meta.Agency);
        Assert.Equal(evidence, meta.Evidence);
    }

    [Fact]
    public void A_name_then_a_published_date_gives_both()
    {
        var meta = MetaLines.TryParse("Keri Walsh | Published 3 March 2024");
        Assert.NotNull(meta);
        Assert.Equal(["Keri Walsh"], meta.Authors);
        Assert.Equal("2024-03-03", meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Reporting by Nadia Okoro in Lagos and Ben Hale; Editing by Ruth Marr", "Nadia Okoro|Ben Hale")]
    [InlineData("Reporting by Nadia Okoro; Additional reporting by Ben Hale in Abuja; Editing by Ruth Marr and Li Chen", "Nadia Okoro|Ben Hale")]
    [InlineData("Writing by Sam Doyle; Editing by Kim Lund.", "Sam Doyle")]
    public void Wire_trailers_make_reporters_authors_and_not_editors(string line, string authors)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.True(meta.IsTrailer);
        Assert.Equal(authors.Split('|'), meta.Authors);
    }

    [Theory]
    [InlineData("By the end of 2024 the plan had been dropped.")]
    [InlineData("By then, most of the villagers had left.")]
    [InlineData("Posted to the front line in May, he wrote letters home every week.")]
    [InlineData("Published in 1998, the report was ignored for years.")]
    [InlineData("Updated figures will follow on March 3, 2024.")]
    [InlineData("The vote is set for 12 May 2024 in all districts.")]
    [InlineData("Clouds and crowds")]
    [InlineData("A man walks past cars piled on top of each other.")]
    [InlineData("Editing by Ruth Marr")]
    [InlineData("Three years ago the river flooded the town.")]
    [InlineData("by Oliver Wright")]
    [InlineData("Why The Vote Matters")]
    [InlineData("32/13/2024")]
    [InlineData("Sunday Times")]
    public void Sentences_with_a_date_or_by_are_not_meta_lines(string line)
    {
        var meta = MetaLines.TryParse(line);
        Assert.True(meta is null || meta.Authors.Count == 0 && meta.Date is null && !meta.IsRelative && !meta.IsLabelOnly, $"read as {meta}");
    }

    [Theory]
    [InlineData("(CNN) — Rescue teams searched the mud.", "(CNN) —")]
    [InlineData("WASHINGTON (AP) — The Senate voted on Friday.", "WASHINGTON (AP) —")]
    [InlineData("ATLANTA, Dec 7 (Reuters) - Shares rose.", "ATLANTA, Dec 7 (Reuters) -")]
    [InlineData("Benghazi, Libya CNN — Rescue teams searched the mud.", "Benghazi, Libya CNN —")]
    public void More_dateline_shapes_are_found(string paragraph, string dateline)
    {
        Assert.Equal(dateline, MetaLines.TryDateline(paragraph)?.Text);
    }

    [Fact]
    public void A_byline_glued_to_a_dateline_is_not_a_place()
    {
        Assert.Null(MetaLines.TryDateline("By Morgan Reed and Ana Sousa, CNN (CNN) — The storm turned north."));
    }

    [Fact]
    public void A_trailer_in_brackets_with_lower_case_labels_is_split_off_its_paragraph()
    {
        var split = MetaLines.TrySplitTrailer("The meeting was moved to Friday. (Reporting by Ana Lima, writing by Kai Moreno, editing by Joan Pratt)");
        Assert.NotNull(split);
        Assert.Equal("The meeting was moved to Friday.", split.Value.Text);
        Assert.Equal(["Ana Lima", "Kai Moreno"], split.Value.Trailer.Authors);
        Assert.Null(MetaLines.TrySplitTrailer("The meeting was moved (again) to Friday (local time)"));
    }

    [Theory]
    [InlineData("Posted: 14 Mar 2011   Print   Email this", "2011-03-14T00:00+00:00")]
    [InlineData("Tuesday, 04 March 2021 09:30 Written by", "2021-03-04T09:30+00:00")]
    public void A_date_line_with_buttons_or_a_dangling_label_gives_its_date(string line, string expected) =>
        Assert.Equal(expected, Iso(MetaLines.TryParse(line)?.Date));

    [Fact]
    public void A_scraper_date_prefix_is_split_from_the_text_after_it()
    {
        var split = MetaLines.SplitScraperPrefix(" date 2024-03-02 Ferry service resumes after the storm", DateOrder.MonthFirst);
        Assert.NotNull(split);
        Assert.Equal("2024-03-02T00:00+00:00", Iso(split.Value.Meta.Date));
        Assert.Equal("Ferry service resumes after the storm", split.Value.Remainder);
        Assert.Null(MetaLines.SplitScraperPrefix("date night ideas for 2019", DateOrder.MonthFirst));
    }

    [Fact]
    public void A_scraper_date_prefix_gives_the_date_whatever_follows_it()
    {
        var meta = MetaLines.TryParse("date 2019-04-02 Home News Sport Weather Login");
        Assert.NotNull(meta);
        Assert.True(meta.IsScraperPrefix);
        Assert.Equal("2019-04-02T00:00+00:00", Iso(meta.Date));
        Assert.Null(MetaLines.TryParse("date night ideas for 2019"));
    }

    [Theory]
    [InlineData("By KAREN HOLT Associated Press", "Karen Holt", "Associated Press")]
    [InlineData("By Karen Holt AFP", "Karen Holt", "AFP")]
    [InlineData("By KAREN HOLT, Associated Press Writer", "Karen Holt", "Associated Press")]
    public void An_agency_after_a_name_without_a_comma_is_the_source(string line, string author, string agency)
    {
        var meta = MetaLines.TryParse(line);
        Assert.Equal([author], meta?.Authors);
        Assert.Equal(agency, meta?.Agency);
    }

    [Fact]
    public void A_date_with_a_future_relative_time_keeps_the_absolute_date()
    {
        Assert.Equal("2018-06-13T12:21+00:00", Iso(MetaLines.TryParse("June 13, 2018 / 12:21 PM / in 3 hours")?.Date));
    }

    [Fact]
    public void A_line_with_the_publication_and_the_update_gives_both()
    {
        var meta = MetaLines.TryParse("Published: 10:32 BST, 3 June 2024 | Updated: 11:05 BST, 4 June 2024");
        Assert.NotNull(meta);
        Assert.False(meta.IsUpdate);
        Assert.Equal("2024-06-03T10:32+01:00", Iso(meta.Date));
        Assert.Equal("2024-06-04T11:05+01:00", Iso(meta.Updated));
    }

    [Theory]
    [InlineData("Reuters | Updated: June 3, 2024", "Reuters", true)]
    [InlineData("AFP - Published 3 June 2024", "AFP", false)]
    public void An_agency_before_a_labelled_date_is_the_source(string line, string agency, bool update)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(agency, meta.Agency);
        Assert.Equal(update, meta.IsUpdate);
        Assert.Equal("2024-06-03", meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}

public sealed class MetaLinesPlaceAndRelativeTests
{
    [Fact]
    public void A_bylines_place_is_kept_apart_from_the_name()
    {
        var meta = MetaLines.TryParse("Ines Carvalho Mendes in Rio de Janeiro");
        Assert.NotNull(meta);
        Assert.Equal("Ines Carvalho Mendes", meta.Author);
        Assert.Equal("in Rio de Janeiro", meta.Place);
    }

    [Theory]
    [InlineData("2 hours ago · 12 March 2024")]
    [InlineData("Updated 5 mins ago | 12 March 2024")]
    public void A_relative_date_before_an_absolute_one_leaves_the_absolute_date(string line)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), meta.Date);
        Assert.False(meta.IsRelative);
    }

    [Theory]
    [InlineData("This article was originally published on 12 March 2024.")]
    [InlineData("This story first appeared on 12 March 2024")]
    public void A_page_speaking_of_itself_before_a_date_label_is_a_first_published_line(string line)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.True(meta.IsFirstPublished);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), meta.Date);
    }

    [Fact]
    public void A_dateline_without_a_year_gives_its_month_and_day()
    {
        var dateline = MetaLines.TryDateline("PORTREE, March 3 (Reuters) – The ferry sailed again on Thursday.");
        Assert.NotNull(dateline);
        Assert.Null(dateline.Date);
        Assert.Equal((3, 3), dateline.DayWithoutYear);
    }
}

public sealed class MetaLinesDayWithoutYearTests
{
    [Fact]
    public void Names_followed_by_a_day_without_a_year_are_a_sure_byline_without_a_date()
    {
        var meta = MetaLines.TryParse("Maeve Gallagher Tue, Mar 12");
        Assert.NotNull(meta);
        Assert.Equal("Maeve Gallagher", meta.Author);
        Assert.Null(meta.Date);
        Assert.NotEqual(MetaEvidence.NameShape, meta.Evidence);
    }
}
