using StaticGen.Build;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// A build whose inputs (every file of the site, the config, the options, the program) are those of the last build,
/// and whose output is as that build left it, does nothing and reports what the last build did. Anything that changes
/// what the output is made from builds again: an edited, added, deleted or renamed article, a changed template or
/// config, other options, a file missing from the output, a failed build in between; and a site whose output depends
/// on the clock or on git never takes the shortcut.
/// </summary>
public sealed class NothingChangedTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Marsh Courier
        -- content/reeds.md --
        ---
        title: Reed cutting starts early this winter
        date: 2024-02-01
        tags: [Wetlands]
        ---
        The cutters began a fortnight early because the water stayed low.
        -- content/herons.md --
        ---
        title: Herons return to the old colony
        date: 2024-02-03
        tags: [Wetlands, Birds]
        ---
        Forty pairs nest again in the alders by the sluice.
        -- content/sluice.md --
        ---
        title: Sluice gate repaired
        date: 2024-02-05
        ---
        The gate at the south end opens again after a month.
        -- templates/partials/footer.html --
        <footer>Marsh Courier</footer>
        """);

    public NothingChangedTests() => Backdate();

    public void Dispose() => _site.Dispose();

    /// <summary>Every file of the site written an hour ago: older than the margin a stamp must have to be trusted.</summary>
    private void Backdate(int minutes = 60)
    {
        foreach (var file in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            if (!file.StartsWith(_site.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.GetFileName(file).StartsWith(".staticgen", StringComparison.Ordinal))
            {
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-minutes));
            }
        }
    }

    /// <summary>One file of the site written half an hour ago: another stamp than the others', and old enough to be trusted.</summary>
    private void Settle(string relativePath) => File.SetLastWriteTimeUtc(Path.Combine(_site.Root, relativePath), DateTime.UtcNow.AddMinutes(-30));

    private static DateTime Stamp(string path) => File.GetLastWriteTimeUtc(path);

    private BuildReport Again() => _site.BuildOk();

    private BuildOptions Verify => new() { SiteRoot = _site.Root, Verify = true };

    [Fact]
    public void A_build_with_nothing_changed_does_nothing_and_reports_what_the_last_one_did()
    {
        var first = _site.BuildOk();
        var home = Path.Combine(_site.Output, "index.html");
        var cache = ArticleCacheFile.PathOf(_site.Output);
        var (homeTime, cacheTime) = (Stamp(home), Stamp(cache));

        var second = Again();

        Assert.True(second.NothingChanged);
        Assert.Equal(0, second.UnitsMade);
        Assert.Equal(first.UnitsMade + first.UnitsKept, second.UnitsKept);
        Assert.Equal((first.Articles, first.Pages, first.Tags, first.Countries, first.SkippedFiles), (second.Articles, second.Pages, second.Tags, second.Countries, second.SkippedFiles));
        Assert.Equal(first.Diagnostics.Select(static d => d.ToString()), second.Diagnostics.Select(static d => d.ToString()));
        Assert.Equal((homeTime, cacheTime), (Stamp(home), Stamp(cache)));
        Assert.True(Again().NothingChanged);
    }

    [Fact]
    public void Full_and_verify_build_all_the_same()
    {
        _site.BuildOk();
        Assert.False(_site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Full = true }).NothingChanged);
        var verified = _site.BuildOk(Verify);
        Assert.False(verified.NothingChanged);
        Assert.True(verified.Verified);
        Assert.True(Again().NothingChanged);
    }

    [Fact]
    public void An_edited_article_builds_again()
    {
        _site.BuildOk();
        _site.Write("content/sluice.md", "---\ntitle: Sluice gate repaired at last\ndate: 2024-02-05\n---\nThe gate at the south end opens again after a month.\n");
        Settle("content/sluice.md");

        var report = _site.BuildOk(Verify);

        Assert.False(report.NothingChanged);
        Assert.True(report.Verified);
        Assert.True(_site.Exists("articles/sluice-gate-repaired-at-last/index.html"));
    }

    [Fact]
    public void An_article_written_just_now_is_not_vouched_for_by_its_stamp()
    {
        // Written within the stamp margin: the next build could not tell a second write in the same tick.
        _site.BuildOk();
        _site.Write("content/otters.md", "---\ntitle: Otters seen below the weir\ndate: 2024-02-06\n---\nTwo otters were filmed at dusk.\n");
        Assert.False(_site.BuildOk().NothingChanged);
        Assert.False(_site.BuildOk().NothingChanged);
        Assert.True(_site.Exists("articles/otters-seen-below-the-weir/index.html"));
    }

    [Fact]
    public void An_added_a_deleted_and_a_renamed_article_build_again()
    {
        _site.BuildOk();
        _site.Write("content/otters.md", "---\ntitle: Otters seen below the weir\ndate: 2024-02-06\n---\nTwo otters were filmed at dusk.\n");
        Settle("content/otters.md");
        Assert.False(_site.BuildOk(Verify).NothingChanged);
        Assert.True(_site.Exists("articles/otters-seen-below-the-weir/index.html"));
        Assert.True(Again().NothingChanged);

        _site.Delete("content/herons.md");
        Assert.False(_site.BuildOk(Verify).NothingChanged);
        Assert.False(_site.Exists("articles/herons-return-to-the-old-colony/index.html"));
        Assert.True(Again().NothingChanged);

        // A rename keeps the file's size and time: only its path changed.
        File.Move(Path.Combine(_site.Root, "content/reeds.md"), Path.Combine(_site.Root, "content/reed-cutting.md"));
        var renamed = _site.BuildOk(Verify);
        Assert.False(renamed.NothingChanged);
        Assert.True(renamed.Verified);
    }

    [Fact]
    public void A_changed_template_or_config_builds_again()
    {
        _site.BuildOk();
        _site.Write("templates/partials/footer.html", "<footer>The Marsh Courier</footer>\n");
        Settle("templates/partials/footer.html");
        Assert.False(_site.BuildOk().NothingChanged);
        Assert.Contains("The Marsh Courier", _site.Text("index.html"), StringComparison.Ordinal);
        Assert.True(Again().NothingChanged);

        _site.Write("site.config.yml", "title: Fen Courier\n");
        Settle("site.config.yml");
        Assert.False(_site.BuildOk().NothingChanged);
        Assert.Contains("Fen Courier", _site.Text("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_options_build_again()
    {
        _site.BuildOk();
        Assert.False(_site.BuildOk(new BuildOptions { SiteRoot = _site.Root, BaseUrl = new Uri("https://marsh.example.org/news/") }).NothingChanged);
        Assert.Contains("https://marsh.example.org/news/", _site.Text("index.html"), StringComparison.Ordinal);
        Assert.False(Again().NothingChanged);
        Assert.True(Again().NothingChanged);
    }

    [Fact]
    public void A_file_missing_from_the_output_builds_again()
    {
        _site.BuildOk();
        File.Delete(Path.Combine(_site.Output, "articles/sluice-gate-repaired/index.html"));

        var report = Again();

        Assert.False(report.NothingChanged);
        Assert.True(_site.Exists("articles/sluice-gate-repaired/index.html"));
    }

    [Fact]
    public void A_failed_build_in_between_leaves_no_shortcut_behind()
    {
        _site.BuildOk();
        var footer = Path.Combine(_site.Root, "templates/partials/footer.html");
        var time = Stamp(footer);
        _site.Write("templates/partials/footer.html", "<footer>{{ no_such_value }}</footer>\n");
        Settle("templates/partials/footer.html");
        Assert.False(_site.Build().Succeeded);

        // The inputs are the first build's again, but the failed build may have changed what vouched for the output.
        _site.Write("templates/partials/footer.html", "<footer>Marsh Courier</footer>\n");
        File.SetLastWriteTimeUtc(footer, time);
        Assert.False(_site.BuildOk().NothingChanged);
        Assert.True(Again().NothingChanged);
    }

    [Fact]
    public void A_site_that_depends_on_the_clock_never_takes_the_shortcut()
    {
        // An article dated next year waits for the clock: the same files may make another site tomorrow.
        _site.Write("content/future.md", $"---\ntitle: Flood defences finished\ndate: {DateTime.UtcNow.Year + 1}-06-01\n---\nThe new bank is finished.\n");
        Backdate();
        _site.BuildOk();
        Assert.False(Again().NothingChanged);

        // SOURCE_DATE_EPOCH pins the clock.
        var pinned = new BuildOptions { SiteRoot = _site.Root, SourceDateEpoch = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero) };
        _site.BuildOk(pinned);
        Assert.True(_site.BuildOk(pinned).NothingChanged);
    }

    [Fact]
    public void A_site_with_an_undated_article_never_takes_the_shortcut()
    {
        // Its date comes from git's history, which can change without any file of the site changing.
        _site.Write("content/undated.md", "---\ntitle: Boardwalk reopens\n---\nThe boardwalk is open again.\n");
        Backdate();
        _site.BuildOk();
        Assert.False(Again().NothingChanged);
    }

    [Fact]
    public void Clean_deletes_the_record()
    {
        _site.BuildOk();
        Assert.True(File.Exists(InputsFile.PathOf(_site.Output)));
        var site = StaticGen.Build.SiteContext.Open(_site.Root, null, null);
        SiteCleaner.Clean(site, null, force: false);
        Assert.False(File.Exists(InputsFile.PathOf(_site.Output)));
    }

    [Fact]
    public void The_record_gives_back_the_report_exactly_and_refuses_a_damaged_one()
    {
        // A message may quote a file's text, lone surrogate included: the report printed again must be the one printed.
        Directory.CreateDirectory(_site.Output);
        var warning = new Diagnostic(Severity.Warning, Stage.Load, "content/odd\uD800.txt", 3, 1, "a heading \uDC00 stands alone");
        var inputs = new BuildInputs(UInt128.MaxValue - 7, new FileStamp(12, 34), 2, 5, 9, 3, 1, 0, [warning]);
        InputsFile.Write(_site.Output, inputs);

        var back = InputsFile.Read(_site.Output);
        Assert.NotNull(back);
        Assert.Equal(inputs.Digest, back.Digest);
        Assert.Equal(warning, Assert.Single(back.Diagnostics));

        // An unknown severity is a damaged record: no record, never a made-up warning.
        var bytes = File.ReadAllBytes(InputsFile.PathOf(_site.Output));
        var severityAt = 4 + 4 + 16 + 16 + 6 * 4 + 4;
        bytes[severityAt] = 0x7f;
        File.WriteAllBytes(InputsFile.PathOf(_site.Output), bytes);
        Assert.Null(InputsFile.Read(_site.Output));
    }
}
