using StaticGen.Rendering;
using StaticGen.Site;

namespace StaticGen.Output;

/// <summary>The small files every published site has: robots.txt, .nojekyll, CNAME, and StaticGen's mark.</summary>
public static class SiteFiles
{
    /// <summary>Allows every crawler everywhere and names the sitemap, and the Google News sitemap when there is one.</summary>
    public static OutputFile Robots(SiteModel site)
    {
        var news = Sitemap.HasNews(site) ? $"Sitemap: {site.Urls.Absolute(site.Urls.NewsSitemap())}\n" : "";
        return new("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {site.Urls.Absolute(site.Urls.Sitemap())}\n{news}");
    }

    /// <summary>Tells GitHub Pages to publish the folder as it is (no Jekyll run, folders starting with _ kept).</summary>
    public static OutputFile NoJekyll() => new(".nojekyll", "");

    /// <summary>StaticGen's mark on its output (<see cref="SiteWriter.MarkerFile"/>): only a folder that holds it is replaced by a build.</summary>
    public static OutputFile Marker() => new(SiteWriter.MarkerFile, SiteWriter.MarkerText);

    public static OutputFile? Cname(SiteModel site) =>
        site.Config.Cname is { Length: > 0 } domain ? new OutputFile("CNAME", domain.Trim() + "\n") : null;
}
