using System.Globalization;
using StaticGen.Build;

namespace StaticGen.Cli;

/// <summary>Prints a build report: diagnostics (compiler style) on stderr, the summary on stdout, stage timings with <c>--verbose</c>.</summary>
internal static class Report
{
    /// <param name="report">What the build did.</param>
    /// <param name="console">Where to print, and how much.</param>
    /// <param name="strict">The build ran with <c>--strict</c>: warnings failed it, so they are printed even with <c>--quiet</c>.</param>
    public static void Print(BuildReport report, CliConsole console, bool strict)
    {
        console.Diagnostics(report.Diagnostics, warningsFail: strict && !report.Succeeded);
        var seconds = Seconds(report.Elapsed);
        if (report.Succeeded)
        {
            console.Info(string.Create(CultureInfo.InvariantCulture,
                $"Built {Count(report.Articles, "article")} into {report.OutputDirectory}: {Count(report.Pages, "page")} ({Count(report.FilesWritten, "file")}), {Count(report.Tags, "tag")}, {Count(report.Countries, "country", "countries")}, {Count(report.Warnings, "warning")}, {Count(report.SkippedFiles, "file")} skipped, in {seconds} s."));
            if (report.ImageCacheDirectory is { } cache)
            {
                console.Info(string.Create(CultureInfo.InvariantCulture,
                    $"Images: {Count(report.ImagesEncoded, "file")} encoded; the image cache ({cache}) holds {report.ImageCacheBytes / (1024.0 * 1024.0):0.0} MiB."));
            }

            if (report.NothingChanged)
            {
                console.Info(string.Create(CultureInfo.InvariantCulture,
                    $"Incremental: nothing changed since the previous build (the same files, config and options, and the output as it left it); {report.UnitsKept} pages and files kept."));
            }
            else if (report.UnitsKept > 0 || report.ArticlesReused > 0)
            {
                var reused = report.ArticlesReused > 0 ? $"{Count(report.ArticlesReused, "article")} from the article cache, " : "";
                console.Info(string.Create(CultureInfo.InvariantCulture,
                    $"Incremental: {reused}{report.UnitsMade} pages and files made again, {report.UnitsKept} unchanged since the previous build{(report.Verified ? "; verified identical to a full build" : "")}."));
            }
        }
        else
        {
            console.Failure(string.Create(CultureInfo.InvariantCulture,
                $"Build failed with {Count(report.Errors, "error")} and {Count(report.Warnings, "warning")} in {seconds} s; {report.OutputDirectory} was left as it was."));
        }

        if (report.Timings.Count > 0)
        {
            console.Detail("Timings: " + string.Join(", ", report.Timings.Select(static t => $"{t.Stage} {Seconds(t.Elapsed)} s")) + ".");
        }
    }

    /// <summary>One line per stage, then the whole build, the process's peak memory and what the garbage collector did.</summary>
    public static void PrintTimings(BuildReport report, CliConsole console)
    {
        foreach (var timing in report.Timings)
        {
            var cpu = timing.Cpu > TimeSpan.Zero ? $"   cpu {timing.Cpu.TotalMilliseconds,8:0} ms" : "";
            console.Result(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage,-10} {timing.Elapsed.TotalMilliseconds,8:0} ms{cpu}"));
        }

        console.Result(string.Create(CultureInfo.InvariantCulture, $"  {"total",-10} {report.Elapsed.TotalMilliseconds,8:0} ms   cpu {Environment.CpuUsage.TotalTime.TotalMilliseconds,8:0} ms (the process so far)"));
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        console.Result(string.Create(CultureInfo.InvariantCulture, $"  {"peak",-10} {process.PeakWorkingSet64 / (1024 * 1024),8} MiB"));
        var pause = GC.GetTotalPauseDuration();
        console.Result(string.Create(CultureInfo.InvariantCulture,
            $"  {"gc",-10} {pause.TotalMilliseconds,8:0} ms   paused; {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} of gen 1, {GC.CollectionCount(2)} of gen 2), {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB allocated"));
    }

    /// <summary>"1 article", "2 articles".</summary>
    public static string Count(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
