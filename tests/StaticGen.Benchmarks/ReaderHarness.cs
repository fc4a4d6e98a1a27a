using System.Diagnostics;
using System.Globalization;
using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/StaticGen.Benchmarks -- reader DIR [RUNS] [--enrich]</c>: the reader's
/// cost per article (with <c>--enrich</c>, the reader's and the enrichment's together: cleanup, country and tag
/// detection, as a build's enrich stage does per article). Reads every <c>.txt</c> (raw article) and <c>.md</c> file of DIR (or DIR/content) into
/// memory, builds the pile table from the raw ones, then RUNS times (after one warm-up pass) parses them all
/// on one thread as a build does per file (<see cref="SiteContext"/>'s parse: the site's cleanup rules, date
/// order and reader data, from DIR/site.config.yml when there is one) and prints µs per article for each
/// pass and the median, wall and process CPU time (on a loaded machine the CPU time is the steadier figure) and the bytes the
/// pass allocated on its thread per article (the steadiest figure of all: the same on a busy machine as on a quiet one). One thread, so the figure is the reader's own cost, not the machine's core count.
/// Not BenchmarkDotNet: a pass over thousands of files is the measurement, and the corpus is the input.
/// </summary>
internal static class ReaderHarness
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: reader DIR [RUNS] [--enrich]   (DIR holds .txt/.md articles, or content/ with them)");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var enrich = args.Contains("--enrich");
        args = [.. args.Where(static a => a != "--enrich")];
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var content = Directory.Exists(Path.Combine(root, "content")) ? Path.Combine(root, "content") : root;
        var site = SiteContext.Open(root);
        var files = Directory.GetFiles(content)
            .Where(static f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(static f => (Path: f, Kind: f.EndsWith(".txt", StringComparison.Ordinal) ? ContentKind.RawArticle : ContentKind.MarkdownArticle, Text: File.ReadAllText(f)))
            .ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"reader: no .txt or .md files in {content}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var pile = PileTable.Build(files.Where(static f => f.Kind == ContentKind.RawArticle).Select(static f => f.Text));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reader: {files.Count} files, pile table {clock.Elapsed.TotalMilliseconds:0} ms"));

        var perArticle = new List<double>();
        var cpuPerArticle = new List<double>();
        var allocatedPerArticle = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var run = 0; run <= runs; run++)
        {
            var articles = 0;
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            foreach (var (path, kind, text) in files)
            {
                if (site.Parse(path, kind, text, pile).Article is not { } parsed) continue;
                articles++;
                if (enrich) site.Enrich(parsed, path, FallbackDates.None);
            }

            var us = clock.Elapsed.TotalMicroseconds / files.Count;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / files.Count;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / files.Count;
            if (run > 0)
            {
                perArticle.Add(us);
                cpuPerArticle.Add(cpu);
                allocatedPerArticle.Add(kb);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reader: {(run == 0 ? "warm-up" : "run " + run)}: {us:0.0} µs/file, CPU {cpu:0.0} µs/file, allocated {kb:0.0} KB/file ({articles} articles)"));
        }

        perArticle.Sort();
        cpuPerArticle.Sort();
        allocatedPerArticle.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reader: median {perArticle[perArticle.Count / 2]:0.0} µs/file (CPU {cpuPerArticle[cpuPerArticle.Count / 2]:0.0}, allocated {allocatedPerArticle[allocatedPerArticle.Count / 2]:0.0} KB), min {perArticle[0]:0.0} (CPU {cpuPerArticle[0]:0.0}) over {perArticle.Count} runs; load average {(File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown")}"));
        return 0;
    }
}
