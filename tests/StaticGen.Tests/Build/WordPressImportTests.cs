using StaticGen.Build;
using StaticGen.Checking;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>A WordPress export (WXR) of our own imported: posts, pages, authors, categories, tags, dates and old permalinks; a script does not survive.</summary>
public sealed class WordPressImportTests
{
    private const string Export = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0"
            xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
            xmlns:content="http://purl.org/rss/1.0/modules/content/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
          <title>Harbour Diary</title>
          <link>https://diary.example.com</link>
          <wp:wxr_version>1.2</wp:wxr_version>
          <wp:base_blog_url>https://diary.example.com</wp:base_blog_url>
          <wp:author><wp:author_login><![CDATA[mara]]></wp:author_login><wp:author_display_name><![CDATA[Mara Lind]]></wp:author_display_name></wp:author>
          <wp:author><wp:author_login><![CDATA[teo]]></wp:author_login><wp:author_display_name><![CDATA[Teo Brandt]]></wp:author_display_name></wp:author>
          <item>
            <title>Storm closes the outer pier</title>
            <link>https://diary.example.com/2024/01/18/storm-closes-the-outer-pier/</link>
            <dc:creator><![CDATA[mara]]></dc:creator>
            <content:encoded><![CDATA[The gale arrived before dawn.

        <h2>What is shut</h2>
        <ul><li>The outer pier</li><li>The fuel berth</li></ul>
        <script>document.location = "https://evil.example/";</script>
        <p>See the <a href="https://diary.example.com/about/">harbour office</a> for updates.</p>
        <img src="https://diary.example.com/wp-content/uploads/2024/01/waves.jpg" alt="Waves over the wall">]]></content:encoded>
            <excerpt:encoded><![CDATA[The gale arrived before dawn and shut the pier.]]></excerpt:encoded>
            <wp:post_id>11</wp:post_id>
            <wp:post_date_gmt>2024-01-18 06:45:00</wp:post_date_gmt>
            <wp:post_modified_gmt>2024-01-19 10:00:00</wp:post_modified_gmt>
            <wp:post_name><![CDATA[storm-closes-the-outer-pier]]></wp:post_name>
            <wp:status><![CDATA[publish]]></wp:status>
            <wp:post_parent>0</wp:post_parent>
            <wp:post_type><![CDATA[post]]></wp:post_type>
            <category domain="category" nicename="weather"><![CDATA[Weather]]></category>
            <category domain="category" nicename="safety"><![CDATA[Safety]]></category>
            <category domain="post_tag" nicename="gales"><![CDATA[gales]]></category>
            <category domain="post_tag" nicename="outer-pier"><![CDATA[outer pier]]></category>
            <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>12</wp:meta_value></wp:postmeta>
          </item>
          <item>
            <title>waves.jpg</title>
            <wp:post_id>12</wp:post_id>
            <wp:post_parent>11</wp:post_parent>
            <wp:post_type><![CDATA[attachment]]></wp:post_type>
            <wp:status><![CDATA[inherit]]></wp:status>
            <wp:attachment_url><![CDATA[https://diary.example.com/wp-content/uploads/2024/01/waves.jpg]]></wp:attachment_url>
          </item>
          <item>
            <title>New crane for the boatyard</title>
            <link>https://diary.example.com/2024/02/02/new-crane/</link>
            <dc:creator><![CDATA[teo]]></dc:creator>
            <content:encoded><![CDATA[<p>The crane lifts <strong>twelve tonnes</strong>.</p>]]></content:encoded>
            <wp:post_id>13</wp:post_id>
            <wp:post_date_gmt>2024-02-02 09:00:00</wp:post_date_gmt>
            <wp:post_name><![CDATA[new-crane]]></wp:post_name>
            <wp:status><![CDATA[publish]]></wp:status>
            <wp:post_type><![CDATA[post]]></wp:post_type>
            <category domain="category" nicename="uncategorized"><![CDATA[Uncategorized]]></category>
          </item>
          <item>
            <title>About the harbour office</title>
            <link>https://diary.example.com/about/</link>
            <dc:creator><![CDATA[mara]]></dc:creator>
            <content:encoded><![CDATA[<p>Open every weekday.</p>]]></content:encoded>
            <wp:post_id>14</wp:post_id>
            <wp:post_name><![CDATA[about]]></wp:post_name>
            <wp:status><![CDATA[publish]]></wp:status>
            <wp:post_type><![CDATA[page]]></wp:post_type>
          </item>
          <item>
            <title>Old draft</title>
            <link>https://diary.example.com/?p=15</link>
            <content:encoded><![CDATA[<p>Unfinished.</p>]]></content:encoded>
            <wp:post_id>15</wp:post_id>
            <wp:status><![CDATA[trash]]></wp:status>
            <wp:post_type><![CDATA[post]]></wp:post_type>
          </item>
          <item>
            <title>Menu</title>
            <wp:post_type><![CDATA[nav_menu_item]]></wp:post_type>
            <wp:status><![CDATA[publish]]></wp:status>
          </item>
        </channel>
        </rss>
        """;

    [Fact]
    public void Posts_pages_authors_categories_tags_dates_and_permalinks_come_over_and_no_script_survives()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Harbour Diary\nbaseUrl: https://example.org/\n-- export/diary.xml --\n" + Export);
        var result = SiteMigrator.Import(SiteContext.Open(site.Root), ForeignGenerator.WordPress, Path.Combine(site.Root, "export/diary.xml"), Path.Combine(site.Root, "content"));

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal((2, 1), (result.Articles, result.Pages));
        // The script is reported at its line of the export, and the trashed post and the menu are skipped.
        Assert.Contains(result.Diagnostics, static d => d.Line == 22 && d.Message.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains(result.Files, static f => f.Outcome is null && f.Message.Contains("trash", StringComparison.Ordinal));

        var storm = File.ReadAllText(Path.Combine(site.Root, "content/posts/storm-closes-the-outer-pier.md"));
        Assert.DoesNotContain("evil", storm, StringComparison.Ordinal);
        Assert.Contains("author: Mara Lind", storm, StringComparison.Ordinal);
        Assert.Contains("date: 2024-01-18T06:45:00+00:00", storm, StringComparison.Ordinal);
        Assert.Contains("summary: The gale arrived before dawn and shut the pier.", storm, StringComparison.Ordinal);
        Assert.Contains("featured_image: https://diary.example.com/wp-content/uploads/2024/01/waves.jpg", storm, StringComparison.Ordinal);

        site.BuildOk();
        var page = site.Html("articles/storm-closes-the-outer-pier/index.html");
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.DoesNotContain("evil.example", site.Text("articles/storm-closes-the-outer-pier/index.html"), StringComparison.Ordinal);
        Assert.Equal("What is shut", page.QuerySelector(".article__body h2")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll(".article__body li").Length);
        Assert.Equal("Mara Lind", page.QuerySelector("a[href='/authors/mara-lind/']")?.TextContent.Trim());
        Assert.True(site.Exists("weather/index.html"), "the first category is the section");
        Assert.True(site.Exists("tags/gales/index.html"));
        Assert.True(site.Exists("tags/outer-pier/index.html"));
        Assert.True(site.Exists("tags/safety/index.html"), "a second category is a tag");
        Assert.False(site.Exists("uncategorized/index.html"));
        Assert.True(site.Exists("authors/teo-brandt/index.html"));

        // The old permalinks answer.
        Assert.Contains("/articles/storm-closes-the-outer-pier/", site.Html("2024/01/18/storm-closes-the-outer-pier/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("/articles/new-crane/", site.Html("2024/02/02/new-crane/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(site.Exists("about/index.html"));

        var check = SiteChecker.Check(new CheckOptions { Directory = site.Output, BasePath = "/" });
        Assert.True(check.Succeeded, string.Join('\n', check.Problems));
    }

    [Fact]
    public void A_file_that_is_not_an_export_is_an_error_naming_it()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: T\n-- export/notes.xml --\n<notes><note>x</notes>\n");
        var result = SiteMigrator.Import(SiteContext.Open(site.Root), ForeignGenerator.WordPress, Path.Combine(site.Root, "export/notes.xml"), Path.Combine(site.Root, "content"));
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(1, error.Line);
    }
}
