using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>The tag index files names the way a reader's index does: accents and case fold into their letters.</summary>
public sealed class TermIndexOrderTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Index Test
        baseUrl: https://example.org/
        -- content/match.md --
        ---
        title: Final goes to extra time
        date: 2024-06-10T08:00:00Z
        summary: The final went to extra time.
        tags: [Ángel Di María, Yara Ode, Félix Tshisekedi, Franck Kessié, Émile Roux, Anders Berg]
        ---
        The final went to extra time.
        """);

    [Fact]
    public void Accented_names_are_filed_under_their_base_letter_in_order()
    {
        _site.BuildOk();
        var tags = _site.Html("tags/index.html");
        var groups = tags.QuerySelectorAll("section.term-group")
            .Select(static s => (Letter: s.QuerySelector("h2")!.TextContent.Trim(), Names: s.QuerySelectorAll("li a").Select(static a => a.TextContent).ToList()))
            .ToList();

        Assert.Equal(["A", "E", "F", "Y"], groups.Select(static g => g.Letter[..1]));
        Assert.Equal(["Anders Berg", "Ángel Di María"], groups[0].Names);
        Assert.Equal(["Félix Tshisekedi", "Franck Kessié"], groups[2].Names);
    }

    public void Dispose() => _site.Dispose();
}
