using System.Text.RegularExpressions;

namespace StaticGen;

/// <summary>
/// Regular expressions on the linear-time engine (<see cref="RegexOptions.NonBacktracking"/>), which the patterns of data
/// files and of a site's configuration (furniture, cleanup) run on: every one is made here, so that all of them are built
/// under the same size limit, whichever is built first.
/// </summary>
internal static class LinearRegex
{
    /// <summary>
    /// The largest automaton the engine builds (its nodes), raised from the runtime's 10,000 unless the program sets its own
    /// (<c>REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE</c> in its runtime configuration). The embedded one-line furniture list
    /// alone is some 50,000 nodes, which at the runtime's limit ran as seven automata, each asked of every line of every raw
    /// article; as one it is four times faster and is built faster too. The limit still refuses a pattern that would grow
    /// without bound (a counted repetition of a counted repetition), and a list past it is compiled in parts.
    /// </summary>
    internal const int MaxAutomatonNodes = 100_000;

    private const string SizeSetting = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    static LinearRegex()
    {
        if (AppContext.GetData(SizeSetting) is null) AppContext.SetData(SizeSetting, MaxAutomatonNodes);
    }

    /// <summary>The pattern on the linear-time engine, with <paramref name="options"/> besides.</summary>
    /// <exception cref="ArgumentException">The pattern does not parse.</exception>
    /// <exception cref="NotSupportedException">The engine does not take it: a lookaround, a backreference, or an automaton past <see cref="MaxAutomatonNodes"/>.</exception>
    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) => new(pattern, options | RegexOptions.NonBacktracking);
}
