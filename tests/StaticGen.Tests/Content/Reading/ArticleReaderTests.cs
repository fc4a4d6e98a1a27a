using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

public sealed class ArticleReaderTests
{
    private const string Lede = "The pass over the mountains stayed closed on Sunday after a second night of heavy snow, the road office said, and the two villages above it are cut off.";
    private const string Second = "Crews will start to clear the road from both ends on Tuesday, when the weather service expects the snow to ease and the wind to drop.";

    private static ParsedArticle Read(string text, PileTable? pile = null, string path = "a.txt", Func<string, JunkKind>? junk = null)
    {
        var result = ArticleReader.Read(path, text, junk, pile: pile);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static LineClass ClassOf(ParsedArticle a, string text) => a.Lines.Single(l => l.Text == text).Class;

    [Theory]
    [InlineData("Skip to main content")]
    [InlineData("Home > Regions > Alps")]
    [InlineData("MOUNTAIN NEWS")]
    [InlineData("10 Jan 2025")]
    [InlineData("date 2025-01-10 url https://example.org/pass")]
    [InlineData("IDX 4,512.3 +0.8%")]
    public void A_first_line_of_furniture_never_becomes_the_title(string first)
    {
        var a = Read($"{first}\n\nPass closed for a third day\n\nBy Mia Lund\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Pass closed for a third day", a.Title);
        Assert.Contains(ClassOf(a, first), new[] { LineClass.Furniture, LineClass.Date });
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text == first || b is RawHeading h && h.Text == first);
    }

    [Fact]
    public void A_long_ticker_row_is_not_joined_to_the_menu_line_under_it()
    {
        const string ticker = "FTSE 100 8,120.5 -0.3% · Dow Jones 39,410.2 +0.2% · Gold Spot 2,315.80 +1.4% · Brent Crude 83.1 +0.5%";
        var a = Read($"{ticker}\nHarbour Media and its products\nSign in to your account\n\nPass closed for a third day\n\nBy Mia Lund\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Pass closed for a third day", a.Title);
        Assert.Equal(LineClass.Furniture, ClassOf(a, ticker));
    }

    [Fact]
    public void Title_candidates_carry_their_scores_and_reasons()
    {
        var a = Read($"Skip to content\n\nPass closed for a third day | The Valley Gazette\n\nPass closed for a third day\n\n{Lede}\n");
        Assert.Equal("Pass closed for a third day", a.Title);
        Assert.NotEmpty(a.TitleCandidates);
        Assert.All(a.TitleCandidates, c => Assert.NotEmpty(c.Reasons));
        Assert.Contains(a.TitleCandidates, c => c.Line == 3 && c.Reasons.Any(static r => r.StartsWith("repeated", StringComparison.Ordinal)));
        Assert.DoesNotContain(a.TitleCandidates, c => c.Line == 1);
        Assert.Equal(LineClass.Title, ClassOf(a, "Pass closed for a third day | The Valley Gazette"));
    }

    [Fact]
    public void A_date_and_byline_further_down_the_header_are_found()
    {
        var a = Read($"Pass closed for a third day\n\nShare\nSave\n\nPass closed for a third day\n\nBy Mia Lund\n\nSign in\n\n12 January 2025\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Mia Lund", a.Author);
        Assert.Equal(new DateTimeOffset(2025, 1, 12, 0, 0, 0, TimeSpan.Zero), a.Date);
    }

