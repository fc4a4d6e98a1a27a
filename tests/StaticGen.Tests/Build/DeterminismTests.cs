using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StaticGen.Build;

namespace StaticGen.Tests.Build;

/// <summary>
/// Two builds of the same input are byte-identical whatever the order the file system lists files
/// in, the current culture or the time zone; the only dates in the output are article dates and the
/// build date from config or SOURCE_DATE_EPOCH.
/// </summary>
public sealed partial class DeterminismTests : IDisposable
{
    /// <summary>Input that trips culture- and time-zone-sensitive code: dotted and dotless I, umlauts, late-evening offsets, month names.</summary>
    private static readonly (string Path, string Text)[] s_input =
    [
        ("site.config.yml", "title: Straits Bulletin\nbaseUrl: https://straits.example.org/bulletin/\npageSize: 2\n"),
        ("content/istanbul.md", """
            ---
            title: Istanbul ferry union signs İzmir deal
            date: 2024-03-02T23:30:00-05:00
            tags: [Istanbul Ferry Union, İzmir Port, IBM, Ärztekammer]
            countries: [Turkey, Germany]
            ---
            The ISTANBUL union agreed a 3.5 percent raise with the İzmir operator on a cold evening.
            """),
        ("content/kiel.md", """
            ---
            title: Kiel canal locks reopen after repairs
            date: 2024-03-03T00:15:00+13:00
            updated: 2024-03-04
            tags: [Kiel Canal, ärztekammer]
            ---
            The locks of the Kiel canal reopened. Ships queued for 12,5 kilometres, said a pilot.
            """),
        ("content/raw/strait.txt", """
            Pilots warn of ice in the Bosphorus

            Pilots warn of ice in the Bosphorus

            March 20, 2023

            Harbour pilots in Istanbul warned on Monday that drifting ice could slow traffic in the Bosphorus.

            The harbour master said inspections would continue every morning until the ice had gone.
            """),
        ("content/zeta.md", "---\ntitle: Zeta notes\ndate: 2023-11-30\ntags: [INDIGO]\n---\nA short note on the İ and the I.\n"),
        ("content/alpha.md", "---\ntitle: Alpha notes\ndate: 2023-11-30\ntags: [indigo]\n---\nAnother short note, same day.\n"),
    ];

    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// Writes the input into a new folder. With <paramref name="reversed"/> the files are created in
    /// reverse order on a tmpfs when there is one (/dev/shm), which lists files newest first, so the
    /// two sites are listed by the file system in different orders.
    /// </summary>
    private string WriteSite(bool reversed)
    {
        var parent = reversed && Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var root = Path.Combine(parent, "staticgen-determinism-" + Guid.NewGuid().ToString("N"));
        _folders.Add(root);
        var files = reversed ? s_input.Reverse() : s_input;
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text + "\n", new UTF8Encoding(false));
        }

        return root;
    }

    private static Dictionary<string, byte[]> Read(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameBytes(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string what)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Keys.Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).Order(StringComparer.Ordinal).ToList();
        Assert.True(different.Count == 0, $"{what}: these files differ: {string.Join(", ", different)}");
    }

    private static BuildReport BuildIn(string culture, string root, string output)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            // CurrentCulture is async-local: it flows into the build's parallel tasks and no further.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var report = SiteBuilder.Build(new BuildOptions { SiteRoot = root, OutputDirectory = output });
            Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
            return report;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_build_that_renders_newest_first_and_lets_cards_go_writes_the_same_bytes()
    {
        // Large archives render pages in card-lifetime order and drop each card after its last page; lowered to one
        // page here, this small site takes that path and must publish exactly what the ordinary order publishes.
        var root = WriteSite(reversed: false);
        var ordinary = SiteBuilder.Build(new BuildOptions { SiteRoot = root, OutputDirectory = Path.Combine(root, "_site") });
        Assert.True(ordinary.Succeeded, string.Join('\n', ordinary.Diagnostics));
        var large = SiteBuilder.Build(new BuildOptions { SiteRoot = root, OutputDirectory = Path.Combine(root, "_site_large"), LargeSitePages = 1 });
        Assert.True(large.Succeeded, string.Join('\n', large.Diagnostics));

        // With no window, a card is let go after every page that shows it and made again (its partial read back) for the next.
        var remade = SiteBuilder.Build(new BuildOptions { SiteRoot = root, OutputDirectory = Path.Combine(root, "_site_remade"), LargeSitePages = 1, CardWindow = 0 });
        Assert.True(remade.Succeeded, string.Join('\n', remade.Diagnostics));

        var expected = Read(Path.Combine(root, "_site"));
        Assert.Contains("page/2/index.html", expected.Keys);
        AssertSameBytes(expected, Read(Path.Combine(root, "_site_large")), "card-lifetime order");
        AssertSameBytes(expected, Read(Path.Combine(root, "_site_remade")), "cards made again");
    }

    [Fact]
    public void Builds_in_different_cultures_and_file_orders_are_byte_identical()
    {
        // The cultures are real (ICU), not invariant stand-ins, or this test would prove nothing.
        Assert.Equal("ı", "I".ToLower(CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal("3,5", 3.5.ToString(CultureInfo.GetCultureInfo("de-DE")));

        var a = WriteSite(reversed: false);
        var b = WriteSite(reversed: true);
        if (b.StartsWith("/dev/shm/", StringComparison.Ordinal))
        {
            Assert.NotEqual(
                Directory.EnumerateFiles(Path.Combine(a, "content")).Select(Path.GetFileName),
                Directory.EnumerateFiles(Path.Combine(b, "content")).Select(Path.GetFileName));
        }

        BuildIn("", a, Path.Combine(a, "_site"));
        BuildIn("de-DE", b, Path.Combine(b, "_site"));
        BuildIn("tr-TR", a, Path.Combine(a, "_site_tr"));

        var invariant = Read(Path.Combine(a, "_site"));
        Assert.Contains("tags/istanbul-ferry-union/index.html", invariant.Keys);
        AssertSameBytes(invariant, Read(Path.Combine(b, "_site")), "de-DE, other file order");
        AssertSameBytes(invariant, Read(Path.Combine(a, "_site_tr")), "tr-TR");
    }

    [Fact]
    public async Task The_command_line_gives_the_same_bytes_in_other_time_zones_and_locales()
    {
        var a = WriteSite(reversed: false);
        BuildIn("", a, Path.Combine(a, "_site"));
        var expected = Read(Path.Combine(a, "_site"));

        // The tool as a user runs it, with globalization switched on so the locale is not ignored.
        var cli = typeof(StaticGen.Cli.Program).Assembly.Location;
        var runtimeConfig = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(cli, ".runtimeconfig.json")))!;
        runtimeConfig["runtimeOptions"]!["configProperties"] ??= new JsonObject();
        runtimeConfig["runtimeOptions"]!["configProperties"]!["System.Globalization.Invariant"] = false;
        var configPath = Path.Combine(a, "staticgen.runtimeconfig.json");
        File.WriteAllText(configPath, runtimeConfig.ToJsonString());

        foreach (var (zone, locale) in new[] { ("Pacific/Kiritimati", "tr_TR.UTF-8"), ("America/Adak", "de_DE.UTF-8") })
        {
            var output = Path.Combine(a, "_site_" + zone.Replace('/', '_'));
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                ArgumentList = { "exec", "--runtimeconfig", configPath, cli, "build", "--config", Path.Combine(a, "site.config.yml"), "--output", output },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["TZ"] = zone;
            start.Environment["LANG"] = locale;
            start.Environment["LC_ALL"] = locale;
            start.Environment.Remove("SOURCE_DATE_EPOCH");
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"staticgen build failed in {zone}: {await stdout}{await stderr}");
            AssertSameBytes(expected, Read(output), $"TZ={zone} LANG={locale}");
        }
    }

    [Fact]
    public void The_only_dates_in_the_output_are_article_dates_and_the_build_date()
    {
        var a = WriteSite(reversed: false);
        ShowBuildDate(a);
        var epoch = new DateTimeOffset(2024, 6, 30, 12, 0, 0, TimeSpan.Zero);

        var report = SiteBuilder.Build(new BuildOptions { SiteRoot = a, SourceDateEpoch = epoch });
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));

        // Article dates in their own offset and in UTC, the updated date, and the build date; never today.
        string[] allowed = ["2024-03-02", "2024-03-03", "2024-03-04", "2023-03-20", "2023-11-30", "2024-06-30"];
        var output = Path.Combine(a, "_site");
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in IsoDate().Matches(text)) seen.Add(m.Value);
            foreach (Match m in Rfc822Date().Matches(text))
            {
                seen.Add(DateTime.ParseExact(m.Value, "dd MMM yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            foreach (Match m in DisplayDate().Matches(text))
            {
                seen.Add(DateTime.ParseExact(m.Value, "d MMMM yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        Assert.Subset(new SortedSet<string>(allowed, StringComparer.Ordinal), seen);
        Assert.Contains("2024-06-30", Built(output));
    }

    [Fact]
    public void The_build_date_comes_from_source_date_epoch_then_config_then_the_newest_article()
    {
        var a = WriteSite(reversed: false);
        ShowBuildDate(a);
        var output = Path.Combine(a, "_site");

        Assert.True(SiteBuilder.Build(new BuildOptions { SiteRoot = a }).Succeeded);
        Assert.Equal("2024-03-02T23:30:00-05:00", Built(output));

        File.AppendAllText(Path.Combine(a, "site.config.yml"), "buildDate: 2024-05-01\n");
        Assert.True(SiteBuilder.Build(new BuildOptions { SiteRoot = a }).Succeeded);
        Assert.Equal("2024-05-01T00:00:00+00:00", Built(output));

        Assert.True(SiteBuilder.Build(new BuildOptions { SiteRoot = a, SourceDateEpoch = DateTimeOffset.FromUnixTimeSeconds(1_719_748_800) }).Succeeded);
        Assert.Equal("2024-06-30T12:00:00+00:00", Built(output));
    }

    /// <summary>A footer override that prints the build date, so a test can read it from the home page.</summary>
    private static void ShowBuildDate(string root)
    {
        var footer = Path.Combine(root, "templates", "partials", "footer.html");
        Directory.CreateDirectory(Path.GetDirectoryName(footer)!);
        File.WriteAllText(footer, "<footer><p class=\"built\">{{ site.build_date_iso }}</p></footer>\n");
    }

    private static string Built(string output) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html"))).QuerySelector(".built")!.TextContent.Trim();

    [GeneratedRegex(@"\b(19|20)\d\d-[01]\d-[0-3]\d\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b[0-3]\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (19|20)\d\d\b")]
    private static partial Regex Rfc822Date();

    [GeneratedRegex(@"\b[1-3]?\d (January|February|March|April|May|June|July|August|September|October|November|December) (19|20)\d\d\b")]
    private static partial Regex DisplayDate();
}
