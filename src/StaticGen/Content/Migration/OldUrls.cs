using System.Globalization;
using System.Text;

namespace StaticGen.Content.Migration;

/// <summary>
/// The addresses a post had on the generator it comes from, so that its old URL can answer through an alias:
/// Jekyll's permalink styles and placeholders, Hugo's default <c>/section/slug/</c>. Pure.
/// </summary>
public static class OldUrls
{
    /// <summary>Jekyll's built-in styles for posts (<c>permalink:</c> in <c>_config.yml</c>; <c>date</c> is the default).</summary>
    public static string JekyllPostPattern(string? style) => (style ?? "date") switch
    {
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        var pattern => pattern,
    };

    /// <summary>
    /// A Jekyll post's URL: <paramref name="pattern"/> (a style's or the post's own <c>permalink</c>) with its
    /// placeholders filled; <paramref name="title"/> is the file name's slug without the date (or front matter
    /// <c>slug</c>), categories are lower-cased as Jekyll writes them.
    /// </summary>
    public static string JekyllPost(string pattern, DateTimeOffset date, string title, IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(categories);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["year"] = Number(date.Year, 4),
            ["short_year"] = Number(date.Year % 100, 2),
            ["month"] = Number(date.Month, 2),
            ["i_month"] = Number(date.Month, 1),
            ["short_month"] = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(date.Month),
            ["long_month"] = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month),
            ["day"] = Number(date.Day, 2),
            ["i_day"] = Number(date.Day, 1),
            ["y_day"] = Number(date.DayOfYear, 3),
            ["hour"] = Number(date.Hour, 2),
            ["minute"] = Number(date.Minute, 2),
            ["second"] = Number(date.Second, 2),
            ["short_day"] = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(date.DayOfWeek),
            ["week"] = Number(ISOWeek.GetWeekOfYear(date.DateTime), 2),
            ["title"] = title,
            ["slug"] = title,
            ["name"] = title,
            ["categories"] = string.Join('/', categories.Select(static c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
            ["output_ext"] = ".html",
        };
        return Fill(pattern, values);
    }

    /// <summary>A Jekyll page's URL: <c>about.md</c> → <c>/about.html</c> (<c>/about/</c> with the <c>pretty</c> style); <c>docs/index.md</c> → <c>/docs/</c>.</summary>
    public static string JekyllPage(string relativePath, string? style)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var slash = relativePath.LastIndexOf('/');
        var folder = slash < 0 ? "" : relativePath[..(slash + 1)];
        var name = relativePath[(slash + 1)..];
        var stem = name.LastIndexOf('.') is > 0 and var dot ? name[..dot] : name;
        if (stem == "index") return "/" + folder;
        return "/" + folder + stem + (style is "pretty" || (style?.EndsWith('/') ?? false) ? "/" : ".html");
    }

    /// <summary>
    /// A Hugo page's default URL: its section folders and its slug (front matter <c>slug</c>, else the file
    /// name, else a bundle's folder name), lower-cased as Hugo writes paths.
    /// </summary>
    public static string HugoPage(string relativePath, string? slug)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var parts = relativePath.Split('/').ToList();
        var name = parts[^1];
        parts.RemoveAt(parts.Count - 1);
        var stem = name.LastIndexOf('.') is > 0 and var dot ? name[..dot] : name;
        if (stem is "index" or "_index")
        {
            if (parts.Count == 0) return "/";
            stem = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        parts.Add(slug is { Length: > 0 } ? slug : stem);
        return ("/" + string.Join('/', parts) + "/").ToLowerInvariant();
    }

    /// <summary>Hugo's <c>url</c> or an alias, or a WordPress link, as a path from the site's root: scheme and host off, query and fragment off, spaces escaped.</summary>
    public static string? SitePath(string? url)
    {
        if (url is null || url.Trim().Length == 0) return null;
        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            url = absolute.AbsolutePath;
        }
        else if (url.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        url = url.Split('#', 2)[0].Split('?', 2)[0];
        if (!url.StartsWith('/')) url = "/" + url;
        return url.Replace(" ", "%20", StringComparison.Ordinal);
    }

    private static string Fill(string pattern, Dictionary<string, string> values)
    {
        var output = new StringBuilder(pattern.Length + 32);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == ':' && i + 1 < pattern.Length && char.IsAsciiLetter(pattern[i + 1]))
            {
                var end = i + 1;
                while (end < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[end]) || pattern[end] == '_')) end++;
                // The longest placeholder name that is one (:title:output_ext is two).
                var name = pattern[(i + 1)..end];
                if (values.TryGetValue(name, out var value))
                {
                    output.Append(value);
                    i = end - 1;
                    continue;
                }
            }

            output.Append(pattern[i]);
        }

        var path = output.ToString().Replace(" ", "%20", StringComparison.Ordinal);
        while (path.Contains("//", StringComparison.Ordinal)) path = path.Replace("//", "/", StringComparison.Ordinal);
        return path.StartsWith('/') ? path : "/" + path;
    }

    private static string Number(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
