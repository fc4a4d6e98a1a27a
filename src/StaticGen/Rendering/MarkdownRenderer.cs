using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Rendering.Markdown.Code;
using StaticGen.Rendering.Markdown.Figures;
using StaticGen.Rendering.Markdown.Html;

namespace StaticGen.Rendering;

/// <summary>A heading of a rendered body, for a table of contents.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary>What rendering a Markdown body produced: the HTML and what it contains, so nothing parses the HTML again.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Headings, IReadOnlyList<string> Links)
{
    /// <summary>Links and images whose resolver answered <see cref="LinkKind.Missing"/>, with their 0-based line in the body.</summary>
    public IReadOnlyList<UnresolvedLink> Unresolved { get; init; } = [];

    /// <summary>Links to a page of the site whose <c>#fragment</c> names no element of it, with their 0-based line in the body.</summary>
    public IReadOnlyList<BrokenFragment> BrokenFragments { get; init; } = [];

    /// <summary>Raw HTML shown as text or attributes left out (<see cref="HtmlFilter"/>), at 0-based lines of the body.</summary>
    public IReadOnlyList<HtmlProblem> HtmlProblems { get; init; } = [];

    /// <summary>True when Markdig refused the body as nested too deeply and it was rendered as plain text.</summary>
    public bool AsPlainText { get; init; }
}

/// <summary>A link of a body to a page of the site that has no element with the link's fragment as its id; <see cref="Line"/> is 0-based in the body.</summary>
public readonly record struct BrokenFragment(string Url, string Fragment, string TargetSource, int Line);

/// <summary>A link of a body that leads to no file of the site; <see cref="Line"/> is 0-based in the body (its paragraph's line when the inline's is unknown).</summary>
public readonly record struct UnresolvedLink(string Url, bool IsImage, int Line);

