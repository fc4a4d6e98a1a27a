using System.CommandLine;
using StaticGen.Cli;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Tideline
        baseUrl: https://tideline.example.org/
        -- content/spring-tide.md --
        ---
        title: Spring tide floods the promenade
        date: 2024-03-21
        tags: [Flooding]
        countries: [Ireland]
        ---
        Sandbags held along most of the promenade. See [the flood map](#map).

        ## Map

        The council will publish a map of the worst streets.
        """);

    public void Dispose() => _site.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.CreateRootCommand(stdout, stderr).Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_site_built_for_a_sub_path_checks_clean_with_the_same_base_url()
    {
        const string url = "https://example.github.io/tideline/";
        var config = Path.Combine(_site.Root, "site.config.yml");
        Assert.Equal(0, Run("build", "--config", config, "--base-url", url).Exit);

        var (exit, output, _) = Run("check", _site.Output, "--base-url", url);

        Assert.Equal(0, exit);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_problem_is_printed_as_page_colon_problem_and_the_exit_code_is_1()
    {
        const string url = "https://example.github.io/tideline/";
        Assert.Equal(0, Run("build", "--config", Path.Combine(_site.Root, "site.config.yml"), "--base-url", url).Exit);
        _site.Delete("_site/tags/flooding/index.html");

        var (exit, output, _) = Run("check", _site.Output, "--base-path", "/tideline/");

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var links = lines.Where(l => l.Contains("broken link \"/tideline/tags/flooding/\"", StringComparison.Ordinal)).ToList();
        Assert.Contains(links, l => l.StartsWith("articles/spring-tide-floods-the-promenade/index.html: line ", StringComparison.Ordinal));
        Assert.All(links, l => Assert.Matches(@"^[^ :]+: line \d+: broken link ""/tideline/tags/flooding/"": the site has no tags/flooding/index\.html$", l));
        Assert.Contains("sitemap.xml: line ", output, StringComparison.Ordinal);
        Assert.StartsWith("Checked ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_with_the_wrong_base_url_fails_and_says_which_one_the_site_declares()
    {
        Assert.Equal(0, Run("build", "--config", Path.Combine(_site.Root, "site.config.yml"), "--base-url", "https://example.github.io/tideline/").Exit);

        var (exit, output, _) = Run("check", _site.Output, "--config", Path.Combine(_site.Root, "site.config.yml"));

        Assert.Equal(1, exit);
        Assert.Contains("hint: the home page says the site is published at https://example.github.io/tideline/", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_path_without_a_leading_slash_is_a_usage_error()
    {
        var (exit, _, err) = Run("check", _site.Output, "--base-path", "tideline");
        Assert.NotEqual(0, exit);
        Assert.Contains("is not a base path", err, StringComparison.Ordinal);
    }
}
