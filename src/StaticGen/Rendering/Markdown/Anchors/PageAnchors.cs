using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticGen.Content;
using StaticGen.Site;

namespace StaticGen.Rendering.Markdown.Anchors;

/// <summary>
/// The element ids an article's page has, so that a link's <c>#fragment</c> to it can be checked while the
/// linking page renders, before the target is rendered itself: its headings' ids (the same pipeline gives them
/// the same ids), ids given with <c>{#id}</c>, footnotes, ids and names in its raw HTML, and the ids the theme
/// writes as plain text. One build's renderer holds one; each target's body is parsed once, only when a
/// fragment names it.
/// </summary>
/// <remarks>An incremental build that keeps a linking page does not check it again when only its target changed.</remarks>
internal sealed partial class PageAnchors(IReadOnlySet<string> themeIds)
{
    private readonly ConcurrentDictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    /// <summary>The fragment of <paramref name="suffix"/> (a link's query and fragment) when <paramref name="target"/> has no element with that id; else null.</summary>
    public string? Missing(SiteArticle target, string suffix)
    {
        var hash = suffix.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0) return null;
        var fragment = Uri.UnescapeDataString(suffix[(hash + 1)..]);
        // Empty and 'top' scroll to the top in every browser; ':~:' is a text fragment; footnotes are numbered as the page renders.
        if (fragment.Length == 0 || fragment == "top" || fragment.StartsWith(":~:", StringComparison.Ordinal)
            || fragment.StartsWith("fn:", StringComparison.Ordinal) || fragment.StartsWith("fnref:", StringComparison.Ordinal) || themeIds.Contains(fragment))
        {
            return null;
        }

        return IdsOf(target.Article).Contains(fragment) ? null : fragment;
    }

    /// <summary>The ids of an article's body, for the message: its headings' first.</summary>
    public IReadOnlyCollection<string> Of(SiteArticle target) => IdsOf(target.Article);

    private HashSet<string> IdsOf(Article article) => _ids.GetOrAdd(article.SourcePath, _ => Ids(article.Body));

    private static HashSet<string> Ids(string markdown)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var document = Markdig.Markdown.Parse(markdown, MarkdownSyntax.Pipeline());
            foreach (var block in document.Descendants())
            {
                if (block.TryGetAttributes() is { Id: { Length: > 0 } id }) ids.Add(id);
            }
        }
        catch (ArgumentException e) when (MarkdownSyntax.IsNestingLimit(e))
        {
            // Rendered as plain text: no headings.
        }

        foreach (Match m in HtmlId().Matches(markdown)) ids.Add(m.Groups["id"].Value);
        return ids;
    }

    [GeneratedRegex("""<[a-zA-Z][^>]*?\b(?:id|name)\s*=\s*["'](?<id>[^"']+)["']""")]
    private static partial Regex HtmlId();
}
