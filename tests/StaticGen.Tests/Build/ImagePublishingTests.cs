using System.Text;
using System.Text.Json;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// How pictures are published beyond their sizes: the three crops search engines ask for, credits kept only
/// when the site says so (never the place or the camera), and pictures of the same name in different folders.
/// </summary>
public sealed class ImagePublishingTests : IDisposable
{
    private const string Artist = "Nell Ambrose";
    private const string Copyright = "Copyright 2025 Saltmarsh Picture Desk";

    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Estuary Weekly
        baseUrl: https://estuary.example.com/
        images:
          widths: [300, 600]
        -- content/coast/seawall.md --
        ---
        title: Seawall repairs finish before the spring tides
        date: 2025-03-03
        images:
          - src: photo.jpg
            caption: The new concrete face of the seawall
        ---
        Crews poured the last section on Friday.

        ![The new concrete face of the seawall](photo.jpg)
        -- content/inland/mill.md --
        ---
        title: The water mill turns again after forty years
        date: 2025-03-02
        images:
          - src: photo.jpg
            caption: The wheel on its first morning
        ---
        Volunteers restored the wheel over three winters.

        ![The wheel on its first morning](photo.jpg)
        """);

    public ImagePublishingTests()
    {
        _site.WriteBytes("content/coast/photo.jpg", TestImages.JpegWithExif(1600, 1000, 1, Artist, Copyright));
        _site.WriteBytes("content/inland/photo.jpg", TestImages.Flat(900, 700, 200, 40, 40));
    }

    public void Dispose() => _site.Dispose();

    private static IEnumerable<string> LdImages(AngleSharp.Dom.IDocument page)
    {
        using var json = JsonDocument.Parse(page.Scripts.First(s => s.Type == "application/ld+json").Text);
        return [.. json.RootElement.GetProperty("image").EnumerateArray().Select(static i => i.GetString()!)];
    }

    [Fact]
    public void Json_ld_offers_the_picture_cut_to_16_by_9_4_by_3_and_1_by_1_while_og_image_stays_the_card()
    {
        _site.BuildOk();
        var page = _site.Html("articles/seawall-repairs-finish-before-the-spring-tides/index.html");
        Assert.Equal("https://estuary.example.com/images/coast/photo.card.jpg", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        var images = LdImages(page).ToList();
        Assert.Equal(
            ["https://estuary.example.com/images/coast/photo.16x9.jpg", "https://estuary.example.com/images/coast/photo.4x3.jpg", "https://estuary.example.com/images/coast/photo.1x1.jpg"],
            images);
        // 1600×1000 holds 1200-wide cuts of 16:9 and 4:3, and a 1000-pixel square: nothing is upscaled.
        Assert.Equal(1200, TestImages.Describe(File.ReadAllBytes(Path.Combine(_site.Output, "images/coast/photo.16x9.jpg"))).Width);
        Assert.Equal(675, TestImages.Describe(File.ReadAllBytes(Path.Combine(_site.Output, "images/coast/photo.16x9.jpg"))).Height);
        Assert.Equal((1200, 900), Size("images/coast/photo.4x3.jpg"));
        Assert.Equal((1000, 1000), Size("images/coast/photo.1x1.jpg"));
        Assert.Equal((1200, 630), Size("images/coast/photo.card.jpg"));
    }

    private (int Width, int Height) Size(string path)
    {
        var (_, width, height) = TestImages.Describe(File.ReadAllBytes(Path.Combine(_site.Output, path)));
        return (width, height);
    }

    private List<byte[]> Published(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(_site.Output, "images", folder)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    [Fact]
    public void By_default_no_published_picture_keeps_any_metadata_not_even_the_credit()
    {
        _site.BuildOk();
        foreach (var bytes in Published("coast"))
        {
            var text = Encoding.Latin1.GetString(bytes);
            Assert.DoesNotContain(Copyright, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Artist, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestImages.CameraSerial, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestImages.Fields(bytes), static f => f.StartsWith("exif-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void With_keep_credit_every_picture_keeps_the_copyright_and_the_photographer_but_never_the_place_or_the_camera()
    {
        _site.Write("site.config.yml", "title: Estuary Weekly\nbaseUrl: https://estuary.example.com/\nimages:\n  widths: [300, 600]\n  keepCredit: true\n");
        _site.BuildOk();
        var files = Published("coast");
        Assert.True(files.Count >= 10, $"{files.Count} files");
        foreach (var bytes in files)
        {
            var fields = TestImages.Fields(bytes);
            var text = Encoding.Latin1.GetString(bytes);
            Assert.Contains(Copyright, text, StringComparison.Ordinal);
            Assert.Contains(Artist, text, StringComparison.Ordinal);
            Assert.DoesNotContain(fields, static f => f.Contains("GPS", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(TestImages.CameraModel, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TestImages.CameraSerial, text, StringComparison.Ordinal);
            Assert.DoesNotContain(fields, static f => f is "xmp-data" or "iptc-data");
        }

        // A picture without a credit gets no metadata at all.
        Assert.All(Published("inland"), static bytes => Assert.DoesNotContain(TestImages.Fields(bytes), static f => f.StartsWith("exif-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pictures_of_the_same_name_in_two_folders_keep_apart_in_the_output_and_the_cache()
    {
        var first = _site.BuildOk();
        var seawall = _site.Html("articles/seawall-repairs-finish-before-the-spring-tides/index.html").QuerySelector("figure img")!;
        var mill = _site.Html("articles/the-water-mill-turns-again-after-forty-years/index.html").QuerySelector("figure img")!;
        Assert.Equal("/images/coast/photo.jpg", seawall.GetAttribute("src"));
        Assert.Equal("/images/inland/photo.jpg", mill.GetAttribute("src"));
        Assert.NotEqual(seawall.GetAttribute("style"), mill.GetAttribute("style"));
        Assert.Equal((600, 375), Size("images/coast/photo.jpg"));
        Assert.Equal((600, 467), Size("images/inland/photo.jpg"));

        // Built again from the cache, and with one of them changed, each folder keeps its own picture.
        _site.BuildOk(new StaticGen.Build.BuildOptions { SiteRoot = _site.Root, Full = true });
        Assert.Equal((600, 375), Size("images/coast/photo.jpg"));
        Assert.Equal((600, 467), Size("images/inland/photo.jpg"));
        _site.WriteBytes("content/inland/photo.jpg", TestImages.Flat(800, 800, 30, 90, 200));
        _site.BuildOk();
        Assert.Equal((600, 375), Size("images/coast/photo.jpg"));
        Assert.Equal((600, 600), Size("images/inland/photo.jpg"));
        Assert.True(first.ImagesEncoded > 0);

        // Two pictures of one name in one folder (photo.jpg and photo.png) cannot share derived files either.
        _site.WriteBytes("content/coast/photo.png", TestImages.Png(500, 500));
        _site.Write("content/coast/chart.md", "---\ntitle: Tide heights this month\ndate: 2025-03-01\nimages:\n  - src: photo.png\n---\nThe chart shows the heights.\n\n![Tide heights](photo.png)\n");
        var report = _site.Build();
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Equal((600, 375), Size("images/coast/photo.jpg"));
        var chart = _site.Html("articles/tide-heights-this-month/index.html").QuerySelector("figure img")!;
        Assert.Equal((500, 500), Size(chart.GetAttribute("src")!.TrimStart('/')));
        var chartPage = _site.Html("articles/tide-heights-this-month/index.html");
        Assert.True(chartPage.QuerySelector("figure source[type='image/webp']") is not null, chartPage.QuerySelector("figure")?.OuterHtml ?? chartPage.Body!.InnerHtml);
        var webps = chartPage.QuerySelector("figure source[type='image/webp']")!.GetAttribute("srcset")!;
        var seawallWebps = _site.Html("articles/seawall-repairs-finish-before-the-spring-tides/index.html").QuerySelector("figure source[type='image/webp']")!.GetAttribute("srcset")!;
        Assert.Empty(webps.Split(", ").Select(static c => c.Split(' ')[0]).Intersect(seawallWebps.Split(", ").Select(static c => c.Split(' ')[0])));
    }
}
