using System.Collections;
using System.Collections.Concurrent;
using StaticGen.Output;
using StaticGen.Rendering.Templates;

namespace StaticGen.Build;

/// <summary>
/// The rendered cards <c>build</c> keeps between builds (<see cref="Output.PartialCacheFile"/>): what the previous
/// build kept, read when a page first asks for a card (a build that makes no list page reads nothing), and what
/// this build rendered or took from it. Thread-safe.
/// </summary>
/// <param name="load">Reads what the previous build kept; null: nothing (a full build).</param>
/// <param name="save">Writes the outputs to keep for the next build.</param>
/// <param name="spill">
/// Where the cards this build renders wait until they are saved (the build's body spill), so that a full build of a
/// large archive does not hold every card it rendered (100,000 cards, about 120 MB) while it renders; null: in memory.
/// </param>
internal sealed class KeptPartials(Func<Dictionary<UInt128, byte[]>>? load, Action<IReadOnlyCollection<KeyValuePair<UInt128, byte[]>>> save, BodySpill? spill = null)
    : IKeptPartials
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<UInt128, Kept> _used = new();
    private Dictionary<UInt128, byte[]>? _previous;
    private int _rendered;

    /// <summary>An output used in this build: its bytes, or where they are in the spill.</summary>
    private readonly record struct Kept(byte[]? Bytes, long Offset, int Length);

    /// <summary>How many outputs this build rendered (not found among the kept ones).</summary>
    public int Rendered => _rendered;

    public bool TryGet(UInt128 key, out byte[] output)
    {
        // An output this build rendered and the renderer has let go of since (a card made again for a later page).
        if (_used.TryGetValue(key, out var made))
        {
            output = made.Bytes ?? spill!.ReadBytes(made.Offset, made.Length);
            return true;
        }

        if (Previous().TryGetValue(key, out output!))
        {
            _used.TryAdd(key, new Kept(output, 0, output.Length));
            return true;
        }

        return false;
    }

    public void Put(UInt128 key, byte[] output)
    {
        _used[key] = spill is null ? new Kept(output, 0, output.Length) : new Kept(null, spill.Append(output), output.Length);
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
            var used = _used.OrderBy(static e => e.Key).ToList();
            var others = new List<KeyValuePair<UInt128, byte[]>>();
            if (_previous is { } previous && used.Count < limit)
            {
                others.AddRange(previous.Where(e => !_used.ContainsKey(e.Key)).OrderBy(static e => e.Key).Take(limit - used.Count));
            }

            // Spilled outputs are read back one at a time, as the file is written.
            save(new Entries(used.Count + others.Count, used.Select(e => KeyValuePair.Create(e.Key, e.Value.Bytes ?? spill!.ReadBytes(e.Value.Offset, e.Value.Length))).Concat(others)));
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

    /// <summary>The entries to save, made as they are enumerated.</summary>
    private sealed class Entries(int count, IEnumerable<KeyValuePair<UInt128, byte[]>> items) : IReadOnlyCollection<KeyValuePair<UInt128, byte[]>>
    {
        public int Count => count;

        public IEnumerator<KeyValuePair<UInt128, byte[]>> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
