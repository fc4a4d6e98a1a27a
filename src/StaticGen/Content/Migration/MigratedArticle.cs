namespace StaticGen.Content.Migration;

/// <summary>
/// A post or page brought over from Jekyll, Hugo or WordPress, as <c>import --from</c> writes it: StaticGen's
/// front matter keys, the old addresses as <c>aliases</c>, whatever has no key of ours under <c>params</c>.
/// </summary>
public sealed record MigratedArticle
{
    public required string Title { get; init; }

    public required string Slug { get; init; }

    public ArticleType Type { get; init; }

    public DateTimeOffset? Date { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Summary { get; init; }

    public string? Section { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    public bool Draft { get; init; }

    public bool? Toc { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyDictionary<string, object?> Params { get; init; } = Configuration.TemplateParams.Empty;

    /// <summary>The file it came from, relative to the folder imported.</summary>
    public string? Source { get; init; }

    /// <summary>Markdown.</summary>
    public string Body { get; init; } = "";
}
