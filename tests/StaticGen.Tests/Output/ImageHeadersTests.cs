using StaticGen.Output;
using StaticGen.Site;

namespace StaticGen.Tests.Output;

public sealed class ImageHeadersTests
{
    [Fact]
    public void Reads_png_gif_jpeg_and_webp_sizes()
    {
        Assert.Equal((640, 427), ImageHeaders.TryReadSize(Png(640, 427)));
        Assert.Equal((300, 200), ImageHeaders.TryReadSize(Gif(300, 200)));
        Assert.Equal((1200, 800), ImageHeaders.TryReadSize(Jpeg(1200, 800)));
        Assert.Equal((1024, 576), ImageHeaders.TryReadSize(WebPExtended(1024, 576)));
    }

    [Fact]
    public void Unknown_or_truncated_files_have_no_size()
    {
        Assert.Null(ImageHeaders.TryReadSize("not an image at all, just text"u8));
        Assert.Null(ImageHeaders.TryReadSize(Png(640, 427).AsSpan(0, 20)));
        Assert.Null(ImageHeaders.TryReadSize([0xFF, 0xD8, 0xFF, 0xE0]));
    }

    [Fact]
    public void Measure_gives_readable_images_their_size_and_leaves_the_rest_as_they_are()
    {
        var assets = new Dictionary<string, SiteAsset>
        {
            ["content/a.png"] = new("content/a.png", "/images/a.png"),
            ["content/notes.pdf"] = new("content/notes.pdf", "/images/notes.pdf"),
            ["content/gone.jpg"] = new("content/gone.jpg", "/images/gone.jpg"),
        };
        var files = new Dictionary<string, byte[]> { ["content/a.png"] = Png(640, 427), ["content/notes.pdf"] = "%PDF-1.7"u8.ToArray() };

        var measured = ImageHeaders.Measure(assets, path => files.GetValueOrDefault(path));

        Assert.Equal((640, 427), (measured["content/a.png"].Width, measured["content/a.png"].Height));
        Assert.Equal(assets["content/notes.pdf"], measured["content/notes.pdf"]);
        Assert.Equal(assets["content/gone.jpg"], measured["content/gone.jpg"]);
    }

    internal static byte[] Png(int width, int height)
    {
        byte[] data = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 0, 0, 0, 0, 0, 8, 2, 0, 0, 0];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(20), height);
        return data;
    }

    private static byte[] Gif(int width, int height) =>
        [.. "GIF89a"u8, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 0, 0];

    private static byte[] Jpeg(int width, int height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0,
        0xFF, 0xC2, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
    ];

    private static byte[] WebPExtended(int width, int height) =>
    [
        .. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. "VP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0,
        (byte)(width - 1), (byte)((width - 1) >> 8), (byte)((width - 1) >> 16),
        (byte)(height - 1), (byte)((height - 1) >> 8), (byte)((height - 1) >> 16),
    ];
}
