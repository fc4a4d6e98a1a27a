using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace StaticGen.Tests.Support;

/// <summary>
/// Small pictures made in the test with libvips (nothing binary is committed): noise or a flat colour
/// as JPEG or PNG, and a JPEG with camera EXIF (a model name, GPS position and orientation) put in by
/// hand, so a test can check that none of it reaches the published files.
/// </summary>
public static class TestImages
{
    /// <summary>The camera model the EXIF of <see cref="JpegWithExif"/> names.</summary>
    public const string CameraModel = "SecretCam 9000";

    /// <summary>A JPEG of noise (so encoders have work) of the given size.</summary>
    public static byte[] Jpeg(int width, int height) => Noise(width, height).JpegsaveBuffer(q: 90);

    /// <summary>A PNG; with <paramref name="alpha"/>, half transparent.</summary>
    public static byte[] Png(int width, int height, bool alpha = false)
    {
        using var rgb = Noise(width, height);
        if (!alpha) return rgb.PngsaveBuffer();
        using var a = Image.Black(width, height).Linear([1.0], [128.0]).Cast(Enums.BandFormat.Uchar);
        using var rgba = rgb.Bandjoin(a);
        return rgba.PngsaveBuffer();
    }

    /// <summary>A JPEG of one colour.</summary>
    public static byte[] Flat(int width, int height, byte r, byte g, byte b)
    {
        using var image = Image.Black(width, height, bands: 3).NewFromImage(r, g, b).Cast(Enums.BandFormat.Uchar);
        return image.JpegsaveBuffer(q: 95);
    }

    /// <summary>A JPEG with an EXIF block naming the camera, a GPS latitude (59° 54′ N) and an orientation (6: turned 90°).</summary>
    public static byte[] JpegWithExif(int width, int height, int orientation = 6) => JpegWithExif(width, height, orientation, null, null);

    /// <summary>
    /// A JPEG with an EXIF block naming the camera and its serial number (<see cref="CameraSerial"/>), a GPS latitude,
    /// an orientation and, when given, the photographer (Artist) and the copyright.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, int orientation, string? artist, string? copyright)
    {
        var jpeg = Jpeg(width, height);
        var exif = Exif(orientation, artist, copyright);
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        // Right after the start-of-image marker.
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>The camera body's serial number the EXIF of <see cref="JpegWithExif(int, int, int, string?, string?)"/> gives (with a credit).</summary>
    public const string CameraSerial = "SN-4471-0093";

    /// <summary>A valid PNG whose header claims <paramref name="width"/>×<paramref name="height"/> pixels (its CRC recomputed): a decompression bomb's header.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(8, 8);
        // Signature (8), IHDR length (4), "IHDR" (4), width, height, …, CRC over type and data (17 bytes).
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), crc);
        return png;
    }

    /// <summary>What libvips reads of a file's metadata: its field names.</summary>
    public static IReadOnlyList<string> Fields(byte[] file)
    {
        using var image = Image.NewFromBuffer(file);
        return image.GetFields();
    }

    /// <summary>The loader libvips picks (<c>jpegload_buffer</c>, <c>webpload_buffer</c>, <c>heifload_buffer</c>) and the size.</summary>
    public static (string Loader, int Width, int Height) Describe(byte[] file)
    {
        using var image = Image.NewFromBuffer(file);
        return ((string)image.Get("vips-loader"), image.Width, image.Height);
    }

    private static Image Noise(int width, int height)
    {
        using var r = Image.Gaussnoise(width, height, mean: 120, sigma: 40);
        using var g = Image.Gaussnoise(width, height, mean: 110, sigma: 40);
        using var b = Image.Gaussnoise(width, height, mean: 90, sigma: 40);
        using var joined = r.Bandjoin(g, b);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>
    /// "Exif\0\0" and a big-endian TIFF block: IFD0 with Model, Orientation, Artist and Copyright (when given) and
    /// pointers to the Exif IFD (the body serial number, when a credit is given) and to the GPS IFD (latitude).
    /// </summary>
    private static byte[] Exif(int orientation, string? artist = null, string? copyright = null)
    {
        static byte[] Ascii(string text) => [.. Encoding.UTF8.GetBytes(text), 0];
        var withCredit = artist is not null || copyright is not null;
        // IFD0 entries, sorted by tag: (tag, type, count, inline value or data).
        var ifd0 = new List<(int Tag, int Type, byte[]? Data, int Value)>
        {
            (0x0110, 2, Ascii(CameraModel), 0),
            (0x0112, 3, null, orientation << 16),
        };
        if (artist is not null) ifd0.Add((0x013B, 2, Ascii(artist), 0));
        if (copyright is not null) ifd0.Add((0x8298, 2, Ascii(copyright), 0));
        if (withCredit) ifd0.Add((0x8769, 4, null, -1));
        ifd0.Add((0x8825, 4, null, -2));
        var exifIfd = new List<(int Tag, int Type, byte[]? Data, int Value)> { (0xA431, 2, Ascii(CameraSerial), 0) };
        var gpsIfd = new List<(int Tag, int Type, byte[]? Data, int Value)>
        {
            (0x0001, 2, Ascii("N"), 0),
            (0x0002, 5, [0, 0, 0, 59, 0, 0, 0, 1, 0, 0, 0, 54, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], 0),
        };

        static int Size(List<(int Tag, int Type, byte[]? Data, int Value)> ifd) => 2 + (12 * ifd.Count) + 4;
        var ifd0At = 8;
        var exifAt = ifd0At + Size(ifd0);
        var gpsAt = exifAt + (withCredit ? Size(exifIfd) : 0);
        var dataAt = gpsAt + Size(gpsIfd);
        var tiff = new List<byte>();
        var data = new List<byte>();
        void U16(int v) => tiff.AddRange([(byte)(v >> 8), (byte)v]);
        void U32(int v) => tiff.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        void Write(List<(int Tag, int Type, byte[]? Data, int Value)> ifd)
        {
            U16(ifd.Count);
            foreach (var (tag, type, bytes, value) in ifd)
            {
                U16(tag);
                U16(type);
                U32(bytes is null ? 1 : type == 5 ? bytes.Length / 8 : bytes.Length);
                if (bytes is not null && bytes.Length > 4)
                {
                    U32(dataAt + data.Count);
                    data.AddRange(bytes);
                    if (data.Count % 2 == 1) data.Add(0);
                }
                else if (bytes is not null)
                {
                    tiff.AddRange([.. bytes, .. new byte[4 - bytes.Length]]);
                }
                else
                {
                    U32(value == -1 ? exifAt : value == -2 ? gpsAt : value);
                }
            }

            U32(0);
        }

        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(ifd0At);
        Write(ifd0);
        if (withCredit) Write(exifIfd);
        Write(gpsIfd);
        return [.. "Exif\0\0"u8.ToArray(), .. tiff, .. data];
    }
}
