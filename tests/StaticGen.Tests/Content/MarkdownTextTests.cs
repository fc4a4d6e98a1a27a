using System.Text;
using FsCheck.Xunit;
using Markdig;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Content;

public sealed class MarkdownTextTests
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseFootnotes().UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough).UseTaskLists().DisableHtml().Build();

    [Theory]
    [InlineData("<script src=\"https://example.invalid/x.js\"></script>")]
    [InlineData("#hashtag at the start")]
    [InlineData("- not a list")]
    [InlineData("+ not a list either")]
    [InlineData("1. not an ordered list")]
    [InlineData("23) still not")]
    [InlineData("> not a quote")]
    [InlineData("*emphasis* and _underscores_ and card_number")]
    [InlineData("`code` and ``double``")]
    [InlineData("[a link](https://example.org) and ![an image](x.png)")]
    [InlineData("&amp; &copy; &#169; and a plain & sign")]
    [InlineData("~~struck~~ text")]
    [InlineData("back\\slash at the end\\")]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("    indented code")]
    [InlineData("| a | b |")]
    [InlineData("[^1] footnote and [x]: /reference")]
    [InlineData("<https://autolink.example>")]
    [InlineData("= setext?")]
    public void Escaped_text_renders_back_to_exactly_the_text(string text)
    {
        var html = Markdown.ToHtml(MarkdownText.Escape(text), s_pipeline);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var paragraph = Assert.Single(document.Body!.Children);
        Assert.Equal("P", paragraph.TagName);
        Assert.Empty(paragraph.Children);
        Assert.Equal(text.Trim(), paragraph.TextContent);
    }

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 500)]
    public void Escaping_copies_plain_runs_whole_and_backslashes_exactly_the_characters_that_need_it(string text)
    {
        // The definition, character by character.
        var line = MarkdownText.CollapseWhitespace(text);
        var expected = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (MarkdownText.NeedsEscape(line, i)) expected.Append('\\');
            expected.Append(line[i]);
        }

        Assert.Equal(expected.ToString(), MarkdownText.Escape(text));
    }

    [Fact]
    public void Whitespace_runs_collapse_to_one_space() =>
        Assert.Equal("a b c", MarkdownText.Escape("  a \t b\n c  "));

    [Fact]
    public void Figures_are_an_image_alone_in_a_paragraph_with_caption_and_credit()
    {
        var markdown = MarkdownComposer.Figure(new ArticleImage("my photo (1).jpg", "A *bold* caption", "Photo \"Desk\""));
        Assert.Equal("![A \\*bold\\* caption](my%20photo%20%281%29.jpg \"Photo \\\"Desk\\\"\")", markdown);
    }
}
