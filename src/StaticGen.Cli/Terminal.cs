namespace StaticGen.Cli;

/// <summary>
/// What the process's console can show: a live progress bar only on an interactive terminal, and
/// colours only where the reader is a terminal and has not asked for none.
/// </summary>
/// <param name="Interactive">Standard output is a terminal that can redraw a progress bar.</param>
/// <param name="Colours">Standard output may carry ANSI colours.</param>
/// <param name="ErrorColours">Standard error may carry ANSI colours.</param>
public sealed record Terminal(bool Interactive, bool Colours, bool ErrorColours)
{
    /// <summary>Output redirected to a file, a pipe or a test: plain text only.</summary>
    public static readonly Terminal Redirected = new(false, false, false);

    /// <summary>The process's console, as <see cref="From"/> judges it.</summary>
    public static Terminal Detect() => From(
        Console.IsOutputRedirected, Console.IsErrorRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("TERM"));

    /// <summary>
    /// Colours are off when <c>NO_COLOR</c> is set to anything but the empty string
    /// (<see href="https://no-color.org/"/>), when the stream is redirected (a file, a pipe, CI
    /// logs), and on a <c>TERM=dumb</c> terminal, which gets no progress bar either.
    /// </summary>
    public static Terminal From(bool outputRedirected, bool errorRedirected, string? noColor, string? term)
    {
        var colours = string.IsNullOrEmpty(noColor);
        var dumb = string.Equals(term, "dumb", StringComparison.Ordinal);
        var outTerminal = !outputRedirected && !dumb;
        var errorTerminal = !errorRedirected && !dumb;
        return new Terminal(outTerminal, outTerminal && colours, errorTerminal && colours);
    }
}
