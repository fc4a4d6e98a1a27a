using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using StaticGen.Cli;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// The malformed inputs of <c>Fixtures/malformed/</c>, built with the command line as a user would:
/// each gives the diagnostic <c>expected.txt</c> names (file, line, column, what was expected), the
/// rest of the site is built, nothing is written outside the output folder, nothing is read from
/// outside the site folder, and no markup from content reaches a page.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private static readonly string s_fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "malformed");
    private static readonly HtmlParser s_parser = new();
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    /// <summary>One line of expected.txt: where, how bad, and text the message must contain.</summary>
    private sealed record Expectation(string Location, string Severity, string Text)
    {
        public override string ToString() => $"{Location}: {Severity}: {Text}";
    }

    private static List<Expectation> Expected(string prefix) =>
        [.. File.ReadAllLines(Path.Combine(s_fixtures, "expected.txt"))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal))
            .Select(static l =>
            {
                var severity = l.Contains(": error: ", StringComparison.Ordinal) ? "error" : "warning";
                var parts = l.Split($": {severity}: ", 2);
                return new Expectation(parts[0], severity, parts[1]);
            })];

    private static (int Exit, string[] Diagnostics) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.CreateRootCommand(stdout, stderr).Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static void AssertGiven(IReadOnlyList<Expectation> expected, IEnumerable<string> printed, Func<string, string> rename)
    {
        var lines = printed.Select(rename).ToList();
        foreach (var e in expected)
        {
            Assert.True(lines.Any(l => l.StartsWith($"{e.Location}: {e.Severity}: ", StringComparison.Ordinal) && l.Contains(e.Text, StringComparison.Ordinal)),
                $"expected `{e}`; the build printed:\n{string.Join('\n', lines)}");
        }
    }

    /// <summary>The site folder with the files the test writes itself: binary, oversized, control bytes, links out.</summary>
    private (string Site, string Outside) MalformedSite()
    {
        var outside = _root.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.jpg"), "SECRET-OUTSIDE-THE-SITE");
        File.WriteAllText(Path.Combine(outside, "leak.txt"), "A title from outside\n\nSECRET-OUTSIDE-THE-SITE text that must never be published.\n");

        var site = _root.Combine("site");
        CopyFolder(Path.Combine(s_fixtures, "site"), site);
        var content = Path.Combine(site, "content");
        File.WriteAllBytes(Path.Combine(content, "20-binary.txt"), [0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02, 0x00]);
        File.WriteAllText(Path.Combine(content, "24-huge.txt"), "A huge raw article\n\n" + string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("Filler sentence about the harbour. ", 40)) + "\n\n", 800)));
        File.WriteAllBytes(Path.Combine(content, "25-control-characters.txt"), "Control characters in a title\n\nA bell \u0007 and an escape \u001B[31m sequence sit in this sentence.\n"u8.ToArray());
        File.WriteAllText(Path.Combine(content, "26-long-line.txt"), "A paragraph without line breaks\n\n" + string.Concat(Enumerable.Repeat("Words of a paragraph that never ends. ", 700)) + "\n");
        File.WriteAllBytes(Path.Combine(content, "27-windows-1252.txt"), CodePagesEncoding().GetBytes("Café owners protest\n\nThe café owners of the harbour protested on Monday against the new fees.\n"));
        File.CreateSymbolicLink(Path.Combine(content, "28-link-out.jpg"), "../../outside/secret.jpg");
        Directory.CreateSymbolicLink(Path.Combine(content, "29-linked-folder"), "../../outside");
        return (site, outside);
    }

    [Fact]
    public void Every_malformed_file_gives_its_diagnostic_and_the_rest_of_the_site_is_built()
    {
        var (site, _) = MalformedSite();
        var output = _root.Combine("out", "_site");

        var (exit, printed) = Run("build", "--config", Path.Combine(site, "site.config.yml"), "--output", output);

        Assert.Equal(0, exit);
        var expected = Expected("site/");
        AssertGiven(expected, printed, static l => "site/" + l);

        // Every content file is named by at least one diagnostic, and every diagnostic is a single line with a place.
        foreach (var file in Directory.EnumerateFileSystemEntries(Path.Combine(site, "content")).Select(Path.GetFileName).Where(static n => !n!.StartsWith("23-same-title-a", StringComparison.Ordinal)))
        {
            Assert.Contains(expected, e => e.Location.StartsWith($"site/content/{file}", StringComparison.Ordinal));
        }

        // Good and recoverable articles are published.
        foreach (var page in new[] { "articles/ferry-timetable-changes", "articles/etc-passwd", "articles/images-from-everywhere", "articles/aliases-from-everywhere",
            "articles/harbour-master-retires", "articles/harbour-master-retires-2", "articles/quotes-within-quotes", "articles/tagged-to-death", "2024/03/old-aliases" })
        {
            Assert.True(File.Exists(Path.Combine(output, page, "index.html")), page);
        }

        Assert.False(Directory.Exists(Path.Combine(output, "articles", "a-huge-raw-article")));
        var deep = s_parser.ParseDocument(File.ReadAllText(Path.Combine(output, "articles", "quotes-within-quotes", "index.html")));
        Assert.Empty(deep.QuerySelectorAll("blockquote"));
        Assert.EndsWith("> > The innermost quote.", deep.QuerySelector(".article__body")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_fails_the_build_on_the_warnings_and_leaves_no_output()
    {
        var (site, _) = MalformedSite();
        var output = _root.Combine("out", "_site");

        var (exit, printed) = Run("build", "--config", Path.Combine(site, "site.config.yml"), "--output", output, "--strict");

        Assert.Equal(1, exit);
        Assert.Contains(printed, static l => l.StartsWith("content/05-unclosed-list.md:3:17: warning: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void The_build_writes_nothing_outside_the_output_folder_and_reads_nothing_outside_the_site()
    {
        var (site, outside) = MalformedSite();
        var output = _root.Combine("out", "_site");
        var before = Snapshot(_root.Path);

        Assert.Equal(0, Run("build", "--config", Path.Combine(site, "site.config.yml"), "--output", output).Exit);

        // Outside the output folder only the build lock beside it (like Hugo's .hugo_build.lock) and
        // the manifest, article cache (entries and bodies) and kept cards of the incremental build are new.
        var after = Snapshot(_root.Path);
        var changed = after.Where(f => !f.Key.StartsWith("out/_site/", StringComparison.Ordinal) && (!before.TryGetValue(f.Key, out var hash) || hash != f.Value)).Select(static f => f.Key);
        Assert.Equal(["out/.staticgen-_site.articles", "out/.staticgen-_site.bodies", "out/.staticgen-_site.lock", "out/.staticgen-_site.manifest.json", "out/.staticgen-_site.partials"], changed.Order(StringComparer.Ordinal));
        Assert.Empty(before.Keys.Except(after.Keys));
        Assert.True(Directory.Exists(outside));

        // Nothing from outside the site folder is in the output.
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("SECRET-OUTSIDE-THE-SITE", File.ReadAllText(file), StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(output, "images", "28-link-out.jpg")));
        Assert.False(Directory.Exists(Path.Combine(output, "images", "29-linked-folder")));
    }

    [Fact]
    public void No_markup_from_content_reaches_a_page()
    {
        var (site, _) = MalformedSite();
        var output = _root.Combine("out", "_site");
        Assert.Equal(0, Run("build", "--config", Path.Combine(site, "site.config.yml"), "--output", output).Exit);

        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var page = s_parser.ParseDocument(File.ReadAllText(file));
            // Elements the hostile fixtures write as text; the theme's own markup (its icons, its scripts) may be anything else.
            Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base, div[onclick], img[onerror], svg[onload], b[onmouseover]"));
            foreach (var element in page.All)
            {
                Assert.DoesNotContain(element.Attributes, static a => a.Name.StartsWith("on", StringComparison.Ordinal));
                Assert.DoesNotContain(element.Attributes, static a => a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
                if (element.LocalName != "script") continue;
                if (string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    // Structured data may quote a title; it must stay one JSON document.
                    using var json = System.Text.Json.JsonDocument.Parse(element.TextContent);
                }
                else
                {
                    Assert.DoesNotContain("alert", element.OuterHtml, StringComparison.Ordinal);
                }
            }
        }

        var article = s_parser.ParseDocument(File.ReadAllText(Path.Combine(output, "articles", "script-script-alert-1-script", "index.html")));
        Assert.Equal("</script><script>alert(1)</script>", article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("<b onmouseover=alert(2)>kicker</b>", article.QuerySelector(".kicker")!.TextContent.Trim());
        Assert.Contains("<script>alert(5)</script>", article.QuerySelector(".article__body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("</title><script>alert('site')</script> Herald", article.Title, StringComparison.Ordinal);

        var raw = s_parser.ParseDocument(File.ReadAllText(Directory.EnumerateFiles(Path.Combine(output, "articles"), "index.html", SearchOption.AllDirectories).Single(f => f.Contains("in-a-raw-title", StringComparison.Ordinal))));
        Assert.StartsWith("</script><script>alert(9)</script>", raw.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("<svg onload=alert(11)>", raw.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string> Configs => [.. Directory.EnumerateFiles(Path.Combine(s_fixtures, "configs")).Select(static f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Configs))]
    public void Each_malformed_config_gives_its_diagnostic(string name)
    {
        var site = _root.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "content"));
        File.Copy(Path.Combine(s_fixtures, "configs", name), Path.Combine(site, "site.config.yml"));
        File.WriteAllText(Path.Combine(site, "content", "fine.md"), "---\ntitle: Fine\ndate: 2024-01-01\n---\nFine.\n");

        var (exit, printed) = Run("build", "--config", Path.Combine(site, "site.config.yml"));

        var expected = Expected($"configs/{name}:");
        Assert.NotEmpty(expected);
        AssertGiven(expected, printed, l => l.Replace("site.config.yml:", $"configs/{name}:", StringComparison.Ordinal));
        Assert.Equal(expected.Any(static e => e.Severity == "error") ? 1 : 0, exit);
    }

    public static TheoryData<string> Templates => [.. Directory.EnumerateFiles(Path.Combine(s_fixtures, "templates")).Select(static f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Each_malformed_template_gives_its_diagnostic_and_fails_the_build(string name)
    {
        var site = _root.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "content"));
        Directory.CreateDirectory(Path.Combine(site, "templates", "layouts"));
        File.Copy(Path.Combine(s_fixtures, "templates", name), Path.Combine(site, "templates", "layouts", "article.html"));
        File.WriteAllText(Path.Combine(site, "content", "fine.md"), "---\ntitle: Fine\ndate: 2024-01-01\n---\nFine.\n");
        File.WriteAllText(Path.Combine(site, "site.config.yml"), "title: Fine\n");

        var (exit, printed) = Run("build", "--config", Path.Combine(site, "site.config.yml"));

        Assert.Equal(1, exit);
        var expected = Expected($"templates/{name}:");
        Assert.NotEmpty(expected);
        AssertGiven(expected, printed, l => l.Replace("templates/layouts/article.html:", $"templates/{name}:", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(site, "_site")));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(static f => new FileInfo(f).LinkTarget is null)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), static f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
