using System.Text;
using System.Text.RegularExpressions;

namespace StaticGen.Content;

/// <summary>A Liquid tag or Hugo shortcode left out of a body: its 0-based line in the body and why.</summary>
public readonly record struct TemplateTagNote(int Line, string Message);

/// <summary>
/// Jekyll's Liquid tags and Hugo's shortcodes in a Markdown body, which StaticGen does not run: each becomes
/// the Markdown it stands for where there is one (<c>highlight</c> → fenced code, <c>post_url</c>, <c>link</c>,
/// <c>ref</c>, <c>relref</c> → a link to the post's file, <c>figure</c> → an image, <c>youtube</c>,
/// <c>vimeo</c>, <c>gist</c> → a link, <c>raw</c> → its text, <c>comment</c> → nothing, <c>{{ site.baseurl }}</c>
/// → nothing), and any other is left out with a note naming its line, so that none is ever printed as it
/// was written. Code (fenced blocks and code spans) is left alone: there a tag is what the author shows.
/// Every line stays on its line, so later diagnostics name the file's own lines. Pure.
/// </summary>
public static partial class TemplateTags
{
    private enum Mode { Text, Raw, Comment, Highlight }

    /// <param name="markdown">The body.</param>
    /// <param name="notes">Gets a note for each tag left out.</param>
    /// <returns>The body with its tags converted; the same string when it holds none.</returns>
    public static string Convert(string markdown, List<TemplateTagNote> notes)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(notes);
        if (!markdown.Contains("{%", StringComparison.Ordinal) && !markdown.Contains("{{", StringComparison.Ordinal)) return markdown;

