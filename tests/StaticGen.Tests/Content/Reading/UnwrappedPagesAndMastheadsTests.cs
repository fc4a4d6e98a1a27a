using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Pages saved one paragraph a line, with no blank lines between blocks: a long line that ends no sentence (a headline, a
/// caption ending in its credit) is not hard-wrapped into the line under it; a site's name after the page title goes when
/// the masthead prints it; a summary box of bullets under the lede keeps the story after it. Every sentence here is our own.
/// </summary>
public sealed class UnwrappedPagesAndMastheadsTests
{
    private const string Headline = "Council votes to keep the harbour swimming pool open all winter";
    private const string Lede = "The town council voted on Tuesday night to keep the open-air harbour pool heated and open through the winter, reversing a plan to close it from November to March to save money on gas.";
    private const string Second = "Councillors said more than four hundred people had written to them about the pool, most of them early-morning swimmers who use it every day of the year.";
    private const string Third = "The heating will cost about forty thousand a year, which the council said it would meet from the parking budget rather than from the leisure fund.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("a.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static List<string> Paragraphs(ParsedArticle a) => [.. a.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    [Fact]
    public void A_long_caption_without_a_full_stop_is_not_joined_to_the_paragraph_under_it_on_an_unwrapped_page()
    {
        const string caption = "Swimmers wait at the pool gate before it opens at seven on Tuesday (Town Courier photo by Rhea Salt)";
        const string after = "Lifeguard Tomas Byrne said the early swimmers had been coming to the pool in all weathers for as long as anyone could remember.";
        var a = Read($"{Headline}\n{Lede}\n{Second}\nharbour-pool-gate.jpg\n{caption}\n{after}\n{Third}\n");
        Assert.Contains(after, Paragraphs(a));
        Assert.DoesNotContain(a.Blocks.OfType<RawFigure>(), f => (f.Image.Caption ?? "").Contains("Lifeguard", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_headline_is_not_joined_to_the_standfirst_under_it_on_an_unwrapped_page()
    {
        const string standfirst = "Swimmers and councillors agree on a heated pool for the cold months, paid for from the parking budget.";
        var a = Read($"{Headline}\n{standfirst}\nBy Rhea Salt\n12 March 2025\n{Lede}\n{Second}\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.DoesNotContain(standfirst, a.Title!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_wrapped_page_still_joins_its_wrapped_lines()
    {
        Assert.True(ArticleReader.IsHardWrapped([
            "The town council voted on Tuesday night to keep the open-air harbour pool",
            "heated and open through the winter, reversing a plan to close it from",
            "November to March to save money on gas.",
        ]));
        Assert.False(ArticleReader.IsHardWrapped([Headline, Lede, Second, Third]));
        var a = Read($"{Headline}\n\nThe town council voted on Tuesday night to keep the open-air harbour pool\nheated and open through the winter, reversing a plan to close it from\nNovember to March to save money on gas.\n\nCouncillors said more than four hundred people had written to them about\nthe pool, most of them early-morning swimmers.\n");
        Assert.Equal("The town council voted on Tuesday night to keep the open-air harbour pool heated and open through the winter, reversing a plan to close it from November to March to save money on gas.", Paragraphs(a)[0]);
    }

    [Theory]
    [InlineData("Anzeige", false)]
    [InlineData("Publicidad", false)]
    [InlineData("Advertisement", true)]
    public void An_advert_label_in_the_flow_is_dropped_and_the_heading_under_it_stays_on_an_unwrapped_page(string label, bool droppedByCleanup)
    {
        const string heading = "Who pays for the gas";
        var text = $"{Headline}\n{Lede}\n{Second}\n{label}\n{heading}\n{Third}\nThe pool's friends group said it would hold a sponsored swim in January to help with the cost.\n";
        var result = ArticleReader.Read("a.txt", text, droppedByCleanup ? l => l == label ? JunkKind.Boilerplate : JunkKind.None : null);
        var a = Assert.IsType<ParsedArticle>(result.Article);
        Assert.Equal([heading], a.Blocks.OfType<RawHeading>().Select(static h => h.Text));
        Assert.DoesNotContain(a.Blocks.OfType<RawParagraph>(), p => p.Text.Contains(label, StringComparison.Ordinal));

        // The advert's own text under its label (a name, then a telephone number) stands on no paragraph: no heading.
        var advert = ArticleReader.Read("a.txt", text.Replace(heading, "HARBOUR BIKE HIRE\nOpen daily, call 555-0199", StringComparison.Ordinal), droppedByCleanup ? l => l == label ? JunkKind.Boilerplate : JunkKind.None : null);
        Assert.Empty(Assert.IsType<ParsedArticle>(advert.Article).Blocks.OfType<RawHeading>());
    }

    [Fact]
    public void A_page_wrapped_narrower_than_usual_joins_a_line_whose_next_word_would_not_have_fitted()
    {
        // A teletext page, 36 columns wide: "March" and "Tuesday" start lines in capitals, but neither fitted on the line above.
        const string page = "FERRY NEWS  140\nFerry fares frozen for the winter\n\nThe island ferry company will keep\nits fares at this year's level until\nMarch after a fall in passenger\nnumbers over the autumn, its chief\nexecutive said.\n\nThe company's directors said on\nTuesday that the freeze would apply\nto cars and foot passengers alike,\nand to the night crossings.\n\nHauliers said the freeze was welcome\nbut did not go far enough.\n";
        var a = Read(page);
        Assert.Equal("Ferry fares frozen for the winter", a.Title);
        Assert.Empty(a.Blocks.OfType<RawHeading>());
        Assert.Equal(
        [
            "The island ferry company will keep its fares at this year's level until March after a fall in passenger numbers over the autumn, its chief executive said.",
            "The company's directors said on Tuesday that the freeze would apply to cars and foot passengers alike, and to the night crossings.",
            "Hauliers said the freeze was welcome but did not go far enough.",
        ], Paragraphs(a));
        Assert.Equal(0, ArticleReader.NarrowWidth(["A headline", "", "One line of a paragraph that ends.", "Another one."]));
    }

    [Fact]
    public void A_site_name_after_the_title_goes_when_the_masthead_under_it_prints_it()
    {
        var a = Read($"{Headline} - The Harbour Courier\nThe Harbour Courier\nNews › Local\n{Headline}\n12 March 2025\n{Lede}\n{Second}\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Kicker);
    }

    [Fact]
    public void A_site_name_line_under_a_longer_page_title_is_not_its_headline()
    {
        var a = Read($"{Headline} – Courier\nCourier\nLocal\n12 March 2025\n{Lede}\n{Second}\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Kicker);
    }

    [Fact]
    public void A_summary_box_of_bullets_under_the_lede_keeps_the_paragraphs_after_it()
    {
        var a = Read($"{Headline}\n12 March 2025\n{Lede}\nKey points\n• The pool stays open from November to March\n• Heating paid from the parking budget\n{Second}\n{Third}\n");
        Assert.Equal([Lede, Second, Third], Paragraphs(a));
        Assert.Contains(a.Blocks, static b => b is RawList);
    }

    [Theory]
    [InlineData("This article was written by Rhea Salt, Local Government Correspondent.", "Rhea Salt")]
    [InlineData("This story was reported by Rhea Salt and Tomas Byrne.", "Rhea Salt, Tomas Byrne")]
    public void A_closing_credit_names_the_author_and_leaves_the_body(string credit, string authors)
    {
        var a = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n\n{credit}\n");
        Assert.Equal(authors, string.Join(", ", a.Authors ?? []));
        Assert.Equal([Lede, Second, Third], Paragraphs(a));
    }

    [Fact]
    public void A_note_about_the_writer_at_the_end_is_not_article_text()
    {
        const string note = "Rhea Salt is a freelance reporter who writes about coastal towns.";
        var a = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n\n{note}\n");
        Assert.Equal([Lede, Second, Third], Paragraphs(a));
    }

    [Fact]
    public void A_note_about_the_bylined_writer_above_the_story_is_not_the_lede()
    {
        const string note = "Dr. Salt is a marine biologist at the Harbour Institute.";
        var a = Read($"{Headline}\n\nBy Dr. Rhea Salt\n\n{note}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal([Lede, Second], Paragraphs(a));
    }

    [Fact]
    public void A_closing_paragraph_about_someone_else_in_the_story_stays()
    {
        const string last = "Tomas Byrne is a lifeguard at the pool and has swum there every morning since 1998.";
        var a = Read($"{Headline}\n\nBy Rhea Salt\n\n{Lede}\n\n{Second}\n\n{last}\n");
        Assert.Equal([Lede, Second, last], Paragraphs(a));
    }

    [Theory]
    [InlineData("topic-index", "Harbour news and views | The Harbour Courier\nMenu\nSearch\nSubscribe\nTopics\nHarbour\nLatest\nCouncil keeps the pool open all winter\nLocal · 2 hours ago\nFerry timetable changes for the spring\nTransport · 1 day ago\nLoad more\nNewsletters\nThe Harbour Morning: our best stories, every weekday at seven.\nEnter your email\nSUBSCRIBE\nAbout us\nContact\nPrivacy policy\n")]
    [InlineData("not-found", "Page not found – The Harbour Courier\nHarbour\nTransport\nSport\n404\nSorry, we couldn't find that page\nThe story you wanted may have moved or been taken down.\nTry searching instead:\nSearch the Courier\nMost read\nCouncil keeps the pool open all winter\nFerry timetable changes for the spring\nAbout us · Contact · Privacy\n")]
    public void A_page_of_teasers_or_a_missing_page_saved_without_blank_lines_is_skipped_with_a_warning_naming_the_file(string name, string text)
    {
        var path = $"content/{name}.txt";
        var result = ArticleReader.Read(path, text);
        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(path, warning.Path);
        Assert.Contains("only page furniture", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pool stays open\nLocal\nThe harbour pool will stay open all winter, the council said.\nShare\nFacebook\n")]
    [InlineData("Home\nNews\nSport\nWeather\nPool stays open as the council finds the money\nBy Rhea Salt\n12 January 2025\nThe harbour pool will stay open all winter.\nShare\nFacebook\n")]
    public void A_short_brief_saved_without_blank_lines_is_still_an_article(string text)
    {
        var a = Read(text);
        Assert.StartsWith("Pool stays open", a.Title, StringComparison.Ordinal);
        Assert.StartsWith("The harbour pool will stay open all winter", Assert.Single(Paragraphs(a)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Seen something on the harbour? Email the newsdesk or message us on WhatsApp.")]
    [InlineData("Have your say: did the council get it right? Let us know in the comments below.")]
    [InlineData("For more local news, follow us on Telegram.")]
    [InlineData("Affiliate links: we may earn a commission when you buy through links in this article.")]
    [InlineData("Comments are closed for this article.")]
    [InlineData("Disclaimer: Readers' comments are their own and not the Courier's.")]
    public void An_appeal_or_notice_under_the_article_is_furniture(string notice)
    {
        var a = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n\n{notice}\n");
        Assert.Equal([Lede, Second, Third], Paragraphs(a));
    }

    [Fact]
    public void A_newsroom_saying_how_it_asked_for_comment_is_not_an_appeal()
    {
        const string news = "We asked the council for comments by email on Monday, and its leader replied that the pool would open at seven as usual.";
        var a = Read($"{Headline}\n\n{Lede}\n\n{news}\n\n{Third}\n");
        Assert.Equal([Lede, news, Third], Paragraphs(a));
    }

    [Fact]
    public void A_news_sentence_about_a_messaging_service_is_not_an_appeal()
    {
        const string news = "The council said residents could report a broken heater at the pool by email or through its WhatsApp line, which opened in January.";
        var a = Read($"{Headline}\n\n{Lede}\n\n{news}\n\n{Third}\n");
        Assert.Equal([Lede, news, Third], Paragraphs(a));
    }

    [Fact]
    public void A_headline_in_quotes_is_the_title_not_the_lede_and_an_interview_byline_names_the_author()
    {
        const string quoted = "‘We kept the pool because the swimmers kept us’";
        var a = Read($"The Harbour Courier\nNews\nSport\nThe Courier Interview\n{quoted}\nInterview by Rhea Salt\n12 March 2025\n{Lede}\n{Second}\n{Third}\n");
        Assert.Equal(quoted, a.Title);
        Assert.Equal("Rhea Salt", a.Author);
        Assert.Equal(new DateOnly(2025, 3, 12), DateOnly.FromDateTime(a.Date!.Value.DateTime));
        Assert.Equal(Lede, Paragraphs(a)[0]);
    }

    [Fact]
    public void A_quoted_sentence_still_ends_its_sentence() =>
        Assert.True(LineFeatures.Of("“We will keep it open all winter,” the leader said, “and we will find the money.”", ReaderData.Default, PileTable.Empty).EndsSentence);

    [Fact]
    public void A_live_badge_over_the_headline_is_no_kicker()
    {
        var a = Read($"{Headline}\n\nLIVE\n{Headline}\n\n12 March 2025\n\n{Lede}\n\n{Second}\n");
        Assert.Null(a.Kicker);
        Assert.Equal(Headline, a.Title);
    }
    [Fact]
    public void A_hard_wrapped_paragraph_right_under_teasers_is_no_teaser()
    {
        const string wrapped = "The number of heated sea pools on this coast has fallen steadily for years\nas councils cut their leisure budgets, the swimming club says.";
        // "Related" as the site's cleanup rules read it: a section label over teaser headlines.
        var a = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", $"{Headline}\nBy Rhea Salt\n12 March 2025\n\n{Lede}\n\n{Second}\n\nRelated\nLibrary to open on Sundays from April\nNew cycle lane planned for the seafront\n{wrapped}\n\n{Third}\n",
            static l => l == "Related" ? JunkKind.SectionLabel : JunkKind.None).Article);
        Assert.Contains(Paragraphs(a), static p => p.StartsWith("The number of heated sea pools", StringComparison.Ordinal) && p.EndsWith("the swimming club says.", StringComparison.Ordinal));
        Assert.DoesNotContain(Paragraphs(a), static p => p.Contains("cycle lane", StringComparison.Ordinal));
    }
}
