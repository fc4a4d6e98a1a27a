using System.Buffers.Binary;
using StaticGen.Site;

namespace StaticGen.Output;

/// <summary>
/// Reads the pixel size of content images from their first bytes (PNG, GIF, JPEG, WebP), so pages
/// can give every picture its <c>width</c> and <c>height</c> and do not shift while they load.
/// Pure: the bytes come from <c>ContentReader.ReadHead</c>. A file whose size cannot be read is
/// published without one.
/// </summary>
public static class ImageHeaders
{
    /// <summary>Enough bytes for the size of every supported format, except JPEGs with large metadata before the frame header.</summary>
    public const int HeadBytes = 64 * 1024;

    private static readonly byte[] s_png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// The assets with the size of every image whose header could be read;
    /// <paramref name="readHead"/> gives the first <see cref="HeadBytes"/> bytes of a file by its
    /// site-relative path (null when it cannot be read).
    /// </summary>
    public static IReadOnlyDictionary<string, SiteAsset> Measure(IReadOnlyDictionary<string, SiteAsset> assets, Func<string, byte[]?> readHead)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(readHead);
        var measured = new Dictionary<string, SiteAsset>(assets.Count, StringComparer.Ordinal);
        foreach (var (key, asset) in assets)
        {
            measured[key] = readHead(asset.SourcePath) is { } head && TryReadSize(head) is { } size
                ? asset with { Width = size.Width, Height = size.Height }
                : asset;
        }

        return measured;
    }

    /// <summary>The width and height stated in an image file's header, or null when it is not a PNG, GIF, JPEG or WebP file (or is cut short).</summary>
    public static (int Width, int Height)? TryReadSize(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual(s_png) && data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return Valid(BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }

        if (data.Length >= 10 && (data[..6].SequenceEqual("GIF87a"u8) || data[..6].SequenceEqual("GIF89a"u8)))
        {
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }

        if (data.Length >= 30 && data[..4].SequenceEqual("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return WebP(data);
        }

        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            return Jpeg(data);
        }

        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> data)
    {
        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8X"u8))
        {
            // 24-bit little-endian canvas width and height, minus one.
            var w = 1 + (data[24] | (data[25] << 8) | (data[26] << 16));
            var h = 1 + (data[27] | (data[28] << 8) | (data[29] << 16));
            return Valid(w, h);
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            return Valid(BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && data[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return Valid((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        return null;
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                i++;
                continue;
            }

            var marker = data[i + 1];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF)
            {
                i += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // Start-of-frame markers (baseline, progressive, …) hold the size; C4, C8 and CC are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return Valid(BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }

            if (length < 2) return null;
            i += 2 + length;
        }

        return null;
    }

    private static (int, int)? Valid(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
