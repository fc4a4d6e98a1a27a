using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace StaticGen.Output;

/// <summary>
/// The only writer of the output folder. A build writes into a fresh staging folder beside the
/// output (same parent, so a rename moves it) and <see cref="Commit"/> swaps it in only when the
/// whole site is written, so a failed, cancelled or killed build leaves the previous output as it
/// was, and no stale file of a previous build survives. Every path is checked to stay inside the
/// staging folder. Thread-safe for writes of distinct files.
/// </summary>
/// <remarks>
/// <para>
/// The swap is one atomic <c>renameat2(RENAME_EXCHANGE)</c> on Linux: at every instant the output
/// path holds either the whole old site or the whole new one. Where that call is missing (other
/// systems, some file systems) it is two renames, output → <c>.staticgen-old-*</c> then staging →
/// output; a process killed between them leaves no output folder but a complete old one, which the
/// next build puts back before it starts.
/// </para>
/// <para>
/// A lock file beside the output (<c>.staticgen-NAME.lock</c>, kept like Hugo's
/// <c>.hugo_build.lock</c>) lets one build at a time write an output folder; the operating system
/// releases it when a process dies, so holding it proves that any staging or old folder left
/// beside the output belongs to a dead build and may be cleaned up.
/// </para>
/// </remarks>
public sealed class SiteWriter : IDisposable
{
    /// <summary>
    /// The file every StaticGen build writes into the output, StaticGen's own mark. A non-empty
    /// output folder with neither it nor a build manifest beside it was not written by StaticGen and
    /// is never replaced. (<c>.nojekyll</c> is no such mark: GitHub Pages sites made by hand have it too.)
    /// </summary>
    public const string MarkerFile = ".staticgen";

    /// <summary>What <see cref="MarkerFile"/> says to whoever opens it.</summary>
    public const string MarkerText = "This folder is the output of StaticGen: every build replaces all of it.\n";

    /// <summary>
    /// Whether <paramref name="output"/> (absolute) is StaticGen's: it holds <see cref="MarkerFile"/>,
    /// or a build manifest beside it names it (an output built before the marker existed).
    /// </summary>
    public static bool IsStaticGenOutput(string output) =>
        File.Exists(Path.Combine(output, MarkerFile)) || BuildManifest.Read(output) is not null;

    private const string Prefix = ".staticgen-";
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _staging;
    private readonly string _stagingPrefix;
    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _done;
    private int _files;

    private SiteWriter(string output, string staging, FileStream buildLock)
    {
        OutputDirectory = output;
        _staging = staging;
        _stagingPrefix = staging + Path.DirectorySeparatorChar;
        _lock = buildLock;
    }

    /// <summary>The output folder, absolute.</summary>
    public string OutputDirectory { get; }

    /// <summary>The folder this build writes into until <see cref="Commit"/>.</summary>
    public string StagingDirectory => _staging;

    public int FilesWritten => _files;

    /// <summary>
    /// Starts a build of <paramref name="outputDirectory"/> in a fresh staging folder beside it:
    /// takes the build lock, puts back an output folder that a killed build left swapped out, and
    /// removes what killed builds left behind.
    /// </summary>
    /// <exception cref="SiteWriterException">The output folder cannot be written (another build holds it, it is a file, or it is not StaticGen's).</exception>
    public static SiteWriter Begin(string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output);
        if (parent is null || Path.GetFileName(output).Length == 0)
        {
            throw new SiteWriterException($"the output folder cannot be a file system root ('{output}')");
        }

        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var buildLock = AcquireLock(Path.Combine(parent, $"{Prefix}{name}.lock"), output);
        try
        {
            Recover(parent, name, output);
            if (File.Exists(output))
            {
                throw new SiteWriterException($"the output path '{output}' is a file, not a folder");
            }

            if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !IsStaticGenOutput(output))
            {
                throw new SiteWriterException(
                    $"the output folder '{output}' is not empty and was not written by StaticGen (it has no {MarkerFile} file); " +
                    "a build replaces the whole folder and would delete what is in it, so nothing was written: choose another output folder, or move its files away first");
            }

