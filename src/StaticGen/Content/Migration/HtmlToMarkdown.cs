using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticGen.Content.Migration;

/// <summary>Something of an HTML body that did not become Markdown, at its 1-based line of the HTML.</summary>
public readonly record struct ConversionNote(int Line, string Message);

/// <summary>
/// A WordPress post's HTML as Markdown, by walking AngleSharp's DOM: paragraphs, headings, links, images
/// (an image alone in its paragraph, or a <c>figure</c> with its caption, is a figure), emphasis, lists,
/// block quotes, code, line breaks and rules. Tables and the inline tags the build's allow-list keeps
/// (<c>abbr</c>, <c>sup</c>, <c>kbd</c>…) stay HTML for that filter. Scripts, styles, forms and iframes are
/// dropped with a note at their line, except a YouTube or Vimeo player, which becomes a link to the video.
/// Text is escaped, so that nothing in it becomes Markdown. Pure.
/// </summary>
public static partial class HtmlToMarkdown
{
    private static readonly HashSet<string> s_dropped = new(StringComparer.Ordinal) { "SCRIPT", "STYLE", "NOSCRIPT", "FORM", "INPUT", "BUTTON", "SELECT", "TEXTAREA", "OBJECT", "EMBED", "APPLET", "IFRAME", "FRAME", "FRAMESET", "TEMPLATE", "SVG", "CANVAS", "LINK", "META", "BASE" };

