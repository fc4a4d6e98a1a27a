using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;

namespace StaticGen.Content;

/// <summary>
/// The site's one Markdown syntax: the Markdig pipeline every stage parses a body with, built once
/// per process (one with raw HTML disabled, the default, and one with it allowed,
/// <c>markdown.unsafeHtml</c>). Enrichment reads a body's text with it and Rendering renders the
/// body with it (adding only its HTML renderers, such as figures), so both see the same blocks.
/// </summary>
public static class MarkdownSyntax
{
    private static readonly MarkdownPipeline s_safe = Build(unsafeHtml: false, located: false);
    private static readonly MarkdownPipeline s_unsafe = Build(unsafeHtml: true, located: false);
    private static readonly MarkdownPipeline s_safeLocated = Build(unsafeHtml: false, located: true);
    private static readonly MarkdownPipeline s_unsafeLocated = Build(unsafeHtml: true, located: true);

    /// <summary>Markdig's default <c>MaximumNestingDepth</c>, which StaticGen keeps.</summary>
    public const int MaxNesting = 128;

    /// <summary>
    /// The pipeline for a site: raw HTML stays text unless <paramref name="unsafeHtml"/>. With
    /// <paramref name="located"/> the same syntax also records every inline's line (slower; for
    /// warnings that name a body's line), which changes no block or inline of the tree.
    /// </summary>
    public static MarkdownPipeline Pipeline(bool unsafeHtml, bool located = false) =>
        (unsafeHtml, located) switch
        {
            (false, false) => s_safe,
            (true, false) => s_unsafe,
            (false, true) => s_safeLocated,
            (true, true) => s_unsafeLocated,
        };

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

    private static MarkdownPipeline Build(bool unsafeHtml, bool located)
    {
        // No extension that gives meaning to characters MarkdownText does not escape: no autolinks,
        // no generic attributes (they would let text set HTML attributes), no math, no emoji.
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        if (!unsafeHtml)
        {
            builder.DisableHtml();
        }

        if (located)
        {
            builder.UsePreciseSourceLocation();
        }

        return builder.Build();
    }
}
