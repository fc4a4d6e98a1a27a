using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// What sets a kicker apart from a section's row (a label set tight on the headline as a block of its own, against one a
/// blank line away), marks in front of a headline that are not its words, the nearest of several dates over the headline,
/// the site's name before a date line, and prices that say how numeric dates are written. Every page is written for the test.
/// </summary>
public sealed class KickersTitleMarksAndNearDatesTests
{
    private const string Headline = "Reservoir works close the lakeside path until March";
    private const string Lede = "The path along the east shore of the reservoir will be shut from Monday while engineers replace the old spillway gates, the water company said on Friday.";
    private const string Second = "Walkers will be sent along the upper track, which adds about twenty minutes to the circuit and has no step-free access at the northern end.";
    private const string Third = "The company said the gates had reached the end of their working life and that the work could only be done while the water was low.";
    private const string Menu = "The Dale Gazette\nNews\nBusiness\nSport\nWeather\n";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Theory]
    [InlineData("WATER NEWS")]
    [InlineData("Business")] // a menu item, printed again as the headline's block's first line
    [InlineData("RESERVOIR BULLETIN NO. 3")]
    public void A_short_label_opening_the_headlines_block_is_its_kicker(string label)
    {
        var a = Read($"{Headline} - The Dale Gazette\n\n{Menu}\nPaths closed: 4 | Paths open: 61\n\n{label}\n{Headline}\n\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(label, a.Kicker);
    }

    [Fact]
    public void A_sections_kicker_set_on_the_headline_stays_its_kicker_when_other_files_of_the_pile_print_it_too()
    {
        var text = $"{Headline} - The Dale Gazette\n\n{Menu}\nSearch\n\nBusiness\n{Headline}\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n";
        var pile = PileTable.Build(Enumerable.Range(0, 6).Select(i => $"Story number {i} of the week\n\nBusiness\nStory number {i} of the week\n\nSome text {i}.\n").Append(text));
        var a = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text, pile: pile).Article);
        Assert.Equal("Business", a.Kicker);
    }

    [Fact]
    public void A_name_its_job_and_its_place_over_the_date_are_the_byline()
    {
        var a = Read($"{Headline} | The Dale Gazette\n\n{Headline}\n\nRuth Oyelaran\nReporter\nHarrogate\nPublished 12.05.2024, 14:32\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(["Ruth Oyelaran"], a.Authors);
        Assert.DoesNotContain("Harrogate", a.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
    }

    [Fact]
    public void A_label_a_blank_line_above_the_headline_is_a_sections_row_not_the_kicker()
    {
        var a = Read($"{Headline} | The Dale Gazette\n\n{Menu}\nLocal Environment\n\n{Headline}\nAll stories 10:04 May 12, 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Kicker);
    }

    [Theory]
    [InlineData("🚧 ")]
    [InlineData("⚠️ ")]
    [InlineData("(2nd LD) ")]
    [InlineData("(LEAD) ")]
    public void A_pictograph_or_wire_version_tag_before_the_headline_is_not_part_of_it(string mark)
    {
        Assert.Equal(Headline, TitleMarks.WithoutLeadingMarks(mark + Headline));
        var a = Read($"{mark}{Headline}\n\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);

        // A title that is nothing but marks stays as it is.
        Assert.Equal(mark.Trim(), TitleMarks.WithoutLeadingMarks(mark.Trim()));
    }

    [Fact]
    public void Of_two_dates_over_the_headline_the_nearer_one_is_its_own()
    {
        var a = Read($"The Dale Channel\n@dalechannel\n\n11 May 2024\nPhoto\nFog on the moor road this morning\n👁 2.1K\n08:12\n\n12 May 2024\n{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(new DateTime(2024, 5, 12), a.Date?.Date);
    }

    [Fact]
    public void The_sites_name_before_a_date_line_is_the_mastheads_and_the_date_is_read()
    {
        var a = Read($"{Headline} | Dale Gazette\n\n{Menu}\n{Headline}\nBy Ruth Oyelaran\nDale Gazette / 06:18 PM May 12, 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(new DateTime(2024, 5, 12, 18, 18, 0), a.Date?.DateTime);
        Assert.Equal(["Ruth Oyelaran"], a.Authors);
    }

    [Fact]
    public void A_page_not_written_in_English_reads_an_ambiguous_numeric_date_day_first()
    {
        string[] lines =
        [
            "Publicado em 03/12/2024 às 10h15",
            string.Join(' ', Enumerable.Repeat("A prefeitura anunciou nesta terça-feira que a ponte velha ficará fechada durante as obras de reparo.", 8)),
        ];
        var (order, why) = NumericDateOrder.Decide(null, lines, PileTable.Empty, TextLanguage.Detect(lines));
        Assert.Equal(DateOrder.DayFirst, order);
        Assert.Contains("not in English", why, StringComparison.Ordinal);
        string[] english = ["Posted 03/12/2024", string.Join(' ', Enumerable.Repeat("The council said the old bridge would stay shut while the repairs go on.", 8))];
        Assert.Equal(DateOrder.MonthFirst, NumericDateOrder.Decide(null, english, PileTable.Empty, TextLanguage.Detect(english)).Order);
    }

    [Fact]
    public void Prices_in_pounds_read_an_ambiguous_numeric_date_day_first()
    {
        var (order, why) = NumericDateOrder.Decide(null, ["Released: 03/12/2024 10:15", "The repairs cost £2.4m."], PileTable.Empty);
        Assert.Equal(DateOrder.DayFirst, order);
        Assert.Contains("line 2", why, StringComparison.Ordinal);
    }
}
