using System.Text;
using System.Text.Json;
using StaticGen.Rendering;
using StaticGen.Site;

namespace StaticGen.Output;

/// <summary>The small files every published site has: robots.txt, .nojekyll, CNAME, the search index.</summary>
public static class SiteFiles
{
    public static OutputFile Robots(SiteModel site) =>
        new("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(site.Urls.Sitemap())}\n");

    /// <summary>Tells GitHub Pages to publish the folder as it is (no Jekyll run, folders starting with _ kept).</summary>
    public static OutputFile NoJekyll() => new(".nojekyll", "");

    public static OutputFile? Cname(SiteModel site) =>
        site.Config.Cname is { Length: > 0 } domain ? new OutputFile("CNAME", domain.Trim() + "\n") : null;

    /// <summary>
    /// The search index: for every article its title, summary, URL, date, tags and countries, as
    /// JSON (all text escaped by the JSON writer, including &lt; and &gt;).
    /// </summary>
    public static OutputFile SearchIndex(SiteModel site)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var item in site.Articles)
            {
                var a = item.Article;
                json.WriteStartObject();
                json.WriteString("t", a.Title);
                json.WriteString("u", item.Url);
                json.WriteString("d", a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("s", a.Summary);
                json.WriteStartArray("g");
                foreach (var t in a.Tags) json.WriteStringValue(t.Name);
                json.WriteEndArray();
                json.WriteStartArray("c");
                foreach (var c in a.Countries) json.WriteStringValue(c.Name);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return new OutputFile(site.Urls.OutputPath(site.Urls.SearchIndex()), Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
