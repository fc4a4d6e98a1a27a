using System.Text;
using System.Text.RegularExpressions;
using StaticGen.Cli;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

/// <summary>What build prints with --quiet, by default and with --verbose; colours; progress.</summary>
public sealed partial class ConsoleOutputTests : IDisposable
{
    private const int Undated = 23;
    private readonly FixtureSite _site;

    public ConsoleOutputTests()
    {
        // Articles without a date: each is one warning.
        var text = new StringBuilder("-- site.config.yml --\ntitle: Tideline\n");
        for (var i = 1; i <= Undated; i++)
        {
            text.Append($"-- content/notice-{i:00}.md --\n---\ntitle: Harbour notice {i}\n---\nThe harbour office posted notice {i} about berth changes.\n");
        }

        _site = FixtureSite.Parse(text.ToString());
    }

    public void Dispose() => _site.Dispose();

    private string Config => Path.Combine(_site.Root, "site.config.yml");

    [GeneratedRegex(@"^content/notice-\d\d\.md: warning: no date found")]
    private static partial Regex NoDateWarning();

    [GeneratedRegex("\u001b\\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Ansi();

    [Fact]
    public void By_default_build_prints_every_warning_and_a_summary()
    {
        var run = CliRunner.Run("build", "--config", Config);

        Assert.Equal(0, run.Exit);
        Assert.Equal(Undated, run.ErrLines.Count(NoDateWarning().IsMatch));
        Assert.All(run.ErrLines, line => Assert.Matches(NoDateWarning(), line));
        Assert.StartsWith($"Built {Undated} articles into ", Assert.Single(run.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_prints_every_warning_progress_lines_and_stage_timings()
    {
        var run = CliRunner.Run("build", "--config", Config, "--verbose");

        Assert.Equal(0, run.Exit);
        Assert.Equal(Undated, run.ErrLines.Count);
        Assert.All(run.ErrLines, l => Assert.Matches(NoDateWarning(), l));
        Assert.Equal($"loaded {Undated}/{Undated} articles", run.OutLines[0]);
        Assert.Matches(@"^rendered (\d+)/\1 pages$", run.OutLines[1]);
        Assert.StartsWith("Built ", run.OutLines[2], StringComparison.Ordinal);
        Assert.Matches(@"^Timings: configure \d+\.\d\d s, load \d+\.\d\d s, enrich \d+\.\d\d s, assemble \d+\.\d\d s, plan \d+\.\d\d s, render \d+\.\d\d s, feeds \d+\.\d\d s, write \d+\.\d\d s\.$", run.OutLines[3]);
        Assert.Equal(4, run.OutLines.Count);
    }

    [Fact]
    public void Quiet_prints_nothing_for_a_build_that_succeeds_with_warnings()
    {
        var run = CliRunner.Run("build", "--config", Config, "--quiet");

        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Equal("", run.Err);
        Assert.True(_site.Exists("index.html"));
    }

    [Fact]
    public void Quiet_and_strict_print_the_warnings_that_failed_the_build()
    {
        var run = CliRunner.Run("-q", "build", "--config", Config, "--strict");

        Assert.Equal(1, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Equal(Undated, run.ErrLines.Count(NoDateWarning().IsMatch));
        Assert.StartsWith($"Build failed with 0 errors and {Undated} warnings", run.ErrLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_still_prints_errors()
    {
        _site.Write("site.config.yml", "title: Tideline\npageSize: many\n");

        var run = CliRunner.Run("build", "--config", Config, "--quiet");

        Assert.Equal(1, run.Exit);
        Assert.Matches(@"^site\.config\.yml:2:\d+: error: ", run.ErrLines[0]);
    }

    [Fact]
    public void Without_colours_no_escape_codes_are_printed_and_with_them_only_the_severity_word_is_coloured()
    {
        // A misspelt key is a warning, an unknown country an error: new prints both and writes nothing.
        _site.Write("site.config.yml", "title: Tideline\ntitel: Tideline\n");
        string[] args = ["new", "Ferry strike", "--country", "Atlantis", "--config", Config];

        var plain = CliRunner.Run(Terminal.From(outputRedirected: true, errorRedirected: false, noColor: "1", term: "xterm-256color"), args);
        var coloured = CliRunner.Run(new Terminal(Interactive: false, Colours: false, ErrorColours: true), args);

        Assert.Equal(1, plain.Exit);
        Assert.DoesNotContain('\u001b', plain.Out + plain.Err);
        Assert.Collection(plain.ErrLines,
            static l => Assert.StartsWith("site.config.yml:2:1: warning: ", l, StringComparison.Ordinal),
            static l => Assert.StartsWith("content/ferry-strike.md: error: unknown country 'Atlantis'", l, StringComparison.Ordinal));
        Assert.Collection(coloured.ErrLines,
            static l => Assert.StartsWith("site.config.yml:2:1: \u001b[93mwarning\u001b[0m: ", l, StringComparison.Ordinal),
            static l => Assert.StartsWith("content/ferry-strike.md: \u001b[91merror\u001b[0m: unknown country", l, StringComparison.Ordinal));
        Assert.Equal(plain.Err, Ansi().Replace(coloured.Err, ""));
    }

    [Fact]
    public void On_a_terminal_build_draws_progress_bars_with_counts()
    {
        var run = CliRunner.Run(new Terminal(Interactive: true, Colours: false, ErrorColours: false), "build", "--config", Config);

        Assert.Equal(0, run.Exit);
        var screen = Ansi().Replace(run.Out, "");
        Assert.Contains("loading articles", screen, StringComparison.Ordinal);
        Assert.Contains($"{Undated}/{Undated}", screen, StringComparison.Ordinal);
        Assert.Matches(@"rendering pages\s.*\s(\d+)/\1\s", screen);
        Assert.Contains("\u001b[", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("Built ", screen.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false, null, "xterm", true, true, true)]
    [InlineData(false, false, "1", "xterm", true, false, false)]
    [InlineData(false, false, "", "xterm", true, true, true)]
    [InlineData(true, false, null, "xterm", false, false, true)]
    [InlineData(false, true, null, "xterm", true, true, false)]
    [InlineData(false, false, null, "dumb", false, false, false)]
    public void Colours_are_off_with_no_color_a_redirected_stream_or_a_dumb_terminal(
        bool outRedirected, bool errRedirected, string? noColor, string term, bool interactive, bool colours, bool errorColours)
    {
        Assert.Equal(new Terminal(interactive, colours, errorColours), Terminal.From(outRedirected, errRedirected, noColor, term));
    }
}
