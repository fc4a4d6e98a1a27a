using System.Diagnostics;
using System.Globalization;
using StaticGen.Build;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/StaticGen.Benchmarks -- incremental SITE [RUNS]</c>:
/// the figures of the guide's "Incremental rebuilds" (docs/content/performance.md). Loads SITE (a folder with <c>content/</c>, e.g.
/// 10,000 generated articles) into the serve engine (<see cref="LiveSite"/>), then RUNS times edits
/// the body of one article and times the rebuild until the served site is up to date (the new
/// files swapped in); prints each run and the median. Then times production builds of the same
/// site: a full build, an unchanged rebuild, and a rebuild after one article changed.
/// Not BenchmarkDotNet: one measurement here is a whole rebuild of a large site.
/// </summary>
internal static class IncrementalHarness
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(Path.Combine(args[0], "content")))
        {
            Console.Error.WriteLine("usage: incremental SITE [RUNS]   (SITE holds content/)");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
        var files = Directory.GetFiles(Path.Combine(root, "content")).Where(static f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var options = new BuildOptions { SiteRoot = root, SourceDateEpoch = DateTimeOffset.FromUnixTimeSeconds(1_735_689_600) };

        var live = new LiveSite(options);
        var clock = Stopwatch.StartNew();
        var first = live.Rebuild();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"serve: first build of {files.Count} articles: {clock.Elapsed.TotalSeconds:0.00} s, {live.FileCount} files, {first.Diagnostics.Count(static d => d.IsError)} errors"));
        if (!first.Succeeded) return 1;

        // One warm-up edit (JIT of the incremental paths), then the counted ones.
        var times = new List<double>();
        var cpus = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var file = files[(files.Count / 2 + i * 37) % files.Count];
            File.AppendAllText(file, string.Create(CultureInfo.InvariantCulture, $"\nAn editor added sentence number {i} to this article.\n"));
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var result = live.Rebuild([file]);
            var ms = clock.Elapsed.TotalMilliseconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            if (!result.Succeeded) return 1;
            if (i > 0)
            {
                times.Add(ms);
                cpus.Add(cpu);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"serve: {(i == 0 ? "warm-up" : "run " + i)}: {ms:0} ms (CPU {cpu:0} ms), {result.UnitsMade} units made, {result.UnitsKept} kept, {result.ChangedFiles.Count} files changed ({string.Join(", ", result.Timings.Select(static t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0}"))})"));
        }

        times.Sort();
        cpus.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serve: one article changed, site up to date: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {times.Count} runs; CPU time median {cpus[cpus.Count / 2]:0} ms; load average {LoadAverage()}"));

        // Production builds into SITE/_site.
        var output = Path.Combine(root, "_site");
        var buildOptions = options with { OutputDirectory = output };
        var full = SiteBuilder.Build(buildOptions with { Full = true });
        var unchanged = SiteBuilder.Build(buildOptions);
        var edited = files[files.Count / 3];
        File.AppendAllText(edited, "\nOne more sentence for the production build.\n");
        var one = SiteBuilder.Build(buildOptions);
        foreach (var (name, report) in new[] { ("full build", full), ("unchanged rebuild", unchanged), ("one article changed", one) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"build: {name}: {report.Elapsed.TotalSeconds:0.00} s, {report.UnitsMade} units made, {report.UnitsKept} kept ({string.Join(", ", report.Timings.Select(static t => $"{t.Stage} {t.Elapsed.TotalMilliseconds:0} ms"))})"));
        }

        Console.WriteLine($"load average {LoadAverage()} on {Environment.ProcessorCount} cores");
        return full.Succeeded && unchanged.Succeeded && one.Succeeded ? 0 : 1;
    }

    /// <summary>The machine's load average (Linux), to read the figures by: other work slows every stage.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
