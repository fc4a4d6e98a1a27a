using System.Globalization;
using NetVips;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>-- camera-images N WIDTH HEIGHT DIR [SEED]</c>: writes N camera-sized JPEGs (smooth Perlin
/// structure with fine grain, like a photo's detail and sensor noise, quality 92) to DIR as
/// <c>photo-0001.jpg</c>…, for the image benchmark (images.sh). Each differs by its seed, so no two
/// share a content hash. Made here with libvips so that no binary is committed.
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
        Parallel.For(0, n, i =>
        {
            using var r = Image.Perlin(width, height, cellSize: 96 + (i % 7) * 16, seed: seed * 100_000 + i * 3);
            using var g = Image.Perlin(width, height, cellSize: 128, seed: seed * 100_000 + i * 3 + 1);
            using var b = Image.Perlin(width, height, cellSize: 160, seed: seed * 100_000 + i * 3 + 2);
            using var grain = Image.Gaussnoise(width, height, mean: 0, sigma: 6, seed: i);
            using var joined = r.Bandjoin(g, b);
            using var scaled = joined.Linear([110.0, 90.0, 100.0], [128.0, 118.0, 100.0]);
            using var noisy = scaled.Add(grain);
            using var photo = noisy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
            photo.Jpegsave(Path.Combine(dir, string.Create(CultureInfo.InvariantCulture, $"photo-{i + 1:0000}.jpg")), q: 92);
        });
        return 0;
    }
}
