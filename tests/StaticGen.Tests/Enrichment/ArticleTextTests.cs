using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class ArticleTextTests
{
    private static readonly Enricher s_enricher = new(new SiteConfig { BaseUrl = new Uri("https://news.example.org/") }, Gazetteer.LoadDefault());
    private static readonly DateTimeOffset s_date = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Detection_reads_the_articles_own_text_and_never_its_byline_or_photo_credits()
    {
        const string raw = """
            Harbour fees rise again in Bergen

            By Hallam Pryce

            Fisheries minister Ingrid Halvorsen raised the harbour fees on Monday, and the Nordic Fisheries Council objected.

            harbour.jpg
            Boats wait at the quay in Bergen as Ingrid Halvorsen visits.
            Photo: Ilse Marquardt/Kestrel Pictures

            Halvorsen said the fees would pay for repairs to the quay.
            """;
        var parsed = RawArticleParser.Parse("content/harbour.txt", raw, s_enricher.Cleanup.Classify).Article!;
        var result = s_enricher.Enrich(parsed, s_date);
        var segments = ArticleText.Segments(result.Article.Title, result.Article.Kicker, result.Article.Lede, result.Blocks);

        // The caption is the article's own text; the credit and the byline are not.
        Assert.Contains(segments, static s => s.Role == TextRole.Caption && s.Text.StartsWith("Boats wait", StringComparison.Ordinal));
        Assert.DoesNotContain(segments, static s => s.Text.Contains("Marquardt", StringComparison.Ordinal) || s.Text.Contains("Pryce", StringComparison.Ordinal));

        var tags = result.DetectedTags.Select(static t => t.Name).ToList();
        Assert.Contains("Ingrid Halvorsen", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Marquardt", StringComparison.Ordinal) || t.Contains("Kestrel", StringComparison.Ordinal) || t.Contains("Pryce", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Guest Essay", false)]
    [InlineData("Factbox", false)]
    [InlineData("Harbour strike", true)]
    public void A_kicker_naming_the_kind_of_story_is_no_text_for_detection_and_a_topical_one_is(string kicker, bool read)
    {
        var segments = ArticleText.Segments("Harbour fees rise again in Bergen", kicker, "The fees rose on Monday.", []);
        Assert.Equal(read, segments.Any(static s => s.Role == TextRole.Kicker));
    }
}
