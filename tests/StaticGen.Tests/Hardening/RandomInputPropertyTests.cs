using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticGen.Build;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Rendering.Templates;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Hardening;

/// <summary>
/// Issue #16's generator-driven suite: random bytes, random YAML and random Markdown thrown at the
/// loader, the config reader and the whole in-memory build. No exception escapes, each case stays
/// within time and allocation bounds, and no output path leaves the output folder. Seeds are fixed
/// (<c>Replay</c>) so a run under load is the same run; change the seed to explore further.
/// The bound that matters is allocation, which a loaded machine does not change; the clock only
/// catches a hang, with a margin no load reaches. The class runs alone (its own collection, not in
/// parallel), because the allocation counter is the process's: other tests allocating at the same
/// time would be counted against a case.
/// </summary>
[Collection(nameof(RandomInputPropertyTests))]
public sealed class RandomInputPropertyTests
{
    private const string Seed = "(20261206,1601)";

    /// <summary>
    /// A hang, not a speed target (speed is the benchmarks' business): a case takes under a second on an idle
    /// machine and about three at a load of 40 on two cores, the first case with its JIT included.
    /// </summary>
    private static readonly TimeSpan s_hang = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The most a case may allocate. The largest case of the fixed seeds allocates some 40 MB; the faults this
    /// guards against took gigabytes (a 100,000-character word 2.3 GB, a YAML alias bomb 8.2 GB).
    /// </summary>
    private const long AllocationPerCase = 512L * 1024 * 1024;

    private static readonly string[] s_keys =
    [
        "title", "kicker", "standfirst", "date", "updated", "slug", "summary", "author", "agency", "tags", "countries", "images", "draft", "type",
        "source", "aliases", "params", "importHash", "baseUrl", "paths", "static", "content", "output", "templates", "pageSize", "markdown",
        "unsafeHtml", "cleanup", "boilerplate", "max", "stop", "src", "caption", "credit", "<<", "?", "", "x",
    ];

    private static readonly string[] s_scalars =
    [
        "", "~", "null", "true", "maybe", "5", "-1", "1e400", "0x1F", ".inf", "2024-03-01", "2999-01-01", "next Tuesday", "'quoted'", "\"dq \\x01 \\u202E\"",
        "&a [lol, lol, lol]", "*a", "&b {k: *a}", "*b", "[*a, *a, *a, *a]", "!!binary aGVsbG8=", "!!python/object:os.system", "|\n  block\n  text", ">\n  folded",
        "{a: [b, {c: d}]}", "[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]", "../../etc/passwd", "/.git/config", "\\\\server\\share", "//evil.example/x", "C:\\x",
        "'(a+)+$'", "\"\\t\"", "- item", ": colon", "#comment", "%YAML 1.2", "---", "...", "\t", "..", "/", "feed.xml", "\u202Efdp.exe",
    ];

    private static readonly Gen<string> s_yamlLine = Gen.Choose(0, 6).Zip(Gen.Elements(s_keys)).Zip(Gen.Frequency((3, Gen.Elements(s_scalars)), (1, Hostile.Text)))
        .Select(static t => t.Item1.Item1 switch
        {
            0 => $"- {t.Item2}",
            var depth => $"{new string(' ', (depth - 1) * 2)}{t.Item1.Item2}: {t.Item2}",
        });

    /// <summary>Random YAML: lines of keys and values at random depths, anchors, aliases, tags, flow collections, hostile text.</summary>
    public static Gen<string> Yaml { get; } = s_yamlLine.ListOf().Resize(14).Select(static lines => string.Join('\n', lines));

    private static readonly string[] s_markdown =
    [
        "# Heading", "> quote", "> > > deep", "- a\n  - b\n    - c", "1. one", "```\ncode\n", "| a | b |\n|---|---|\n| 1 | 2 |", "[x](../../etc/passwd)", "![q](/etc/hostname)",
        "![p](photo.jpg \"credit\")", "[a](b.md)", "[^1]\n\n[^1]: note", "<script>alert(1)</script>", "<div onclick=x>", "*a **b* c**", "[[[[[[[[[[", "((((((((",
        "http://example.org/", "<javascript:alert(1)>", "\\", "***", "Paragraph text about the harbour and NATO in Norway.",
    ];

