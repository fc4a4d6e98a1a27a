using StaticGen.Content.Migration;

namespace StaticGen.Tests.Content.Migration;

/// <summary>The addresses posts had on Jekyll and Hugo, which become aliases.</summary>
public sealed class OldUrlsTests
{
    private static readonly DateTimeOffset s_date = new(2017, 2, 5, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, "/release/2017/02/05/new-pier.html")]
    [InlineData("pretty", "/release/2017/02/05/new-pier/")]
    [InlineData("none", "/release/new-pier.html")]
    [InlineData("ordinal", "/release/2017/036/new-pier.html")]
    [InlineData("/blog/:year/:i_month/:title/", "/blog/2017/2/new-pier/")]
    public void Jekyll_post_styles_and_patterns(string? style, string expected)
    {
        Assert.Equal(expected, OldUrls.JekyllPost(OldUrls.JekyllPostPattern(style), s_date, "new-pier", ["Release"]));
    }

    [Fact]
    public void A_post_without_categories_has_no_empty_segment()
    {
        Assert.Equal("/2017/02/05/new-pier.html", OldUrls.JekyllPost(OldUrls.JekyllPostPattern(null), s_date, "new-pier", []));
    }

    [Theory]
    [InlineData("about.md", null, "/about.html")]
    [InlineData("about.md", "pretty", "/about/")]
    [InlineData("docs/index.md", null, "/docs/")]
    public void Jekyll_pages(string path, string? style, string expected) => Assert.Equal(expected, OldUrls.JekyllPage(path, style));

    [Theory]
    [InlineData("posts/Night-Ferry.md", null, "/posts/night-ferry/")]
    [InlineData("posts/deck-tour/index.md", null, "/posts/deck-tour/")]
    [InlineData("posts/deck-tour/index.md", "upper-deck", "/posts/upper-deck/")]
    [InlineData("about.md", null, "/about/")]
    public void Hugo_pages(string path, string? slug, string expected) => Assert.Equal(expected, OldUrls.HugoPage(path, slug));

    [Theory]
    [InlineData("https://old.example.com/2019/05/a-post/?amp=1#top", "/2019/05/a-post/")]
    [InlineData("guides/tides 2022/", "/guides/tides%202022/")]
    [InlineData("ftp://x/y", null)]
    public void Site_paths(string url, string? expected) => Assert.Equal(expected, OldUrls.SitePath(url));
}
