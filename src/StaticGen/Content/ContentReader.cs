// Over 500 lines: the one reader of the site's files (only Content and Configuration read the disk), so listing, decoding,
// stamps (of the content folder and of the whole site, for the nothing-changed digest) and git's dates sit side by side;
// split git's history into a file of its own when it grows again.
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StaticGen.Content;

/// <summary>
/// The only reader of <c>content/</c>: lists its files in a stable order and decodes article text
/// (UTF-8 with or without BOM, UTF-16 with BOM, falling back to Windows-1252 for files that are not valid UTF-8).
/// Nothing outside the folder is ever read: links to files outside it and links to folders are not followed.
/// </summary>
public static class ContentReader
{
    /// <summary>
    /// The largest article file read (1 MiB, some 150,000 words: ten times the longest long read). A
    /// larger file is a scraping accident (a whole site in one file, a dump); it is skipped with a
    /// warning, without being read, so its size costs neither time nor memory.
    /// </summary>
    public const long MaxArticleBytes = 1024 * 1024;

    /// <summary>A line longer than this (some 3,000 words in one paragraph) gets a warning: the text most likely lost its line breaks.</summary>
    public const int LongLine = 20_000;

    private const int MaxLinkHops = 40;

    /// <summary>A NUL byte in this many first bytes makes a file binary, not text (UTF-16 with a byte order mark excepted).</summary>
    public const int BinaryProbeBytes = 8192;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ContentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Lists the files under <paramref name="contentRoot"/>, ordered by relative path (ordinal), skipping dot-files and dot-folders and links that are not followed.</summary>
    public static IReadOnlyList<ContentEntry> Enumerate(string contentRoot) => List(contentRoot, contentRoot).Entries;

