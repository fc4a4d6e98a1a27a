namespace StaticGen.Build;

/// <summary>How long a stage took, and the processor time the whole process spent in it (all threads; zero where not measured).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu = default);

/// <summary>What a build did: counts, timings and every diagnostic, in a stable order.</summary>
public sealed record BuildReport
{
    public required bool Succeeded { get; init; }

    public required string OutputDirectory { get; init; }

    public int Articles { get; init; }

    public int Pages { get; init; }

    public int FilesWritten { get; init; }

    /// <summary>Output units (pages, feeds, sitemap, search index, assets) made by this build.</summary>
    public int UnitsMade { get; init; }

    /// <summary>Output units kept unchanged from the previous build (their fingerprints had not changed).</summary>
    public int UnitsKept { get; init; }

    /// <summary>Articles taken from the article cache (their text unchanged) instead of being parsed and enriched again.</summary>
    public int ArticlesReused { get; init; }
    /// <summary>Derived image files (sizes, formats, social cards) this build encoded; the others came from the image cache.</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>What the image cache beside the output holds, in bytes (0 for a site with no resized images).</summary>
    public long ImageCacheBytes { get; init; }

    /// <summary>The image cache folder (<c>.staticgen-NAME.images</c> beside the output).</summary>
    public string? ImageCacheDirectory { get; init; }

    public int Tags { get; init; }

    public int Countries { get; init; }

    public int SkippedFiles { get; init; }

    /// <summary>
    /// Nothing the output is made from changed since the previous build, and the output is as it left it: the build
    /// did nothing, and reports what the previous one did (<see cref="SiteInputs"/>).
    /// </summary>
    public bool NothingChanged { get; init; }

    /// <summary><c>--verify</c> built the site from scratch and found every file identical.</summary>
    public bool Verified { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    public int Warnings => Diagnostics.Count(static d => d.Severity == Severity.Warning);

    public int Errors => Diagnostics.Count(static d => d.Severity == Severity.Error);
}
