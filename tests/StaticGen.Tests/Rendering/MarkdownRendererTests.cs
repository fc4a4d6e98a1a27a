using AngleSharp.Html.Parser;
using StaticGen.Configuration;
using StaticGen.Rendering;

namespace StaticGen.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static readonly HtmlParser s_parser = new();
    private readonly MarkdownRenderer _safe = new(new MarkdownConfig());

    private static LinkResolution Resolve(string link) => link switch
    {
        "photo.jpg" => LinkResolution.To("/repo/images/photo.jpg"),
        "missing.jpg" => LinkResolution.Missing,
        _ => LinkResolution.External,
    };

    [Fact]
    public void Image_alone_in_a_paragraph_is_a_figure_with_caption_and_credit()
    {
        var html = _safe.Render("![Harbour at *dawn*](photo.jpg \"Erik Lund\")", Resolve).Html;
        var figure = s_parser.ParseDocument(html).QuerySelector("figure")!;

        var img = figure.QuerySelector("img")!;
        Assert.Equal("/repo/images/photo.jpg", img.GetAttribute("src"));
        Assert.Equal("Harbour at dawn", img.GetAttribute("alt"));
        Assert.Equal("Harbour at dawn", figure.QuerySelector(".figure__caption")!.TextContent);
        Assert.Equal("dawn", figure.QuerySelector(".figure__caption em")!.TextContent);
        Assert.Equal("Erik Lund", figure.QuerySelector(".figure__credit")!.TextContent);
    }

    [Fact]
    public void A_missing_image_keeps_its_caption_without_an_img()
    {
        var html = _safe.Render("![Only the caption](missing.jpg)", Resolve).Html;
        var figure = s_parser.ParseDocument(html).QuerySelector("figure")!;
        Assert.Null(figure.QuerySelector("img"));
        Assert.Equal("Only the caption", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Inline_images_stay_inline()
    {
        var html = _safe.Render("Text with ![icon](photo.jpg) inside.", Resolve).Html;
        var document = s_parser.ParseDocument(html);
        Assert.Null(document.QuerySelector("figure"));
        Assert.NotNull(document.QuerySelector("p img"));
    }

    [Fact]
    public void Raw_html_is_escaped_unless_the_config_allows_it()
    {
        const string markdown = "<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>";
        var safe = s_parser.ParseDocument(_safe.Render(markdown, Resolve).Html);
        Assert.Empty(safe.QuerySelectorAll("script, [onclick]"));
        Assert.Contains("<script>alert(1)</script>", safe.Body!.TextContent);
        Assert.Equal("bold", safe.QuerySelector("b")!.TextContent); // on the allow-list, without its handler

        var allowed = s_parser.ParseDocument(new MarkdownRenderer(new MarkdownConfig { UnsafeHtml = true }).Render(markdown, Resolve).Html);
        Assert.NotNull(allowed.QuerySelector("b"));
    }

    [Fact]
    public void A_missing_inline_image_or_link_is_its_text()
    {
        var html = _safe.Render("See ![the map](missing.jpg \"Credit\") and [the notes](missing.jpg) here.", Resolve).Html;
        var body = s_parser.ParseDocument(html).Body!;
        Assert.Empty(body.QuerySelectorAll("img, a"));
        Assert.Equal("See the map and the notes here.", body.TextContent.Trim());
    }

    [Theory]
    [InlineData("*", "*")]
    [InlineData(">", "")]
    [InlineData("[", "]")]
    public void A_body_nested_beyond_markdigs_limit_is_rendered_as_escaped_text(string open, string close)
    {
        var markdown = new string(open[0], 100_000) + "x<b>bold</b>x" + (close.Length == 0 ? "" : new string(close[0], 100_000));
        var rendered = _safe.Render(markdown, Resolve);

        Assert.True(rendered.AsPlainText);
        var body = s_parser.ParseDocument(rendered.Html).Body!;
        Assert.Empty(body.QuerySelectorAll("b"));
        Assert.Equal(markdown, body.TextContent.Trim());
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(1)>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<data:text/html,<script>alert(1)</script>>")]
    [InlineData("[a]\n\n[a]: javascript:alert(1)")]
    [InlineData("[a](<javascript:alert(1)>)")]
    [InlineData("[a](JaVaScRiPt:alert(1))")]
    [InlineData("[a](java&#115;cript:alert(1))")]
    [InlineData("[a](javascript&colon;alert(1))")]
    [InlineData("![a](javascript:alert(1))")]
    public void No_spelling_of_a_script_url_survives(string markdown)
    {
        var document = s_parser.ParseDocument(_safe.Render(markdown, Resolve).Html);
        var urls = document.QuerySelectorAll("[href], [src]").Select(static e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "");
        Assert.All(urls, static url => Assert.DoesNotContain(":", url, StringComparison.Ordinal));
    }

    [Fact]
    public void Script_urls_are_neutralised()
    {
        var html = _safe.Render("[click](javascript:alert(1)) [mail](mailto:desk@example.org) [web](https://example.org/a:b)", Resolve).Html;
        var hrefs = s_parser.ParseDocument(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#", "mailto:desk@example.org", "https://example.org/a:b"], hrefs);
    }

    [Fact]
    public void Headings_get_ids_and_are_reported()
    {
        var rendered = _safe.Render("## Fishermen fear higher fees\n\ntext\n\n### Next step", Resolve);
        Assert.Equal([new Heading(2, "fishermen-fear-higher-fees", "Fishermen fear higher fees"), new Heading(3, "next-step", "Next step")], rendered.Headings);
        Assert.NotNull(s_parser.ParseDocument(rendered.Html).QuerySelector("h2#fishermen-fear-higher-fees"));
    }

    [Fact]
    public void Resolved_links_are_reported()
    {
        var rendered = _safe.Render("[photo](photo.jpg) and [elsewhere](https://example.org/)", Resolve);
        Assert.Equal(["/repo/images/photo.jpg", "https://example.org/"], rendered.Links);
    }
}