    /// <summary>
    /// Lists the files under <paramref name="folder"/>, ordered by relative path (ordinal), skipping
    /// dot-files and dot-folders. A link to a file is followed only when the file it leads to is
    /// inside the folder; a link to a folder is never followed (it could lead outside, or in a
    /// circle). Each link not followed is a warning; <paramref name="displayRoot"/> is how diagnostics
    /// name the folder (e.g. <c>content</c>). <paramref name="keepFolders"/> names dot-folders at the
    /// top that are listed all the same (<c>.well-known</c> of <c>static/</c>). <paramref name="recursive"/> false lists the
    /// folder's own files only (a plain folder <c>inspect</c> reads beside a page: <c>~/Downloads</c> may hold anything).
    /// </summary>
    public static ContentListing List(string folder, string displayRoot, IReadOnlyCollection<string>? keepFolders = null, bool recursive = true)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(displayRoot);
        if (!Directory.Exists(folder)) return new ContentListing([], []);

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var realRoot = RealPath(root) ?? root;
        var entries = new List<ContentEntry>();
        var diagnostics = new List<Diagnostic>();
        var skippedFiles = 0;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            // On Unix a dot-file is Hidden: the kept dot-folders are found only when hidden entries are listed.
            AttributesToSkip = keepFolders is { Count: > 0 } ? FileAttributes.System : FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = false,
            ReturnSpecialDirectories = false,
        };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            FileSystemInfo[] infos;
            try
            {
                infos = new DirectoryInfo(directory).GetFileSystemInfos("*", options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder that cannot be listed (no permission, gone meanwhile) loses its articles: say so, and build the rest.
                var relative = Path.GetRelativePath(root, directory).Replace('\\', '/');
                var display = relative == "." ? displayRoot : displayRoot.Length == 0 ? relative : displayRoot.TrimEnd('/') + "/" + relative;
                diagnostics.Add(Diagnostic.Warning(Stage.Load, display, 0, 0, $"the folder cannot be read ({e.Message}); nothing in it is published"));
                continue;
            }

            foreach (var info in infos)
            {
                if (info.Name.StartsWith('.') && !(directory == root && info is DirectoryInfo && keepFolders?.Contains(info.Name) == true)) continue;
                var relative = Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
                var display = displayRoot.Length == 0 ? relative : displayRoot.TrimEnd('/') + "/" + relative;
                if (info.Name.Contains('\uFFFD', StringComparison.Ordinal) && !Path.Exists(info.FullName))
                {
                    // The name's bytes are not UTF-8: .NET shows them as U+FFFD and cannot open the file by that name.
                    diagnostics.Add(Diagnostic.Warning(Stage.Load, display, 0, 0,
                        $"the {(info is DirectoryInfo ? "folder" : "file")} name is not valid UTF-8 (shown with \uFFFD where its bytes are not), so it cannot be read or given a URL; it is skipped. Rename it (convmv -f latin1 -t utf8 --notest NAME)"));
                    if (info is FileInfo) skippedFiles++;
                    continue;
                }

                // The attributes come with the listing; asking every file for a link target is one more system call each.
                var linkTarget = info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? info.LinkTarget : null;
                if (linkTarget is { } target)
                {
                    var real = RealPath(info.FullName);
                    if (Directory.Exists(info.FullName))
                    {
                        diagnostics.Add(Diagnostic.Warning(Stage.Load, display, 0, 0,
                            $"the folder is a link to '{target}'; links to folders are not followed, so nothing in it is published. Move the files into the folder instead"));
                        continue;
                    }

                    if (real is null || !File.Exists(real) || !IsInside(real, realRoot))
                    {
                        // A chain of links (a.md → b.md → /elsewhere/x.md): say where it ends, so the
                        // link that leads out (or nowhere) is named, not only the first one.
                        var firstHop = Path.GetFullPath(target, Path.GetDirectoryName(info.FullName)!);
                        var chained = new FileInfo(firstHop).LinkTarget is not null;
                        var via = chained && real is not null ? $", itself a link, which leads on to '{real}'" : "";
                        diagnostics.Add(Diagnostic.Warning(Stage.Load, display, 0, 0,
                            real is null && chained ? $"the file is a link to '{target}', itself a link, and the chain of links loops or breaks; it is skipped"
                            : real is null || !File.Exists(real) ? $"the file is a link to '{target}'{via}, which does not exist; it is skipped"
                            : $"the file is a link to '{target}'{via}, outside the folder {displayRoot}/; StaticGen never reads files outside it, so the link is skipped"));
                        skippedFiles++;
                        continue;
                    }
                }

                if (info is DirectoryInfo)
                {
                    if (recursive) pending.Push(info.FullName);
                }
                else
                {
                    // The size and time, which a serving process compares, come with the file's status; a file deleted since the
                    // folder was listed (an editor's swap file, a temporary download) has none and is no longer there to publish.
                    var file = (FileInfo)info;
                    (long, long)? stamp;
                    try
                    {
                        stamp = linkTarget is null ? (file.Length, file.LastWriteTimeUtc.Ticks) : null;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        continue;
                    }

                    entries.Add(new ContentEntry(relative, info.FullName, KindOf(relative)) { Stamp = stamp });
                }
            }
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new ContentListing(entries, diagnostics) { SkippedFiles = skippedFiles };
    }

    /// <summary>
    /// The path with every link along it resolved (like <c>realpath</c>), or null when a link leads
    /// nowhere or links loop. Components that do not exist are kept as they are.
    /// </summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops <= MaxLinkHops; hops++)
        {
            var root = Path.GetPathRoot(full) ?? "";
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? next = null;
            for (var i = 0; i < parts.Length; i++)
            {
                var candidate = Path.Combine(current, parts[i]);
                string? link;
                try
                {
                    link = new FileInfo(candidate).LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return null;
                }

                if (link is null)
                {
                    current = candidate;
                    continue;
                }

                // Resolve the link against the folder it is in, then go on with the rest of the path.
                var resolved = Path.GetFullPath(link, current);
                next = parts.Length > i + 1 ? Path.Combine([resolved, .. parts[(i + 1)..]]) : resolved;
                break;
            }

            if (next is null) return current;
            full = next;
        }

        return null;
    }

    /// <summary>Whether <paramref name="path"/>, with every link along it resolved, is inside <paramref name="folder"/> (also resolved).</summary>
    public static bool IsWithin(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        var realFolder = RealPath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return RealPath(path) is { } real && realFolder is not null && IsInside(real, realFolder);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public static ContentKind KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => ContentKind.RawArticle,
        // Jekyll's markdown_ext (markdown, mkdown, mkdn, mkd, md) and the older .mdown and .text.
        ".md" or ".markdown" or ".mkdown" or ".mkdn" or ".mkd" or ".mdown" or ".text" => ContentKind.MarkdownArticle,
        _ => ContentKind.Asset,
    };

    /// <summary>
    /// Reads and decodes an article file. <paramref name="displayPath"/> is how diagnostics name it.
    /// A file over <see cref="MaxArticleBytes"/> is skipped with a warning, unread. <paramref name="listedLength"/>: see <see cref="HoldsNothing"/>.
    /// </summary>
    public static ContentText ReadText(string fullPath, string displayPath, long? listedLength = null)
    {
        var (bytes, problem) = ReadArticleBytes(fullPath, displayPath, listedLength);
        return bytes is null ? new ContentText(null, [problem!]) : Decode(bytes, displayPath);
    }

    /// <summary>
    /// An article file's bytes as they are (<see cref="Decode"/> makes them text), or why they cannot be
    /// read: the file is larger than an article may be, or unreadable. <paramref name="listedLength"/>: see <see cref="HoldsNothing"/>.
    /// </summary>
    public static (byte[]? Bytes, Diagnostic? Problem) ReadArticleBytes(string fullPath, string displayPath, long? listedLength = null)
    {
        try
        {
            if (HoldsNothing(fullPath, listedLength)) return ([], null);
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > MaxArticleBytes)
            {
                return (null, Diagnostic.Warning(Stage.Load, displayPath, 0, 0, string.Create(CultureInfo.InvariantCulture,
                    $"the file is {stream.Length / 1048576.0:0.0} MB, more than the {MaxArticleBytes / 1048576} MB an article may have; it is skipped (is it really one article?)")));
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return (bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Diagnostic.Error(Stage.Load, displayPath, 0, 0, $"cannot read the file: {e.Message}"));
        }
    }

    /// <summary>Whether a path is a symbolic link (a serving process lists the folder again when a changed file is one).</summary>
    public static bool IsLink(string fullPath) => new FileInfo(fullPath).LinkTarget is not null;

    /// <summary>A content file's bytes, as they are (a static file or an image a serving process holds in memory).</summary>
    public static byte[] ReadBytes(string fullPath) => HoldsNothing(fullPath) ? [] : File.ReadAllBytes(fullPath);

    /// <summary>
    /// Whether a content file holds nothing: its size is zero. Such a file is never opened, so that it reads as empty
    /// (an article gets the "file is empty" warning, an asset is published empty): a named pipe, socket or device in
    /// <c>content/</c> reports size zero too, and opening it would wait for a writer (or read forever). .NET cannot tell
    /// a file's type on Unix without a native call; its size is enough. <paramref name="listedLength"/>, the size the folder's
    /// listing found (<see cref="ContentEntry.Stamp"/>), spares asking the file system again for every article of a build.
    /// </summary>
    public static bool HoldsNothing(string fullPath, long? listedLength = null) => (listedLength ?? new FileInfo(fullPath).Length) == 0;

    /// <summary>A hash of a content file's bytes (XxHash128), for incremental builds; zero when it cannot be read. <paramref name="listedLength"/>: see <see cref="HoldsNothing"/>.</summary>
    public static UInt128 HashFile(string fullPath, long? listedLength = null)
    {
        try
        {
            var hash = new System.IO.Hashing.XxHash128();
            if (HoldsNothing(fullPath, listedLength)) return hash.GetCurrentHashAsUInt128();
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            hash.Append(stream);
            return hash.GetCurrentHashAsUInt128();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UInt128.Zero;
        }
    }

    /// <summary>The size and last-write time of a content file (ticks), or null when it is gone: tells a serving process which files changed.</summary>
    public static (long Length, long Modified)? Stamp(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>
    /// The first <paramref name="count"/> bytes of a content file (fewer when it is shorter), e.g. an
    /// image's header; null when it cannot be read.
    /// </summary>
    public static byte[]? ReadHead(string fullPath, int count)
    {
        try
        {
            if (HoldsNothing(fullPath)) return [];
            using var stream = File.OpenRead(fullPath);
            var buffer = new byte[count];
            var length = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
            return length == count ? buffer : buffer[..length];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Decodes article bytes: empty and binary files are skipped with a warning naming them; characters
    /// that are not text (control characters) are removed, and a line longer than <see cref="LongLine"/>
    /// is reported, each with a warning naming the file and line.
    /// </summary>
    public static ContentText Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var decoded = DecodeText(bytes, displayPath);
        if (decoded.Text is not { } text) return decoded;

        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);
        text = TextSafety.RemoveNonText(text, out var removed, out var first);
        if (removed > 0)
        {
            diagnostics.Add(Diagnostic.Warning(Stage.Load, displayPath, LineOf(decoded.Text, first), 0, string.Create(CultureInfo.InvariantCulture,
                $"the file holds {removed} control character{(removed == 1 ? "" : "s")} (U+{(int)decoded.Text[first]:X4} here), which are not text; they were removed")));
        }

        var (longest, longestLine) = LongestLine(text);
        if (longest > LongLine)
        {
            diagnostics.Add(Diagnostic.Warning(Stage.Load, displayPath, longestLine, 0, string.Create(CultureInfo.InvariantCulture,
                $"line {longestLine} is {longest:N0} characters long; the text has most likely lost its line breaks (one paragraph a line)")));
        }

        return new ContentText(text, diagnostics);
    }

    private static ContentText DecodeText(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \n\r\t"u8) < 0)
        {
            return new ContentText(null, [Diagnostic.Warning(Stage.Load, displayPath, 0, 0, "the file is empty; it is skipped")]);
        }

        // UTF-16 with a byte order mark is text, although half its bytes are zero.
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new ContentText(utf16.GetString(bytes[2..]), []);
        }

        if (bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].Contains((byte)0)) return new ContentText(null, [Diagnostic.Warning(Stage.Load, displayPath, 0, 0, "the file is binary, not text; it is skipped")]);

        if (bytes is [0xEF, 0xBB, 0xBF, ..]) bytes = bytes[3..];
        try
        {
            return new ContentText(s_strictUtf8.GetString(bytes), []);
        }
        catch (DecoderFallbackException e)
        {
            var text = Encoding.GetEncoding(1252).GetString(bytes);
            return new ContentText(text, [Diagnostic.Warning(Stage.Load, displayPath, LineAt(bytes, e.Index), 0,
                "the file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to silence this warning")]);
        }
    }

    /// <summary>Whether a file exists (an image named by an article, say).</summary>
    public static bool FileExists(string fullPath) => File.Exists(fullPath);

    /// <summary>Whether a folder exists.</summary>
    public static bool FolderExists(string fullPath) => Directory.Exists(fullPath);

    /// <summary>Whether a folder exists and holds anything: a file, a folder, a hidden entry.</summary>
    public static bool FolderHasEntries(string fullPath) => Directory.Exists(fullPath) && Directory.EnumerateFileSystemEntries(fullPath).Any();

    /// <summary>
    /// Every file under <paramref name="folder"/>, dot-files included, with its size and last-write time (ticks, UTC),
    /// in no particular order: what a build compares to tell that nothing in a site changed. Folders for which
    /// <paramref name="skipFolder"/> (given the folder's full path and name) is true are not entered, and files whose
    /// name starts with <paramref name="skipPrefix"/> are left out. Null when the tree holds a link (what a link leads to
    /// can change without its stamp changing) or a folder that cannot be listed; an empty list when the folder is not there.
    /// </summary>
    public static List<(string Path, long Length, long Modified)>? StampTree(string folder, Func<string, string, bool> skipFolder, string skipPrefix)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(skipFolder);
        if (!Directory.Exists(folder)) return [];
        var link = false;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        var files = new System.IO.Enumeration.FileSystemEnumerable<(string Path, long Length, long Modified)>(folder,
            static (ref System.IO.Enumeration.FileSystemEntry e) => (e.ToFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks), options)
        {
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                (e.Attributes & FileAttributes.ReparsePoint) == 0 && !skipFolder(e.ToFullPath(), e.FileName.ToString()),
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
            {
                var isLink = (e.Attributes & FileAttributes.ReparsePoint) != 0;
                if (e.IsDirectory)
                {
                    if (isLink && !skipFolder(e.ToFullPath(), e.FileName.ToString())) link = true;
                    return false;
                }

                if (e.FileName.StartsWith(skipPrefix, StringComparison.Ordinal)) return false;
                if (isLink) link = true;
                return true;
            },
        };
        try
        {
            var list = files.ToList();
            return link ? null : list;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// When each file under <paramref name="folder"/> was added to git: the date (UTC, at midnight) of the
    /// commit that added it, keyed by path relative to the folder with forward slashes. One <c>git log</c>
    /// call for the whole folder. Empty, with the reason, when the folder is not in a git work tree, git
    /// is missing, or the clone is shallow (its oldest commit would date every file, and move with each push).
    /// </summary>
    public static ContentHistory AddedDates(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!MayBeInGit(folder)) return new ContentHistory(new Dictionary<string, DateTimeOffset>(), "the site is not in a git repository");
        var shallow = Git(folder, "rev-parse", "--is-shallow-repository");
        if (shallow is null) return new ContentHistory(new Dictionary<string, DateTimeOffset>(), "the site is not in a git repository");
        if (shallow.Trim() == "true")
        {
            return new ContentHistory(new Dictionary<string, DateTimeOffset>(),
                "the git clone is shallow, so the commits that added the files are unknown; clone with full history (actions/checkout: fetch-depth: 0)");
        }

        var log = Git(folder, "log", "--diff-filter=A", "--no-renames", "--format=%x01%ct", "--name-only", "--relative", "-z", "--", ".");
        var added = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (log is null) return new ContentHistory(added, "git log failed");

        // Newest commit first; a file added more than once keeps its first addition.
        DateTimeOffset? current = null;
        foreach (var part in log.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var item = part.Trim('\n');
            if (item.StartsWith('\u0001'))
            {
                var lines = item[1..].Split('\n', 2);
                current = long.TryParse(lines[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                    ? new DateTimeOffset(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.Date, TimeSpan.Zero)
                    : null;
                item = lines.Length > 1 ? lines[1].Trim('\n') : "";
            }

            if (item.Length > 0 && current is { } date) added[item] = date;
        }

        return new ContentHistory(added, null);
    }

    /// <summary>
    /// Whether git could find a repository for <paramref name="folder"/>: it walks up from there to a <c>.git</c>
    /// folder or file (a worktree's), or a folder that is a bare repository, unless <c>GIT_DIR</c> names one. Where
    /// none is found git is not started: starting it only to hear "not a git repository" took a tenth of a small
    /// site's build.
    /// </summary>
    private static bool MayBeInGit(string folder)
    {
        if (Environment.GetEnvironmentVariable("GIT_DIR") is { Length: > 0 }) return true;
        for (var dir = Path.GetFullPath(folder); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var git = Path.Combine(dir, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return true;
            if (File.Exists(Path.Combine(dir, "HEAD")) && Directory.Exists(Path.Combine(dir, "objects")) && Directory.Exists(Path.Combine(dir, "refs"))) return true;
        }

        return false;
    }

    private static string? Git(string folder, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("core.quotepath=off");
            foreach (var argument in arguments) info.ArgumentList.Add(argument);
            using var process = Process.Start(info);
            if (process is null) return null;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            _ = errors.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static (int Length, int Line) LongestLine(string text)
    {
        var (longest, longestLine, line, start) = (0, 0, 1, 0);
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > longest) (longest, longestLine) = (length, line);
            if (end < 0) break;
            start = end + 1;
            line++;
        }

        return (longest, longestLine);
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int index)
    {
        if (index < 0 || index > bytes.Length) return 0;
        return bytes[..index].Count((byte)'\n') + 1;
    }
}
