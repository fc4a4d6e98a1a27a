using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Several writers named without a label under the headline, a byline whose second writer stands on a line of its own
/// ("and B"), and a scraper's prefix that gives only a month. Every page here is written for the test.
/// </summary>
public sealed class BylineListsAndPrefixesTests
{
    private const string Headline = "Ferry operator adds a winter sailing to the outer islands";
    private const string Lede = "The island ferry company will run a third daily sailing to the outer islands from December, after a petition signed by more than two thousand residents.";
    private const string Second = "The extra crossing leaves the mainland pier at six in the evening and returns the next morning, the company said on Monday.";
    private const string Third = "Residents had complained for years that the last boat left too early for anyone working a full day on the mainland.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Theory]
    [InlineData("Ana Ruiz, Ben Odede")]
    [InlineData("Ana Ruiz and Ben Odede")]
    public void Names_alone_under_the_headline_are_its_writers(string line) =>
        Assert.Equal(["Ana Ruiz", "Ben Odede"], Read($"{Headline}\n\n{line}\n\n{Lede}\n\n{Second}\n\n{Third}\n").Authors);

    [Fact]
    public void A_second_writer_on_a_line_of_its_own_under_the_byline_is_a_writer_too() =>
        Assert.Equal(["Ana Ruiz", "Ben Odede"], Read($"{Headline}\n\nBy Ana Ruiz\nana@example.org\nand Ben Odede\nben@example.org\n\n{Lede}\n\n{Second}\n\n{Third}\n").Authors);

    [Fact]
    public void A_scrapers_prefix_with_a_month_only_dates_nothing_and_leaves_the_headline()
    {
        var a = Read($"date 2026-05 {Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Date);
    }
}
