using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>A link's <c>#fragment</c> into a page of the site is checked while the build renders: one that names no element of the target warns at its file and line.</summary>
public sealed class FragmentCheckTests
{
    [Fact]
    public void A_fragment_naming_no_element_of_a_known_page_warns_at_its_line_and_the_others_do_not()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour News
            baseUrl: https://example.org/repo/
            -- content/notes.md --
            ---
            title: Notes on the timetable
            date: 2026-03-02
            ---
            See [the first ferry](/articles/ferry-history/#the-first-ferry) and [its fares](ferry-history.md#fares-in-1900).

            The [second ferry](ferry-history.md#the-second-ferry) came later; [the table](/articles/ferry-history/#old-table),
            [the footnote](ferry-history.md#fn:1), [the top](ferry-history.md#top) and [the search](/search/?q=ferry#results) are fine.

            The [harbour page](/about/#opening-hours) has no such part.
            -- content/ferry-history.md --
            ---
            title: A short history of the ferry
            slug: ferry-history
            date: 2026-02-01
            ---
            ## The first ferry

            It ran in summer only.[^1]

            ## The second ferry

            <table id="old-table"><tr><td>1900</td></tr></table>

            [^1]: From the harbour records.
            -- content/about.md --
            ---
            title: About
            type: page
            ---
            We run the harbour.
            """);
        var report = site.BuildOk();
        var warnings = report.Diagnostics.Where(static d => d.Message.Contains("points to #", StringComparison.Ordinal)).ToList();
        Assert.Equal([("content/notes.md", 5, "fares-in-1900"), ("content/notes.md", 10, "opening-hours")],
            warnings.Select(static w => (w.Path, w.Line, w.Message.Split('#')[2].Split(',')[0])));
        Assert.Contains("the-first-ferry", warnings[0].Message, StringComparison.Ordinal);

        // The fragment stays on the link, under the base path.
        var hrefs = site.Html("articles/notes-on-the-timetable/index.html").QuerySelectorAll(".article__body a").Select(static a => a.GetAttribute("href")).ToList();
        Assert.Contains("/repo/articles/ferry-history/#fares-in-1900", hrefs);
        Assert.Contains("/repo/articles/ferry-history/#the-first-ferry", hrefs);
        Assert.Contains("/repo/search/?q=ferry#results", hrefs);
    }
}
