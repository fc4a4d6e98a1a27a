using System.Text.Json;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>Several authors and an agency, from a raw byline and from front matter, on the page and in its JSON-LD.</summary>
public sealed class AuthorsAndAgencyTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Lake Courier
        baseUrl: https://lake.example.org/
        dates:
          order: dmy
        -- content/ferry.txt --
        Ferry line to reopen in spring

        Ferry line to reopen in spring

        By Ines Kovač, Tomas Reid and Ada Berg, Reuters
        05/04/2024 10:30 CET

        The lake ferry between the two harbour towns will run again from April, the operator said on Friday.

        Engineers finished repairs to the hull last week.
        -- content/bridge.md --
        ---
        title: Bridge works delayed
        date: 2024-03-01
        author: [Leah Stone, Omar Said]
        agency: AFP
        ---
        The bridge works on the east shore are delayed by a month.
        -- content/wire.txt --
        Storm closes mountain pass

        Storm closes mountain pass

        BY ASSOCIATED PRESS
        March 3, 2024

        Snow closed the mountain pass for a second day on Sunday, stranding dozens of lorries.
        """);

    public void Dispose() => _site.Dispose();

    private JsonElement JsonLd(string slug)
    {
        var page = _site.Html($"articles/{slug}/index.html");
        using var json = JsonDocument.Parse(page.Scripts.Single(s => s.Type == "application/ld+json").Text);
        return json.RootElement.Clone();
    }

    [Fact]
    public void A_raw_byline_with_several_authors_and_an_agency_becomes_a_list_of_people_and_a_source()
    {
        _site.BuildOk();
        var ld = JsonLd("ferry-line-to-reopen-in-spring");
        Assert.Equal(["Ines Kovač", "Tomas Reid", "Ada Berg"], ld.GetProperty("author").EnumerateArray().Select(static a => a.GetProperty("name").GetString()));
        Assert.All(ld.GetProperty("author").EnumerateArray(), static a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal("Reuters", ld.GetProperty("sourceOrganization").GetProperty("name").GetString());

        // dates.order: dmy reads 05/04/2024 as 5 April; CET is UTC+1.
        Assert.Equal("2024-04-05T10:30:00+01:00", ld.GetProperty("datePublished").GetString());

        var page = _site.Html("articles/ferry-line-to-reopen-in-spring/index.html");
        Assert.Equal("By Ines Kovač, Tomas Reid and Ada Berg", page.QuerySelector(".byline__author")!.TextContent.Trim());
        Assert.Equal("Reuters", page.QuerySelector(".byline__agency")!.TextContent.Trim());
    }

    [Fact]
    public void Front_matter_author_lists_and_agency_are_read()
    {
        _site.BuildOk();
        var ld = JsonLd("bridge-works-delayed");
        Assert.Equal(["Leah Stone", "Omar Said"], ld.GetProperty("author").EnumerateArray().Select(static a => a.GetProperty("name").GetString()));
        Assert.Equal("AFP", ld.GetProperty("sourceOrganization").GetProperty("name").GetString());
    }

    [Fact]
    public void An_agency_byline_is_the_source_and_the_author_organisation_not_a_person()
    {
        _site.BuildOk();
        var ld = JsonLd("storm-closes-mountain-pass");
        var author = Assert.Single(ld.GetProperty("author").EnumerateArray());
        Assert.Equal(("Organization", "Associated Press"), (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()));
        var page = _site.Html("articles/storm-closes-mountain-pass/index.html");
        Assert.Null(page.QuerySelector(".byline__author"));
        Assert.Equal("Associated Press", page.QuerySelector(".byline__agency")!.TextContent.Trim());
        Assert.DoesNotContain("ASSOCIATED PRESS", page.QuerySelector(".article__body")!.TextContent, StringComparison.Ordinal);
    }
}
