using System.Text;
using System.Text.Unicode;

namespace StaticGen.Content;

/// <summary>
/// Somewhere outside the managed heap that holds texts' UTF-8 bytes (a build's body spill file,
/// <c>Output.BodySpill</c>): a <see cref="CompactText"/> kept there holds only where its bytes are.
/// Thread-safe.
/// </summary>
public interface IUtf8Store
{
    /// <summary>Fills <paramref name="destination"/> with the bytes kept at <paramref name="offset"/>.</summary>
    void Read(long offset, Span<byte> destination);
}

/// <summary>
/// A long text kept as UTF-8 bytes: half the memory of a string for news text, which is mostly
/// ASCII. A site holds every article's body from loading until its page is rendered, and at 100,000
/// articles the bodies as strings were over a gigabyte; a build keeps them in a <see cref="IUtf8Store"/>
/// instead (<see cref="Stored"/>), and holds only where each one is. A text that UTF-8 cannot hold exactly
/// (a lone surrogate) stays a string. Equal when the texts are equal.
/// </summary>
public readonly struct CompactText : IEquatable<CompactText>
{
    private readonly ReadOnlyMemory<byte> _utf8;

    // Null (the text is _utf8), the text as a string, or where a store keeps its UTF-8 (Place).
    private readonly object? _other;

    public CompactText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, bytes, out var read, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
            && read == text.Length && written == bytes.Length)
        {
            _utf8 = bytes;
        }
        else
        {
            _other = text;
        }
    }

    private CompactText(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    private CompactText(Place place) => _other = place;

    /// <summary>Where a store keeps a text's UTF-8.</summary>
    private sealed record Place(IUtf8Store Store, long Offset, int Length);

    /// <summary>
    /// A text already encoded as UTF-8 (a slice of the article cache file as read): kept where it is, without
    /// decoding it to a string and encoding it back. Null when the bytes are not valid UTF-8.
    /// </summary>
    public static CompactText? FromUtf8(ReadOnlyMemory<byte> utf8) => Utf8.IsValid(utf8.Span) ? new CompactText(utf8) : null;

    /// <summary>A text whose UTF-8 (valid, <paramref name="length"/> bytes) <paramref name="store"/> keeps at <paramref name="offset"/>.</summary>
    public static CompactText Stored(IUtf8Store store, long offset, int length)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new CompactText(new Place(store, offset, length));
    }

    /// <summary>The text's UTF-8 bytes, when it is held as UTF-8 (every text but one with a lone surrogate); read from its store when it is kept in one.</summary>
    public ReadOnlySpan<byte> Utf8Bytes => _other is Place place ? Read(place) : _utf8.Span;

    /// <summary>Whether the text is held as UTF-8 (<see cref="Utf8Bytes"/> is the whole text).</summary>
    public bool IsUtf8 => _other is not string;

    /// <summary>Whether the text is kept in a <see cref="IUtf8Store"/> (not in memory).</summary>
    public bool IsStored => _other is Place;

    /// <summary>Whether the text is kept in <paramref name="store"/>, and where (the article cache refers to a body it already holds instead of writing it again).</summary>
    public bool IsStoredIn(IUtf8Store store, out long offset, out int length)
    {
        if (_other is Place place && ReferenceEquals(place.Store, store))
        {
            (offset, length) = (place.Offset, place.Length);
            return true;
        }

        (offset, length) = (0, 0);
        return false;
    }

    /// <summary>
    /// Whether both hold the very same text in the very same place (the same bytes in memory, the same string or the
    /// same place in a store): an article copied with <c>with</c> keeps its body's holding. Reads nothing; false does
    /// not mean the texts differ.
    /// </summary>
    public bool SameHolding(CompactText other) =>
        _other is null ? other._other is null && _utf8.Equals(other._utf8) : _other.Equals(other._other);

    private static byte[] Read(Place place)
    {
        var bytes = new byte[place.Length];
        place.Store.Read(place.Offset, bytes);
        return bytes;
    }

    /// <summary>The text (decoded anew on each call when it is held as UTF-8, read anew when it is kept in a store).</summary>
    public override string ToString() => _other as string ?? Encoding.UTF8.GetString(Utf8Bytes);

    public bool Equals(CompactText other) => IsUtf8 && other.IsUtf8
        ? Utf8Bytes.SequenceEqual(other.Utf8Bytes)
        : string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(ToString(), StringComparison.Ordinal);

    public static bool operator ==(CompactText left, CompactText right) => left.Equals(right);

    public static bool operator !=(CompactText left, CompactText right) => !left.Equals(right);
}
