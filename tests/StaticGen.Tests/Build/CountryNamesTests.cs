using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>Country names in the site's language: chips, country pages and the index say them, and the index sorts them in that language.</summary>
public sealed class CountryNamesTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Grenzbote
        language: de
        buildDate: 2025-02-01T09:00:00Z
        -- content/rail.md --
        ---
        title: Night train link planned across four borders
        date: 2025-01-30
        countries: [Austria, Poland, Netherlands, Belgium]
        ---
        The operators want the first trains running by the autumn timetable.
        -- content/cheese.md --
        ---
        title: Alpine dairies report a good summer
        date: 2025-01-29
        countries: [Austria]
        ---
        Milk yields were higher than in the two years before.
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Chips_pages_and_the_index_use_the_names_of_the_site_language_in_its_order()
    {
        _site.BuildOk();
        var article = _site.Html("articles/night-train-link-planned-across-four-borders/index.html");
        var chips = article.QuerySelectorAll(".chip--country").Select(static c => c.TextContent.Trim()).ToList();
        Assert.Contains("Österreich", chips);
        Assert.Contains("Niederlande", chips);
        Assert.DoesNotContain("Austria", chips);

        // The URL stays the one the English name gives, so links survive a change of language.
        var page = _site.Html("countries/austria/index.html");
        Assert.Equal("Österreich", page.QuerySelector("h1")!.FirstChild!.TextContent.Trim());

        // Ö sorts with O: after Niederlande, before Polen.
        var index = _site.Html("countries/index.html");
        Assert.Equal(
            ["Belgien", "Niederlande", "Österreich", "Polen"],
            index.QuerySelectorAll(".term__name").Select(static n => n.TextContent.Trim()));
    }

    [Fact]
    public void Search_still_finds_a_country_by_its_english_name()
    {
        _site.BuildOk();
        // The index keeps words folded (ö as o): the German name and the English one are both in it.
        var index = string.Concat(_site.OutputFiles().Where(static f => f.StartsWith("search/", StringComparison.Ordinal)).Select(_site.Text));
        Assert.Contains("osterreich", index, StringComparison.Ordinal);
        Assert.Contains("austria", index, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_site_keeps_the_gazetteer_names()
    {
        _site.Write("site.config.yml", "title: Border Post\nbuildDate: 2025-02-01T09:00:00Z\n");
        _site.BuildOk();
        Assert.Equal(
            ["Austria", "Belgium", "Netherlands", "Poland"],
            _site.Html("countries/index.html").QuerySelectorAll(".term__name").Select(static n => n.TextContent.Trim()));
    }
}
