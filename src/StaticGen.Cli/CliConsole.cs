using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using StaticGen.Build;

namespace StaticGen.Cli;

/// <summary>How much a command prints (<c>--quiet</c>, <c>--verbose</c>).</summary>
internal enum Verbosity
{
    /// <summary>Only errors (and a command's own result, such as the path <c>new</c> wrote).</summary>
    Quiet,

    /// <summary>Errors, the first warnings, progress on a terminal and a summary.</summary>
    Normal,

    /// <summary>Also every warning, progress as plain lines when not on a terminal, and stage timings.</summary>
    Verbose,
}

/// <summary>
/// Where a command prints: results and summaries on standard output, diagnostics on standard
/// error, each as much as the <see cref="Verbosity"/> allows, coloured only where the
/// <see cref="Terminal"/> allows. A diagnostic keeps its <c>path:line:col: severity: message</c>
/// form; colour marks only the severity word.
/// </summary>
internal sealed class CliConsole
{
    /// <summary>Warnings printed without <c>--verbose</c>; a build of scraped articles may have thousands.</summary>

    private readonly Terminal _terminal;
    private readonly IAnsiConsole? _errorColours;

    public CliConsole(TextWriter stdout, TextWriter stderr, Terminal terminal, Verbosity verbosity)
    {
        Out = stdout;
        Error = stderr;
        _terminal = terminal;
        Verbosity = verbosity;
        _errorColours = terminal.ErrorColours ? Ansi(stderr, colours: true, interactive: false) : null;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public Verbosity Verbosity { get; }

    /// <summary>A command's own output (the path <c>new</c> wrote, a check's problems): printed even with <c>--quiet</c>.</summary>
    public void Result(string line) => Out.WriteLine(line);

    /// <summary>A summary or a next step: not with <c>--quiet</c>.</summary>
    public void Info(string line)
    {
        if (Verbosity != Verbosity.Quiet) Out.WriteLine(line);
    }

    /// <summary>Detail only <c>--verbose</c> asks for.</summary>
    public void Detail(string line)
    {
        if (Verbosity == Verbosity.Verbose) Out.WriteLine(line);
    }

    /// <summary>A failure: always printed, on standard error.</summary>
    public void Failure(string line) => Error.WriteLine(line);

    /// <summary>
    /// Prints diagnostics on standard error, as a compiler does: every error, and every warning
    /// except with <c>--quiet</c> (unless <paramref name="warningsFail"/>, as with <c>--strict</c>,
    /// where they are why it failed). Each names its file and line, so none is left out.
    /// </summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics, bool warningsFail = false)
    {
        // Written in blocks, not line by line: standard error flushes each write, and a build of scraped articles can
        // print thousands of warnings (5,000 lines took 10,000 system calls).
        var block = new System.Text.StringBuilder();
        foreach (var d in diagnostics)
        {
            if (!d.IsError && !warningsFail && Verbosity == Verbosity.Quiet) continue;
            // Paths and messages quote content; a control character in them must not drive the terminal.
            block.Append(TextSafety.Printable(d.Location)).Append(": ").Append(Paint(d.SeverityName, d.IsError ? Color.Red : Color.Yellow))
                .Append(": ").Append(TextSafety.Printable(d.Message)).Append(Error.NewLine);
            if (block.Length < 1 << 16) continue;
            Error.Write(block.ToString());
            block.Clear();
        }

        if (block.Length > 0) Error.Write(block.ToString());
    }

    /// <summary>
    /// Opens the site of <paramref name="config"/> (default: the current folder) and prints what
    /// reading its config reported; null when the config has errors.
    /// </summary>
    public SiteContext? OpenSite(FileInfo? config)
    {
        var site = SiteContext.Open(config?.DirectoryName ?? Directory.GetCurrentDirectory(), config?.FullName);
        Diagnostics(site.Diagnostics);
        return site.HasErrors ? null : site;
    }

    /// <summary>
    /// Runs long work with a progress hook: a live bar with counts on an interactive terminal, plain
    /// lines ("loaded 500/10000 articles") with <c>--verbose</c> elsewhere, nothing otherwise.
    /// </summary>
    public T WithProgress<T>(Func<IProgress<BuildProgress>?, T> work)
    {
        if (Verbosity == Verbosity.Quiet) return work(null);
        if (_terminal.Interactive)
        {
            var console = Ansi(Out, _terminal.Colours, interactive: true);
            return console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn())
                .Start(context => work(new ProgressBars(context)));
        }

        return Verbosity == Verbosity.Verbose ? work(new ProgressLines(Out)) : work(null);
    }

    /// <summary>What a stage's items are called in progress lines and bars.</summary>
    internal static (string Doing, string Done, string Items) Words(Stage stage) => stage switch
    {
        Stage.Load => ("loading", "loaded", "articles"),
        Stage.Render => ("rendering", "rendered", "pages"),
        Stage.Write => ("encoding", "encoded", "images"),
        _ => (stage.ToString().ToLowerInvariant(), stage.ToString().ToLowerInvariant(), "items"),
    };

    private string Paint(string text, Color colour) =>
        _errorColours is null ? text : _errorColours.ToAnsi(new Text(text, new Style(colour)));

    /// <summary>A Spectre console bound to a command's writer, so tests capture what it draws.</summary>
    private static IAnsiConsole Ansi(TextWriter writer, bool colours, bool interactive) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = colours ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });

    /// <summary>One Spectre task per stage, created at the stage's first report. Thread-safe: reports come from worker threads.</summary>
    private sealed class ProgressBars(ProgressContext context) : IProgress<BuildProgress>
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<Stage, ProgressTask> _tasks = [];

        public void Report(BuildProgress value)
        {
            if (value.Total == 0) return;
            lock (_lock)
            {
                if (!_tasks.TryGetValue(value.Stage, out var task))
                {
                    var (doing, _, items) = Words(value.Stage);
                    task = context.AddTask($"{doing} {items}", maxValue: value.Total);
                    _tasks[value.Stage] = task;
                }

                // Reports may arrive out of order: the bar only moves forward.
                if (value.Done > task.Value) task.Value = value.Done;
            }
        }
    }

    /// <summary>
    /// "loaded 500/10000 articles" at each tenth of a stage of 100 items or more, and at its end,
    /// for logs. Thread-safe.
    /// </summary>
    private sealed class ProgressLines(TextWriter writer) : IProgress<BuildProgress>
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<Stage, int> _tenths = [];

        public void Report(BuildProgress value)
        {
            if (value.Total == 0 || (value.Total < 100 && value.Done < value.Total)) return;
            var tenth = (int)(10L * value.Done / value.Total);
            lock (_lock)
            {
                if (tenth <= _tenths.GetValueOrDefault(value.Stage)) return;
                _tenths[value.Stage] = tenth;
                var (_, done, items) = Words(value.Stage);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done} {value.Done}/{value.Total} {items}"));
            }
        }
    }

    /// <summary>The count beside a bar: "500/10000".</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}"));
    }
}
