using System.Globalization;
using System.Text;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>An item found to be a near-duplicate of an earlier one, and how similar they are (Jaccard, 0–1).</summary>
public sealed record DuplicateMatch(int Duplicate, int Original, double Similarity);

/// <summary>
/// Finds texts that are the same story scraped twice: identical or nearly identical word sequences
/// (Jaccard similarity of their four-word shingles at or above a threshold, 0.8 by default).
/// Linear in the total text size: each text gets a 64-value MinHash signature by one-permutation
/// hashing, signatures are bucketed by 16 bands of 4 values (locality-sensitive hashing), and only
/// texts that share a bucket are compared exactly. Items are given best first: of two duplicates the
/// earlier is the original. Pure and deterministic (its own FNV hash, no randomised string hashes).
/// </summary>
public static class DuplicateDetector
{
    public const double DefaultThreshold = 0.8;
    private const int ShingleWords = 4;
    private const int Bins = 64;
    private const int Bands = 16;
    private const int Rows = Bins / Bands;

    public static IReadOnlyList<DuplicateMatch> Find(IReadOnlyList<string> texts, double threshold = DefaultThreshold) =>
        Find(texts, null, threshold);

    /// <param name="texts">The texts, best first.</param>
    /// <param name="bandKeys">
    /// The <see cref="BandKeys"/> of text i, when the caller keeps them from an earlier run (a serving
    /// process re-hashes only the texts that changed); null computes them all.
    /// </param>
    /// <param name="threshold">The Jaccard similarity from which two texts are one story.</param>
    public static IReadOnlyList<DuplicateMatch> Find(IReadOnlyList<string> texts, Func<int, ulong[]?>? bandKeys, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(texts);

        // The band keys of every text, in parallel (hashing the text is the whole cost); null for a
        // text without words. Only the bucketing below depends on the order of the texts.
        var allKeys = new ulong[texts.Count][];
        Parallel.For(0, texts.Count, i => allKeys[i] = bandKeys is null ? BandKeys(texts[i])! : bandKeys(i)!);

        var matches = new List<DuplicateMatch>();
        var buckets = new Dictionary<ulong, int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (allKeys[i] is not { } keys) continue;
            HashSet<ulong>? shingles = null;
            DuplicateMatch? best = null;
            var compared = new HashSet<int>();
            foreach (var key in keys)
            {
                if (buckets.TryGetValue(key, out var other) && compared.Add(other))
                {
                    // Shingles are recomputed for the rare candidate rather than kept for every text (memory stays O(n)).
                    shingles ??= Shingles(texts[i]);
                    var similarity = Jaccard(shingles, Shingles(texts[other]));
                    if (similarity >= threshold && (best is null || similarity > best.Similarity))
                    {
                        best = new DuplicateMatch(i, other, similarity);
                    }
                }
            }

            if (best is not null)
            {
                matches.Add(best);
                continue;
            }

            foreach (var key in keys) buckets.TryAdd(key, i);
        }

        return matches;
    }

    /// <summary>The locality-sensitive bucket keys of a text (its MinHash signature in bands), or null for a text without words.</summary>
    public static ulong[]? BandKeys(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingles(text);
        if (shingles.Count == 0) return null;
        var signature = new uint[Bins];
        Sign(shingles, signature);
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var key = Fnv((ulong)band + 1);
            for (var r = 0; r < Rows; r++) key = Fnv(key ^ signature[band * Rows + r]);
            keys[band] = key;
        }

        return keys;
    }

    /// <summary>The similarity of two texts, as <c>Find</c> measures it.</summary>
    public static double Similarity(string a, string b) => Jaccard(Shingles(a), Shingles(b));

    /// <summary>Hashes of every run of four words, lower-cased and without accents; a shorter text is one shingle.</summary>
    private static HashSet<ulong> Shingles(string text)
    {
        var words = new List<ulong>();
        var sb = new StringBuilder();
        foreach (var original in text)
        {
            var c = LatinFolding.Base(original);
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (!LatinFolding.IsCombining(c) && sb.Length > 0)
            {
                words.Add(Hash(sb));
                sb.Clear();
            }
        }

        if (sb.Length > 0) words.Add(Hash(sb));
        var shingles = new HashSet<ulong>();
        if (words.Count == 0) return shingles;
        if (words.Count < ShingleWords)
        {
            var h = 14695981039346656037UL;
            foreach (var w in words) h = Fnv(h ^ w);
            shingles.Add(h);
            return shingles;
        }

        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            for (var k = 0; k < ShingleWords; k++) h = Fnv(h ^ words[i + k]);
            shingles.Add(Mix(h));
        }

        return shingles;
    }

    /// <summary>One-permutation MinHash: the top bits pick a bin, the smallest low bits per bin are kept; empty bins borrow from the next full one.</summary>
    private static void Sign(HashSet<ulong> shingles, uint[] signature)
    {
        Array.Fill(signature, uint.MaxValue);
        var filled = new bool[Bins];
        foreach (var h in shingles)
        {
            var bin = (int)(h >> 58);
            var value = (uint)h;
            if (value <= signature[bin])
            {
                signature[bin] = value;
                filled[bin] = true;
            }
        }

        for (var b = 0; b < Bins; b++)
        {
            if (filled[b]) continue;
            for (var d = 1; d < Bins; d++)
            {
                var from = (b + d) % Bins;
                if (filled[from])
                {
                    signature[b] = (uint)Mix(signature[from] + ((ulong)d << 32));
                    break;
                }
            }
        }
    }

    private static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return common / (double)(a.Count + b.Count - common);
    }

    private static ulong Hash(StringBuilder word)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < word.Length; i++) h = (h ^ word[i]) * 1099511628211UL;
        return h;
    }

    private static ulong Fnv(ulong h) => h * 1099511628211UL ^ (h >> 29);

    /// <summary>SplitMix64's finaliser: spreads the bits so the top six pick bins evenly.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
