using System.Collections.Concurrent;
using System.IO.Hashing;
using StaticGen.Content;
using StaticGen.Output;

namespace StaticGen.Build;

/// <summary>
/// The article cache of <c>build</c>, kept on disk between builds (<see cref="ArticleCacheFile"/>): each
/// article file's parsed and enriched article, by the file's path and the hash of its text, under one
/// key for the program and the settings that shape articles (<see cref="KeyOf"/>). Load asks it for every
/// file it reads; an entry is used only while its text hash is the file's, a raw article's pile lookups
/// still give the same verdicts, and an undated article's fallback date is still the same. What the build
/// used, found or made, is what the next build finds (<see cref="Entries"/>): files that are gone are dropped.
/// </summary>
internal sealed class ArticleStore(IReadOnlyDictionary<string, CachedArticle>? previous, IReadOnlyDictionary<CachedArticle, ReadOnlyMemory<byte>>? encoded = null,
    DateTimeOffset? now = null, ArticleCacheFile.BodyFile? bodies = null)
{
    /// <summary>
    /// How much older than the build a file's last-write time must be for its stamp to be kept: a file written in
    /// the same tick as it was read could be written again without its stamp changing (git's "racily clean"
    /// entries). Larger than any file system's timestamp granularity (FAT's is two seconds).
    /// </summary>
    public static readonly TimeSpan StampMargin = TimeSpan.FromSeconds(5);

    private readonly long _trustedBefore = (now ?? DateTimeOffset.UtcNow).UtcTicks - StampMargin.Ticks;
    private int _restamped;

    /// <summary>Each previous entry's bytes in the cache file, by the entry object: an entry kept as it was is written back as those bytes.</summary>
    public IReadOnlyDictionary<CachedArticle, ReadOnlyMemory<byte>>? Encoded => encoded;

    /// <summary>The body file the previous entries' articles read their bodies from (the next cache appends to it), or null.</summary>
    public ArticleCacheFile.BodyFile? Bodies => bodies;

    private readonly ConcurrentDictionary<string, CachedArticle> _entries = new(StringComparer.Ordinal);
    private int _reused;

    /// <summary>How many articles came from the cache instead of being parsed and enriched.</summary>
    public int Reused => _reused;

    /// <summary>How many entries the previous build left (0 when there was no cache for this key).</summary>
    public int Previous => previous?.Count ?? 0;

    /// <summary>How many entries this build used or made.</summary>
    public int Count => _entries.Count;

    /// <summary>Whether every entry with an article has its hashes (an entry made in this build has none yet).</summary>
    public bool AllHashed => _entries.Values.All(static e => e.Article is null || e.Hashes is not null);

    /// <summary>
    /// The hash an entry is found by: of the file's bytes, so that a known file is not even decoded (a file
    /// saved again in another encoding is read again). What reading the bytes reported is in the entry.
    /// </summary>
    public static UInt128 HashBytes(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>The previous build's entry for a file whose text has <paramref name="textHash"/>, or null.</summary>
    public CachedArticle? Find(string sourcePath, UInt128 textHash) =>
        previous is not null && previous.TryGetValue(sourcePath, out var entry) && entry.TextHash == textHash ? entry : null;

    /// <summary>Whether the previous build left an entry for the file (whatever its text was then).</summary>
    public bool Knows(string sourcePath) => previous?.ContainsKey(sourcePath) == true;

    /// <summary>
    /// The previous build's entry for a file that still has the size and last-write time recorded with it, or null:
    /// the file is taken as unchanged without being read. A stamp is recorded only once it is older than the build
    /// by <see cref="StampMargin"/>, and <c>--verify</c> (which reads every file) catches an edit that kept it.
    /// </summary>
    public CachedArticle? FindByStamp(string sourcePath, (long Length, long Modified)? stamp) =>
        stamp is { } s && previous is not null && previous.TryGetValue(sourcePath, out var entry) && entry.Stamp == new FileStamp(s.Length, s.Modified) ? entry : null;

    /// <summary>How many entries were used with a stamp other than the one recorded (the cache file is written again for them).</summary>
    public int Restamped => _restamped;

    /// <summary>The stamp to record for a file read now, or null when it is too recent to vouch for its bytes (<see cref="StampMargin"/>).</summary>
    public FileStamp? StampOf((long Length, long Modified)? stamp) =>
        stamp is { } s && s.Modified < _trustedBefore ? new FileStamp(s.Length, s.Modified) : null;

    /// <summary>An entry was used as it was; <paramref name="stamp"/> is the file's now (restamped when it differs from the entry's and can be vouched for).</summary>
    public void Reuse(CachedArticle entry, (long Length, long Modified)? stamp)
    {
        Interlocked.Increment(ref _reused);
        if (StampOf(stamp) is { } now && entry.Stamp != now)
        {
            Interlocked.Increment(ref _restamped);
            entry = entry with { Stamp = now };
        }

        _entries[entry.SourcePath] = entry;
    }

    /// <summary>An entry was made in this build.</summary>
    public void Keep(CachedArticle entry) => _entries[entry.SourcePath] = entry;

    /// <summary>What this build used and made, in path order (what the next build finds).</summary>
    public IReadOnlyCollection<CachedArticle> Entries => [.. _entries.Values.OrderBy(static e => e.SourcePath, StringComparer.Ordinal)];

    /// <summary>
    /// The key of every entry: the program (the library's module version, which a deterministic build
    /// derives from its content, so a changed reader or word list is another key), the config file's bytes
    /// and the base URL given on the command line. Anything else an article depends on is checked per entry.
    /// </summary>
    /// <returns>The key, or null when the program's version cannot be told (then there is no cache).</returns>
    public static UInt128? KeyOf(SiteContext site, BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        if (s_programVersion.Value is not { } version) return null;
        return new Fingerprint()
            .Add("article cache")
            .Add(version)
            .Add(ContentReader.FileExists(site.ConfigFile) ? ContentReader.HashFile(site.ConfigFile) : UInt128.Zero)
            .Add(site.ConfigFile)
            .Add(options.BaseUrl?.AbsoluteUri)
            .Value;
    }

    /// <summary>The version of the program's code (<see cref="s_programVersion"/>), or null when it cannot be told.</summary>
    public static string? ProgramVersion => s_programVersion.Value;

    /// <summary>
    /// The version of the program's code: the module version id of the library (a deterministic build
    /// derives it from the compiled content). Where the runtime gives none, the hash of the executable.
    /// </summary>
    private static readonly Lazy<string?> s_programVersion = new(static () =>
    {
        var id = typeof(ArticleStore).Module.ModuleVersionId;
        if (id != Guid.Empty) return id.ToString("N");
        return Environment.ProcessPath is { } exe && ContentReader.HashFile(exe) is var hash && hash != UInt128.Zero
            ? "exe " + Fingerprint.Hex(hash)
            : null;
    });
}
