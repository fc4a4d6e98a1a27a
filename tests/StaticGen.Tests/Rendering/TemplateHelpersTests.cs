using StaticGen.Tests.Support;

namespace StaticGen.Tests.Rendering;

/// <summary>The helper functions templates call: <c>url</c>, <c>abs_url</c> and <c>asset_url</c>, and their errors.</summary>
public sealed class TemplateHelpersTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: The Quayside Ledger
        baseUrl: https://ledger.example.net/quay/
        -- content/tide.md --
        ---
        title: Spring tide floods the fish market
        date: 2024-04-09
        ---
        Traders moved their stalls to the upper car park before noon.
        """);

    public void Dispose() => _site.Dispose();

    private void Layout(string body) => _site.Write("templates/layouts/404.html", body + "\n");

    [Fact]
    public void Helpers_join_the_base_path_and_encode_the_path()
    {
        Layout("""
            <p id="url">{{ url 'tags/harbour master/' }}</p>
            <p id="piped">{{ '/about/' | url }}</p>
            <p id="abs">{{ abs_url 'search/' }}</p>
            <p id="abs-site-path">{{ '/quay/articles/' | abs_url }}</p>
            <p id="asset">{{ 'css/site.css' | asset_url }}</p>
            <p id="number">{{ 2024 | url }}</p>
            <p id="named">{{ url path: 'countries/' }}</p>
            """);
        _site.BuildOk();
        var page = _site.Html("404.html");

        string Text(string id) => page.GetElementById(id)!.TextContent;
        Assert.Equal("/quay/tags/harbour%20master/", Text("url"));
        Assert.Equal("/quay/about/", Text("piped"));
        Assert.Equal("https://ledger.example.net/quay/search/", Text("abs"));
        Assert.Equal("https://ledger.example.net/quay/articles/", Text("abs-site-path"));
        Assert.Equal("/quay/assets/css/site.css", Text("asset"));
        Assert.Equal("/quay/2024", Text("number"));
        Assert.Equal("/quay/countries/", Text("named"));
    }

    [Theory]
    [InlineData("{{ url }}", 1, "Invalid number of arguments `0` passed to `url` while expecting `1` arguments")]
    [InlineData("{{ url 'a/' 'b/' }}", 1, "Invalid number of arguments `2` passed to `url 'a/' 'b/'` while expecting `1` arguments")]
    [InlineData("<p>\n  {{ asset_url null }}</p>", 2, "`asset_url null` needs a text argument, not null")]
    public void A_wrong_call_is_an_error_at_its_line(string body, int line, string message)
    {
        Layout(body);
        var report = _site.Build();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal("templates/layouts/404.html", error.Path);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
