using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticGen.Content;

namespace StaticGen.Rendering.Markdown.Figures;

/// <summary>
/// An image alone in its paragraph, <c>![caption](photo.jpg "credit")</c>, renders as
/// <c>&lt;figure&gt;</c> with the image and a <c>&lt;figcaption&gt;</c> holding the caption and credit
/// (Pandoc's implicit figures). When the image file is missing, the figure keeps its caption.
/// </summary>
public sealed class FigureExtension : IMarkdownExtension
{
    private const string MissingKey = "staticgen-missing-image";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new FigureParagraphRenderer());
        }
    }

    internal static void MarkMissing(LinkInline link) => link.SetData(MissingKey, true);

    internal static bool IsMissing(LinkInline link) => link.GetData(MissingKey) is true;

    private const string PictureKey = "staticgen-picture";

    /// <summary>Records what a linked image is published as (its size, and its formats and widths when resized), so its figure is a responsive picture that does not shift the page as it loads.</summary>
    internal static void SetPicture(LinkInline link, PictureMarkup.Parts parts, string sizes) => link.SetData(PictureKey, (parts, sizes));

    internal static (PictureMarkup.Parts Parts, string Sizes)? Picture(LinkInline link) => link.GetData(PictureKey) is ValueTuple<PictureMarkup.Parts, string> picture ? picture : null;

    /// <summary>The image of a paragraph that holds nothing else, if it is one.</summary>
    internal static LinkInline? LoneImage(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is not { } inline) return null;
        LinkInline? image = null;
        foreach (var child in inline)
        {
            switch (child)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return image;
    }
}

/// <summary>Registers <see cref="FigureExtension"/>.</summary>
public static class FigureExtensionMethods
{
    public static MarkdownPipelineBuilder UseStaticGenFigures(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FigureExtension>();
        return pipeline;
    }
}

internal sealed class FigureParagraphRenderer : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (FigureExtension.LoneImage(obj) is not { } image || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, obj);
            return;
        }

        var missing = FigureExtension.IsMissing(image) || image.Url is null;
        renderer.EnsureLine();
        renderer.Write(missing ? "<figure class=\"figure figure--missing\">" : "<figure class=\"figure\">");
        if (!missing)
        {
            if (FigureExtension.Picture(image) is { } picture)
            {
                renderer.Write(PictureMarkup.Html(picture.Parts, MarkdownText.PlainText(image), picture.Sizes, null, eager: false));
            }
            else
            {
                // An image from another site: its URL as written, escaped the way Markdig escapes URLs.
                renderer.Write("<img src=\"").WriteEscapeUrl(image.Url).Write("\" alt=\"");
                renderer.WriteEscape(MarkdownText.PlainText(image));
                renderer.Write("\" loading=\"lazy\" decoding=\"async\">");
            }
        }

        var hasCaption = image.FirstChild is not null;
        var credit = string.IsNullOrWhiteSpace(image.Title) ? null : image.Title;
        if (hasCaption || credit is not null)
        {
            renderer.Write("<figcaption>");
            if (hasCaption)
            {
                renderer.Write("<span class=\"figure__caption\">");
                renderer.WriteChildren(image);
                renderer.Write("</span>");
            }

            if (credit is not null)
            {
                if (hasCaption) renderer.Write(' ');
                renderer.Write("<span class=\"figure__credit\">");
                renderer.WriteEscape(credit);
                renderer.Write("</span>");
            }

            renderer.Write("</figcaption>");
        }

        renderer.WriteLine("</figure>");
    }
}
