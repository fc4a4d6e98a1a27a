using StaticGen.Content;

namespace StaticGen.Tests.Content;

public sealed class RawArticleParserTests
{
    private static ParsedArticle Parse(string text, Func<string, JunkKind>? junk = null)
    {
        var result = RawArticleParser.Parse("a.txt", text, junk);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    [Fact]
    public void Unquoted_kicker_in_the_block_with_a_quoted_kicker_in_the_title()
    {
        var a = Parse("“Cold comfort”: Reindeer herders wait for snow\n\nCold comfort\nReindeer herders wait for snow\n\nThe herders of northern Sweden are worried.\n");
        Assert.Equal("Cold comfort", a.Kicker);
        Assert.Equal("Reindeer herders wait for snow", a.Title);
    }

    [Fact]
    public void A_colon_in_a_title_repeated_as_one_line_is_no_kicker()
    {
        var a = Parse("Floods in Porto: the river rises again\n\nFloods in Porto: the river rises again\n\nThe Douro burst its banks.\n");
        Assert.Null(a.Kicker);
        Assert.Equal("Floods in Porto: the river rises again", a.Title);
    }

    [Fact]
    public void A_kicker_line_above_a_repeated_title()
    {
        var a = Parse("Reindeer herders wait for snow\n\nArctic winter\nReindeer herders wait for snow\n\nThe herders are worried.\n");
        Assert.Equal("Arctic winter", a.Kicker);
        Assert.Equal("Reindeer herders wait for snow", a.Title);
    }

    [Fact]
    public void Byline_and_date_lines_become_author_and_date_not_body()
    {
        var a = Parse("Title of the story\n\nBy Lena Berg\n12 June 2024\n\nThe first paragraph is here.\n");
        Assert.Equal("Lena Berg", a.Author);
        Assert.Equal(new DateTimeOffset(2024, 6, 12, 0, 0, 0, TimeSpan.Zero), a.Date);
        var p = Assert.IsType<RawParagraph>(Assert.Single(a.Blocks));
        Assert.Equal("The first paragraph is here.", p.Text);
    }

    [Fact]
    public void The_dateline_is_taken_off_the_lede()
    {
        var a = Parse("Title of the story\n\nTitle of the story\n\nOSLO, May 3 (Reuters) - The first paragraph is here.\n");
        Assert.Equal("The first paragraph is here.", Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
        Assert.Contains(a.Notes, n => n.Message.Contains("dateline", StringComparison.Ordinal));
    }

    [Fact]
    public void Dash_and_bullet_lines_make_a_list_and_quote_lines_a_quote_with_attribution()
    {
        var a = Parse("Title\n\nIntro text follows here:\n\n- first item\n- second item\n\n• third item\n• fourth item\n\n> A quoted sentence.\n> — Ines Moreau, Harbour Institute\n\nAfter the quote.\n");
        // Items separated by a blank line still make one list.
        var list = Assert.Single(a.Blocks.OfType<RawList>());
        Assert.Equal(["first item", "second item", "third item", "fourth item"], list.Items);
        var quote = Assert.Single(a.Blocks.OfType<RawQuote>());
        Assert.Equal(["A quoted sentence."], quote.Lines);
        Assert.Equal("— Ines Moreau, Harbour Institute", quote.Attribution);
    }

    [Fact]
    public void An_agency_line_after_the_byline_is_not_body_text()
    {
        var a = Parse("Title of the story\n\nBy Lena Berg\nReuters\n12 June 2024\n\nThe first paragraph is here.\n");
        Assert.Equal("Lena Berg", a.Author);
        Assert.NotNull(a.Date);
        Assert.Equal("The first paragraph is here.", Assert.IsType<RawParagraph>(Assert.Single(a.Blocks)).Text);
    }

    [Fact]
    public void The_headline_may_capitalise_what_follows_the_kicker_in_the_title()
    {
        var a = Parse("Harbour strike: ferries stay in port\n\nHarbour strike\nFerries stay in port\n\nNo ferry left the harbour on Monday.\n");
        Assert.Equal("Harbour strike", a.Kicker);
        Assert.Equal("Ferries stay in port", a.Title);
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
    }

    [Fact]
    public void Numbered_lines_make_an_ordered_list_only_when_they_count_on()
    {
        var a = Parse("Title\n\nThe steps are:\n\n1. first step\n2. second step\n\n3) third step\n\n1. FC Lahti won on Sunday.\n\nThe end of the story.\n");
        var list = Assert.Single(a.Blocks.OfType<RawList>());
        Assert.Equal(["first step", "second step", "third step"], list.Items);
        Assert.Equal(1, list.Start);
        Assert.Contains(a.Blocks, static b => b is RawParagraph { Text: "1. FC Lahti won on Sunday." });
    }

    [Fact]
    public void A_post_credit_under_a_dropped_embed_line_does_not_take_the_paragraph_above()
    {
        var junk = (string line) => line == "View this post on Instagram" ? JunkKind.Boilerplate : JunkKind.None;
        var a = Parse("Title\n\nFirst paragraph here.\n\nSecond paragraph here.\n\nView this post on Instagram\n\nA post shared by Harbour News (@harbournews)\n\nLast paragraph here.\n", junk);
        Assert.DoesNotContain(a.Blocks, static b => b is RawQuote);
        Assert.Equal(["First paragraph here.", "Second paragraph here.", "Last paragraph here."], a.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
    }

    [Fact]
    public void Section_labels_take_the_teaser_headlines_under_them()
    {
        var junk = (string line) => line == "Most read" ? JunkKind.SectionLabel : JunkKind.None;
        var a = Parse("Title\n\nFirst paragraph here.\n\nLast paragraph here.\n\nMost read\n\nLighthouse keeper retires\nStorm closes the coast road\n", junk);
        Assert.Equal(["First paragraph here.", "Last paragraph here."], a.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
        Assert.Equal(3, a.DroppedLines);
    }

    [Fact]
    public void A_closing_source_line_is_dropped_but_a_source_credit_under_an_image_stays()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\nchart.png\nExports by month.\nSource: Statistics Norway\n\nLast paragraph here.\n\nSource: NTB, Reuters\n");
        Assert.Equal("Statistics Norway", Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Credit);
        Assert.Equal(["First paragraph here.", "Last paragraph here."], a.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
        a = Parse("Title\n\nFirst paragraph here.\n\nLast paragraph here.\n\nPhotos: Harbour Daily\n");
        Assert.Equal(["First paragraph here.", "Last paragraph here."], a.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
    }

    [Theory]
    [InlineData("Goats graze on the slope. HINA via REUTERS", "Goats graze on the slope.", "HINA via REUTERS")]
    [InlineData("Fans celebrate after the winning shot (Photo: Getty Images)", "Fans celebrate after the winning shot", "Getty Images")]
    [InlineData("A botanist counts seedlings. Picture by Marko Babić/Cropix", "A botanist counts seedlings.", "Marko Babić/Cropix")]
    [InlineData("Protesters run from tear gas. AP Photo/Sam Mbeki", "Protesters run from tear gas.", "AP Photo/Sam Mbeki")]
    [InlineData("The new office in the docklands. | Photo: Ines Roy/PA", "The new office in the docklands.", "Ines Roy/PA")]
    [InlineData("Lambs in the lower meadow at first light. 📷 Tomasz Wrona", "Lambs in the lower meadow at first light.", "Tomasz Wrona")]
    [InlineData("A kayaker passes under the old bridge. Fot. Ewa Kalinowska / Nadwiślański Głos", "A kayaker passes under the old bridge.", "Ewa Kalinowska / Nadwiślański Głos")]
    [InlineData("The repaired sluice gate after the spring floods. Image courtesy of the Fen Drainage Board", "The repaired sluice gate after the spring floods.", "Fen Drainage Board")]
    [InlineData("Tea pickers on the upper slopes at noon. Tribune Photo: Sunita Rai", "Tea pickers on the upper slopes at noon.", "Sunita Rai")]
    [InlineData("Divers check the hull before the launch. PHOTO/COASTAL HERALD", "Divers check the hull before the launch.", "COASTAL HERALD")]
    public void A_credit_at_the_end_of_the_caption_line_is_split_off(string captionLine, string caption, string credit)
    {
        var a = Parse($"Title\n\nFirst paragraph here.\n\nphoto.jpg\n{captionLine}\n\nLast paragraph here.\n");
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal(caption, image.Caption);
        Assert.Equal(credit, image.Credit);
    }

    [Fact]
    public void Two_short_sentences_under_an_image_are_its_caption_but_a_long_paragraph_is_not()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\nfire.jpg\nSmoke rises over the old town. Hundreds of houses burnt.\n\nflood.jpg\nThe river rose by four metres overnight and flooded the lower town, where most of the shops are. Traders said they had never seen the water so high, and several asked for help.\n\nLast paragraph here.\n");
        var figures = a.Blocks.OfType<RawFigure>().ToList();
        Assert.Equal("Smoke rises over the old town. Hundreds of houses burnt.", figures[0].Image.Caption);
        Assert.Null(figures[1].Image.Caption);
    }

    [Fact]
    public void Em_dash_lines_make_a_list_only_when_there_are_two_or_more()
    {
        var a = Parse("Title\n\nThe plan has two parts:\n\n— a smaller tunnel\n— a new ferry line\n\nSomeone said it first.\n— a line with a lone dash\n\nLast paragraph here.\n");
        var list = Assert.Single(a.Blocks.OfType<RawList>());
        Assert.Equal(["a smaller tunnel", "a new ferry line"], list.Items);
        Assert.Contains(a.Blocks, static b => b is RawParagraph p && p.Text.Contains("— a line with a lone dash", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dateline_taken_off_the_lede_is_kept_for_detection()
    {
        var a = Parse("Title\n\nWASHINGTON (AP) — Lawmakers met on Friday.\n");
        Assert.Equal("WASHINGTON (AP) —", a.Dateline);
        Assert.Equal("Lawmakers met on Friday.", Assert.IsType<RawParagraph>(Assert.Single(a.Blocks)).Text);
    }

    [Fact]
    public void A_sentence_with_via_in_it_is_no_credit()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\nphoto.jpg\nTrucks carry aid. Supplies arrive via Egypt.\n\nLast paragraph here.\n");
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Trucks carry aid. Supplies arrive via Egypt.", image.Caption);
        Assert.Null(image.Credit);
    }

    [Theory]
    [InlineData("JAXA/Handout via Reuters")]
    [InlineData("Florence Aubert / UNHCR")]
    [InlineData("KCNA via REUTERS")]
    public void An_unlabelled_agency_credit_line_under_a_caption_is_the_credit(string creditLine)
    {
        var a = Parse($"Title\n\nFirst paragraph here.\n\nphoto.jpg\nWorkers unload a truck.\n{creditLine}\n\nLast paragraph here.\n");
        Assert.Equal(creditLine, Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Credit);
    }

    [Fact]
    public void An_embedded_post_and_its_credit_line_become_a_quote()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\nWhat a day at the harbour. #boats\n\n— Harbour News (@harbournews) May 2, 2024\n\nLast paragraph here.\n");
        var quote = Assert.Single(a.Blocks.OfType<RawQuote>());
        Assert.Equal(["What a day at the harbour. #boats"], quote.Lines);
        Assert.Equal("— Harbour News (@harbournews) May 2, 2024", quote.Attribution);
    }

    [Theory]
    [InlineData("(Photo: Lena Berg / Nordic Wire)", "Lena Berg / Nordic Wire")]
    [InlineData("Photo: Reuters", "Reuters")]
    [InlineData("Image: Port Authority", "Port Authority")]
    [InlineData("© AFP", "AFP")]
    [InlineData("Graphic: AP", "AP")]
    [InlineData("Credit: Jonas Lind", "Jonas Lind")]
    [InlineData("Photo by Jonas Lind", "Jonas Lind")]
    [InlineData("(AP Photo/Jonas Lind)", "AP Photo/Jonas Lind")]
    [InlineData("Photo / Mele Tuilagi", "Mele Tuilagi")]
    [InlineData("PHOTO/RIVERSIDE TIMES", "RIVERSIDE TIMES")]
    public void Credits_in_their_usual_shapes(string creditLine, string credit)
    {
        var a = Parse($"Title\n\nFirst paragraph here.\n\nharbour.jpg\n\nBoats in the harbour at dawn.\n\n{creditLine}\n\nNext paragraph here.\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal(new ArticleImage("harbour.jpg", "Boats in the harbour at dawn.", credit), figure.Image);
        Assert.Equal("Next paragraph here.", Assert.IsType<RawParagraph>(a.Blocks[^1]).Text);
    }

    [Theory]
    [InlineData("Snapped by: Dora Pellew", "Dora Pellew")]
    [InlineData("Shot by Idris Vane", "Idris Vane")]
    [InlineData("District photo", "District photo")]
    [InlineData("Submitted photo", "Submitted photo")]
    public void A_credit_in_words_of_its_own_right_under_the_caption_is_the_credit(string creditLine, string credit)
    {
        var a = Parse($"Title\n\nFirst paragraph here, and it is long enough to read as the lede of the story.\n\nhall.jpg\nVolunteers stack chairs in the village hall after the meeting.\n{creditLine}\n\nWhat comes next\n\nThe committee meets again in March to decide on the roof.\n");
        Assert.Equal(new ArticleImage("hall.jpg", "Volunteers stack chairs in the village hall after the meeting.", credit), Assert.Single(a.Blocks.OfType<RawFigure>()).Image);
        Assert.Equal("What comes next", Assert.Single(a.Blocks.OfType<RawHeading>()).Text);
    }

    [Fact]
    public void A_short_line_set_off_from_the_figure_by_a_blank_line_is_no_credit()
    {
        var a = Parse("Title\n\nFirst paragraph here, and it is long enough to read as the lede of the story.\n\nhall.jpg\nVolunteers stack chairs in the village hall after the meeting.\n\nDistrict photo\n\nThe committee meets again in March to decide on the roof.\n");
        Assert.Null(Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Credit);
    }

    [Theory]
    [InlineData("Stallholders set out jars of honey on the square on Saturday. [Courtesy of Oakfield Market Trust]", "Oakfield Market Trust")]
    [InlineData("Stallholders set out jars of honey on the square on Saturday. Source: Ilse Raud/Valga Press", "Ilse Raud/Valga Press")]
    public void A_caption_with_its_credit_right_above_an_image_line_that_ends_its_block_is_the_pictures(string captionLine, string credit)
    {
        var a = Parse($"Title\n\nFirst paragraph here, and it is long enough to read as the lede of the story.\n\n{captionLine}\nhoney-market.jpg\n\nThe market runs every weekend until the end of October.\n");
        Assert.Equal(new ArticleImage("honey-market.jpg", "Stallholders set out jars of honey on the square on Saturday.", credit), Assert.Single(a.Blocks.OfType<RawFigure>()).Image);
        Assert.DoesNotContain(a.Blocks, static b => b is RawParagraph p && p.Text.Contains("jars of honey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_right_above_an_image_line_without_a_credit_stays_a_paragraph()
    {
        var a = Parse("Title\n\nFirst paragraph here, and it is long enough to read as the lede of the story.\n\nStallholders set out jars of honey on the square on Saturday.\nhoney-market.jpg\n\nThe market runs every weekend until the end of October.\n");
        Assert.DoesNotContain("jars of honey", Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Caption ?? "", StringComparison.Ordinal);
        Assert.Contains(a.Blocks, static b => b is RawParagraph p && p.Text.Contains("jars of honey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_at_the_end_of_the_caption_is_split_off()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\nharbour.png\n\nBoats in the harbour at dawn. © Reuters\n\nNext paragraph here.\n");
        Assert.Equal(new ArticleImage("harbour.png", "Boats in the harbour at dawn.", "Reuters"), Assert.Single(a.Blocks.OfType<RawFigure>()).Image);
    }

    [Fact]
    public void An_image_followed_by_running_text_has_no_caption()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\nharbour.webp\n\nThe boats left at dawn. They came back at noon with a full catch.\n");
        Assert.Equal(new ArticleImage("harbour.webp", null, null), Assert.Single(a.Blocks.OfType<RawFigure>()).Image);
        Assert.IsType<RawParagraph>(a.Blocks[^1]);
    }

    [Fact]
    public void Several_images_each_with_their_own_caption()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\none.jpg\n\nThe first picture.\n\nPhoto: A\n\ntwo.GIF\n\nThe second picture.\n\nLast paragraph here.\n");
        var images = a.Blocks.OfType<RawFigure>().Select(static f => f.Image).ToList();
        Assert.Equal([new ArticleImage("one.jpg", "The first picture.", "A"), new ArticleImage("two.GIF", "The second picture.", null)], images);
    }

    [Theory]
    [InlineData("Carnival interrupted", true)]
    [InlineData("Portugal and the end of an era?", true)]
    [InlineData("What changes for travellers:", false)]
    [InlineData("He said no.", false)]
    [InlineData("#Hashtags are trending", false)]
    [InlineData("lower case start of a line", false)]
    public void Subheadings_are_short_lines_that_do_not_read_as_sentences(string line, bool heading)
    {
        Assert.Equal(heading, RawArticleParser.IsSubheading(line));
    }

    [Fact]
    public void A_short_line_at_the_very_end_is_a_paragraph_not_a_heading()
    {
        var a = Parse("Title\n\nFirst paragraph here.\n\nThanks for reading\n");
        Assert.IsType<RawParagraph>(a.Blocks[^1]);
    }

    [Fact]
    public void Junk_lines_are_dropped_and_a_lone_teaser_label_takes_its_headline_along()
    {
        JunkKind Junk(string line) => line switch
        {
            "Advertisement" => JunkKind.Boilerplate,
            "Also read" => JunkKind.TeaserLabel,
            _ => JunkKind.None,
        };

        var a = Parse("Title\n\nFirst paragraph here.\n\nAdvertisement\n\nAlso read\nWhy the harbour froze\n\nLast paragraph here.\n", Junk);
        Assert.Equal(["First paragraph here.", "Last paragraph here."], a.Blocks.Cast<RawParagraph>().Select(static p => p.Text));
        Assert.Equal(3, a.DroppedLines);
    }

    [Fact]
    public void A_file_without_text_is_skipped_with_a_warning()
    {
        var result = RawArticleParser.Parse("empty.txt", "\n\n   \n");
        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Path == "empty.txt");
    }

    [Fact]
    public void Zero_width_and_no_break_spaces_are_cleaned()
    {
        var a = Parse("Title\n\nFirst\u00A0paragraph\u200B here.\n");
        Assert.Equal("First paragraph here.", Assert.IsType<RawParagraph>(Assert.Single(a.Blocks)).Text);
    }

    [Fact]
    public void Byline_place_and_date_under_a_standfirst_are_read_and_the_standfirst_stays()
    {
        var a = Parse("""
            Harbour cranes fall silent as dock strike begins

            Harbour cranes fall silent as dock strike begins

            Workers at the three largest container terminals walked out at dawn over pay and shift patterns

            PORT DESK WITH AFP
            GDANSK
            MAR 04, 2024 - 06:40 AM GMT+1

            Dock workers in Gdansk stopped the cranes at six in the morning, leaving ships waiting in the bay.
            """);
        Assert.Equal(["Port Desk"], a.Authors);
        Assert.Equal("AFP", a.Agency);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 6, 40, 0, TimeSpan.FromHours(1)), a.Date);
        // The standfirst is its own field (printed under the headline); the lede is the first paragraph.
        Assert.Equal("Workers at the three largest container terminals walked out at dawn over pay and shift patterns", a.Standfirst);
        var paragraphs = a.Blocks.OfType<RawParagraph>().Select(static p => p.Text).ToList();
        Assert.Equal(["Dock workers in Gdansk stopped the cranes at six in the morning, leaving ships waiting in the bay."], paragraphs);
    }

    [Fact]
    public void Names_alone_are_a_byline_only_beside_a_date_line()
    {
        var withDate = Parse("Quiet night at the border\n\nQuiet night at the border\n\nIrena Novak\nTue 5 Mar 2024 21.10 CET\n\nThe crossing stayed closed overnight.\n");
        Assert.Equal(["Irena Novak"], withDate.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 21, 10, 0, TimeSpan.FromHours(1)), withDate.Date);

        var alone = Parse("Quiet night at the border\n\nQuiet night at the border\n\nRelated Topics\n\nThe crossing stayed closed overnight.\n");
        Assert.Null(alone.Authors);
    }

    [Fact]
    public void First_published_is_the_date_and_the_newer_time_the_update()
    {
        var a = Parse("Count goes on\n\nCount goes on\n\nSun 2 Jun 2024 18.35 BST\nFirst published on Sun 2 Jun 2024 09.05 BST\n\nThe count went on through the night.\n");
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 9, 5, 0, TimeSpan.FromHours(1)), a.Date);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 18, 35, 0, TimeSpan.FromHours(1)), a.Updated);
    }

