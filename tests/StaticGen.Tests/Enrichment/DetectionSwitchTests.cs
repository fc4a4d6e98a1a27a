using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// Detection can be switched off: per site (<c>countries.detect</c>, <c>tags.detect</c>), per article
/// (<c>detect: false</c>), and it is off unless asked for on posts written for another generator.
/// </summary>
public sealed class DetectionSwitchTests
{
    private const string NewsBody = """
        The Nordic Council met in Oslo on Monday. Ingrid Halvorsen, the council's chair, said Norway
        and Denmark would share the cost of the new ferry terminal. Ingrid Halvorsen later told
        reporters that the Nordic Council would meet again in June.
        """;

    private static Article Enrich(string frontMatter, SiteConfig? config = null)
    {
        var parsed = MarkdownArticleParser.Parse("content/ferry.md", $"---\ntitle: Ferry terminal agreed\ndate: 2026-03-02\n{frontMatter}---\n{NewsBody}\n");
        Assert.DoesNotContain(parsed.Diagnostics, static d => d.IsError);
        var enricher = new Enricher(config ?? new SiteConfig(), Gazetteer.LoadDefault());
        return enricher.Enrich(parsed.Article!, DateTimeOffset.UnixEpoch).Article;
    }

    [Fact]
    public void A_staticgen_article_gets_countries_and_tags_detected_by_default()
    {
        var article = Enrich("");
        Assert.Contains(article.Countries, static c => c.Code == "NO");
        Assert.Contains(article.Tags, static t => t.Name == "Ingrid Halvorsen");
    }

    [Fact]
    public void An_article_stating_its_countries_and_tags_builds_no_detector()
    {
        // A build that adds one Markdown article with its countries and tags to a site whose other articles come from the
        // article cache needs no detector: none is built until an article asks for detection.
        var enricher = new Enricher(new SiteConfig(), Gazetteer.LoadDefault());
        var stated = MarkdownArticleParser.Parse("content/ferry.md", $"---\ntitle: Ferry terminal agreed\ndate: 2026-03-02\ntags: [Ferries]\ncountries: [Norway]\n---\n{NewsBody}\n");
        var article = enricher.Enrich(stated.Article!, DateTimeOffset.UnixEpoch).Article;
        Assert.Equal(["NO"], article.Countries.Select(static c => c.Code));
        Assert.False(enricher.DetectorsBuilt);

        var open = MarkdownArticleParser.Parse("content/ferry-2.md", $"---\ntitle: Ferry terminal opens\ndate: 2026-03-03\n---\n{NewsBody}\n");
        Assert.Contains(enricher.Enrich(open.Article!, DateTimeOffset.UnixEpoch).Article.Tags, static t => t.Name == "Ingrid Halvorsen");
        Assert.True(enricher.DetectorsBuilt);
    }

    [Fact]
    public void Detect_false_in_front_matter_detects_nothing_on_that_article()
    {
        var article = Enrich("detect: false\n");
        Assert.Empty(article.Countries);
        Assert.Empty(article.Tags);
    }

    [Fact]
    public void Authored_tags_and_countries_stay_when_detection_is_off()
    {
        var article = Enrich("detect: false\ntags: [Ferries]\ncountries: [DK]\n");
        Assert.Equal(["Ferries"], article.Tags.Select(static t => t.Name));
        Assert.Equal(["DK"], article.Countries.Select(static c => c.Code));
    }

    [Fact]
    public void The_site_switches_turn_off_each_detector_on_its_own()
    {
        var noCountries = new SiteConfig { Countries = new CountriesConfig { Detect = false } };
        var article = Enrich("", noCountries);
        Assert.Empty(article.Countries);
        Assert.Contains(article.Tags, static t => t.Name == "Ingrid Halvorsen");

        var noTags = new SiteConfig { Tags = new TagsConfig { Detect = false } };
        article = Enrich("", noTags);
        Assert.Contains(article.Countries, static c => c.Code == "NO");
        Assert.Empty(article.Tags);
    }

    [Fact]
    public void The_site_switch_wins_over_detect_true_on_an_article()
    {
        var article = Enrich("detect: true\n", new SiteConfig { Tags = new TagsConfig { Detect = false } });
        Assert.Empty(article.Tags);
        Assert.NotEmpty(article.Countries);
    }

    [Theory]
    [InlineData("layout: post\n")]
    [InlineData("permalink: /2026/03/ferry/\n")]
    [InlineData("categories: [news]\n")]
    [InlineData("lastmod: 2026-03-04\n")]
    public void A_post_written_for_jekyll_or_hugo_gets_nothing_detected_unless_it_asks(string foreignKey)
    {
        var article = Enrich(foreignKey);
        Assert.Empty(article.Countries);
        Assert.Empty(article.Tags);

        article = Enrich(foreignKey + "detect: true\n");
        Assert.Contains(article.Countries, static c => c.Code == "NO");
        Assert.Contains(article.Tags, static t => t.Name == "Ingrid Halvorsen");
    }

    [Fact]
    public void Detect_must_be_true_or_false()
    {
        var result = MarkdownArticleParser.Parse("content/ferry.md", "---\ntitle: T\ndetect: sometimes\n---\nx\n");
        Assert.Contains(result.Diagnostics, static d => d.Line == 3 && d.Message.Contains("detect", StringComparison.Ordinal));
    }
}
