using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>One organisation spelt the British and the American way is one tag, whether authored or detected.</summary>
public sealed class TagSpellingTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Spelling Test
        baseUrl: https://example.org/
        -- content/drill.md --
        ---
        title: Navy drill off the cape
        date: 2024-06-10T08:00:00Z
        tags: [Ministry of Defence, Civil Aviation Organisation]
        ---
        Ships took part in a drill off the cape.
        -- content/budget.md --
        ---
        title: Budget for new frigates
        date: 2024-06-09T08:00:00Z
        tags: [Ministry of Defense, Civil Aviation Organization, Labour Party]
        ---
        The budget pays for four frigates.
        -- content/party.md --
        ---
        title: Labor wins the state vote
        date: 2024-06-08T08:00:00Z
        tags: [Labor Party]
        ---
        The party won the state vote.
        """);

    [Fact]
    public void British_and_american_spellings_of_a_tag_share_one_page()
    {
        _site.BuildOk();
        Assert.False(_site.Exists("tags/ministry-of-defence/index.html"));
        var page = _site.Html("tags/ministry-of-defense/index.html");
        Assert.Equal(["Navy drill off the cape", "Budget for new frigates"], Titles(page));

        // The ending rule: -isation is -ization.
        Assert.Equal(["Navy drill off the cape", "Budget for new frigates"], Titles(_site.Html("tags/civil-aviation-organization/index.html")));

        // Each article still shows the name as it wrote it, linking to the one page.
        var chip = _site.Html("articles/navy-drill-off-the-cape/index.html").QuerySelectorAll("a.chip").Single(a => a.TextContent.StartsWith("Ministry", StringComparison.Ordinal));
        Assert.Equal("Ministry of Defence", chip.TextContent);
        Assert.EndsWith("/tags/ministry-of-defense/", chip.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_name_different_things_are_not_folded()
    {
        // The Labour Party and the Australian Labor Party are two parties.
        _site.BuildOk();
        Assert.Equal(["Budget for new frigates"], Titles(_site.Html("tags/labour-party/index.html")));
        Assert.Equal(["Labor wins the state vote"], Titles(_site.Html("tags/labor-party/index.html")));
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".cards article h2, .cards article h3").Select(static h => h.TextContent.Trim())];

    public void Dispose() => _site.Dispose();
}
