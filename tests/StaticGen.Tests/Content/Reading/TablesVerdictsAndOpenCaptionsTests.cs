using StaticGen.Content;
using StaticGen.Content.Reading;
using static StaticGen.Tests.Support.CanalBridgePage;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// What the reader must keep though it looks like furniture (a markets report's rows of prices under the sentence that
/// introduces them, a fact check's closing verdict), captions that close no sentence beside their image line (under it or
/// above it, alone in the figure's block), and notices of a site's business in the story's flow. Every page here is written
/// for these tests.
/// </summary>
public sealed class TablesVerdictsAndOpenCaptionsTests
{
    [Fact]
    public void Rows_of_prices_under_the_sentence_that_introduces_them_are_the_reports_own()
    {
        var a = Read(Page("Here is how the main markets closed on Wednesday:\n\nHarbour 100 8,214.35 +0.4%\nCanal Index 18,902.10 +0.6%\nLock 40 7,611.48 -0.1%\nTowpath 225 38,120.55 +1.2%"));
        var text = string.Join("\n", Texts(a));
        Assert.Contains("Harbour 100 8,214.35 +0.4%", text, StringComparison.Ordinal);
        Assert.Contains("Towpath 225 38,120.55 +1.2%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_checks_verdict_closing_the_article_is_kept()
    {
        var a = Read(Page("A post shared thousands of times this week says the canal trust has sold the swing bridge to a developer.", "\nRating: False\n"));
        Assert.Contains("Rating: False", Texts(a));
    }

    [Fact]
    public void A_description_right_under_its_image_line_is_its_caption_though_it_closes_no_sentence()
    {
        var a = Read(Page("bridge-pier.jpg\nAerial view of the swing bridge at Hensby on the Grand Canal"));
        Assert.Equal("Aerial view of the swing bridge at Hensby on the Grand Canal", Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Caption);
        Assert.Empty(Headings(a));
    }

    [Fact]
    public void A_description_alone_in_its_block_over_the_image_line_is_its_caption_and_the_next_paragraph_stays_text()
    {
        var a = Read(Page("Aerial view of the swing bridge at Hensby on the Grand Canal\nbridge-pier.jpg"));
        Assert.Equal("Aerial view of the swing bridge at Hensby on the Grand Canal", Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Caption);
        Assert.Empty(Headings(a));
        Assert.Contains(Second, Texts(a));
    }

    [Theory]
    [InlineData("Advertise with Towpath Media.")]
    [InlineData("Reminder, this is a Premium article and requires a subscription to read.")]
    [InlineData("Have a confidential tip for our reporters? Get in Touch")]
    [InlineData("Our journalism is independent. Please consider supporting it.")]
    [InlineData("This article has been updated.")]
    [InlineData("Categories: Canals, Hensby.")]
    [InlineData("Simak berita pilihan kami langsung di ponselmu dan ikuti saluran kami di aplikasi pesan.")]
    public void A_notice_of_the_sites_business_between_paragraphs_is_furniture(string line)
    {
        var a = Read(Page($"Engineers expect the work to cost about two million pounds, most of it paid by the canal trust and the county.\n\n{line}"));
        Assert.DoesNotContain(line, Texts(a));
    }
}