/// <summary>
/// Renders Markdown with the site's one Markdig pipeline (<see cref="MarkdownSyntax"/>, which
/// Enrichment parses with too), built once and shared across threads; figures are its own HTML renderer.
/// Links are resolved through the caller's resolver (relative files → their URL under the base
/// path), links with unsafe schemes are neutralised, and an image alone in its paragraph becomes
/// a figure with its caption and credit.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] s_safeSchemes = ["http:", "https:", "mailto:", "tel:"];

    private static readonly FigureExtension s_figures = new();

    private readonly MarkdownPipeline _pipeline;
    private readonly bool _unsafeHtml;

    public MarkdownRenderer(MarkdownConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _unsafeHtml = config.UnsafeHtml;

        _pipeline = MarkdownSyntax.Pipeline();
    }

    /// <param name="markdown">The body.</param>
    /// <param name="resolveLink">Maps a link as written to its URL, or null when it points to a file that does not exist.</param>
    public RenderedMarkdown Render(string markdown, Func<string, LinkResolution> resolveLink)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(resolveLink);

        try
        {
            return RenderMarkdown(markdown, resolveLink);
        }
        catch (ArgumentException e) when (MarkdownSyntax.IsNestingLimit(e))
        {
            // Enrichment flattens such bodies already; this keeps a body nested deeper only for this
            // pipeline's extensions (tables, footnotes) from stopping the build.
            var html = new System.Text.StringBuilder();
            foreach (var paragraph in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            {
                html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(paragraph.Trim())).Append("</p>\n");
            }

            return new RenderedMarkdown(html.ToString(), [], []) { AsPlainText = true };
        }
    }

    private RenderedMarkdown RenderMarkdown(string markdown, Func<string, LinkResolution> resolveLink)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var links = new List<string>();
        var unresolved = new List<UnresolvedLink>();
        var brokenFragments = new List<BrokenFragment>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is not { } url) continue;
            var resolution = resolveLink(url);
            if (resolution.MissingFragment is { } missing)
            {
                brokenFragments.Add(new BrokenFragment(url, missing.Fragment, missing.TargetSource, link.Line > 0 ? link.Line : link.Parent?.ParentBlock?.Line ?? 0));
            }

            if (resolution.Kind == LinkKind.Missing)
            {
                // The paragraph's line when the inline's is not recorded (only the located pipeline records it).
                var line = link.Line > 0 ? link.Line : link.Parent?.ParentBlock?.Line ?? 0;
                unresolved.Add(new UnresolvedLink(url, link.IsImage, line));
            }

            switch (resolution)
            {
                case { Kind: LinkKind.Resolved, Url: { } resolved }:
                    link.Url = resolved;
                    links.Add(resolved);
                    if (resolution.Picture is { } picture) FigureExtension.SetPicture(link, picture.Parts, picture.Sizes);
                    else if (resolution is { Width: { } width, Height: { } height }) FigureExtension.SetPicture(link, new PictureMarkup.Parts(resolved, null, [], width, height, null), "");
                    break;
                case { Kind: LinkKind.Missing } when link.IsImage && link.Parent?.ParentBlock is ParagraphBlock paragraph && FigureExtension.LoneImage(paragraph) == link:
                    // A figure keeps its caption and credit.
                    link.Url = null;
                    FigureExtension.MarkMissing(link);
                    break;
                case { Kind: LinkKind.Missing }:
                    // An inline image or a link to a file that is not there is its text: no <img src=""> or <a href="">.
                    link.ReplaceBy(new LiteralInline(MarkdownText.PlainText(link)), copyChildren: false);
                    break;
                default:
                    if (!_unsafeHtml && !IsSafe(url))
                    {
                        link.Url = "#";
                    }
                    else
                    {
                        links.Add(url);
                    }

                    break;
            }
        }

        var htmlProblems = new List<HtmlProblem>();
        if (!_unsafeHtml) FilterHtml(document, resolveLink, htmlProblems, unresolved);

        // <scheme:...> autolinks are not LinkInlines; one with an unsafe scheme stays text.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !_unsafeHtml && !IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (id is not null && heading.Inline is not null)
            {
                headings.Add(new Heading(heading.Level, id, MarkdownText.PlainText(heading.Inline)));
                // A link to the heading itself, to copy; empty (the theme's CSS draws it), so the
                // heading's text stays the heading's text for readers, feeds and the search index.
                var anchor = new LinkInline("#" + id, "");
                anchor.GetAttributes().AddClass("heading-anchor");
                anchor.GetAttributes().AddProperty("aria-label", "Link to this section");
                heading.Inline.AppendChild(anchor);
            }
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        s_figures.Setup(_pipeline, renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new HighlightedCodeBlockRenderer());
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), headings, links) { Unresolved = unresolved, HtmlProblems = htmlProblems, BrokenFragments = brokenFragments };
    }

    /// <summary>
    /// Raw HTML through the allow-list (<see cref="HtmlFilter"/>): allowed tags stay HTML, with their URLs
    /// resolved like Markdown links; other tags become text; comments go.
    /// </summary>
    private static void FilterHtml(MarkdownDocument document, Func<string, LinkResolution> resolveLink, List<HtmlProblem> problems, List<UnresolvedLink> unresolved)
    {
        var found = new List<HtmlProblem>();
        // Tags left open are closed in the scope that opened them: the link, emphasis or paragraph of an
        // inline tag, the container block of an HTML block (so <details> can hold Markdown blocks).
        var open = new Dictionary<MarkdownObject, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var inline in document.Descendants<HtmlInline>().ToList())
        {
            found.Clear();
            var line = inline.Line;
            var scope = (MarkdownObject?)inline.Parent ?? document;
            if (!open.TryGetValue(scope, out var tags)) open[scope] = tags = [];
            // No raw <a> inside a Markdown link: a link in a link is not HTML.
            var inLink = false;
            for (var p = inline.Parent; p is not null; p = p.Parent) inLink |= p is LinkInline;
            inline.Tag = inLink && HtmlFilter.Default.Allows("a") && IsTag(inline.Tag, "a")
                ? System.Net.WebUtility.HtmlEncode(inline.Tag)
                : HtmlFilter.Default.Filter(inline.Tag, url => HtmlUrl(url, line, resolveLink, unresolved), found, tags, inline: true);
            problems.AddRange(found.Select(p => p with { Line = line + p.Line }));
        }

        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            found.Clear();
            var line = block.Line;
            var scope = (MarkdownObject?)block.Parent ?? document;
            if (!open.TryGetValue(scope, out var tags)) open[scope] = tags = [];
            var filtered = HtmlFilter.Default.Filter(block.Lines.ToString(), url => HtmlUrl(url, line, resolveLink, unresolved), found, tags, inline: false);
            problems.AddRange(found.Select(p => p with { Line = line + p.Line }));
            block.Lines = new Markdig.Helpers.StringLineGroup(filtered);
        }

        foreach (var (scope, tags) in open)
        {
            if (tags.Count == 0) continue;
            var close = HtmlFilter.CloseAll(tags);
            switch (scope)
            {
                case ContainerInline container:
                    container.AppendChild(new HtmlInline(close));
                    break;
                case ContainerBlock container:
                    container.Add(new HtmlBlock(null) { Lines = new Markdig.Helpers.StringLineGroup(close) });
                    break;
            }
        }
    }

    private static bool IsTag(string tag, string name) =>
        tag.StartsWith("<" + name, StringComparison.OrdinalIgnoreCase) || tag.StartsWith("</" + name, StringComparison.OrdinalIgnoreCase)
            ? tag.Length > name.Length + 1 && !char.IsAsciiLetterOrDigit(tag[tag[1] == '/' ? name.Length + 2 : name.Length + 1])
            : false;

    /// <summary>A URL of raw HTML: a site file becomes its URL, an unsafe scheme or a missing file null.</summary>
    private static string? HtmlUrl(string url, int line, Func<string, LinkResolution> resolveLink, List<UnresolvedLink> unresolved)
    {
        switch (resolveLink(url))
        {
            case { Kind: LinkKind.Resolved, Url: { } resolved }:
                return resolved;
            case { Kind: LinkKind.Missing }:
                unresolved.Add(new UnresolvedLink(url, false, line));
                return null;
            default:
                // Browsers ignore tabs and newlines in a URL ("java\tscript:"), so the scheme is read without them.
                var compact = string.Concat(url.Where(static c => !char.IsControl(c) && c != ' '));
                return IsSafe(compact) ? url : null;
        }
    }

    private static bool IsSafe(string url)
    {
        var colon = url.IndexOf(':');
        if (colon < 0) return true;
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true;
        var scheme = url[..(colon + 1)].Trim().ToLowerInvariant();
        return s_safeSchemes.Contains(scheme);
    }
}

/// <summary>What became of a link.</summary>
public enum LinkKind
{
    /// <summary>Not a site link (external, fragment): left as written.</summary>
    External,

    /// <summary>A site file or page: replaced by its URL.</summary>
    Resolved,

    /// <summary>A relative link to a file that is not in the site.</summary>
    Missing,
}

/// <summary>The answer of a link resolver; for an image file, its pixel size when known.</summary>
public readonly record struct LinkResolution(LinkKind Kind, string? Url, int? Width = null, int? Height = null)
{
    /// <summary>For an image the build published: what its figure shows (sizes and formats, colour), and how wide it is shown (<c>sizes</c>).</summary>
    public (PictureMarkup.Parts Parts, string Sizes)? Picture { get; init; }

    /// <summary>For a link to a page of the site: its fragment, when the page has no element with that id, and the page's source file.</summary>
    public (string Fragment, string TargetSource)? MissingFragment { get; init; }

    public static LinkResolution External => new(LinkKind.External, null);

    public static LinkResolution Missing => new(LinkKind.Missing, null);

    public static LinkResolution To(string url, int? width = null, int? height = null) => new(LinkKind.Resolved, url, width, height);
}