            var staging = Path.Combine(parent, $"{Prefix}staging-{name}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(staging);
            return new SiteWriter(output, staging, buildLock);
        }
        catch
        {
            buildLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Deletes the output folder and what builds leave beside it: staging and swapped-out folders
    /// (<c>.staticgen-staging-NAME-*</c>, <c>.staticgen-old-NAME-*</c>), the manifest, the article cache and the lock file. Takes the
    /// build lock first, so it never deletes a folder a running build is writing. A non-empty
    /// output folder without <see cref="MarkerFile"/> was not written by StaticGen and is left
    /// alone unless <paramref name="force"/>.
    /// </summary>
    /// <exception cref="SiteWriterException">A build holds the lock, the output is a file, or the folder is not StaticGen's.</exception>
    public static CleanedOutput Clean(string outputDirectory, bool force)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (parent is null || name.Length == 0)
        {
            throw new SiteWriterException($"the output folder cannot be a file system root ('{output}')");
        }

        var lockPath = Path.Combine(parent, $"{Prefix}{name}.lock");
        if (File.Exists(output))
        {
            throw new SiteWriterException($"the output path '{output}' is a file, not a folder; clean deletes only output folders");
        }

        if (!Directory.Exists(parent) || (!Directory.Exists(output) && !File.Exists(lockPath) && !File.Exists(BuildManifest.PathOf(output)) && !File.Exists(ArticleCacheFile.PathOf(output)) && !Directory.Exists(Images.ImageCache.Beside(output)) && Leftovers(parent, name).Count == 0))
        {
            return new CleanedOutput(false, []);
        }

        if (Directory.Exists(output) && !force && Directory.EnumerateFileSystemEntries(output).Any() && !IsStaticGenOutput(output))
        {
            throw new SiteWriterException(
                $"the folder '{output}' was not written by StaticGen (it has no {MarkerFile} file), so clean leaves it alone; " +
                "check that it is the folder you mean and delete it yourself, or clean with --force");
        }

        var leftovers = new List<string>();
        var deleted = false;
        var lockExisted = File.Exists(lockPath);

        // Deleted when released: the lock file goes too, and only once nothing else is left.
        using (AcquireLock(lockPath, output, FileOptions.DeleteOnClose))
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
                deleted = true;
            }

            foreach (var leftover in Leftovers(parent, name))
            {
                Directory.Delete(leftover, recursive: true);
                leftovers.Add(leftover);
            }

            foreach (var kept in new[] { BuildManifest.PathOf(output), ArticleCacheFile.PathOf(output) })
            {
                if (!File.Exists(kept)) continue;
                File.Delete(kept);
                leftovers.Add(kept);
            }

            // The derived images: never published, so only clean deletes them.
            if (Images.ImageCache.Delete(output)) leftovers.Add(Images.ImageCache.Beside(output));

