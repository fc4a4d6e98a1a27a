using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Lines the page prints between a story's paragraphs that are no subheading: a text-size widget, a sponsor's notice, a
/// button or prompt in capitals; half of a paragraph that a blank line broke in two; and text the page printed twice (a
/// picture's alt text over its caption, a paragraph repeated). Every sentence here is our own.
/// </summary>
public sealed class WidgetsBrokenLinesAndRepeatsTests
{
    private static ParsedArticle Read(string text, Func<string, JunkKind>? junk = null) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text, junk).Article);

    private static List<string> Headings(ParsedArticle article) => [.. article.Blocks.OfType<RawHeading>().Select(static h => h.Text)];

    private static List<string> Paragraphs(ParsedArticle article) => [.. article.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    [Fact]
    public void A_text_size_widget_over_the_lede_is_no_heading()
    {
        var article = Read("""
            Mill town bakery doubles its bread output
            By Oona Brandt
            12 March 2026

            Font size: A A A
            Print

            A family bakery in the mill town has doubled the number of loaves it bakes each night after buying a second oven from a closed hotel kitchen.

            The owners said the new oven paid for itself within four months.
            """, static line => line == "Print" ? JunkKind.Boilerplate : JunkKind.None); // the default cleanup rules drop "Print"

        Assert.Empty(Headings(article));
        Assert.StartsWith("A family bakery", Paragraphs(article)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Blocks, static b => b is RawParagraph p && p.Text.Contains("Font size", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sponsors_notice_between_paragraphs_is_dropped_and_the_subheading_under_it_stays()
    {
        var article = Read("""
            Harbour café wins award for its fish soup
            By Oona Brandt

            A café on the old harbour has won a regional award for its fish soup, which the owner makes from a recipe her grandmother wrote down in 1958.

            The judges praised the soup's broth, which is simmered for six hours with the heads and bones of the day's catch.

            Sponsored: Book a table at the best seafood restaurants on the coast

            A recipe kept in a drawer

            The owner found the handwritten recipe in a kitchen drawer when she took over the café from her mother twelve years ago.
            """);

        Assert.Equal(["A recipe kept in a drawer"], Headings(article));
        Assert.DoesNotContain(Paragraphs(article), static p => p.StartsWith("Sponsored", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prompt_in_capitals_between_paragraphs_is_dropped_but_a_subheading_in_capitals_stays()
    {
        var article = Read("""
            Council repairs the old stone bridge
            By Oona Brandt

            Workers have begun repairing the old stone bridge over the river, which has been closed to cars since a lorry struck its parapet in January.

            The council expects the work to take about ten weeks and to cost a little over 200,000.

            READ SOME MORE

            THE COST OF THE REPAIRS

            Most of the money will go on cutting and fitting new stone to match the blocks that fell into the river.
            """);

        Assert.Equal(["THE COST OF THE REPAIRS"], Headings(article));
        Assert.DoesNotContain(Paragraphs(article), static p => p.Contains("READ SOME MORE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_broken_off_its_paragraph_by_a_blank_line_is_joined_to_it_not_made_a_heading()
    {
        var article = Read("""
            Ferry crews vote to accept pay offer
            By Oona Brandt

            Ferry crews on the lake have voted to accept a pay offer that ends a dispute which had cancelled a dozen crossings since the spring.

            Asked about the result at the quay on Friday, the union's regional organiser

            said the offer was not everything the crews had wanted but was a fair settlement.

            Sailings will return to the full timetable from Monday.
            """);

        Assert.Empty(Headings(article));
        Assert.Contains("Asked about the result at the quay on Friday, the union's regional organiser said the offer was not everything", Paragraphs(article)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_subheading_over_a_paragraph_that_opens_in_capitals_is_not_joined()
    {
        var article = Read("""
            Ferry crews vote to accept pay offer
            By Oona Brandt

            Ferry crews on the lake have voted to accept a pay offer that ends a dispute which had cancelled a dozen crossings since the spring.

            What happens next

            Sailings will return to the full timetable from Monday, the operator said in a statement to passengers.
            """);

        Assert.Equal(["What happens next"], Headings(article));
    }

    [Fact]
    public void A_caption_printed_twice_in_a_row_is_one_caption_and_never_the_lede()
    {
        var article = Read("""
            Volunteers clear the river path after the floods
            Paths reopen along the east bank

            Volunteers in waders clear branches from the river path on Saturday.
            Volunteers in waders clear branches from the river path on Saturday.

            More than sixty volunteers spent the weekend clearing mud and fallen branches from the river path, which had been closed since the floods in February.

            The path is expected to reopen to walkers and cyclists next week.
            """);

        var paragraphs = Paragraphs(article);
        Assert.StartsWith("More than sixty volunteers", paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, static p => p.StartsWith("Volunteers in waders", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_that_repeats_the_one_before_it_word_for_word_is_printed_once()
    {
        var article = Read("""
            Ferry crews vote to accept pay offer
            By Oona Brandt

            Ferry crews on the lake have voted to accept a pay offer that ends a dispute which had cancelled a dozen crossings since the spring.

            The offer raises basic pay by six per cent this year and by four per cent next year, the union said, and it adds a payment for crews who work the first and last crossings of the day, which were the ones most often cancelled during the dispute.

            The offer raises basic pay by six per cent this year and by four per cent next year, the union said, and it adds a payment for crews who work the first and last crossings of the day, which were the ones most often cancelled during the dispute.

            Sailings will return to the full timetable from Monday.
            """);

        Assert.Single(Paragraphs(article), static p => p.StartsWith("The offer raises", StringComparison.Ordinal));
        Assert.Equal(3, Paragraphs(article).Count);
    }
}
