using System.Collections;
using System.Collections.Concurrent;
using StaticGen.Output;
using StaticGen.Rendering.Templates;

namespace StaticGen.Build;

/// <summary>
/// The rendered cards <c>build</c> keeps between builds (<see cref="Output.PartialCacheFile"/>): what the previous
/// build kept, opened when a page first asks for a card (a build that makes no list page opens nothing) and read card
/// by card, and what this build rendered or took from it. Thread-safe.
/// </summary>
/// <param name="open">Opens what the previous build kept; null: nothing (a full build).</param>
/// <param name="save">
/// Writes what the next build may use: the previous file (which it disposes), the outputs rendered in this build (in key
/// order) and the keys of the previous file's outputs to keep (in key order).
/// </param>
/// <param name="spill">
/// Where the cards this build renders wait until they are saved (the build's body spill), so that a full build of a
/// large archive does not hold every card it rendered (100,000 cards, about 120 MB) while it renders; null: in memory.
/// </param>
internal sealed class KeptPartials(Func<PartialCacheFile.Kept?>? open, Action<PartialCacheFile.Kept?, IReadOnlyCollection<KeyValuePair<UInt128, byte[]>>, IReadOnlyCollection<UInt128>> save,
    BodySpill? spill = null) : IKeptPartials, IDisposable
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<UInt128, Kept> _used = new();
    private PartialCacheFile.Kept? _previous;
    private bool _opened;
    private int _rendered;

    /// <summary>An output used in this build: its bytes, or where they are in the spill; and whether the previous file holds it.</summary>
    private readonly record struct Kept(byte[]? Bytes, long Offset, int Length, bool Previous = false);

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

        if (Previous() is { } previous && previous.TryRead(key, out output))
        {
            _used.TryAdd(key, new Kept(output, 0, output.Length, Previous: true));
            return true;
        }

        output = [];
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
        PartialCacheFile.Kept? previous;
        lock (_gate)
        {
            previous = _previous;
            _previous = null;
            _opened = true;
        }

        if (_rendered > 0)
        {
            var made = _used.Where(static e => !e.Value.Previous).OrderBy(static e => e.Key).ToList();
            var keep = _used.Where(static e => e.Value.Previous).Select(static e => e.Key).ToList();
            if (previous is not null && _used.Count < limit)
            {
                keep.AddRange(previous.Keys.Where(k => !_used.ContainsKey(k)).Take(limit - _used.Count));
            }

            keep.Sort();
            // Spilled outputs are read back one at a time, as the file is written.
            save(previous, new Entries(made.Count, made.Select(e => KeyValuePair.Create(e.Key, e.Value.Bytes ?? spill!.ReadBytes(e.Value.Offset, e.Value.Length)))), keep);
        }
        else
        {
            previous?.Dispose();
        }

        _used.Clear();
    }

    private PartialCacheFile.Kept? Previous()
    {
        if (Volatile.Read(ref _opened)) return _previous;
        lock (_gate)
        {
            if (!_opened)
            {
                _previous = open?.Invoke();
                _opened = true;
            }

            return _previous;
        }
    }

    /// <summary>Closes the previous file when the build stopped before <see cref="Save"/>.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _previous?.Dispose();
            _previous = null;
            _opened = true;
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
