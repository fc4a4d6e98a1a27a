using StaticGen.Checking;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>
/// Links as authors moving from Jekyll or Hugo write them: site paths with a query or a fragment,
/// relative links to other posts with a fragment, and links to posts that are not there.
/// </summary>
public sealed class BodyLinkTests : IDisposable
{
    private const string Posts = """
        -- content/ferry-timetable.md --
        ---
        title: The ferry timetable changes
        slug: ferry-timetable
        date: 2026-03-02
        ---
        The winter timetable is [explained below](#winter-sailings), and older notices
        are in [the search](/search/?q=ferry&sort=new) or [on the timetable page](ferry-history.md#the-first-ferry).

        The harbour master [wrote a note](/articles/ferry-history/#the-first-ferry) too,
        and a [draft we never sent](unsent-letter.md#intro).

        Some readers asked for [the old notice](2019-old-notice.md), which is gone.

        ## Winter sailings

        Two boats a day.
        -- content/ferry-history.md --
        ---
        title: A short history of the ferry
        slug: ferry-history
        date: 2026-02-01
        ---
        ## The first ferry

        It ran in summer only.
        -- content/unsent-letter.md --
        ---
        title: An unsent letter
        date: 2026-01-01
        draft: true
        ---
        ## Intro

        Not for publication.
        """;

    private readonly FixtureSite _site = FixtureSite.Parse("-- site.config.yml --\ntitle: Harbour News\nbaseUrl: https://example.org/repo/\n" + Posts);

    public void Dispose() => _site.Dispose();

    private string[] Hrefs() =>
        [.. _site.Html("articles/ferry-timetable/index.html").QuerySelectorAll("article a, main a").Select(static a => a.GetAttribute("href") ?? "")];

    [Fact]
    public void Site_paths_keep_their_query_and_fragment_under_the_base_path()
    {
        _site.BuildOk();
        var hrefs = Hrefs();
        Assert.Contains("/repo/search/?q=ferry&sort=new", hrefs);
        Assert.Contains("/repo/articles/ferry-history/#the-first-ferry", hrefs);
        Assert.Contains("#winter-sailings", hrefs);
        Assert.DoesNotContain(hrefs, static h => h.Contains("%23", StringComparison.Ordinal) || h.Contains("%3F", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_link_to_a_post_keeps_its_fragment()
    {
        _site.BuildOk();
        Assert.Equal(2, Hrefs().Count(static h => h == "/repo/articles/ferry-history/#the-first-ferry"));
    }

    [Fact]
    public void Links_to_missing_or_draft_posts_warn_with_file_and_line_and_become_text()
    {
        var report = _site.BuildOk();
        var warnings = report.Diagnostics.Where(static d => d.Message.Contains("not a published file", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        var draft = Assert.Single(warnings, static w => w.Message.Contains("unsent-letter.md#intro", StringComparison.Ordinal));
        Assert.EndsWith("content/ferry-timetable.md", draft.Path, StringComparison.Ordinal);
        Assert.Equal(10, draft.Line);
        var gone = Assert.Single(warnings, static w => w.Message.Contains("2019-old-notice.md", StringComparison.Ordinal));
        Assert.Equal(12, gone.Line);

        var body = _site.Html("articles/ferry-timetable/index.html").QuerySelector(".article__body, article")!;
        Assert.Contains("draft we never sent", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(body.QuerySelectorAll("a"), static a => a.TextContent == "the old notice");
    }

    [Fact]
    public void A_raw_article_s_missing_picture_is_warned_about_once()
    {
        _site.Write("content/quay.txt", """
            New quay opens for the island ferries

            The new quay takes two ferries at once from Monday, the harbour board said.

            quay-opening.jpg

            The quay on its first morning.

            (Photo: Harbour Board)

            Work on the old pier starts in the spring and lasts a year.
            """);
        var report = _site.BuildOk();

        var aboutPicture = report.Diagnostics.Where(static d => d.Message.Contains("quay-opening.jpg", StringComparison.Ordinal)).ToList();
        Assert.Single(aboutPicture);
        Assert.EndsWith("content/quay.txt", aboutPicture[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_site_passes_check()
    {
        _site.BuildOk();
        var report = SiteChecker.Check(new CheckOptions { Directory = _site.Output, SiteUrl = new Uri("https://example.org/repo/"), BasePath = "/repo/" });
        Assert.True(report.Succeeded, string.Join('\n', report.Problems));
        Assert.True(report.References > 0);
    }
}