    /// <summary>Random Markdown: fragments, hostile text and long runs of nesting markers.</summary>
    public static Gen<string> Markdown { get; } = Gen.Frequency(
            (4, Gen.Elements(s_markdown)),
            (3, Hostile.Text),
            (1, Gen.Zip(Gen.Elements(">", "- ", "[", "*", "  ", "<"), Gen.Choose(1, 3_000)).Select(static t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2)))))
        .ListOf().Resize(10).Select(static parts => string.Join("\n\n", parts));

    private static readonly Gen<byte[]> s_bytes = Gen.Choose(0, 255).Select(static b => (byte)b).ArrayOf().Resize(3_000);

    /// <summary>One content file: random bytes, front matter and Markdown, or hostile raw text.</summary>
    private static readonly Gen<(string Extension, byte[] Bytes)> s_file = Gen.Frequency(
        (2, s_bytes.Zip(Gen.Elements(".md", ".txt")).Select(static t => (t.Item2, t.Item1))),
        (4, Yaml.Zip(Markdown).Select(static t => (".md", Encoding.UTF8.GetBytes($"---\n{t.Item1}\n---\n{t.Item2}")))),
        (1, Yaml.Select(static y => (".md", Encoding.UTF8.GetBytes("---\n" + y)))),
        (2, Hostile.Text.Zip(Markdown).Select(static t => (".txt", Encoding.UTF8.GetBytes(t.Item1 + "\n\n" + t.Item2)))));

    public static Arbitrary<(string Extension, byte[] Bytes)[]> Files() => s_file.ArrayOf().Resize(5).ToArbitrary();

    public static Arbitrary<string> Yamls() => Yaml.ToArbitrary();

    public static Arbitrary<byte[]> Bytes() => s_bytes.ToArbitrary();

    private static readonly TemplateSet s_theme = TemplateLoader.Load(null).Templates;

    private static void Bounded(Action action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var run = Task.Run(action);
        Assert.True(run.Wait(s_hang), $"still running after {s_hang.TotalMinutes} minutes: a hang");
        run.GetAwaiter().GetResult();
        var used = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Assert.True(used < AllocationPerCase, $"allocated {used / (1024 * 1024)} MB, more than {AllocationPerCase / (1024 * 1024)} MB");
    }

    [Property(Arbitrary = [typeof(RandomInputPropertyTests)], MaxTest = 300, Replay = Seed)]
    public void The_config_reader_answers_any_yaml_with_a_config_or_diagnostics(string yaml) => Bounded(() =>
    {
        var result = SiteConfigReader.Parse("site.config.yml", yaml);
        Assert.NotNull(result.Config);
        Assert.All(result.Diagnostics, static d => Assert.Equal("site.config.yml", d.Path));
    });

    [Property(Arbitrary = [typeof(RandomInputPropertyTests)], MaxTest = 300, Replay = Seed)]
    public void The_loader_decodes_and_parses_any_bytes(byte[] bytes) => Bounded(() =>
    {
        var text = ContentReader.Decode(bytes, "content/a.md");
        if (text.Text is { } decoded)
        {
            Assert.NotNull(MarkdownArticleParser.Parse("content/a.md", decoded));
            Assert.NotNull(RawArticleParser.Parse("content/a.txt", decoded));
        }
    });

    [Property(Arbitrary = [typeof(RandomInputPropertyTests)], MaxTest = 12, Replay = Seed)]
    public void The_whole_build_takes_any_files_and_writes_only_inside_the_output((string Extension, byte[] Bytes)[] files) => Bounded(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "staticgen-random-" + Guid.NewGuid().ToString("N"));
        var site = SiteContext.Open(root);
        var options = new BuildOptions { SiteRoot = root, IncludeDrafts = true, IncludeFuture = true, SourceDateEpoch = DateTimeOffset.UnixEpoch.AddYears(55) };
        var pipeline = new SitePipeline(site, options, new SiteCache());
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var entries = new List<ContentEntry>();
        for (var i = 0; i < files.Length; i++)
        {
            var name = $"f{i}{files[i].Extension}";
            var full = Path.Combine(site.ContentDirectory, name);
            bytes[full] = files[i].Bytes;
            entries.Add(new ContentEntry(name, full, ContentReader.KindOf(name)));
        }

        var destination = new DictionaryOutput();
        pipeline.Run(new ContentListing(entries, []), () => s_theme, destination, memo: null, CancellationToken.None,
            (entry, display) => ContentReader.Decode(bytes[entry.FullPath], display));

        Assert.DoesNotContain(pipeline.Diagnostics, static d => d.IsError);
        Assert.All(destination.Files.Keys, static path =>
        {
            Assert.False(Path.IsPathRooted(path) || path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal), path);
            Assert.DoesNotContain(path.Split('/'), static s => s is "" or "." or "..");
        });
        Assert.False(Directory.Exists(root));
    });
}

/// <summary>The random-input suite's collection: it runs alone, so that the process's allocation counter is its own.</summary>
[CollectionDefinition(nameof(RandomInputPropertyTests), DisableParallelization = true)]
public sealed class RandomInputPropertyCollection;
