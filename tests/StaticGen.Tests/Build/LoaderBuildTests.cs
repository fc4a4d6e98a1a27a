using System.Diagnostics;
using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

public sealed class LoaderBuildTests : IDisposable
{
    private const string Story = """
        Bergen raises harbour fees for the third time

        Bergen raises harbour fees for the third time

        The harbour authority in Bergen raised its fees on Monday for the third time in two years, and shipping companies said the increase would be passed on to importers.

        Fishermen warned that smaller boats would leave the port, and the authority said the money would pay for a new breakwater and for dredging the inner basin.

        missing_photo.jpg

        The inner basin at low tide.

        Photo: Harbour Archive
        """;

    private readonly FixtureSite _site = FixtureSite.Parse($"""
        -- content/a-story.txt --
        {Story}
        -- content/b-story-copy.txt --
        {Story}

        Share this:
        """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_same_story_twice_is_published_once_with_a_warning_naming_both_files()
    {
        var report = _site.BuildOk();
        Assert.Equal(1, report.Articles);
        var warning = Assert.Single(report.Diagnostics, d => d.Message.Contains("near-duplicate", StringComparison.Ordinal));
        Assert.Equal("content/b-story-copy.txt", warning.Path);
        Assert.Contains("content/a-story.txt", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_is_a_warning_and_the_figure_keeps_its_caption()
    {
        var report = _site.BuildOk();
        Assert.Contains(report.Diagnostics, d => d.Path == "content/a-story.txt" && d.Message.Contains("missing_photo.jpg", StringComparison.Ordinal));
        var figure = _site.Html("articles/bergen-raises-harbour-fees-for-the-third-time/index.html").QuerySelector("article figure")!;
        Assert.Null(figure.QuerySelector("img"));
        Assert.Contains("The inner basin at low tide.", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_and_empty_article_files_are_skipped_with_a_warning()
    {
        _site.WriteBytes("content/broken.txt", [0x00, 0x01, 0x02, 0xFF]);
        _site.Write("content/empty.txt", "");
        var report = _site.BuildOk();
        Assert.Contains(report.Diagnostics, d => d.Path == "content/broken.txt" && d.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Path == "content/empty.txt" && d.Message.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_that_opens_with_a_date_dates_an_article_whose_text_gives_none()
    {
        _site.Delete("content/a-story.txt");
        _site.Delete("content/b-story-copy.txt");
        _site.Write("content/2024-03-05-harbour-fees.txt", Story);
        _site.Write("content/2024-13-40-not-a-date.txt", Story.Replace("Bergen raises", "Stavanger lowers", StringComparison.Ordinal).Replace("Bergen", "Stavanger", StringComparison.Ordinal));
        var report = _site.BuildOk();

        Assert.DoesNotContain(report.Diagnostics, static d => d.Path == "content/2024-03-05-harbour-fees.txt" && d.Message.Contains("no date found", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, static d => d.Path == "content/2024-13-40-not-a-date.txt" && d.Message.Contains("no date found", StringComparison.Ordinal));
        var time = _site.Html("articles/bergen-raises-harbour-fees-for-the-third-time/index.html").QuerySelector(".article__header time")!;
        Assert.StartsWith("2024-03-05", time.GetAttribute("datetime"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-03-05-harbour-fees", "2024-03-05")]
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("2024-03-05_harbour", "2024-03-05")]
    [InlineData("2024-02-30-harbour", null)]
    [InlineData("20240305-harbour", null)]
    [InlineData("2024-03-055", null)]
    [InlineData("harbour-2024-03-05", null)]
    public void Only_a_real_date_opening_the_file_name_counts(string stem, string? expected) =>
        Assert.Equal(expected, StaticGen.Enrichment.Enricher.FileNameDate(stem)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void An_undated_article_gets_the_date_of_the_commit_that_added_it()
    {
        if (!Git("--version")) return;
        _site.Delete("content/b-story-copy.txt");
        Assert.True(Git("init", "-q") && Git("add", ".") && Git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "add", "--date=2021-06-15T10:00:00Z"));
        var (date, reason) = new FallbackDates(Path.Combine(_site.Root, "content")).For(Path.Combine(_site.Root, "content", "a-story.txt"));
        Assert.Equal(new DateTimeOffset(2021, 6, 15, 0, 0, 0, TimeSpan.Zero), date);
        Assert.Contains("git commit", reason, StringComparison.Ordinal);

        var (fixedDate, why) = new FallbackDates(Path.Combine(_site.Root, "content")).For(Path.Combine(_site.Root, "content", "not-committed.txt"));
        Assert.Equal(FallbackDates.Fixed, fixedDate);
        Assert.Contains("not committed", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_whose_git_folder_lives_elsewhere_still_dates_from_git()
    {
        // A worktree or a submodule has a .git file naming its repository, not a .git folder.
        if (!Git("--version")) return;
        _site.Delete("content/b-story-copy.txt");
        var gitDir = Path.Combine(Path.GetTempPath(), "staticgen-gitdir-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.True(Git("init", "-q", "--separate-git-dir", gitDir) && Git("add", ".") && Git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "add", "--date=2021-06-15T10:00:00Z"));
            Assert.True(File.Exists(Path.Combine(_site.Root, ".git")));
            var (date, reason) = new FallbackDates(Path.Combine(_site.Root, "content")).For(Path.Combine(_site.Root, "content", "a-story.txt"));
            Assert.Equal(new DateTimeOffset(2021, 6, 15, 0, 0, 0, TimeSpan.Zero), date);
            Assert.Contains("git commit", reason, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(gitDir)) Directory.Delete(gitDir, recursive: true);
        }
    }

    [Fact]
    public void A_site_outside_any_git_repository_gets_the_fixed_date_and_says_why()
    {
        var (date, reason) = new FallbackDates(Path.Combine(_site.Root, "content")).For(Path.Combine(_site.Root, "content", "a-story.txt"));

        Assert.Equal(FallbackDates.Fixed, date);
        Assert.Contains("not in a git repository", reason, StringComparison.Ordinal);
    }

    private bool Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["GIT_COMMITTER_DATE"] = "2021-06-15T10:00:00Z";
        try
        {
            using var p = Process.Start(info)!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
