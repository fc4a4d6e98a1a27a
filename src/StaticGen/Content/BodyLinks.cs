
namespace StaticGen.Content;

/// <summary>A link or image of a Markdown body as written, with its 0-based line in the body.</summary>
public readonly record struct BodyLink(string Url, bool IsImage, int Line);

/// <summary>
/// Warns about links and images of a Markdown body that point at files StaticGen will not read:
/// out of the content folder (<c>../../etc/passwd</c>, <c>../site.config.yml</c>), an absolute file
/// path for an image (<c>/etc/hostname</c>), a Windows drive or UNC path, a <c>file:</c> URL. The
/// renderer already keeps each of them from reading or publishing anything; this says so, at the line.
/// </summary>
internal static class BodyLinks
{
    /// <summary>Adds a warning at its line for each link of <paramref name="links"/> that points at a file StaticGen will not read; <paramref name="contentFolder"/> is the content folder as source paths start with it (<c>content</c>).</summary>
    public static void Check(ParsedArticle parsed, string contentFolder, IReadOnlyList<BodyLink> links, DiagnosticList diagnostics)
    {
        foreach (var link in links)
        {
            if (Problem(parsed.SourcePath, contentFolder, link) is { } problem)
            {
                var what = link.IsImage ? "image" : "link";
                diagnostics.Warning(Stage.Enrich, parsed.SourcePath, parsed.BodyLine + link.Line, 0, $"{what} '{link.Url}' {problem}");
            }
        }
    }

    internal static string? Problem(string sourcePath, string contentFolder, BodyLink link)
    {
        var url = link.Url;
        if (url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal)) return null;
        if (url.StartsWith(@"\\", StringComparison.Ordinal) || (url.Length >= 2 && char.IsAsciiLetter(url[0]) && url[1] == ':' && (url.Length == 2 || url[2] is '\\' or '/')))
        {
            return "is a Windows drive or UNC path, not a web address; StaticGen reads nothing outside the site, so it leads nowhere";
        }

        var colon = url.IndexOf(':');
        var end = url.IndexOfAny(['/', '?', '#']);
        if (colon >= 0 && (end < 0 || colon < end))
        {
            return url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
                ? "is a file: URL, which names a file on the writer's computer, not on the web; it leads nowhere"
                : null;
        }

        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        if (path.StartsWith('/') || path.StartsWith('\\'))
        {
            // A site path: right for a link (/tags/nato/), but an image written so is usually a file
            // of the writer's disk, and StaticGen looks images up only in the content folder.
            return link.IsImage
                ? $"is an absolute path; StaticGen looks images up only in the content folder, so it stays the site address {path}, which only a file of paths.static can answer; write the path from the article's folder (photo.jpg) for a picture in {contentFolder}/"
                : null;
        }

        return ClimbsOut(sourcePath, contentFolder, path)
            ? $"leads out of the content folder ({contentFolder}/); StaticGen reads and publishes nothing outside it, so only its text is shown"
            : null;
    }

    /// <summary>Whether a relative path, from the folder of <paramref name="sourcePath"/>, climbs above <paramref name="contentFolder"/>.</summary>
    private static bool ClimbsOut(string sourcePath, string contentFolder, string path)
    {
        var slash = sourcePath.LastIndexOf('/');
        var folder = slash < 0 ? "" : sourcePath[..slash];
        var inContent = contentFolder.Length == 0 ? folder
            : folder == contentFolder ? ""
            : folder.StartsWith(contentFolder + "/", StringComparison.Ordinal) ? folder[(contentFolder.Length + 1)..]
            : folder;
        var depth = inContent.Length == 0 ? 0 : inContent.Split('/').Length;
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            decoded = path;
        }

        foreach (var segment in decoded.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (--depth < 0) return true;
            }
            else if (segment is not ("" or "."))
            {
                depth++;
            }
        }

        return false;
    }

    /// <summary>The content folder as a source path starts with it: <c>./content/</c> → <c>content</c>.</summary>
    public static string Folder(string configured) =>
        string.Join('/', configured.Replace('\\', '/').Split('/').Where(static s => s is not ("" or ".")));
}
