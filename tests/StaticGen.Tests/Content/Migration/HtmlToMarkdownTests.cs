using StaticGen.Content.Migration;

namespace StaticGen.Tests.Content.Migration;

/// <summary>WordPress HTML to Markdown on AngleSharp: each element it knows, what it leaves out (with the line), text kept as text.</summary>
public sealed class HtmlToMarkdownTests
{
    private static string Convert(string html) => HtmlToMarkdown.Convert(html, []);

    [Theory]
    [InlineData("<p>One <em>calm</em> and <strong>bright</strong> day.</p>", "One *calm* and **bright** day.\n")]
    [InlineData("<h2>Fares</h2><p>Up by <a href=\"/fares/#adult\" title=\"The table\">a tenth</a>.</p>", "## Fares\n\nUp by [a tenth](/fares/#adult \"The table\").\n")]
    [InlineData("<ul><li>Rope</li><li>Bell<ul><li>brass</li></ul></li></ul>", "- Rope\n- Bell\n  - brass\n")]
    [InlineData("<ol start=\"3\"><li>Third</li><li>Fourth</li></ol>", "3. Third\n4. Fourth\n")]
    [InlineData("<blockquote><p>Mind the gap.</p><p>Twice.</p></blockquote>", "> Mind the gap.\n>\n> Twice.\n")]
    [InlineData("<pre><code class=\"language-go\">x := `a`\n</code></pre>", "```go\nx := `a`\n```\n")]
    [InlineData("<p>Line one<br>line two</p>", "Line one\\\nline two\n")]
    [InlineData("<p>Use <code>ls -la</code> and H<sub>2</sub>O.</p>", "Use `ls -la` and H<sub>2</sub>O.\n")]
    [InlineData("<figure><img src=\"/u/deck.jpg\" alt=\"x\"><figcaption>The deck</figcaption></figure>", "![The deck](/u/deck.jpg)\n")]
    [InlineData("<p><img src=\"gull.jpg\" alt=\"A gull\"></p>", "![A gull](gull.jpg)\n")]
    [InlineData("<p>1. Not a list *nor* [a link]</p>", "1\\. Not a list \\*nor\\* \\[a link\\]\n")]
    public void Converts_the_elements_an_article_uses(string html, string markdown)
    {
        Assert.Equal(markdown, Convert(html));
    }

    [Fact]
    public void WordPress_paragraphs_without_tags_become_paragraphs_and_lines_stay_put()
    {
        Assert.Equal("First paragraph.\n\nSecond,\\\nwith a break.\n", Convert("First paragraph.\n\nSecond,\nwith a break."));
    }

    [Fact]
    public void Scripts_styles_and_foreign_iframes_are_dropped_with_their_line_and_players_become_links()
    {
        var notes = new List<ConversionNote>();
        var markdown = HtmlToMarkdown.Convert("<p>Before.</p>\n<script>steal()</script>\n<style>p{}</style>\n<iframe src=\"https://ads.example.net/x\"></iframe>\n<iframe src=\"https://www.youtube.com/embed/abc123\"></iframe>\n<p>After.</p>", notes);
        Assert.Equal("Before.\n\n[Video on YouTube](https://www.youtube.com/watch?v=abc123)\n\nAfter.\n", markdown);
        Assert.DoesNotContain("steal", markdown, StringComparison.Ordinal);
        Assert.Equal([2, 3, 4], notes.Select(static n => n.Line));
        Assert.Contains("ads.example.net", notes[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_looks_like_markup_stays_text()
    {
        var markdown = Convert("<p>&lt;script&gt;alert(1)&lt;/script&gt; and {% raw %}</p>");
        Assert.Equal("\\<script\\>alert(1)\\</script\\> and \\{% raw %\\}\n", markdown);
    }
}
