using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

public sealed class CleanCommandTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Tideline
        -- content/spring-tide.md --
        ---
        title: Spring tide floods the promenade
        date: 2024-03-21
        ---
        Sandbags held along most of the promenade.
        """);

    public void Dispose() => _site.Dispose();

    private string Config => Path.Combine(_site.Root, "site.config.yml");

    private string[] Entries() => [.. Directory.GetFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void Clean_deletes_the_output_and_the_staging_old_and_lock_files_beside_it_and_nothing_else()
    {
        _site.BuildOk();
        Directory.CreateDirectory(Path.Combine(_site.Root, ".staticgen-staging-_site-0123abcd", "articles"));
        Directory.CreateDirectory(Path.Combine(_site.Root, ".staticgen-old-_site-4567ef01"));
        Directory.CreateDirectory(Path.Combine(_site.Root, ".staticgen-staging-public-89ab")); // another output's
        Assert.True(File.Exists(Path.Combine(_site.Root, ".staticgen-_site.lock")));

        var run = CliRunner.Run("clean", "--config", Config, "--verbose");

        Assert.True(run.Exit == 0, run.Err);
        Assert.Equal([".staticgen-staging-public-89ab", "content", "site.config.yml"], Entries());
        Assert.Equal(
            ["deleted .staticgen-old-_site-4567ef01", "deleted .staticgen-staging-_site-0123abcd", "deleted .staticgen-_site.manifest.json", "deleted .staticgen-_site.articles", "deleted .staticgen-_site.bodies", "deleted .staticgen-_site.lock"],
            run.OutLines.Where(static l => l.StartsWith("deleted ", StringComparison.Ordinal)));
        Assert.EndsWith("_site and 6 leftovers of earlier builds beside it.", run.OutLines[^1], StringComparison.Ordinal);

        var again = CliRunner.Run("clean", "--config", Config);
        Assert.Equal(0, again.Exit);
        Assert.StartsWith("Nothing to clean: ", Assert.Single(again.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_staticgen_did_not_write_is_kept_unless_forced()
    {
        _site.Write("public/index.html", "<p>Someone else's site</p>\n");

        var refused = CliRunner.Run("clean", "--config", Config, "--output", Path.Combine(_site.Root, "public"));

        Assert.Equal(1, refused.Exit);
        Assert.Contains("public: error: the folder '", refused.Err, StringComparison.Ordinal);
        Assert.Contains("' was not written by StaticGen (it has no .staticgen file), so clean leaves it alone", refused.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Root, "public", "index.html")));

        var forced = CliRunner.Run("clean", "--config", Config, "--output", Path.Combine(_site.Root, "public"), "--force");
        Assert.True(forced.Exit == 0, forced.Err);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "public")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/archive")]
    [InlineData("templates")]
    public void The_site_its_content_and_templates_are_never_deleted_even_when_forced(string output)
    {
        _site.Write("content/archive/old.md", "---\ntitle: Old\ndate: 2020-01-01\n---\nOld.\n");
        _site.Write("templates/partials/footer.html", "<footer>Tideline</footer>\n");

        var run = CliRunner.Run("clean", "--config", Config, "--output", Path.Combine(_site.Root, output), "--force");

        Assert.Equal(1, run.Exit);
        Assert.Contains(": error: refusing to delete it: it holds the site folder, content/, templates/ or static/, or lies inside content/; clean deletes only an output folder", run.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Root, "content", "spring-tide.md")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "content", "archive", "old.md")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "templates", "partials", "footer.html")));
    }

    [Fact]
    public void An_output_a_build_is_writing_is_not_deleted()
    {
        _site.BuildOk();
        using (SiteWriter.Begin(_site.Output))
        {
            var run = CliRunner.Run("clean", "--config", Config);

            Assert.Equal(1, run.Exit);
            Assert.Contains("_site: error: another build is writing", run.Err, StringComparison.Ordinal);
            Assert.True(_site.Exists("index.html"));
        }

        Assert.Equal(0, CliRunner.Run("clean", "--config", Config).Exit);
        Assert.False(Directory.Exists(_site.Output));
    }
}
