using System.Globalization;
using StaticGen.Configuration;

namespace StaticGen.Images;

/// <summary>
/// Which files an image is published as, decided from its facts and <c>images:</c> alone (pure):
/// each configured width no wider than the image (the image's own width when all are wider: never
/// upscaled), in AVIF and WebP if enabled and in the fallback (PNG for transparency, else JPEG),
/// plus a 1200×630 social card (smaller for a smaller image, never upscaled).
/// </summary>
public static class ImagePlan
{
    /// <summary>The social card's size (Open Graph's recommended 1.91:1).</summary>
    public const int CardWidth = 1200, CardHeight = 630;

    /// <summary>The social card's name in file names (<c>photo.card.jpg</c>).</summary>
    public const string CardName = "card";

    /// <summary>
    /// The crops structured data offers (JSON-LD <c>image</c>: Google asks for 16:9, 4:3 and 1:1, each at least
    /// 50,000 pixels), by name and ratio, in the order they are listed; each at most <see cref="CardWidth"/> wide.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, int RatioWidth, int RatioHeight)> Crops = [("16x9", 16, 9), ("4x3", 4, 3), ("1x1", 1, 1)];

    /// <summary>
    /// Changes whenever the pipeline would encode the same settings differently: part of every cached
    /// file's name, so a new recipe never serves an old file.
    /// </summary>
    private const string Recipe = "r1";

    /// <summary>The files to derive, each type narrowest first; AVIF, then WebP, then the fallback; then the card and the structured-data crops.</summary>
    /// <param name="facts">What decoding the image found.</param>
    /// <param name="config">The <c>images:</c> settings.</param>
    /// <param name="source">The source's own encoding, by its extension (a PNG keeps a PNG fallback).</param>
    public static IReadOnlyList<ImageVariant> Variants(ImageFacts facts, ImagesConfig config, ImageEncoding? source = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(config);
        var widths = config.Widths.Where(w => w <= facts.Width).ToList();
        if (widths.Count == 0 || (widths[^1] < facts.Width && config.Widths.Any(w => w > facts.Width))) widths.Add(facts.Width);
        var encodings = new List<ImageEncoding>(3);
        if (config.Avif) encodings.Add(ImageEncoding.Avif);
        if (config.Webp) encodings.Add(ImageEncoding.Webp);
        encodings.Add(Fallback(facts, source));
        var variants = new List<ImageVariant>(encodings.Count * widths.Count + 1);
        foreach (var encoding in encodings)
        {
            foreach (var width in widths) variants.Add(new ImageVariant(width, HeightAt(facts, width), encoding));
        }

        if (config.SocialCard && Card(facts) is { } card)
        {
            variants.Add(card);
            foreach (var (name, w, h) in Crops)
            {
                if (Cut(facts, CardWidth, w, h, name) is { } crop) variants.Add(crop);
            }
        }

        return variants;
    }

    /// <summary>The largest <paramref name="ratioWidth"/>:<paramref name="ratioHeight"/> cut the image holds, at most <paramref name="maxWidth"/> wide; null when it would be tiny.</summary>
    private static ImageVariant? Cut(ImageFacts facts, int maxWidth, int ratioWidth, int ratioHeight, string name)
    {
        var width = Math.Min(maxWidth, Math.Min(facts.Width, (int)((long)facts.Height * ratioWidth / ratioHeight)));
        var height = (int)((long)width * ratioHeight / ratioWidth);
        return width < 16 || height < 16 ? null : new ImageVariant(width, height, ImageEncoding.Jpeg, Crop: true, CropName: name);
    }

    /// <summary>The social card: 1200×630 cut from the image, or the largest 1.91:1 cut the image holds.</summary>
    public static ImageVariant? Card(ImageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Cut(facts, CardWidth, CardWidth, CardHeight, CardName);
    }

    /// <summary>PNG for transparency and for a PNG source (a chart or a screenshot: sharp edges JPEG would blur); JPEG for the rest.</summary>
    public static ImageEncoding Fallback(ImageFacts facts, ImageEncoding? source = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.HasAlpha || source == ImageEncoding.Png ? ImageEncoding.Png : ImageEncoding.Jpeg;
    }

    /// <summary>The height of the image scaled to <paramref name="width"/>, rounded, at least 1.</summary>
    public static int HeightAt(ImageFacts facts, int width)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Math.Max(1, (int)Math.Round((double)facts.Height * width / facts.Width, MidpointRounding.AwayFromZero));
    }

    /// <summary>What, besides the source's content, decides a derived file's bytes: quality, kept credit and recipe (widths name each file).</summary>
    public static string SettingsKey(ImagesConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return string.Create(CultureInfo.InvariantCulture, $"{Recipe}q{config.Quality}{(config.KeepCredit ? "c" : "")}");
    }

    /// <summary>Why an image is refused before it is decoded (more pixels than <c>images.maxMegapixels</c>), or null.</summary>
    public static string? TooLarge(long width, long height, ImagesConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return width * height > (long)config.MaxMegapixels * 1_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"the image is {width}×{height} pixels, more than images.maxMegapixels ({config.MaxMegapixels} million: a decompression bomb, or a picture to scale down first)")
            : null;
    }

    /// <summary>The encoding a file's extension names (<c>.jpeg</c> → JPEG), or null for one the pipeline does not write.</summary>
    public static ImageEncoding? EncodingOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.LastIndexOf('.');
        return (dot < 0 ? "" : path[(dot + 1)..].ToLowerInvariant()) switch
        {
            "jpg" or "jpeg" or "jpe" => ImageEncoding.Jpeg,
            "png" => ImageEncoding.Png,
            "webp" => ImageEncoding.Webp,
            "avif" => ImageEncoding.Avif,
            _ => null,
        };
    }

    /// <summary>What kind of file a content path names, by its extension.</summary>
    public static ImageFileKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.LastIndexOf('.');
        return (dot < 0 ? "" : path[(dot + 1)..].ToLowerInvariant()) switch
        {
            "jpg" or "jpeg" or "jpe" or "png" or "webp" or "avif" or "tif" or "tiff" => ImageFileKind.Raster,
            "svg" => ImageFileKind.Svg,
            "gif" or "bmp" or "heic" or "heif" or "ico" or "jxl" or "psd" => ImageFileKind.Unsupported,
            _ => ImageFileKind.Other,
        };
    }
}
