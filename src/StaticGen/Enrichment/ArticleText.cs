using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>Where a piece of article text stands, which weighs what is found in it.</summary>
public enum TextRole
{
    /// <summary>The headline.</summary>
    Title,

    /// <summary>The kicker above the headline.</summary>
    Kicker,

    /// <summary>The lede or summary.</summary>
    Lede,

    /// <summary>A subheading.</summary>
    Heading,

    /// <summary>Running text, lists and quotes.</summary>
    Body,

    /// <summary>An image caption or credit.</summary>
    Caption,

    /// <summary>The credit line of a quote or an embedded post ("— Andrea Baptiste, Caribbean Policy Institute"): a source, weighed lightly.</summary>
    Credit,

    /// <summary>The wire dateline ("KINGSTOWN, St. Vincent and the Grenadines (AP) —"): the place the story was filed from.</summary>
    Dateline,
}

/// <summary>A piece of an article's plain text, with its role.</summary>
public sealed record TextSegment(string Text, TextRole Role);

/// <summary>The plain text of an article, in reading order, as the detectors see it.</summary>
public static class ArticleText
{
    public static IReadOnlyList<TextSegment> Segments(string title, string? kicker, string? lede, IEnumerable<RawBlock> blocks, string? dateline = null)
    {
        var segments = new List<TextSegment> { new(title, TextRole.Title) };
        if (kicker is not null) segments.Add(new(kicker, TextRole.Kicker));
        if (dateline is not null) segments.Add(new(dateline, TextRole.Dateline));
        if (lede is not null) segments.Add(new(lede, TextRole.Lede));
        foreach (var block in blocks)
        {
            switch (block)
            {
                case RawParagraph p:
                    segments.Add(new(p.Text, TextRole.Body));
                    break;
                case RawHeading h:
                    segments.Add(new(h.Text, TextRole.Heading));
                    break;
                case RawList l:
                    segments.AddRange(l.Items.Select(static i => new TextSegment(i, TextRole.Body)));
                    break;
                case RawQuote q:
                    segments.AddRange(q.Lines.Select(static i => new TextSegment(i, TextRole.Body)));

                    // "— Andrea Baptiste, Caribbean Policy Institute": who is quoted is named here.
                    if (q.Attribution is { } attribution) segments.Add(new(attribution.TrimStart('—', '–', '-', ' '), TextRole.Credit));
                    break;
                case RawFigure { Image.Caption: { } caption }:
                    segments.Add(new(caption, TextRole.Caption));
                    break;
            }
        }

        return segments;
    }

    public static IReadOnlyList<TextSegment> Segments(string title, string? kicker, string? summary, string markdown)
    {
        var segments = new List<TextSegment> { new(title, TextRole.Title) };
        if (kicker is not null) segments.Add(new(kicker, TextRole.Kicker));
        if (summary is not null) segments.Add(new(summary, TextRole.Lede));
        foreach (var (text, isHeading) in MarkdownBlocks(markdown))
        {
            segments.Add(new(text, isHeading ? TextRole.Heading : TextRole.Body));
        }

        return segments;
    }

    /// <summary>The plain text of each paragraph and heading of a Markdown body, in order.</summary>
    public static IEnumerable<(string Text, bool IsHeading)> MarkdownBlocks(string markdown)
    {
        var document = Markdown.Parse(markdown);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is ParagraphBlock or HeadingBlock && block.Inline is { } inline)
            {
                var text = InlineText(inline);
                if (text.Length > 0) yield return (text, block is HeadingBlock);
            }
        }
    }

    /// <summary>The first paragraph of a Markdown body as plain text (a summary when the author gave none).</summary>
    public static string? FirstParagraph(string markdown)
    {
        foreach (var (text, isHeading) in MarkdownBlocks(markdown))
        {
            if (!isHeading) return text;
        }

        return null;
    }

    private static string InlineText(ContainerInline container)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
            }
        }

        return sb.ToString().Trim();
    }
}
