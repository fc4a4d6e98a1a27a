namespace StaticGen.Build;

/// <summary>
/// How far a long stage of a build is: <paramref name="Done"/> of <paramref name="Total"/> items
/// (articles for <see cref="Stage.Load"/>, pages for <see cref="Stage.Render"/>).
/// </summary>
public sealed record BuildProgress(Stage Stage, int Done, int Total);

/// <summary>
/// Counts the items of one parallel loop and reports to a <see cref="BuildOptions.Progress"/>
/// hook: once at the start (0 of the total), then about every hundredth item and at the last one,
/// so a build of 10,000 articles makes about a hundred reports per stage, not 10,000. Counting is
/// one interlocked increment, so the loops pay nothing measurable for it. Reports come from the
/// loop's worker threads, possibly out of order.
/// </summary>
internal sealed class ProgressCounter
{
    private readonly IProgress<BuildProgress> _progress;
    private readonly Stage _stage;
    private readonly int _total;
    private readonly int _step;
    private int _done;

    private ProgressCounter(IProgress<BuildProgress> progress, Stage stage, int total)
    {
        _progress = progress;
        _stage = stage;
        _total = total;
        _step = Math.Max(1, total / 100);
        progress.Report(new BuildProgress(stage, 0, total));
    }

    /// <summary>A counter for a loop of <paramref name="total"/> items, or null when nobody listens.</summary>
    public static ProgressCounter? Start(IProgress<BuildProgress>? progress, Stage stage, int total) =>
        progress is null ? null : new ProgressCounter(progress, stage, total);

    /// <summary>One more item is done.</summary>
    public void Increment()
    {
        var done = Interlocked.Increment(ref _done);
        if (done == _total || done % _step == 0) _progress.Report(new BuildProgress(_stage, done, _total));
    }
}
