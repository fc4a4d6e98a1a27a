using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Classes an editor tells apart that the reader confused on pages it had not seen: a section's name over the headline
/// and a kicker, date lines in shapes of their own, credits at the end of captions, teaser boxes and trailers after the
/// story, bylines that credit a photographer beside the writer. Every page here is written for the test.
/// </summary>
public sealed class SectionsDatesCreditsAndTrailersTests
{
    private const string Headline = "Orchard growers test netting against spring hail";
    private const string Lede = "Fruit growers in the upper valley have strung fine netting over twelve hectares of apple trees this spring, hoping to save a crop that hail has cut in three of the last five years.";
    private const string Second = "The nets cost about nine thousand euros a hectare, and the growers' co-operative has asked the regional council to share the cost for a trial of three seasons.";
    private const string Third = "An agronomist at the co-operative said the first results would be known after the harvest in October, when the netted rows are weighed against the open ones.";

    private static ParsedArticle Read(string text, DateOrder? order = null)
    {
        var result = ArticleReader.Read("a.txt", text, dateOrder: order);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static IEnumerable<string> BodyTexts(ParsedArticle a) => a.Blocks.Select(static b => b switch
    {
        RawParagraph p => p.Text,
        RawHeading h => h.Text,
        RawList l => string.Join("\n", l.Items),
        _ => "",
    });

    private const string Menu = "The Valley Courier\nNews\nFarming\nFood\nOutdoors\nOpinion\n";

    [Theory]
    [InlineData("Farming")] // a menu item printed again over the headline
    [InlineData("ORCHARDS")] // one word in capitals that names no kind of story
    [InlineData("Outdoors")]
    public void A_sections_name_over_the_headline_is_no_kicker(string label)
    {
        var a = Read($"{Headline} | The Valley Courier\n{Menu}\n{label}\n\n{Headline}\n\nBy Lotte Marchand\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Kicker);
        Assert.DoesNotContain(BodyTexts(a), t => t == label);
    }

    [Fact]
    public void A_phrase_over_the_headline_stays_its_kicker()
    {
        var a = Read($"{Headline} | The Valley Courier\n{Menu}\nHail season\n{Headline}\n\nBy Lotte Marchand\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Hail season", a.Kicker);
    }

    [Fact]
    public void The_kind_of_story_under_a_sections_name_is_the_kicker()
    {
        var a = Read($"Analysis: {Headline} | The Valley Courier\n{Menu}\nFarming\n\nAnalysis\n{Headline}\n\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Analysis", a.Kicker);
    }

    [Fact]
    public void The_kind_of_story_printed_last_in_the_menus_block_right_on_the_headline_is_the_kicker()
    {
        var a = Read($"{Headline} | Opinion | The Valley Courier\nThe Valley Courier\nNews\nFarming\nOpinion\nComment\n{Headline}\nLotte Marchand\nSun 12 May 2024 07.00 BST\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Comment", a.Kicker);
    }

    [Fact]
    public void A_title_opening_with_the_section_gives_way_to_the_kind_of_story_over_the_headline()
    {
        var a = Read($"Opinion | {Headline} - The Valley Courier\nSkip to content\nThe Valley Courier\nOpinion\nGuest Essay\n{Headline}\nMay 12, 2024, 5:00 a.m. ET\nBy Lotte Marchand\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Guest Essay", a.Kicker);
    }

    [Theory]
    [InlineData("Published on: Tuesday, June 11, 2024 09:12 (EAT)", "2024-06-11")]
    [InlineData("Published in The Valley Courier on Oct. 14, 2024.", "2024-10-14")]
    [InlineData("Published in Field Notes · 6 min read · Apr 2, 2024", "2024-04-02")]
    [InlineData("Issued at 0500 UTC 14/03/2025 (1700 local time, on the islands)", "2025-03-14")]
    [InlineData("Published 11 Feb. 2025 kl. 08.15", "2025-02-11")]
    [InlineData("Saturday, 12 Oct 2024 8:00 AM MYT", "2024-10-12")]
    [InlineData("Updated: 2 hours ago · Published 3 March 2025", "2025-03-03")]
    [InlineData("12 March 2024 · 9 min read", "2024-03-12")]
    public void Date_lines_in_shapes_of_their_own_give_their_date(string line, string iso)
    {
        var m = MetaLines.TryParse(line, DateOrder.MonthFirst);
        Assert.NotNull(m);
        Assert.Equal(iso, m.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_update_printed_before_the_publication_date_is_the_update_and_the_publication_date_is_the_date()
    {
        var a = Read($"{Headline}\n\nBy Lotte Marchand\nUpdated Aug 15, 2024, 3:02 p.m. PT | Published Aug 14, 2024, 6:00 a.m. PT\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(new DateTime(2024, 8, 14), a.Date?.Date);
        Assert.Equal(new DateTime(2024, 8, 15), a.Updated?.Date);
    }

    [Theory]
    [InlineData("Calves graze the netted rows in the second season. (Photo courtesy of Upper Valley Growers)", "Calves graze the netted rows in the second season.", "Upper Valley Growers")]
    [InlineData("The first netted rows at the Marchand orchard. — Pic by Hana Rostami", "The first netted rows at the Marchand orchard.", "Hana Rostami")]
    [InlineData("Growers lift the nets at dawn on Saturday. [Photo: Hana Rostami]", "Growers lift the nets at dawn on Saturday.", "Hana Rostami")]
    [InlineData("Growers lift the nets at dawn on Saturday.\nPhoto by the author.", "Growers lift the nets at dawn on Saturday.", "the author")]
    [InlineData("Growers lift the nets at dawn on Saturday.\nPHOTO | HANA ROSTAMI | VALLEY COURIER", "Growers lift the nets at dawn on Saturday.", "HANA ROSTAMI | VALLEY COURIER")]
    [InlineData("Growers lift the nets at dawn on Saturday.\nVALLEY COURIER FILE PHOTO", "Growers lift the nets at dawn on Saturday.", "VALLEY COURIER FILE PHOTO")]
    [InlineData("Growers lift the nets at dawn on Saturday.\nHana Rostami | Photo Editor", "Growers lift the nets at dawn on Saturday.", "Hana Rostami | Photo Editor")]
    public void A_credit_at_the_end_of_a_caption_or_under_it_is_the_pictures_credit_not_caption_text(string lines, string caption, string credit)
    {
        var a = Read($"{Headline}\n\nBy Lotte Marchand\n12 May 2024\n\n{Lede}\n\nnetted-rows.jpg\n{lines}\n\n{Second}\n\n{Third}\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal(caption, figure.Image.Caption);
        Assert.Equal(credit, figure.Image.Credit);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains(credit, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_alone_right_under_a_portrait_is_its_caption()
    {
        var a = Read($"{Headline}\n\n12 May 2024\n\n{Lede}\n\nmarchand-portrait.jpg\nLotte Marchand\n\n{Second}\n\n{Third}\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal("Lotte Marchand", figure.Image.Caption);
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);

        // A name over a sentence in the picture's block is not read as the caption.
        var credited = Read($"{Headline}\n\n12 May 2024\n\n{Lede}\n\nnetted-rows.jpg\nHana Rostami\nThe netted rows at dusk, a week before the first hail.\n\n{Second}\n\n{Third}\n");
        Assert.NotEqual("Hana Rostami", Assert.Single(credited.Blocks.OfType<RawFigure>()).Image.Caption);
    }

    [Fact]
    public void A_picture_after_the_last_paragraph_stays_with_its_caption_and_credit()
    {
        var a = Read($"{Headline}\n\nBy Lotte Marchand\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n\nnets-at-dusk.jpg\nThe netted rows at dusk, a week before the first hail of the season.\nPhoto: Hana Rostami\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal("nets-at-dusk.jpg", figure.Image.Src);
        Assert.Equal("Hana Rostami", figure.Image.Credit);
    }

    [Fact]
    public void The_writer_of_a_photographers_and_writers_byline_is_the_author()
    {
        var a = Read($"In pictures: {Headline}\n\nPhotos by Hana Rostami · Words by Lotte Marchand\nPosted 12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Lotte Marchand", a.Author);
        Assert.Equal(new DateTime(2024, 5, 12), a.Date?.Date);
    }

    [Fact]
    public void A_fact_checks_claim_box_stays_in_the_article_but_is_never_the_lede()
    {
        const string lede = "Posts saying the valley's orchards were sprayed from the air last week show a crop duster photographed in another country four years ago.";
        var a = Read($"Fact check: were the orchards sprayed from the air?\n\nFact-checked by Lotte Marchand | Edited by Hana Rostami\n12 May 2024\n\n"
            + "Claim: A plane sprayed the valley's orchards with chemicals on 8 May.\nVerdict: FALSE\nThe photo shared with the claim was taken abroad in 2020.\n\n"
            + $"{lede}\n\n{Second}\n\n{Third}\n");
        var box = Assert.Single(a.Blocks.OfType<RawQuote>());
        Assert.Contains("Verdict: FALSE", box.Lines);
        Assert.Equal(lede, a.Blocks.OfType<RawParagraph>().First().Text);
    }

    [Theory]
    [InlineData("FOR IMMEDIATE RELEASE")]
    [InlineData("Got a confidential news tip?")]
    [InlineData("Do you have a story for the Valley Courier news team?")]
    [InlineData("Thanks for reading Orchard Notes! Subscribe for free to receive new posts.")]
    [InlineData("This article is free to read. Register for unlimited access to prices and reports.")]
    [InlineData("Why you can trust the Valley Courier")]
    [InlineData("That's it for today. See you tomorrow.")]
    [InlineData("48 Likes∙")]
    [InlineData("09:41 · 6 boosts · 11 favourites")] // a social post's stamp and counters
    [InlineData("2.4K views · 31 comments")]
    [InlineData("7 Retweets 19 Likes")]
    [InlineData("Order a copy from a local bookseller · We may earn a commission on sales")] // an affiliate notice
    [InlineData("Print this story | Subscribe to alerts | RSS")]
    public void Notices_tip_lines_and_counters_are_furniture_wherever_they_stand(string line)
    {
        var a = Read($"{Headline}\n\nBy Lotte Marchand\n12 May 2024\n\n{line}\n\n{Lede}\n\n{Second}\n\n{line}\n\n{Third}\n\n{line}\n");
        Assert.Equal(Lede, a.Blocks.OfType<RawParagraph>().First().Text);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains(line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Related explainers")]
    [InlineData("Notes to editors")]
    public void A_teaser_or_notes_label_after_the_story_goes_with_the_short_lines_under_it(string label)
    {
        var a = Read($"{Headline}\n\nBy Lotte Marchand\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n\n{label}\nHow do hail nets work?\nPress contact: Hana Rostami, 0100 555 0199\n");
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains(label, StringComparison.Ordinal) || t.Contains("hail nets work", StringComparison.Ordinal) || t.Contains("Press contact", StringComparison.Ordinal));
        Assert.Contains(Third, BodyTexts(a));
    }
}
