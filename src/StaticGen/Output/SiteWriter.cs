// Over 500 lines: the full build's swap and the incremental build's in-place update with its journal are the one writer of
// the output and share its path checks, lock and recovery; split the journal (WriteJournal, Apply) into its own file when it grows.
using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using StaticGen.Content;

namespace StaticGen.Output;

/// <summary>
/// The only writer of the output folder. A build writes into a fresh staging folder beside the
/// output (same parent, so a rename moves it) and publishes it only when the whole site is written,
/// so a failed, cancelled or killed build leaves the previous output as it was, and no stale file of
/// a previous build survives. A full build's staging folder holds the whole site and
/// <see cref="Commit"/> swaps it in; an incremental build's holds only the files it made, and
/// <see cref="CommitInPlace"/> moves them into the output and deletes the files no unit makes any
/// more. Every path is checked to stay inside the staging folder. Thread-safe for writes of distinct files.
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
/// An incremental build changes a few files of a large output: linking every unchanged file into a
/// new folder and deleting the old one cost seconds of system time at 18,000 files. So it updates the
/// output in place: every new file is written into the staging folder first, then a journal
/// (<c>.staticgen-NAME.journal</c>) lists the moves and deletions, and each file is renamed over its
/// old version (atomic per file). A process killed in those milliseconds leaves the journal, and the
/// next build finishes the moves before it starts.
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
    private readonly ConcurrentBag<string> _staged = [];
    private bool _done;
    private int _files;

    /// <summary>
    /// In place (<see cref="StageApart"/>): where each made file waits in the staging folder, by its site-relative path. Null:
    /// the staging folder holds the output's tree.
    /// </summary>
    private ConcurrentDictionary<string, string>? _apart;
    private int _apartCount;

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

    /// <summary>How many files this build wrote into the staging folder.</summary>
    public int Staged => _apart?.Count ?? _staged.Count;

    /// <summary>
    /// For a build that updates the output in place (<see cref="CommitInPlace"/>): each file made from now on waits in
    /// the staging folder under a number of its own, not at its place in a copy of the output's tree, and is moved
    /// over its place when the build commits. A made page is nearly always in a folder of its own (pretty URLs), so
    /// the tree cost a folder made and deleted again for every file (one added article at 10,000: 1,500 of them, a
    /// tenth of the build's processor time in the file system).
    /// </summary>
    public void StageApart()
    {
        if (!_staged.IsEmpty) throw new InvalidOperationException("files were already staged in the output's tree");
        _apart ??= new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Where a file of the site is (to be) written in the staging folder: its place in the tree, or its own name when staged apart.</summary>
    private string Staging(string relativePath, bool create)
    {
        var tree = Resolve(relativePath);
        if (_apart is null)
        {
            if (create) CreateFolder(Path.GetDirectoryName(tree)!);
            return tree;
        }

        var key = SiteRelative(tree);
        if (!create) return _apart.TryGetValue(key, out var staged) ? staged : tree;
        var name = Path.Combine(_staging, Interlocked.Increment(ref _apartCount).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        return _apart.TryAdd(key, name) ? name : throw Collision(relativePath);
    }

    /// <summary>The site-relative path (with '/') of a place in the staging tree.</summary>
    private string SiteRelative(string tree) => tree[_stagingPrefix.Length..].Replace('\\', '/');

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

        if (!Directory.Exists(parent) || (!Directory.Exists(output) && !File.Exists(lockPath) && !File.Exists(BuildManifest.PathOf(output)) && !File.Exists(JournalOf(output)) && !File.Exists(ArticleCacheFile.PathOf(output)) && !File.Exists(ArticleCacheFile.BodiesPathOf(output)) && !File.Exists(PartialCacheFile.PathOf(output)) && !File.Exists(InputsFile.PathOf(output)) && !Directory.Exists(Images.ImageCache.Beside(output)) && Leftovers(parent, name).Count == 0))
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

            foreach (var kept in new[] { BuildManifest.PathOf(output), BuildManifest.PendingPathOf(output), JournalOf(output), ArticleCacheFile.PathOf(output), ArticleCacheFile.BodiesPathOf(output), PartialCacheFile.PathOf(output), InputsFile.PathOf(output) })
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

    /// <summary>
    /// Writes a text file into the staging folder, unless the output already holds exactly its bytes as
    /// <paramref name="previous"/> (the previous build's record of the same path) describes the file:
    /// then the file stays where it is, is neither written nor moved, and that record is given back. An
    /// incremental build that makes a unit again (the search index, whose shards mostly stay the same when
    /// an article is added) rewrites only the files whose bytes changed.
    /// </summary>
    public ManifestFile WriteTextUnlessHeld(string relativePath, string text, ManifestFile? previous)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<byte>.Shared.Rent(s_utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = s_utf8.GetBytes(text, buffer);
            var content = buffer.AsSpan(0, length);
            if (previous is not null && string.Equals(previous.Path, relativePath, StringComparison.Ordinal) && OutputHolds(previous, content))
            {
                Interlocked.Increment(ref _files);
                return previous;
            }

            WriteBytes(relativePath, content);
            return Stamp(relativePath);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the output's file is still the one <paramref name="previous"/> records (size, last-write time, not a link) and holds <paramref name="content"/>.</summary>
    private bool OutputHolds(ManifestFile previous, ReadOnlySpan<byte> content)
    {
        if (previous.Length != content.Length) return false;
        var path = InOutput(previous.Path);
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != previous.Length || info.LastWriteTimeUtc.Ticks != previous.Modified || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
        var held = ArrayPool<byte>.Shared.Rent(content.Length + 1);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // One byte more than expected: a file that grew since the stat is not the same.
            var read = 0;
            int n;
            while (read < held.Length && (n = RandomAccess.Read(handle, held.AsSpan(read), read)) > 0) read += n;
            return read == content.Length && held.AsSpan(0, read).SequenceEqual(content);
        }
        catch (IOException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(held);
        }
    }

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Staging(relativePath, create: true);
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

        if (_apart is null) _staged.Add(relativePath);
        Interlocked.Increment(ref _files);
    }

    /// <summary>
    /// Creates a folder of the staging tree, or finds it there (one <c>mkdir</c>). The folders made are not remembered
    /// to skip the call: with pretty URLs nearly every page has a folder of its own, and 100,000 articles' paths held
    /// some 50 MB until the build ended, to save a system call on the few files that share a folder.
    /// </summary>
    private static void CreateFolder(string folder) => Directory.CreateDirectory(folder);

    /// <summary>Copies a source file into the output as it is.</summary>
    public void CopyFile(string sourceFullPath, string relativePath)
    {
        var target = Staging(relativePath, create: true);
        try
        {
            // A file of size zero is created, not copied: a named pipe in content/ would block the copy (ContentReader.HoldsNothing).
            if (ContentReader.HoldsNothing(sourceFullPath)) File.Open(target, FileMode.CreateNew, FileAccess.Write).Dispose();
            else File.Copy(sourceFullPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            throw Collision(relativePath);
        }

        if (_apart is null) _staged.Add(relativePath);
        Interlocked.Increment(ref _files);
    }

    /// <summary>The size and last-write time of a file written into the staging folder, for the manifest.</summary>
    public ManifestFile Stamp(string relativePath)
    {
        var info = new FileInfo(Staging(relativePath, create: false));
        return new ManifestFile(relativePath, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// Whether the output still holds each of <paramref name="files"/> as the manifest describes it
    /// (same size and last-write time, not a link): then an incremental build keeps them where they are.
    /// They count as files of the build.
    /// </summary>
    public bool StillHolds(IReadOnlyList<ManifestFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            var info = new FileInfo(InOutput(file.Path));
            // The attributes come with the same stat call; LinkTarget would be one more system call per file.
            if (!info.Exists || info.Length != file.Length || info.LastWriteTimeUtc.Ticks != file.Modified || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
        }

        Interlocked.Add(ref _files, files.Count);
        return true;
    }

    /// <summary>The path of a site-relative file in the output folder (checked like <see cref="Resolve"/>).</summary>
    private string InOutput(string relativePath) => Path.Combine(OutputDirectory, Resolve(relativePath)[_stagingPrefix.Length..]);

    /// <summary>
    /// What the output will hold after <see cref="CommitInPlace"/> with <paramref name="deletions"/>:
    /// each file's site-relative path and where its bytes are now (the staging folder for the files
    /// this build made, the output for the others). <c>--verify</c> compares it with a full build.
    /// </summary>
    public IReadOnlyDictionary<string, string> PendingFiles(IReadOnlyCollection<string> deletions)
    {
        ArgumentNullException.ThrowIfNull(deletions);
        var files = Directory.Exists(OutputDirectory) ? FilesUnder(OutputDirectory) : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var deleted in deletions) files.Remove(deleted);
        if (_apart is null)
        {
            foreach (var (path, full) in FilesUnder(_staging)) files[path] = full;
        }
        else
        {
            foreach (var (path, staged) in _apart) files[path] = staged;
        }

        return files;
    }

    /// <summary>Every file under <paramref name="folder"/>, by its path relative to it with '/'.</summary>
    internal static Dictionary<string, string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), StringComparer.Ordinal);

    /// <summary>
    /// Publishes an incremental build: writes the journal (the moves of every file this build made, the
    /// <paramref name="deletions"/> of files no unit makes any more, and the manifest written with
    /// <see cref="BuildManifest.WritePending"/>), then applies it. A process killed while it is applied
    /// leaves the journal, and the next <see cref="Begin"/> finishes it.
    /// </summary>
    public void CommitInPlace(IReadOnlyCollection<string> deletions)
    {
        ArgumentNullException.ThrowIfNull(deletions);
        ObjectDisposedException.ThrowIf(_done, this);
        Directory.CreateDirectory(OutputDirectory);
        foreach (var deleted in deletions) InOutput(deleted); // each path is checked before anything moves
        List<string> moves = _apart is null ? [.. _staged.Order(StringComparer.Ordinal)] : [.. _apart.Keys.Order(StringComparer.Ordinal)];
        var journal = new WriteJournal(_staging, moves, [.. deletions]) { Sources = _apart is null ? null : [.. moves.Select(m => Path.GetFileName(_apart[m]))] };
        var path = JournalOf(OutputDirectory);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            System.Text.Json.JsonSerializer.Serialize(stream, journal, ManifestJson.Default.WriteJournal);
        }

        File.Move(temporary, path, overwrite: true);
        Apply(journal, OutputDirectory);
        Finish();
    }

    /// <summary>Where the journal of an in-place update of <paramref name="output"/> (absolute) is kept while it is applied.</summary>
    public static string JournalOf(string output) =>
        Path.Combine(Path.GetDirectoryName(output) ?? output, $"{Prefix}{Path.GetFileName(output)}.journal");

    /// <summary>
    /// Applies a journal (again, after a killed build: every step can be repeated): deletes the files it
    /// lists and the folders that leaves empty, moves each staged file still in the staging folder over
    /// its place in the output, puts the pending manifest in place, and deletes the journal.
    /// </summary>
    private static void Apply(WriteJournal journal, string output)
    {
        var prefix = output + Path.DirectorySeparatorChar;
        string Place(string root, string relative)
        {
            var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
            return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : throw new UnsafePathException(relative);
        }

        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var deleted in journal.Deletes)
        {
            var target = Place(output, deleted);
            if (File.Exists(target)) File.Delete(target);
            emptied.Add(Path.GetDirectoryName(target)!);
        }

        // Deepest first: a folder whose last file went, then its parents while they are empty.
        foreach (var folder in emptied.Reverse())
        {
            for (var current = folder; current.StartsWith(prefix, StringComparison.Ordinal) && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
                current = Path.GetDirectoryName(current)!)
            {
                Directory.Delete(current);
            }
        }

        for (var i = 0; i < journal.Moves.Count; i++)
        {
            var moved = journal.Moves[i];
            var source = Place(journal.Staging, journal.Sources is { } sources ? sources[i] : moved);
            if (!File.Exists(source)) continue;
            var target = Place(output, moved);
            try
            {
                File.Move(source, target, overwrite: true);
            }
            catch (DirectoryNotFoundException)
            {
                // A new folder of the output (a new article's): made only then, not asked for every file moved in.
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(source, target, overwrite: true);
            }
        }

        var pending = BuildManifest.PendingPathOf(output);
        if (File.Exists(pending)) File.Move(pending, BuildManifest.PathOf(output), overwrite: true);
        File.Delete(JournalOf(output));
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
        // Staged apart, a folder of the site is not in the staging folder: the caller checks the folders of what it made.
        if (_apart is not null) return _apart.ContainsKey(SiteRelative(target));
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
        // Killed while moving an incremental build's files in: finish the moves (the journal is written whole, then renamed).
        var journalPath = JournalOf(output);
        if (File.Exists(journalPath))
        {
            WriteJournal? journal;
            try
            {
                using var stream = File.OpenRead(journalPath);
                journal = System.Text.Json.JsonSerializer.Deserialize(stream, ManifestJson.Default.WriteJournal);
            }
            catch (System.Text.Json.JsonException)
            {
                journal = null;
            }

            if (journal is not null && Directory.Exists(output)) Apply(journal, output);
            else
            {
                // Not to be finished: the manifest no longer describes the output, so the next build is a full one.
                File.Delete(journalPath);
                BuildManifest.Delete(output);
            }
        }

        if (File.Exists(BuildManifest.PendingPathOf(output))) File.Delete(BuildManifest.PendingPathOf(output));

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

/// <summary>An in-place update of the output, kept beside it while it is applied: the staging folder, the site-relative files to move from it, and those to delete.</summary>
internal sealed record WriteJournal(string Staging, IReadOnlyList<string> Moves, IReadOnlyList<string> Deletes)
{
    /// <summary>The name in the staging folder of each file of <see cref="Moves"/>, when they were staged apart; null: at their places in its tree.</summary>
    public IReadOnlyList<string>? Sources { get; init; }
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
