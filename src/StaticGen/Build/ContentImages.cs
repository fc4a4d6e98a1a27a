using System.Collections.Concurrent;
using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Images;
using StaticGen.Output;
using StaticGen.Site;

namespace StaticGen.Build;

/// <summary>
/// The content images of one run: in Assemble, <see cref="Prepare"/> decides how each is published
/// (resized into a responsive picture, published as it is, or refused with a warning naming the
/// file) and gives the site's assets with their pictures; in Make, <see cref="Make"/> gives an image's
/// derived files from the <see cref="ImageCache"/>, encoding only those it does not hold.
/// </summary>
internal sealed class ContentImages(SiteContext site, ImageCache cache, SiteCache hashes)
{
    private readonly ImagesConfig _config = site.Config.Images;
    private readonly ConcurrentDictionary<string, (UInt128 Hash, ImageFacts Facts, IReadOnlyList<ImageVariant> Variants)> _plans = new(StringComparer.Ordinal);

    /// <summary>The cache the derived images are kept in.</summary>
    public ImageCache Cache => cache;

    /// <summary>
    /// The assets as the site publishes them: a raster image with its <see cref="AssetPicture"/> (its URL the
    /// widest fallback file), an SVG or a format the pipeline does not resize as it is, other files as they
    /// are. A corrupt, truncated or oversized raster image and an SVG with active content are left out,
    /// each with a warning (a figure of it keeps its caption).
    /// </summary>
    public IReadOnlyDictionary<string, SiteAsset> Prepare(IReadOnlyDictionary<string, SiteAsset> assets, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var measured = ImageHeaders.Measure(assets, path => ContentReader.ReadHead(Path.Combine(site.Root, path), ImageHeaders.HeadBytes));
        var kinds = assets.Values.ToDictionary(static a => a.SourcePath, static a => ImagePlan.KindOf(a.SourcePath), StringComparer.Ordinal);
        if (!_config.Enabled || !kinds.Values.Any(static k => k != ImageFileKind.Other)) return measured;
        if (kinds.Values.Any(static k => k == ImageFileKind.Raster) && ImageCodec.Unavailable is { } why)
        {
            diagnostics.Add(site.ConfigDiagnostic(Severity.Warning, "images",
                $"images are published as they are, with their metadata: the image library (libvips) cannot load on this machine ({why})"));
            return measured;
        }

        // Pictures of one folder and one name (photo.jpg, photo.png) would derive the same files: theirs keep the source's extension.
        var sharedNames = measured.Values
            .Where(a => kinds[a.SourcePath] == ImageFileKind.Raster)
            .GroupBy(static a => Path.ChangeExtension(a.SourcePath, null), StringComparer.OrdinalIgnoreCase)
            .Where(static g => g.Count() > 1)
            .SelectMany(static g => g.Select(static a => a.SourcePath))
            .ToHashSet(StringComparer.Ordinal);
        var published = new ConcurrentDictionary<string, SiteAsset>(StringComparer.Ordinal);
        var problems = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(measured.Values, SitePipeline.Workers(cancellationToken), asset =>
        {
            var full = Path.Combine(site.Root, asset.SourcePath);
            try
            {
                if (Publish(asset, full, kinds[asset.SourcePath], sharedNames.Contains(asset.SourcePath), problems) is { } publish) published[asset.SourcePath] = publish;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or unreadable since the content was listed: published as it is, as before images were resized (copying it says what is wrong).
                published[asset.SourcePath] = asset;
            }
        });
        diagnostics.AddRange(problems.OrderBy(static d => d.Path, StringComparer.Ordinal).ThenBy(static d => d.Message, StringComparer.Ordinal));
        return published.ToDictionary(StringComparer.Ordinal);
    }

