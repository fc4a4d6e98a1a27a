using StaticGen.Output;

namespace StaticGen.Build;

/// <summary>
/// What <c>staticgen clean</c> did: the output folder it cleaned (absolute), whether it deleted it,
/// the leftovers of builds it deleted beside it (display paths), or the diagnostics of why not.
/// </summary>
public sealed record CleanResult(string OutputDirectory, bool OutputDeleted, IReadOnlyList<string> Leftovers, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(static d => d.IsError);
}

/// <summary>
/// <c>staticgen clean</c>: deletes a site's output folder and the staging, swapped-out and lock
/// files builds leave beside it (<see cref="SiteWriter.Clean"/>). It never deletes a folder that
/// holds the site, its content or its templates, even with <c>force</c>, and never one that a
/// running build is writing.
/// </summary>
public static class SiteCleaner
{
    /// <param name="site">The site whose output folder (<c>paths.output</c>) is cleaned.</param>
    /// <param name="outputDirectory">Clean this folder instead (<c>--output</c>).</param>
    /// <param name="force">Also delete an output folder StaticGen did not write (one without <c>.nojekyll</c>).</param>
    public static CleanResult Clean(SiteContext site, string? outputDirectory, bool force)
    {
        ArgumentNullException.ThrowIfNull(site);
        var output = Path.GetFullPath(outputDirectory ?? Path.Combine(site.Root, site.Config.Paths.Output));
        var display = site.DisplayPath(output);
        if (SiteBuilder.OutputHoldsSite(site, output) is not null)
        {
            var content = site.DisplayPath(site.ContentDirectory);
            var templates = site.DisplayPath(site.TemplatesDirectory);
            var statics = site.DisplayPath(site.StaticDirectory);
            return new CleanResult(output, false, [], [Diagnostic.Error(Stage.Write, display, 0, 0,
                $"refusing to delete it: it holds the site folder, {content}/, {templates}/ or {statics}/, or lies inside {content}/; clean deletes only an output folder")]);
        }

        try
        {
            var cleaned = SiteWriter.Clean(output, force);
            return new CleanResult(output, cleaned.OutputDeleted, [.. cleaned.Leftovers.Select(site.DisplayPath)], []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CleanResult(output, false, [], [Diagnostic.Error(Stage.Write, display, 0, 0, e is SiteWriterException ? e.Message : $"cannot delete it: {e.Message}")]);
        }
    }
}
