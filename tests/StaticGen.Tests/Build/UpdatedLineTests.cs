using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// An article's "Updated" line says something only when the update falls on another day than the one printed as its date:
/// a story corrected in the afternoon of the day it ran prints one date, as Hugo themes print lastmod only when it differs.
/// </summary>
public sealed class UpdatedLineTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Quayside Daily
        baseUrl: https://quay.example.org/
        -- content/same-day.md --
        ---
        title: The pier reopens
        date: 2024-05-01T09:00:00Z
        updated: 2024-05-01T17:30:00Z
        ---
        Anglers were back on the pier by noon.
        -- content/next-week.md --
        ---
        title: The pier closes again
        date: 2024-05-08T09:00:00Z
        updated: 2024-05-15T08:00:00Z
        ---
        A crack in the decking closed the pier to anglers.
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_update_on_the_day_of_publication_prints_no_second_date_and_a_later_one_does()
    {
        _site.BuildOk();

        var sameDay = _site.Html("articles/the-pier-reopens/index.html").QuerySelector(".byline")!;
        Assert.DoesNotContain("Updated", sameDay.TextContent, StringComparison.Ordinal);
        Assert.Single(sameDay.QuerySelectorAll("time"));

        var later = _site.Html("articles/the-pier-closes-again/index.html").QuerySelector(".byline")!;
        Assert.Contains("Updated", later.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, later.QuerySelectorAll("time").Length);
    }
}
