using System.Globalization;
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

    private const string SizeKey = "staticgen-image-size";

    /// <summary>Records the pixel size of a linked image, written as <c>width</c>/<c>height</c> so the page does not shift as it loads.</summary>
    internal static void SetSize(LinkInline link, int width, int height) => link.SetData(SizeKey, (width, height));

    internal static (int Width, int Height)? Size(LinkInline link) => link.GetData(SizeKey) is ValueTuple<int, int> size ? size : null;

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
            renderer.Write("<img src=\"").WriteEscapeUrl(image.Url).Write("\" alt=\"");
            renderer.WriteEscape(MarkdownText.PlainText(image));
            renderer.Write('"');
            if (FigureExtension.Size(image) is { } size)
            {
                renderer.Write(string.Create(CultureInfo.InvariantCulture, $" width=\"{size.Width}\" height=\"{size.Height}\""));
            }

            renderer.Write(" loading=\"lazy\" decoding=\"async\">");
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