    [Fact]
    public void A_date_label_on_its_own_line_dates_the_next_line()
    {
        var a = Parse("Count goes on\n\nCount goes on\n\nBy Lena Berg\n\nUpdated\n4 June 2024\n\nThe count went on through the night.\n");
        Assert.Equal(["Lena Berg"], a.Authors);
        Assert.Null(a.Date);
        Assert.Equal(new DateTimeOffset(2024, 6, 4, 0, 0, 0, TimeSpan.Zero), a.Updated);
    }

    [Fact]
    public void A_wire_trailer_names_the_reporters_and_is_not_body_text()
    {
        var a = Parse("Rates held\n\nThe central bank kept its main rate unchanged on Thursday.\n\nReporting by Ana Lima in Lisbon and Kai Moreno; Editing by Joan Pratt\n");
        Assert.Equal(["Ana Lima", "Kai Moreno"], a.Authors);
        Assert.DoesNotContain(a.Blocks.OfType<RawParagraph>(), static p => p.Text.Contains("Editing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byline_hard_wrapped_above_a_dateline_is_not_glued_to_it()
    {
        // Furniture under the headline: the byline is still read (the whole header is searched), and never joined to the lede.
        var a = Parse("Storm turns north\n\nStorm turns north\n\nVideo Ad Feedback\n\nBy Morgan Reed and Ana Sousa, CNN\n(CNN) — The storm turned north on Tuesday.\n");
        var paragraphs = a.Blocks.OfType<RawParagraph>().Select(static p => p.Text).ToList();
        Assert.Equal(["The storm turned north on Tuesday."], paragraphs);
        Assert.Equal("(CNN) —", a.Dateline);
        Assert.Equal(["Morgan Reed", "Ana Sousa"], a.Authors);
    }
}
