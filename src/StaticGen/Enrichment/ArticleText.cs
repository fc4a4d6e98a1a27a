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
public sealed record TextSegment(string Text, TextRole Role)
{
    private List<Token>? _tokens;

    /// <summary>The words of <see cref="Text"/> (<see cref="Tokenizer"/>), split once for all the detectors that read them.</summary>
    public IReadOnlyList<Token> Tokens => TokenList;

    internal List<Token> TokenList => _tokens ??= Tokenizer.Tokenize(Text);

    // Equality is the text and its role; the tokens are derived from them.
    public bool Equals(TextSegment? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && Role == other.Role;

    public override int GetHashCode() => HashCode.Combine(Text, Role);
}

/// <summary>
/// The plain text of an article, in reading order, as the detectors see it: only the article's own text, which is
/// the title, kicker, dateline (read by the country detector alone), lede, headings, paragraphs, list items, quotes
/// with the name of who is quoted, and image captions. Nothing else reaches detection: not the byline or author,
/// not image credits (<see cref="ArticleImage.Credit"/>, kept apart from the caption by the reader), not the source,
/// and not whatever the reader set aside as furniture; what the reader hands over as blocks is all there is.
/// </summary>
public static class ArticleText
{
    /// <summary>A kicker that names the kind of story ("Guest Essay", "Factbox") says nothing of what the story is about: no detection reads it.</summary>
    private static bool NamesKindOfStory(string kicker) => Content.Reading.SectionLabels.IsStoryKind(kicker);

    public static IReadOnlyList<TextSegment> Segments(string title, string? kicker, string? lede, IEnumerable<RawBlock> blocks, string? dateline = null)
    {
        var segments = new List<TextSegment> { new(title, TextRole.Title) };
        if (kicker is not null && !NamesKindOfStory(kicker)) segments.Add(new(kicker, TextRole.Kicker));
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
                case RawTable t:
                    // Each cell on its own, so cells never run together into one name ("Johannesburg Pakistan MS Dhoni").
                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row)
                        {
                            if (cell.Length > 0) segments.Add(new(cell, TextRole.Body));
                        }
                    }

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

    public static IReadOnlyList<TextSegment> Segments(string title, string? kicker, string? summary, string markdown) =>
        Segments(title, kicker, summary, MarkdownBlocks(markdown));

    public static IReadOnlyList<TextSegment> Segments(string title, string? kicker, string? summary, IEnumerable<(string Text, bool IsHeading)> markdownBlocks)
    {
        var segments = new List<TextSegment> { new(title, TextRole.Title) };
        if (kicker is not null && !NamesKindOfStory(kicker)) segments.Add(new(kicker, TextRole.Kicker));
        if (summary is not null) segments.Add(new(summary, TextRole.Lede));
        foreach (var (text, isHeading) in markdownBlocks)
        {
            segments.Add(new(text, isHeading ? TextRole.Heading : TextRole.Body));
        }

        return segments;
    }

    /// <summary>The plain text of each paragraph and heading of a Markdown body, in order; none when the body nests too deeply to parse.</summary>
    public static IEnumerable<(string Text, bool IsHeading)> MarkdownBlocks(string markdown) => TryMarkdownBlocks(markdown) ?? [];

    /// <summary>
    /// The plain text of each paragraph and heading of a Markdown body, in order; null when Markdig
    /// refuses the body because it nests deeper than its limit (<see cref="MarkdownSyntax.IsNestingLimit"/>).
    /// </summary>
    /// <param name="markdown">The body.</param>
    /// <param name="unsafeHtml">The site's <c>markdown.unsafeHtml</c>: parsed with the renderer's own pipeline, the text is what the page shows.</param>
    public static IReadOnlyList<(string Text, bool IsHeading)>? TryMarkdownBlocks(string markdown, bool unsafeHtml = false) => TryMarkdownBlocks(markdown, null, unsafeHtml);

