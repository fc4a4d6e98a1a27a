namespace StaticGen.Build;

/// <summary>What <c>staticgen build</c> was asked to do.</summary>
public sealed record BuildOptions
{
    /// <summary>The site folder: where <c>site.config.yml</c>, <c>content/</c> and <c>templates/</c> are.</summary>
    public required string SiteRoot { get; init; }

    /// <summary>The config file; defaults to <c>site.config.yml</c> in <see cref="SiteRoot"/>.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Overrides <c>paths.output</c>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Overrides <c>baseUrl</c> (e.g. a preview URL in CI).</summary>
    public Uri? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Every warning fails the build.</summary>
    public bool Strict { get; init; }

    /// <summary>Ignore the manifest of the previous build and make every file again.</summary>
    public bool Full { get; init; }

    /// <summary>Publish a site without articles even where the previous build of the output had some.</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>
    /// After an incremental build, build the whole site again into a temporary folder and fail
    /// (leaving the previous output in place) if a single byte differs.
    /// </summary>
    public bool Verify { get; init; }

    /// <summary>The build date from <c>SOURCE_DATE_EPOCH</c>, when set; it wins over config and clock.</summary>
    public DateTimeOffset? SourceDateEpoch { get; init; }

    /// <summary>
    /// Told how far the long stages are (articles loaded, pages rendered), for a progress bar.
    /// Called from worker threads, concurrently and not always in order: it must be thread-safe.
    /// </summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>
    /// From how many pages to make a build renders them newest article first and lets each card go after the last
    /// page that shows it (bounded memory on a large archive). The tests lower it to run that path on a small site.
    /// </summary>
    internal int LargeSitePages { get; init; } = 5_000;

    /// <summary>How many pages a large build keeps a card across with no page showing it (<see cref="SitePipeline.CardSchedule"/>); the tests lower it.</summary>
    internal int CardWindow { get; init; } = SitePipeline.CardSchedule.Window;
}
