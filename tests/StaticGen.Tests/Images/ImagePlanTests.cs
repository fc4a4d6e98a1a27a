using StaticGen.Configuration;
using StaticGen.Images;

namespace StaticGen.Tests.Images;

public sealed class ImagePlanTests
{
    private static readonly ImagesConfig s_defaults = new();

    [Fact]
    public void A_camera_sized_image_gets_every_width_in_avif_webp_and_jpeg_and_a_social_card()
    {
        var variants = ImagePlan.Variants(new ImageFacts(4000, 3000, false, "#808080"), s_defaults);
        Assert.Equal(["480w.avif", "800w.avif", "1200w.avif", "1600w.avif", "480w.webp", "800w.webp", "1200w.webp", "1600w.webp",
            "480w.jpg", "800w.jpg", "1200w.jpg", "1600w.jpg", "card.jpg", "16x9.jpg", "4x3.jpg", "1x1.jpg"], variants.Select(static v => v.Suffix));
        Assert.Equal(1200, variants.Single(static v => v.Suffix == "1600w.jpg").Height);
        var card = variants[^4];
        Assert.Equal((1200, 630, true), (card.Width, card.Height, card.Crop));
        // The crops structured data asks for, 1200 wide (the square as tall as the image allows).
        Assert.Equal([(1200, 675), (1200, 900), (1200, 1200)], variants.TakeLast(3).Select(static v => (v.Width, v.Height)));
    }

    [Fact]
    public void No_width_is_wider_than_the_image_and_the_image_s_own_width_takes_the_place_of_the_wider_ones()
    {
        var variants = ImagePlan.Variants(new ImageFacts(1000, 500, false, "#808080"), s_defaults with { Avif = false, Webp = false, SocialCard = false });
        Assert.Equal([480, 800, 1000], variants.Select(static v => v.Width));
        Assert.Equal([240, 400, 500], variants.Select(static v => v.Height));
    }

    [Fact]
    public void An_image_narrower_than_every_width_is_published_at_its_own_size_only()
    {
        var variants = ImagePlan.Variants(new ImageFacts(300, 200, false, "#808080"), s_defaults with { SocialCard = false });
        Assert.All(variants, static v => Assert.Equal((300, 200), (v.Width, v.Height)));
        Assert.Equal(3, variants.Count);
    }

    [Fact]
    public void A_small_image_s_social_card_is_cut_at_the_card_s_shape_without_upscaling()
    {
        var card = ImagePlan.Card(new ImageFacts(800, 800, false, "#808080"))!;
        Assert.Equal((800, 420), (card.Width, card.Height));
        var panorama = ImagePlan.Card(new ImageFacts(3000, 400, false, "#808080"))!;
        Assert.Equal((761, 399), (panorama.Width, panorama.Height));
    }

    [Fact]
    public void Transparency_falls_back_to_png_and_the_formats_follow_the_settings()
    {
        var variants = ImagePlan.Variants(new ImageFacts(600, 400, true, "#808080"), s_defaults with { Avif = false, SocialCard = false });
        Assert.Equal([ImageEncoding.Webp, ImageEncoding.Webp, ImageEncoding.Png, ImageEncoding.Png], variants.Select(static v => v.Encoding));
        Assert.Equal("image/png", variants[^1].MediaType);
        // A PNG source keeps a PNG fallback (sharp edges); an opaque JPEG's is JPEG.
        Assert.Equal(ImageEncoding.Png, ImagePlan.Fallback(new ImageFacts(600, 400, false, "#808080"), ImagePlan.EncodingOf("chart.png")));
        Assert.Equal(ImageEncoding.Jpeg, ImagePlan.Fallback(new ImageFacts(600, 400, false, "#808080"), ImagePlan.EncodingOf("photo.jpeg")));
    }

    [Fact]
    public void An_image_over_the_pixel_limit_is_refused_before_decoding()
    {
        Assert.NotNull(ImagePlan.TooLarge(30_000, 30_000, s_defaults));
        Assert.Null(ImagePlan.TooLarge(8_000, 6_000, s_defaults));
    }

    [Theory]
    [InlineData("content/a/photo.JPG", ImageFileKind.Raster)]
    [InlineData("content/logo.svg", ImageFileKind.Svg)]
    [InlineData("content/anim.gif", ImageFileKind.Unsupported)]
    [InlineData("content/report.pdf", ImageFileKind.Other)]
    public void Files_are_told_apart_by_extension(string path, ImageFileKind kind) => Assert.Equal(kind, ImagePlan.KindOf(path));

    [Fact]
    public void Facts_read_back_what_they_wrote()
    {
        var facts = new ImageFacts(1600, 1200, true, "#a0b1c2");
        Assert.Equal(facts, ImageFacts.Parse(facts.Format()));
        Assert.Equal("it cannot be read", ImageFacts.Parse(ImageFacts.Broken("it cannot be read").Format())!.Problem);
        Assert.Null(ImageFacts.Parse("1600 x"));
    }
}
