using StaticGen.Build;
using StaticGen.Checking;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// <c>import --from jekyll|hugo|wordpress</c> end to end: a small old site of our own is brought over into a
/// StaticGen site, which then builds with every link of <c>check</c> resolving, the old addresses answering
/// through aliases, and no Liquid tag or shortcode printed on any page.
/// </summary>
public sealed class MigrationTests
{
    private const string Jekyll = """
        -- old/_config.yml --
        title: Quayside Notes
        -- old/_layouts/post.html --
        <article>{{ content }}</article>
        -- old/index.html --
        ---
        layout: home
        ---
        -- old/README.md --
        How to build this blog locally.
        -- old/_posts/2023-04-02-ferry-timetable.markdown --
        ---
        layout: post
        title: "Ferry timetable for the spring"
        categories: [Harbour, Notices]
        tags: ferries timetable
        description: When the boats run from April.
        comments: true
        mood: sunny
        ---
        The spring timetable starts on Monday. Repairs are in [the pier post]({% post_url 2023-4-9-pier-repairs %}).

        ![Gulls on the rail](/assets/img/gulls.png)

        {% highlight ruby %}
        departures = ["07:10", "09:40"]
        {% endhighlight %}

        {% include signup.html %}
        -- old/_posts/2023-4-9-pier-repairs.mkdn --
        ---
        redirect_from: /news/pier/
        ---
        The north pier is closed for a fortnight. See [the timetable]({{ site.baseurl }}{% link _posts/2023-04-02-ferry-timetable.markdown %}).
        -- old/_posts/2023-05-01-lighthouse-open-day.text --
        ---
        title: Lighthouse open day
        permalink: /:year/:title/
        category: Events
        ---
        The keeper shows visitors the lamp room.
        -- old/_drafts/buoy-colours.md --
        ---
        title: What the buoy colours mean
        ---
        Red to port, green to starboard.
        -- old/about.md --
        ---
        title: About these notes
        permalink: /about/
        ---
        Written by the harbour office. Read [the open day post](/2023/lighthouse-open-day/).
        -- old/contact.md --
        ---
        title: Contact
        ---
        Call the office.
        """;

    [Fact]
    public void A_jekyll_site_imports_and_builds_with_every_link_resolving_and_old_addresses_answering()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Quayside\nbaseUrl: https://example.org/quay/\n" + Jekyll);
        site.WriteBytes("old/assets/img/gulls.png", TestImages.Png(40, 30));
        var result = SiteMigrator.Import(Open(site), ForeignGenerator.Jekyll, Path.Combine(site.Root, "old"), Path.Combine(site.Root, "content"));

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal((4, 2, 1), (result.Articles, result.Pages, result.Copied));
        // What was not converted is reported at its file and line.
        Assert.Contains(result.Diagnostics, static d => d.Path.EndsWith("2023-04-02-ferry-timetable.markdown", StringComparison.Ordinal) && d.Line == 18 && d.Message.Contains("include signup.html", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, static d => d.Line == 7 && d.Message.Contains("'comments' is left out", StringComparison.Ordinal));
        Assert.Contains(result.Files, static f => f.Source.EndsWith("README.md", StringComparison.Ordinal) && f.Outcome is null);
        Assert.Contains(result.Files, static f => f.Source.EndsWith("index.html", StringComparison.Ordinal) && f.Outcome is null);

        var timetable = File.ReadAllText(Path.Combine(site.Root, "content/posts/2023-04-02-ferry-timetable.md"));
        Assert.Contains("section: Harbour", timetable, StringComparison.Ordinal);
        Assert.Contains("summary: When the boats run from April.", timetable, StringComparison.Ordinal);
        Assert.Contains("- ferries\n- timetable\n- Notices\n", timetable, StringComparison.Ordinal);
        Assert.Contains("- /harbour/notices/2023/04/02/ferry-timetable.html", timetable, StringComparison.Ordinal);
        Assert.Contains("mood: sunny", timetable, StringComparison.Ordinal);
        Assert.DoesNotContain("layout", timetable, StringComparison.Ordinal);
        var pier = File.ReadAllText(Path.Combine(site.Root, "content/posts/2023-4-9-pier-repairs.md"));
        Assert.Contains("title: Pier repairs", pier, StringComparison.Ordinal);
        Assert.Contains("date: 2023-04-09", pier, StringComparison.Ordinal);
        Assert.Contains("draft: true", File.ReadAllText(Path.Combine(site.Root, "content/posts/buoy-colours.md")), StringComparison.Ordinal);

        site.BuildOk(new BuildOptions { SiteRoot = site.Root, IncludeDrafts = false });
        var post = site.Html("articles/ferry-timetable/index.html");
        Assert.Equal("/quay/articles/pier-repairs/", post.QuerySelector("main p a")!.GetAttribute("href"));
        Assert.Equal("departures = [\"07:10\", \"09:40\"]\n", post.QuerySelector("main pre code")!.TextContent);
        Assert.Equal("/quay/articles/ferry-timetable/", site.Html("articles/pier-repairs/index.html").QuerySelector("main p a")!.GetAttribute("href"));

        // The old addresses answer: Jekyll's default style, a redirect_from, a permalink pattern, a page's .html.
        Assert.Equal("/quay/articles/ferry-timetable/", Redirect(site, "harbour/notices/2023/04/02/ferry-timetable.html"));
        Assert.Equal("/quay/articles/pier-repairs/", Redirect(site, "news/pier/index.html"));
        Assert.Equal("/quay/articles/lighthouse-open-day/", Redirect(site, "2023/lighthouse-open-day/index.html"));
        Assert.Equal("/quay/contact/", Redirect(site, "contact.html"));
        Assert.True(site.Exists("about/index.html"));
        Assert.True(site.Exists("assets/img/gulls.png"));

        NoTemplateTagsAndCheckClean(site);
    }

