using NetVips;

namespace StaticGen.Benchmarks;

/// <summary>
/// <c>-- image-metadata DIR</c>: reads every JPEG, PNG, WebP and AVIF file under DIR with libvips and names each
/// that still carries a GPS field, the camera model or a body serial number of <see cref="CameraImages"/>
/// (its EXIF fields, and its bytes for the text). Prints how many files it read; exits 1 when any carries them.
/// </summary>
public static class ImageMetadata
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: image-metadata DIR");
            return 2;
        }

        string[] extensions = [".jpg", ".jpeg", ".png", ".webp", ".avif"];
        var files = Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
        var leaks = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            using var image = Image.NewFromBuffer(bytes);
            var fields = image.GetFields().Where(static f => f.Contains("GPS", StringComparison.OrdinalIgnoreCase) || f.Contains("BodySerial", StringComparison.Ordinal)).ToList();
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            if (text.Contains("BENCH-SN-", StringComparison.Ordinal)) fields.Add("serial number");
            if (text.Contains(CameraImages.CameraModel, StringComparison.Ordinal)) fields.Add("camera model");
            if (fields.Count == 0) continue;
            leaks++;
            Console.WriteLine($"{file}: {string.Join(", ", fields)}");
        }

        Console.WriteLine($"image-metadata: {files.Count} files read, {leaks} with GPS, camera or serial metadata");
        return leaks == 0 ? 0 : 1;
    }
}
