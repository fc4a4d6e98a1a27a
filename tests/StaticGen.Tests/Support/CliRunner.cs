using System.CommandLine;
using StaticGen.Cli;

namespace StaticGen.Tests.Support;

/// <summary>What one <c>staticgen</c> command line printed, and its exit code.</summary>
public sealed record CliRun(int Exit, string Out, string Err)
{
    /// <summary>Standard output, line by line, without empty lines.</summary>
    public IReadOnlyList<string> OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Standard error, line by line, without empty lines.</summary>
    public IReadOnlyList<string> ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Runs the command line in-process as <c>staticgen</c> would, with output captured. Tests never
/// change the current folder (tests run in parallel): they pass <c>--config</c> or a folder.
/// </summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args) => Run(Terminal.Redirected, args);

    public static CliRun Run(Terminal terminal, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = Program.CreateRootCommand(stdout, stderr, terminal).Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
