using System.Text.Json;
using AngleSharp.Dom;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>Every layout of the default theme, rendered with hostile text: it must come out as text.</summary>
public sealed class ThemeTests : IDisposable
{
    private const string HostileTitle = "<script>alert(1)</script> & {{ site.title }} \"quoted\"";
    private const string HostileTag = "<b>Bold</b> & co";

    private readonly FixtureSite _site = FixtureSite.Parse($$$"""
        -- site.config.yml --
        title: Quay & <Co> News
        description: Harbour news with <tags> & ampersands
        baseUrl: https://example.org/
        -- content/hostile.md --
        ---
        title: '{{{HostileTitle}}}'
        kicker: '<i>kicker</i> {{ x }}'
        date: 2024-02-01
        summary: 'Summary with </script> and <img src=x onerror=alert(2)>'
        tags: ['{{{HostileTag}}}']
        countries: [NO]
        ---
        Body text of the hostile article.
        -- content/plain.md --
        ---
        title: A calm report from Bergen
        date: 2024-01-15
        tags: ['{{{HostileTag}}}']
        ---
        Nothing unusual happened in Bergen today.
        """);

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Pages() =>
    [
        "index.html",
        "articles/script-alert-1-script-and-site-title-quoted/index.html",
        "articles/a-calm-report-from-bergen/index.html",
        "tags/index.html",
        "countries/index.html",
        "countries/norway/index.html",
        "search/index.html",
        "404.html",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Hostile_text_is_printed_as_text_on_every_layout(string page)
    {
        _site.BuildOk();
        var document = _site.Html(page);

        // The only scripts are the theme's own: JSON-LD data and the search script file.
        Assert.All(document.Scripts, s => Assert.True(s.Type == "application/ld+json" || s.Source is { Length: > 0 }, s.OuterHtml));
        Assert.Empty(document.QuerySelectorAll("main b, main i, main img[src=x], head b"));
        Assert.DoesNotContain(document.All, e => e.HasAttribute("onerror"));
        Assert.Contains("Quay & <Co> News", document.Title, StringComparison.Ordinal);
        Assert.Equal("Quay & <Co> News", document.QuerySelector(".brand__name")!.TextContent);
    }

    [Fact]
    public void Article_prints_title_kicker_summary_and_tag_literally()
    {
        _site.BuildOk();
        var page = _site.Html("articles/script-alert-1-script-and-site-title-quoted/index.html");

        Assert.Equal(HostileTitle, Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("<i>kicker</i> {{ x }}", page.QuerySelector(".article__header .kicker")!.TextContent);
        Assert.Equal(HostileTitle, Meta(page, "og:title"));
        Assert.Equal("Summary with </script> and <img src=x onerror=alert(2)>", Meta(page, "og:description"));
        Assert.Contains(page.QuerySelectorAll(".chips a"), a => a.TextContent == HostileTag);
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element()
    {
        _site.BuildOk();
        var html = _site.Text("articles/script-alert-1-script-and-site-title-quoted/index.html");
        var page = _site.Html("articles/script-alert-1-script-and-site-title-quoted/index.html");

        var script = Assert.Single(page.Scripts, s => s.Type == "application/ld+json");
        using var json = JsonDocument.Parse(script.Text);
        Assert.Equal(HostileTitle, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Summary with </script> and <img src=x onerror=alert(2)>", json.RootElement.GetProperty("description").GetString());
        Assert.Equal(1, Count(html, "</script>"));
    }

    [Fact]
    public void Terms_pages_and_cards_escape_tag_names()
    {
        _site.BuildOk();
        var tags = _site.Html("tags/index.html");
        Assert.Contains(tags.QuerySelectorAll("main a"), a => a.TextContent.Contains(HostileTag, StringComparison.Ordinal));
        var home = _site.Html("index.html");
        Assert.Equal(HostileTitle, home.QuerySelector(".card__title a")!.TextContent);
    }

    [Fact]
    public void A_runtime_error_in_a_partial_names_the_partial_line_column_and_page()
    {
        _site.Write("templates/partials/footer.html", "<footer>\n  {{ site.no_such_field }}\n</footer>\n");
        var report = _site.Build();

        Assert.False(report.Succeeded);
        // Reported once, not once per page.
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("templates/partials/footer.html", error.Path);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 1);
        Assert.Contains("(while rendering /", error.Message, StringComparison.Ordinal);
        Assert.Contains("more pages)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_overrides_one_partial_and_keeps_the_rest_of_the_theme()
    {
        _site.Write("templates/partials/footer.html", "<footer class=\"my-footer\">{{ site.title | html.escape }} from the harbour</footer>\n");
        _site.BuildOk();
        var home = _site.Html("index.html");

        Assert.Equal("Quay & <Co> News from the harbour", home.QuerySelector("footer.my-footer")!.TextContent);
        Assert.NotNull(home.QuerySelector("header.masthead"));
        Assert.True(_site.Exists("assets/css/site.css"));
    }

    [Fact]
    public void Params_from_the_config_and_the_front_matter_reach_templates_as_text()
    {
        _site.Write("site.config.yml", "title: Quay & <Co> News\nparams:\n  desk: Harbour desk\n  hotline: { number: 5550101 }\n");
        _site.Write("content/params-article.md", """
            ---
            title: Gulls return to the pier
            date: 2024-04-02
            params:
              badge: "<b>Live</b>"
              rank: 3
            ---
            The gulls came back in April.
            """);
        _site.Write("templates/partials/footer.html",
            "<footer>{{ site.params.desk | html.escape }} {{ site.params.hotline.number }}" +
            "{{ if page.kind == 'article' }}<p class=\"badge\">{{ article.params.badge | html.escape }} #{{ article.params.rank + 1 }}</p>{{ end }}</footer>\n");
        _site.BuildOk();

        var page = _site.Html("articles/gulls-return-to-the-pier/index.html");
        Assert.Equal("Harbour desk 5550101", page.QuerySelector("footer")!.ChildNodes[0].TextContent.Trim());
        var badge = page.QuerySelector("footer p.badge")!;
        Assert.Equal("<b>Live</b> #4", badge.TextContent);
        Assert.Null(badge.QuerySelector("b"));
    }

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static int Count(string text, string value)
    {
        var n = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
