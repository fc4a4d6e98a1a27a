using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Tests.Configuration;

public sealed partial class SiteConfigTemplateTests
{
    // A commented-out setting is '#' directly followed by a key, or by two spaces and a nested key; prose comments start with '# '.
    [GeneratedRegex(@"^#(?=[A-Za-z]+:|  +[A-Za-z]+:)", RegexOptions.Multiline)]
    private static partial Regex CommentedSetting();

    [Fact]
    public void The_config_init_writes_reads_back_with_its_title_and_url_and_no_diagnostics()
    {
        var text = SiteConfigTemplate.Render("Tides: \"high\" & low #1", new Uri("https://example.github.io/tides/"));

        var result = SiteConfigReader.Parse("site.config.yml", text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Tides: \"high\" & low #1", result.Config.Title);
        Assert.Equal(new Uri("https://example.github.io/tides/"), result.Config.BaseUrl);
        Assert.Equal(new SiteConfig().PageSize, result.Config.PageSize);
    }

    [Theory]
    [InlineData("Back\\slash, tab\tand a line\nbreak")]
    [InlineData("Ærøskøbing – «Øposten» 🙂 <b>&amp;</b>")]
    [InlineData("{{ braces }}, 'single' quotes, colon: and # hash")]
    public void A_title_of_any_text_reads_back_as_written(string title)
    {
        var text = SiteConfigTemplate.Render(title, new Uri("https://news.example.org/"));

        var result = SiteConfigReader.Parse("site.config.yml", text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(title, result.Config.Title);
    }

    [Fact]
    public void Every_commented_out_setting_is_valid_when_uncommented()
    {
        var text = SiteConfigTemplate.Render("Tides", new Uri("https://news.example.org/"));
        Assert.True(CommentedSetting().Matches(text).Count >= 10, "the template should show the optional settings");

        var result = SiteConfigReader.Parse("site.config.yml", CommentedSetting().Replace(text, ""));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("The Newsroom", result.Config.Author);
        Assert.Equal("news.example.org", result.Config.Cname);
        Assert.Equal("GB", result.Config.Countries.Aliases["Blighty"]);
        Assert.Equal("European Union", result.Config.Tags.Aliases["EU"]);
        Assert.Equal(["Reuters", "AFP"], result.Config.Tags.Stop);
        Assert.Equal(["Sponsored by .*"], result.Config.Cleanup.Boilerplate);
        Assert.Equal(["/", "/about/"], result.Config.Menu!.Select(static m => m.Url));
        Assert.Equal("https://news.example.org/letters", result.Config.Params["newsletter"]);
    }
}
