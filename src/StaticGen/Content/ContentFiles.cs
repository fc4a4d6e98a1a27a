namespace StaticGen.Content;

/// <summary>A file of <c>content/</c>, by its path relative to the content folder (forward slashes).</summary>
public sealed record ContentEntry(string RelativePath, string FullPath, ContentKind Kind)
{
    /// <summary>The file's size and last-write time (ticks, UTC) when it was listed; null when unknown.</summary>
    public (long Length, long Modified)? Stamp { get; init; }
}

/// <summary>What a file in <c>content/</c> is for.</summary>
public enum ContentKind
{
    /// <summary>A raw text article (<c>.txt</c>).</summary>
    RawArticle,

    /// <summary>A Markdown article (<c>.md</c>, <c>.markdown</c>).</summary>
    MarkdownArticle,

    /// <summary>Any other file (images above all): copied to the output as it is.</summary>
    Asset,
}

/// <summary>When files were added to git, or why that is unknown.</summary>
public sealed record ContentHistory(IReadOnlyDictionary<string, DateTimeOffset> Added, string? Problem);

/// <summary>The text of a content file, decoded, or null with a diagnostic when it cannot be an article.</summary>
public sealed record ContentText(string? Text, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The files of a folder, and the links that were not followed.</summary>
public sealed record ContentListing(IReadOnlyList<ContentEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Files left out of the listing, each with its warning (a name that is not UTF-8, a link not followed); the files in a folder left out are not counted.</summary>
    public int SkippedFiles { get; init; }
}
