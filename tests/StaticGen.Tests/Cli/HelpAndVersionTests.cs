using System.CommandLine;
using System.Reflection;
using StaticGen.Cli;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Cli;

public sealed class HelpAndVersionTests
{
    private static IEnumerable<Command> Tree(Command command) => [command, .. command.Subcommands.SelectMany(Tree)];

    private static readonly RootCommand s_root = Program.CreateRootCommand(TextWriter.Null, TextWriter.Null);

    public static TheoryData<string> Commands => [.. s_root.Subcommands.Select(static c => c.Name)];

    [Fact]
    public void Every_command_option_and_argument_has_a_one_line_description()
    {
        var missing = new List<string>();
        foreach (var command in Tree(s_root))
        {
            IEnumerable<(string Name, string? Description)> symbols =
            [
                (command.Name, command.Description),
                .. command.Options.Select(static o => (o.Name, o.Description)),
                .. command.Arguments.Select(static a => (a.Name, a.Description)),
            ];
            foreach (var (name, description) in symbols)
            {
                if (string.IsNullOrWhiteSpace(description) || description.Contains('\n', StringComparison.Ordinal)) missing.Add($"{command.Name} {name}");
            }
        }

        Assert.Empty(missing);
        Assert.Equal(["init", "new", "build", "serve", "check", "clean", "import", "inspect"], s_root.Subcommands.Select(static c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_commands_help_lists_every_option_with_its_description(string name)
    {
        var command = s_root.Subcommands.Single(c => c.Name == name);

        var run = CliRunner.Run(name, "--help");

        Assert.Equal(0, run.Exit);
        var options = command.Options.Concat(s_root.Options.Where(static o => o.Recursive));
        foreach (var option in options.Where(static o => o is not System.CommandLine.Help.HelpOption))
        {
            Assert.Single(run.OutLines, l => l.Contains(option.Name, StringComparison.Ordinal) && l.EndsWith(option.Description!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_root_help_lists_every_command_and_the_global_options()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(0, run.Exit);
        foreach (var command in s_root.Subcommands)
        {
            Assert.Contains(run.OutLines, l => l.StartsWith(command.Name, StringComparison.Ordinal) && l.Contains(command.Description!, StringComparison.Ordinal));
        }

        Assert.Contains(run.OutLines, static l => l.StartsWith("-q, --quiet", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, static l => l.StartsWith("-v, --verbose", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, static l => l.StartsWith("--version", StringComparison.Ordinal));
    }

    [Fact]
    public void Version_prints_the_informational_version_of_the_tool()
    {
        var expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = CliRunner.Run("--version");

        Assert.Equal(0, run.Exit);
        Assert.Equal(expected, Assert.Single(run.OutLines));
        Assert.Matches(@"^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)*$", expected);
        Assert.StartsWith(typeof(Program).Assembly.GetName().Version!.ToString(3), expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--quiet", "--verbose", "build")]
    [InlineData("build", "-q", "-v")]
    public void Quiet_and_verbose_together_are_a_usage_error(params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("--quiet and --verbose cannot be used together", run.Err, StringComparison.Ordinal);
    }
}
