using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

/// <summary>
/// Template functions as the <c>staticgen</c> command runs them. .ci/native-check runs these tests
/// against the Native AOT executable too (<c>STATICGEN_EXE</c>, <see cref="CliRunner"/>), where
/// trimming and the lack of reflection-based JSON once broke <c>object.to_json</c> and members
/// reached by reflection (<c>date.parse</c>, <c>.year</c>, <c>kv.key</c>).
/// </summary>
public sealed class TemplateFunctionsCliTests
{
    private const string Layout = """
        <pre id="out">
        json={{ { title: article.title, n: 3, ratio: 0.5, ok: true, none: null, list: [1, "two", 3.25] } | object.to_json }}
        title={{ article.title | object.to_json }}
        scalar={{ 42 | object.to_json }}|{{ "a\"b<c>" | object.to_json }}|{{ null | object.to_json }}
        date_json={{ date.parse "2024-03-01T10:30:00" | object.to_json | string.slice 0 20 }}
        upcase={{ "Harbour <Talks>" | string.upcase | html.escape }}
        slice={{ "ferries" | string.slice 1 3 }}
        index={{ "tide table" | string.index_of "table" }}
        split={{ "a,b,c" | string.split "," | array.join "|" }}
        date={{ date.parse "2024-03-01" | date.to_string "%Y/%m/%d" }}
        year={{ (date.parse "2024-03-01").Year }}
        math={{ 7 | math.divided_by 2 }}/{{ 2.6 | math.round }}/{{ 9 | math.minus 4 }}
        regex={{ "a1b22" | regex.replace "[0-9]+" "#" }}
        keys={{ { b: 1, a: 2 } | object.keys | array.sort | array.join "," }}
        has={{ { n: 1 } | object.has_key "n" }}/{{ { n: null } | object.has_value "n" }}
        sort={{ [3, 1, 2] | array.sort | array.join "," }}
        size={{ [3, 1, 2] | array.size }}/{{ "tide" | string.size }}
        timespan={{ timespan.zero }}
        loop={{ for kv in { a: 1, b: 2 } }}{{ kv.Key }}={{ kv.Value }};{{ end }}
        </pre>
        """;

    [Fact]
    public void The_built_in_functions_give_the_same_output_from_the_command_line()
    {
        using var site = FixtureSite.Parse($"""
            -- site.config.yml --
            title: The Quay Post
            baseUrl: https://example.org/
            -- templates/layouts/page.html --
            {Layout}
            -- content/about.md --
            ---
            title: About "the" <Quay>
            type: page
            date: 2024-03-01
            ---
            Who we are.
            """);

        var run = CliRunner.Run("build", "--config", Path.Combine(site.Root, "site.config.yml"), "--strict", "-q");

        Assert.True(run.Exit == 0, run.Err);
        var html = File.ReadAllText(Path.Combine(site.Output, "about-the-quay", "index.html"));
        var start = html.IndexOf("<pre id=\"out\">", StringComparison.Ordinal);
        Assert.True(start >= 0, html);
        var lines = html[(start + "<pre id=\"out\">".Length)..html.IndexOf("</pre>", start, StringComparison.Ordinal)]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            [
                "json={\"title\":\"About \\u0022the\\u0022 \\u003CQuay\\u003E\",\"n\":3,\"ratio\":0.5,\"ok\":true,\"none\":null,\"list\":[1,\"two\",3.25]}",
                "title=\"About \\u0022the\\u0022 \\u003CQuay\\u003E\"",
                "scalar=42|\"a\\u0022b\\u003Cc\\u003E\"|null",
                "date_json=\"2024-03-01T10:30:00",
                "upcase=HARBOUR &lt;TALKS&gt;",
                "slice=err",
                "index=5",
                "split=a|b|c",
                "date=2024/03/01",
                "year=2024",
                "math=3/3/5",
                "regex=a#b#",
                "keys=a,b",
                "has=true/false",
                "sort=1,2,3",
                "size=3/4",
                "timespan=00:00:00",
                "loop=a=1;b=2;",
            ],
            lines);
    }

    [Fact]
    public void An_object_that_holds_itself_is_a_template_error_naming_the_line_not_a_crash()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: The Quay Post
            -- templates/layouts/page.html --
            {{ x = { name: "loop" } }}
            {{ x.self = x }}{{ x | object.to_json }}
            -- content/about.md --
            ---
            title: About
            type: page
            date: 2024-03-01
            ---
            Who we are.
            """);

        var run = CliRunner.Run("build", "--config", Path.Combine(site.Root, "site.config.yml"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("templates/layouts/page.html:2:", run.Err, StringComparison.Ordinal);
        Assert.Contains("object.to_json: the value nests deeper than 64 levels", run.Err, StringComparison.Ordinal);
    }
}
