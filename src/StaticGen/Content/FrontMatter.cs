namespace StaticGen.Content;

/// <summary>A Markdown file split into its YAML front matter and its body, with the lines each starts on.</summary>
public sealed record FrontMatterSplit(string? Yaml, int YamlLine, string Body, int BodyLine);

/// <summary>Splits <c>---</c>-fenced YAML front matter off a Markdown file, before Markdig sees the body.</summary>
public static class FrontMatter
{
    public static FrontMatterSplit Split(string path, string text, DiagnosticList diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        text = TextLines.Normalize(text);

        if (text.StartsWith("+++", StringComparison.Ordinal))
        {
            diagnostics.Error(Stage.Load, path, 1, 1, "TOML front matter (+++) is not supported; write the front matter as YAML between '---' lines");
            return new FrontMatterSplit(null, 0, text, 1);
        }

        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
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
            if (lineText.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterSplit(yaml, 2, body, line + 1);
            }

            if (end < 0) break;
            position = end + 1;
            line++;
        }

        diagnostics.Error(Stage.Load, path, 1, 1, "the front matter opened with '---' on line 1 is never closed; add a line '---' after the last key");
        return new FrontMatterSplit(null, 0, text, 1);
    }
}
