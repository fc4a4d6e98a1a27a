using System.Text;
using StaticGen.Configuration;
using StaticGen.Images;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Images;

/// <summary>libvips at work on small pictures made in the test.</summary>
public sealed class ImageCodecTests
{
    private static readonly ImagesConfig s_config = new() { Widths = [64, 128, 256] };

    public ImageCodecTests() => Assert.Null(ImageCodec.Unavailable);

    [Fact]
    public void Every_variant_decodes_as_its_format_at_its_size()
    {
        var source = TestImages.Jpeg(300, 200);
        var facts = ImageCodec.Analyse(source, s_config);
        Assert.Equal((300, 200, false, null), (facts.Width, facts.Height, facts.HasAlpha, facts.Problem));
        var variants = ImagePlan.Variants(facts, s_config);
        var files = ImageCodec.Encode(source, facts, variants, s_config);
        for (var i = 0; i < variants.Count; i++)
        {
            var (loader, width, height) = TestImages.Describe(files[i]);
            var expected = variants[i].Encoding switch { ImageEncoding.Avif => "heifload", ImageEncoding.Webp => "webpload", ImageEncoding.Png => "pngload", _ => "jpegload" };
            Assert.StartsWith(expected, loader, StringComparison.Ordinal);
            Assert.Equal((variants[i].Width, variants[i].Height), (width, height));
        }

        // 64, 128, 256 and the card; none wider than the source.
        Assert.Equal([64, 128, 256], variants.Where(static v => v.Encoding == ImageEncoding.Jpeg && !v.Crop).Select(static v => v.Width));
    }

    [Fact]
    public void Camera_metadata_and_gps_are_stripped_and_the_orientation_is_applied_to_the_pixels()
    {
        var source = TestImages.JpegWithExif(320, 200, orientation: 6);
        // The fixture really carries what must not be published.
        Assert.Contains(TestImages.Fields(source), static f => f.Contains("GPSLatitude", StringComparison.Ordinal));
        Assert.Contains(TestImages.CameraModel, Encoding.Latin1.GetString(source), StringComparison.Ordinal);

        var facts = ImageCodec.Analyse(source, s_config);
        Assert.Equal((200, 320), (facts.Width, facts.Height));
        var variants = ImagePlan.Variants(facts, s_config);
        var files = ImageCodec.Encode(source, facts, variants, s_config);
        foreach (var file in files)
        {
            Assert.DoesNotContain(TestImages.Fields(file), static f => f.StartsWith("exif", StringComparison.Ordinal) || f.Contains("GPS", StringComparison.Ordinal) || f == "orientation" || f.StartsWith("xmp", StringComparison.Ordinal));
            Assert.DoesNotContain(TestImages.CameraModel, Encoding.Latin1.GetString(file), StringComparison.Ordinal);
        }

        // Upright: taller than wide, as the camera meant.
        var fallback = files[variants.ToList().FindLastIndex(static v => v.Encoding == ImageEncoding.Jpeg && !v.Crop)];
        var (_, width, height) = TestImages.Describe(fallback);
        Assert.True(height > width, $"{width}×{height}");
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header()
    {
        var facts = ImageCodec.Analyse(TestImages.PngClaiming(30_000, 30_000), new ImagesConfig());
        Assert.Contains("30000×30000", facts.Problem, StringComparison.Ordinal);
        Assert.Contains("images.maxMegapixels", facts.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_and_a_text_file_named_jpg_are_problems_not_pictures()
    {
        var jpeg = TestImages.Jpeg(200, 150);
        Assert.StartsWith("it cannot be read as an image", ImageCodec.Analyse(jpeg[..(jpeg.Length / 2)], s_config).Problem, StringComparison.Ordinal);
        Assert.StartsWith("it cannot be read as an image", ImageCodec.Analyse("not a picture at all"u8.ToArray(), s_config).Problem, StringComparison.Ordinal);
        Assert.NotNull(ImageCodec.Analyse([], s_config).Problem);
    }

    [Fact]
    public void The_placeholder_is_the_image_s_dominant_colour()
    {
        var facts = ImageCodec.Analyse(TestImages.Flat(64, 48, 200, 30, 40), s_config);
        var r = Convert.ToInt32(facts.Colour[1..3], 16);
        var g = Convert.ToInt32(facts.Colour[3..5], 16);
        var b = Convert.ToInt32(facts.Colour[5..7], 16);
        Assert.InRange(r, 190, 210);
        Assert.InRange(g, 20, 40);
        Assert.InRange(b, 30, 50);
    }

    [Fact]
    public void Transparency_is_kept_in_a_png_fallback()
    {
        var source = TestImages.Png(100, 80, alpha: true);
        var facts = ImageCodec.Analyse(source, s_config);
        Assert.True(facts.HasAlpha);
        var variants = ImagePlan.Variants(facts, s_config with { SocialCard = false });
        var files = ImageCodec.Encode(source, facts, variants, s_config);
        Assert.StartsWith("pngload", TestImages.Describe(files[^1]).Loader, StringComparison.Ordinal);
        Assert.Contains(TestImages.Fields(files[^1]), static f => f == "bands");
    }
}
