using System.Globalization;
using StaticGen.Build;

namespace StaticGen.Cli;

/// <summary>Prints a build report: diagnostics (compiler style) on stderr, the summary on stdout.</summary>
internal static class Report
{
    public static void Print(BuildReport report, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (report.Succeeded)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {report.Articles} articles into {report.OutputDirectory}: {report.Pages} pages ({report.FilesWritten} files), {report.Tags} tags, {report.Countries} countries, {report.Warnings} warnings, {report.SkippedFiles} files skipped, in {seconds} s."));
        }
        else
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Build failed with {report.Errors} errors and {report.Warnings} warnings in {seconds} s; {report.OutputDirectory} was left as it was."));
        }
    }

    /// <summary>One line per stage, then the whole build and the process's peak memory.</summary>
    public static void PrintTimings(BuildReport report, TextWriter stdout)
    {
        foreach (var timing in report.Timings)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage,-10} {timing.Elapsed.TotalMilliseconds,8:0} ms"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total",-10} {report.Elapsed.TotalMilliseconds,8:0} ms"));
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"peak",-10} {process.PeakWorkingSet64 / (1024 * 1024),8} MiB"));
    }
}
