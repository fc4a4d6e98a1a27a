using StaticGen.Configuration;

namespace StaticGen.Tests.Configuration;

public sealed class SiteConfigReaderTests
{
    [Fact]
    public void Reads_every_documented_key()
    {
        var result = SiteConfigReader.Parse("site.config.yml", """
            title: Harbour Herald
            description: Ferry news
            baseUrl: https://user.github.io/herald
            language: nb
            author: Desk
            pageSize: 25
            buildDate: 2024-06-01
            cname: herald.example.org
            paths:
              content: articles
              templates: theme
              output: public
            markdown:
              unsafeHtml: true
            cleanup:
              boilerplate: ['Subscribe now']
              replacements: { 'teh': 'the' }
            countries:
              aliases: { Blighty: GB }
              detect: false
            tags:
              detect: false
              max: 3
              aliases: { EU: European Union }
              stop: [Reuters]
              rules: { sanctions: Sanctions }
            dates:
              order: dmy
            """);

        Assert.Empty(result.Diagnostics);
        var c = result.Config;
        Assert.Equal(DateOrder.DayFirst, c.Dates.Order);
        Assert.Equal("Harbour Herald", c.Title);
        Assert.Equal(new Uri("https://user.github.io/herald/"), c.BaseUrl);
        Assert.Equal(("nb", "Desk", 25, "herald.example.org"), (c.Language, c.Author, c.PageSize, c.Cname));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), c.BuildDate);
        Assert.Equal(("articles", "theme", "public"), (c.Paths.Content, c.Paths.Templates, c.Paths.Output));
        Assert.True(c.Markdown.UnsafeHtml);
        Assert.Equal(["Subscribe now"], c.Cleanup.Boilerplate);
        Assert.Equal("the", c.Cleanup.Replacements["teh"]);
        Assert.Equal("GB", c.Countries.Aliases["Blighty"]);
        Assert.Equal(3, c.Tags.Max);
        Assert.Equal("European Union", c.Tags.Aliases["EU"]);
        Assert.Equal(["Reuters"], c.Tags.Stop);
        Assert.Equal("Sanctions", c.Tags.Rules["sanctions"]);
        Assert.False(c.Countries.Detect);
        Assert.False(c.Tags.Detect);
        Assert.True(new SiteConfig().Countries.Detect && new SiteConfig().Tags.Detect);
    }

    [Fact]
    public void Params_keep_their_types_nesting_and_order()
    {
        var result = SiteConfigReader.Parse("site.config.yml", """
            title: A
            params:
              newsletter: https://herald.example/letters
              founded: 1911
              ratio: 2.5
              showWeather: true
              zip: "0150"
              empty: ~
              desks: [Harbour, Ferries]
              social: { mastodon: "@herald", order: 2 }
            """);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var p = result.Config.Params;
        Assert.Equal(["newsletter", "founded", "ratio", "showWeather", "zip", "empty", "desks", "social"], p.Keys);
        Assert.Equal("https://herald.example/letters", p["newsletter"]);
        Assert.Equal(1911L, p["founded"]);
        Assert.Equal(2.5, p["ratio"]);
        Assert.Equal(true, p["showWeather"]);
        Assert.Equal("0150", p["zip"]);
        Assert.Null(p["empty"]);
        Assert.Equal(["Harbour", "Ferries"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(p["desks"]));
        var social = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(p["social"]);
        Assert.Equal("@herald", social["mastodon"]);
        Assert.Equal(2L, social["order"]);
    }

    [Fact]
    public void Params_that_are_not_a_mapping_are_an_error_at_their_line()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: A\nparams: [one, two]\n");

        var error = Assert.Single(result.Diagnostics, static d => d.IsError);
        Assert.Equal(2, error.Line);
        Assert.Contains("'params' must be a mapping", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Config.Params);
    }

    [Fact]
    public void Wrong_type_is_an_error_with_line_and_column()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: A\npageSize: ten\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Error, "site.config.yml", 2, 11), (error.Severity, error.Path, error.Line, error.Column));
        Assert.Contains("'pageSize' must be a whole number", error.Message);
        Assert.Contains("'ten'", error.Message);
    }

    [Fact]
    public void Reader_keys_are_read_with_defaults_and_bad_values_are_errors_at_their_line()
    {
        var defaults = SiteConfigReader.Parse("site.config.yml", "title: A\n").Config.Reader;
        Assert.Equal((3, 0.01), (defaults.RepeatThreshold, defaults.RepeatShare));
        Assert.Empty(defaults.Furniture);

        var set = SiteConfigReader.Parse("site.config.yml", "reader:\n  furniture: ['Tap for the bulletin']\n  keep: [Thanks .*]\n  repeatThreshold: 7\n  repeatShare: 5%\n");
        Assert.Empty(set.Diagnostics);
        Assert.Equal(["Tap for the bulletin"], set.Config.Reader.Furniture);
        Assert.Equal(["Thanks .*"], set.Config.Reader.Keep);
        Assert.Equal((7, 0.05), (set.Config.Reader.RepeatThreshold, set.Config.Reader.RepeatShare));
        Assert.Equal(0.25, SiteConfigReader.Parse("site.config.yml", "reader:\n  repeatShare: 0.25\n").Config.Reader.RepeatShare);

        var bad = SiteConfigReader.Parse("site.config.yml", "title: A\nreader:\n  repeatThreshold: 0\n  repeatShare: lots\n  repaetShare: 1\n");
        Assert.Collection(bad.Diagnostics,
            d => Assert.Equal((Severity.Error, "site.config.yml", 3), (d.Severity, d.Path, d.Line)),
            d => Assert.Equal((Severity.Error, 4), (d.Severity, d.Line)),
            d => Assert.Equal((Severity.Warning, 5), (d.Severity, d.Line)));
        Assert.Contains("'reader.repeatThreshold' must be a whole number", bad.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("'reader.repeatShare' must be a share from 0 to 1", bad.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'repeatShare'?", bad.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Equal((3, 0.01), (bad.Config.Reader.RepeatThreshold, bad.Config.Reader.RepeatShare));
    }

    [Fact]
    public void Unknown_key_is_a_warning_naming_the_nearest_known_key()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: A\npagesize: 5\npaths:\n  ouptut: out\n");

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("Did you mean 'pageSize'?", result.Diagnostics[0].Message);
        Assert.Equal(2, result.Diagnostics[0].Line);
        Assert.Contains("Did you mean 'output'?", result.Diagnostics[1].Message);
        Assert.Equal(4, result.Diagnostics[1].Line);
        Assert.Equal(10, result.Config.PageSize);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_line()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: A\ndescription: \"unclosed\npageSize: 3\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Contains("not valid YAML", error.Message);
        Assert.InRange(error.Line, 2, 4);
    }

    [Theory]
    [InlineData("description: [unclosed\npageSize: 3\n")]
    [InlineData("a: {b\n")]
    [InlineData("- just\n- a list\n")]
    [InlineData("\t: tab\n")]
    public void Malformed_yaml_never_throws(string yaml)
    {
        var result = SiteConfigReader.Parse("site.config.yml", yaml);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Path == "site.config.yml");
    }

    [Theory]
    [InlineData("baseUrl: not a url", "'baseUrl' must be an absolute http(s) URL")]
    [InlineData("baseUrl: ftp://example.org/", "'baseUrl' must be an absolute http(s) URL")]
    [InlineData("pageSize: 0", "from 1 to 1000")]
    [InlineData("markdown:\n  unsafeHtml: maybe", "'markdown.unsafeHtml' must be true or false")]
    [InlineData("buildDate: yesterday", "'buildDate' must be a date")]
    [InlineData("tags:\n  stop: { a: b }", "'tags.stop' must be a list")]
    [InlineData("paths: content", "'paths' must be a mapping")]
    public void Bad_values_are_errors_that_say_what_was_expected(string yaml, string expected)
    {
        var result = SiteConfigReader.Parse("site.config.yml", yaml);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_config_gives_the_defaults()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new SiteConfig().PageSize, result.Config.PageSize);
        Assert.Equal("_site", result.Config.Paths.Output);
    }
}

