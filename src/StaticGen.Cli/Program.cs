using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using StaticGen.Cli.Commands;

namespace StaticGen.Cli;

/// <summary>The <c>staticgen</c> command line: each command parses its options, calls the library and prints.</summary>
public static class Program
{
    /// <summary>
    /// The tool's version: the package version, and the git commit it was built from when the
    /// build knew it (<c>0.1.0+87bd504…</c>; the SDK's SourceLink adds it, so one commit always gives
    /// one version).
    /// </summary>
    public static string Version { get; } =
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Program).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, Terminal.Detect());

    /// <summary>Runs one command line, with help, usage errors and output all on the given writers.</summary>
    /// A usage error is printed as the error alone (each names its option), not followed by the whole help.
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal, CancellationToken cancellationToken = default)
    {
        var parse = CreateRootCommand(stdout, stderr, terminal).Parse(args);
        if (parse.Action is ParseErrorAction error) error.ShowHelp = false;
        return parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }

    /// <summary>The command tree, printing plain text (no colours, no progress bar) to the given writers.</summary>
    public static RootCommand CreateRootCommand(TextWriter stdout, TextWriter stderr) => CreateRootCommand(stdout, stderr, Terminal.Redirected);

    public static RootCommand CreateRootCommand(TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors (and a command's own result, such as the path new wrote).", Recursive = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print every warning, stage timings, and progress as plain lines when output is not a terminal.", Recursive = true };
        quiet.Validators.Add(result =>
        {
            if (result.GetValue(quiet) && result.GetValue(verbose)) result.AddError("--quiet and --verbose cannot be used together");
        });

        var cli = new CliContext(stdout, stderr, terminal, quiet, verbose);
        var root = new RootCommand("StaticGen: a static-site generator that understands raw news articles. Start with 'staticgen init DIR'.")
        {
            quiet, verbose,
        };
        foreach (var option in root.Options)
        {
            if (option is VersionOption version) version.Action = new PrintVersion(stdout);
        }

        root.Subcommands.Add(InitCommand.Create(cli));
        root.Subcommands.Add(NewCommand.Create(cli));
        root.Subcommands.Add(BuildCommand.Create(cli));
        root.Subcommands.Add(ServeCommand.Create(cli));
        root.Subcommands.Add(CheckCommand.Create(cli));
        root.Subcommands.Add(CleanCommand.Create(cli));
        root.Subcommands.Add(ImportCommand.Create(cli));
        root.Subcommands.Add(InspectCommand.Create(cli));
        return root;
    }

    /// <summary><c>--version</c>: this tool's version (System.CommandLine's own asks the entry assembly, which is the test host under tests).</summary>
    private sealed class PrintVersion(TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            stdout.WriteLine(Version);
            return 0;
        }
    }
}
