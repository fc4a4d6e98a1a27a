using System.Text;
using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// A site with pictures, built for real: each content image is published as a responsive picture
/// (sizes × formats, no metadata, a placeholder colour, a social card), its source is not, bad files
/// are warnings that name them, and the cache beside the output spares a second build all encoding.
/// </summary>
public sealed class ResponsiveImageBuildTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Harbour Post
        baseUrl: https://example.org/news/
        images:
          widths: [200, 400, 800]
        -- content/world/harbour.md --
        ---
        title: The harbour reopens
        date: 2024-05-05
        images:
          - src: harbour.jpg
            caption: Boats back at the quay
            credit: Ada Berg
        ---
        The harbour reopened on Monday after the storm.

        ![Boats back at the quay](harbour.jpg "Ada Berg")

        The ferry runs again from Tuesday.
        """);

    public ResponsiveImageBuildTests() => _site.WriteBytes("content/world/harbour.jpg", TestImages.JpegWithExif(1000, 600, orientation: 1));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_figure_is_a_picture_with_avif_and_webp_sources_and_a_jpeg_fallback_of_each_width()
    {
        _site.BuildOk();

        var page = _site.Html("articles/the-harbour-reopens/index.html");
        var picture = page.QuerySelector("figure.figure picture")!;
        Assert.Equal(["image/avif", "image/webp"], picture.QuerySelectorAll("source").Select(static s => s.GetAttribute("type")!));
        var img = picture.QuerySelector("img")!;
        // The widest JPEG takes the source's URL, so links to harbour.jpg keep working.
        Assert.Equal("/news/images/world/harbour.jpg 800w", img.GetAttribute("srcset")!.Split(", ")[^1]);
        Assert.Equal(["200w", "400w", "800w"], img.GetAttribute("srcset")!.Split(", ").Select(static c => c.Split(' ')[1]));
        Assert.Equal("/news/images/world/harbour.jpg", img.GetAttribute("src"));
        Assert.Equal(("800", "480"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("(min-width: 46rem) 44rem, 100vw", img.GetAttribute("sizes"));
        Assert.Matches("^background-color:#[0-9a-f]{6}$", img.GetAttribute("style"));
        Assert.Equal("Boats back at the quay", img.GetAttribute("alt"));
        Assert.Equal("Ada Berg", page.QuerySelector("figure .figure__credit")!.TextContent);

        // Every URL the picture names is a file of the output; the source itself is not published
        // (its URL holds the resized, stripped 800-pixel copy).
        var urls = picture.QuerySelectorAll("source, img").SelectMany(static e => e.GetAttribute("srcset")!.Split(", ")).Select(static c => c.Split(' ')[0]).ToList();
        Assert.Equal(9, urls.Count);
        Assert.All(urls, u => Assert.True(_site.Exists(u["/news/".Length..]), u));
        Assert.Equal(800, TestImages.Describe(File.ReadAllBytes(Path.Combine(_site.Output, "images/world/harbour.jpg"))).Width);
    }

    [Fact]
    public void The_social_card_is_a_1200_by_630_crop_or_the_largest_the_image_holds_and_feeds_og_image()
    {
        _site.BuildOk();

        var page = _site.Html("articles/the-harbour-reopens/index.html");
        var og = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal("https://example.org/news/images/world/harbour.card.jpg", og);
        // 1000×600 holds a 1000×525 cut of the card's shape; nothing is upscaled.
        Assert.Equal(("1000", "525"), (page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"), page.QuerySelector("meta[property='og:image:height']")!.GetAttribute("content")));
        var (_, width, height) = TestImages.Describe(File.ReadAllBytes(Path.Combine(_site.Output, "images/world/harbour.card.jpg")));
        Assert.Equal((1000, 525), (width, height));
        // JSON-LD offers the crops Google asks for instead (ImagePublishingTests).
        Assert.Contains("harbour.16x9.jpg", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_published_image_carries_gps_or_the_camera_s_name()
    {
        _site.BuildOk();

        var images = Directory.EnumerateFiles(Path.Combine(_site.Output, "images"), "*", SearchOption.AllDirectories).ToList();
        // Three widths in three formats, the social card and the three structured-data crops.
        Assert.Equal(13, images.Count);
        foreach (var file in images)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.DoesNotContain(TestImages.Fields(bytes), static f => f.StartsWith("exif", StringComparison.Ordinal) || f.Contains("GPS", StringComparison.Ordinal));
            Assert.DoesNotContain(TestImages.CameraModel, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_second_build_takes_every_derived_file_from_the_cache_and_clean_removes_the_cache()
    {
        var first = _site.BuildOk();
        Assert.Equal(13, first.ImagesEncoded);
        Assert.True(first.ImageCacheBytes > 0);
        Assert.True(Directory.Exists(first.ImageCacheDirectory), first.ImageCacheDirectory);

        // A full build too (no output kept): the cache, not the previous output, spares the encoding.
        var second = _site.BuildOk(new BuildOptions { SiteRoot = _site.Root, Full = true });
        Assert.Equal(0, second.ImagesEncoded);
        Assert.True(_site.Exists("images/world/harbour.400w.avif"));

        // A changed picture is encoded again.
        _site.WriteBytes("content/world/harbour.jpg", TestImages.Jpeg(900, 600));
        Assert.Equal(13, _site.BuildOk().ImagesEncoded);

        var cleaned = SiteCleaner.Clean(SiteContext.Open(_site.Root), null, force: false);
        Assert.Contains(first.ImageCacheDirectory, cleaned.Leftovers.Select(p => Path.GetFullPath(Path.Combine(_site.Root, p))));
        Assert.False(Directory.Exists(first.ImageCacheDirectory));
    }

    [Fact]
    public void A_corrupt_image_is_a_warning_naming_it_and_its_figure_keeps_the_caption()
    {
        var jpeg = TestImages.Jpeg(600, 400);
        _site.WriteBytes("content/world/harbour.jpg", jpeg[..(jpeg.Length / 3)]);

        var report = _site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, static d => d.Path.EndsWith("harbour.jpg", StringComparison.Ordinal));
        Assert.Contains("cannot be read as an image", warning.Message, StringComparison.Ordinal);
        var figure = _site.Html("articles/the-harbour-reopens/index.html").QuerySelector("figure")!;
        Assert.Contains("figure--missing", figure.ClassName, StringComparison.Ordinal);
        Assert.Equal("Boats back at the quay", figure.QuerySelector(".figure__caption")!.TextContent);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "images")));
    }

    [Fact]
    public void An_unsafe_drawing_is_refused_a_safe_one_and_a_gif_are_published_as_they_are()
    {
        _site.Write("content/world/evil.svg", """<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="4" height="4"/></svg>""");
        _site.Write("content/world/map.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>""");
        _site.WriteBytes("content/world/wave.gif", "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"u8.ToArray());

        var report = _site.BuildOk();

        Assert.Contains(report.Diagnostics, static d => d.Path.EndsWith("evil.svg", StringComparison.Ordinal) && d.Message.Contains("onload", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, static d => d.Path.EndsWith("wave.gif", StringComparison.Ordinal) && d.Message.Contains("as they are", StringComparison.Ordinal));
        Assert.False(_site.Exists("images/world/evil.svg"));
        Assert.True(_site.Exists("images/world/map.svg"));
        Assert.True(_site.Exists("images/world/wave.gif"));
    }

    [Fact]
    public void Cards_render_the_picture_through_the_template_function()
    {
        _site.BuildOk();

        var img = _site.Html("index.html").QuerySelector("article.card picture img.card__image")!;
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Contains("200w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("(min-width: 64rem) 30rem, 100vw", img.GetAttribute("sizes"));
    }

    [Fact]
    public void With_images_disabled_the_file_is_copied_as_it_is()
    {
        _site.Write("site.config.yml", "title: Harbour Post\nimages:\n  enabled: false\n");

        var report = _site.BuildOk();

        Assert.True(_site.Exists("images/world/harbour.jpg"));
        Assert.Null(report.ImageCacheDirectory);
        Assert.Null(_site.Html("articles/the-harbour-reopens/index.html").QuerySelector("picture"));
    }
}
