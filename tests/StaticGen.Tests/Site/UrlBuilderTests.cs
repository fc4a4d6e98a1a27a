using StaticGen.Site;

namespace StaticGen.Tests.Site;

public sealed class UrlBuilderTests
{
    private readonly UrlBuilder _root = new(new Uri("https://news.example.org/"));
    private readonly UrlBuilder _project = new(new Uri("https://user.github.io/repo/"));

    [Fact]
    public void Urls_start_with_the_base_path()
    {
        Assert.Equal("/", _root.Home());
        Assert.Equal("/repo/", _project.Home());
        Assert.Equal("/repo/page/3/", _project.Home(3));
        Assert.Equal("/repo/articles/some-story/", _project.Article("some-story"));
        Assert.Equal("/repo/tags/", _project.Terms(TaxonomyKind.Tags));
        Assert.Equal("/repo/countries/france/page/2/", _project.Term(TaxonomyKind.Countries, "france", 2));
        Assert.Equal("/repo/tags/nato/feed.xml", _project.TermFeed(TaxonomyKind.Tags, "nato"));
        Assert.Equal("/repo/assets/css/site.css", _project.Asset("css/site.css"));
        Assert.Equal("/repo/images/sub/a%20b.jpg", _project.Image("sub/a b.jpg"));
    }

    [Fact]
    public void Absolute_urls_use_scheme_host_and_base_path()
    {
        Assert.Equal("https://user.github.io/repo/articles/x/", _project.Absolute(_project.Article("x")));
        Assert.Equal(new Uri("https://user.github.io/repo/"), _project.BaseUrl);
    }

    [Fact]
    public void Base_url_without_trailing_slash_still_is_a_folder()
    {
        var urls = new UrlBuilder(new Uri("https://user.github.io/repo"));
        Assert.Equal("/repo/", urls.BasePath);
        Assert.Equal("/repo/search/", urls.Search());
    }

    [Theory]
    [InlineData("/repo/", "index.html")]
    [InlineData("/repo/articles/x/", "articles/x/index.html")]
    [InlineData("/repo/feed.xml", "feed.xml")]
    [InlineData("/repo/images/a%20b.jpg", "images/a b.jpg")]
    public void Output_path_maps_a_url_to_its_file(string url, string path) => Assert.Equal(path, _project.OutputPath(url));

    [Fact]
    public void Output_path_refuses_urls_outside_the_base_path() =>
        Assert.Throws<ArgumentException>(() => _project.OutputPath("/elsewhere/"));

    [Fact]
    public void Slug_segments_are_percent_encoded() =>
        Assert.Equal("/articles/%D0%BC%D0%B8%D1%80/", _root.Article("мир"));
}
