using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StaticGen.Content;

/// <summary>A file of <c>content/</c>, by its path relative to the content folder (forward slashes).</summary>
public sealed record ContentEntry(string RelativePath, string FullPath, ContentKind Kind);

/// <summary>What a file in <c>content/</c> is for.</summary>
public enum ContentKind
{
    /// <summary>A raw text article (<c>.txt</c>).</summary>
    RawArticle,

    /// <summary>A Markdown article (<c>.md</c>, <c>.markdown</c>).</summary>
    MarkdownArticle,

    /// <summary>Any other file (images above all): copied to the output as it is.</summary>
    Asset,
}

/// <summary>When files were added to git, or why that is unknown.</summary>
public sealed record ContentHistory(IReadOnlyDictionary<string, DateTimeOffset> Added, string? Problem);

/// <summary>The text of a content file, decoded, or null with a diagnostic when it cannot be an article.</summary>
public sealed record ContentText(string? Text, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The only reader of <c>content/</c>: lists its files in a stable order and decodes article text
/// (UTF-8 with or without BOM, UTF-16 with BOM, falling back to Windows-1252 for files that are not valid UTF-8).
/// </summary>
public static class ContentReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ContentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Lists the files under <paramref name="contentRoot"/>, ordered by relative path (ordinal), skipping dot-files and dot-folders.</summary>
    public static IReadOnlyList<ContentEntry> Enumerate(string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        if (!Directory.Exists(contentRoot)) return [];

        var root = Path.GetFullPath(contentRoot);
        var entries = new List<ContentEntry>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
            ReturnSpecialDirectories = false,
        };
        foreach (var full in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative.Split('/').Any(static part => part.StartsWith('.'))) continue;
            entries.Add(new ContentEntry(relative, full, KindOf(relative)));
        }

        entries.Sort(static (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return entries;
    }

    public static ContentKind KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => ContentKind.RawArticle,
        ".md" or ".markdown" => ContentKind.MarkdownArticle,
        _ => ContentKind.Asset,
    };

    /// <summary>Reads and decodes an article file. <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public static ContentText ReadText(string fullPath, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ContentText(null, [Diagnostic.Error(Stage.Load, displayPath, 0, 0, $"cannot read the file: {e.Message}")]);
        }

        return Decode(bytes, displayPath);
    }

    /// <summary>
    /// The first <paramref name="count"/> bytes of a content file (fewer when it is shorter), e.g. an
    /// image's header; null when it cannot be read.
    /// </summary>
    public static byte[]? ReadHead(string fullPath, int count)
    {
        try
        {
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

    /// <summary>Decodes article bytes: empty and binary files are skipped with a warning naming them.</summary>
    public static ContentText Decode(ReadOnlySpan<byte> bytes, string displayPath)
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

        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
        {
            return new ContentText(null, [Diagnostic.Warning(Stage.Load, displayPath, 0, 0, "the file is binary, not text; it is skipped")]);
        }

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
    /// When each file under <paramref name="folder"/> was added to git: the date (UTC, at midnight) of the
    /// commit that added it, keyed by path relative to the folder with forward slashes. One <c>git log</c>
    /// call for the whole folder. Empty, with the reason, when the folder is not in a git work tree, git
    /// is missing, or the clone is shallow (its oldest commit would date every file, and move with each push).
    /// </summary>
    public static ContentHistory AddedDates(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
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

    private static int LineAt(ReadOnlySpan<byte> bytes, int index)
    {
        if (index < 0 || index > bytes.Length) return 0;
        return bytes[..index].Count((byte)'\n') + 1;
    }
}
