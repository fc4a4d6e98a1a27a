using AngleSharp.Html.Parser;

namespace StaticGen.Tests.Support;

/// <summary>Finds internal links of a built site that do not resolve to a file.</summary>
public static class HtmlLinks
{
    /// <summary>Every (page, link) of the output whose target file is missing, for a site published under <paramref name="basePath"/>.</summary>
    public static IReadOnlyList<string> Broken(string output, string basePath = "/")
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(output, file).Replace('\\', '/');
            var document = parser.ParseDocument(File.ReadAllText(file));
            var links = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var link in links)
            {
                if (link.StartsWith('#') || link.StartsWith("http://", StringComparison.Ordinal) || link.StartsWith("https://", StringComparison.Ordinal)
                    || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!link.StartsWith(basePath, StringComparison.Ordinal))
                {
                    broken.Add($"{page}: {link} (outside the base path {basePath})");
                    continue;
                }

                var path = Uri.UnescapeDataString(link[basePath.Length..].Split('#')[0].Split('?')[0]);
                var target = Path.Combine(output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
                if (!File.Exists(target)) broken.Add($"{page}: {link}");
            }
        }

        return broken;
    }
}
