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
            RawTable t => t.Rows.Sum(static r => r.Sum(static c => c.Length + 3) + 2),
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
                case RawTable t:
                    Table(sb, t);
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

    /// <summary>
    /// A pipe table: the first row is the header, then the delimiter row, then the other rows, each padded to the
    /// widest row. Cells are escaped like any text (a '|' in a cell becomes '\|', which stays inside its cell).
    /// </summary>
    private static void Table(StringBuilder sb, RawTable table)
    {
        var width = table.Rows.Max(static r => r.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            sb.Append('|');
            for (var c = 0; c < width; c++)
            {
                sb.Append(' ').Append(c < row.Count ? MarkdownText.Escape(row[c]) : "").Append(" |");
            }

            sb.Append('\n');
            if (r == 0)
            {
                sb.Append('|');
                for (var c = 0; c < width; c++) sb.Append(" --- |");
                sb.Append('\n');
            }
        }
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
