using System.Collections.Concurrent;
using StaticGen.Rendering.Templates;

namespace StaticGen.Build;

/// <summary>
/// The rendered cards <c>build</c> keeps between builds (<see cref="Output.PartialCacheFile"/>): what the previous
/// build kept, read when a page first asks for a card (a build that makes no list page reads nothing), and what
/// this build rendered or took from it. Thread-safe.
/// </summary>
/// <param name="load">Reads what the previous build kept; null: nothing (a full build).</param>
/// <param name="save">Writes the outputs to keep for the next build.</param>
internal sealed class KeptPartials(Func<Dictionary<UInt128, byte[]>>? load, Action<IReadOnlyCollection<KeyValuePair<UInt128, byte[]>>> save) : IKeptPartials
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<UInt128, byte[]> _used = new();
    private Dictionary<UInt128, byte[]>? _previous;
    private int _rendered;

    /// <summary>How many outputs this build rendered (not found among the kept ones).</summary>
    public int Rendered => _rendered;

    public bool TryGet(UInt128 key, out byte[] output)
    {
        if (Previous().TryGetValue(key, out output!))
        {
            _used.TryAdd(key, output);
            return true;
        }

        return false;
    }

    public void Put(UInt128 key, byte[] output)
    {
        _used[key] = output;
        Interlocked.Increment(ref _rendered);
    }

    /// <summary>
    /// Writes what the next build may use, when this build rendered anything new: every output used in this build,
    /// then kept ones it did not use (the cards of pages it did not make), up to <paramref name="limit"/> in all. Then
    /// lets go of them: they are not needed after the pages.
    /// </summary>
    public void Save(int limit)
    {
        if (_rendered > 0)
        {
            var entries = _used.OrderBy(static e => e.Key).ToList();
            if (_previous is { } previous && entries.Count < limit)
            {
                entries.AddRange(previous.Where(e => !_used.ContainsKey(e.Key)).OrderBy(static e => e.Key).Take(limit - entries.Count));
            }

            save(entries);
        }

        _used.Clear();
        _previous = [];
    }

    private Dictionary<UInt128, byte[]> Previous()
    {
        if (Volatile.Read(ref _previous) is { } known) return known;
        lock (_gate)
        {
            return _previous ??= load?.Invoke() ?? [];
        }
    }
}
