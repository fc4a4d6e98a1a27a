using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A line of text ending in a colon over a run of short lines without bullets ("The stations that will close are:" /
/// "Mill Lane" / "Old Quay" / …) introduces the article's own list: the short lines are its items, not a menu. The same
/// short lines with no sentence over them are a menu. Every sentence here is our own.
/// </summary>
public sealed class IntroducedListsTests
{
    [Fact]
    public void Short_lines_under_a_line_ending_in_a_colon_are_a_list_not_a_menu()
    {
        var article = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", """
            County to close five tram stops on the coast line
            By Oona Brandt

            The county will close five little-used stops on the coast tram line from June, saving about two minutes on every journey between the two towns.
            The stops that will close are:
            Mill Lane
            Old Quay
            Tanner's Yard
            Fisher's Row (the request stop by the boatyard)
            Upper Cliff
            The county said fewer than twenty people a day used each of them last year.
            """).Article);

        var list = Assert.Single(article.Blocks.OfType<RawList>());
        Assert.Equal(["Mill Lane", "Old Quay", "Tanner's Yard", "Fisher's Row (the request stop by the boatyard)", "Upper Cliff"], list.Items);
        Assert.Contains(article.Blocks.OfType<RawParagraph>(), static p => p.Text == "The stops that will close are:");
    }

    [Fact]
    public void The_same_short_lines_with_no_sentence_over_them_stay_a_menu()
    {
        var article = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", """
            County to close five tram stops on the coast line
            News
            Trams
            Buses
            Ferries

            The county will close five little-used stops on the coast tram line from June, saving about two minutes on every journey between the two towns.

            The county said fewer than twenty people a day used each of them last year.
            """).Article);

        Assert.Empty(article.Blocks.OfType<RawList>());
        Assert.DoesNotContain(article.Blocks.OfType<RawParagraph>(), static p => p.Text is "Trams" or "Buses");
    }
}
