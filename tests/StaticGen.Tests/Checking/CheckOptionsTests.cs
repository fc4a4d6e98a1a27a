using StaticGen.Checking;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Checking;

public sealed class CheckOptionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_options_the_config_in_the_working_folder_gives_folder_and_url()
    {
        File.WriteAllText(_folder.Combine("site.config.yml"), "baseUrl: https://user.github.io/harbour/\npaths:\n  output: public\n");

        var (options, diagnostics) = CheckOptions.Resolve(_folder.Path, null, null, null, null);

        Assert.Empty(diagnostics);
        Assert.Equal(_folder.Combine("public"), options.Directory);
        Assert.Equal(new Uri("https://user.github.io/harbour/"), options.SiteUrl);
        Assert.Equal("/harbour/", options.EffectiveBasePath);
    }

    [Fact]
    public void Without_a_config_the_folder_is_site_and_the_base_path_is_the_root()
    {
        var (options, diagnostics) = CheckOptions.Resolve(_folder.Path, null, null, null, null);

        Assert.Empty(diagnostics);
        Assert.Equal(_folder.Combine("_site"), options.Directory);
        Assert.Null(options.SiteUrl);
        Assert.Equal("/", options.EffectiveBasePath);
    }

    [Fact]
    public void The_base_url_wins_over_the_base_path_and_the_base_path_over_the_config()
    {
        File.WriteAllText(_folder.Combine("site.config.yml"), "baseUrl: https://news.example.org/\n");

        var (byUrl, _) = CheckOptions.Resolve(_folder.Path, "out", null, new Uri("https://user.github.io/repo/"), "/other/");
        var (byPath, _) = CheckOptions.Resolve(_folder.Path, "out", null, null, "/other/");

        Assert.Equal(_folder.Combine("out"), byUrl.Directory);
        Assert.Equal("/repo/", byUrl.EffectiveBasePath);
        Assert.Null(byPath.SiteUrl);
        Assert.Equal("/other/", byPath.EffectiveBasePath);
    }

    [Fact]
    public void A_config_that_does_not_exist_is_an_error_naming_it()
    {
        var (_, diagnostics) = CheckOptions.Resolve(_folder.Path, null, "missing.yml", null, null);

        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal("missing.yml", error.Path);
    }
}
