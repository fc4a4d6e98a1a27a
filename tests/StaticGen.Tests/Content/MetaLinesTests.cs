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
    [InlineData("By Sam Okoro and Ida Berg, Chief Football Writers", "Sam Okoro and Ida Berg")]
    [InlineData("AAP", "AAP")]
    [InlineData("Reuters staff", "Reuters staff")]
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
}
