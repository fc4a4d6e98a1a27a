using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace StaticGen.Configuration;

/// <summary>
/// Reads typed values out of a YAML tree and reports every problem as a <see cref="Diagnostic"/>
/// that names the file, line and column. Shared by <c>site.config.yml</c> and article front matter,
/// so both speak the same language about wrong types and unknown keys.
/// </summary>
internal sealed class YamlBinder(string path, Stage stage, DiagnosticList diagnostics, int lineOffset = 0)
{
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    public string Path => path;

    /// <summary>Where each key read so far was written: dotted path → line and column of its value.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions => _positions;

    /// <summary>Records where <paramref name="key"/> (a dotted path) was written.</summary>
    public void Record(string key, YamlNode node) => _positions[key] = new SourcePosition(Line(node), Column(node));

    public DiagnosticList Diagnostics => diagnostics;

    /// <summary>
    /// How deeply YAML collections may nest. Config and front matter need three levels; YamlDotNet
    /// builds its node tree recursively, so a document of 100,000 '[' would overflow the stack and
    /// kill the process (which no catch can stop). <see cref="LoadMapping"/> checks the depth first,
    /// on YamlDotNet's event parser, which keeps its state on the heap.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// How many values (scalars, lists, mappings) a YAML document may stand for once its aliases
    /// are expanded. An alias (<c>*name</c>) repeats what its anchor holds, so a kilobyte of nested
    /// aliases (a "billion laughs") stands for a billion values, which reading <c>params</c> would
    /// build one by one. A config or front matter holds a few hundred at most.
    /// </summary>
    public const int MaxNodes = 10_000;

    /// <summary>
    /// Parses YAML text into its root node; null (with an error naming the line and column, and what
    /// was expected) when the text is not YAML or nests too deeply, and an empty mapping when the text is empty.
    /// </summary>
    public YamlMappingNode? LoadMapping(string text, string what)
    {
        if (!CheckStructure(text, what)) return null;

        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            diagnostics.Error(stage, path, (int)e.Start.Line + lineOffset, (int)e.Start.Column, $"{what} is not valid YAML: {Explain(e)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            diagnostics.Error(stage, path, 1 + lineOffset, 0, $"{what} is not valid YAML: check brackets and quotes ({e.Message})");
            return null;
        }

        switch (root)
        {
            case null:
                return new YamlMappingNode();
            case YamlScalarNode { Value: null or "" }:
                return new YamlMappingNode();
            case YamlMappingNode mapping:
                return mapping;
            default:
                Error(root, $"{what} must be a mapping of keys to values (key: value), not a {Describe(root)}");
                return null;
        }
    }

