using System.Net;
using System.Text;

namespace StaticGen.Rendering.Markdown.Html;

/// <summary>A problem <see cref="HtmlFilter"/> found, at a 0-based line of the HTML it was given.</summary>
public readonly record struct HtmlProblem(int Line, string Message);

/// <summary>
/// Raw HTML in an article's Markdown, made safe tag by tag against an allow-list
/// (<c>data/html-allowed.tsv</c>): an allowed tag is written again with only its allowed
/// attributes (URLs resolved and checked), any other tag is shown as text, and comments are dropped.
/// </summary>
/// <remarks>
/// Tag by tag rather than with a DOM sanitizer: Markdig hands raw HTML over in pieces (<c>&lt;abbr&gt;</c>,
/// the text, <c>&lt;/abbr&gt;</c> are three inlines; a <c>&lt;details&gt;</c> block ends before the Markdown
/// inside it), and a DOM parser would close each piece on its own. Text between tags is passed on; it
/// cannot open markup, since every <c>&lt;</c> either starts a tag that is checked here or is escaped.
/// </remarks>
public sealed class HtmlFilter
{
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal) { "br", "hr", "img", "wbr", "col" };

    private readonly Dictionary<string, HashSet<string>> _tags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _global = new(StringComparer.Ordinal);
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);
    private readonly HashSet<string> _block = new(StringComparer.Ordinal);

    /// <summary>The default allow-list, embedded as <c>data/html-allowed.tsv</c>.</summary>
    public static HtmlFilter Default { get; } = Parse(EmbeddedResources.ReadText("data/html-allowed.tsv"));

    /// <summary>Reads an allow-list: a tag and its attributes on each row; <c>@global</c> and <c>@url</c> rows name attributes, <c>@block</c> the tags that may not stand in a paragraph.</summary>
    public static HtmlFilter Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var filter = new HtmlFilter();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t', 2);
            var attributes = cells.Length > 1 ? cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            switch (cells[0])
            {
                case "@global":
                    filter._global.UnionWith(attributes);
                    break;
                case "@url":
                    filter._urls.UnionWith(attributes);
                    break;
                case "@block":
                    filter._block.UnionWith(attributes);
                    break;
                default:
                    filter._tags[cells[0]] = [.. attributes];
                    break;
            }
        }

        return filter;
    }

    /// <summary>Whether <paramref name="tag"/> (lower case) may be written as HTML.</summary>
    public bool Allows(string tag) => _tags.ContainsKey(tag);

    /// <summary>The allowed tags, ordered (for the user guide and tests).</summary>
    public IEnumerable<string> Tags => _tags.Keys.Order(StringComparer.Ordinal);

    /// <summary>The attributes <paramref name="tag"/> may carry (its own and the global ones), ordered; none for a tag off the list.</summary>
    public IEnumerable<string> AttributesOf(string tag) =>
        _tags.TryGetValue(tag, out var own) ? own.Union(_global).Order(StringComparer.Ordinal) : [];

    /// <summary>Whether <paramref name="attribute"/> holds a URL (resolved like a link, and checked).</summary>
    public bool IsUrl(string attribute) => _urls.Contains(attribute);

    /// <summary>
    /// Filters a piece of raw HTML.
    /// </summary>
    /// <param name="html">The HTML as written: one inline tag, or an HTML block.</param>
    /// <param name="url">Maps a URL attribute as written to the URL to publish, or null to drop it (an unsafe scheme).</param>
    /// <param name="problems">Gets each tag shown as text and each attribute dropped.</param>
    /// <param name="open">
    /// The tags opened and not yet closed in the piece's scope (its paragraph, link or emphasis, or its
    /// container block): a closing tag that closes none of them is left out, one that closes an outer one
    /// closes the inner ones first, so a piece never closes markup the page made around it. The caller closes
    /// what is left open at the end of the scope (<see cref="CloseAll"/>).
    /// </param>
    /// <param name="inline">True for raw HTML inside a paragraph: only phrasing tags (<c>b</c>, <c>abbr</c>, <c>a</c>…) stay HTML there.</param>
    public string Filter(string html, Func<string, string?> url, List<HtmlProblem> problems, List<string> open, bool inline)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(problems);
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }

            sb.Append(html, i, lt - i);
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0 && html.IndexOf("-->", lt + 4, StringComparison.Ordinal) is var close and >= 0)
            {
                i = close + 3; // a comment (<!--more--> included) is the author's note, not the page's
                continue;
            }

            if (Tag.Read(html, lt) is not { } tag)
            {
                sb.Append("&lt;");
                i = lt + 1;
                continue;
            }

            var text = html[lt..tag.End];
            var line = LineAt(html, lt);
            if (!_tags.TryGetValue(tag.Name, out var allowed) || (inline && _block.Contains(tag.Name)))
            {
                if (!tag.Closing)
                {
                    problems.Add(new HtmlProblem(line, $"HTML <{tag.Name}> is not allowed in an article, so it is shown as text (allowed: abbr, sup, kbd, details… see the user guide; markdown.unsafeHtml: true publishes any HTML)"));
                }

                sb.Append(WebUtility.HtmlEncode(text));
                i = tag.End;
                continue;
            }

            if (tag.Closing)
            {
                var at = open.LastIndexOf(tag.Name);
                if (at >= 0)
                {
                    for (var k = open.Count - 1; k >= at; k--) sb.Append("</").Append(open[k]).Append('>');
                    open.RemoveRange(at, open.Count - at);
                }

                i = tag.End;
                continue;
            }

            if (!s_void.Contains(tag.Name)) open.Add(tag.Name);

            sb.Append('<').Append(tag.Name);
            foreach (var (name, value) in tag.Attributes)
            {
                if (!(allowed.Contains(name) || _global.Contains(name)))
                {
                    problems.Add(new HtmlProblem(line, $"the attribute '{name}' of <{tag.Name}> is not allowed in an article and is left out"));
                    continue;
                }

                var decoded = Decode(value ?? "");
                if (_urls.Contains(name))
                {
                    if (url(decoded) is not { } safe)
                    {
                        problems.Add(new HtmlProblem(line, $"the {name} of <{tag.Name}> ('{decoded}') is left out: it is not a web address, a site path or a file of the site"));
                        continue;
                    }

                    decoded = safe;
                }

                sb.Append(' ').Append(name);
                if (value is not null) sb.Append("=\"").Append(WebUtility.HtmlEncode(decoded)).Append('"');
            }

            sb.Append('>');
            i = tag.End;
        }

        return sb.ToString();
    }

    /// <summary>The closing tags of <paramref name="open"/>, innermost first; empties it.</summary>
    public static string CloseAll(List<string> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var sb = new StringBuilder();
        for (var k = open.Count - 1; k >= 0; k--) sb.Append("</").Append(open[k]).Append('>');
        open.Clear();
        return sb.ToString();
    }

    private static readonly System.Text.RegularExpressions.Regex s_reference =
        new("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// An attribute value as a browser reads it, in one pass: numeric references and all of HTML5's named
    /// ones (<c>&amp;colon;</c>, which <c>WebUtility.HtmlDecode</c> does not know), so a scheme cannot hide behind one.
    /// </summary>
    internal static string Decode(string value) => !value.Contains('&', StringComparison.Ordinal) ? value : s_reference.Replace(value, static m =>
    {
        var reference = m.Groups[1].Value;
        if (reference[0] == '#')
        {
            var hex = reference.Length > 1 && reference[1] is 'x' or 'X';
            var number = hex ? int.Parse(reference.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)
                : int.Parse(reference.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            return number is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(number) : "\uFFFD";
        }

        var provider = AngleSharp.Html.HtmlEntityProvider.Resolver;
        return provider.GetSymbol(reference + ";") ?? provider.GetSymbol(reference) ?? m.Value;
    });

    private static int LineAt(string text, int index)
    {
        var line = 0;
        for (var k = text.IndexOf('\n'); k >= 0 && k < index; k = text.IndexOf('\n', k + 1)) line++;
        return line;
    }

    /// <summary>A start or end tag as HTML's tokenizer reads it: name lower-cased, attributes in order.</summary>
    private sealed record Tag(string Name, bool Closing, IReadOnlyList<(string Name, string? Value)> Attributes, int End)
    {
        /// <summary>The tag starting at <paramref name="start"/> (a '&lt;'), or null when none starts there.</summary>
        public static Tag? Read(string s, int start)
        {
            var i = start + 1;
            var closing = i < s.Length && s[i] == '/';
            if (closing) i++;
            if (i >= s.Length || !char.IsAsciiLetter(s[i])) return null;
            var nameStart = i;
            while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] == '-')) i++;
            var name = s[nameStart..i].ToLowerInvariant();
            var attributes = new List<(string, string?)>();
            while (true)
            {
                while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '/')) i++;
                if (i >= s.Length) return null;
                if (s[i] == '>') return new Tag(name, closing, attributes, i + 1);
                var attributeStart = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('>' or '/' or '=' or '"' or '\'' or '<')) i++;
                if (i == attributeStart) return null; // a quote or '<' where a name belongs
                var attribute = s[attributeStart..i].ToLowerInvariant();
                var j = i;
                while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
                if (j < s.Length && s[j] == '=')
                {
                    j++;
                    while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
                    if (j >= s.Length) return null;
                    string value;
                    if (s[j] is '"' or '\'')
                    {
                        var end = s.IndexOf(s[j], j + 1);
                        if (end < 0) return null;
                        value = s[(j + 1)..end];
                        i = end + 1;
                    }
                    else
                    {
                        var valueStart = j;
                        while (j < s.Length && !char.IsWhiteSpace(s[j]) && s[j] is not ('>' or '"' or '\'' or '=' or '<' or '`')) j++;
                        value = s[valueStart..j];
                        i = j;
                    }

                    attributes.Add((attribute, value));
                }
                else
                {
                    attributes.Add((attribute, null));
                }
            }
        }
    }
}