    private static readonly HashSet<string> s_keptInline = new(StringComparer.Ordinal) { "ABBR", "SUP", "SUB", "KBD", "MARK", "CITE", "SMALL", "Q", "DFN", "TIME", "VAR", "SAMP", "INS", "DEL", "S" };

    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal) { "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "BLOCKQUOTE", "PRE", "TABLE", "FIGURE", "HR", "SECTION", "ARTICLE", "ASIDE", "HEADER", "FOOTER", "DL", "DETAILS", "ADDRESS", "CENTER", "MAIN", "NAV" };

    /// <param name="html">The post's HTML (WordPress <c>content:encoded</c>).</param>
    /// <param name="notes">Gets a note for each thing left out, at its line of <paramref name="html"/>.</param>
    public static string Convert(string html, List<ConversionNote> notes)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(notes);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + AutoParagraphs(html.Replace("\r\n", "\n", StringComparison.Ordinal)) + "</body></html>");
        var output = new StringBuilder();
        new Walker(notes).Blocks(document.Body!, output, "");
        return Tidy(output.ToString());
    }

    /// <summary>
    /// WordPress stores paragraphs as blank-line separated text and adds the <c>&lt;p&gt;</c> tags when it shows
    /// a post (<c>wpautop</c>): text between blank lines that does not start with a block tag becomes a
    /// paragraph, and a single line break in it a <c>&lt;br&gt;</c>. Nothing inside <c>&lt;pre&gt;</c> is touched.
    /// No line is added or removed, so lines stay the export's.
    /// </summary>
    internal static string AutoParagraphs(string html)
    {
        if (!html.Contains("\n\n", StringComparison.Ordinal) && html.Contains("<p", StringComparison.OrdinalIgnoreCase)) return html;
        var chunks = html.Split("\n\n");
        var output = new StringBuilder(html.Length + (chunks.Length * 8));
        var inPre = false;
        for (var i = 0; i < chunks.Length; i++)
        {
            if (i > 0) output.Append("\n\n");
            var chunk = chunks[i];
            var trimmed = chunk.Trim();
            var opens = PreOpen().Matches(chunk).Count;
            var closes = PreClose().Matches(chunk).Count;
            if (inPre || trimmed.Length == 0 || BlockStart().IsMatch(trimmed))
            {
                output.Append(chunk);
            }
            else
            {
                output.Append("<p>").Append(chunk.Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>");
            }

            inPre = inPre ? closes < opens + 1 : opens > closes;
        }

        return output.ToString();
    }

    private sealed class Walker(List<ConversionNote> notes)
    {
        /// <summary>Block content of <paramref name="parent"/>, each block line starting with <paramref name="prefix"/> (a quote's "&gt; ", a list item's indent).</summary>
        public void Blocks(INode parent, StringBuilder output, string prefix)
        {
            var inline = new StringBuilder();
            foreach (var node in parent.ChildNodes)
            {
                if (node is IElement element && (s_blocks.Contains(element.TagName) || s_dropped.Contains(element.TagName) || IsLoneImage(element)))
                {
                    Flush(inline, output, prefix);
                    Block(element, output, prefix);
                }
                else
                {
                    Inline(node, inline);
                }
            }

            Flush(inline, output, prefix);
        }

        private static void Flush(StringBuilder inline, StringBuilder output, string prefix)
        {
            var text = Collapse(inline.ToString());
            inline.Clear();
            if (text.Length == 0) return;
            Paragraph(output, prefix, text);
        }

        private static void Paragraph(StringBuilder output, string prefix, string text)
        {
            foreach (var line in text.Split('\n')) output.Append(prefix).Append(line.TrimEnd(' ') is { Length: > 0 } l ? l : line).Append('\n');
            output.Append(prefix.TrimEnd()).Append('\n');
        }

        private void Block(IElement element, StringBuilder output, string prefix)
        {
            switch (element.TagName)
            {
                case var tag when s_dropped.Contains(tag):
                    Drop(element);
                    if (tag == "IFRAME" && VideoLink(element.GetAttribute("src")) is { } video) Paragraph(output, prefix, video);
                    break;
                case "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                    var heading = Collapse(InlineOf(element)).Replace('\n', ' ');
                    if (heading.Length > 0) Paragraph(output, prefix, new string('#', element.TagName[1] - '0') + " " + heading);
                    break;
                case "P" when element.Children.Length == 1 && IsLoneImage(element.Children[0]) && element.TextContent.Trim().Length == 0:
                    Block(element.Children[0], output, prefix);
                    break;
                case "P" or "ADDRESS" or "CENTER":
                    Blocks(element, output, prefix);
                    break;
                case "HR":
                    Paragraph(output, prefix, "---");
                    break;
                case "BLOCKQUOTE":
                    var quote = new StringBuilder();
                    Blocks(element, quote, "");
                    Paragraph(output, prefix, string.Join('\n', quote.ToString().TrimEnd('\n').Split('\n').Select(static l => l.Length == 0 ? ">" : "> " + l)));
                    break;
                case "PRE":
                    var code = element.QuerySelector("code") ?? element;
                    var language = (code.ClassList.Concat(element.ClassList).FirstOrDefault(static c => c.StartsWith("language-", StringComparison.Ordinal)) ?? "").Replace("language-", "", StringComparison.Ordinal);
                    var text = code.TextContent.Trim('\n');
                    var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));
                    output.Append(prefix).Append(fence).Append(language).Append('\n');
                    foreach (var line in text.Split('\n')) output.Append(prefix).Append(line).Append('\n');
                    output.Append(prefix).Append(fence).Append('\n').Append(prefix.TrimEnd()).Append('\n');
                    break;
                case "UL" or "OL":
                    List(element, output, prefix);
                    break;
                case "FIGURE":
                    var image = element.QuerySelector("img");
                    var caption = element.QuerySelector("figcaption") is { } figcaption ? Collapse(figcaption.TextContent).Replace('\n', ' ') : null;
                    if (image is not null) Paragraph(output, prefix, Image(image, caption));
                    else Blocks(element, output, prefix);
                    break;
                case "IMG" or "A":
                    var alone = new StringBuilder();
                    Inline(element, alone);
                    Paragraph(output, prefix, alone.ToString().Trim());
                    break;
                case "TABLE" or "DL" or "DETAILS":
                    // The build's allow-list keeps tables, definition lists and details; their cells stay as written.
                    foreach (var dropped in element.QuerySelectorAll("script, style, iframe, object, embed, form").ToList())
                    {
                        Drop(dropped);
                        dropped.Remove();
                    }

                    Paragraph(output, prefix, element.OuterHtml.Replace("\n\n", "\n", StringComparison.Ordinal));
                    break;
                default:
                    // div, section, aside…: a wrapper; its content counts.
                    Blocks(element, output, prefix);
                    break;
            }
        }

        private void List(IElement list, StringBuilder output, string prefix)
        {
            var number = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
            foreach (var item in list.Children.Where(static c => c.TagName == "LI"))
            {
                var marker = list.TagName == "OL" ? $"{number++}. " : "- ";
                var body = new StringBuilder();
                Blocks(item, body, "");
                var lines = body.ToString().TrimEnd('\n').Split('\n');
                // A tight list: no blank line between a paragraph and its nested list.
                var tight = lines.Where(static l => l.Length > 0).ToList();
                var indent = new string(' ', marker.Length);
                for (var i = 0; i < tight.Count; i++) output.Append(prefix).Append(i == 0 ? marker : indent).Append(tight[i]).Append('\n');
                if (tight.Count == 0) output.Append(prefix).Append(marker.TrimEnd()).Append('\n');
            }

            output.Append(prefix.TrimEnd()).Append('\n');
        }

        private string InlineOf(INode node)
        {
            var text = new StringBuilder();
            foreach (var child in node.ChildNodes) Inline(child, text);
            return text.ToString();
        }

        private void Inline(INode node, StringBuilder output)
        {
            switch (node)
            {
                case IText text:
                    output.Append(Escape(WhitespaceRun().Replace(text.Data, " ")));
                    break;
                case IElement element:
                    switch (element.TagName)
                    {
                        case var tag when s_dropped.Contains(tag):
                            Drop(element);
                            if (tag == "IFRAME" && VideoLink(element.GetAttribute("src")) is { } video) output.Append(video);
                            break;
                        case "BR":
                            output.Append("\\\n");
                            break;
                        case "EM" or "I":
                            Wrap(output, "*", InlineOf(element));
                            break;
                        case "STRONG" or "B":
                            Wrap(output, "**", InlineOf(element));
                            break;
                        case "CODE" or "TT":
                            var code = element.TextContent;
                            var ticks = new string('`', LongestRun(code, '`') + 1);
                            var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
                            output.Append(ticks).Append(pad).Append(code.Replace('\n', ' ')).Append(pad).Append(ticks);
                            break;
                        case "A":
                            var words = Collapse(InlineOf(element)).Replace('\n', ' ');
                            if (element.GetAttribute("href") is not { Length: > 0 } href || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                            {
                                output.Append(words);
                                break;
                            }

                            var title = element.GetAttribute("title");
                            output.Append('[').Append(words.Length == 0 ? Escape(href) : words).Append("](").Append(Destination(href))
                                .Append(title is { Length: > 0 } ? $" \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"" : "").Append(')');
                            break;
                        case "IMG":
                            output.Append(Image(element, null));
                            break;
                        case var tag when s_keptInline.Contains(tag):
                            // Kept as HTML: the build's allow-list keeps these tags (and their text stays text).
                            var name = tag.ToLowerInvariant();
                            var titleAttribute = element.GetAttribute("title") is { Length: > 0 } t ? $" title=\"{System.Net.WebUtility.HtmlEncode(t)}\"" : "";
                            output.Append('<').Append(name).Append(titleAttribute).Append('>').Append(InlineOf(element)).Append("</").Append(name).Append('>');
                            break;
                        default:
                            // span, font, u…: their text.
                            foreach (var child in element.ChildNodes) Inline(child, output);
                            break;
                    }

                    break;
            }
        }

        private void Drop(IElement element)
        {
            var what = element.TagName.ToLowerInvariant();
            var why = what switch
            {
                "iframe" when VideoLink(element.GetAttribute("src")) is not null => null,
                "iframe" => $"an <iframe> from {Host(element.GetAttribute("src"))} is not an embed StaticGen keeps; it is left out",
                "script" or "noscript" => "a <script> is left out: an imported post runs no script",
                "style" => "a <style> is left out: the theme styles the page",
                _ => $"a <{what}> has no Markdown equivalent; it is left out",
            };
            if (why is not null) notes.Add(new ConversionNote(element.SourceReference?.Position.Line ?? 0, why));
        }
    }

    private static bool IsLoneImage(IElement element) =>
        element.TagName == "IMG" || (element.TagName == "A" && element.Children.Length == 1 && element.Children[0].TagName == "IMG" && element.TextContent.Trim().Length == 0);

    private static string Image(IElement image, string? caption)
    {
        var src = image.GetAttribute("src") ?? "";
        var alt = caption ?? image.GetAttribute("alt") ?? "";
        return $"![{Escape(alt)}]({Destination(src)})";
    }

    /// <summary>A YouTube or Vimeo player's address as a Markdown link to the video, or null for any other.</summary>
    internal static string? VideoLink(string? src)
    {
        if (src is null || !Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
        var last = uri.AbsolutePath.TrimEnd('/').Split('/')[^1];
        if (!VideoId().IsMatch(last)) return null;
        return host switch
        {
            "youtube.com" or "youtube-nocookie.com" when uri.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) => $"[Video on YouTube](https://www.youtube.com/watch?v={last})",
            "player.vimeo.com" when uri.AbsolutePath.StartsWith("/video/", StringComparison.Ordinal) => $"[Video on Vimeo](https://vimeo.com/{last})",
            _ => null,
        };
    }

    private static string Host(string? src) =>
        src is not null && Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri) ? uri.Host : "no address";

    private static void Wrap(StringBuilder output, string marker, string inner)
    {
        var trimmed = inner.Trim();
        if (trimmed.Length == 0)
        {
            output.Append(inner);
            return;
        }

        // Spaces stay outside the markers, where Markdown needs them.
        if (inner.StartsWith(' ')) output.Append(' ');
        output.Append(marker).Append(trimmed).Append(marker);
        if (inner.EndsWith(' ')) output.Append(' ');
    }

    /// <summary>A link destination: in angle brackets when it holds spaces or parentheses.</summary>
    private static string Destination(string url)
    {
        url = url.Trim();
        return url.IndexOfAny([' ', '(', ')', '<', '>']) >= 0 ? "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">" : url;
    }

    /// <summary>Text escaped so that Markdown reads it as text: its punctuation, and line openings that would start a block.</summary>
    internal static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '{' or '}' or '|' or '#') output.Append('\\');
            output.Append(c);
        }

        return output.ToString();
    }

    /// <summary>Inline text with its spaces collapsed and each line trimmed; a line that would open a list or a heading escaped.</summary>
    private static string Collapse(string text)
    {
        var lines = text.Split('\n').Select(static l => SpaceRun().Replace(l, " ").Trim()).ToList();
        while (lines.Count > 0 && lines[^1] is "" or "\\") lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        return string.Join('\n', lines.Where(static l => l.Length > 0).Select(static l => ListOpening().Replace(l, "$1\\$2")));
    }

    /// <summary>At most one blank line between blocks, none at the ends.</summary>
    private static string Tidy(string markdown) => BlankRun().Replace(markdown, "\n\n").Trim('\n') + "\n";

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    [GeneratedRegex(@"^<(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|table|figure|hr|section|article|aside|header|footer|dl|details|script|style|iframe|!--|address|center|form|nav|main)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockStart();

    [GeneratedRegex("<pre\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreOpen();

    [GeneratedRegex("</pre>", RegexOptions.IgnoreCase)]
    private static partial Regex PreClose();

    [GeneratedRegex(@"[ \t\r\n\u00a0]+")]
    private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"\n(?:[ \t]*\n){2,}")]
    private static partial Regex BlankRun();

    [GeneratedRegex(@"^(\d+(?=[.)] )|(?=[-+] ))(.)")]
    private static partial Regex ListOpening();

    [GeneratedRegex(@"^[\w-]{1,64}$")]
    private static partial Regex VideoId();
}