    /// <summary>
    /// Reads the YAML as a stream of events, without building nodes: reports syntax errors where the
    /// parser stopped (with a hint at the usual cause) and refuses collections nested deeper than
    /// <see cref="MaxDepth"/> or a document that stands for more than <see cref="MaxNodes"/> values
    /// once its aliases are expanded (each alias counts as the values and depth of its anchor).
    /// Linear in the text and never recursive.
    /// </summary>
    private bool CheckStructure(string text, string what)
    {
        var parser = new Parser(new StringReader(text));
        Mark last = Mark.Empty;

        // Open collections: the anchor they define, the count of values when they started, how deep their content goes.
        var open = new Stack<(string Anchor, long Start, int Below)>();
        var anchors = new Dictionary<string, (long Nodes, int Depth)>(StringComparer.Ordinal);
        long nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (open.Count + 1 > MaxDepth) return TooDeep(current.Start, "");
                        open.Push((Name(((NodeEvent)current).Anchor), nodes, 0));
                        nodes++;
                        break;
                    case MappingEnd or SequenceEnd:
                        var (anchor, start, below) = open.Pop();
                        Ended(anchor, nodes - start, below + 1);
                        break;
                    case Scalar scalar:
                        nodes++;
                        Ended(Name(scalar.Anchor), 1, 0);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var target)) break;
                        nodes += target.Nodes;
                        if (open.Count + target.Depth > MaxDepth) return TooDeep(current.Start, $" once the alias *{alias.Value.Value} is expanded");
                        if (open.Count > 0)
                        {
                            var parent = open.Pop();
                            open.Push(parent with { Below = Math.Max(parent.Below, target.Depth) });
                        }

                        break;
                }

                if (nodes > MaxNodes)
                {
                    diagnostics.Error(stage, path, (int)current.Start.Line + lineOffset, (int)current.Start.Column, string.Create(CultureInfo.InvariantCulture,
                        $"{what} stands for more than {MaxNodes:N0} values once its aliases (*name) are expanded; it is refused. Expected a few hundred values: write the values out instead of repeating anchors"));
                    return false;
                }
            }

            return true;
        }
        catch (YamlException e)
        {
            diagnostics.Error(stage, path, (int)e.Start.Line + lineOffset, (int)e.Start.Column, $"{what} is not valid YAML: {Explain(e)}");
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet throws these, without a position, for some malformed input (an unclosed '[' or '{').
            var line = Math.Max(1, (int)last.Line) + lineOffset;
            diagnostics.Error(stage, path, line, (int)last.Column,
                $"{what} is not valid YAML after this point: expected a closing ']' or '}}' for an open list or mapping, or a closing quote");
            return false;
        }

        // A value ended: its anchor (if any) remembers what it stands for, and its parent how deep it goes.
        void Ended(string anchor, long count, int depth)
        {
            if (anchor.Length > 0) anchors[anchor] = (count, depth);
            if (open.Count == 0) return;
            var parent = open.Pop();
            open.Push(parent with { Below = Math.Max(parent.Below, depth) });
        }

        // YamlDotNet's empty anchor throws when asked for its name.
        static string Name(AnchorName anchor) => anchor.IsEmpty ? "" : anchor.Value;

        bool TooDeep(Mark at, string how)
        {
            diagnostics.Error(stage, path, (int)at.Line + lineOffset, (int)at.Column,
                $"{what} nests lists and mappings more than {MaxDepth} levels deep{how}; expected at most a few levels (key: value, lists of values)");
            return false;
        }
    }

    /// <summary>YamlDotNet's message, with what to do for the mistakes people make most.</summary>
    private static string Explain(YamlException e)
    {
        var message = (e.InnerException as YamlException ?? e).Message.TrimEnd('.');
        var hint = message switch
        {
            _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) => "; indent with spaces, not tabs",
            _ when message.Contains("found invalid mapping", StringComparison.Ordinal) || message.Contains("mapping values are not allowed", StringComparison.Ordinal) =>
                "; expected 'key: value' with keys of one mapping starting in the same column, and a value that holds ': ' or starts with a quote, '[' or '{' written in quotes",
            _ when message.Contains("quoted scalar", StringComparison.Ordinal) => "; expected a closing quote (a quote inside a value is written twice in '…', or as \\\" in \"…\")",
            _ when message.Contains("Duplicate key", StringComparison.Ordinal) => "; expected each key once",
            _ => "",
        };
        return message + hint;
    }

    /// <summary>
    /// Walks a mapping: each known key calls its reader; an unknown key is a warning that suggests
    /// the nearest known one, or says what to write instead when <paramref name="hints"/> knows the key.
    /// </summary>
    /// <param name="node">The mapping.</param>
    /// <param name="context">Its dotted path, empty at the root.</param>
    /// <param name="readers">A reader for each known key.</param>
    /// <param name="hints">What to write instead of a known foreign key.</param>
    /// <param name="unknown">Takes each key no reader knows, instead of a warning; null: warn.</param>
    public void Mapping(YamlNode node, string context, IReadOnlyDictionary<string, Action<YamlNode>> readers, IReadOnlyDictionary<string, string>? hints = null, Action<string, YamlNode>? unknown = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"'{context}' must be a mapping of keys to values, not a {Describe(node)}");
            return;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : "";
            if (readers.TryGetValue(key, out var read))
            {
                Record(context.Length == 0 ? key : $"{context}.{key}", valueNode);
                read(valueNode);
                continue;
            }

            if (unknown is not null && key.Length > 0)
            {
                Record(context.Length == 0 ? key : $"{context}.{key}", valueNode);
                unknown(key, valueNode);
                continue;
            }

            var nearest = Nearest(key, readers.Keys);
            var hint = hints is not null && hints.TryGetValue(key, out var instead) ? $" {instead}." : nearest is null ? $" Known keys: {string.Join(", ", readers.Keys)}." : $" Did you mean '{nearest}'?";
            var where = context.Length == 0 ? "" : $" in '{context}'";
            Warning(keyNode, $"unknown key '{key}'{where}; it is ignored.{hint}");
        }
    }

    public string? String(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : Text(scalar, key);
        }

        Error(node, $"'{key}' must be text, not a {Describe(node)}");
        return null;
    }

    public int? Int(YamlNode node, string key, int min, int max)
    {
        var text = String(node, key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(node, $"'{key}' must be a whole number from {min} to {max}, got '{text}'");
        return null;
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, written with a '.' (<c>0.05</c>) or as a percentage (<c>5%</c>).</summary>
    public double? Share(YamlNode node, string key, double min, double max)
    {
        var text = String(node, key);
        if (text is null) return null;
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (percent) value /= 100;
            if (value >= min && value <= max && double.IsFinite(value)) return value;
        }

        Error(node, string.Create(CultureInfo.InvariantCulture, $"'{key}' must be a share from {min} to {max} (such as 0.01 or 1%), got '{text}'"));
        return null;
    }

    public bool? Bool(YamlNode node, string key)
    {
        var text = String(node, key);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Error(node, $"'{key}' must be true or false, got '{text}'");
                return null;
        }
    }

    public Uri? AbsoluteUrl(YamlNode node, string key)
    {
        var text = String(node, key);
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        Error(node, $"'{key}' must be an absolute http(s) URL such as https://example.org/ or https://user.github.io/repo/, got '{text}'");
        return null;
    }

    public DateTimeOffset? Date(YamlNode node, string key)
    {
        var text = String(node, key);
        if (text is null) return null;
        if (Dates.TryParseIso(text, out var date)) return date;
        Error(node, $"'{key}' must be a date such as 2024-05-03 or 2024-05-03T14:30:00Z, got '{text}'");
        return null;
    }

    /// <summary>A list of strings; a single scalar counts as a one-item list (<c>tags: NATO</c>).</summary>
    public IReadOnlyList<string>? StringList(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlScalarNode scalar:
                Record($"{key}[0]", scalar);
                return [Text(scalar, key)];
            case YamlSequenceNode sequence:
                var list = new List<string>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: not null } s && !IsNull(s))
                    {
                        Record(string.Create(CultureInfo.InvariantCulture, $"{key}[{list.Count}]"), item);
                        list.Add(Text(s, key));
                    }
                    else
                    {
                        Error(item, $"each item of '{key}' must be text, not a {Describe(item)}");
                    }
                }

                return list;
            default:
                Error(node, $"'{key}' must be a list of text items, not a {Describe(node)}");
                return null;
        }
    }

    public IReadOnlyDictionary<string, string>? StringMap(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar && IsNull(scalar))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"'{key}' must be a mapping of text to text (from: to), not a {Describe(node)}");
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode { Value: { Length: > 0 } } name && v is YamlScalarNode { Value: not null } value)
            {
                map[Text(name, key)] = Text(value, key);
                Record($"{key}.{name.Value}", value);
            }
            else
            {
                Error(v, $"each entry of '{key}' must map text to text");
            }
        }

        return map;
    }

    /// <summary>
    /// Free-form values for templates (<c>params:</c>): a mapping whose values are text, whole numbers,
    /// decimals, true/false, lists and mappings, in the order written. A quoted scalar is always text.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Params(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar && IsNull(scalar)) return TemplateParams.Empty;
        if (node is not YamlMappingNode)
        {
            Error(node, $"'{key}' must be a mapping of names to values (name: value), not a {Describe(node)}");
            return null;
        }

        return ParamValue(node, key) as IReadOnlyDictionary<string, object?>;
    }

    /// <summary>One free-form value, typed as <see cref="Params"/> types them (a key kept by <c>frontMatter.unknown: keep</c>).</summary>
    public object? Param(YamlNode node, string key) => ParamValue(node, key);

    private object? ParamValue(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case YamlScalarNode scalar:
                var text = Text(scalar, key);
                if (scalar.Style != ScalarStyle.Plain) return text;
                if (text is "true" or "True" or "TRUE") return true;
                if (text is "false" or "False" or "FALSE") return false;
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
                if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
                    && double.IsFinite(number)) return number;
                return text;
            case YamlSequenceNode sequence:
                var list = new List<object?>(sequence.Children.Count);
                foreach (var item in sequence.Children) list.Add(ParamValue(item, string.Create(CultureInfo.InvariantCulture, $"{key}[{list.Count}]")));
                return list.AsReadOnly();
            case YamlMappingNode mapping:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (k, v) in mapping.Children)
                {
                    if (k is not YamlScalarNode { Value: { Length: > 0 } name })
                    {
                        Error(k, $"each name in '{key}' must be text");
                        continue;
                    }

                    if (!map.TryAdd(name, ParamValue(v, $"{key}.{name}"))) Error(k, $"'{key}.{name}' is written twice");
                }

                return map.AsReadOnly();
            default:
                Error(node, $"'{key}' holds a value that is not text, a number, true/false, a list or a mapping");
                return null;
        }
    }

    /// <summary>A scalar's text without characters that are not text (a YAML escape such as "\x01" can write them), with a warning when there were any.</summary>
    private string Text(YamlScalarNode scalar, string key)
    {
        var text = TextSafety.RemoveNonText(scalar.Value ?? "", out var removed, out _);
        if (removed > 0) Warning(scalar, $"'{key}' holds {removed} control character{(removed == 1 ? "" : "s")}, which {(removed == 1 ? "is" : "are")} not text; removed");
        return text;
    }

    public void Error(YamlNode node, string message) =>
        diagnostics.Error(stage, path, Line(node), Column(node), message);

    public void Warning(YamlNode node, string message) =>
        diagnostics.Warning(stage, path, Line(node), Column(node), message);

    public int Line(YamlNode node) => (int)node.Start.Line + lineOffset;

    public static int Column(YamlNode node) => (int)node.Start.Column;

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "single value",
    };

    /// <summary>The known key closest to a misspelt one (edit distance ≤ 3, case-insensitive), if any.</summary>
    internal static string? Nearest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = EditDistance(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return bestDistance <= Math.Max(1, Math.Min(3, key.Length / 2)) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
