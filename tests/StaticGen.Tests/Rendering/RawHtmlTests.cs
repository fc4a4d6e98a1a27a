using AngleSharp.Html.Parser;
using StaticGen.Configuration;
using StaticGen.Rendering;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>Raw HTML in Markdown as writers use it: the allow-listed tags render, the rest is text, with warnings.</summary>
public sealed class RawHtmlTests
{
    private static readonly HtmlParser s_parser = new();
    private readonly MarkdownRenderer _renderer = new(new MarkdownConfig());

    private static LinkResolution Resolve(string link) => link switch
    {
        "chart.png" => LinkResolution.To("/repo/images/chart.png"),
        "gone.png" => LinkResolution.Missing,
        _ when link.StartsWith('/') => LinkResolution.To("/repo" + link),
        _ => LinkResolution.External,
    };

    private (AngleSharp.Dom.IElement Body, RenderedMarkdown Rendered) Render(string markdown)
    {
        var rendered = _renderer.Render(markdown, Resolve);
        return (s_parser.ParseDocument(rendered.Html).Body!, rendered);
    }

    [Fact]
    public void Inline_tags_of_the_allow_list_render_as_html_with_their_attributes()
    {
        var (body, rendered) = Render("""
            The <abbr title="Harbour Authority">HA</abbr> met on <time datetime="2026-03-02">Monday</time>.<br>
            Water is H<sub>2</sub>O, the 1<sup>st</sup> rule; press <kbd>Ctrl</kbd>, <mark>note</mark> <s>old</s> <del>gone</del> <ins>new</ins>.
            """);
        Assert.Equal("Harbour Authority", body.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Equal("2026-03-02", body.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(body.QuerySelector("p br"));
        foreach (var tag in new[] { "sub", "sup", "kbd", "mark", "s", "del", "ins" }) Assert.NotNull(body.QuerySelector(tag));
        Assert.DoesNotContain("<", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(rendered.HtmlProblems);
    }

    [Fact]
    public void A_details_block_keeps_the_markdown_inside_it()
    {
        var (body, _) = Render("""
            <details>
            <summary>The full timetable</summary>

            Boats leave at *six* and at nine.

            </details>
            """);
        var details = body.QuerySelector("details")!;
        Assert.Equal("The full timetable", details.QuerySelector("summary")!.TextContent);
        Assert.Equal("six", details.QuerySelector("p em")!.TextContent);
    }

    [Fact]
    public void A_figure_block_with_a_site_image_resolves_its_source()
    {
        var (body, _) = Render("""
            <figure class="wide">
              <img src="chart.png" alt="Sailings per week" width="640" height="320">
              <figcaption>Sailings per week, <cite>harbour office</cite></figcaption>
            </figure>
            """);
        Assert.Equal("/repo/images/chart.png", body.QuerySelector("figure.wide img")!.GetAttribute("src"));
        Assert.Equal("harbour office", body.QuerySelector("figcaption cite")!.TextContent);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("Text <style>p{}</style> more", "<style>p{}</style>")]
    [InlineData("<object data=\"x.swf\"></object>", "<object data=\"x.swf\"></object>")]
    public void Tags_off_the_list_are_shown_as_text_with_a_warning(string markdown, string shown)
    {
        var (body, rendered) = Render(markdown);
        Assert.Empty(body.QuerySelectorAll("script, iframe, style, object"));
        Assert.Contains(shown, body.TextContent, StringComparison.Ordinal);
        Assert.Contains(rendered.HtmlProblems, static p => p.Message.Contains("not allowed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt&colon;alert(1)\">x</a>")]
    [InlineData("<a href=\" data:text/html,<b>x</b>\">x</a>")]
    public void Unsafe_urls_are_left_out(string markdown)
    {
        var (body, rendered) = Render(markdown);
        var a = body.QuerySelector("a")!;
        Assert.False(a.HasAttribute("href"));
        Assert.Single(rendered.HtmlProblems);
    }

    [Fact]
    public void Event_handlers_and_styles_are_left_out_with_a_warning_naming_them()
    {
        var (body, rendered) = Render("<span class=\"note\" onmouseover=\"steal()\" style=\"position:fixed\">Hi</span> <img src=\"chart.png\" onerror=\"x()\" alt=\"c\">");
        var span = body.QuerySelector("span")!;
        Assert.Equal("note", span.GetAttribute("class"));
        Assert.Empty(body.QuerySelectorAll("[onmouseover], [onerror], [style]"));
        Assert.Equal(3, rendered.HtmlProblems.Count);
        Assert.Contains(rendered.HtmlProblems, static p => p.Message.Contains("'onmouseover'", StringComparison.Ordinal));
    }

    [Fact]
    public void Comments_and_the_more_marker_are_dropped()
    {
        var (body, rendered) = Render("First part.\n\n<!--more-->\n\nSecond <!-- an editor's note --> part.");
        Assert.DoesNotContain("more", body.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("editor", body.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(rendered.HtmlProblems);
    }

    [Fact]
    public void Site_paths_in_raw_links_get_the_base_path_and_missing_files_are_reported()
    {
        var (body, rendered) = Render("<a href=\"/search/?q=ferry\">search</a> and <img src=\"gone.png\" alt=\"gone\">");
        Assert.Equal("/repo/search/?q=ferry", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Single(rendered.Unresolved, static u => u.Url == "gone.png");
    }

    [Fact]
    public void Unbalanced_tags_close_where_they_opened_and_stray_closing_tags_are_left_out()
    {
        var rendered = _renderer.Render("A [link with <b>bold](https://example.org/) text</b> and </span> end.\n\nNext <div>block</div> paragraph.", Resolve);
        var html = rendered.Html;
        Assert.Contains("<b>bold</b></a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</span>", html, StringComparison.Ordinal);
        var body = s_parser.ParseDocument(html).Body!;
        Assert.Empty(body.QuerySelectorAll("div")); // a block tag inside a paragraph is text
        Assert.Contains("<div>block</div>", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_html_keeps_everything_as_written()
    {
        var rendered = new MarkdownRenderer(new MarkdownConfig { UnsafeHtml = true }).Render("<span onclick=\"x()\">a</span>\n\n<script>go()</script>", Resolve);
        var body = s_parser.ParseDocument(rendered.Html).Body!;
        Assert.NotNull(body.QuerySelector("span[onclick]"));
        Assert.NotNull(body.QuerySelector("script"));
        Assert.Empty(rendered.HtmlProblems);
    }

    [Fact]
    public void A_site_build_warns_at_the_file_and_line_of_the_tag()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour News
            baseUrl: https://example.org/
            -- content/notice.md --
            ---
            title: Notice
            date: 2026-03-02
            ---
            A line.

            A <marquee>moving</marquee> line.
            """);
        var report = site.BuildOk();
        var warning = Assert.Single(report.Diagnostics, static d => d.Message.Contains("<marquee>", StringComparison.Ordinal));
        Assert.EndsWith("content/notice.md", warning.Path, StringComparison.Ordinal);
        Assert.Equal(7, warning.Line);
    }
}
