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
    public static byte[] JpegWithExif(int width, int height, int orientation = 6)
    {
        var jpeg = Jpeg(width, height);
        var exif = Exif(orientation);
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        // Right after the start-of-image marker.
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

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

    /// <summary>"Exif\0\0" and a big-endian TIFF block: IFD0 with Model, Orientation and the GPS pointer; the GPS IFD with latitude.</summary>
    private static byte[] Exif(int orientation)
    {
        var model = Encoding.ASCII.GetBytes(CameraModel + "\0");
        var tiff = new List<byte>();
        void U16(int v) => tiff.AddRange([(byte)(v >> 8), (byte)v]);
        void U32(int v) => tiff.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        void Entry(int tag, int type, int count, int value)
        {
            U16(tag);
            U16(type);
            U32(count);
            U32(value);
        }

        // Offsets from the start of the TIFF block: header 8, IFD0 at 8 (2 + 3×12 + 4 = 42), GPS IFD at 50 (2 + 2×12 + 4 = 30), then data.
        const int ifd0 = 8, gps = 50, modelAt = 80;
        var latitudeAt = modelAt + model.Length;
        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(ifd0);
        U16(3);
        Entry(0x0110, 2, model.Length, modelAt);
        tiff.AddRange([0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00]);
        Entry(0x8825, 4, 1, gps);
        U32(0);
        U16(2);
        tiff.AddRange([0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, (byte)'N', 0x00, 0x00, 0x00]);
        Entry(0x0002, 5, 3, latitudeAt);
        U32(0);
        tiff.AddRange(model);
        foreach (var (n, d) in new[] { (59, 1), (54, 1), (0, 1) })
        {
            U32(n);
            U32(d);
        }

        return [.. "Exif\0\0"u8.ToArray(), .. tiff];
    }
}
