using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// The publication's own lines around a story, by class: its notes under the story (a contact line at its own address, a line
/// naming it that speaks to the reader or of its business), its copyright line ending the article, and known kinds of
/// notices (a live blog's state, a sponsor's read, a transcript's note, an archive's navigation, an imprint, an opinion
/// disclaimer). Every page here is written for these tests.
/// </summary>
public sealed class PublicationNotesTests
{
    private const string Lede = "The county will rebuild the flood wall along the river path before next winter, the council's engineers said on Tuesday, after a survey found gaps in two places.";
    private const string Second = "Work starts in May and the path will close in sections of a few hundred metres at a time, so that walkers can still reach the mill by the upper lane.";
    // The story's last paragraph names the publication in its reporting, as stories do: it stays the story's.
    private const string Last = "A council member told The Weir Gazette that the policy on the path would be reviewed once the new wall is finished.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("a.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static IEnumerable<string> Paragraphs(ParsedArticle a) => a.Blocks.OfType<RawParagraph>().Select(static p => p.Text);

    private static string Page(string trailer) =>
        $"The Weir Gazette\nNews\nSport\nWeather\n\nFlood wall on the river path to be rebuilt\n\nBy Ada Lowe\n\n{Lede}\n\n{Second}\n\n{Last}\n\n{trailer}\n";

    [Theory]
    [InlineData("Got a view on the works? Write to the desk at newsroom@weirgazette.example.")]
    [InlineData("Liked this story? Get The Weir Gazette in your inbox every morning.")]
    [InlineData("The Weir Gazette is an independent newsroom. Support local journalism.")]
    public void A_note_of_the_publication_under_the_story_is_not_the_storys(string note)
    {
        var a = Read(Page(note));
        Assert.DoesNotContain(note, Paragraphs(a));
        Assert.Contains(Last, Paragraphs(a));
    }

    [Fact]
    public void A_line_naming_the_publication_under_the_furniture_closing_the_story_is_the_pages()
    {
        var a = Read(Page("Related\nBridge inspections due in March\nNew benches for the mill green\n\nMore news from the valley on The Weir Gazette."));
        Assert.DoesNotContain("More news from the valley on The Weir Gazette.", Paragraphs(a));
    }

    [Fact]
    public void The_pages_copyright_line_ends_the_article()
    {
        var a = Read(Page("© 2025 The Weir Gazette. All rights reserved.\n\nAda Lowe\nAda Lowe writes about the river towns for the paper and has lived in the valley since 2012.\nMore by Ada Lowe"));
        Assert.DoesNotContain(a.Blocks.OfType<RawHeading>(), static h => h.Text == "Ada Lowe");
        Assert.DoesNotContain(Paragraphs(a), static p => p.StartsWith("Ada Lowe writes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("This live blog is now closed. You can read our full story here.")]
    [InlineData("We've now ended our live coverage of the flood. Thanks for following.")]
    [InlineData("This episode is sponsored by Brightmill. Use code RIVER10 for 10% off your first order.")]
    [InlineData("Transcript generated automatically and lightly edited. It may contain errors.")]
    [InlineData("Previous message (by thread): [river-path] Gate at the mill is broken")]
    [InlineData("Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]")]
    [InlineData("Story continues below")]
    [InlineData("Font Size")]
    [InlineData("Reference No: 20250411PR00321")]
    [InlineData("Promoted by the River Users Union, Mill House, Weir Lane, Lowbridge.")]
    [InlineData("Ansvarshavende redaktør: Ada Lowe")]
    [InlineData("This newsletter is for members only. Please do not forward it.")]
    [InlineData("The views expressed in this column are the author's own and do not reflect those of the paper.")]
    public void A_known_kind_of_publication_notice_is_furniture(string line)
    {
        Assert.NotNull(ReaderData.Default.Furniture(line, RawArticleParser.WordCount(line)));
    }
}
