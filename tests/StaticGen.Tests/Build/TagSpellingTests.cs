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

    [Fact]
    public void A_merged_tag_s_page_takes_the_spelling_the_site_uses_most()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour Test
            baseUrl: https://example.org/
            -- content/a.md --
            ---
            title: Dredging starts at the quay
            date: 2024-06-10T08:00:00Z
            tags: [Harbour Board]
            ---
            Dredging began at the quay.
            -- content/b.md --
            ---
            title: New pilot boat arrives
            date: 2024-06-09T08:00:00Z
            tags: [Harbour Board]
            ---
            The pilot boat arrived on Monday.
            -- content/c.md --
            ---
            title: Wire story on port fees
            date: 2024-06-08T08:00:00Z
            tags: [Harbor Board]
            ---
            Fees rise in July.
            """);
        site.BuildOk();

        Assert.False(site.Exists("tags/harbor-board/index.html"));
        Assert.Equal(["Dredging starts at the quay", "New pilot boat arrives", "Wire story on port fees"], Titles(site.Html("tags/harbour-board/index.html")));
        var chip = site.Html("articles/wire-story-on-port-fees/index.html").QuerySelectorAll("a.chip").Single(a => a.TextContent.StartsWith("Harbor", StringComparison.Ordinal));
        Assert.EndsWith("/tags/harbour-board/", chip.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_spellings_in_one_article_are_merged_with_a_warning_that_names_no_url_it_may_not_have()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour Test
            baseUrl: https://example.org/
            -- content/a.md --
            ---
            title: Dredging starts at the quay
            date: 2024-06-10T08:00:00Z
            tags: [Harbour Board, Harbor Board]
            ---
            Dredging began at the quay.
            """);
        var report = site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, static d => d.Path == "content/a.md" && d.Message.Contains("same tag", StringComparison.Ordinal));
        Assert.Equal("tag 'Harbor Board' is the same tag as 'Harbour Board' (another spelling of it); it is merged into 'Harbour Board'", warning.Message);
        Assert.True(site.Exists("tags/harbour-board/index.html"));
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".cards article h2, .cards article h3").Select(static h => h.TextContent.Trim())];

    public void Dispose() => _site.Dispose();
}

/// <summary>A publication named in a byline is an organisation: no author page, credited as one in JSON-LD.</summary>
public sealed class PublicationBylineTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Byline Test
        baseUrl: https://example.org/
        -- content/fees.md --
        ---
        title: Harbour fees rise for the summer
        date: 2024-05-10T08:00:00Z
        author: [Bosphorus Daily, Ada Berg]
        ---
        Port fees rise by four percent from June, the board said.
        """);

    [Fact]
    public void A_publication_in_the_byline_gets_no_person_page()
    {
        _site.BuildOk();
        Assert.False(_site.Exists("authors/bosphorus-daily/index.html"));
        Assert.True(_site.Exists("authors/ada-berg/index.html"));
        var json = _site.Html("articles/harbour-fees-rise-for-the-summer/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var authors = doc.RootElement.GetProperty("author").EnumerateArray().Select(static a => (a.GetProperty("@type").GetString(), a.GetProperty("name").GetString())).ToList();
        Assert.Equal([("Organization", "Bosphorus Daily"), ("Person", "Ada Berg")], authors);
    }

    public void Dispose() => _site.Dispose();
}
