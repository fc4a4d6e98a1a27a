using System.Collections.Concurrent;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Build;

/// <summary>
/// What a build may reuse of an earlier one in the same process (<c>serve</c>): each article file's
/// load, by the file's size and last-write time, and per-article hashes (output fingerprints,
/// near-duplicate keys). One build gets a fresh cache; a serving process keeps one and
/// <see cref="Retain"/>s what the latest build used, so it never holds articles that are gone.
/// </summary>
internal sealed class SiteCache
{
    /// <summary>
    /// Whether the cache serves later runs (<c>serve</c>): then it keeps each raw article's line keys and
    /// pile lookups; a one-off build does not need them after its pile table is made.
    /// </summary>
    public bool Live { get; init; }

    private ConcurrentDictionary<string, CachedLoad> _loads = new(StringComparer.Ordinal);

    /// <summary>Content images' hashes by full path and stamp: a serving process does not read an unchanged image again to hash it.</summary>
    public ConcurrentDictionary<string, (long Length, long Modified, UInt128 Hash)> ImageHashes { get; } = new(StringComparer.Ordinal);
    private ConcurrentDictionary<Article, UInt128> _hashes = new(ReferenceEqualityComparer.Instance);
    private ConcurrentDictionary<Article, UInt128> _listingHashes = new(ReferenceEqualityComparer.Instance);
    private ConcurrentDictionary<Article, ulong[]?> _duplicateKeys = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A file's load by its stamp; for a raw article also what it gave to the pile table (its line keys) and
    /// what its reading asked of the pile and with which reader settings, so that a change in the pile that
    /// changes no answer keeps the load, and one that does reads the file again.
    /// </summary>
    internal sealed record CachedLoad(long Length, long Modified, ArticleLoad Load, RawReading? Raw);

    /// <summary>What a raw article's reading depended on besides its text.</summary>
    internal sealed record RawReading(ulong[] LineKeys, IReadOnlyList<PileLookup> Lookups, ReaderData Reader, int Threshold);

    /// <summary>The cached load of a file whose size and last-write time are those of <paramref name="stamp"/>, or null.</summary>
    public CachedLoad? Entry(string fullPath, (long Length, long Modified)? stamp) =>
        stamp is { } s && _loads.TryGetValue(fullPath, out var cached) && cached.Length == s.Length && cached.Modified == s.Modified ? cached : null;

    /// <summary>The load of a file whose size and last-write time are those of <paramref name="stamp"/>, or null.</summary>
    public ArticleLoad? Load(string fullPath, (long Length, long Modified)? stamp) => Entry(fullPath, stamp)?.Load;

    /// <summary>Keeps a file's load for a later run (a serving process's; a one-off build has none, and keeps nothing).</summary>
    public void Store(string fullPath, (long Length, long Modified)? stamp, ArticleLoad load, RawReading? raw = null)
    {
        if (Live && stamp is { } s) _loads[fullPath] = new CachedLoad(s.Length, s.Modified, load, raw);
    }

    /// <summary>Forgets a file's load (the watcher saw it change), whatever its stamp says.</summary>
    public void Forget(string fullPath) => _loads.TryRemove(fullPath, out _);

    /// <summary>The latest assembly of the site, from which the next one starts (<see cref="Site.SiteReassembler"/>).</summary>
    public Site.SiteAssembly? Assembly { get; set; }

    /// <summary>The latest near-duplicate check, from which the next one starts.</summary>
    public DuplicateIndex? Duplicates { get; set; }

    // Each file's article and its body's fingerprint: a copy of it made after it was hashed (the assembler gives a tag the
    // slug of its spelling on this site) keeps its body, and the body is not read and hashed again for the copy.
    private ConcurrentDictionary<string, (Article Article, UInt128 Hash)> _bodyHashes = new(StringComparer.Ordinal);

    public UInt128 ArticleHash(Article article) => _hashes.GetOrAdd(article, a => Fingerprint.Of(ListingHash(a), BodyHash(a)));

    public UInt128 ListingHash(Article article) => _listingHashes.GetOrAdd(article, Fingerprint.OfListing);

    /// <summary>The fingerprint of an article's body (<see cref="Fingerprint.OfBody"/>), hashed once for an article and every copy with the same body.</summary>
    public UInt128 BodyHash(Article article)
    {
        if (_bodyHashes.TryGetValue(article.SourcePath, out var known) && SameBody(known.Article, article)) return known.Hash;
        var hash = Fingerprint.OfBody(article);
        _bodyHashes[article.SourcePath] = (article, hash);
        return hash;
    }

    /// <summary>Whether two articles hold the same body (the same text in the same place) and what is counted from it, without reading it.</summary>
    private static bool SameBody(Article a, Article b) => ReferenceEquals(a, b)
        || (a.BodyText.SameHolding(b.BodyText) && string.Equals(a.Lede, b.Lede, StringComparison.Ordinal) && a.WordCount == b.WordCount && a.ReadingMinutes == b.ReadingMinutes);

    public ulong[]? DuplicateKeys(Article article, Func<Article, ulong[]?> make) => _duplicateKeys.GetOrAdd(article, make);

    /// <summary>Takes an article's hashes as the article cache kept them (the same program computed them from the same article).</summary>
    public void Seed(Article article, Output.CachedHashes hashes)
    {
        _bodyHashes[article.SourcePath] = (article, hashes.Body);
        _hashes.TryAdd(article, Fingerprint.Of(hashes.Listing, hashes.Body));
        _listingHashes.TryAdd(article, hashes.Listing);
        _duplicateKeys.TryAdd(article, hashes.DuplicateKeys);
    }

    /// <summary>An article's hashes, for the article cache (computed now when no build step asked for them).</summary>
    public Output.CachedHashes HashesOf(Article article) =>
        new(BodyHash(article), ListingHash(article), DuplicateKeys(article, StaticGen.Build.Duplicates.KeysOf));

    private int _unpruned;

    /// <summary>
    /// Keeps only what concerns the given files and their articles. Pruning copies the caches, so
    /// while the same files stay it is done only now and then (an edited article leaves one stale
    /// hash behind until then).
    /// </summary>
    public void Retain(IReadOnlyCollection<string> fullPaths)
    {
        // A one-off build keeps no loads (Store), and has no later run to forget anything for: pruning by the loads would
        // drop every hash the article cache seeded, and the build would hash every body and its near-duplicate keys again.
        if (!Live) return;
        if (fullPaths.Count == _loads.Count && ++_unpruned < 64 && fullPaths.All(_loads.ContainsKey)) return;
        _unpruned = 0;
        var paths = fullPaths.ToHashSet(StringComparer.Ordinal);
        var loads = new ConcurrentDictionary<string, CachedLoad>(_loads.Where(p => paths.Contains(p.Key)), StringComparer.Ordinal);
        var articles = loads.Values.Select(static l => l.Load.Article).OfType<Article>().ToHashSet(ReferenceEqualityComparer.Instance);
        _loads = loads;
        _hashes = new(_hashes.Where(p => articles.Contains(p.Key)), ReferenceEqualityComparer.Instance);
        _listingHashes = new(_listingHashes.Where(p => articles.Contains(p.Key)), ReferenceEqualityComparer.Instance);
        _bodyHashes = new(_bodyHashes.Where(p => articles.Contains(p.Value.Article)), StringComparer.Ordinal);
        _duplicateKeys = new(_duplicateKeys.Where(p => articles.Contains(p.Key)), ReferenceEqualityComparer.Instance);
    }
}
