using System.Globalization;
using System.Text;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace StaticGen.Content;

/// <summary>
/// TOML front matter (between <c>+++</c> lines, as Hugo sites write it), read with Tomlyn and handed on as
/// YAML text in which every top-level key stands on the line it has in the TOML: the one front-matter
/// reader then reads both, and its diagnostics name the file's own lines (a key inside a table, the
/// table's line). Pure.
/// </summary>
public static class TomlFrontMatter
{
    /// <param name="path">The file, for diagnostics.</param>
    /// <param name="toml">The text between the fences.</param>
    /// <param name="firstLine">The file line <paramref name="toml"/> starts on.</param>
    /// <param name="diagnostics">Where TOML errors go, at their file line.</param>
    /// <returns>YAML with the same keys and values, line for line; null when the TOML is not valid.</returns>
    public static string? ToYaml(string path, string toml, int firstLine, DiagnosticList diagnostics)
    {
        ArgumentNullException.ThrowIfNull(toml);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var document = SyntaxParser.Parse(toml, path, true);
        if (document.HasErrors)
        {
            // The first error only: the parser's later ones mostly follow from it.
            var message = document.Diagnostics.First(static m => m.Kind == DiagnosticMessageKind.Error);
            diagnostics.Error(Stage.Load, path, firstLine + message.Span.Start.Line, message.Span.Start.Column + 1,
                $"the TOML front matter is not valid: {message.Message}");

            return null;
        }

        TomlTable model;
        try
        {
            // Through the generated context: the reflection path is unavailable to the native (AOT) tool.
            model = TomlSerializer.Deserialize(toml, TomlModelContext.Default.TomlTable) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            diagnostics.Error(Stage.Load, path, firstLine + Math.Max(0, (e.Line ?? 1) - 1), e.Column ?? 0, $"the TOML front matter is not valid: {e.Message}");
            return null;
        }

        var keyLines = KeyLines(toml);
        var yaml = new StringBuilder();
        var line = 0;
        foreach (var (key, value) in model)
        {
            // A key defined again further down (a dotted key, then its table) stays where the first one is.
            var target = Math.Max(line, keyLines.TryGetValue(key, out var at) ? at : line);
            for (; line < target; line++) yaml.Append('\n');
            Quote(yaml, key);
            yaml.Append(": ");
            Value(yaml, value);
            yaml.Append('\n');
            line++;
        }

        return yaml.ToString();
    }

    /// <summary>A TOML value as YAML flow (JSON-like), strings always double-quoted so that no value changes type.</summary>
    private static void Value(StringBuilder yaml, object? value)
    {
        switch (value)
        {
            case null:
                yaml.Append("null");
                break;
            case string text:
                Quote(yaml, text);
                break;
            case bool flag:
                yaml.Append(flag ? "true" : "false");
                break;
            case double number when double.IsNaN(number):
                yaml.Append(".nan");
                break;
            case double number when double.IsInfinity(number):
                yaml.Append(number > 0 ? ".inf" : "-.inf");
                break;
            case double number:
                yaml.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case TomlDateTime date:
                Quote(yaml, date.ToString());
                break;
            case TomlTable table:
                yaml.Append('{');
                var first = true;
                foreach (var (key, item) in table)
                {
                    if (!first) yaml.Append(", ");
                    first = false;
                    Quote(yaml, key);
                    yaml.Append(": ");
                    Value(yaml, item);
                }

                yaml.Append('}');
                break;
            case System.Collections.IEnumerable items:
                yaml.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    if (!firstItem) yaml.Append(", ");
                    firstItem = false;
                    Value(yaml, item);
                }

                yaml.Append(']');
                break;
            case IFormattable formattable:
                yaml.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                Quote(yaml, value.ToString() ?? "");
                break;
        }
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and every character YAML reads as a break or control escaped.</summary>
    private static void Quote(StringBuilder yaml, string text)
    {
        yaml.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': yaml.Append("\\\""); break;
                case '\\': yaml.Append("\\\\"); break;
                case '\n': yaml.Append("\\n"); break;
                case '\t': yaml.Append("\\t"); break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff':
                    yaml.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: yaml.Append(c); break;
            }
        }

        yaml.Append('"');
    }

    /// <summary>The 0-based line each top-level key is first given on: <c>key = …</c> before the first table, or a table header <c>[key…]</c>, <c>[[key…]]</c>.</summary>
    private static Dictionary<string, int> KeyLines(string toml)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        string? multiLine = null;
        var inTable = false;
        var all = toml.Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var text = all[i].Trim();
            if (multiLine is not null)
            {
                if (text.Contains(multiLine, StringComparison.Ordinal)) multiLine = null;
                continue;
            }

            if (text.StartsWith('['))
            {
                inTable = true;
                if (FirstKey(text.TrimStart('[').TrimStart()) is { } table) lines.TryAdd(table, i);
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0) continue;
            if (!inTable && FirstKey(text) is { } key) lines.TryAdd(key, i);
            var value = text[(equals + 1)..].TrimStart();
            foreach (var quotes in (string[])["\"\"\"", "'''"])
            {
                if (value.StartsWith(quotes, StringComparison.Ordinal) && value.IndexOf(quotes, 3, StringComparison.Ordinal) < 0) multiLine = quotes;
            }
        }

        return lines;
    }

    /// <summary>The first segment of a key: bare (<c>menu</c> of <c>menu.main</c>) or quoted.</summary>
    private static string? FirstKey(string text)
    {
        if (text.Length == 0) return null;
        if (text[0] is '"' or '\'')
        {
            var end = text.IndexOf(text[0], 1);
            return end > 0 ? text[1..end] : null;
        }

        var length = 0;
        while (length < text.Length && (char.IsAsciiLetterOrDigit(text[length]) || text[length] is '_' or '-')) length++;
        return length > 0 ? text[..length] : null;
    }
}

/// <summary>Tomlyn's serializer metadata for the untyped model, generated at compile time (no reflection).</summary>
[Tomlyn.Serialization.TomlSerializable(typeof(TomlTable))]
internal sealed partial class TomlModelContext : Tomlyn.Serialization.TomlSerializerContext;
