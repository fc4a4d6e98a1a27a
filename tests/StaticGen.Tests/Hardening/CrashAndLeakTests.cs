using System.Runtime.InteropServices;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using StaticGen.Build;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Hardening;

/// <summary>
/// The crashes and leaks adversarial testing found (issue #16, rows B1–B5 and U2), each reproduced as
/// it was found: the input gets a diagnostic naming the file (and line), the rest of the site is
/// built, and nothing is lost or leaked.
/// </summary>
public sealed class CrashAndLeakTests
{
    private const string Config = """
        -- site.config.yml --
        title: Hostile
        baseUrl: https://example.org/
        """;

    private const string Neighbour = """
        -- content/neighbour.md --
        ---
        title: The harbour reopens
        date: 2024-03-01
        ---
        The harbour reopened on Monday after the storm.
        """;

    [Fact]
    public void B1_a_title_of_one_100000_character_word_builds_and_is_left_out_of_the_search_index()
    {
        var word = new string('q', 100_000);
        using var site = FixtureSite.Parse(Config + "\n" + Neighbour + $"""

            -- content/long.md --
            ---
            title: Long {word}
            date: 2024-03-02
            ---
            Body.
            -- content/long-raw.txt --
            Raw {word}

            A paragraph of the raw article that says something about the harbour.
            """);

        site.BuildOk();

        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));
        var index = string.Concat(site.OutputFiles().Where(static f => f.StartsWith("search/terms/", StringComparison.Ordinal)).Select(site.Text));
        Assert.Contains("\"harbour\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('q', SearchIndex.MaxTokenLength + 1), index, StringComparison.Ordinal);
    }

    [Fact]
    public void B1_words_longer_than_the_limit_are_not_tokens()
    {
        var atLimit = new string('a', SearchIndex.MaxTokenLength);
        var overLimit = new string('b', SearchIndex.MaxTokenLength + 1);
        Assert.Equal(["harbour", atLimit], SearchIndex.Tokens($"harbour {atLimit} {overLimit}"));
    }

    /// <summary>Nine levels of ten aliases each: a kilobyte that stands for a billion strings.</summary>
    private static string AliasBomb(int levels, string indent)
    {
        var sb = new StringBuilder();
        sb.Append(indent).Append("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= levels; i++)
        {
            sb.Append(indent).Append($"l{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append("]\n");
        }

        return sb.ToString();
    }

    [Fact]
    public void B2_an_alias_bomb_in_front_matter_skips_the_article_with_its_file_and_line()
    {
        using var site = FixtureSite.Parse(Config + "\n" + Neighbour + $"""

            -- content/bomb.md --
            ---
            title: Laughs
            date: 2024-03-02
            params:
            {AliasBomb(9, "  ")}---
            Body.
            """);

        var report = site.BuildOk();

        var refused = Assert.Single(report.Diagnostics, static d => d.Path == "content/bomb.md" && d.Message.Contains("aliases", StringComparison.Ordinal));
        Assert.Contains("more than 10,000 values", refused.Message, StringComparison.Ordinal);
        Assert.InRange(refused.Line, 5, 15);
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));
        Assert.False(site.Exists("articles/laughs/index.html"));
    }

    [Fact]
    public void B2_an_alias_bomb_in_the_config_is_an_error_at_its_line()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "title: Hostile\nparams:\n" + AliasBomb(7, "  "));

        var error = Assert.Single(result.Diagnostics, static d => d.IsError);
        Assert.Equal("site.config.yml", error.Path);
        Assert.InRange(error.Line, 3, 10);
        Assert.Contains("aliases (*name)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void B2_an_alias_that_nests_too_deep_once_expanded_is_refused()
    {
        // Each level is shallow as written, but every alias repeats a list nested one deeper than the last.
        var sb = new StringBuilder("params:\n  d0: &d0 [x]\n");
        for (var i = 1; i <= 40; i++) sb.Append($"  d{i}: &d{i} [*d{i - 1}]\n");

        var result = SiteConfigReader.Parse("site.config.yml", sb.ToString());

        var error = Assert.Single(result.Diagnostics, static d => d.IsError);
        Assert.Contains($"more than {YamlBinderDepth} levels deep once the alias", error.Message, StringComparison.Ordinal);
    }

    private const int YamlBinderDepth = 32;

    [Fact]
    public void B2_a_few_aliases_are_still_read()
    {
        var result = SiteConfigReader.Parse("site.config.yml", "params:\n  base: &b {color: blue, size: 3}\n  copy: *b\n");

        Assert.DoesNotContain(result.Diagnostics, static d => d.IsError);
        var copy = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Config.Params["copy"]);
        Assert.Equal("blue", copy["color"]);
    }

    [DllImport("libc", SetLastError = true, EntryPoint = "open")]
    private static extern int Open(byte[] path, int flags, int mode);

    [DllImport("libc", SetLastError = true, EntryPoint = "close")]
    private static extern int Close(int fd);

    [DllImport("libc", SetLastError = true, EntryPoint = "mkdir")]
    private static extern int MakeFolder(byte[] path, int mode);

    [DllImport("libc", SetLastError = true, EntryPoint = "mkfifo")]
    private static extern int MakePipe(byte[] path, int mode);

    [Fact]
    public async Task A_named_pipe_in_content_is_an_empty_file_and_does_not_hang_the_build()
    {
        if (OperatingSystem.IsWindows()) return; // No named pipes in the file system there.
        using var site = FixtureSite.Parse(Config + "\n" + Neighbour);
        var content = Path.Combine(site.Root, "content");
        // Pipes that no process writes to, an article and a static file: opening one for reading waits for a writer, for ever.
        Assert.Equal(0, MakePipe(Encoding.UTF8.GetBytes(Path.Combine(content, "pipe.txt") + "\0"), 0x1A4));
        var staticFolder = Directory.CreateDirectory(Path.Combine(site.Root, "static")).FullName;
        Assert.Equal(0, MakePipe(Encoding.UTF8.GetBytes(Path.Combine(staticFolder, "pipe.css") + "\0"), 0x1A4));

        var build = Task.Run(() => site.Build());
        Assert.Same(build, await Task.WhenAny(build, Task.Delay(TimeSpan.FromMinutes(2))));

        var report = await build;
        Assert.Contains(report.Diagnostics, static d => d.Path == "content/pipe.txt" && d.Message.Contains("empty", StringComparison.Ordinal));
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));
        Assert.Equal(0, new FileInfo(Path.Combine(site.Output, "pipe.css")).Length);
    }

    private static byte[] RawName(string folder, byte[] name) => [.. Encoding.UTF8.GetBytes(folder + "/"), .. name, 0];

    [Fact]
    public void B3_a_file_name_that_is_not_utf8_is_reported_and_skipped_and_the_rest_is_built()
    {
        if (OperatingSystem.IsWindows()) return; // Windows names are UTF-16: no such name can exist there.
        using var site = FixtureSite.Parse(Config + "\n" + Neighbour);
        var content = Path.Combine(site.Root, "content");
        // "café.md" written in Latin-1, as an old scraper would.
        var fd = Open(RawName(content, [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64]), 0x41 /* O_WRONLY|O_CREAT */, 0x1A4);
        Assert.True(fd >= 0, "could not create the file");
        Close(fd);
        Assert.Equal(0, MakeFolder(RawName(content, [0x66, 0xFF, 0x6F]), 0x1ED));

        var report = site.BuildOk();

        Assert.Contains(report.Diagnostics, static d => d.Path == "content/caf\uFFFD.md" && d.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, static d => d.Path == "content/f\uFFFDo" && d.Message.StartsWith("the folder name is not valid UTF-8", StringComparison.Ordinal));
        Assert.True(site.Exists("articles/the-harbour-reopens/index.html"));
        // The summary's count of skipped files includes the file left out of the listing (a folder's files are not known, so not counted).
        Assert.Equal(1, report.SkippedFiles);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/images")]
    [InlineData("templates")]
    public void B4_paths_static_that_would_publish_the_sources_is_an_error_at_its_line_and_the_output_is_kept(string folder)
    {
        using var site = FixtureSite.Parse($"""
            -- site.config.yml --
            title: Hostile
            paths:
              static: {folder}
            -- content/embargoed.md --
            ---
            title: Embargoed until Friday
            draft: true
            ---
            Secret draft text.
            -- content/images/photo.txt --
            A photo caption file.
            -- templates/layouts/extra.html --
            <p>extra</p>
            """);
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, ".staticgen"), "");
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "previous");

        var report = site.Build();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal(("site.config.yml", 3), (error.Path, error.Line));
        Assert.Contains("'paths.static'", error.Message, StringComparison.Ordinal);
        Assert.Equal("previous", site.Text("index.html"));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories), static f => f.EndsWith("embargoed.md", StringComparison.Ordinal));
    }

    [Fact]
    public void B4_a_static_folder_that_links_to_the_content_folder_is_refused()
    {
        if (OperatingSystem.IsWindows()) return; // Creating links needs privileges there.
        using var site = FixtureSite.Parse(Config + "\n" + Neighbour);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "static"), Path.Combine(site.Root, "content"));

        var report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, static d => d.IsError && d.Message.Contains("paths.content", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // A new site, never built: the folder named by paths.static is not there yet.
    public void U6_paths_static_that_is_the_output_folder_names_paths_static_and_does_not_suggest_the_output(bool built)
    {
        using var site = FixtureSite.Parse(Neighbour + """

            -- site.config.yml --
            title: Hostile
            paths:
              static: _site
            """ + (built ? """

            -- _site/robots.txt --
            User-agent: *
            """ : ""));

        var report = site.Build();

        var error = Assert.Single(report.Diagnostics, static d => d.IsError);
        Assert.Equal(("site.config.yml", 3), (error.Path, error.Line));
        Assert.Contains("'paths.static' is '_site'", error.Message, StringComparison.Ordinal);
        Assert.Contains("such as static", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("such as _site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void B5_an_rss_reader_that_decodes_description_as_html_sees_the_summary_as_text()
    {
        const string summary = "\"><img src=x onerror=alert(1)> & <b>bold</b>";
        using var site = FixtureSite.Parse(Config + "\n" + $"""

            -- content/a.md --
            ---
            title: Markup in the summary
            date: 2024-03-02
            summary: '{summary}'
            ---
            Body.
            """);
        site.BuildOk();

        using var reader = XmlReader.Create(Path.Combine(site.Output, "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        var description = Assert.Single(feed.Items).Summary.Text;

        // What a reader shows: the description parsed as HTML.
        var shown = new HtmlParser().ParseFragment(description, new HtmlParser().ParseDocument("<body></body>").Body!);
        Assert.Empty(shown.OfType<AngleSharp.Dom.IElement>());
        Assert.Equal(summary, string.Concat(shown.Select(static n => n.TextContent)));
    }

    [Fact]
    public void U2_an_unreadable_subfolder_is_reported()
    {
        // Root reads every folder whatever its mode, so this runs where the tests do not run as root (CI).
        if (OperatingSystem.IsWindows() || Environment.UserName == "root") return;
        using var site = FixtureSite.Parse(Config + "\n" + Neighbour + """

            -- content/locked/a.md --
            ---
            title: Locked away
            ---
            Text.
            """);
        var locked = Path.Combine(site.Root, "content", "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var report = site.BuildOk();
            Assert.Contains(report.Diagnostics, static d => d.Path == "content/locked" && d.Message.StartsWith("the folder cannot be read", StringComparison.Ordinal));
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
