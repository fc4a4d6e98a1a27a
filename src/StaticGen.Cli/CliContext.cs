using System.CommandLine;

namespace StaticGen.Cli;

/// <summary>What every command needs to print: the writers, the terminal, and the global <c>--quiet</c> and <c>--verbose</c> options.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, Terminal terminal, Option<bool> quiet, Option<bool> verbose)
{
    public TextWriter Out => stdout;

    /// <summary>The console for one invocation, as verbose as its options ask.</summary>
    public CliConsole ConsoleFor(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var verbosity = parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;
        return new CliConsole(stdout, stderr, terminal, verbosity);
    }
}