            if (lockExisted) leftovers.Add(lockPath);
        }

        return new CleanedOutput(deleted, leftovers);
    }

    /// <summary>Staging and swapped-out folders of the output folder <paramref name="name"/>, in a stable order.</summary>
    private static List<string> Leftovers(string parent, string name) =>
        [.. Directory.GetDirectories(parent, $"{Prefix}old-{name}-*").Concat(Directory.GetDirectories(parent, $"{Prefix}staging-{name}-*")).Order(StringComparer.Ordinal)];


    public void WriteText(string relativePath, string text)
    {
        // A page is encoded into a pooled buffer: its bytes need not outlive the write.
        var buffer = ArrayPool<byte>.Shared.Rent(s_utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = s_utf8.GetBytes(text, buffer);
            WriteBytes(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Resolve(relativePath);
        CreateFolder(Path.GetDirectoryName(target)!);
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(target))
        {
            throw Collision(relativePath);
        }

        using (handle)
        {
            RandomAccess.Write(handle, content, 0);
        }

        Interlocked.Increment(ref _files);
    }

    /// <summary>Creates a folder of the staging tree once; later files in it skip the file system call.</summary>
    private void CreateFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, 0);
    }

    /// <summary>Copies a source file into the output as it is.</summary>
    public void CopyFile(string sourceFullPath, string relativePath)
    {
        var target = Resolve(relativePath);
        CreateFolder(Path.GetDirectoryName(target)!);
        try
        {
            File.Copy(sourceFullPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            throw Collision(relativePath);
        }

        Interlocked.Increment(ref _files);
    }

    /// <summary>The size and last-write time of a file written into the staging folder, for the manifest.</summary>
    public ManifestFile Stamp(string relativePath)
    {
        var info = new FileInfo(Resolve(relativePath));
        return new ManifestFile(relativePath, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// Keeps files of the previous output in the new one, unchanged (hard links, or copies where
    /// links fail), provided each is still the file the manifest describes (same size and last-write
    /// time). Returns what is now in the staging folder, or null (and keeps nothing) when any of
    /// them changed or is gone: then the caller makes them again.
    /// </summary>
    public IReadOnlyList<ManifestFile>? TryKeep(IReadOnlyList<ManifestFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var sources = new string[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var target = Resolve(files[i].Path);
            var source = Path.Combine(OutputDirectory, target[_stagingPrefix.Length..]);
            var info = new FileInfo(source);
            if (!info.Exists || info.Length != files[i].Length || info.LastWriteTimeUtc.Ticks != files[i].Modified || info.LinkTarget is not null) return null;
            sources[i] = source;
        }

        var kept = new ManifestFile[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var target = Resolve(files[i].Path);
            CreateFolder(Path.GetDirectoryName(target)!);
            if (HardLink.TryCreate(sources[i], target))
            {
                kept[i] = files[i];
            }
            else
            {
                try
                {
                    File.Copy(sources[i], target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    throw Collision(files[i].Path);
                }

                kept[i] = Stamp(files[i].Path);
            }

            Interlocked.Increment(ref _files);
        }

        return kept;
    }

    private static SiteWriterException Collision(string relativePath) =>
        new($"two files of the site would be written to '{relativePath}'; the second would overwrite the first");

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

    /// <summary>Whether the staging folder already holds a file or folder at <paramref name="relativePath"/> (a generated file wins over a static one).</summary>
    /// <exception cref="UnsafePathException">The path would leave the staging folder.</exception>
    public bool Holds(string relativePath)
    {
        var target = Resolve(relativePath);
        return File.Exists(target) || Directory.Exists(target);
    }

    /// <summary>Deletes a temporary folder a build made elsewhere (<c>--verify</c>'s full build); one left behind is harmless.</summary>
    public static void DeleteTemporary(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    /// <summary>Swaps the staging folder in for the output folder and removes the previous output.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        if (Directory.Exists(OutputDirectory))
        {
            if (DirectorySwap.TryExchange(_staging, OutputDirectory))
            {
                // The staging path now holds the previous output.
                Finish();
                return;
            }

            var old = Path.Combine(Path.GetDirectoryName(OutputDirectory)!, $"{Prefix}old-{Path.GetFileName(OutputDirectory)}-{Guid.NewGuid():N}");
            Directory.Move(OutputDirectory, old);
            try
            {
                Directory.Move(_staging, OutputDirectory);
            }
            catch
            {
                Directory.Move(old, OutputDirectory);
                throw;
            }

            TryDelete(old);
            Finish();
            return;
        }

        Directory.Move(_staging, OutputDirectory);
        Finish();
    }

    /// <summary>Discards the staging folder unless the build was committed, and releases the build lock.</summary>
    public void Dispose()
    {
        if (!_done) Finish();
    }

    private void Finish()
    {
        _done = true;
        TryDelete(_staging);
        _lock.Dispose();
    }

    private static FileStream AcquireLock(string path, string output, FileOptions options = FileOptions.None)
    {
        try
        {
            // FileShare.None is an exclusive lock (flock on Unix), released by the OS when the process ends.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, options);
        }
        catch (IOException e)
        {
            throw new SiteWriterException($"another build is writing '{output}' (it holds {path}); wait for it to finish", e);
        }
    }

    /// <summary>Undoes what a killed build left beside the output: puts a swapped-out output back, deletes staging folders.</summary>
    private static void Recover(string parent, string name, string output)
    {
        var olds = Directory.GetDirectories(parent, $"{Prefix}old-{name}-*").Order(StringComparer.Ordinal).ToList();
        if (olds.Count > 0 && !Directory.Exists(output) && !File.Exists(output))
        {
            // Killed between the two renames of a fallback swap: the old folder is the last complete build.
            Directory.Move(olds[0], output);
            olds.RemoveAt(0);
        }

        foreach (var leftover in olds.Concat(Directory.GetDirectories(parent, $"{Prefix}staging-{name}-*")))
        {
            TryDelete(leftover);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder is harmless: it is hidden, never read, and the next build removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>What <see cref="SiteWriter.Clean"/> deleted: the output folder (if there was one), and the leftovers of builds beside it (full paths).</summary>
public sealed record CleanedOutput(bool OutputDeleted, IReadOnlyList<string> Leftovers);

/// <summary>The output folder cannot be written; the message says why and what to do.</summary>
public sealed class SiteWriterException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>A path that would make StaticGen write outside the output folder.</summary>
public sealed class UnsafePathException(string path)
    : Exception($"refusing to write '{path}': the path leaves the output folder")
{
    public string RelativePath { get; } = path;
}
