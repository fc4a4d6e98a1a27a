using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

public sealed class TitleChooserTests
{
    [Theory]
    [InlineData("Pass closed again | Bird flu | The Valley Gazette", "Pass closed again")]
    [InlineData("Pass closed again - The Valley Gazette", "Pass closed again")]
    [InlineData("Pass closed again • The Valley Gazette", "Pass closed again")]
    [InlineData("Pass closed again · Valley Gazette", "Pass closed again")]
    [InlineData("Pass closed again » Gazette", "Pass closed again")]
    public void A_site_name_after_the_headline_is_recognised(string line, string headline) =>
        Assert.Equal(headline, TitleChooser.WithoutSuffix(line, headline));

    [Fact]
    public void A_longer_headline_is_no_suffix() => Assert.Null(TitleChooser.WithoutSuffix("Pass closed again tonight", "Pass closed again"));

    [Theory]
    [InlineData("UNITED STATES NEWS")]
    [InlineData("EuropeAnalysis")]
    [InlineData("10 Jan 2016")]
    [InlineData("By Mia Lund")]
    [InlineData("Weather closes the pass. Villages are cut off.")]
    [InlineData("Written by:")]
    [InlineData("The towns on the list include:")]
    public void Labels_dates_bylines_and_sentences_are_no_candidates(string line) =>
        Assert.False(TitleChooser.Viable(line, LineFeatures.Of(line, ReaderData.Default, PileTable.Empty), null));

    [Fact]
    public void The_repeated_headline_above_the_byline_beats_a_first_line_of_furniture()
    {
        string[] lines = ["Skip to main content", "", "Pass closed for a third day", "", "By Mia Lund", "", "The pass stayed closed on Sunday after more snow fell overnight, the road office said."];
        var features = lines.Select(l => l.Length == 0 ? null : LineFeatures.Of(l, ReaderData.Default, PileTable.Empty)).ToList();
        var evidence = features.Select(f => f?.FurnitureEvidence(3)).ToList();
        var candidates = TitleChooser.Candidates(lines, features, evidence, [0, 2, 4], lede: 6, "pass-closed-for-a-third-day");
        var best = TitleChooser.Best(candidates);
        Assert.NotNull(best);
        Assert.Equal(3, best.Line);
        Assert.Contains(best.Reasons, r => r.StartsWith("matches the file name", StringComparison.Ordinal));
        Assert.DoesNotContain(candidates, c => c.Line == 1);
    }

    [Fact]
    public void A_headline_that_abbreviates_the_lede_beats_the_masthead_on_the_first_line()
    {
        // "PM" and "NZ" are spelled out in the lede ("Prime Minister", "New Zealand"): the headline shares them with the text;
        // the masthead shares nothing, however first it stands.
        var text = "Harbour Courier\n\nPM backs NZ pact\n\n"
            + "Prime Minister Tomasi Vula said on Friday that the ferry agreement with New Zealand would halve the fare to the outer islands.\n\n"
            + "The two governments signed the agreement in the capital after a year of talks about the route.\n";

        var article = Assert.IsType<StaticGen.Content.ParsedArticle>(ArticleReader.Read("story.txt", text).Article);

        Assert.Equal("PM backs NZ pact", article.Title);
    }

    [Theory]
    [InlineData("14/05/2026, 08:12 ")]
    [InlineData("5/14/26, 8:12 AM ")]
    public void A_browsers_print_header_is_no_part_of_the_title_nor_the_date(string stamp)
    {
        // A page printed from a browser: the time of printing, then the page title; the headline printed again over the story.
        var text = $"{stamp}Lake ferry fares rise by a fifth | The Lake Post\nPrint this page\n\nLake ferry fares rise by a fifth\n\n"
            + "Fares on the three ferries that cross the lake will rise by a fifth from June, the operator said, blaming the price of fuel and new crew rules.\n\n"
            + "Season tickets for islanders who commute to the town will cost the same as before until the end of the year.\n";

        var article = Assert.IsType<StaticGen.Content.ParsedArticle>(ArticleReader.Read("fares.txt", text).Article);

        Assert.Equal("Lake ferry fares rise by a fifth", article.Title);
        Assert.Null(article.Date);
    }

    [Fact]
    public void A_label_ending_in_a_colon_is_never_the_title()
    {
        var text = "Posted: 4 March 2019\nWritten by:\n\n"
            + "The club's manager said after the match that his side had given away three goals through their own mistakes and deserved to lose.\n\n"
            + "He said the players would watch the recording of the game together on Monday before training.\n";

        var article = Assert.IsType<StaticGen.Content.ParsedArticle>(ArticleReader.Read("post-match-notes.txt", text).Article);

        Assert.NotEqual("Written by:", article.Title);
    }

    [Theory]
    [InlineData(" • ")]
    [InlineData(" · ")]
    [InlineData(" | ")]
    public void A_page_title_with_the_site_name_after_a_bullet_gives_the_headline(string separator)
    {
        var text = $"Ferry timetable cut to two crossings a day{separator}Harbour Weekly\nHarbour Weekly\nNews\nSport\nFerry timetable cut to two crossings a day\n\n"
            + "The island ferry will run twice a day instead of four times from next month, the operator said on Tuesday, after one of its two boats failed an inspection.\n\n"
            + "Islanders who commute to the mainland said the change would leave them with a ninety-minute wait each evening.\n";

        var article = Assert.IsType<StaticGen.Content.ParsedArticle>(ArticleReader.Read("ferry.txt", text).Article);

        Assert.Equal("Ferry timetable cut to two crossings a day", article.Title);
    }
}
