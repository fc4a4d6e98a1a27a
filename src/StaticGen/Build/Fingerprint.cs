using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticGen.Content;

namespace StaticGen.Build;

/// <summary>
/// A stable 128-bit hash of a sequence of values (XxHash128): the same values in the same order give
/// the same fingerprint in every process, on every machine. Each value is written with a type tag
/// and strings with their length, so ("ab", "c") and ("a", "bc") differ.
/// </summary>
internal sealed class Fingerprint
{
    // Values are gathered in a small buffer and hashed in one go (most fingerprints are a few hundred bytes); a
    // longer one streams through an XxHash128 made only then. The same bytes give the same hash either way, and
    // a fingerprint costs one small array instead of the streaming hasher's state (17,600 fingerprints a build).
    private const int BufferLimit = 4096;
    private byte[] _buffer = new byte[256];
    private int _length;
    private XxHash128? _hash;

    public Fingerprint Add(string? value)
    {
        if (value is null) return Tag(0);
        Tag(1).Add(value.Length);
        Append(MemoryMarshal.AsBytes(value.AsSpan()));
        return this;
    }

    public Fingerprint Add(int value)
    {
        var span = Reserve(5);
        span[0] = 2;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value);
        return this;
    }

    public Fingerprint Add(long value)
    {
        var span = Reserve(9);
        span[0] = 3;
        BinaryPrimitives.WriteInt64LittleEndian(span[1..], value);
        return this;
    }

    public Fingerprint Add(bool value) => Tag(value ? (byte)4 : (byte)5);

    public Fingerprint Add(int? value) => value is { } v ? Add(v) : Tag(0);

    public Fingerprint Add(UInt128 value)
    {
        var span = Reserve(17);
        span[0] = 6;
        BinaryPrimitives.WriteUInt128LittleEndian(span[1..], value);
        return this;
    }

    public Fingerprint Add(DateTimeOffset value) => Add(value.UtcTicks).Add((long)value.Offset.TotalMinutes);

    public Fingerprint Add(DateTimeOffset? value) => value is { } v ? Add(v) : Tag(0);

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Tag(7).Add(bytes.Length);
        Append(bytes);
        return this;
    }

    /// <summary>
    /// A text as it is held: its UTF-8 when it has one (read from its store when it is kept in one, never decoded to a
    /// string), else the string (a text holding a lone surrogate, which has no UTF-8). A text is held one way only.
    /// </summary>
    public Fingerprint Add(CompactText text) => text.IsUtf8 ? Add(text.Utf8Bytes) : Add(text.ToString());

    public UInt128 Value
    {
        get
        {
            if (_hash is null) return XxHash128.HashToUInt128(_buffer.AsSpan(0, _length));
            Flush();
            return _hash.GetCurrentHashAsUInt128();
        }
    }

    private Fingerprint Tag(byte tag)
    {
        Reserve(1)[0] = tag;
        return this;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferLimit / 2)
        {
            // A long value (an article's body) goes straight to the hasher, after what is buffered.
            _hash ??= new XxHash128();
            Flush();
            _hash.Append(bytes);
            return;
        }

        bytes.CopyTo(Reserve(bytes.Length));
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            if (_length + count <= BufferLimit) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            else
            {
                _hash ??= new XxHash128();
                Flush();
            }
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    private void Flush()
    {
        _hash!.Append(_buffer.AsSpan(0, _length));
        _length = 0;
    }

    public static UInt128 Of(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>The fingerprint as 32 hex digits, for the manifest.</summary>
    public static string Hex(UInt128 value) => value.ToString("x32", CultureInfo.InvariantCulture);

    public static UInt128? ParseHex(string? text) =>
        text is { Length: 32 } && UInt128.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// Every field of an article that can reach the output. <see cref="Article.Positions"/> only
    /// places diagnostics, so it is left out. A test keeps this list in step with the record.
    /// </summary>
    /// <remarks>
    /// Made of the listing's fingerprint and the body's (<see cref="OfBody"/>), so that a copy of an article with other
    /// fields and the same body (a tag's slug merged by the assembler) is fingerprinted without its body being read again.
    /// </remarks>
    public static UInt128 OfArticle(Article a) => Of(OfListing(a), OfBody(a));

    /// <summary>An article's fingerprint from its listing's and its body's.</summary>
    public static UInt128 Of(UInt128 listing, UInt128 body) => new Fingerprint().Add(listing).Add(body).Value;

    /// <summary>What <see cref="OfArticle"/> adds to the listing: the body and what is counted from it.</summary>
    public static UInt128 OfBody(Article a) => new Fingerprint().Add(a.Lede).Add(a.BodyText).Add(a.WordCount).Add(a.ReadingMinutes).Value;

    /// <summary>
    /// The fields that feeds, sitemaps and the search index show: all but the body and what is
    /// counted from it (<see cref="Article.Body"/>, <see cref="Article.Lede"/>, word count, reading
    /// time). Editing an article's text leaves them as they were. (Should a feed ever carry the
    /// body, it must use <see cref="OfArticle"/>; <c>build --verify</c> would catch the difference.)
    /// </summary>
    public static UInt128 OfListing(Article a)
    {
        var f = new Fingerprint()
            .Add(a.SourcePath).Add((int)a.Format).Add(a.Slug).Add(a.Title).Add(a.Kicker).Add(a.Standfirst)
            .Add(a.Date).Add(a.DateIsFallback).Add(a.Updated).Add(a.Agency).Add(a.Summary)
            .Add(a.Draft).Add(a.Toc).Add(a.Source).Add((int)a.Type).Add(System.Text.Json.JsonSerializer.Serialize(a.Params, StaticGen.Output.ConfigJson.Default.IReadOnlyDictionaryStringObject));
        f.Add(a.Images.Count);
        foreach (var image in a.Images) f.Add(image.Src).Add(image.Caption).Add(image.Credit);
        f.Add(a.Tags.Count);
        foreach (var tag in a.Tags) f.Add(tag.Name).Add(tag.Slug).Add(tag.Mentions);
        f.Add(a.Countries.Count);
        foreach (var country in a.Countries) f.Add(country.Code).Add(country.Name).Add(country.Slug).Add(country.Mentions);
        f.Add(a.Aliases.Count);
        foreach (var alias in a.Aliases) f.Add(alias);
        f.Add(a.Authors.Count);
        foreach (var author in a.Authors) f.Add(author);
        f.Add(a.AuthorRefs.Count);
        foreach (var author in a.AuthorRefs) f.Add(author.Name).Add(author.Slug);
        f.Add(a.Section?.Name).Add(a.Section?.Slug);
        return f.Value;
    }

    /// <summary>The article fields <see cref="OfArticle"/> hashes (and <c>Positions</c> and <c>BodyLine</c>, which only place diagnostics, left out on purpose).</summary>
    internal static readonly IReadOnlyList<string> ArticleFields =
    [
        nameof(Article.SourcePath), nameof(Article.Format), nameof(Article.Slug), nameof(Article.Title), nameof(Article.Kicker), nameof(Article.Standfirst),
        nameof(Article.Date), nameof(Article.DateIsFallback), nameof(Article.Updated), nameof(Article.Author), nameof(Article.Authors), nameof(Article.AuthorRefs), nameof(Article.Agency), nameof(Article.Section), nameof(Article.Summary),
        nameof(Article.Lede), nameof(Article.Body), nameof(Article.Draft), nameof(Article.Toc), nameof(Article.Source), nameof(Article.WordCount),
        nameof(Article.ReadingMinutes), nameof(Article.Images), nameof(Article.Tags), nameof(Article.Countries), nameof(Article.Aliases),
        nameof(Article.Type), nameof(Article.Params), nameof(Article.Positions), nameof(Article.BodyLine),
    ];
}
