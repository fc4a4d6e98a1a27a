using System.Buffers.Binary;
using System.Text;

namespace StaticGen.Images;

/// <summary>
/// The credit of a picture as its EXIF gives it: the photographer (<c>Artist</c>, tag 0x013B) and the copyright
/// notice (<c>Copyright</c>, 0x8298), both in the first IFD. <see cref="Read"/> takes them from a camera's EXIF
/// block; <see cref="Write"/> makes a block that holds them and nothing else, so no GPS position, camera
/// model or body serial number can come along. Pure.
/// </summary>
public static class ExifCredit
{
    private const int ArtistTag = 0x013B, CopyrightTag = 0x8298, AsciiType = 2;
    private static readonly byte[] s_header = "Exif\0\0"u8.ToArray();

    /// <summary>The artist and copyright of an EXIF block (with or without its <c>Exif\0\0</c> header); nulls when it has none or cannot be read.</summary>
    public static (string? Artist, string? Copyright) Read(ReadOnlySpan<byte> exif)
    {
        if (exif.StartsWith(s_header)) exif = exif[s_header.Length..];
        if (exif.Length < 8) return default;
        var big = exif[0] == (byte)'M' && exif[1] == (byte)'M';
        if (!big && !(exif[0] == (byte)'I' && exif[1] == (byte)'I')) return default;
        var tiff = exif.ToArray();
        int U16(int at) => at + 2 <= tiff.Length ? (big ? BinaryPrimitives.ReadUInt16BigEndian(tiff.AsSpan(at)) : BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(at))) : -1;
        long U32(int at) => at + 4 <= tiff.Length ? (big ? BinaryPrimitives.ReadUInt32BigEndian(tiff.AsSpan(at)) : BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(at))) : -1;
        var ifd = U32(4);
        if (ifd < 8 || ifd > tiff.Length - 2) return default;
        var count = U16((int)ifd);
        string? artist = null, copyright = null;
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + (12 * i);
            if (entry + 12 > tiff.Length) break;
            var tag = U16(entry);
            if (tag is not (ArtistTag or CopyrightTag) || U16(entry + 2) != AsciiType) continue;
            var length = U32(entry + 4);
            if (length <= 0 || length > 4096) continue;
            var at = length <= 4 ? entry + 8 : U32(entry + 8);
            if (at < 0 || at + length > tiff.Length) continue;
            // A copyright field may hold the photographer's and the editor's notices, each ended by a NUL.
            var text = string.Join(" / ", Encoding.UTF8.GetString(tiff, (int)at, (int)length).Split('\0', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (text.Length == 0) continue;
            if (tag == ArtistTag) artist = text;
            else copyright = text;
        }

        return (artist, copyright);
    }

    /// <summary>An EXIF block (with its <c>Exif\0\0</c> header, big-endian) holding only the artist and the copyright given; null when both are null.</summary>
    public static byte[]? Write(string? artist, string? copyright)
    {
        var entries = new List<(int Tag, byte[] Text)>(2);
        if (artist is not null) entries.Add((ArtistTag, [.. Encoding.UTF8.GetBytes(artist), 0]));
        if (copyright is not null) entries.Add((CopyrightTag, [.. Encoding.UTF8.GetBytes(copyright), 0]));
        if (entries.Count == 0) return null;
        var tiff = new List<byte>(64);
        void U16(int v) => tiff.AddRange([(byte)(v >> 8), (byte)v]);
        void U32(int v) => tiff.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(8);
        U16(entries.Count);
        var dataAt = 8 + 2 + (12 * entries.Count) + 4;
        var data = new List<byte>();
        foreach (var (tag, text) in entries)
        {
            U16(tag);
            U16(AsciiType);
            U32(text.Length);
            if (text.Length <= 4)
            {
                tiff.AddRange([.. text, .. new byte[4 - text.Length]]);
                continue;
            }

            U32(dataAt + data.Count);
            data.AddRange(text);
            if (data.Count % 2 == 1) data.Add(0);
        }

        U32(0);
        return [.. s_header, .. tiff, .. data];
    }
}
