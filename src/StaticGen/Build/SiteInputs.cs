using StaticGen.Content;

namespace StaticGen.Build;

/// <summary>
/// The digest of everything a build's output is made from, bar the clock and git's history (a build whose output
/// depended on them records no digest, <see cref="SitePipeline.DependsOnClockOrGit"/>): the program, the options, the
/// config file's bytes, and the path, size and last-write time of every file of the site's folder (content, templates,
/// static files, data, i18n; the content, templates and static folders also where they lie outside it). Not inputs:
/// the output folder, the state files beside it (<c>.staticgen-*</c>) and <c>.git</c>. Two builds with the same digest
/// make the same output, so the second has nothing to do when the output is still as the first left it.
/// </summary>
internal static class SiteInputs
{
    /// <summary>Names of state files and folders a build keeps beside its output: never inputs.</summary>
    private const string StatePrefix = ".staticgen";

    /// <summary>
    /// The digest, or null when the files cannot be vouched for: a link among them (what it leads to can change without
    /// its stamp), a folder that cannot be listed, or a file written within <see cref="ArticleStore.StampMargin"/> of
    /// <paramref name="now"/> (a second write in the same clock tick could keep its stamp).
    /// </summary>
    /// <param name="site">The site.</param>
    /// <param name="options">The build's options.</param>
    /// <param name="outputDirectory">The output folder.</param>
    /// <param name="content">The content folder's listing, which the build reads from (its stamps: the folder is not walked again).</param>
    /// <param name="now">The time the build started.</param>
    public static UInt128? Digest(SiteContext site, BuildOptions options, string outputDirectory, ContentListing content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(content);
        if (ArticleStore.ProgramVersion is not { } version) return null;
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var fingerprint = new Fingerprint()
            .Add("site inputs")
            .Add(version)
            .Add(site.ConfigFile)
            .Add(ContentReader.FileExists(site.ConfigFile) ? ContentReader.HashFile(site.ConfigFile) : UInt128.Zero)
            .Add(output)
            .Add(options.BaseUrl?.AbsoluteUri)
            .Add(options.IncludeDrafts)
            .Add(options.IncludeFuture)
            .Add(options.Strict)
            .Add(options.AllowEmpty)
            .Add(options.SourceDateEpoch?.UtcTicks ?? long.MinValue);

        // The content folder as the build lists it: its dot-files and what its links lead to are never read, and a file
        // the listing gives no stamp (a link to a file) cannot be vouched for.
        var files = new List<(string Path, long Length, long Modified)>(content.Entries.Count + 64);
        foreach (var entry in content.Entries)
        {
            if (entry.Stamp is not { } stamp) return null;
            files.Add((entry.FullPath, stamp.Length, stamp.Modified));
        }

        var contentFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site.ContentDirectory));
        bool Skip(string fullPath, string name) =>
            string.Equals(name, ".git", StringComparison.Ordinal) || name.StartsWith(StatePrefix, StringComparison.Ordinal)
            || string.Equals(fullPath, output, StringComparison.Ordinal) || string.Equals(fullPath, contentFolder, StringComparison.Ordinal);

        var roots = new List<string>();
        foreach (var folder in new[] { site.Root, site.TemplatesDirectory, site.StaticDirectory })
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            if (!string.Equals(full, contentFolder, StringComparison.Ordinal) && !roots.Exists(r => string.Equals(full, r, StringComparison.Ordinal) || full.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal))) roots.Add(full);
        }

        foreach (var root in roots)
        {
            if (ContentReader.StampTree(root, Skip, StatePrefix) is not { } tree) return null;
            files.AddRange(tree);
        }

        var trustedBefore = now.UtcTicks - ArticleStore.StampMargin.Ticks;
        files.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        fingerprint.Add(files.Count);
        foreach (var (path, length, modified) in files)
        {
            if (modified >= trustedBefore) return null;
            fingerprint.Add(path).Add(length).Add(modified);
        }

        return fingerprint.Value;
    }
}
