using System.Globalization;
using StaticGen.Build;
using StaticGen.Configuration;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// <c>pageNumbers: fromOldest</c>: numbered pages are fixed blocks counted from the oldest article, the list's own URL
/// shows the newest, so an added article changes the front and at most the newest numbered page of each list it is in,
/// and an article keeps its page's URL as the archive grows.
/// </summary>
public sealed class StablePaginationTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Canal Chronicle
        baseUrl: https://example.org/chronicle/
        pageSize: 2
        pageNumbers: fromOldest
        """);

    public StablePaginationTests()
    {
        // Nine lock-keeper's notes, one a day, all under one tag: numbered pages 1-3 (two each, oldest first), the front three.
        for (var day = 1; day <= 9; day++) AddNote(day);
    }

    public void Dispose() => _site.Dispose();

    private void AddNote(int day) =>
        _site.Write($"content/note-{day:00}.md", string.Create(CultureInfo.InvariantCulture,
            $"---\ntitle: Lock keeper's note {day}\nslug: note-{day:00}\ndate: 2025-03-{day:00}\ntags: [Lock Seven]\n---\nBarges through lock seven on day {day}: {day * 3}.\n"));

    private string[] Cards(string page) =>
        [.. _site.Html(page).QuerySelectorAll("article.card h2 a, article.card h3 a").Select(a => a.GetAttribute("href")!)];

    private static string Note(int day) => $"/chronicle/articles/note-{day:00}/";

    private Dictionary<string, DateTime> Times() =>
        _site.OutputFiles().ToDictionary(f => f, f => File.GetLastWriteTimeUtc(Path.Combine(_site.Output, f)), StringComparer.Ordinal);

    private static string[] Touched(Dictionary<string, DateTime> before, Dictionary<string, DateTime> after) =>
        [.. after.Where(f => !before.TryGetValue(f.Key, out var t) || t != f.Value).Select(static f => f.Key).Order(StringComparer.Ordinal)];

    private static string[] ListPages(IEnumerable<string> files, string list) =>
        [.. files.Where(f => f == list + "index.html" || (f.StartsWith(list + "page/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)))];

    [Fact]
    public void Numbered_pages_are_blocks_counted_from_the_oldest_and_the_front_shows_the_newest()
    {
        _site.BuildOk();

        Assert.Equal([Note(9), Note(8), Note(7)], Cards("index.html"));
        Assert.Equal([Note(6), Note(5)], Cards("page/3/index.html"));
        Assert.Equal([Note(4), Note(3)], Cards("page/2/index.html"));
        Assert.Equal([Note(2), Note(1)], Cards("page/1/index.html"));
        Assert.False(_site.Exists("page/4/index.html"));
        Assert.Equal([Note(6), Note(5)], Cards("tags/lock-seven/page/3/index.html"));

        // Newer and older in reading order: front → 3 → 2 → 1.
        string Link(string page, string rel) => _site.Html(page).QuerySelector($"nav.pagination a[rel={rel}]")?.GetAttribute("href") ?? "none";
        Assert.Equal(("none", "/chronicle/page/3/"), (Link("index.html", "prev"), Link("index.html", "next")));
        Assert.Equal(("/chronicle/", "/chronicle/page/2/"), (Link("page/3/index.html", "prev"), Link("page/3/index.html", "next")));
        Assert.Equal(("/chronicle/page/2/", "none"), (Link("page/1/index.html", "prev"), Link("page/1/index.html", "next")));

        // A page's label names its number, never a total that would change it whenever the list grows.
        var heading = _site.Html("page/2/index.html").QuerySelector("h1")!.TextContent;
        Assert.Contains("2", heading, StringComparison.Ordinal);
        Assert.DoesNotContain(" of ", heading, StringComparison.Ordinal);
        Assert.DoesNotContain("page", _site.Html("index.html").QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);

        // The sitemap lists every numbered page, page 1 included.
        var sitemap = _site.Text("sitemap.xml");
        foreach (var n in new[] { 1, 2, 3 }) Assert.Contains($"<loc>https://example.org/chronicle/page/{n}/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_article_changes_the_front_and_at_most_the_newest_numbered_page_and_verify_agrees()
    {
        _site.BuildOk();
        var before = Times();

        // The tenth note fills a block: page 4 appears (notes 7 and 8), page 3 gains a link to it; pages 1 and 2 stay as they were.
        AddNote(10);
        var report = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        Assert.True(report.Verified, string.Join('\n', report.Diagnostics));
        var touched = Touched(before, Times());
        Assert.Equal(["index.html", "page/3/index.html", "page/4/index.html"], ListPages(touched, ""));
        Assert.Equal(["tags/lock-seven/index.html", "tags/lock-seven/page/3/index.html", "tags/lock-seven/page/4/index.html"], ListPages(touched, "tags/lock-seven/"));
        Assert.Equal([Note(10), Note(9)], Cards("index.html"));
        Assert.Equal([Note(8), Note(7)], Cards("page/4/index.html"));
        Assert.Equal([Note(6), Note(5)], Cards("page/3/index.html"));
        Assert.Contains("<loc>https://example.org/chronicle/page/4/</loc>", _site.Text("sitemap.xml"), StringComparison.Ordinal);

        // The eleventh goes to the front only: no numbered page of either list is touched.
        before = Times();
        AddNote(11);
        report = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Verify = true });

        Assert.True(report.Verified, string.Join('\n', report.Diagnostics));
        touched = Touched(before, Times());
        Assert.Equal(["index.html"], ListPages(touched, ""));
        Assert.Equal(["tags/lock-seven/index.html"], ListPages(touched, "tags/lock-seven/"));
        Assert.Equal([Note(11), Note(10), Note(9)], Cards("index.html"));
    }

    [Fact]
    public void An_article_keeps_the_url_of_its_page_as_the_archive_grows()
    {
        _site.BuildOk();
        var pages = new[] { "page/1/index.html", "page/2/index.html", "page/3/index.html" };
        var bytes = pages.ToDictionary(p => p, _site.Text);

        for (var day = 10; day <= 15; day++) AddNote(day);
        _site.BuildOk();

        // Same articles on the same URLs; the newest of these pages only gained a link to the page after it.
        Assert.Equal(bytes["page/1/index.html"], _site.Text("page/1/index.html"));
        Assert.Equal(bytes["page/2/index.html"], _site.Text("page/2/index.html"));
        Assert.Equal([Note(6), Note(5)], Cards("page/3/index.html"));
        Assert.Equal([Note(8), Note(7)], Cards("page/4/index.html"));
        Assert.Equal([Note(12), Note(11)], Cards("page/6/index.html"));
        Assert.Equal([Note(15), Note(14), Note(13)], Cards("index.html"));
    }

    [Fact]
    public void The_default_numbering_still_counts_from_the_newest()
    {
        _site.Write("site.config.yml", "title: Canal Chronicle\nbaseUrl: https://example.org/chronicle/\npageSize: 2\n");
        _site.BuildOk();

        Assert.Equal([Note(9), Note(8)], Cards("index.html"));
        Assert.Equal([Note(7), Note(6)], Cards("page/2/index.html"));
        Assert.Equal([Note(1)], Cards("page/5/index.html"));
        Assert.False(_site.Exists("page/1/index.html"));
        Assert.Contains(" of 5", _site.Html("page/2/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setting_is_read_and_a_wrong_value_names_the_key()
    {
        Assert.Equal(PageNumbering.FromNewest, new SiteConfig().PageNumbers);
        Assert.Equal(PageNumbering.FromOldest, SiteConfigReader.Parse("site.config.yml", "pageNumbers: fromOldest\n").Config.PageNumbers);

        var wrong = SiteConfigReader.Parse("site.config.yml", "pageNumbers: oldestFirst\n");

        var error = Assert.Single(wrong.Diagnostics);
        Assert.Contains("'pageNumbers'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }
}
