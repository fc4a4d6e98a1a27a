using System.CommandLine;
using StaticGen.Cli.Commands;

namespace StaticGen.Cli;

/// <summary>The <c>staticgen</c> command line: each command parses its options, calls the library and prints.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => CreateRootCommand(Console.Out, Console.Error).Parse(args).InvokeAsync();

    public static RootCommand CreateRootCommand(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("StaticGen: a static-site generator that understands raw news articles.");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
        root.Subcommands.Add(InspectCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        return root;
    }
}
