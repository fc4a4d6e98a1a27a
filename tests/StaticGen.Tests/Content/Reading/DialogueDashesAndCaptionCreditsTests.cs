using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Page structure a held-out round found the reader getting wrong: a quote set as dialogue after a dash (a paragraph, not a
/// list of one), and a picture's credit at the end of its caption in other languages and shapes. Every page here is written
/// for these tests.
/// </summary>
public sealed class DialogueDashesAndCaptionCreditsTests
{
    private const string Lede = "The ferry to the island will not sail until late autumn, the operator said on Tuesday, after the new battery room failed its first sea trial off the yard.";
    private const string Second = "The old diesel ship stays on the route until then, and the timetable will not change for the summer season, the company added in a statement.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("a.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    [Theory]
    [InlineData("- It is a pity, but we would rather have a ship that works from the first day than one we must take out of service, says the director.")]
    [InlineData("– We are not giving up on the island route, and the crews know it, the harbour master says.")]
    public void A_dash_before_a_lone_paragraph_of_speech_is_the_paragraphs_not_a_list(string quote)
    {
        // Items that run together under their introduction stay a list.
        var a = Read($"Island ferry delayed until autumn\n\n{Lede}\n\n{quote}\n\nWhat changes for passengers:\n- the morning sailing moves to half past seven,\n- bicycles travel free until the new ship sails.\n\n{Second}\n");
        Assert.Equal(2, Assert.Single(a.Blocks.OfType<RawList>()).Items.Count);
        Assert.Contains(quote, a.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
    }

    [Theory]
    [InlineData("Crews load the ferry at the old quay on Monday (3) — Foto: Ana Lima/Harbour News", "Crews load the ferry at the old quay on Monday (3)", "Ana Lima/Harbour News")]
    [InlineData("The upper station of the cable car on the market square (foto Marco Rossi)", "The upper station of the cable car on the market square", "Marco Rossi")]
    [InlineData("Passengers queue at the ferry terminal on Monday evening. Jo Park | The Island Times", "Passengers queue at the ferry terminal on Monday evening.", "Jo Park | The Island Times")]
    public void A_credit_at_the_end_of_a_caption_under_a_picture_is_split_from_it(string line, string caption, string credit)
    {
        var a = Read($"Island ferry delayed until autumn\n\n{Lede}\n\nferry-quay.jpg\n{line}\n\n{Second}\n");
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal(caption, image.Caption);
        Assert.Equal(credit, image.Credit);
    }

    [Fact]
    public void A_credit_line_labelled_in_dutch_under_a_caption_is_the_credit()
    {
        var a = Read($"Island ferry delayed until autumn\n\n{Lede}\n\nferry-quay.jpg\nCrews load the ferry at the old quay.\nBeeld: Harbour News / Jo Park\n\n{Second}\n");
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal("Crews load the ferry at the old quay.", image.Caption);
        Assert.Equal("Harbour News / Jo Park", image.Credit);
    }
}
