using System.Buffers;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticGen.Content;

/// <summary>
/// Turns plain text into Markdown that renders back to exactly that text: every character that
/// could start Markdown or HTML markup is backslash-escaped. This is how raw articles stay text.
/// The escapes are chosen for the Markdig pipeline in <c>Rendering</c>, which enables no extension
/// that gives meaning to other characters (no autolinks, no generic attributes, no math, no emoji).
/// </summary>
public static class MarkdownText
{
    /// <summary>Escapes one line of plain text for use as Markdown inline content.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = CollapseWhitespace(text);
        if (line.Length == 0) return line;

        // Most characters are plain: copy the runs between the ones that may need a backslash.
        StringBuilder? sb = null;
        var copied = 0;
        var i = line.AsSpan().IndexOfAny(s_mayNeedEscape);
        while (i >= 0)
        {
            if (NeedsEscape(line, i))
            {
                sb ??= new StringBuilder(line.Length + 8);
                sb.Append(line, copied, i - copied).Append('\\');
                copied = i;
            }

            var next = line.AsSpan(i + 1).IndexOfAny(s_mayNeedEscape);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return sb is null ? line : sb.Append(line, copied, line.Length - copied).ToString();
    }

    private static readonly SearchValues<char> s_mayNeedEscape = SearchValues.Create("\\`*_[]<>~|&#-+=:.)");

    /// <summary>Whether the character at <paramref name="i"/> of a collapsed line needs a backslash to stay text.</summary>
    internal static bool NeedsEscape(string line, int i) => line[i] switch
    {
        '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '|' => true,
        '&' => LooksLikeEntity(line, i),
        '#' or '-' or '+' or '=' or ':' => i == 0,
        '.' or ')' => IsOrderedListMarker(line, i),
        _ => false,
    };

    /// <summary>
    /// Escapes a whole text as Markdown paragraphs (split at blank lines): what is left of a body that
    /// cannot be rendered as Markdown. The result renders as exactly that text, flat.
    /// </summary>
    public static string EscapeParagraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = TextLines.Normalize(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(Escape)
            .Where(static p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Escapes text for a link or image title written as <c>"title"</c>.</summary>
    public static string EscapeTitle(string text) =>
        CollapseWhitespace(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>Writes a file name as a link destination: spaces and brackets would end it, so they are encoded.</summary>
    public static string Destination(string path)
    {
        var sb = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            switch (c)
            {
                case ' ': sb.Append("%20"); break;
                case '(': sb.Append("%28"); break;
                case ')': sb.Append("%29"); break;
                case '<': sb.Append("%3C"); break;
                case '>': sb.Append("%3E"); break;
                case '"': sb.Append("%22"); break;
                case '\\': sb.Append("%5C"); break;
                default:
                    if (char.IsControl(c)) break;
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Tabs, newlines and runs of spaces become one space; ends are trimmed (trailing spaces would make a hard break).</summary>
    internal static string CollapseWhitespace(string text)
    {
        // Most lines have neither (two vectorised searches).
        if (text.AsSpan().IndexOfAny(s_breaks) < 0 && !text.Contains("  ", StringComparison.Ordinal)) return text.Trim();
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The whitespace other than the space that <see cref="CollapseWhitespace"/> turns into one.</summary>
    private static readonly SearchValues<char> s_breaks = SearchValues.Create("\t\n\r\f\v");

    private static bool LooksLikeEntity(string line, int ampersand)
    {
        var i = ampersand + 1;
        if (i < line.Length && line[i] == '#') i++;
        var start = i;
        while (i < line.Length && char.IsAsciiLetterOrDigit(line[i])) i++;
        return i > start && i < line.Length && line[i] == ';';
    }

    private static bool IsOrderedListMarker(string line, int index)
    {
        if (index == 0 || index > 9) return false;
        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(line[i])) return false;
        }

        return index + 1 == line.Length || line[index + 1] == ' ';
    }

    /// <summary>The text a reader sees in parsed Markdown inlines (a heading, a link, an image's alt), without markup.</summary>
    public static string PlainText(ContainerInline container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var sb = new StringBuilder();
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
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Trim();
    }
}
