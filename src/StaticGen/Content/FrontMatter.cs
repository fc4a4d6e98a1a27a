namespace StaticGen.Content;

/// <summary>
/// A Markdown file split into its front matter and its body, with the lines each starts on. <see cref="Yaml"/>
/// holds the front matter's text: YAML, or TOML when <see cref="IsToml"/>.
/// </summary>
public sealed record FrontMatterSplit(string? Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>The front matter is TOML (fenced with <c>+++</c>, as Hugo writes it).</summary>
    public bool IsToml { get; init; }
}

/// <summary>Splits <c>---</c>-fenced YAML or <c>+++</c>-fenced TOML front matter off a Markdown file, before Markdig sees the body.</summary>
public static class FrontMatter
{
    public static FrontMatterSplit Split(string path, string text, DiagnosticList diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        text = TextLines.Normalize(text);

        var toml = text.StartsWith("+++\n", StringComparison.Ordinal) || text == "+++";
        if (!toml && !(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
        {
            return new FrontMatterSplit(null, 0, text, 1);
        }

        // Find the closing fence: a line that is exactly '---' (or '...', YAML's document end).
        var position = 4;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (toml ? lineText.TrimEnd() is "+++" : lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[Math.Min(4, position)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterSplit(yaml, 2, body, line + 1) { IsToml = toml };
            }

            if (end < 0) break;
            position = end + 1;
            line++;
        }

        var fence = toml ? "+++" : "---";
        diagnostics.Error(Stage.Load, path, 1, 1, $"the front matter opened with '{fence}' on line 1 is never closed; add a line '{fence}' after the last key");
        return new FrontMatterSplit(null, 0, text, 1);
    }
}
