using System.Globalization;

namespace StaticGen;

/// <summary>How bad a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Something looks wrong; the build goes on (and fails only with <c>--strict</c>).</summary>
    Warning,

    /// <summary>The build cannot produce correct output; it fails and leaves the previous output untouched.</summary>
    Error,
}

/// <summary>The pipeline stage that reported a <see cref="Diagnostic"/>.</summary>
public enum Stage
{
    /// <summary>Reading and validating <c>site.config.yml</c>.</summary>
    Configure,

    /// <summary>Reading and parsing files in <c>content/</c>.</summary>
    Load,

    /// <summary>Cleanup, detection and the merge of authored and detected values.</summary>
    Enrich,

    /// <summary>Building the site model: URLs, taxonomies, pagination.</summary>
    Assemble,

    /// <summary>Markdown and template rendering.</summary>
    Render,

    /// <summary>Writing the output folder.</summary>
    Write,

    /// <summary>Checking a built site (<c>staticgen check</c>).</summary>
    Check,
}

/// <summary>
/// The one diagnostic type: a problem in a file, at a line and column (1-based; 0 when unknown),
/// reported by a stage. Printed as <c>path:line:col: severity: message</c>.
/// </summary>
public sealed record Diagnostic(Severity Severity, Stage Stage, string Path, int Line, int Column, string Message)
{
    public static Diagnostic Error(Stage stage, string path, int line, int column, string message) =>
        new(Severity.Error, stage, path, line, column, message);

    public static Diagnostic Warning(Stage stage, string path, int line, int column, string message) =>
        new(Severity.Warning, stage, path, line, column, message);

    public bool IsError => Severity == Severity.Error;

    /// <summary>Where the problem is: <c>path</c>, <c>path:line</c> or <c>path:line:col</c>, as far as it is known.</summary>
    public string Location => (Line, Column) switch
    {
        ( <= 0, _) => Path,
        (_, <= 0) => string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}"),
    };

    /// <summary><c>error</c> or <c>warning</c>, as printed.</summary>
    public string SeverityName => Severity == Severity.Error ? "error" : "warning";

    /// <summary>Compiler-style text, e.g. <c>content/a.md:3:7: error: expected a date</c>.</summary>
    // Paths and messages quote content; a control character in them must not drive the terminal.
    public override string ToString() => TextSafety.Printable($"{Location}: {SeverityName}: {Message}");

    /// <summary>Orders diagnostics by file, then position, so reports read the same in every build.</summary>
    public static readonly IComparer<Diagnostic> Order = Comparer<Diagnostic>.Create(static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = a.Column.CompareTo(b.Column);
        if (c != 0) return c;
        c = b.Severity.CompareTo(a.Severity);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });
}

/// <summary>
/// Collects diagnostics of one unit of work (a file, a stage). Not thread-safe: parallel work gives
/// each task its own list and merges them with <see cref="AddRange"/>.
/// </summary>
public sealed class DiagnosticList : IReadOnlyList<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public Diagnostic this[int index] => _items[index];

    public bool HasErrors => _items.Exists(static d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(Stage stage, string path, int line, int column, string message) =>
        _items.Add(Diagnostic.Error(stage, path, line, column, message));

    public void Warning(Stage stage, string path, int line, int column, string message) =>
        _items.Add(Diagnostic.Warning(stage, path, line, column, message));

    /// <summary>The diagnostics in a stable order (file, line, column), each once.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var copy = _items.Distinct().ToArray();
        Array.Sort(copy, Diagnostic.Order);
        return copy;
    }

    public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