public sealed class YamlLimitTests
{
    [Theory]
    [InlineData("title: ", "[", 100_000)]
    [InlineData("title: ", "{a: ", 100_000)]
    [InlineData("title:\n", "- ", 100_000)]
    public void Yaml_nested_deeper_than_the_limit_is_an_error_at_its_place_not_a_crash(string prefix, string run, int count)
    {
        var result = SiteConfigReader.Parse("site.config.yml", prefix + string.Concat(Enumerable.Repeat(run, count)) + "x\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.True(error is { IsError: true, Line: > 0, Column: > 0 }, error.ToString());
        Assert.Contains("more than 32 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_keep_their_line_and_column_for_problems_found_later()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: A\npaths:\n  output: public\ncleanup:\n  boilerplate: [one, two]\n");

        Assert.Equal(new SourcePosition(3, 11), result.Positions["paths.output"]);
        Assert.Equal(new SourcePosition(5, 22), result.Positions["cleanup.boilerplate[1]"]);
    }

    [Fact]
    public void Control_characters_written_as_yaml_escapes_are_removed_with_a_warning()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: \"Harbour\\x07 \\e[31mHerald\"\n");

        Assert.Equal("Harbour [31mHerald", result.Config.Title);
        Assert.Contains("control characters", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_order_that_is_not_dmy_mdy_or_ymd_is_an_error_naming_the_key_and_line()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: A\ndates:\n  order: dd/mm\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(3, error.Line);
        Assert.Contains("'dates.order' must be dmy", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Config.Dates.Order);
    }
}
