using StaticGen.Enrichment;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Enrichment;

/// <summary>Summaries as Hugo and Jekyll authors mark them: the summary divider and the front-matter names for a summary.</summary>
public sealed class SummaryTests
{
    [Fact]
    public void The_text_before_the_more_divider_is_the_summary_without_markdown()
    {
        const string body = """
            The council [approved the plan][vote] on *Monday*, after a
            [long debate](https://example.org/debate).

            Two ferries will be added.

            <!--more-->

            The rest of the story.

            [vote]: https://example.org/vote
            """;
        Assert.Equal("The council approved the plan on Monday, after a long debate. Two ferries will be added.", ArticleText.TextBeforeMore(body));
    }

    [Fact]
    public void A_divider_inside_a_paragraph_cuts_the_paragraph()
    {
        Assert.Equal("Short intro.", ArticleText.TextBeforeMore("Short intro. <!-- more --> And then the rest."));
    }

    [Fact]
    public void A_body_without_a_divider_has_no_text_before_it()
    {
        Assert.Null(ArticleText.TextBeforeMore("One paragraph.\n\nAnother <!-- a note -->."));
    }

    [Fact]
    public void Description_excerpt_and_the_divider_each_give_a_summary_and_summary_wins()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour News
            baseUrl: https://example.org/
            -- content/a.md --
            ---
            title: Described
            slug: described
            date: 2026-03-01
            description: The ferry runs again.
            ---
            Body of a.
            -- content/b.md --
            ---
            title: Excerpted
            slug: excerpted
            date: 2026-03-02
            excerpt: Tolls go up in May.
            summary: Tolls rise.
            ---
            Body of b.
            -- content/c.md --
            ---
            title: Divided
            slug: divided
            date: 2026-03-03
            ---
            The harbour reopens, says [the office][office].

            <!--more-->

            Details follow.

            [office]: https://example.org/office
            """);
        var report = site.BuildOk();
        Assert.DoesNotContain(report.Diagnostics, static d => d.Message.Contains("description", StringComparison.Ordinal) || d.Message.Contains("excerpt", StringComparison.Ordinal));

        string Description(string slug) => site.Html($"articles/{slug}/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.Equal("The ferry runs again.", Description("described"));
        Assert.Equal("Tolls rise.", Description("excerpted"));
        Assert.Equal("The harbour reopens, says the office.", Description("divided"));
        Assert.DoesNotContain("more", site.Html("articles/divided/index.html").QuerySelector("article")!.InnerHtml, StringComparison.Ordinal);
    }
}
