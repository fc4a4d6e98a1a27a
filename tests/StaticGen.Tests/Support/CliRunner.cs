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
/// With the environment variable <c>STATICGEN_EXE</c> set to an executable (the Native AOT tool,
/// .ci/native-check), every run with redirected output runs that executable instead, so the same
/// tests hold the native tool to the runtime build's behaviour.
/// </summary>
public static class CliRunner
{
    private static readonly string? s_executable = Environment.GetEnvironmentVariable("STATICGEN_EXE") is { Length: > 0 } exe ? exe : null;

    public static CliRun Run(params string[] args) => Run(Terminal.Redirected, args);

    public static CliRun Run(Terminal terminal, params string[] args)
    {
        if (s_executable is not null && ReferenceEquals(terminal, Terminal.Redirected)) return RunExecutable(s_executable, args);

        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = Program.CreateRootCommand(stdout, stderr, terminal).Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    private static CliRun RunExecutable(string executable, string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.ReplaceLineEndings("\n"), stderr.Result.ReplaceLineEndings("\n"));
    }
}
