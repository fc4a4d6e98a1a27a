using System.Globalization;
using NetVips;
using StaticGen.Configuration;

namespace StaticGen.Images;

/// <summary>
/// Decodes and encodes pictures with libvips (NetVips). Pure in the pipeline's sense: bytes in,
/// bytes out; the disk is <see cref="ImageCache"/>'s. Every output file is stripped of its metadata
/// (EXIF with GPS and camera serials, XMP, IPTC, ICC): the camera's orientation is applied to the
/// pixels first and colours are converted to sRGB. Thread-safe; libvips runs one thread per call
/// (<see cref="Initialise"/>), so the build's workers bound the processors used.
/// </summary>
public static class ImageCodec
{
    private static readonly Lazy<string?> s_unavailable = new(Initialise);

    /// <summary>Why libvips cannot be used on this machine (its native library did not load), or null when it can.</summary>
    public static string? Unavailable => s_unavailable.Value;

    /// <summary>The libvips version, for reports.</summary>
    public static string Version => Unavailable is null ? string.Create(CultureInfo.InvariantCulture, $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}") : "unavailable";

    private static string? Initialise()
    {
        try
        {
            if (!ModuleInitializer.VipsInitialized) return ModuleInitializer.Exception?.Message ?? "libvips did not initialise";
            // The build encodes one image per core: libvips's own threads would only compete with them.
            NetVips.NetVips.Concurrency = 1;
            // Each image is decoded once per build: libvips's operation cache would only hold memory.
            Cache.Max = 0;
            Cache.MaxFiles = 0;
            Cache.MaxMem = 0;
            // libvips prints decoder warnings to stderr; a broken file becomes a diagnostic instead.
            Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info | Enums.LogLevelFlags.Debug, static (_, _, _) => { });
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Reads an image's size, transparency and dominant colour. The header is read first: an image with
    /// more pixels than <c>images.maxMegapixels</c> allow is refused before any pixel is decoded. A file
    /// that libvips cannot decode to its end (truncated, corrupt, not an image) gives <see cref="ImageFacts.Problem"/>.
    /// </summary>
    public static ImageFacts Analyse(byte[] source, ImagesConfig config)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(config);
        try
        {
            using var header = Image.NewFromBuffer(source, access: Enums.Access.Sequential);
            if (ImagePlan.TooLarge(header.Width, header.Height, config) is { } tooLarge) return ImageFacts.Broken(tooLarge);
            var turned = header.Contains("orientation") && header.Get("orientation") is int orientation && orientation is >= 5 and <= 8;
            var (width, height) = turned ? (header.Height, header.Width) : (header.Width, header.Height);
            var alpha = header.HasAlpha();

            // The whole file is decoded (shrunk while loading) so a truncated one fails here, not half-way through a build.
            // (fail_on goes to the loader as an option string: thumbnail's own failOn argument does not reach it, tried with 8.18.)
            using var tiny = Image.ThumbnailBuffer(source, 16, height: 16, size: Enums.Size.Down, optionString: "fail_on=truncated");
            return new ImageFacts(width, height, alpha, DominantColour(tiny));
        }
        catch (VipsException e)
        {
            return ImageFacts.Broken(Reason(e));
        }
    }

    /// <summary>
    /// Encodes the variants of an image, in order. The image is decoded once (shrunk while loading to
    /// the widest size any variant needs), held in memory, and every variant is resized from that copy.
    /// </summary>
    public static IReadOnlyList<byte[]> Encode(byte[] source, ImageFacts facts, IReadOnlyList<ImageVariant> variants, ImagesConfig config)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(config);
        if (variants.Count == 0) return [];
        // Wide enough for every variant, and for a crop also tall enough: a panorama's card is cut from a taller copy.
        var widest = Math.Min(facts.Width, variants.Max(v => v.Crop ? Math.Max(v.Width, (int)Math.Ceiling((double)v.Height * facts.Width / facts.Height)) : v.Width));
        var tallest = ImagePlan.HeightAt(facts, widest);
        // Shrunk on load (JPEG's DCT scaling), oriented, converted to sRGB; then held in memory, since each
        // save below reads it again (a streamed thumbnail can be read once: the CopyMemory note).
        using var loaded = Image.ThumbnailBuffer(source, widest, height: Math.Max(tallest, 1) * 4, size: Enums.Size.Down,
            optionString: "fail_on=truncated", outputProfile: "srgb");
        using var master = loaded.CopyMemory();
        // The credit, when the site keeps it, goes out as an EXIF block of its own: nothing else of the camera's can follow it.
        byte[]? credit = null;
        if (config.KeepCredit && master.Contains("exif-data") && master.Get("exif-data") is byte[] exif)
        {
            var (artist, copyright) = ExifCredit.Read(exif);
            credit = ExifCredit.Write(artist, copyright);
        }

