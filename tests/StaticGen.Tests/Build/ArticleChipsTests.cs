using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>An article naming many countries and topics shows the most salient chips and folds the rest away.</summary>
public sealed class ArticleChipsTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Chips Test
        baseUrl: https://example.org/
        -- content/summit.md --
        ---
        title: Leaders meet at the lake summit
        date: 2024-06-10T08:00:00Z
        summary: Leaders met at the lake summit.
        countries: [NO, SE, DK, FI, IS, EE, LV]
        tags: [Ada Holm, Bo Lind, Cai Berg, Dag Ruud, Eli Sand, Finn Moe, Gry Dahl, Hans Vik, Ivar Lie, Jon Aas]
        ---
        Leaders met at the lake summit.
        """);

    [Fact]
    public void Shows_five_countries_and_eight_topics_then_and_n_more()
    {
        _site.BuildOk();
        var footer = _site.Html("articles/leaders-meet-at-the-lake-summit/index.html").QuerySelector("footer.article__footer")!;

        var visible = footer.QuerySelector("ul.chips")!.QuerySelectorAll("a.chip").Select(static a => a.TextContent).ToList();
        Assert.Equal(13, visible.Count);
        Assert.Equal("Norway", visible[0]);
        Assert.Equal("Hans Vik", visible[^1]);

        var more = footer.QuerySelector("details.chips-more")!;
        Assert.Equal("and 4 more", more.QuerySelector("summary")!.TextContent);
        Assert.Equal(["Estonia", "Latvia", "Ivar Lie", "Jon Aas"], more.QuerySelectorAll("a.chip").Select(static a => a.TextContent));
    }

    public void Dispose() => _site.Dispose();
}
