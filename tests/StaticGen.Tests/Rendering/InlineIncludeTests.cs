using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>
/// <c>include</c> renders a partial in place when it is a statement, and behaves as Scriban's own
/// <c>include</c> everywhere else: its value assigned, piped, with arguments, partials including partials.
/// </summary>
public sealed class InlineIncludeTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Fjord Ledger
        baseUrl: https://example.org/
        -- content/ferry.md --
        ---
        title: Ferry timetable changes in Stavanger
        date: 2024-03-04
        tags: [Harbour Board]
        ---
        The winter timetable ends a week early this year.
        -- templates/partials/stamp.html --
        <span class="stamp">{{ stamp_text }}</span>
        -- templates/partials/wrapper.html --
        <div class="wrapper">{{ include 'partials/stamp.html' }}</div>
        -- templates/partials/greeting.html --
        <em class="greeting">{{ $1 }} from {{ $2 }}</em>
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_partial_sees_the_variables_the_page_set_before_including_it()
    {
        _site.Write("templates/layouts/search.html", "{{ stamp_text = 'first' }}{{ include 'partials/stamp.html' }}{{ stamp_text = 'second' }}{{ include 'partials/wrapper.html' }}\n");
        _site.BuildOk();
        var page = _site.Html("search/index.html");

        Assert.Equal(["first", "second"], page.QuerySelectorAll("main .stamp").Select(static e => e.TextContent));
        Assert.Equal("second", page.QuerySelector("main .wrapper > .stamp")!.TextContent);
    }

    [Fact]
    public void A_partial_whose_value_is_assigned_or_piped_is_not_printed_where_it_is_included()
    {
        _site.Write("templates/layouts/search.html",
            "{{ stamp_text = 'kept' }}{{ saved = include 'partials/stamp.html' }}<p class=\"before\">nothing yet</p>{{ saved }}<p class=\"loud\">{{ include 'partials/stamp.html' | string.upcase }}</p>\n");
        _site.BuildOk();
        var page = _site.Html("search/index.html");

        var main = page.QuerySelector("main")!;
        Assert.Equal("before", main.FirstElementChild!.ClassName);
        Assert.Equal("kept", page.QuerySelector("main > .stamp")!.TextContent);
        Assert.Equal("KEPT", page.QuerySelector(".loud")!.TextContent.Trim());
    }

    [Fact]
    public void Arguments_after_the_name_reach_the_partial()
    {
        _site.Write("templates/layouts/search.html", "{{ include 'partials/greeting.html' 'Greetings' 'Bergen' }}\n");
        _site.BuildOk();

        Assert.Equal("Greetings from Bergen", _site.Html("search/index.html").QuerySelector(".greeting")!.TextContent);
    }

    [Fact]
    public void Including_a_partial_the_theme_does_not_have_fails_the_build_naming_the_layout()
    {
        _site.Write("templates/layouts/search.html", "<p>\n{{ include 'partials/missing.html' }}\n</p>\n");
        var report = _site.Build();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal("templates/layouts/search.html", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("partials/missing.html", error.Message, StringComparison.Ordinal);
    }
}
