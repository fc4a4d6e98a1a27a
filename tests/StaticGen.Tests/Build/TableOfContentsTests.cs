using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>An opt-in table of contents: <c>toc: true</c> on an article, or <c>markdown.toc: true</c> for the site.</summary>
public sealed class TableOfContentsTests
{
    private const string Articles = """
        -- content/guide.md --
        ---
        title: Guide to the ferry
        date: 2026-03-01
        toc: true
        ---
        How to travel.

        ## Tickets

        Buy them at the pier.

        ### Children's fares

        Half price.

        ## Timetable

        Every hour.
        -- content/short.md --
        ---
        title: A short note
        date: 2026-03-02
        ---
        Intro.

        ## Only heading

        Text.

        ## Another heading

        More.
        -- content/no-toc.md --
        ---
        title: No contents wanted
        date: 2026-03-03
        toc: false
        ---
        ## First

        a

        ## Second

        b
        """;

    private static FixtureSite Site(string config) => FixtureSite.Parse($"-- site.config.yml --\ntitle: Harbour\nbaseUrl: https://example.org/\n{config}" + Articles);

    [Fact]
    public void An_article_with_toc_true_lists_its_headings_linked_to_their_ids_in_order()
    {
        using var site = Site("");
        site.BuildOk();
        var page = site.Html("articles/guide-to-the-ferry/index.html");
        var links = page.QuerySelectorAll("nav.toc a");
        Assert.Equal(["Tickets", "Children's fares", "Timetable"], links.Select(static a => a.TextContent));
        foreach (var link in links)
        {
            var id = link.GetAttribute("href")![1..];
            Assert.NotNull(page.GetElementById(id));
        }

        Assert.Single(page.QuerySelectorAll("nav.toc .toc__item--3"));
        Assert.Empty(site.Html("articles/a-short-note/index.html").QuerySelectorAll("nav.toc"));
    }

    [Fact]
    public void The_site_default_turns_it_on_and_an_article_can_say_no()
    {
        using var site = Site("markdown:\n  toc: true\n");
        site.BuildOk();
        Assert.Equal(2, site.Html("articles/a-short-note/index.html").QuerySelectorAll("nav.toc a").Length);
        Assert.Empty(site.Html("articles/no-contents-wanted/index.html").QuerySelectorAll("nav.toc"));
    }
}
