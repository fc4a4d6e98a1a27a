using System.Globalization;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Headlines in shapes the title chooser passed over (two sentences, the second not closed; headline capitalisation over
/// a longer line in sentence case) and the story's own dateline against a date line printed above the headline. Every
/// page here is written for the test.
/// </summary>
public sealed class HeadlineShapesAndStoryDatesTests
{
    private const string Lede = "The island ferry company will run a third daily sailing to the outer islands from December, after a petition signed by more than two thousand residents.";
    private const string Second = "The extra crossing leaves the mainland pier at six in the evening and returns the next morning, the company said on Monday.";
    private const string Third = "Residents had complained for years that the last boat left too early for anyone working a full day on the mainland.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void A_headline_of_a_statement_and_an_unclosed_clause_is_the_title()
    {
        var a = Read($"The last boat left too early. Now the ferry adds a winter sailing\nThe Island Ledger\n{Lede}\n{Second}\n{Third}\n");
        Assert.Equal("The last boat left too early. Now the ferry adds a winter sailing", a.Title);
    }

    [Fact]
    public void A_headline_in_headline_capitalisation_over_a_longer_line_in_sentence_case_is_the_title_and_that_line_its_standfirst()
    {
        var a = Read($"Wednesday, 12 November 2025\n\nFerry Operator Adds Winter Sailing To Outer Islands\n\nFerry operator adds a winter sailing to the outer islands after a long petition\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Ferry Operator Adds Winter Sailing To Outer Islands", a.Title);
    }

    [Fact]
    public void The_storys_dateline_dates_it_over_a_date_line_above_the_headline()
    {
        var a = Read($"Monday, 17 November 2025\n\nToday's notice board\n\nFerry operator adds a winter sailing to the outer islands\n\nBy Ana Ruiz\n\nNovember 12, 2025 | HALIFAX -- {Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("2025-11-12", a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.StartsWith("The island ferry company", a.Blocks.OfType<RawParagraph>().First().Text, StringComparison.Ordinal);
    }
}
