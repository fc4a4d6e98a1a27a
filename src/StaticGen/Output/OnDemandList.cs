using System.Collections;

namespace StaticGen.Output;

/// <summary>
/// A read-only list whose items are made when they are read, and not kept: a unit with many large files (the search
/// index of a large archive: hundreds of shards and chunks) hands them to the writer one at a time instead of holding
/// them all. Reading an item twice makes it twice; a reader that needs them again copies the list.
/// </summary>
/// <param name="count">How many items.</param>
/// <param name="make">Makes the item at an index.</param>
internal sealed class OnDemandList<T>(int count, Func<int, T> make) : IReadOnlyList<T>
{
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            return make(index);
        }
    }

    public int Count => count;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return make(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
