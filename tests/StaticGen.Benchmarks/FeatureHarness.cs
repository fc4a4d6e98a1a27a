using System.Diagnostics;
using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/StaticGen.Benchmarks -- features DIR</c>: what each measure of
/// <see cref="LineFeatures"/> costs over every cleaned line of DIR's raw articles (or DIR/content's): one thread, the
/// best process CPU time of seven passes after two warm-up passes, for all lines. Lines are taken as they are (no
/// hard-wrapped paragraphs joined), so the figures say where a line's cost goes, not what a build spends.
/// </summary>
internal static class FeatureHarness
{
    public static int Run(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: features DIR   (DIR holds .txt articles, or content/ with them)");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var content = Directory.Exists(Path.Combine(root, "content")) ? Path.Combine(root, "content") : root;
        var texts = Directory.GetFiles(content, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var pile = PileTable.Build(texts);
        var lines = texts.SelectMany(static t => TextLines.Split(t)).Select(RawArticleParser.Clean).Where(static l => l.Length > 0).ToArray();
        var data = ReaderData.Default;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"features: {texts.Count} files, {lines.Length} lines, {lines.Sum(static l => (long)l.Length) / lines.Length} chars a line"));
        var process = Process.GetCurrentProcess();
        var sink = 0L;
        void Time(string name, Func<string, int> f)
        {
            var best = double.MaxValue;
            for (var run = 0; run < 9; run++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                foreach (var l in lines) sink += f(l);
                process.Refresh();
                if (run >= 2) best = Math.Min(best, (process.TotalProcessorTime - before).TotalMilliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {best,8:0.0} ms CPU (best of 7)"));
        }

        Time("Of (all)", l => LineFeatures.Of(l, data, pile).Words);
        Time("MetaLines.TryParse", l => MetaLines.TryParse(l, DateOrder.MonthFirst) is null ? 0 : 1);
        Time("LowerCaseByline", l => LineFeatures.LowerCaseByline(l, DateOrder.MonthFirst) is null ? 0 : 1);
        Time("CreditShape", l => LineFeatures.CreditShape(l).Credit is null ? 0 : 1);
        Time("NavShape", l => LineFeatures.NavShape(l) is null ? 0 : 1);
        Time("Furniture", l => data.Furniture(l, 1) is null ? 0 : 1); // one word: every kind's list is asked
        Time("OtherFiles", l => pile.OtherFiles(l));
        Time("Keep", l => data.Keep(l) ? 1 : 0);
        Time("IsPitch", l => data.IsPitch(l) ? 1 : 0);
        Time("ImageFile", l => RawArticleParser.ImageFileRegex().IsMatch(l) ? 1 : 0);
        Time("SentenceBreak", l => LineFeatures.SentenceBreakRegex().IsMatch(l) ? 1 : 0);
        GC.KeepAlive(sink);
        return 0;
    }
}
