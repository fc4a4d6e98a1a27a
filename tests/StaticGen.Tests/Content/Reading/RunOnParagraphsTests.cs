using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A page saved one paragraph a line with no blank line between its paragraphs, though its header (menu, headline, byline)
/// has blank lines: a short line between two paragraphs is still a subheading. Every sentence here is our own.
/// </summary>
public sealed class RunOnParagraphsTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static List<string> Headings(ParsedArticle article) => [.. article.Blocks.OfType<RawHeading>().Select(static h => h.Text)];

    private static List<string> Paragraphs(ParsedArticle article) => [.. article.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    [Fact]
    public void A_short_line_between_run_on_paragraphs_is_a_subheading()
    {
        var article = Read("""
            Valley Courier
            Home  Local  Farming  Sport

            Orchard growers plant late-flowering apples to dodge spring frost
            By Tamsin Kerrow
            4 March 2026

            Growers in the upper valley are replacing early-blossoming apple trees with varieties that flower two weeks later, after three springs in which frost killed most of the blossom.
            The cooperative that buys their fruit has offered to pay for half of the new saplings over the next five years.
            Why later blossom helps
            A tree that flowers after the last hard frost keeps its blossom, and with it the season's crop, said the cooperative's orchard adviser.
            The new varieties also store well into the following summer, which lets growers sell when prices are higher.
            """);

        Assert.Equal(["Why later blossom helps"], Headings(article));
        Assert.Equal(4, Paragraphs(article).Count);
    }

    [Fact]
    public void Paragraphs_set_apart_by_blank_lines_keep_a_short_line_under_a_paragraph_in_its_block()
    {
        var article = Read("""
            Orchard growers plant late-flowering apples to dodge spring frost
            By Tamsin Kerrow
            4 March 2026

            Growers in the upper valley are replacing early-blossoming apple trees with varieties that flower two weeks later, after three springs in which frost killed most of the blossom.

            Claim: late apples never freeze
            Rating: Misleading

            A tree that flowers after the last hard frost keeps its blossom, and with it the season's crop, said the cooperative's orchard adviser.

            The new varieties also store well into the following summer, which lets growers sell when prices are higher.
            """);

        Assert.DoesNotContain("Rating: Misleading", Headings(article));
    }
}
