using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Support;

/// <summary>
/// One raw page in our own words (a headline, a byline, a date and three paragraphs about a canal bridge) with a slot
/// after the lede for the lines a reader test is about, and the reader's view of the result: the page the credit,
/// caption and furniture tests read.
/// </summary>
public static class CanalBridgePage
{
    public const string Lede = "The old swing bridge over the canal will stay shut until the spring, the county engineers said on Monday, after divers found a crack in one of its piers.";
    public const string Second = "Boats will be let through twice a day by a tug crew, and walkers are asked to use the lock gates two miles upstream while the repairs go on.";
    public const string Third = "The bridge was last repaired in the nineteen-sixties, when its wooden deck was replaced with steel plates that are still in use.";

    /// <summary>The page with <paramref name="middle"/> between the lede and the second paragraph, and <paramref name="tail"/> at its end.</summary>
    public static string Page(string middle, string tail = "") => $"Canal bridge to stay shut until spring\n\nBy Nora Quill\n12 March 2025\n\n{Lede}\n\n{middle}\n\n{Second}\n\n{Third}\n{tail}";

    /// <summary>The article the reader finds in <paramref name="text"/> (the test fails when it finds none).</summary>
    public static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    public static IEnumerable<string> Headings(ParsedArticle a) => a.Blocks.OfType<RawHeading>().Select(static h => h.Text);

    public static IEnumerable<string> Paragraphs(ParsedArticle a) => a.Blocks.OfType<RawParagraph>().Select(static p => p.Text);

    /// <summary>Every block's text: paragraphs, headings and lists (their items on lines of their own).</summary>
    public static IEnumerable<string> Texts(ParsedArticle a) => a.Blocks.Select(static b => b switch
    {
        RawParagraph p => p.Text,
        RawHeading h => h.Text,
        RawList l => string.Join("\n", l.Items),
        _ => "",
    });
}
