using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Words split by a line-break hyphen in hard-wrapped or OCR'd text: mended where the page shows a syllable break, kept
/// hyphenated (with no space) where it shows a compound. Every sentence here is our own.
/// </summary>
public sealed class LineBreakHyphensTests
{
    /// <summary>A column of a scanned newspaper page, hyphenated by its typesetter (more than two breaks before lower-case letters).</summary>
    private static readonly string[] s_column =
    [
        "Fishermen on the north quay say the",
        "herring came back late this sea-",
        "son, and the smokehouse on Pier Road",
        "ran short of fish for the first time",
        "in a decade, said Maren Ost-",
        "hagen, who has run it since 1987.",
        "The well-",
        "known harbour market will stay open",
        "on Sundays, the council con-",
        "firmed, and a Franco-",
        "German buyer has made an offer.",
    ];

    private static LineBreakHyphens Of(params string[] lines) => LineBreakHyphens.Of(lines, ReaderData.Default);

    [Fact]
    public void On_a_typeset_page_a_word_broken_between_syllables_is_mended_and_compounds_keep_their_hyphen_without_a_space()
    {
        var hyphens = Of(s_column);
        Assert.True(hyphens.Typeset);
        var mended = new List<string>();

        var text = hyphens.Join(s_column, 0, s_column.Length, mended);

        Assert.Equal("Fishermen on the north quay say the herring came back late this season, and the smokehouse on Pier Road ran short of fish for the first time "
            + "in a decade, said Maren Osthagen, who has run it since 1987. The well-known harbour market will stay open on Sundays, the council confirmed, "
            + "and a Franco-German buyer has made an offer.", text);
        Assert.Equal(["sea-/son", "Ost-/hagen", "con-/firmed"], mended);
    }

    [Fact]
    public void On_a_page_wrapped_at_spaces_a_single_break_is_a_compound_unless_the_page_prints_the_word_whole()
    {
        string[] mail = ["The ferry company, which is state-", "owned, will sell two of its older boats.", "Its timetable for the win-", "ter is unchanged; the winter fares rise."];
        var hyphens = Of(mail);
        Assert.False(hyphens.Typeset);

        Assert.Equal("The ferry company, which is state-owned, will sell two of its older boats.", hyphens.Join(mail, 0, 2));
        Assert.Equal("Its timetable for the winter is unchanged; the winter fares rise.", hyphens.Join(mail, 2, 2));
    }

    [Fact]
    public void A_compound_the_page_prints_whole_keeps_its_hyphen_even_on_a_typeset_page()
    {
        string[] page = [.. s_column, "Low-lying fields by the river flood", "each spring, and the low-", "lying road to the quay with them."];
        var hyphens = Of(page);

        Assert.Equal("each spring, and the low-lying road to the quay with them.", hyphens.Join(page, page.Length - 2, 2));
    }

    [Fact]
    public void A_soft_hyphen_at_the_end_of_a_line_always_marks_a_syllable_break()
    {
        string[] lines = ["the har\u00AD", "bour"];
        Assert.Equal("the harbour", Of(lines).Join(lines, 0, 2));
    }

    [Fact]
    public void The_reader_mends_a_hard_wrapped_ocr_paragraph_and_names_the_mended_words()
    {
        var text = "Herring return late to the north quay\n\nBy Ola Strand\n\n" + string.Join('\n', s_column) + "\n\nThe smokehouse will reopen on Monday with fish bought from boats further up the coast, she said.\n";
        var article = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

        var lede = Assert.IsType<RawParagraph>(article.Blocks[0]);
        Assert.Contains("late this season, and the smokehouse", lede.Text, StringComparison.Ordinal);
        Assert.Contains("said Maren Osthagen, who has run it", lede.Text, StringComparison.Ordinal);
        // A full stop at the end of a line ends the wrapped paragraph (here, of a column saved without blank lines).
        Assert.Equal("The well-known harbour market will stay open on Sundays, the council confirmed, and a Franco-German buyer has made an offer.",
            Assert.IsType<RawParagraph>(article.Blocks[1]).Text);
        Assert.Contains(article.Notes, static n => n.Message.Contains("sea-/son", StringComparison.Ordinal));
    }
}
