using System.Text;

namespace StaticGen.Output;

/// <summary>
/// The only writer of the output folder. A build writes into a staging folder beside the output
/// (same parent, so a rename moves it) and <see cref="Commit"/> swaps it in only when the whole
/// site is written: a failed or interrupted build leaves the previous output as it was, and no
/// stale file of a previous build survives. Every path is checked to stay inside the staging folder.
/// Thread-safe for writes of distinct files.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _staging;
    private readonly string _stagingPrefix;
    private bool _committed;
    private int _files;

    private SiteWriter(string output, string staging)
    {
        OutputDirectory = output;
        _staging = staging;
        _stagingPrefix = staging.EndsWith(Path.DirectorySeparatorChar) ? staging : staging + Path.DirectorySeparatorChar;
    }

    public string OutputDirectory { get; }

    public int FilesWritten => _files;

    /// <summary>Starts a build of <paramref name="outputDirectory"/> in a fresh staging folder beside it.</summary>
    public static SiteWriter Begin(string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("the output folder cannot be a file system root", nameof(outputDirectory));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".staticgen-staging-{Path.GetFileName(output)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new SiteWriter(output, staging);
    }

    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, s_utf8.GetBytes(text));

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            stream.Write(content);
        }

        Interlocked.Increment(ref _files);
    }

    /// <summary>Copies a source file into the output as it is.</summary>
    public void CopyFile(string sourceFullPath, string relativePath)
    {
        var target = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(sourceFullPath, target, overwrite: false);
        Interlocked.Increment(ref _files);
    }

    /// <summary>
    /// Maps a site-relative path to its place in the staging folder. Throws for a path that would
    /// leave it (absolute, drive-qualified, or climbing with <c>..</c>): content never decides where
    /// StaticGen writes outside the output.
    /// </summary>
    public string Resolve(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains(':', StringComparison.Ordinal) || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            throw new UnsafePathException(relativePath);
        }

        var full = Path.GetFullPath(Path.Combine(_staging, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_stagingPrefix, StringComparison.Ordinal))
        {
            throw new UnsafePathException(relativePath);
        }

        return full;
    }

    /// <summary>Swaps the staging folder in for the output folder.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        string? old = null;
        if (Directory.Exists(OutputDirectory))
        {
            old = Path.Combine(Path.GetDirectoryName(OutputDirectory)!, $".staticgen-old-{Path.GetFileName(OutputDirectory)}-{Guid.NewGuid():N}");
            Directory.Move(OutputDirectory, old);
        }
        else if (File.Exists(OutputDirectory))
        {
            throw new IOException($"the output path '{OutputDirectory}' is a file, not a folder");
        }

        try
        {
            Directory.Move(_staging, OutputDirectory);
        }
        catch
        {
            if (old is not null) Directory.Move(old, OutputDirectory);
            throw;
        }

        _committed = true;
        if (old is not null) TryDelete(old);
    }

    /// <summary>Discards the staging folder unless the build was committed.</summary>
    public void Dispose()
    {
        if (!_committed) TryDelete(_staging);
        _committed = true;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover staging folder is harmless: it is hidden and never read.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A path that would make StaticGen write outside the output folder.</summary>
public sealed class UnsafePathException(string path)
    : Exception($"refusing to write '{path}': the path leaves the output folder")
{
    public string RelativePath { get; } = path;
}
