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
    private readonly byte[]? _utf8;
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

    /// <summary>The text (decoded anew on each call when it is held as UTF-8).</summary>
    public override string ToString() => _utf8 is { } utf8 ? Encoding.UTF8.GetString(utf8) : _text ?? "";

    public bool Equals(CompactText other) => _utf8 is not null && other._utf8 is not null
        ? _utf8.AsSpan().SequenceEqual(other._utf8)
        : string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CompactText other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(ToString(), StringComparison.Ordinal);

    public static bool operator ==(CompactText left, CompactText right) => left.Equals(right);

    public static bool operator !=(CompactText left, CompactText right) => !left.Equals(right);
}
