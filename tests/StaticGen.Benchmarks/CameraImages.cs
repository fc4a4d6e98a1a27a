using System.Globalization;
using NetVips;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>-- camera-images N WIDTH HEIGHT DIR [SEED]</c>: writes N camera-sized JPEGs (smooth Perlin
/// structure with fine grain, like a photo's detail and sensor noise, quality 92) to DIR as
/// <c>photo-0001.jpg</c>…, for the image benchmark (images.sh). Each has its own grain, so no two
/// share a content hash. Each carries a camera's EXIF (model, body serial number, GPS position), which no
/// published file may keep (<c>image-metadata</c> checks). Made here with libvips so that no binary is committed.
/// </summary>
public static class CameraImages
{
    public static int Run(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: camera-images N WIDTH HEIGHT DIR [SEED]");
            return 2;
        }

        var n = int.Parse(args[0], CultureInfo.InvariantCulture);
        var width = int.Parse(args[1], CultureInfo.InvariantCulture);
        var height = int.Parse(args[2], CultureInfo.InvariantCulture);
        var dir = args[3];
        var seed = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
        Directory.CreateDirectory(dir);

        // A few scenes (smooth Perlin structure) are made once; each picture is one of them, flipped one of four
        // ways, with its own grain. Perlin noise at 12 megapixels costs seconds of CPU, grain and the JPEG encoding
        // a fraction of that, so 500 pictures take minutes instead of most of an hour, and no two share a content hash.
        // Bounded: one picture per core and one libvips thread each (unbounded, Parallel.For's thread injection
        // started hundreds of threads on a 2-core machine).
        NetVips.NetVips.Concurrency = 1;
        var scenes = new Image[Math.Min(n, SceneCount)];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, scenes.Length, parallel, s =>
        {
            using var r = Image.Perlin(width, height, cellSize: 96 + (s % 7) * 16, seed: seed * 100_000 + s * 3);
            using var g = Image.Perlin(width, height, cellSize: 128, seed: seed * 100_000 + s * 3 + 1);
            using var b = Image.Perlin(width, height, cellSize: 160, seed: seed * 100_000 + s * 3 + 2);
            using var joined = r.Bandjoin(g, b);
            using var scaled = joined.Linear([110.0, 90.0, 100.0], [128.0, 118.0, 100.0]);
            using var scene = scaled.Cast(Enums.BandFormat.Uchar);
            scenes[s] = scene.CopyMemory();
        });
        try
        {
            Parallel.For(0, n, parallel, i =>
            {
                var scene = scenes[i % scenes.Length];
                var flip = i / scenes.Length % 4;
                using var turned = flip switch
                {
                    0 => scene.Copy(),
                    1 => scene.FlipHor(),
                    2 => scene.FlipVer(),
                    _ => scene.Rot180(),
                };
                using var grain = Image.Gaussnoise(width, height, mean: 0, sigma: 6, seed: seed * 100_000 + i);
                using var noisy = turned.Add(grain);
                using var photo = noisy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
                var jpeg = WithCameraExif(photo.JpegsaveBuffer(q: 92), i);
                File.WriteAllBytes(Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"photo-{i + 1:0000}.jpg")), jpeg);
            });
        }
        finally
        {
            foreach (var scene in scenes) scene?.Dispose();
        }

        return 0;
    }

    /// <summary>How many distinct scenes the pictures are made from (each then flipped four ways, with its own grain).</summary>
    private const int SceneCount = 8;

    /// <summary>The camera model every picture's EXIF names.</summary>
    public const string CameraModel = "Benchbody R7";

    /// <summary>The body serial number of picture <paramref name="index"/>, as its EXIF gives it (what image-metadata looks for).</summary>
    public static string Serial(int index) => string.Create(CultureInfo.InvariantCulture, $"BENCH-SN-{index + 1:000000}");

    /// <summary>
    /// The JPEG with a camera's EXIF block after its start marker, as a phone or camera writes one: the model,
    /// the body serial number and a GPS position (latitude and longitude), so the benchmark's pictures carry
    /// what the pipeline must strip.
    /// </summary>
    private static byte[] WithCameraExif(byte[] jpeg, int index)
    {
        static byte[] Ascii(string text) => [.. System.Text.Encoding.ASCII.GetBytes(text), 0];
        static byte[] Rationals(params int[] values) => [.. values.SelectMany(static v => new[] { (byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v })];
        var ifd0 = new List<(int Tag, int Type, byte[] Data)> { (0x0110, 2, Ascii(CameraModel)), (0x8769, 4, []), (0x8825, 4, []) };
        var exif = new List<(int Tag, int Type, byte[] Data)> { (0xA431, 2, Ascii(Serial(index))) };
        var gps = new List<(int Tag, int Type, byte[] Data)>
        {
            (0x0001, 2, Ascii("N")), (0x0002, 5, Rationals(48, 1, 51, 1, index % 60, 1)),
            (0x0003, 2, Ascii("E")), (0x0004, 5, Rationals(2, 1, 21, 1, index % 60, 1)),
        };
        static int Size(int entries) => 2 + (12 * entries) + 4;
        int exifAt = 8 + Size(ifd0.Count), gpsAt = exifAt + Size(exif.Count), dataAt = gpsAt + Size(gps.Count);
        var tiff = new List<byte>("MM\0\u002a\0\0\0\u0008"u8.ToArray());
        var data = new List<byte>();
        void U16(int v) => tiff.AddRange([(byte)(v >> 8), (byte)v]);
        void U32(int v) => tiff.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);
        void Ifd(List<(int Tag, int Type, byte[] Data)> entries)
        {
            U16(entries.Count);
            foreach (var (tag, type, bytes) in entries)
            {
                U16(tag);
                U16(type);
                U32(type == 4 ? 1 : type == 5 ? bytes.Length / 8 : bytes.Length);
                if (tag == 0x8769) U32(exifAt);
                else if (tag == 0x8825) U32(gpsAt);
                else if (bytes.Length <= 4) tiff.AddRange([.. bytes, .. new byte[4 - bytes.Length]]);
                else
                {
                    U32(dataAt + data.Count);
                    data.AddRange(bytes);
                    if (data.Count % 2 == 1) data.Add(0);
                }
            }

            U32(0);
        }

        Ifd(ifd0);
        Ifd(exif);
        Ifd(gps);
        byte[] block = [.. "Exif\0\0"u8.ToArray(), .. tiff, .. data];
        var length = block.Length + 2;
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. block, .. jpeg[2..]];
    }
}