    /// <summary>How one asset is published (null: not at all, with a warning in <paramref name="problems"/>).</summary>
    private SiteAsset? Publish(SiteAsset asset, string full, ImageFileKind kind, bool sharedName, ConcurrentBag<Diagnostic> problems)
    {
            Diagnostic Warn(string message) => Diagnostic.Warning(Stage.Assemble, asset.SourcePath, 0, 0, message);
            switch (kind)
            {
                case ImageFileKind.Raster:
                    var hash = Hash(full);
                    var facts = cache.Facts(hash, () => ContentReader.ReadBytes(full), _config);
                    if (facts.Problem is { } problem)
                    {
                        problems.Add(Warn(problem + "; it is not published, and a figure of it shows its caption only"));
                        return null;
                    }

                    var variants = ImagePlan.Variants(facts, _config, ImagePlan.EncodingOf(asset.SourcePath));
                    _plans[asset.SourcePath] = (hash, facts, variants);
                    return WithPicture(asset, hash, facts, variants, sharedName);
                case ImageFileKind.Svg when SvgSafety.Problem(ContentReader.ReadBytes(full)) is { } unsafeSvg:
                    problems.Add(Warn($"the drawing is not published: {unsafeSvg} (a drawing opened at its own address runs with the site's rights)"));
                    return null;
                case ImageFileKind.Unsupported:
                    problems.Add(Warn($"{Path.GetExtension(full).TrimStart('.').ToUpperInvariant()} images are published as they are, not resized and with their metadata; convert it to JPEG, PNG or WebP to have it resized"));
                    return asset;
                default:
                    return asset;
            }
    }

    /// <summary>The derived files of a resized image (output path and the cached file to copy), encoding what the cache lacks.</summary>
    public UnitResult Make(SiteAsset asset, UrlBuilder urls)
    {
        var (hash, facts, variants) = _plans[asset.SourcePath];
        var full = Path.Combine(site.Root, asset.SourcePath);
        try
        {
            var cached = cache.Derive(hash, facts, variants, () => ContentReader.ReadBytes(full), _config);
            var picture = asset.Picture!;
            var files = new List<UnitFile>(cached.Count);
            // In the plan's order: the sizes, the card, the crops.
            List<AssetVariant> all = [.. picture.Variants, .. picture.Card is { } card ? [card] : Array.Empty<AssetVariant>(), .. picture.Crops];
            for (var i = 0; i < cached.Count; i++) files.Add(new UnitFile(urls.OutputPath(all[i].Url), null, null, cached[i]));
            return new UnitResult(files, [], []);
        }
        catch (NetVips.VipsException e)
        {
            return new UnitResult([], [Diagnostic.Warning(Stage.Write, asset.SourcePath, 0, 0, $"the image could not be encoded ({e.Message.ReplaceLineEndings(" ").Trim()}); its pictures are missing from the site")], []);
        }
    }

    /// <summary>
    /// The asset published as its derived files: the widest fallback is its URL and size. When the fallback
    /// is the source's own format (a JPEG's JPEG, a PNG's PNG), that file takes the source's URL, so links
    /// to <c>photo.jpg</c> and feeds keep working, and get the resized file without its metadata.
    /// </summary>
    private SiteAsset WithPicture(SiteAsset asset, UInt128 hash, ImageFacts facts, IReadOnlyList<ImageVariant> variants, bool sharedName)
    {
        var fallback = ImagePlan.Fallback(facts, ImagePlan.EncodingOf(asset.SourcePath));
        var widestFallback = variants.Where(v => !v.Crop && v.Encoding == fallback).MaxBy(static v => v.Width);
        var sameFormat = ImagePlan.EncodingOf(asset.SourcePath) == fallback;
        AssetVariant Published(ImageVariant v) =>
            new(sameFormat && v == widestFallback ? asset.Url : UrlBuilder.DerivedImage(asset.Url, v.Suffix, sharedName), v.Width, v.Height, v.MediaType);
        var sized = variants.Where(static v => !v.Crop).Select(Published).ToList();
        var card = variants.FirstOrDefault(static v => v.IsCard) is { } crop ? Published(crop) : null;
        var crops = variants.Where(static v => v.Crop && !v.IsCard).Select(Published).ToList();
        var fallbackType = widestFallback!.MediaType;
        var widest = sized.Where(v => v.MediaType == fallbackType).MaxBy(static v => v.Width)!;
        var key = hash.ToString("x32", CultureInfo.InvariantCulture) + "-" + ImagePlan.SettingsKey(_config);
        return asset with
        {
            Url = widest.Url,
            Width = widest.Width,
            Height = widest.Height,
            Picture = new AssetPicture(sized, fallbackType, facts.Colour, card, key) { Crops = crops },
        };
    }

    /// <summary>The content hash of an image file; a serving process reuses it while the file's size and time are the same.</summary>
    private UInt128 Hash(string full)
    {
        var stamp = ContentReader.Stamp(full);
        if (stamp is { } s && hashes.ImageHashes.TryGetValue(full, out var known) && known.Length == s.Length && known.Modified == s.Modified) return known.Hash;
        var hash = ContentReader.HashFile(full);
        if (stamp is { } now) hashes.ImageHashes[full] = (now.Length, now.Modified, hash);
        return hash;
    }
}
