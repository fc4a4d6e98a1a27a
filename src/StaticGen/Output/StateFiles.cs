namespace StaticGen.Output;

/// <summary>
/// Where a build keeps what it knows about an output folder between builds: files beside the folder, never in it
/// (<c>.staticgen-NAME.SUFFIX</c>: the manifest, the article cache, the kept cards), so they are never published.
/// </summary>
public static class StateFiles
{
    /// <summary>The state file <paramref name="suffix"/> of <paramref name="outputDirectory"/>.</summary>
    public static string Beside(string outputDirectory, string suffix)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output) ?? output, $".staticgen-{Path.GetFileName(output)}.{suffix}");
    }
}