    [Fact]
    public void A_hugo_site_imports_and_builds_with_every_link_resolving_and_old_addresses_answering()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Deck Log
            baseUrl: https://example.org/deck/
            -- old/hugo.toml --
            title = "Deck Log"
            -- old/content/_index.md --
            ---
            title: Home
            ---
            -- old/content/posts/_index.md --
            ---
            title: Posts
            ---
            -- old/content/posts/night-ferry.md --
            +++
            title = "The night ferry returns"
            date = 2022-10-03T21:00:00Z
            lastmod = 2022-10-05
            categories = ["Routes"]
            tags = ["night", "Nordic Council"]
            aliases = ["/2022/night-ferry/"]
            +++
            The overnight crossing is back. Take a [tour of the deck]({{< ref "posts/deck-tour" >}}).

            {{< tweet user="quay" id="1234" >}}
            -- old/content/posts/deck-tour/index.md --
            ---
            title: A tour of the upper deck
            date: 2022-10-06
            slug: upper-deck
            ---
            {{< figure src="deck.png" caption="Benches on the upper deck" >}}

            {{< highlight go >}}
            seats := 48
            {{< /highlight >}}

            Back to [the night ferry]({{< relref "night-ferry.md" >}}).
            -- old/content/posts/tides.md --
            ---
            title: Reading the tide table
            date: 2022-11-01
            url: /guides/tides-2022/
            ---
            Low water comes twice a day. The map is [here](/files/map.pdf).
            -- old/content/about.md --
            ---
            title: About
            ---
            The log of the deck crew.
            -- old/static/files/map.pdf --
            %PDF-1.4 not really a map
            """);
        site.WriteBytes("old/content/posts/deck-tour/deck.png", TestImages.Png(48, 32));
        var result = SiteMigrator.Import(Open(site), ForeignGenerator.Hugo, Path.Combine(site.Root, "old"), Path.Combine(site.Root, "content"));

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        Assert.Equal((3, 1, 2), (result.Articles, result.Pages, result.Copied));
        Assert.Contains(result.Diagnostics, static d => d.Path.EndsWith("night-ferry.md", StringComparison.Ordinal) && d.Line == 11 && d.Message.Contains("tweet", StringComparison.Ordinal));
        var night = File.ReadAllText(Path.Combine(site.Root, "content/posts/night-ferry.md"));
        Assert.StartsWith("---\ntitle: The night ferry returns\n", night, StringComparison.Ordinal);
        Assert.Contains("updated: 2022-10-05", night, StringComparison.Ordinal);
        Assert.Contains("section: Routes", night, StringComparison.Ordinal);
        Assert.Contains("- /2022/night-ferry/\n- /posts/night-ferry/\n", night, StringComparison.Ordinal);

        site.BuildOk();
        var tour = site.Html("articles/upper-deck/index.html");
        Assert.Equal("Benches on the upper deck", tour.QuerySelector("main figure figcaption")!.TextContent.Trim());
        Assert.Equal("/deck/articles/night-ferry/", tour.QuerySelectorAll("main p a").Last().GetAttribute("href"));
        Assert.Equal("seats := 48\n", tour.QuerySelector("main pre code")!.TextContent);
        Assert.Equal("/deck/articles/upper-deck/", site.Html("articles/night-ferry/index.html").QuerySelector("main p a")!.GetAttribute("href"));

        Assert.Equal("/deck/articles/night-ferry/", Redirect(site, "2022/night-ferry/index.html"));
        Assert.Equal("/deck/articles/night-ferry/", Redirect(site, "posts/night-ferry/index.html"));
        Assert.Equal("/deck/articles/upper-deck/", Redirect(site, "posts/upper-deck/index.html"));
        Assert.Equal("/deck/articles/tides/", Redirect(site, "guides/tides-2022/index.html"));
        Assert.True(site.Exists("about/index.html"));
        Assert.True(site.Exists("files/map.pdf"));

        NoTemplateTagsAndCheckClean(site);
    }

    [Fact]
    public void Import_never_overwrites_a_file_that_is_there()
    {
        using var site = FixtureSite.Parse("-- site.config.yml --\ntitle: Quayside\n" + Jekyll + "\n-- content/posts/2023-04-02-ferry-timetable.md --\n---\ntitle: Mine\n---\nMy own edit.\n");
        site.WriteBytes("old/assets/img/gulls.png", TestImages.Png(40, 30));
        var first = SiteMigrator.Import(Open(site), ForeignGenerator.Jekyll, Path.Combine(site.Root, "old"), Path.Combine(site.Root, "content"));
        Assert.Contains(first.Files, static f => f.Outcome == WriteOutcome.KeptEdited && f.Target!.EndsWith("2023-04-02-ferry-timetable.md", StringComparison.Ordinal));
        Assert.Equal("---\ntitle: Mine\n---\nMy own edit.\n", File.ReadAllText(Path.Combine(site.Root, "content/posts/2023-04-02-ferry-timetable.md")));

        // Again: nothing changes, nothing is overwritten.
        File.AppendAllText(Path.Combine(site.Root, "content/contact.md"), "An edit.\n");
        var second = SiteMigrator.Import(Open(site), ForeignGenerator.Jekyll, Path.Combine(site.Root, "old"), Path.Combine(site.Root, "content"));
        Assert.DoesNotContain(second.Files, static f => f.Outcome == WriteOutcome.Written);
        Assert.EndsWith("An edit.\n", File.ReadAllText(Path.Combine(site.Root, "content/contact.md")), StringComparison.Ordinal);
    }

    private static SiteContext Open(FixtureSite site) => SiteContext.Open(site.Root);

    /// <summary>Where a redirect page sends its reader (its canonical link).</summary>
    private static string? Redirect(FixtureSite site, string path)
    {
        Assert.True(site.Exists(path), $"no page at the old address {path}");
        var target = site.Html(path).QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return target is null ? null : new Uri(target).AbsolutePath;
    }

    private static void NoTemplateTagsAndCheckClean(FixtureSite site)
    {
        foreach (var file in site.OutputFiles().Where(static f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var text = site.Text(file);
            Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{<", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{%", text, StringComparison.Ordinal);
        }

        var report = SiteChecker.Check(new CheckOptions { Directory = site.Output, BasePath = new Uri(site.Html("index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath });
        Assert.True(report.Succeeded, string.Join('\n', report.Problems));
        Assert.True(report.References > 20);
    }
}
