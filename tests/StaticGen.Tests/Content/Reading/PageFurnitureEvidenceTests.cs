using StaticGen.Content;
using StaticGen.Content.Reading;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Content.Reading;

/// <summary>Title evidence beyond position (words shared with the opening, call-to-action shape), credit lines, and call-to-action lines kept out of the standfirst.</summary>
public sealed class PageFurnitureEvidenceTests
{
    private const string Headline = "Harbour cranes stand idle as dock strike enters second week";
    private const string Lede = "The dock strike at the northern port entered its second week on Monday, leaving cranes idle and more than forty ships waiting at anchor outside the harbour.";
    private const string Second = "Union leaders said they would meet the port authority on Wednesday, but warned that the dispute over night-shift pay was far from settled.";

    private static ParsedArticle Read(string text, Func<string, JunkKind>? junk = null)
    {
        var result = ArticleReader.Read("port.txt", text, junk);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    [Theory]
    [InlineData("Gift this article\n\n{H}\n\n{L}\n\n{S}\n")]
    [InlineData("{H}\n\nGift this article\n\n{L}\n\n{S}\n")]
    [InlineData("Markets\n\n{H}\n\nGift this article\n\n{L}\n\n{S}\n")]
    public void A_call_to_action_above_the_lede_or_first_in_the_file_is_never_the_title(string template)
    {
        var a = Read(template.Replace("{H}", Headline, StringComparison.Ordinal).Replace("{L}", Lede, StringComparison.Ordinal).Replace("{S}", Second, StringComparison.Ordinal));
        Assert.Equal(Headline, a.Title);
        var gift = Assert.Single(a.TitleCandidates, c => c.Text == "Gift this article");
        Assert.Contains(gift.Reasons, r => r.StartsWith("call to action", StringComparison.Ordinal));
        Assert.Contains(a.TitleCandidates.Single(c => c.Text == Headline).Reasons, r => r.StartsWith("shares", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_line_that_shares_no_word_with_the_article_loses_to_the_headline_that_does()
    {
        var a = Read($"Registered with the board of regional papers under licence 5512/07\n\nFeatured Stories\n\nWhy the dock strike goes on\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Why the dock strike goes on", a.Title);
        Assert.Contains(a.TitleCandidates.First().Reasons, r => r.StartsWith("shares no word", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2:30 p.m.")]
    [InlineData("Wayback copy of https://example.org/port/strike")]
    public void A_bare_time_or_a_line_with_an_address_is_no_title_candidate(string line)
    {
        var a = Read($"{line}\n\n{Headline}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.DoesNotContain(a.TitleCandidates, c => c.Text == line);
    }

    [Theory]
    [InlineData("Photographer: Lena Vogt/Harbour Press")]
    [InlineData("Photographer: Lena Vogt")]
    [InlineData("Photo: Lena Vogt")]
    [InlineData("Credit: Harbour Press Agency")]
    [InlineData("Photography: Lena Vogt for the Harbour Gazette")]
    public void A_credit_line_without_an_image_is_neither_text_nor_read_by_detection(string credit)
    {
        foreach (var text in new[] { $"{Headline}\n\n{credit}\n\n{Lede}\n\n{Second}\n", $"{Headline}\n\n{Lede}\n\n{credit}\n\n{Second}\n" })
        {
            var a = Read(text);
            Assert.Equal(Headline, a.Title);
            Assert.Equal(LineClass.Credit, a.Lines.Single(l => l.Text == credit).Class);
            var segments = ArticleText.Segments(a.Title!, a.Kicker, null, a.Blocks);
            Assert.DoesNotContain(segments, s => s.Text.Contains("Vogt", StringComparison.Ordinal) || s.Text.Contains("Agency", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Listen to this article read aloud by one of our narrators while you travel to work or cook your dinner tonight")]
    [InlineData("Our reporters spent a week on the quays, and you can share this story with anyone who works on the docks")]
    public void A_long_call_to_action_under_the_headline_is_never_the_standfirst_or_the_summary(string prompt)
    {
        var a = Read($"{Headline}\n\n{prompt}\n\nBy Marta Quist\n\n{Lede}\n\n{Second}\n");
        Assert.Null(a.Standfirst);
        Assert.Equal(LineClass.Furniture, a.Lines.Single(l => l.Text == prompt).Class);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
    }

    [Fact]
    public void The_headline_under_a_section_label_stays_when_a_date_line_follows_it_above_the_first_paragraph()
    {
        static JunkKind Junk(string line) => line == "Latest News" ? JunkKind.SectionLabel : JunkKind.None;
        var a = Read($"Latest News\n\nDock strike: what we learned\n\nPosted on: 3 March 2025\n\n{Lede}\n\n{Second}\n", Junk);
        Assert.Equal("Dock strike: what we learned", a.Title);

        // Further down, a teaser with its date under the same label is still a teaser.
        var b = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\nLatest News\n\nFerry fares rise again\nPosted on: 1 March 2025\n", Junk);
        Assert.DoesNotContain(b.Blocks, x => x is RawParagraph p && p.Text.Contains("Ferry fares", StringComparison.Ordinal));
    }

    [Fact]
    public void Gallery_counters_over_images_are_furniture_and_the_pictures_and_paragraphs_between_them_stay()
    {
        // A gallery: each picture under a counter, a paragraph between them. Counters judged as ordinary furniture
        // made the paragraph between two of them look like furniture too, and the article stopped at the lede.
        const string Opening = "Every spring, the night crews of the northern port work the berths from dusk until the last container is lashed. Our photographer spent four nights with one crew on the quays below the old grain silos.";
        const string Between = "The crew of nine is led by a foreman who has worked the quays for 28 years and says a good lasher can secure a box in under a minute.";
        var a = Read($"""
            {Headline}

            {Opening}

            Photo 1 of 3
            cranes-at-dusk.jpg
            Idle cranes over the empty container berths on the second evening of the strike. (Mira Olsen/Harbour Press)

            {Between}

            Photo 2 of 3
            picket-line.jpg
            Dock workers at the picket line outside the north gate. The pickets change every six hours. © Mira Olsen

            {Second}

            """);
        Assert.Equal(LineClass.Furniture, a.Lines.Single(l => l.Text == "Photo 1 of 3").Class);
        Assert.Equal(LineClass.Furniture, a.Lines.Single(l => l.Text == "Photo 2 of 3").Class);
        Assert.DoesNotContain(a.Blocks, b => b is RawHeading);
        Assert.Equal(2, a.Blocks.Count(b => b is RawFigure));
        Assert.Equal([Opening, Between, Second], a.Blocks.OfType<RawParagraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("Estimated read time: 2-3 minutes")]
    [InlineData("Reading time: 4 minutes")]
    [InlineData("· 3 min read")]
    public void A_reading_time_line_is_furniture_not_a_heading(string line)
    {
        var a = Read($"{Headline}\n\n{line}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(LineClass.Furniture, a.Lines.Single(l => l.Text == line).Class);
        Assert.DoesNotContain(a.Blocks, b => b is RawHeading);
    }

    [Fact]
    public void A_live_blog_entry_heading_under_its_time_stamp_does_not_take_the_page_headline_s_place()
    {
        var a = Read($"Port strike: talks resume – live\n\n11.08am GMT\nUnion offers to end night shifts early\n{Lede}\n{Second}\n");
        Assert.Equal("Port strike: talks resume – live", a.Title);
        Assert.Contains(a.TitleCandidates.Single(c => c.Text.StartsWith("Union offers", StringComparison.Ordinal)).Reasons, r => r.StartsWith("under a time stamp", StringComparison.Ordinal));
        Assert.DoesNotContain(a.TitleCandidates, c => c.Text == "11.08am GMT");
    }

    [Theory]
    [InlineData("Cranes stand idle at the northern quay on Monday. / Photo: Lena Vogt / Harbour Press")]
    [InlineData("Cranes stand idle at the northern quay on Monday. © Harbour Press")]
    [InlineData("Cranes stand idle at the northern quay on Monday. Photo by Lena Vogt")]
    public void A_caption_ending_in_a_labelled_credit_without_an_image_is_not_body_text(string caption)
    {
        var a = Read($"{Headline}\n\n{Lede}\n\n{caption}\n\n{Second}\n");
        Assert.Equal(LineClass.Caption, a.Lines.Single(l => l.Text == caption).Class);
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("Cranes stand idle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_that_ends_with_a_name_after_a_slash_but_no_credit_label_stays_text()
    {
        const string sentence = "The strike committee met again on Sunday. Harbour Press/Lena Vogt";
        const string plain = "Talks were chaired by the port's photo archive manager, who has worked on the quays for thirty years.";
        var a = Read($"{Headline}\n\n{Lede}\n\n{plain}\n\n{Second}\n");
        Assert.Contains(a.Blocks, b => b is RawParagraph p && p.Text == plain);
        Assert.Null(StaticGen.Content.RawArticleParser.CaptionWithLabelledCredit(sentence));
    }

    [Fact]
    public void A_teaser_under_a_label_the_cleanup_rules_dropped_is_still_furniture()
    {
        static JunkKind Junk(string line) => line == "Read more:" ? JunkKind.TeaserLabel : JunkKind.None;
        const string teaser = "Ferry fares rise again. Here is what it means for commuters";
        var a = Read($"{Headline}\n\n{Lede}\n\nRead more:\n{teaser}\n\n{Second}\n", Junk);
        Assert.Equal(LineClass.Furniture, a.Lines.Single(l => l.Text == teaser).Class);
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("Ferry fares", StringComparison.Ordinal));
        Assert.Contains(a.Blocks, b => b is RawParagraph p && p.Text == Second);
    }
}
