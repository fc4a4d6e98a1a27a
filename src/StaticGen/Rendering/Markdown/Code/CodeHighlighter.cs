using System.Net;
using System.Text;
using ColorCode;
using ColorCode.Parsing;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticGen.Rendering.Markdown.Code;

/// <summary>
/// Highlights fenced code at build time with ColorCode: each token is a <c>span</c> whose class names
/// its kind (<c>hl-keyword</c>, <c>hl-string</c>, <c>hl-comment</c>…), which the theme's CSS colours
/// for light and dark. Readers' browsers run no script for it.
/// </summary>
public static class CodeHighlighter
{
    /// <summary>
    /// Code longer than this is published plain: ColorCode's patterns backtrack, and a pasted log file
    /// is not worth colouring.
    /// </summary>
    public const int MaxLength = 20_000;

    /// <summary>Names authors give fences (GitHub's, Hugo's) for the languages ColorCode knows by another id.</summary>
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.Ordinal)
    {
        ["cs"] = "c#", ["csharp"] = "c#", ["js"] = "javascript", ["jsx"] = "javascript", ["mjs"] = "javascript",
        ["ts"] = "typescript", ["tsx"] = "typescript", ["py"] = "python", ["python3"] = "python",
        ["c"] = "cpp", ["c++"] = "cpp", ["h"] = "cpp", ["hpp"] = "cpp", ["cc"] = "cpp",
        ["fs"] = "f#", ["fsharp"] = "f#", ["ps1"] = "powershell", ["pwsh"] = "powershell", ["ps"] = "powershell",
        ["vb"] = "vb.net", ["vbnet"] = "vb.net", ["htm"] = "html", ["xhtml"] = "html", ["svg"] = "xml", ["xaml"] = "xml",
        ["csproj"] = "xml", ["md"] = "markdown", ["mysql"] = "sql", ["postgresql"] = "sql", ["tsql"] = "sql", ["m"] = "matlab",
    };

    /// <summary>The language a fence's info string names, or null when ColorCode does not know it.</summary>
    public static ILanguage? Language(string? info)
    {
        if (string.IsNullOrWhiteSpace(info)) return null;
        var id = info.Trim().ToLowerInvariant();
        if (s_aliases.TryGetValue(id, out var known)) id = known;
        return Languages.FindById(id);
    }

    /// <summary>The code as HTML: text escaped, tokens in <c>span class="hl-…"</c>.</summary>
    public static string Html(string code, ILanguage language)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(language);
        var formatter = new SpanFormatter();
        return formatter.Format(code, language);
    }

    /// <summary>The class of a ColorCode scope: <c>"Class Name"</c> → <c>hl-class-name</c>, <c>"String (C# @ Verbatim)"</c> → <c>hl-string-c-verbatim</c>.</summary>
    public static string ClassOf(string scopeName)
    {
        var name = new StringBuilder("hl-");
        var dash = false;
        foreach (var c in scopeName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && name.Length > 3) name.Append('-');
                name.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return name.ToString();
    }

    /// <summary>One use only: ColorCode hands the code over in fragments, each with its scopes (offsets within the fragment).</summary>
    private sealed class SpanFormatter() : CodeColorizerBase(null, null)
    {
        private readonly StringBuilder _html = new();

        public string Format(string code, ILanguage language)
        {
            languageParser.Parse(code, language, Write);
            return _html.ToString();
        }

        protected override void Write(string parsedSourceCode, IList<Scope> scopes)
        {
            WriteRange(parsedSourceCode, 0, parsedSourceCode.Length, scopes);
        }

        private void WriteRange(string text, int start, int end, IList<Scope> scopes)
        {
            var position = start;
            foreach (var scope in scopes.OrderBy(static s => s.Index))
            {
                var from = Math.Clamp(scope.Index, position, end);
                var to = Math.Clamp(scope.Index + scope.Length, from, end);
                Escape(text, position, from);
                if (to > from)
                {
                    _html.Append("<span class=\"").Append(ClassOf(scope.Name)).Append("\">");
                    WriteRange(text, from, to, scope.Children ?? []);
                    _html.Append("</span>");
                }

                position = to;
            }

            Escape(text, position, end);
        }

        private void Escape(string text, int from, int to)
        {
            if (to > from) _html.Append(WebUtility.HtmlEncode(text[from..to]));
        }
    }
}

/// <summary>
/// Markdig's code block renderer, with fenced code in a language ColorCode knows highlighted
/// (<c>&lt;pre class="highlight"&gt;&lt;code class="language-go"&gt;</c>); any other code block is rendered as Markdig does.
/// </summary>
public sealed class HighlightedCodeBlockRenderer : CodeBlockRenderer
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var code = obj.Lines.ToString();
        if (!renderer.EnableHtmlForBlock || obj is not FencedCodeBlock { Info: { } info } || code.Length > CodeHighlighter.MaxLength
            || CodeHighlighter.Language(info) is not { } language)
        {
            base.Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<pre class=\"highlight\"><code class=\"language-").WriteEscape(info).Write('"').Write('>');
        // ColorCode reads the code with '\r\n' or '\n' alike; the lines Markdig keeps end in '\n'.
        renderer.Write(CodeHighlighter.Html(code.Length == 0 ? code : code + "\n", language));
        renderer.WriteLine("</code></pre>");
    }
}
