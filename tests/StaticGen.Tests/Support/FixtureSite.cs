using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticGen.Build;

namespace StaticGen.Tests.Support;

/// <summary>
/// A whole site written from one text (Hugo's <c>Test(t, files)</c> style):
/// <code>
/// -- site.config.yml --
/// title: Test
/// -- content/a.txt --
/// A title
/// </code>
/// Files are written to a temporary folder; <see cref="Build"/> builds it, and
/// <see cref="Html"/> parses an output page with AngleSharp.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private static readonly HtmlParser s_parser = new();
    private readonly TempFolder _folder = new();

    private FixtureSite()
    {
    }

    public string Root => _folder.Path;

    public string Output => Path.Combine(Root, "_site");

    public BuildReport? LastReport { get; private set; }

    public static FixtureSite Parse(string text)
    {
        var site = new FixtureSite();
        string? current = null;
        var body = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) site.Write(current, body.ToString());
                current = line[3..^3].Trim();
                body.Clear();
                continue;
            }

            if (current is not null) body.Append(line).Append('\n');
        }

        if (current is not null) site.Write(current, body.ToString());
        return site;
    }

    /// <summary>A file of the default theme as the program embeds it ("layouts/home.html").</summary>
    public static string DefaultTemplate(string name)
    {
        using var stream = typeof(SiteBuilder).Assembly.GetManifestResourceStream("templates/" + name)
            ?? throw new ArgumentException($"the default theme has no {name}", nameof(name));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.EndsWith("\n\n", StringComparison.Ordinal) ? content[..^1] : content, new UTF8Encoding(false));
    }

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public BuildReport Build(BuildOptions? options = null)
    {
        var o = options ?? new BuildOptions { SiteRoot = Root };
        LastReport = SiteBuilder.Build(o with { SiteRoot = Root });
        return LastReport;
    }

    /// <summary>Builds and fails the test with every diagnostic when the build fails.</summary>
    public BuildReport BuildOk(BuildOptions? options = null)
    {
        var report = Build(options);
        Assert.True(report.Succeeded, "build failed:\n" + string.Join('\n', report.Diagnostics));
        return report;
    }

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public string Text(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public IDocument Html(string outputPath) => s_parser.ParseDocument(Text(outputPath));

    /// <summary>Every file of the output, relative, with forward slashes, sorted.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose() => _folder.Dispose();
}