        var files = new byte[variants.Count][];
        for (var i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            using var sized = v.Crop
                ? master.ThumbnailImage(v.Width, height: v.Height, crop: Enums.Interesting.Attention)
                : v.Width >= master.Width ? master.Copy() : master.ThumbnailImage(v.Width, height: v.Height * 4, size: Enums.Size.Down);
            using var flat = v.Encoding == ImageEncoding.Jpeg && sized.HasAlpha() ? sized.Flatten(background: [255, 255, 255]) : sized.Copy();
            files[i] = credit is null ? Save(flat, v.Encoding, config.Quality, Enums.ForeignKeep.None) : SaveWithCredit(flat, v.Encoding, config.Quality, credit);
        }

        return files;
    }

    private static byte[] Save(Image image, ImageEncoding encoding, int quality, Enums.ForeignKeep keep) => encoding switch
    {
        // AVIF at the same visual quality needs a lower number; effort 2 of 9 is sharp's speed/size middle ground for builds.
        ImageEncoding.Avif => image.HeifsaveBuffer(q: Math.Max(1, quality - 28), compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: keep),
        ImageEncoding.Webp => image.WebpsaveBuffer(q: quality, effort: 4, keep: keep),
        ImageEncoding.Png => image.PngsaveBuffer(compression: 6, keep: keep),
        _ => image.JpegsaveBuffer(q: quality, optimizeCoding: true, interlace: true, keep: keep),
    };

    /// <summary>
    /// Saves with only the credit's EXIF block: every other metadata field of the source is removed from the image
    /// first (libvips writes the EXIF fields an image carries back into its block), the block is replaced by the
    /// credit's, and only EXIF is kept (no XMP, IPTC or ICC).
    /// </summary>
    private static byte[] SaveWithCredit(Image image, ImageEncoding encoding, int quality, byte[] credit)
    {
        using var tagged = image.Mutate(m =>
        {
            foreach (var field in m.GetFields())
            {
                if ((field.StartsWith("exif-", StringComparison.Ordinal) && field is not ("exif-ifd0-Artist" or "exif-ifd0-Copyright")) || field is "xmp-data" or "iptc-data" or "icc-profile-data")
                {
                    m.Remove(field);
                }
            }

            m.Set(GValue.BlobType, "exif-data", credit);
        });
        return Save(tagged, encoding, quality, Enums.ForeignKeep.Exif);
    }

    /// <summary>The colour most of a tiny copy's pixels are near (by 4-bit buckets), averaged over them: <c>#rrggbb</c>.</summary>
    private static string DominantColour(Image tiny)
    {
        using var srgb = tiny.Interpretation == Enums.Interpretation.Srgb ? tiny.Copy() : tiny.Colourspace(Enums.Interpretation.Srgb);
        using var rgb = srgb.HasAlpha() ? srgb.Flatten(background: [255, 255, 255]) : srgb.Copy();
        using var bytes = rgb.Cast(Enums.BandFormat.Uchar);
        var pixels = bytes.WriteToMemory<byte>();
        var bands = bytes.Bands;
        var buckets = new Dictionary<int, (long R, long G, long B, int N)>();
        for (var i = 0; i + bands - 1 < pixels.Length; i += bands)
        {
            int r = pixels[i], g = bands >= 3 ? pixels[i + 1] : r, b = bands >= 3 ? pixels[i + 2] : r;
            var key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
            var s = buckets.GetValueOrDefault(key);
            buckets[key] = (s.R + r, s.G + g, s.B + b, s.N + 1);
        }

        if (buckets.Count == 0) return "#808080";
        // Most pixels first; ties go to the smaller key, so the colour does not depend on the dictionary's order.
        var best = buckets.OrderByDescending(static p => p.Value.N).ThenBy(static p => p.Key).First().Value;
        return string.Create(CultureInfo.InvariantCulture, $"#{best.R / best.N:x2}{best.G / best.N:x2}{best.B / best.N:x2}");
    }

    /// <summary>libvips's own explanation ("VipsJpeg: Premature end of input file"), without the "unable to call" line.</summary>
    private static string Reason(VipsException e)
    {
        var lines = e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var detail = lines.Skip(1).FirstOrDefault(static l => l.Length > 0) ?? lines.FirstOrDefault() ?? "unknown error";
        return "it cannot be read as an image: " + detail;
    }
}
