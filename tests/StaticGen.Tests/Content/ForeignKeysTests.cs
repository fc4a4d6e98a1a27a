using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>Front-matter keys of other generators that StaticGen does not read: the warning points at StaticGen's equivalent, or says there is none.</summary>
public sealed class ForeignKeysTests
{
    private static IReadOnlyList<Diagnostic> Warnings(string frontMatter) =>
        MarkdownArticleParser.Parse("content/post.md", $"---\ntitle: T\n{frontMatter}---\nx\n").Diagnostics;

    [Theory]
    [InlineData("publishDate: 2020-01-01\n", "'date'")]
    [InlineData("featured_image: deck.jpg\n", "'images'")]
    [InlineData("subtitle: A dek\n", "'standfirst'")]
    [InlineData("keywords: [ferry]\n", "'tags'")]
    [InlineData("published: false\n", "'draft: true'")]
    [InlineData("layout: post\n", "layouts/")]
    public void A_key_from_another_generator_names_the_staticgen_equivalent(string line, string expected)
    {
        var warning = Assert.Single(Warnings(line));
        Assert.Equal(3, warning.Line);
        Assert.Contains(expected, warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Known keys", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_still_gets_the_nearest_known_key()
    {
        Assert.Contains("Did you mean 'tags'?", Assert.Single(Warnings("tagz: [a]\n")).Message, StringComparison.Ordinal);
    }
}