    /// <summary>
    /// As <see cref="TryMarkdownBlocks(string, bool)"/>; <paramref name="links"/>, when given, gets every
    /// link and image of the body as written, with its 0-based line in the body.
    /// </summary>
    public static IReadOnlyList<(string Text, bool IsHeading)>? TryMarkdownBlocks(string markdown, List<BodyLink>? links, bool unsafeHtml = false)
    {
        // Markdig builds the whole block tree before it checks the depth, which takes seconds and
        // hundreds of MB for a few MB of '>' or indented '-'; a prescan of line starts is linear.
        if (LineNesting(markdown) > MaxNesting) return null;

        MarkdownDocument document;
        try
        {
            // Source locations only when the links are wanted: their warnings name the line.
            document = Markdown.Parse(markdown, MarkdownSyntax.Pipeline(located: links is not null));
        }
        catch (ArgumentException e) when (MarkdownSyntax.IsNestingLimit(e))
        {
            return null;
        }

        if (links is not null)
        {
            foreach (var link in document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
            {
                if (link.Url is { Length: > 0 } url) links.Add(new BodyLink(url, link.IsImage, link.Line));
            }
        }

        var blocks = new List<(string Text, bool IsHeading)>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is ParagraphBlock or HeadingBlock && block.Inline is { } inline)
            {
                var text = MarkdownText.PlainText(inline);
                if (text.Length > 0) blocks.Add((text, block is HeadingBlock));
            }
        }

        return blocks;
    }

    /// <summary>Markdig's default <c>MaximumNestingDepth</c>, which StaticGen keeps.</summary>
    public const int MaxNesting = MarkdownSyntax.MaxNesting;

    /// <summary>
    /// An upper estimate of how deeply a line nests blocks: the quote markers, list markers and
    /// indentation (two columns a level) it starts with, at most.
    /// </summary>
    internal static int LineNesting(string markdown)
    {
        var max = 0;
        var i = 0;
        while (i < markdown.Length)
        {
            var depth = 0;
            var columns = 0;
            while (i < markdown.Length)
            {
                var c = markdown[i];
                if (c == ' ') columns++;
                else if (c == '\t') columns += 4;
                else if (c == '>') depth++;
                else if (c is '-' or '*' or '+' && (i + 1 == markdown.Length || markdown[i + 1] is ' ' or '\t' or '\n')) depth++;
                else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(markdown, i) is var end and > 0)
                {
                    depth++;
                    i = end;
                }
                else break;
                i++;
            }

            max = Math.Max(max, depth + (columns / 2));
            var newline = markdown.IndexOf('\n', i);
            if (newline < 0) break;
            i = newline + 1;
        }

        return max;
    }

    /// <summary>The index of the '.' or ')' ending an ordered list marker (up to 9 digits) at <paramref name="start"/>, or -1.</summary>
    private static int OrderedMarkerEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 9 && char.IsAsciiDigit(text[i])) i++;
        var followed = i + 1 == text.Length || (i + 1 < text.Length && text[i + 1] is ' ' or '\t' or '\n');
        return i < text.Length && text[i] is '.' or ')' && followed ? i : -1;
    }


    private static readonly System.Text.RegularExpressions.Regex s_more =
        new(@"<!--\s*more\s*-->", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The plain text before the summary divider <c>&lt;!--more--&gt;</c> (Hugo's, and Jekyll's usual
    /// <c>excerpt_separator</c>), paragraphs joined by a space; null when the body has no divider or nothing before it.
    /// Read from the parsed body, so links (reference links too) are their text, never Markdown source.
    /// </summary>
    public static string? TextBeforeMore(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains("<!--", StringComparison.Ordinal) || !s_more.IsMatch(markdown) || LineNesting(markdown) > MaxNesting) return null;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, MarkdownSyntax.Pipeline());
        }
        catch (ArgumentException e) when (MarkdownSyntax.IsNestingLimit(e))
        {
            return null;
        }

        var texts = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HtmlBlock html && s_more.IsMatch(html.Lines.ToString())) return Joined(texts);
            if (block is not ParagraphBlock { Inline: { } inline }) continue;
            if (inline.Descendants<HtmlInline>().FirstOrDefault(static h => s_more.IsMatch(h.Tag)) is { } marker)
            {
                // A divider inside a paragraph: the text of the paragraph up to it.
                var before = new ContainerInline();
                foreach (var child in inline.ToList())
                {
                    if (child == marker || child.Descendants<HtmlInline>().Contains(marker)) break;
                    child.Remove();
                    before.AppendChild(child);
                }

                texts.Add(MarkdownText.PlainText(before));
                return Joined(texts);
            }

            texts.Add(MarkdownText.PlainText(inline));
        }

        return null;

        static string? Joined(List<string> texts) => string.Join(' ', texts.Where(static t => t.Length > 0)) is { Length: > 0 } joined ? joined : null;
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
}
