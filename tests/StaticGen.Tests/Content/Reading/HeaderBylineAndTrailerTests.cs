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

    [Fact]
    public void A_mailing_list_page_takes_its_date_from_the_mail_header_and_ends_at_the_closing_credit()
    {
        var a = Read($"{Headline} - Valley Bulletin archive\n[Thread index] [Prev] [Next]\n\nFrom: Valley Bulletin <editor@valley.example>\nDate: Thu, 16 May 2024 07:12:44 -0700\nSubject: Issue 88\n\n"
            + $"VALLEY BULLETIN -- ISSUE 88\n------------------------------------------------------------\n\n{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n\n"
            + "This story was written by Ines Halloran, a volunteer correspondent in Millbrook.\n\n------------------------------------------------------------\nALSO IN THIS ISSUE\n"
            + "* Library extends its summer opening hours\n* Road report: the pass is open again\n------------------------------------------------------------\nTo unsubscribe, reply with UNSUBSCRIBE in the subject line.\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(new DateTime(2024, 5, 16), a.Date?.Date);
        Assert.Equal("Ines Halloran", a.Author);
        Assert.Contains(Third, BodyTexts(a));
        Assert.DoesNotContain(a.Blocks, static b => b is RawList);
        Assert.DoesNotContain(BodyTexts(a), static t => t.Contains("unsubscribe", StringComparison.OrdinalIgnoreCase) || t.Contains("----", StringComparison.Ordinal) || t.Contains("written by", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opinion_column_has_its_capitals_kicker_its_weekday_date_and_its_writer_from_the_closing_note()
    {
        var a = Read($"{Headline} | The Harbour Echo\nThe Harbour Echo\nNews\nBusiness\nLetters\nColumns\nCOLUMN\n{Headline}\nMonday | May 13, 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n\n"
            + "Nadia Okafor is a civil engineer and a former adviser to the roads ministry. Send feedback to columns@echo.example.\n\nDisclaimer: The views expressed are the writer's own.\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("COLUMN", a.Kicker);
        Assert.Equal(new DateTime(2024, 5, 13), a.Date?.Date);
        Assert.Equal("Nadia Okafor", a.Author);
        Assert.DoesNotContain(BodyTexts(a), static t => t.StartsWith("Nadia Okafor is", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marta Ilves\nMay 13, 2024 at 9:30 am EET", "Marta Ilves")]
    [InlineData("Marta Ilves\nEurope correspondent\nMonday 13 May 2024, 18:22", "Marta Ilves")]
    [InlineData("Owen Carrick at Millfield Park\nPublished 3 hours ago\nMonday 13 May 2024", "Owen Carrick")]
    [InlineData("Words: Ellie Brannagh | Pictures: Dan Rowe\nPosted at 09:30, 13 May 2024", "Ellie Brannagh")]
    public void Names_beside_a_date_line_are_the_byline(string header, string author)
    {
        var a = Read($"{Headline} | The Courier\nNews\nSport\nWeather\n{Headline}\nListen to this article\n\n{header}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(author, a.Author);
        Assert.Equal(new DateTime(2024, 5, 13), a.Date?.Date);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains(author, StringComparison.Ordinal));
    }

    [Fact]
    public void A_masthead_in_capitals_over_the_date_is_no_byline()
    {
        var a = Read($"{Headline}\n\nVALLEY BRIEF\nMonday, May 13, 2024\n\n{Headline}\nBy Ines Halloran\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Ines Halloran", a.Author);
    }

    [Fact]
    public void A_press_release_takes_its_headline_not_the_organisation_named_by_the_page_title()
    {
        var a = Read($"Town of Millbrook, Vermont - Press Release\nTown of Millbrook, Vermont\nOfficial Website\nResidents\nBusiness\nGovernment\nHome › News › Press Releases\n\n"
            + $"FOR IMMEDIATE RELEASE\nDate: May 13, 2024\nContact: Ana Ruiz, Communications Officer\nPhone: (802) 555-0147\n\n{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(new DateTime(2024, 5, 13), a.Date?.Date);
    }

    [Fact]
    public void A_sign_in_wall_is_skipped_with_a_warning_naming_the_file()
    {
        var result = ArticleReader.Read("wall.txt", "Sign in | The Quarry Ledger PRO\nMarkets\nBusiness\nInvesting\nTech\nSign In\nThis story is for PRO subscribers\n"
            + "Five quarry stocks worth a look this spring\nSign in to keep reading, or start a free trial.\nEmail address\nPassword\nShow\nForgot your password?\nKeep me signed in\n\n"
            + "Not a subscriber yet?\nPRO Monthly — $19.99/month\nPRO Annual — $199.99/year\nStart your 14-day free trial\nCancel anytime.\n\n"
            + "Quotes are a snapshot *Quotes are delayed at least 15 minutes.\n© 2024 Quarry Ledger Media LLC. All Rights Reserved.\n");
        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("wall.txt", warning.Path);
        Assert.Contains("skipped", warning.Message, StringComparison.Ordinal);
    }
}
