namespace StaticGen.Site;

/// <summary>Resolves links written in articles to site-relative file paths, without touching the disk.</summary>
public static class ContentPaths
{
    /// <summary>
    /// Resolves <paramref name="link"/> (relative to the folder of <paramref name="sourcePath"/>) to a
    /// normalised site-relative path; null for URLs with a scheme, root-absolute or drive paths,
    /// fragments, and paths that climb out of the site folder.
    /// </summary>
    public static string? Resolve(string sourcePath, string link)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(link);
        var target = link.Split('#', 2)[0].Split('?', 2)[0];
        if (target.Length == 0 || target.StartsWith('/') || target.StartsWith('\\') || target.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            target = Uri.UnescapeDataString(target);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var slash = sourcePath.LastIndexOf('/');
        var folder = slash < 0 ? "" : sourcePath[..slash];
        return Normalize(folder.Length == 0 ? target : folder + "/" + target);
    }

    /// <summary>Collapses <c>.</c> and <c>..</c> segments and backslashes; null when the path leaves its root.</summary>
    public static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    if (part.Contains('\0', StringComparison.Ordinal)) return null;
                    parts.Add(part);
                    continue;
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
