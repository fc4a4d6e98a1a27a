using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticGen.Build;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary>
/// Hostile slugs, image names and aliases (climbing, absolute, drive and UNC paths, URLs, encoded
/// dots, NUL, very long segments, names of the site's own files) never make a build write outside
/// its output folder, and never make it fail: each is a warning, and the rest of the site is built.
/// </summary>
public sealed class ContainmentPropertyTests
{
    private static readonly string[] s_parts =
    [
        "..", "../", "../../", "/", "\\", "..\\", "C:", "C:\\", "C:/", "\\\\server\\share\\", "//server/share/", "file:///", "https://evil.example/",
        "%2e%2e/", "%2F", ".", "./", "~", "~/", "etc/passwd", "index.html", "404.html", "feed.xml", "assets/", "images/", "articles/", "tags/",
        "photo.jpg", "x.jpg", "\0", "\u0001", "\n", " ", "?", "#", "*", ":", "<", ">", "|", "\"", "'", "CON", "aux.txt", "日本", "😀", "\u202E",
        new string('a', 300), new string('.', 40),
    ];

    private static readonly Gen<string> s_path = Gen.Elements(s_parts).ListOf().Resize(6).Select(static parts => string.Concat(parts));

    public static Arbitrary<string[]> Paths() => s_path.ArrayOf(36).ToArbitrary();

    [Property(Arbitrary = [typeof(ContainmentPropertyTests)], MaxTest = 15)]
    public void Hostile_slugs_image_names_and_aliases_never_write_outside_the_output_folder(string[] paths)
    {
        using var root = new TempFolder();
        var site = root.Combine("site");
        var content = Path.Combine(site, "content");
        Directory.CreateDirectory(content);
        File.WriteAllBytes(Path.Combine(content, "photo.jpg"), TestImages.Jpeg(32, 24));
        File.WriteAllText(Path.Combine(root.Path, "secret.jpg"), "SECRET-OUTSIDE-THE-SITE");
        for (var i = 0; i < 6; i++)
        {
            var p = paths.AsSpan(i * 6, 6);
            File.WriteAllText(Path.Combine(content, $"a{i}.md"), $"""
                ---
                title: Article {i}
                date: 2024-01-0{i + 1}
                slug: {Yaml(p[0])}
                images: [{Yaml(p[1])}, {Yaml(p[2])}]
                aliases: [{Yaml(p[3])}, {Yaml(p[4])}, {Yaml(p[0])}]
                ---
                Text ![a]({Destination(p[5])}) and ![b]({Destination(p[1])} "credit").
                """);
            File.WriteAllText(Path.Combine(content, $"r{i}.txt"), $"Raw article number {i} about the harbour\n\nThe harbour authority spoke on Monday about article {i}.\n\n{Clean(p[5])}.jpg\nA caption for the picture.\n");
        }

        var before = Files(root.Path);
        var output = root.Combine("out", "_site");
        var report = SiteBuilder.Build(new BuildOptions { SiteRoot = site, OutputDirectory = output });

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        // New beside the site: the output folder, its parent, the build lock beside it (like Hugo's
        // .hugo_build.lock), the manifest and article cache (entries and bodies) of the incremental build and the cache of derived images,
        // and the kept cards when a list page shows a card beside its lead (whether it does depends on the generated site).
        var created = Files(root.Path).Except(before)
            .Where(static f => !f.StartsWith("out/_site/", StringComparison.Ordinal) && !f.StartsWith("out/.staticgen-_site.images/", StringComparison.Ordinal) && f != "out/.staticgen-_site.partials")
            .Order(StringComparer.Ordinal);
        Assert.Equal(["out", "out/.staticgen-_site.articles", "out/.staticgen-_site.bodies", "out/.staticgen-_site.images", "out/.staticgen-_site.lock", "out/.staticgen-_site.manifest.json", "out/_site"], created);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            Assert.StartsWith(output + Path.DirectorySeparatorChar, Path.GetFullPath(file), StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET-OUTSIDE-THE-SITE", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    private static HashSet<string> Files(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))];

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>.</summary>
    private static string Yaml(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c) || c == '\u202E') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    /// <summary>A Markdown link destination holding the path (angle brackets allow spaces).</summary>
    private static string Destination(string path) => "<" + new string([.. path.Where(static c => c is not ('<' or '>' or '\n' or '\r'))]) + ">";

    /// <summary>A raw image line: one line, as the loader reads image file names.</summary>
    private static string Clean(string path) => new([.. path.Where(static c => c is not ('\n' or '\r'))]);
}
