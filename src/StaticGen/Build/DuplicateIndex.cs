using StaticGen.Content;

namespace StaticGen.Build;

/// <summary>
/// What the near-duplicate check of a serving process found last time, kept to check only what
/// changed: each article file's band keys (<see cref="Enrichment.DuplicateDetector.BandKeys"/>),
/// how many articles have each key, and the duplicates found. An article whose old and new keys
/// share no bucket with any other article was never compared with another and is not now, and
/// the others' comparisons do not depend on it: the duplicates are those found last time. Any
/// other change checks the whole site again.
/// </summary>
internal sealed class DuplicateIndex
{
    /// <summary>More changed files than this at once: the whole site is checked again.</summary>
    private const int MaxChanged = 64;

    private readonly ArticleLoad[] _loads;
    private readonly ulong[]?[] _keys;
    private readonly Dictionary<ulong, int> _counts;

    private DuplicateIndex(ArticleLoad[] loads, ulong[]?[] keys, Dictionary<ulong, int> counts, IReadOnlyList<(int Duplicate, int Original, double Similarity)> matches)
    {
        (_loads, _keys, _counts, Matches) = (loads, keys, counts, matches);
    }

    /// <summary>The duplicates among the loads (indices into them), as <see cref="Duplicates.Find(IReadOnlyList{ArticleLoad})"/> gives them.</summary>
    public IReadOnlyList<(int Duplicate, int Original, double Similarity)> Matches { get; }

    /// <summary>The index of a full check: <paramref name="keysOf"/> gives the keys the check used for each load.</summary>
    public static DuplicateIndex Of(IReadOnlyList<ArticleLoad> loads, Func<Article, ulong[]?> keysOf, IReadOnlyList<(int Duplicate, int Original, double Similarity)> matches)
    {
        var keys = new ulong[]?[loads.Count];
        var counts = new Dictionary<ulong, int>(loads.Count * 16);
        for (var i = 0; i < loads.Count; i++)
        {
            keys[i] = loads[i].Article is { } article ? keysOf(article) : null;
            foreach (var key in Distinct(keys[i])) counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return new DuplicateIndex([.. loads], keys, counts, matches);
    }

    /// <summary>
    /// The index after the loads that are new objects (the same files, read again), or null when the
    /// whole site must be checked again: files came or went, or a changed article shares a bucket
    /// with another (before or after the change). This index is updated only when it gives one.
    /// </summary>
    public DuplicateIndex? Update(IReadOnlyList<ArticleLoad> loads, Func<Article, ulong[]?> keysOf)
    {
        if (loads.Count != _loads.Length) return null;
        var changed = new List<(int Index, ulong[]? Keys)>();
        for (var i = 0; i < loads.Count; i++)
        {
            if (ReferenceEquals(loads[i], _loads[i])) continue;
            if (!string.Equals(loads[i].SourcePath, _loads[i].SourcePath, StringComparison.Ordinal) || changed.Count == MaxChanged) return null;
            changed.Add((i, loads[i].Article is { } article ? keysOf(article) : null));
        }

        if (changed.Count == 0) return this;

        // Every old key of a changed article was its own, and no new key is another article's.
        var leaving = new HashSet<ulong>();
        foreach (var (i, _) in changed)
        {
            foreach (var key in Distinct(_keys[i]))
            {
                if (_counts[key] != 1 || !leaving.Add(key)) return null;
            }
        }

        var arriving = new HashSet<ulong>();
        foreach (var (_, keys) in changed)
        {
            foreach (var key in Distinct(keys))
            {
                if ((_counts.ContainsKey(key) && !leaving.Contains(key)) || !arriving.Add(key)) return null;
            }
        }

        foreach (var key in leaving) _counts.Remove(key);
        foreach (var key in arriving) _counts[key] = 1;
        foreach (var (i, keys) in changed)
        {
            _loads[i] = loads[i];
            _keys[i] = keys;
        }

        return this;
    }

    private static IEnumerable<ulong> Distinct(ulong[]? keys)
    {
        if (keys is null) yield break;
        for (var k = 0; k < keys.Length; k++)
        {
            if (Array.IndexOf(keys, keys[k], 0, k) < 0) yield return keys[k];
        }
    }
}
