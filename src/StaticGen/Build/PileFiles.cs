using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Build;

/// <summary>
/// The pile table for commands that read some files rather than the whole site: <c>inspect</c> reads a file
/// with the pile the build would use (the raw articles of the content folder), <c>import</c> with the files
/// it imports together.
/// </summary>
internal static class PileFiles
{
    /// <summary>The pile of the given raw files: each read once for its line keys, its text not kept.</summary>
    public static PileTable Of(IReadOnlyList<string> fullPaths)
    {
        ArgumentNullException.ThrowIfNull(fullPaths);
        var keys = new ulong[]?[fullPaths.Count];
        Parallel.For(0, fullPaths.Count, i =>
        {
            var text = ContentReader.ReadText(fullPaths[i], fullPaths[i]).Text;
            keys[i] = text is null ? null : PileTable.LineKeys(text);
        });
        return PileTable.FromKeys([.. keys.OfType<ulong[]>()]);
    }

    /// <summary>
    /// The pile a file belongs to: the raw articles of the site's content folder when the file is inside it
    /// (as the build reads it), else the raw files beside it.
    /// </summary>
    public static string PileFolder(SiteContext site, string fullPath)
    {
        ArgumentNullException.ThrowIfNull(site);
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site.ContentDirectory));
        return fullPath.StartsWith(content + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? content : Path.GetDirectoryName(fullPath)!;
    }

    /// <summary>The raw files of a pile folder: the content folder's as the build lists them, or a plain folder's own .txt files.</summary>
    public static IReadOnlyList<string> RawFiles(SiteContext site, string folder)
    {
        ArgumentNullException.ThrowIfNull(site);
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(site.ContentDirectory));
        if (string.Equals(folder, content, StringComparison.Ordinal))
        {
            return [.. ContentReader.List(content, site.DisplayPath(content)).Entries.Where(static e => e.Kind == ContentKind.RawArticle).Select(static e => e.FullPath)];
        }

        return ContentReader.FolderExists(folder)
            ? [.. ContentReader.List(folder, folder, recursive: false).Entries.Where(static e => e.Kind == ContentKind.RawArticle).Select(static e => e.FullPath)]
            : [];
    }
}
