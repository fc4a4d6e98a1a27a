using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// Jekyll's Liquid tags and Hugo's shortcodes in a Markdown body: turned into Markdown where Markdown has
/// the same thing, otherwise left out with a warning at their line; never printed as they are.
/// </summary>
public sealed class TemplateTagsTests
{
    private static (string Body, List<TemplateTagNote> Notes) Convert(string body)
    {
        var notes = new List<TemplateTagNote>();
        return (TemplateTags.Convert(body, notes), notes);
    }

    [Fact]
    public void A_liquid_highlight_block_becomes_fenced_code_on_the_same_lines()
    {
        var (body, notes) = Convert("Before.\n\n{% highlight ruby linenos %}\nputs \"ferry\"\n{% endhighlight %}\n\nAfter.\n");
        Assert.Equal("Before.\n\n```ruby\nputs \"ferry\"\n```\n\nAfter.\n", body);
        Assert.Empty(notes);
    }

    [Fact]
    public void A_hugo_highlight_shortcode_becomes_fenced_code()
    {
        var (body, _) = Convert("{{< highlight go \"linenos=table\" >}}\nfmt.Println(\"pier\")\n{{< / highlight >}}\n");
        Assert.Equal("```go\nfmt.Println(\"pier\")\n```\n", body);
    }

    [Fact]
    public void Post_url_and_link_tags_become_links_to_the_post_file()
    {
        var (body, notes) = Convert("See [the plan]({{ site.baseurl }}{% post_url 2016-05-20-ferry-plan %}) and [notes]({% link _posts/2016-06-01-notes.markdown %}).\n");
        Assert.Equal("See [the plan](2016-05-20-ferry-plan.md) and [notes](2016-06-01-notes.markdown).\n", body);
        Assert.Empty(notes);
    }

    [Theory]
    [InlineData("[t]({{< ref \"posts/ferry-plan.md\" >}})", "[t](ferry-plan.md)")]
    [InlineData("[t]({{< relref \"/posts/ferry-plan.md#fares\" >}})", "[t](ferry-plan.md#fares)")]
    [InlineData("[t]({{% ref \"ferry-plan\" %}})", "[t](ferry-plan.md)")]
    [InlineData("[t]({{< ref path=\"ferry-plan.md\" >}})", "[t](ferry-plan.md)")]
    public void Ref_and_relref_become_links_to_the_page_file(string written, string expected) =>
        Assert.Equal(expected, Convert(written).Body);

    [Fact]
    public void A_figure_shortcode_becomes_an_image_with_its_caption_and_credit()
    {
        var (body, _) = Convert("{{< figure src=\"/images/deck.jpg\" caption=\"The upper deck\" attr=\"Erik Lund\" >}}\n");
        Assert.Equal("![The upper deck](/images/deck.jpg \"Erik Lund\")\n", body);
        Assert.Equal("![Quay](quay.jpg)", Convert("{{< figure src=\"quay.jpg\" alt=\"Quay\" >}}").Body);
    }

    [Fact]
    public void A_youtube_shortcode_becomes_a_link_to_the_video()
    {
        Assert.Equal("[Video on YouTube](https://www.youtube.com/watch?v=abc123XYZ)", Convert("{{< youtube abc123XYZ >}}").Body);
    }

    [Fact]
    public void Raw_keeps_its_content_as_written_and_comments_go()
    {
        var (body, notes) = Convert("{% raw %}\n{{ page.title }} and {% if x %}\n{% endraw %}\n{% comment %}\nnot for readers\n{% endcomment %}\nEnd.\n");
        Assert.Equal("\n{{ page.title }} and {% if x %}\n\n\n\n\nEnd.\n", body);
        Assert.Empty(notes);
    }

    [Fact]
    public void A_tag_without_an_equivalent_is_left_out_with_a_warning_at_its_line()
    {
        var (body, notes) = Convert("Intro.\n\n{% include signup.html %}\n\n{{< tweet user=\"x\" id=\"1\" >}}\n\n{{< note >}}\nKeep this text.\n{{< /note >}}\n");
        Assert.DoesNotContain("{%", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{<", body, StringComparison.Ordinal);
        Assert.Contains("Keep this text.", body, StringComparison.Ordinal);
        Assert.Equal(body.Split('\n').Length, "Intro.\n\n{% include signup.html %}\n\n{{< tweet user=\"x\" id=\"1\" >}}\n\n{{< note >}}\nKeep this text.\n{{< /note >}}\n".Split('\n').Length);
        Assert.Contains(notes, static n => n.Line == 2 && n.Message.Contains("include", StringComparison.Ordinal));
        Assert.Contains(notes, static n => n.Line == 4 && n.Message.Contains("tweet", StringComparison.Ordinal));
        Assert.Contains(notes, static n => n.Line == 6 && n.Message.Contains("note", StringComparison.Ordinal));
    }

    [Fact]
    public void Tags_inside_code_are_code()
    {
        const string text = "Write `{% post_url name %}` in Jekyll.\n\n```liquid\n{% highlight ruby %}\n{{< ref \"x\" >}}\n```\n";
        var (body, notes) = Convert(text);
        Assert.Equal(text, body);
        Assert.Empty(notes);
    }

    [Fact]
    public void Text_without_tags_is_unchanged()
    {
        const string text = "Prices {rose} by 5% and {{ braces }} stay.\n";
        Assert.Same(text, TemplateTags.Convert(text, []));
    }

    [Fact]
    public void The_parser_converts_the_body_and_warns_at_the_file_line()
    {
        var result = MarkdownArticleParser.Parse("content/post.md", "---\ntitle: T\n---\nIntro.\n\n{% include ad.html %}\n");
        Assert.DoesNotContain("{%", result.Article!.Markdown!, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, static d => d.Line == 6 && d.Message.Contains("include", StringComparison.Ordinal));
    }
}
