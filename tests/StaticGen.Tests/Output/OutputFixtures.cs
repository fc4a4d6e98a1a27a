using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Site;

namespace StaticGen.Tests.Output;

/// <summary>Site models assembled in memory from a few invented articles, for the pure output writers.</summary>
internal static class OutputFixtures
{
    public static Article Article(string slug, string date, string? title = null, string? summary = null, string[]? tags = null, (string Code, string Name)[]? countries = null, string? kicker = null, bool draft = false, bool undated = false) => new()
    {
        SourcePath = $"content/{slug}.md",
        Format = SourceFormat.Markdown,
        Slug = slug,
        Title = title ?? $"Story {slug}",
        Kicker = kicker,
        Date = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture),
        DateIsFallback = undated,
        Summary = summary ?? $"Summary of {slug}.",
        Body = "Body text.",
        Draft = draft,
        Tags = [.. (tags ?? []).Select(t => new TagRef(t, Slugify(t)))],
        Countries = [.. (countries ?? []).Select(c => new CountryRef(c.Code, c.Name, Slugify(c.Name)))],
    };

    public static SiteModel BuildSite(IReadOnlyList<Article> articles, string baseUrl = "https://news.example.org/sub/", string? buildDate = null, SiteConfig? config = null)
    {
        var c = (config ?? new SiteConfig { Title = "Fjord Gazette", Description = "News from the fjords." }) with { BaseUrl = new Uri(baseUrl) };
        var date = buildDate is null ? articles.Max(static a => a.Date) : DateTimeOffset.Parse(buildDate, CultureInfo.InvariantCulture);
        var result = SiteAssembler.Assemble(c, articles, [], new PublishOptions(date));
        return result.Site;
    }

    private static string Slugify(string text) => text.ToLowerInvariant().Replace(' ', '-');
}
