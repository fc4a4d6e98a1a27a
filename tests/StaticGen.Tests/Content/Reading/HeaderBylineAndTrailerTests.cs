using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Classes of mistakes a careful editor would not make: a scoreboard or a masthead link taken as the kicker, a blog's
/// lower-case byline glued to the standfirst, live blog entries glued together, bylines beside their dates, credits.
/// Every page here is written for the test.
/// </summary>
public sealed class HeaderBylineAndTrailerTests
{
    private const string Headline = "Quarry road reopens after the spring floods";
    private const string Lede = "The road to the old quarry opened again on Monday after three weeks under water, the county said, and the first lorries were through by noon.";
    private const string Second = "Engineers had rebuilt a stretch of the embankment that the river carried away in the second week of the floods, working through two weekends.";
    private const string Third = "The county said it would keep a pump by the bridge until the end of the month in case the river rose again.";

    private static ParsedArticle Read(string text, string path = "a.txt")
    {
        var result = ArticleReader.Read(path, text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static IEnumerable<string> BodyTexts(ParsedArticle a) => a.Blocks.Select(static b => b switch
    {
        RawParagraph p => p.Text,
        RawHeading h => h.Text,
        _ => "",
    });

    [Fact]
    public void A_scorers_line_above_the_repeated_headline_is_no_kicker()
    {
        var a = Read($"{Headline} | The Pitch\nNews\nSport\nWeather\nFT\nHillfort 3\nDale Vale 0\nMorgan 12', 40' | Reyes 77'\n{Headline}\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Kicker);
        Assert.DoesNotContain(BodyTexts(a), static t => t.Contains("Reyes 77", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ePaper")]
    [InlineData("e-Edition")]
    public void A_masthead_link_in_lower_case_after_a_menu_is_no_kicker(string link)
    {
        var a = Read($"{Headline} | The Courier\nNews\nSport\nBusiness\nLifestyle\n{link}\n{Headline}\nBy Rhian Powell\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Kicker);
        Assert.Equal("Rhian Powell", a.Author);
    }

    [Fact]
    public void A_lower_case_byline_under_a_standfirst_without_a_full_stop_is_the_author()
    {
        const string standfirst = "Lorries will be able to use the road again from the first week of the month";
        var a = Read($"{Headline}\n\n{Headline}\n{standfirst}\nby Tomasz Nowicki\nPublished: Mon 13 May 2024, 6:07 PM\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Tomasz Nowicki", a.Author);
        Assert.Equal(standfirst, a.Standfirst);
        Assert.Equal(new DateTime(2024, 5, 13), a.Date?.Date);
    }

    [Fact]
    public void Live_blog_entry_titles_stay_headings_when_no_blank_line_sets_them_off()
    {
        const string first = "Pumps at the quarry bridge are running again";
        const string second = "County opens a second route for school buses";
        var a = Read($"Quarry floods live: road reopens | The Courier\n\nQuarry floods live: road reopens\nBy Rhian Powell\nPublished 13 May 2024\n\n"
            + $"10:15 a.m. ET\n{first}\n{Lede}\n{Second}\n\n9:40 a.m. ET\n{second}\n{Third}\n");
        Assert.Equal(Lede, a.Blocks.OfType<RawParagraph>().First().Text);
        var headings = a.Blocks.OfType<RawHeading>().Select(static h => h.Text).ToList();
        Assert.Contains(first, headings);
        Assert.Contains(second, headings);
        Assert.Contains(Lede, BodyTexts(a));
        Assert.Contains(Third, BodyTexts(a));
    }

    [Theory]
    [InlineData("Image source, Owen Brandt", "quarry-bridge.jpg", "Image caption, Crews rebuild the embankment", "Crews rebuild the embankment", "Owen Brandt")]
    [InlineData("VALLEY/Owen Brandt", "quarry-bridge.jpg", "Crews rebuild the embankment by the bridge.", "Crews rebuild the embankment by the bridge.", "VALLEY/Owen Brandt")]
    [InlineData("Image: Owen Brandt/Valley Courier", "quarry-bridge.jpg", "Crews rebuild the embankment by the bridge.", "Crews rebuild the embankment by the bridge.", "Owen Brandt/Valley Courier")]
    public void A_credit_printed_above_the_image_line_is_the_pictures(string creditLine, string file, string captionLine, string caption, string credit)
    {
        var a = Read($"{Headline}\n\n{Headline}\nBy Rhian Powell\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{creditLine}\n{file}\n{captionLine}\n\n{Third}\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal(caption, figure.Image.Caption);
        Assert.Equal(credit, figure.Image.Credit);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains(caption, StringComparison.Ordinal) || t.Contains(creditLine, StringComparison.Ordinal));
        Assert.Contains(Third, BodyTexts(a));
    }

    [Fact]
    public void A_courtesy_line_under_a_caption_is_the_credit()
    {
        var a = Read($"{Headline}\n\n{Headline}\nBy Rhian Powell\n12 May 2024\n\n{Lede}\n\nquarry-bridge.jpg\nCrews rebuild the embankment by the bridge.\nCourtesy Valley Quarry Workers’ Co-operative\nQ: What happens next?\n\n{Second}\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal("Valley Quarry Workers’ Co-operative", figure.Image.Credit);
        Assert.DoesNotContain(a.Blocks.OfType<RawHeading>(), static h => h.Text.StartsWith("Courtesy", StringComparison.Ordinal));
    }
}
