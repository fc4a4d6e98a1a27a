using System.Collections.Concurrent;
using System.Text;
using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

public sealed class BuildProgressTests
{
    private sealed class Recorder : IProgress<BuildProgress>
    {
        public ConcurrentQueue<BuildProgress> Reports { get; } = new();

        public void Report(BuildProgress value) => Reports.Enqueue(value);

        public IReadOnlyList<BuildProgress> Of(Stage stage) => [.. Reports.Where(r => r.Stage == stage)];
    }

    [Fact]
    public void A_build_reports_articles_loaded_and_pages_rendered_up_to_their_totals()
    {
        var text = new StringBuilder("-- site.config.yml --\ntitle: Tideline\npageSize: 2\n");
        for (var i = 1; i <= 7; i++)
        {
            text.Append($"-- content/tide-{i}.md --\n---\ntitle: Tide report {i}\ndate: 2024-03-{i:00}\ntags: [Coastguard]\n---\nHigh water came at {i} in the morning.\n");
        }

        using var site = FixtureSite.Parse(text.ToString());
        var recorder = new Recorder();

        var report = site.BuildOk(new BuildOptions { SiteRoot = site.Root, Progress = recorder });

        var load = recorder.Of(Stage.Load);
        Assert.Equal(new BuildProgress(Stage.Load, 0, 7), load[0]);
        Assert.All(load, static r => Assert.Equal(7, r.Total));
        Assert.Equal(Enumerable.Range(0, 8), load.Select(static r => r.Done).Order());
        var render = recorder.Of(Stage.Render);
        Assert.Equal(new BuildProgress(Stage.Render, 0, report.Pages), render[0]);
        Assert.Equal(report.Pages, render.Max(static r => r.Done));
        Assert.All(render, r => Assert.Equal(report.Pages, r.Total));
        Assert.Equal([Stage.Load, Stage.Render], recorder.Reports.Select(static r => r.Stage).Distinct());
    }

    [Fact]
    public void Reports_are_throttled_to_about_one_per_hundredth_and_always_include_the_last()
    {
        var recorder = new Recorder();
        var counter = ProgressCounter.Start(recorder, Stage.Render, 10_001)!;

        Parallel.For(0, 10_001, _ => counter.Increment());

        var done = recorder.Reports.Select(static r => r.Done).Order().ToList();
        Assert.Equal(0, done[0]);
        Assert.Equal(10_001, done[^1]);
        Assert.InRange(done.Count, 100, 103);
        Assert.All(done.Skip(1).SkipLast(1), static d => Assert.Equal(0, d % 100));
        Assert.Equal(done.Count, done.Distinct().Count());
    }

    [Fact]
    public void Nobody_listening_costs_no_counter()
    {
        Assert.Null(ProgressCounter.Start(null, Stage.Load, 10));
    }
}
