using System.Text;
using System.Text.Unicode;

namespace StaticGen.Content;

/// <summary>
/// A long text kept as UTF-8 bytes: half the memory of a string for news text, which is mostly
/// ASCII. A site holds every article's body from loading until its page is rendered, and at 100,000
/// articles the bodies as strings were over a gigabyte. A text that UTF-8 cannot hold exactly (a lone
/// surrogate) stays a string. Equal when the texts are equal.
/// </summary>
public readonly struct CompactText : IEquatable<CompactText>
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly string? _text;

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
            _text = text;
        }
    }

    private CompactText(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>
    /// A text already encoded as UTF-8 (a slice of the article cache file as read): kept where it is, without
    /// decoding it to a string and encoding it back. Null when the bytes are not valid UTF-8.
    /// </summary>
    public static CompactText? FromUtf8(ReadOnlyMemory<byte> utf8) => Utf8.IsValid(utf8.Span) ? new CompactText(utf8) : null;

    /// <summary>The text's UTF-8 bytes, when it is held as UTF-8 (every text but one with a lone surrogate).</summary>
    public ReadOnlySpan<byte> Utf8Bytes => _utf8.Span;

    /// <summary>Whether the text is held as UTF-8 (<see cref="Utf8Bytes"/> is the whole text).</summary>
    public bool IsUtf8 => _text is null;

    /// <summary>The text (decoded anew on each call when it is held as UTF-8).</summary>
    public override string ToString() => _text ?? Encoding.UTF8.GetString(_utf8.Span);

    public bool Equals(CompactText other) => _text is null && other._text is null
        ? _utf8.Span.SequenceEqual(other._utf8.Span)
        : string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(ToString(), StringComparison.Ordinal);

    public static bool operator ==(CompactText left, CompactText right) => left.Equals(right);

    public static bool operator !=(CompactText left, CompactText right) => !left.Equals(right);
}
