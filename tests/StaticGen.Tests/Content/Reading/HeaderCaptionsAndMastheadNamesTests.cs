using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A picture's caption kept without its image file between the headline and the lede (its credit under it, the credit
/// inside it, or its alt text printed twice), a caption or credit as the only line above the lede, a site's short name
/// over the headline, a credit label in brackets in another language and a reading time with its figure. Every sentence
/// here is our own.
/// </summary>
public sealed class HeaderCaptionsAndMastheadNamesTests
{
    private static ParsedArticle Read(string text, string path = "a.txt") => Assert.IsType<ParsedArticle>(ArticleReader.Read(path, text).Article);

    private const string Lede = "The county council voted on Tuesday to close the old bridge over the river to lorries from March, after engineers found cracks in two of its arches.";

    private const string Second = "Lorries will have to use the bypass, which adds eleven kilometres to the route between the quarry and the port.";

    [Theory]
    [InlineData("Engineers inspect the arches of the old bridge over the river on Monday afternoon. VALLEY/Marta Olsen\nMarta Olsen / Valley Pictures\n\nEngineers inspect the arches of the old bridge over the river on Monday afternoon. VALLEY/Marta Olsen")]
    [InlineData("Engineers inspect the arches of the old bridge over the river, on Monday. [Marta Olsen/The Valley Herald]")]
    [InlineData("Engineers inspect the old bridge over the riverEngineers inspect the old bridge over the river")]
    public void A_pictures_caption_between_the_headline_and_the_lede_is_not_the_standfirst(string caption)
    {
        var a = Read($"Old bridge closed to lorries after cracks found\n\nBy Jonas Weber\nMarch 3, 2026\n\n{caption}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Old bridge closed to lorries after cracks found", a.Title);
        Assert.Null(a.Standfirst);
        Assert.All(a.Lines.Where(l => l.Text.StartsWith("Engineers", StringComparison.Ordinal)), l => Assert.Equal(LineClass.Caption, l.Class));
    }

    [Fact]
    public void A_credit_or_caption_as_the_only_line_above_the_lede_is_not_the_title()
    {
        var a = Read($"Foto: Marta Olsen - olsenfoto.example\n\n{Lede}\n\n{Second}\n", "2026-03-03-bridge-closed.txt");
        Assert.NotEqual("Foto: Marta Olsen - olsenfoto.example", a.Title);
        Assert.DoesNotContain("Marta Olsen", a.Title ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_sites_short_name_over_the_headline_is_the_masthead_but_a_short_headline_over_its_deck_stays()
    {
        var a = Read($"The County Courier\n\nCounty council closes the old river bridge to lorries after engineers find cracks\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("County council closes the old river bridge to lorries after engineers find cracks", a.Title);

        var b = Read($"Bridge Closed To Lorries\n\nThe council acts after engineers find cracks in two of the arches of the old bridge\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Bridge Closed To Lorries", b.Title);
    }

    [Fact]
    public void A_credit_label_of_another_language_in_brackets_is_a_credit_and_a_reading_time_with_its_figure_is_furniture()
    {
        Assert.Equal("(Photo credit: Marta Olsen)", ForeignLabels.Read("(Crédits : Marta Olsen)"));
        Assert.True(RawArticleParser.TryParseCredit(ForeignLabels.Read("(Crédits : Marta Olsen)")!, out var credit));
        Assert.EndsWith("Marta Olsen", credit, StringComparison.Ordinal);
        Assert.Equal("Reading time: 4 minuti", ForeignLabels.Read("Tempo di lettura 4 minuti"));
        Assert.Null(ForeignLabels.Read("Tempo di lettura e di ascolto"));
    }
}
