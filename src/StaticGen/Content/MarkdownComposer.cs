using System.Globalization;
using System.Text;

namespace StaticGen.Content;

/// <summary>
/// Writes the blocks of a raw article as Markdown. All text goes through <see cref="MarkdownText"/>,
/// so the result renders to the scraped text and nothing else. A figure is an image alone in its
/// paragraph, <c>![caption](file "credit")</c>, which the renderer turns into figure + figcaption.
/// </summary>
public static class MarkdownComposer
{
    public static string Compose(IEnumerable<RawBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var list = blocks as IReadOnlyList<RawBlock> ?? [.. blocks];

        // Sized for the text and a little markup, so the builder does not grow chunk by chunk.
        var sb = new StringBuilder(list.Sum(static b => b switch
        {
            RawParagraph p => p.Text.Length,
            RawHeading h => h.Text.Length,
            RawList l => l.Items.Sum(static i => i.Length + 8),
            RawQuote q => q.Lines.Sum(static l => l.Length + 4) + (q.Attribution?.Length ?? 0),
            _ => 200,
        } + 16));
        foreach (var block in list)
        {
            if (sb.Length > 0) sb.Append('\n');
            switch (block)
            {
                case RawParagraph p:
                    sb.Append(MarkdownText.Escape(p.Text)).Append('\n');
                    break;
                case RawHeading h:
                    sb.Append("## ").Append(MarkdownText.Escape(h.Text)).Append('\n');
                    break;
                case RawFigure f:
                    sb.Append(Figure(f.Image)).Append('\n');
                    break;
                case RawList { Start: { } start } l:
                    for (var i = 0; i < l.Items.Count; i++)
                    {
                        sb.Append((start + i).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownText.Escape(l.Items[i])).Append('\n');
                    }

                    break;
                case RawList l:
                    foreach (var item in l.Items)
                    {
                        sb.Append("- ").Append(MarkdownText.Escape(item)).Append('\n');
                    }

                    break;
                case RawQuote q:
                    for (var i = 0; i < q.Lines.Count; i++)
                    {
                        if (i > 0) sb.Append(">\n");
                        sb.Append("> ").Append(MarkdownText.Escape(q.Lines[i])).Append('\n');
                    }

                    if (q.Attribution is { } attribution)
                    {
                        sb.Append(">\n> ").Append(MarkdownText.Escape(attribution)).Append('\n');
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>An image alone in its paragraph: alt text is the caption, the title is the credit.</summary>
    public static string Figure(ArticleImage image)
    {
        var sb = new StringBuilder();
        sb.Append("![").Append(MarkdownText.Escape(image.Caption ?? "")).Append("](").Append(MarkdownText.Destination(image.Src));
        if (image.Credit is { Length: > 0 } credit)
        {
            sb.Append(" \"").Append(MarkdownText.EscapeTitle(credit)).Append('"');
        }

        return sb.Append(')').ToString();
    }
}
