using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Credits printed under or after a caption without a label, a press release's notices, a ticker, a newsletter's
/// contents and an advert's label, and a writer's page whose note opens with the name printed under each of their stories.
/// Every sentence here is our own.
/// </summary>
public sealed class SectionsCreditsAndWritersPagesTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Theory]
    [InlineData("Cranes over the new quay at dawn. FWS file photo", "Cranes over the new quay at dawn.", "FWS file photo")]
    [InlineData("Boats moored in the old harbour — Photo by Ines Varga", "Boats moored in the old harbour", "Ines Varga")]
    public void A_credit_at_the_end_of_a_caption_without_a_label_is_split_off(string captionLine, string caption, string credit)
    {
        var a = Read($"Harbour works begin\n\nWork on the new quay began on Monday and should take two years, the port authority said.\n\nquay.jpg\n{captionLine}\n\nThe quay will take ships twice the size of those that call today, the authority added.\n");
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal(caption, image.Caption);
        Assert.Equal(credit, image.Credit);
    }

    [Theory]
    [InlineData("Harbour Trust", "Harbour Trust")]
    [InlineData("(The Evening Post)", "The Evening Post")]
    [InlineData("Photo / Varga family", "Varga family")]
    public void A_source_named_alone_on_the_last_line_of_a_figure_is_its_credit(string creditLine, string credit)
    {
        var a = Read($"Harbour works begin\n\nWork on the new quay began on Monday and should take two years, the port authority said.\n\nquay.jpg\nCranes over the new quay at dawn.\n{creditLine}\n\nThe quay will take ships twice the size of those that call today, the authority added.\n");
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Cranes over the new quay at dawn.", image.Caption);
        Assert.Equal(credit, image.Credit);
        Assert.Empty(a.Blocks.OfType<RawHeading>());
    }

    [Fact]
    public void A_writers_page_whose_note_opens_with_the_name_under_each_story_is_skipped_and_a_story_by_the_writer_is_not()
    {
        const string page = """
            Tomas Brenner – Author at The Lakeside Courier

            The Lakeside Courier
            News
            Sport
            Subscribe

            Tomas Brenner
            Environment Reporter
            Email: t.brenner@courier.example

            Tomas Brenner covers water, farming and the lakes from the Courier's office in Hallwil. Before that he spent four years at a radio station in the valley.

            Latest from Tomas Brenner

            Reed beds return to the north shore after ten years
            Tomas Brenner
            March 2, 2026

            Farmers and anglers agree a plan for the lake's feeder streams
            Tomas Brenner
            February 20, 2026

            Load more
            """;
        var result = ArticleReader.Read("people/tomas.txt", page);
        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics, static d => d.Message.Contains("profile page", StringComparison.Ordinal));
        Assert.Equal("people/tomas.txt", warning.Path);

        // A story whose last paragraph says what its writer covers is still a story.
        const string story = """
            Reed beds return to the north shore

            By Tomas Brenner
            March 2, 2026

            Reed beds have come back along the north shore of the lake, ten years after a drought left the shallows bare.

            Volunteers planted the first new reeds three summers ago, and the birds followed within a season, the trust said.

            Tomas Brenner covers water and farming for the Courier.
            """;
        var a = Read(story);
        Assert.Equal("Reed beds return to the north shore", a.Title);
        Assert.Equal(2, a.Blocks.OfType<RawParagraph>().Count());
    }

    [Fact]
    public void A_press_releases_notices_a_ticker_a_newsletters_contents_and_an_adverts_label_are_no_text()
    {
        const string page = """
            Harbour Freight Ltd. reports record third quarter

            Freight index 2,140 ▲ 1.2% · Bunker fuel $612 ▼ · Pound $1.27

            In this issue:
            - Record quarter for the harbour
            - New cranes arrive

            Harbour Freight Ltd. said revenue rose 14 percent in the third quarter as container volumes at its two terminals reached a record.

            — ADVERT —

            The company expects volumes to grow again next year as two new shipping lines start calling at the port in the spring.

            Forward-Looking Statements
            This release contains statements about the future that involve risks, and actual results may differ materially.

            About Harbour Freight Ltd.
            Harbour Freight Ltd. runs two container terminals and a rail yard on the east coast.
            """;
        var a = Read(page);
        Assert.Equal(
            "The company expects volumes to grow again next year as two new shipping lines start calling at the port in the spring.",
            Assert.Single(a.Blocks.OfType<RawParagraph>(), static p => !p.Text.StartsWith("Harbour Freight Ltd. said", StringComparison.Ordinal)).Text);
        Assert.Empty(a.Blocks.OfType<RawHeading>());
        Assert.Empty(a.Blocks.OfType<RawList>());
        Assert.DoesNotContain("▲", a.Standfirst ?? "", StringComparison.Ordinal);
    }
}
