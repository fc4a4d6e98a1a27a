using AngleSharp.Html.Parser;
using StaticGen.Configuration;
using StaticGen.Rendering;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>Fenced code is highlighted when the site is built: spans with CSS classes, no script in the reader's browser.</summary>
public sealed class CodeHighlightTests
{
    private static readonly HtmlParser s_parser = new();
    private readonly MarkdownRenderer _renderer = new(new MarkdownConfig());

    private AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        s_parser.ParseDocument(_renderer.Render(markdown, static _ => LinkResolution.External).Html);

    [Theory]
    [InlineData("csharp")]
    [InlineData("cs")]
    [InlineData("C#")]
    public void A_known_language_gets_spans_with_classes(string info)
    {
        var page = Render($"```{info}\nvar fare = \"12 kr\"; // the new fare\nreturn fare;\n```\n");
        var code = page.QuerySelector("pre.highlight > code")!;
        Assert.Equal("var fare = \"12 kr\"; // the new fare\nreturn fare;\n", code.TextContent);
        Assert.Equal(["var", "return"], code.QuerySelectorAll("span.hl-keyword").Select(static s => s.TextContent));
        Assert.Equal("\"12 kr\"", code.QuerySelector("span.hl-string")!.TextContent);
        Assert.Equal("// the new fare", code.QuerySelector("span.hl-comment")!.TextContent);
        Assert.Contains("language-", code.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_inside_code_stays_text()
    {
        var page = Render("```html\n<script>alert('ferry')</script>\n<p class=\"x\">a &amp; b</p>\n```\n");
        Assert.Empty(page.QuerySelectorAll("script, p"));
        Assert.Equal("<script>alert('ferry')</script>\n<p class=\"x\">a &amp; b</p>\n", page.QuerySelector("pre.highlight code")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("pre.highlight code span"));
    }

    [Fact]
    public void An_unknown_language_is_plain_escaped_code_with_its_language_class()
    {
        var page = Render("```cobol-2002\nDISPLAY '<b>'.\n```\n");
        var code = page.QuerySelector("pre > code")!;
        Assert.Equal("DISPLAY '<b>'.\n", code.TextContent);
        Assert.Empty(code.QuerySelectorAll("span"));
        Assert.Equal("language-cobol-2002", code.ClassName);
    }

    [Fact]
    public void Indented_code_and_fences_without_a_language_are_not_highlighted()
    {
        var page = Render("    var x = 1;\n\n```\nvar y = 2;\n```\n");
        Assert.Equal(2, page.QuerySelectorAll("pre > code").Length);
        Assert.Empty(page.QuerySelectorAll("pre span"));
    }

    [Fact]
    public void The_theme_colours_the_classes_in_light_and_dark()
    {
        var css = FixtureSite.DefaultTemplate("assets/css/site.css");
        var dark = css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        Assert.True(dark >= 0);
        foreach (var variable in new[] { "--hl-keyword", "--hl-string", "--hl-comment" })
        {
            Assert.True(css.IndexOf(variable + ":", StringComparison.Ordinal) is var light && light >= 0 && light < dark, $"{variable} has no light colour");
            Assert.True(css.IndexOf(variable + ":", dark, StringComparison.Ordinal) > dark, $"{variable} has no dark colour");
        }

        Assert.Contains(".hl-keyword", css, StringComparison.Ordinal);
    }

    [Fact]
    public void A_built_page_with_code_loads_no_script_for_it()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour Tech
            baseUrl: https://example.org/
            -- content/fares.md --
            ---
            title: Computing the new fares
            date: 2026-03-01
            ---
            The office published its code.

            ```python
            def fare(km):
                return 12 + km  # kroner
            ```
            """);
        site.BuildOk();
        var page = site.Html("articles/computing-the-new-fares/index.html");
        Assert.NotEmpty(page.QuerySelectorAll("main pre.highlight span.hl-keyword"));
        Assert.Empty(page.QuerySelectorAll("script[src]"));
    }
}
