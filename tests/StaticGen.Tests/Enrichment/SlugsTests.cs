using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Record rains on São Paulo coast", "record-rains-on-sao-paulo-coast")]
    [InlineData("Modrić, Mbappé and Ørsted", "modric-mbappe-and-orsted")]
    [InlineData("Putin’s war", "putins-war")]
    [InlineData("£20m fine & more", "20m-fine-and-more")]
    public void Slugs_are_ascii_where_letters_have_an_ascii_base(string title, string slug)
    {
        Assert.Equal(slug, Slugs.Slugify(title));
    }

    [Fact]
    public void Folding_does_not_need_unicode_normalisation()
    {
        Assert.Equal("Sao Sebastiao Constanta Nadlac", LatinFolding.Fold("São Sebastião Constanța Nădlac"));
    }
}