    [Fact]
    public void A_date_in_the_trailer_is_taken_when_the_header_has_none()
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\n{Second}\n\nShare this:\nFacebook\n\n12 January 2025\n");
        Assert.Equal(new DateTimeOffset(2025, 1, 12, 0, 0, 0, TimeSpan.Zero), a.Date);
    }

    [Fact]
    public void The_standfirst_is_kept_and_the_summary_is_the_lede()
    {
        var a = Read($"Pass closed for a third day\n\nHeavy snow has kept the only road over the pass closed, cutting off two villages\n\nBy Mia Lund\n12 January 2025\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Heavy snow has kept the only road over the pass closed, cutting off two villages", a.Standfirst);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text == a.Standfirst);
    }

    [Fact]
    public void Credit_first_captions_pair_with_their_image()
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\nplough.jpg\n\nImage source, Valley Gazette\nImage caption, Ploughs wait at the foot of the pass\n\n{Second}\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal("Valley Gazette", figure.Image.Credit);
        Assert.Equal("Ploughs wait at the foot of the pass", figure.Image.Caption);
    }

    [Theory]
    [InlineData("barrier.jpg\nWorkers check a barrier above the road. (AA Photo)", "Workers check a barrier above the road.", "AA Photo")]
    [InlineData("barrier.jpg\nWorkers check a barrier above the road [Lea Roth/AFP]", "Workers check a barrier above the road", "Lea Roth/AFP")]
    [InlineData("barrier.jpg\nWorkers check a barrier above the road.\nLea Roth/AFP/Getty Images", "Workers check a barrier above the road.", "Lea Roth/AFP/Getty Images")]
    public void Credits_at_the_end_of_a_caption_or_under_it_are_split_off(string figureLines, string caption, string credit)
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\n{figureLines}\n\n{Second}\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal(caption, figure.Image.Caption);
        Assert.Equal(credit, figure.Image.Credit);
    }

    [Fact]
    public void A_credit_without_an_image_is_not_article_text()
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\nPhotograph: Lea Roth/Alpine Pictures\n\n{Second}\n");
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("Lea Roth", StringComparison.Ordinal));
        Assert.Equal(LineClass.Credit, ClassOf(a, "Photograph: Lea Roth/Alpine Pictures"));
    }

    [Fact]
    public void A_menu_and_a_label_with_its_teasers_are_furniture_and_a_heading_between_prose_stays()
    {
        var a = Read($"Pass closed for a third day\n\nNews\nSport\nWeather\nTravel\n\n{Lede}\n\nWhat happens next\n\n{Second}\n\nMost read\nFerry timetable changes from May\nNew bakery opens on the square\n");
        Assert.Equal(LineClass.Furniture, ClassOf(a, "Sport"));
        Assert.Equal(LineClass.Furniture, ClassOf(a, "New bakery opens on the square"));
        Assert.Contains(a.Blocks, b => b is RawHeading { Text: "What happens next" });
        Assert.Equal(2, a.Blocks.OfType<RawParagraph>().Count());
    }

    [Fact]
    public void A_line_repeated_across_the_pile_is_furniture_and_says_so()
    {
        const string Box = "Our morning briefing arrives in your inbox every day at seven.";
        var text = $"Pass closed for a third day\n\n{Lede}\n\n{Box}\n\n{Second}\n";
        var pile = PileTable.Build(Enumerable.Range(0, 4).Select(i => $"Story {i}\n\n{Box}\n").Append(text));
        var a = Read(text, pile);
        var line = a.Lines.Single(l => l.Text == Box);
        Assert.Equal(LineClass.Furniture, line.Class);
        Assert.Contains("repeated in 4 other files", line.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text == Box);
    }

    [Fact]
    public void A_byline_line_is_never_joined_to_the_lede()
    {
        var a = Read("Pass closed for a third day\n\nBy Mia Lund\nThe pass over the mountains stayed closed on Sunday after a second night of heavy snow, the road office said.\n");
        Assert.Equal("Mia Lund", a.Author);
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("Mia Lund", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_of_furniture_only_is_skipped_with_a_warning_naming_the_file()
    {
        var result = ArticleReader.Read("content/menu.txt", "Skip to content\nHome\nNews\nSport\nWeather\nSign in\nSubscribe\nShare\nCopy link\n");
        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("content/menu.txt", warning.Path);
        Assert.Contains("furniture", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("section-front", "Skip to main content\nThe Valley Gazette\nMenu\nNews\nSport\nWeather\nSign in\n\nLatest stories\n\nSnowploughs reach the upper village at last\n3 hours ago\n\nFerry timetable changes for the winter\n6 hours ago\n\nSchool choir wins the county cup\nYesterday\n\nLoad more\n\nAbout us\nContact us\nPrivacy policy\n")]
    [InlineData("not-found", "Page not found\n\nSorry, the page you were looking for could not be found.\n\nIt may have moved. Try our home page.\n\nHome\nNews\nSport\nWeather\n")]
    [InlineData("paywall", "The Valley Gazette\nSign in\nSubscribe\n\nThis content is for subscribers only.\n\nAlready a subscriber? Log in to your account.\n\nSubscribe now for full access\nHome\nNews\nContact\n")]
    [InlineData("teaser-questions", "The Valley Gazette\nHome\nNews\nSport\n\nWill the pass open before Christmas?\n12 January 2025\n\nWho pays for the new snowplough?\n11 January 2025\n\nWhat next for the valley bus?\n10 January 2025\n")]
    public void A_page_of_only_furniture_notices_and_teasers_is_skipped_with_a_warning_naming_the_file(string name, string text)
    {
        var path = $"content/{name}.txt";
        var result = ArticleReader.Read(path, text);
        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(path, warning.Path);
        Assert.Contains("only page furniture", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_brief_among_furniture_is_still_an_article()
    {
        var a = Read("Home\nNews\nSport\nWeather\n\nPass reopens\n\nBy Mia Lund\n12 January 2025\n\nThe pass reopened on Monday.\n\nShare\nFacebook\n");
        Assert.Equal("Pass reopens", a.Title);
        Assert.Equal("The pass reopened on Monday.", Assert.IsType<RawParagraph>(Assert.Single(a.Blocks)).Text);
    }

    [Fact]
    public void A_scraper_date_prefix_gives_the_date_and_the_rest_of_its_line_is_read_as_text()
    {
        var a = Read($" date 2024-03-02 Pass closed for a third day\n\nBy Mia Lund\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Pass closed for a third day", a.Title);
        Assert.Equal("Mia Lund", a.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), a.Date);
    }

    [Fact]
    public void The_comments_are_not_the_article()
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\n{Second}\n\n2 Comments\n\nJo Bell March 3, 2025 at 9:12 am\n\nI was up there that night and the snow was far worse than the report says, believe me.\n\nLeave a Reply\n");
        Assert.Null(a.Date);
        Assert.Null(a.Authors);
        Assert.Equal(2, a.Blocks.Count);
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("believe me", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lede_with_a_comment_under_it_is_still_the_lede()
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\n1 Reply to \"Pass closed for a third day\"\n\nJo Bell March 3, 2025 (9:12 am)\n\nI was up there that night and the snow was far worse than the report says, believe me.\n");
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(Assert.Single(a.Blocks)).Text);
    }

    [Theory]
    [InlineData("A snowplough on the upper road at dawn on Monday.\nA snowplough on the upper road at dawn on Monday. Photograph: Ivo Marsh/Valley Press")]
    [InlineData("A snowplough on the upper road at dawn on Monday.\n\nA snowplough on the upper road at dawn on Monday.")]
    public void A_picture_text_printed_twice_is_a_caption_not_a_paragraph(string doubled)
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\n{doubled}\n\n{Second}\n");
        Assert.Equal(2, a.Blocks.Count(static b => b is RawParagraph));
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("snowplough", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_in_title_case_is_the_title_not_the_lede_even_as_a_question()
    {
        var a = Read($"Network\nMy Profile\nView More Activity\n\nWill The Pass Ever Open Again This Winter?\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Will The Pass Ever Open Again This Winter?", a.Title);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
    }

    [Fact]
    public void A_headline_under_a_section_label_is_kept_when_a_sentence_follows_it()
    {
        var a = Read($"Latest News\n\nPass closed for a third day\n\nRoad crews say the snow is the deepest in a decade.\n\n{Lede}\n\n{Second}\n", junk: static l => l == "Latest News" ? JunkKind.TeaserLabel : JunkKind.None);
        Assert.Equal("Pass closed for a third day", a.Title);
    }

    [Fact]
    public void A_bulleted_menu_is_furniture_and_a_page_of_it_is_skipped()
    {
        var result = ArticleReader.Read("content/nav.txt", "Skip to main content\nValley News\n  • Latest\n  • Weather\n  • Roads\n\n  • Schools\n  • Sport\n\nYour Account\n\nFor You\n");
        Assert.Null(result.Article);
        Assert.Contains("only page furniture", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_items_in_the_article_is_no_menu()
    {
        var a = Read($"Pass closed for a third day\n\n{Lede}\n\nThe office listed what stays open:\n\n- The lower road\n- The ferry\n- The rail line\n\n{Second}\n");
        Assert.Contains(a.Blocks, b => b is RawList);
    }

    [Fact]
    public void Every_line_gets_a_class_with_its_original_line_number()
    {
        var text = $"Pass closed for a third day\n\nShare\n\n{Lede}\n";
        var a = Read(text);
        Assert.Equal([1, 3, 5], a.Lines.Select(static l => l.Line));
        Assert.Equal([LineClass.Title, LineClass.Furniture, LineClass.Dateline], a.Lines.Select(static l => l.Class));
    }

    [Fact]
    public void A_paywall_box_in_the_pages_own_language_is_furniture()
    {
        const string box = "Das ist kein Abo: Ihre Anmeldung bleibt kostenlos und ohne jede Verpflichtung.";
        const string text = """
            Neue Brücke über den Fluss wird im Frühjahr eröffnet

            Von Lena Brandt

            Die neue Brücke zwischen den beiden Stadtteilen soll im April für den Verkehr freigegeben werden, wie die Stadt am Montag mitteilte.

            Die Arbeiten hatten sich um mehr als ein Jahr verzögert, weil der Stahl für die Bögen später als geplant geliefert wurde.

            Das ist kein Abo: Ihre Anmeldung bleibt kostenlos und ohne jede Verpflichtung.

            Auf der Brücke sollen auch zwei breite Wege für Radfahrer und Fußgänger entstehen, die nach Angaben der Stadt bis zum Sommer fertig werden.
            """;
        var a = Read(text);
        Assert.Equal("de", a.Language);
        Assert.Equal(LineClass.Furniture, ClassOf(a, box));
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("Anmeldung", StringComparison.Ordinal));
        Assert.Contains(a.Blocks, b => b is RawParagraph p && p.Text.StartsWith("Auf der Brücke", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lines_of_a_notice_box_go_with_the_line_that_speaks_to_the_reader()
    {
        const string above = "This site and its partners store cookies on the device for advertising and statistics.";
        const string pitch = "You can withdraw your consent at any time in the privacy settings.";
        const string below = "The cookie policy lists every company that reads them and the purpose of each one.";
        const string third = "The road office said the snow ploughs from the next valley would join the work if the weather allowed it.";
        var a = Read($"Pass closed for a third day\n\nBy Mia Lund\n\n{Lede}\n\n{Second}\n\n{above}\n\n{pitch}\n\n{below}\n\n{third}\n");
        Assert.All(new[] { above, pitch, below }, line => Assert.Equal(LineClass.Furniture, ClassOf(a, line)));
        Assert.Equal([Lede, Second, third], a.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
    }

    [Theory]
    [InlineData("BERGEN, March 3 (Reuters) – ", "Reuters")]
    [InlineData("(ANSA) – ", "ANSA")]
    [InlineData("OSLO (Dow Jones)-- ", "Dow Jones")]
    public void The_agency_of_a_wire_dateline_is_the_articles_source(string dateline, string agency)
    {
        var a = Read($"Pass closed for a third day\n\n{dateline}{Lede}\n\n{Second}\n");
        Assert.Equal(agency, a.Agency);
        Assert.StartsWith("The pass over the mountains", a.Blocks.OfType<RawParagraph>().First().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broadcaster_crediting_itself_in_its_dateline_is_no_agency()
    {
        var a = Read($"Pass closed for a third day\n\nOSLO (Harbour TV) – {Lede}\n\n{Second}\n");
        Assert.Null(a.Agency);
    }
}
