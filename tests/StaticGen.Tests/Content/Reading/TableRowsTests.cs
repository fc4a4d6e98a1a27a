using AngleSharp.Html.Parser;
using StaticGen.Content;
using StaticGen.Content.Reading;
using StaticGen.Enrichment;
using StaticGen.Rendering;

namespace StaticGen.Tests.Content.Reading;

public sealed class TableRowsTests
{
    private const string Lede = "The river ferry ran its last crossing of the season on Sunday, and the harbour office listed the busiest years of the old route below.";
    private const string After = "The office said the new bridge upstream would take most of the traffic from next spring, when the ferry company will sell its two boats.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("ferry.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    [Fact]
    public void Tab_separated_lines_become_one_table_block_with_each_cell_apart()
    {
        var a = Read($"Last ferry of the season\n\n{Lede}\n\nYear\tBoat\tSkipper\n1998\tMarta\tIda Sorel\n2004\tGrey Heron\tTomas Brandt\n\n{After}\n");
        var table = Assert.Single(a.Blocks.OfType<RawTable>());
        Assert.Equal(["Year", "Boat", "Skipper"], table.Rows[0]);
        Assert.Equal(["2004", "Grey Heron", "Tomas Brandt"], table.Rows[2]);
        Assert.DoesNotContain(a.Blocks.OfType<RawParagraph>(), p => p.Text.Contains("Skipper", StringComparison.Ordinal));
        Assert.Contains(a.Blocks.OfType<RawParagraph>(), p => p.Text == After);
        Assert.All(a.Lines.Where(l => l.Text.Contains('\t', StringComparison.Ordinal)), l => Assert.Equal(LineClass.Table, l.Class));
    }

    [Fact]
    public void Columns_aligned_by_runs_of_spaces_are_a_table_when_every_row_has_the_same_cells()
    {
        var rows = TableRows.Find([
            "Year        Boat            Skipper",
            "1998        Marta           Ida Sorel",
            "2004        Grey Heron      Tomas Brandt",
            "",
            "A sentence with   three spaces once.",
        ]);
        Assert.Equal("1998\tMarta\tIda Sorel", rows[1]);
        Assert.Null(rows[4]);
    }

    [Theory]
    [InlineData("One line\twith a tab\n")]
    [InlineData("A sentence with   odd spacing in it.\nAnother sentence with   odd spacing and   more cells.\n")]
    public void A_single_tabbed_line_or_rows_of_different_widths_are_not_a_table(string text)
    {
        Assert.All(TableRows.Find(text.Split('\n')), Assert.Null);
    }

    [Fact]
    public void A_table_is_written_as_a_pipe_table_and_a_pipe_in_a_cell_stays_in_its_cell()
    {
        var markdown = MarkdownComposer.Compose([new RawTable(1, [["Route", "Note"], ["North | South", "closed"], ["East"]])]);
        Assert.Contains("| Route | Note |\n| --- | --- |\n", markdown, StringComparison.Ordinal);
        var html = new MarkdownRenderer(new StaticGen.Configuration.MarkdownConfig()).Render(markdown, static _ => LinkResolution.External).Html;
        var document = new HtmlParser().ParseDocument(html);
        var cells = document.QuerySelectorAll("tbody td").Select(c => c.TextContent).ToArray();
        Assert.Equal(["North | South", "closed", "East", ""], cells);
        Assert.Equal(["Route", "Note"], document.QuerySelectorAll("thead th").Select(c => c.TextContent));
    }

    [Fact]
    public void Detection_reads_each_cell_on_its_own_never_a_row_run_together()
    {
        var segments = ArticleText.Segments("Ferry", null, null, [new RawTable(3, [["Port", "Skipper"], ["Oslo", "Ida Sorel"]])]);
        Assert.Contains(segments, s => s is { Text: "Oslo", Role: TextRole.Body });
        Assert.Contains(segments, s => s is { Text: "Ida Sorel", Role: TextRole.Body });
        Assert.DoesNotContain(segments, s => s.Text.Contains("Oslo Ida", StringComparison.Ordinal));

        // The same from Markdown: a pipe table's cells are paragraphs of their own.
        var blocks = ArticleText.MarkdownBlocks("| Port | Skipper |\n| --- | --- |\n| Oslo | Ida Sorel |\n").Select(b => b.Text).ToArray();
        Assert.Equal(["Port", "Skipper", "Oslo", "Ida Sorel"], blocks);
    }
}
