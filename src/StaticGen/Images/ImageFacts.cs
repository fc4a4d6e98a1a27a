namespace StaticGen.Images;

/// <summary>What a content file is, as far as publishing pictures goes (by its extension).</summary>
public enum ImageFileKind
{
    /// <summary>Not a picture (a PDF, a text file): published as it is.</summary>
    Other,

    /// <summary>A raster format the pipeline decodes, resizes and re-encodes (JPEG, PNG, WebP, AVIF, TIFF).</summary>
    Raster,

    /// <summary>A vector drawing: published as it is when it holds nothing active, else refused.</summary>
    Svg,

    /// <summary>A picture format the pipeline does not resize (GIF, BMP, HEIC, ICO): published as it is, with a warning.</summary>
    Unsupported,
}

/// <summary>
/// What decoding a raster image found: its size as shown (after the camera's orientation), whether
/// it has transparency, and its dominant colour (<c>#rrggbb</c>) for a placeholder; or why it
/// cannot be read (<see cref="Problem"/>). Kept in the image cache by the source's content hash.
/// </summary>
public sealed record ImageFacts(int Width, int Height, bool HasAlpha, string Colour, string? Problem = null)
{
    /// <summary>Facts of a file that could not be decoded.</summary>
    public static ImageFacts Broken(string problem) => new(0, 0, false, "#000000", problem);

    /// <summary>A line that <see cref="Parse"/> reads back: <c>width height alpha colour</c>, or <c>broken message</c>.</summary>
    public string Format() => Problem is null
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Width} {Height} {(HasAlpha ? 1 : 0)} {Colour}")
        : "broken " + Problem.ReplaceLineEndings(" ");

    /// <summary>The facts a line written by <see cref="Format"/> holds, or null when it is not such a line.</summary>
    public static ImageFacts? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.StartsWith("broken ", StringComparison.Ordinal)) return Broken(line["broken ".Length..].Trim());
        var parts = line.Trim().Split(' ');
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        return parts.Length == 4 && int.TryParse(parts[0], ci, out var w) && int.TryParse(parts[1], ci, out var h) && w > 0 && h > 0
            && parts[2] is "0" or "1" && parts[3].Length == 7 && parts[3][0] == '#'
            ? new ImageFacts(w, h, parts[2] == "1", parts[3])
            : null;
    }
}

/// <summary>The encodings the pipeline writes.</summary>
public enum ImageEncoding
{
    /// <summary>AVIF (AV1 in HEIF): the smallest, tried first.</summary>
    Avif,

    /// <summary>WebP.</summary>
    Webp,

    /// <summary>JPEG: the fallback of an opaque image.</summary>
    Jpeg,

    /// <summary>PNG: the fallback of an image with transparency.</summary>
    Png,
}

/// <summary>One file to derive from a source image: its pixel size, encoding, and the suffix that names it (<c>800w.webp</c>, <c>card.jpg</c>).</summary>
/// <param name="Width">Pixels across.</param>
/// <param name="Height">Pixels down.</param>
/// <param name="Encoding">The file format.</param>
/// <param name="Crop">Whether the file is cut to its size around the most interesting part (the social card, the structured-data crops) instead of scaled whole.</param>
/// <param name="CropName">A crop's name in its file name: <c>card</c>, <c>16x9</c>, <c>4x3</c>, <c>1x1</c>.</param>
public sealed record ImageVariant(int Width, int Height, ImageEncoding Encoding, bool Crop = false, string CropName = ImagePlan.CardName)
{
    /// <summary>The file name suffix: width and extension (<c>800w.avif</c>), or for a crop its name (<c>card.jpg</c>, <c>16x9.jpg</c>).</summary>
    public string Suffix => Crop ? CropName + "." + Extension : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Width}w.{Extension}");

    /// <summary>Whether this is the social card (<c>og:image</c>), not one of the structured-data crops.</summary>
    public bool IsCard => Crop && CropName == ImagePlan.CardName;

    public string Extension => Encoding switch
    {
        ImageEncoding.Avif => "avif",
        ImageEncoding.Webp => "webp",
        ImageEncoding.Png => "png",
        _ => "jpg",
    };

    public string MediaType => "image/" + (Encoding == ImageEncoding.Jpeg ? "jpeg" : Extension);
}
