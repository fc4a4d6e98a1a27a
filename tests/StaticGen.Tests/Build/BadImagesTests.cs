using System.Text.RegularExpressions;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// Four pictures a newsroom's folder really gets — cut off in the upload, empty, a header claiming a
/// 30000×30000 picture (a decompression bomb), and a text file named <c>.jpg</c> — beside a good one: each is a
/// warning naming its file, its figure keeps the caption, and the site (with the good picture) is built.
/// </summary>
public sealed class BadImagesTests : IDisposable
{
    private static readonly string[] s_bad = ["cut-off.jpg", "empty.jpg", "giant.jpg", "notes.jpg"];

    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- site.config.yml --
        title: Lakeside Echo
        baseUrl: https://example.org/
        images:
          widths: [200, 400]
        -- content/local/storm.md --
        ---
        title: Storm brings down trees along the lake road
        date: 2025-04-02
        ---
        Crews worked through the night to clear the road.

        ![Fallen trees block the lake road](cut-off.jpg)

        ![The boathouse roof lies in the reeds](empty.jpg)

        ![Volunteers sweep the promenade](giant.jpg)

        ![A crane lifts a trunk off a parked van](notes.jpg)

        ![The lake calm again the next morning](calm.jpg)

        The road reopened at noon.
        -- content/local/notes.jpg --
        Remember to ask the council about the tree survey before Friday.
        """);

    public BadImagesTests()
    {
        var jpeg = TestImages.Jpeg(640, 480);
        _site.WriteBytes("content/local/cut-off.jpg", jpeg[..(jpeg.Length / 2)]);
        _site.WriteBytes("content/local/empty.jpg", []);
        _site.WriteBytes("content/local/giant.jpg", JpegClaiming(30_000, 30_000, jpeg));
        _site.WriteBytes("content/local/calm.jpg", TestImages.Jpeg(500, 300));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_bad_picture_is_a_warning_naming_it_and_the_site_builds_with_the_good_one()
    {
        var report = _site.BuildOk();

        foreach (var name in s_bad)
        {
            var warning = Assert.Single(report.Diagnostics, d => d.Path.EndsWith(name, StringComparison.Ordinal));
            Assert.Equal(Severity.Warning, warning.Severity);
        }

        // One warning a picture, on the picture: the article that shows it is not warned about again.
        Assert.DoesNotContain(report.Diagnostics, static d => d.Path.EndsWith("storm.md", StringComparison.Ordinal));

        var giant = report.Diagnostics.Single(static d => d.Path.EndsWith("giant.jpg", StringComparison.Ordinal)).Message;
        Assert.Contains("30000×30000", giant, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(giant, "not published"));
        Assert.DoesNotContain(report.Diagnostics, static d => d.Severity == Severity.Error);

        var page = _site.Html("articles/storm-brings-down-trees-along-the-lake-road/index.html");
        var figures = page.QuerySelectorAll("figure").ToList();
        Assert.Equal(5, figures.Count);
        Assert.Equal(4, figures.Count(static f => f.ClassList.Contains("figure--missing")));
        Assert.Contains(figures, static f => f.TextContent.Contains("Volunteers sweep the promenade", StringComparison.Ordinal));

        // The good picture is published as a picture; no bad file reaches the output.
        Assert.NotNull(figures.Single(static f => !f.ClassList.Contains("figure--missing")).QuerySelector("picture img"));
        var published = _site.OutputFiles();
        Assert.Contains(published, static f => f.StartsWith("images/local/calm.", StringComparison.Ordinal));
        Assert.DoesNotContain(published, static f => s_bad.Any(b => f.EndsWith("/" + b, StringComparison.Ordinal) || f.Contains(Path.GetFileNameWithoutExtension(b) + ".", StringComparison.Ordinal)));
    }

    /// <summary>A small JPEG whose frame header (SOF0) says it is <paramref name="width"/>×<paramref name="height"/>.</summary>
    private static byte[] JpegClaiming(int width, int height, byte[] jpeg)
    {
        var bytes = (byte[])jpeg.Clone();
        for (var i = 2; i + 8 < bytes.Length; i++)
        {
            if (bytes[i] != 0xFF || bytes[i + 1] is not (0xC0 or 0xC2)) continue;
            bytes[i + 5] = (byte)(height >> 8);
            bytes[i + 6] = (byte)height;
            bytes[i + 7] = (byte)(width >> 8);
            bytes[i + 8] = (byte)width;
            return bytes;
        }

        throw new InvalidOperationException("no frame header");
    }
}
