using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace StaticGen.Content;

/// <summary>
/// The site's one Markdown syntax: the Markdig pipeline every stage parses a body with, built once
/// per process. Raw HTML is parsed as HTML blocks and inlines; the renderer then shows it through
/// an allow-list, or as written with <c>markdown.unsafeHtml</c>. Enrichment reads a body's text with
/// it and Rendering renders the body with it (adding only its HTML renderers, such as figures), so
/// both see the same blocks.
/// </summary>
public static class MarkdownSyntax
{
    private static readonly MarkdownPipeline s_pipeline = Build(located: false);
    private static readonly MarkdownPipeline s_located = Build(located: true);

    /// <summary>Markdig's default <c>MaximumNestingDepth</c>, which StaticGen keeps.</summary>
    public const int MaxNesting = 128;

    /// <summary>
    /// The pipeline. With <paramref name="located"/> the same syntax also records every inline's
    /// precise span (slower; for warnings that name a body's line), which changes no block or inline of the tree.
    /// </summary>
    public static MarkdownPipeline Pipeline(bool located = false) => located ? s_located : s_pipeline;

    /// <summary>
    /// Whether Markdig refused a document for nesting deeper than <c>MaximumNestingDepth</c> (128 by
    /// default: 100,000 '&gt;' or '[' in a row). Markdig throws a plain <see cref="ArgumentException"/>
    /// for that, instead of overflowing the stack.
    /// </summary>
    public static bool IsNestingLimit(ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.GetType() == typeof(ArgumentException) && e.ParamName is null;
    }

    private static MarkdownPipeline Build(bool located)
    {
        // No extension that gives meaning to characters MarkdownText does not escape: no autolinks,
        // no generic attributes (they would let text set HTML attributes), no math, no emoji.
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        if (located)
        {
            builder.UsePreciseSourceLocation();
        }

        return builder.Build();
    }
}
