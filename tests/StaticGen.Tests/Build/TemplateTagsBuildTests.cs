using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>A site of posts written for Jekyll and Hugo builds with their tags turned into Markdown: links reach their posts, no tag is printed.</summary>
public sealed class TemplateTagsBuildTests
{
    [Fact]
    public void Post_url_and_ref_links_reach_their_posts_and_no_tag_is_printed()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour Log
            baseUrl: https://example.org/log/
            -- content/posts/2016-05-20-ferry-plan.markdown --
            ---
            title: The ferry plan
            layout: post
            ---
            ## Fares

            The plan sets fares.
            -- content/notes/pier-notes.md --
            +++
            title = "Pier notes"
            date = 2016-06-01
            +++
            Read [the plan]({{ site.baseurl }}{% post_url 2016-05-20-ferry-plan %}) and
            [its fares]({{< relref "/posts/2016-05-20-ferry-plan.markdown#fares" >}}).

            {% highlight ruby %}
            puts "{{ not a tag }}"
            {% endhighlight %}

            {% include newsletter.html %}
            """);
        var report = site.BuildOk();
        var page = site.Html("articles/pier-notes/index.html");
        var hrefs = page.QuerySelectorAll("main p a").Select(static a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/log/articles/the-ferry-plan/", "/log/articles/the-ferry-plan/#fares"], hrefs);
        Assert.Equal("puts \"{{ not a tag }}\"\n", page.QuerySelector("main pre code")!.TextContent);
        foreach (var file in site.OutputFiles().Where(static f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var text = site.Html(file).Body!.TextContent;
            Assert.DoesNotContain("{%", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{<", text, StringComparison.Ordinal);
        }

        Assert.Contains(report.Diagnostics, static d => d.Path.EndsWith("pier-notes.md", StringComparison.Ordinal) && d.Line == 12 && d.Message.Contains("include newsletter.html", StringComparison.Ordinal));
    }
}
