using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

public sealed class PileTableTests
{
    private static readonly string[] s_pile =
    [
        "First story\n\nShare this:\nA paragraph about boats.\n",
        "Second story\n\nShare   this:\nA paragraph about trains.\n",
        "Third story\n\nshare this:\nA paragraph about planes.\nA paragraph about planes.\n",
    ];

    [Fact]
    public void Counts_the_other_files_that_hold_a_line_with_case_and_spaces_folded()
    {
        var pile = PileTable.Build(s_pile);
        Assert.Equal(3, pile.FileCount);
        Assert.Equal(2, pile.OtherFiles("Share this:"));
    }

    [Fact]
    public void A_line_repeated_inside_one_file_is_not_repeated_across_the_pile()
    {
        var pile = PileTable.Build(s_pile);
        Assert.Equal(0, pile.OtherFiles("A paragraph about planes."));
        Assert.Equal(0, pile.OtherFiles("A line no file has"));
    }

    [Fact]
    public void The_table_is_the_same_whatever_the_order_of_the_files()
    {
        var forward = PileTable.Build(s_pile).Repeated();
        var backward = PileTable.Build(s_pile.Reverse()).Repeated();
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void Long_lines_are_not_counted()
    {
        var paragraph = new string('a', PileTable.MaxLineLength + 1);
        var pile = PileTable.Build([paragraph, paragraph]);
        Assert.Equal(0, pile.OtherFiles(paragraph));
    }
}