        var lines = markdown.Split('\n');
        var output = new StringBuilder(markdown.Length);
        var mode = Mode.Text;
        string? fence = null;
        Regex? highlightEnd = null;
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) output.Append('\n');
            var line = lines[i];
            if (fence is not null)
            {
                if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0) fence = null;
                output.Append(line);
                continue;
            }

            if (mode == Mode.Highlight)
            {
                if (highlightEnd!.IsMatch(line))
                {
                    output.Append("```");
                    mode = Mode.Text;
                    changed = true;
                }
                else
                {
                    output.Append(line);
                }

                continue;
            }

            if (mode == Mode.Text && FenceOpening().Match(line) is { Success: true } opening)
            {
                fence = opening.Groups["fence"].Value;
                output.Append(line);
                continue;
            }

            var h = mode == Mode.Text ? LiquidHighlight().Match(line) is { Success: true } liquid ? liquid : HugoHighlight().Match(line) : null;
            if (h is { Success: true })
            {
                output.Append("```").Append(h.Groups["lang"].Value);
                highlightEnd = h.Groups["hugo"].Success ? HugoHighlightEnd() : LiquidHighlightEnd();
                mode = Mode.Highlight;
                changed = true;
                continue;
            }

            changed |= ConvertLine(line, i, output, ref mode, notes);
        }

        return changed ? output.ToString() : markdown;
    }

    /// <summary>One line outside code fences, from the mode the previous line left (text, or inside raw or comment).</summary>
    private static bool ConvertLine(string line, int index, StringBuilder output, ref Mode mode, List<TemplateTagNote> notes)
    {
        var changed = false;
        var position = 0;
        while (position <= line.Length)
        {
            if (mode is Mode.Raw or Mode.Comment)
            {
                var end = (mode == Mode.Raw ? EndRaw() : EndComment()).Match(line, position);
                if (!end.Success)
                {
                    if (mode == Mode.Raw) output.Append(line, position, line.Length - position);
                    return true;
                }

                if (mode == Mode.Raw) output.Append(line, position, end.Index - position);
                position = end.Index + end.Length;
                mode = Mode.Text;
                changed = true;
                continue;
            }

            var match = Token().Match(line, position);
            if (!match.Success)
            {
                output.Append(line, position, line.Length - position);
                return changed;
            }

            output.Append(line, position, match.Index - position);
            position = match.Index + match.Length;
            if (match.Groups["code"].Success)
            {
                output.Append(match.Value);
                continue;
            }

            changed = true;
            if (match.Groups["lname"].Success)
            {
                switch (match.Groups["lname"].Value)
                {
                    case "raw":
                        mode = Mode.Raw;
                        continue;
                    case "comment":
                        mode = Mode.Comment;
                        continue;
                    case "post_url" when match.Groups["largs"].Value.Trim() is { Length: > 0 } name:
                        output.Append(FileName(name)).Append(".md");
                        continue;
                    case "link" when match.Groups["largs"].Value.Trim() is { Length: > 0 } file:
                        output.Append(FileName(file));
                        continue;
                    default:
                        notes.Add(new TemplateTagNote(index, $"the Liquid tag '{Short(match.Value)}' has no Markdown equivalent; StaticGen runs no Liquid, so it is left out"));
                        continue;
                }
            }

            if (match.Groups["sname"].Success)
            {
                if (match.Groups["close"].Success) continue; // its opening tag was noted
                var name = match.Groups["sname"].Value;
                var args = match.Groups["sargs"].Value;
                if (Shortcode(name, args) is { } markdown)
                {
                    output.Append(markdown);
                }
                else
                {
                    notes.Add(new TemplateTagNote(index, $"the Hugo shortcode '{Short(match.Value)}' has no Markdown equivalent; StaticGen runs no shortcodes, so it is left out (text between it and its closing tag is kept)"));
                }

                continue;
            }

            // {{ site.baseurl }} and {{ "/path" | relative_url }}: a site path gets the base path when its link is resolved.
            if (match.Groups["fpath"].Success) output.Append(match.Groups["fpath"].Value);
        }

        return changed;
    }

    /// <summary>The Markdown a shortcode stands for, or null when there is none.</summary>
    private static string? Shortcode(string name, string args)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match a in Attribute().Matches(args)) named[a.Groups["key"].Value] = a.Groups["value"].Value;
        var positional = Positional().Matches(Attribute().Replace(args, "")).Select(static m => m.Groups["value"].Success ? m.Groups["value"].Value : m.Groups["bare"].Value).ToList();
        string? First(params string[] keys) => keys.Select(k => named.GetValueOrDefault(k)).FirstOrDefault(static v => !string.IsNullOrEmpty(v));
        switch (name)
        {
            case "ref" or "relref":
                var target = First("path") ?? positional.FirstOrDefault();
                if (string.IsNullOrWhiteSpace(target)) return null;
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var (path, fragment) = hash < 0 ? (target, "") : (target[..hash], target[hash..]);
                if (path.Length == 0) return fragment;
                var file = FileName(path.TrimEnd('/'));
                if (file is "_index.md" or "index.md") file = FileName(path.TrimEnd('/')[..^file.Length].TrimEnd('/')) + ".md";
                return (file.Contains('.', StringComparison.Ordinal) ? file : file + ".md") + fragment;
            case "figure":
                if (First("src") is not { } src) return null;
                var caption = First("caption", "title", "alt") ?? "";
                var credit = First("attr");
                return $"![{caption.Replace("]", "\\]", StringComparison.Ordinal)}]({src}{(credit is null ? "" : $" \"{credit.Replace("\"", "\\\"", StringComparison.Ordinal)}\"")})";
            case "youtube" when (First("id") ?? positional.FirstOrDefault()) is { } id && VideoId().IsMatch(id):
                return $"[Video on YouTube](https://www.youtube.com/watch?v={id})";
            case "vimeo" when (First("id") ?? positional.FirstOrDefault()) is { } id && VideoId().IsMatch(id):
                return $"[Video on Vimeo](https://vimeo.com/{id})";
            case "gist" when positional.Count >= 2 && VideoId().IsMatch(positional[0]) && VideoId().IsMatch(positional[1]):
                return $"[Gist {positional[1]}](https://gist.github.com/{positional[0]}/{positional[1]})";
            default:
                return null;
        }
    }

    private static string FileName(string path)
    {
        var slash = path.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? path : path[(slash + 1)..];
    }

    private static string Short(string tag) => tag.Length <= 80 ? tag : tag[..77] + "…";

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})")]
    private static partial Regex FenceOpening();

    [GeneratedRegex(@"^\s*\{%-?\s*highlight\s+(?<lang>[\w+#.-]+)[^%]*-?%\}\s*$")]
    private static partial Regex LiquidHighlight();

    [GeneratedRegex(@"^\s*\{%-?\s*endhighlight\s*-?%\}\s*$")]
    private static partial Regex LiquidHighlightEnd();

    [GeneratedRegex(@"^\s*(?<hugo>\{\{)[<%]\s*highlight\s+""?(?<lang>[\w+#.-]+)""?.*?[>%]\}\}\s*$")]
    private static partial Regex HugoHighlight();

    [GeneratedRegex(@"^\s*\{\{[<%]\s*/\s*highlight\s*[>%]\}\}\s*$")]
    private static partial Regex HugoHighlightEnd();

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}")]
    private static partial Regex EndRaw();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}")]
    private static partial Regex EndComment();

    [GeneratedRegex("""
        (?<code>(?<ticks>`+)[^`].*?\k<ticks>)
        |(?<liquid>\{%-?\s*(?<lname>\w+)(?<largs>[^%]*?)\s*-?%\})
        |(?<short>\{\{(?<open>[<%])\s*(?<close>/)?\s*(?<sname>[\w./-]+)(?<sargs>.*?)\s*[>%]\}\})
        |(?<var>\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\})
        |(?<filter>\{\{-?\s*(?<q>['"])(?<fpath>[^'"]*)\k<q>\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\})
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Token();

    [GeneratedRegex("""(?<key>\w+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"']+))""")]
    private static partial Regex Attribute();

    [GeneratedRegex("""(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<bare>[^\s"'=]+))""")]
    private static partial Regex Positional();

    [GeneratedRegex(@"^[\w-]{1,64}$")]
    private static partial Regex VideoId();
}
