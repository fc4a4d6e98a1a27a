using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Content;

/// <summary><c>frontMatter.unknown: keep</c>: keys StaticGen does not read go under the article's params, for templates, without a warning.</summary>
public sealed class UnknownKeysTests
{
    private const string Post = "---\ntitle: Tide tables\nsubtitle: Printed weekly\nweight: 4\nseries: { name: Tides, part: 2 }\nparams:\n  weight: 9\n---\nLow water at noon.\n";

    [Fact]
    public void By_default_an_unknown_key_is_left_out_with_a_warning()
    {
        var result = MarkdownArticleParser.Parse("content/tides.md", Post);
        Assert.Equal(3, result.Diagnostics.Count);
        Assert.Equal(["weight"], result.Article!.Params.Keys);
    }

    [Fact]
    public void Keep_puts_unknown_keys_under_params_typed_and_without_a_warning()
    {
        var result = MarkdownArticleParser.Parse("content/tides.md", Post, UnknownKeys.Keep);
        Assert.Empty(result.Diagnostics);
        var kept = result.Article!.Params;
        Assert.Equal("Printed weekly", kept["subtitle"]);
        // What 'params' says wins over a kept key of the same name.
        Assert.Equal(9L, kept["weight"]);
        var series = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(kept["series"]);
        Assert.Equal(2L, series["part"]);
    }

    [Fact]
    public void The_setting_is_read_from_the_config_and_a_wrong_value_is_an_error_at_its_line()
    {
        Assert.Equal(UnknownKeys.Keep, SiteConfigReader.Parse("site.config.yml", "frontMatter:\n  unknown: keep\n").Config.FrontMatter.Unknown);
        var error = Assert.Single(SiteConfigReader.Parse("site.config.yml", "title: T\nfrontMatter:\n  unknown: drop\n").Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_kept_key_reaches_the_template_as_article_params()
    {
        using var site = FixtureSite.Parse("""
            -- site.config.yml --
            title: Harbour Log
            frontMatter:
              unknown: keep
            -- content/tides.md --
            ---
            title: Tide tables
            date: 2024-04-02
            subtitle: Printed <weekly>
            ---
            Low water at noon.
            -- templates/partials/footer.html --
            <footer>{{ if page.kind == 'article' }}<p class="sub">{{ article.params.subtitle | html.escape }}</p>{{ end }}</footer>
            """);
        var report = site.BuildOk();
        Assert.DoesNotContain(report.Diagnostics, static d => d.Message.Contains("subtitle", StringComparison.Ordinal));
        Assert.Equal("Printed <weekly>", site.Html("articles/tide-tables/index.html").QuerySelector("footer p.sub")!.TextContent);
    }
}
