using StaticGen.Content;

namespace StaticGen.Build;

/// <summary>
/// The date of an article whose text gives none. It must not move when CI checks the repository out,
/// so file times are never used: the date is that of the git commit that added the file (one
/// <c>git log</c> for the whole content folder, run only when an undated article needs it), and
/// <see cref="Fixed"/> when the site is not in git, the file is not committed yet, or the clone is
/// shallow. Pages do not show a fallback date; it only orders articles. <c>staticgen import</c> writes
/// the date into front matter, so it never moves again. Thread-safe.
/// </summary>
public sealed class FallbackDates
{
    /// <summary>The date of an undated article when git does not know the file: 1970-01-01.</summary>
    public static readonly DateTimeOffset Fixed = DateTimeOffset.UnixEpoch;

    private readonly string _folder;
    private readonly Lazy<ContentHistory> _history;

    /// <param name="folder">The folder whose files' git history is read (the content folder).</param>
    /// <param name="useGit">False to always use <see cref="Fixed"/> (tests, or a caller that wants no process started).</param>
    public FallbackDates(string folder, bool useGit = true)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = Path.GetFullPath(folder);
        _history = new Lazy<ContentHistory>(
            () => useGit && ContentReader.FolderExists(_folder) ? ContentReader.AddedDates(_folder) : new ContentHistory(new Dictionary<string, DateTimeOffset>(), "git history is not used"),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Dates that are always <see cref="Fixed"/>.</summary>
    public static FallbackDates None { get; } = new(".", useGit: false);

    /// <summary>The fallback date of a file, and where it comes from (for the warning).</summary>
    public (DateTimeOffset Date, string Reason) For(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var relative = Path.GetRelativePath(_folder, Path.GetFullPath(fullPath)).Replace('\\', '/');
        var history = _history.Value;
        if (!relative.StartsWith("../", StringComparison.Ordinal) && history.Added.TryGetValue(relative, out var added))
        {
            return (added, "the date of the git commit that added the file");
        }

        var why = history.Problem ?? "the file is not committed to git yet";
        return (Fixed, $"a fixed date, not shown on pages: {why}");
    }
}
