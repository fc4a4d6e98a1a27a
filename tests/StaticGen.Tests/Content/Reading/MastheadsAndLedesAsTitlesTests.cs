using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Lines that take the headline's place without being one: a text edition's masthead with its issue number, and a page's
/// first sentence when the page prints no headline (it stays the lede). Every page here is written for the test.
/// </summary>
public sealed class MastheadsAndLedesAsTitlesTests
{
    private const string Lede = "The island council voted on Tuesday to keep the old lighthouse keeper's cottage as a museum, after a petition signed by nearly every household on the island.";
    private const string Second = "The cottage has stood empty since the light was automated in 1994, and its roof was patched last winter by volunteers.";
    private const string Third = "Councillors said a small entry fee and a grant from the heritage fund should cover the upkeep for the first five years.";

    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("island-cottage.txt", text).Article);

    [Theory]
    [InlineData("ISLAND WEEKLY -- TEXT EDITION -- No. 88")]
    [InlineData("The Island Weekly | Issue 62")]
    public void A_text_editions_masthead_with_its_issue_number_is_never_the_headline(string masthead)
    {
        const string headline = "Council keeps the lighthouse cottage as a museum";
        var a = Read($"{masthead}\n\nNEWS\n\n{headline}\nBy Orla Penhale\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(headline, a.Title);
    }

    [Fact]
    public void A_page_that_opens_with_its_lede_keeps_the_lede_as_its_first_paragraph()
    {
        var a = Read($"(Island Wire) – {Lede}\n{Second}\n{Third}\n");
        var first = a.Blocks.OfType<RawParagraph>().First().Text;
        Assert.Contains("The island council voted on Tuesday", first, StringComparison.Ordinal);
        Assert.DoesNotContain("The island council voted", a.Title ?? "", StringComparison.Ordinal);
    }
}
