using StaticGen.Configuration;
using StaticGen.Site;

namespace StaticGen.Checking;

/// <summary>What <c>staticgen check</c> checks: a built site folder, and where it is published.</summary>
public sealed record CheckOptions
{
    /// <summary>The built site folder.</summary>
    public required string Directory { get; init; }

    /// <summary>
    /// The URL the site is published at, base path included. When set, absolute URLs on its host
    /// are links into the site, and feed, sitemap and canonical URLs must be on it.
    /// </summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>The base path (<c>/</c> or <c>/repo/</c>) when <see cref="SiteUrl"/> is not known; only paths are checked then.</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>The base path every internal URL must start with.</summary>
    public string EffectiveBasePath => SiteUrl is null ? BasePath : new UrlBuilder(SiteUrl).BasePath;

    /// <summary>
    /// The options of a check as the command line states them: the folder defaults to the config's
    /// <c>paths.output</c> (<c>_site</c>), and the published URL comes from <paramref name="baseUrl"/>,
    /// else <paramref name="basePath"/>, else the config's <c>baseUrl</c>, else the base path <c>/</c>.
    /// The config is <paramref name="configPath"/>, or <c>site.config.yml</c> in
    /// <paramref name="workingDirectory"/> when there is one. Config errors are returned, not thrown.
    /// </summary>
    public static (CheckOptions Options, IReadOnlyList<Diagnostic> Diagnostics) Resolve(
        string workingDirectory, string? directory, string? configPath, Uri? baseUrl, string? basePath)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var diagnostics = new List<Diagnostic>();
        var configFile = configPath is null ? Path.Combine(workingDirectory, SiteConfigReader.DefaultFileName) : Path.GetFullPath(configPath, workingDirectory);
        SiteConfig? config = null;
        if (SiteConfigReader.ReadIfExists(configFile, configFile) is { } read)
        {
            diagnostics.AddRange(read.Diagnostics);
            config = read.Config;
        }
        else if (configPath is not null)
        {
            diagnostics.Add(Diagnostic.Error(Stage.Configure, configPath, 0, 0, "the config file does not exist"));
        }

        var siteRoot = Path.GetDirectoryName(configFile) ?? workingDirectory;
        var folder = directory is not null
            ? Path.GetFullPath(directory, workingDirectory)
            : Path.GetFullPath(config?.Paths.Output ?? new PathsConfig().Output, siteRoot);
        var options = new CheckOptions
        {
            Directory = folder,
            SiteUrl = baseUrl ?? (basePath is null ? config?.BaseUrl : null),
            BasePath = basePath ?? "/",
        };
        return (options, diagnostics);
    }
}
