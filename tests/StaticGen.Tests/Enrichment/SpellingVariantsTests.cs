using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class SpellingVariantsTests
{
    [Theory]
    [InlineData("defence", "defense")]
    [InlineData("defense", "defense")]
    [InlineData("centre", "center")]
    [InlineData("privatisation", "privatization")]
    [InlineData("organisations", "organizations")]
    [InlineData("labour", "labour")]
    [InlineData("rise", "rise")]
    [InlineData("isation", "isation")]
    public void Spells_a_word_the_canonical_way(string word, string expected)
    {
        Assert.Equal(expected, SpellingVariants.Canonical(word));
    }

    [Fact]
    public void Folds_every_word_of_a_slug_and_keeps_an_unchanged_one()
    {
        Assert.Equal("ministry-of-defense", SpellingVariants.CanonicalWords("ministry-of-defence", '-'));
        Assert.Equal("world health organization", SpellingVariants.CanonicalWords("world health organisation", ' '));
        const string plain = "bank-of-england";
        Assert.Same(plain, SpellingVariants.CanonicalWords(plain, '-'));
    }

    [Fact]
    public void A_malformed_row_names_the_file_and_line()
    {
        var error = Assert.Throws<FormatException>(() => SpellingVariants.Parse("# comment\ndefence\tdefense\nColour\tcolor\n"));
        Assert.Contains("spelling-variants.tsv line 3", error.Message, StringComparison.Ordinal);
    }
}
