using StaticGen.Tests.Support;

namespace StaticGen.Tests.Hardening;

/// <summary>
/// Links, images, aliases and tags that point where they should not (issue #16, rows U3, U4 and U5):
/// each is refused or repaired with a warning naming the file and line, never silently.
/// </summary>
public sealed class HostileReferencesTests
{
    private const string Config = """
        -- site.config.yml --
        title: Hostile
        baseUrl: https://example.org/
        """;

    private static IEnumerable<Diagnostic> Of(StaticGen.Build.BuildReport report, string path, string start) =>
        report.Diagnostics.Where(d => d.Path == path && d.Message.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void U3_links_and_images_leading_out_of_content_or_to_absolute_files_are_warned_at_their_line()
    {
        using var site = FixtureSite.Parse(Config + """

            -- content/sub/climb.md --
            ---
            title: Climbing links
            date: 2024-03-01
            ---
            The first paragraph says nothing.

            See [the password file](../../../etc/passwd) and [the config](../../site.config.yml).

            ![host](/etc/hostname)

            A [sibling](../other.md), a [tag page](/tags/), [a URL](https://example.com/) and [a drive](C:\secret.txt).
            -- content/other.md --
            ---
            title: The other article
            date: 2024-03-02
            ---
            Nothing to see.
            """);

        var report = site.BuildOk();

        var passwd = Assert.Single(Of(report, "content/sub/climb.md", "link '../../../etc/passwd'"));
        Assert.Equal(7, passwd.Line);
        Assert.Contains("leads out of the content folder", passwd.Message, StringComparison.Ordinal);
        Assert.Equal(7, Assert.Single(Of(report, "content/sub/climb.md", "link '../../site.config.yml'")).Line);
        var image = Assert.Single(Of(report, "content/sub/climb.md", "image '/etc/hostname'"));
        Assert.Equal(9, image.Line);
        Assert.Contains("absolute path", image.Message, StringComparison.Ordinal);
        Assert.Equal(11, Assert.Single(Of(report, "content/sub/climb.md", @"link 'C:\secret.txt'")).Line);
        // A link that stays inside content/, a site path and a URL are as they should be.
        Assert.Equal(4, report.Diagnostics.Count(d => d.Path == "content/sub/climb.md"));

        var page = site.Html("articles/climbing-links/index.html");
        var hrefs = page.QuerySelectorAll("article a, main a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.DoesNotContain(hrefs, h => h.Contains("passwd", StringComparison.Ordinal) || h.Contains("site.config", StringComparison.Ordinal));
        Assert.Contains("/articles/the-other-article/", hrefs);
    }

    [Fact]
    public void U4_aliases_other_than_absolute_site_paths_are_refused_with_a_warning_each()
    {
        using var site = FixtureSite.Parse(Config + """

            -- content/a.md --
            ---
            title: Aliases one
            date: 2024-03-01
            aliases:
              - '\\server\share'
              - //evil.example/x
              - /.git/config
              - /old/<script>alert(1)</script>/
              - https://evil.example/y
              - /a/../b/
              - /a/./b/
              - relative/path/
              - /2019/kept/
            ---
            Text.
            """);

        var report = site.BuildOk();

        var refused = Of(report, "content/a.md", "alias '").ToList();
        Assert.Equal(8, refused.Count);
        Assert.All(refused, d => Assert.EndsWith("it is ignored", d.Message, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(5, 8).ToList(), refused.Select(d => d.Line).Order().ToList());
        Assert.True(site.Exists("2019/kept/index.html"));
        var written = site.OutputFiles().ToList();
        Assert.DoesNotContain(written, f => f.Contains(".git", StringComparison.Ordinal) || f.Contains('<', StringComparison.Ordinal)
            || f.Contains("evil", StringComparison.Ordinal) || f.Contains("server", StringComparison.Ordinal) || f.StartsWith("relative/", StringComparison.Ordinal) || f.StartsWith("b/", StringComparison.Ordinal));
    }

    [Fact]
    public void U4_a_clashing_alias_names_the_file_that_holds_the_url()
    {
        using var site = FixtureSite.Parse(Config + """

            -- content/a.md --
            ---
            title: Aliases one
            date: 2024-03-01
            aliases: [/old/story/, /articles/aliases-two/]
            ---
            Text.
            -- content/b.md --
            ---
            title: Aliases two
            date: 2024-03-02
            aliases: [/old/story/]
            ---
            Text.
            """);

        var report = site.BuildOk();

        var warnings = report.Diagnostics.Where(d => d.Message.StartsWith("alias", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("content/a.md", w.Path));
        Assert.Contains(warnings, w => w.Message.Contains("'/old/story/'", StringComparison.Ordinal) && w.Message.Contains("(an alias in content/b.md)", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("'/articles/aliases-two/'", StringComparison.Ordinal) && w.Message.Contains("(the page of content/b.md)", StringComparison.Ordinal));
    }

    [Fact]
    public void U5_tags_without_a_url_or_merged_into_another_are_warned_each_at_its_line()
    {
        using var site = FixtureSite.Parse(Config + """

            -- content/a.md --
            ---
            title: Tags one
            date: 2024-03-01
            tags:
              - ..
              - .
              - /
              - feed.xml
              - feed-xml
              - Harbour
              - harbour
            ---
            Text.
            -- content/b.md --
            ---
            title: Tags two
            date: 2024-03-02
            tags: 5
            ---
            Text.
            -- content/c.md --
            ---
            title: Tags three
            date: 2024-03-03
            tags: [2024, true, '7', Ferry]
            ---
            Text.
            """);

        var report = site.BuildOk();

        var dropped = Of(report, "content/a.md", "tag '").ToList();
        Assert.Equal([(5, "'..'"), (6, "'.'"), (7, "'/'"), (9, "'feed-xml'")], dropped.Select(d => (d.Line, d.Message.Split(' ')[1])).ToList());
        Assert.Contains("merged into 'feed.xml'", dropped[^1].Message, StringComparison.Ordinal);
        // 'Harbour' and 'harbour' differ only in case: one tag, said nowhere.
        Assert.Equal(4, report.Diagnostics.Count(d => d.Path == "content/a.md"));
        Assert.True(site.Exists("tags/feed-xml/index.html"));

        Assert.Contains("is a number", Assert.Single(Of(report, "content/b.md", "tag 5")).Message, StringComparison.Ordinal);
        var c = report.Diagnostics.Where(d => d.Path == "content/c.md").ToList();
        Assert.Equal(2, c.Count);
        Assert.Contains(c, d => d.Message.StartsWith("tag 2024 is a number", StringComparison.Ordinal));
        Assert.Contains(c, d => d.Message.StartsWith("tag true is true or false", StringComparison.Ordinal));
        Assert.True(site.Exists("tags/7/index.html"));
    }
}
