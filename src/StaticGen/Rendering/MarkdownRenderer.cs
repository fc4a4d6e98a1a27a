using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Rendering.Markdown.Figures;

namespace StaticGen.Rendering;

/// <summary>A heading of a rendered body, for a table of contents.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary>What rendering a Markdown body produced: the HTML and what it contains, so nothing parses the HTML again.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<Heading> Headings, IReadOnlyList<string> Links)
{
    /// <summary>True when Markdig refused the body as nested too deeply and it was rendered as plain text.</summary>
    public bool AsPlainText { get; init; }
}

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

        _pipeline = MarkdownSyntax.Pipeline(config.UnsafeHtml);
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
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is not { } url) continue;
            switch (resolveLink(url))
            {
                case { Kind: LinkKind.Resolved, Url: { } resolved } resolution:
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
            }
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        s_figures.Setup(_pipeline, renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), headings, links);
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

    public static LinkResolution External => new(LinkKind.External, null);

    public static LinkResolution Missing => new(LinkKind.Missing, null);

    public static LinkResolution To(string url, int? width = null, int? height = null) => new(LinkKind.Resolved, url, width, height);
}
