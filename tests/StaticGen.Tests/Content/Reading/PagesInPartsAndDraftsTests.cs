using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A page printed in parts (teletext pages, with their running heads and the row of page numbers under each part) and a
/// draft pasted from a word processor (comment anchors in the text, the comment thread and "end of body" markers after
/// it): only the story is text. Every sentence here is our own.
/// </summary>
public sealed class PagesInPartsAndDraftsTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    private static List<string> Paragraphs(ParsedArticle a) => [.. a.Blocks.OfType<RawParagraph>().Select(static p => p.Text)];

    [Fact]
    public void The_running_heads_and_page_rows_of_a_page_printed_in_parts_are_no_text()
    {
        const string page = """
            P140 ISLANDTEXT 140 Mon 12 May 08:02:11
            ISLANDTEXT   NEWS   140
             FERRIES                    1/2
            Ferry fares frozen for the winter

            The island ferry company will keep its fares at this year's level until March, its chief executive said.

            The board agreed the freeze on Tuesday after a fall in passenger numbers over the autumn.

                  Continues on page 141 >>
             News index 100   Weather 400   Sport 300
            P141 ISLANDTEXT 141 Mon 12 May 08:02:40
            ISLANDTEXT   NEWS   141
             FERRIES                    2/2

            Hauliers said the freeze was welcome but did not go far enough for lorries.

                  << Back to page 140
             Travel 700   Markets 200   TV 600
            """;
        var a = Read(page);
        Assert.Equal("Ferry fares frozen for the winter", a.Title);
        Assert.Empty(a.Blocks.OfType<RawHeading>());
        Assert.Equal(
        [
            "The island ferry company will keep its fares at this year's level until March, its chief executive said.",
            "The board agreed the freeze on Tuesday after a fall in passenger numbers over the autumn.",
            "Hauliers said the freeze was welcome but did not go far enough for lorries.",
        ], Paragraphs(a));

        // Numbered headings of one story ("Day 1", "Day 2"), each standing on its own paragraph, are no running heads.
        var diary = Read("Three days on the coast path\n\nWe set out from the harbour at dawn with two maps and not enough water for the day.\n\nDay 1\n\nThe first stretch climbed past the lighthouse and down into a bay full of seals.\n\nDay 2\n\nRain came in from the west before noon and stayed with us until the campsite at dusk.\n");
        Assert.Equal(["Day 1", "Day 2"], diary.Blocks.OfType<RawHeading>().Select(static h => h.Text));
    }

    [Fact]
    public void A_pasted_draft_loses_its_comment_anchors_its_comment_thread_and_its_markers()
    {
        const string draft = """
            Mill pond feature v2

            —-- body starts —--
            The mill pond behind the old tannery has been cleared of silt for the first time in forty years, the parish council said on Monday.[a]

            Volunteers lifted about two hundred tonnes of mud over six weekends, and the council paid for a digger and a driver for the last two.[b]

            A survey in the spring will count the newts that were moved to a holding tank while the work went on.
            —-- end of body —--

            [a]Ruth Okoro: forty years, or since 1986?
            [b]Tom Pell: checked with the clerk, six weekends is right
            """;
        var a = Read(draft);
        var text = string.Join("\n", Paragraphs(a));
        Assert.Equal(3, Paragraphs(a).Count);
        Assert.DoesNotContain("[a]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[b]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ruth Okoro", text, StringComparison.Ordinal);
        Assert.DoesNotContain("body", text, StringComparison.Ordinal);
        Assert.EndsWith("the parish council said on Monday.", Paragraphs(a)[0], StringComparison.Ordinal);

        // With no comment line in the file, a letter in brackets is the text's own ("section 4[a] of the act").
        var law = Read("Pond law explained\n\nThe council relied on section 4[a] of the drainage act, which lets it clear any pond that floods a road twice in one winter.\n\nThe work was finished in March.\n");
        Assert.Contains("section 4[a] of the drainage act", Paragraphs(law)[0], StringComparison.Ordinal);
    }
}
