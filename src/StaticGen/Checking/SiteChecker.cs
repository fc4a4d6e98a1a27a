using StaticGen.Site;

namespace StaticGen.Checking;

/// <summary>What a check found: counts, and one problem per broken reference, in a stable order.</summary>
public sealed record CheckReport
{
    public required string Directory { get; init; }

    /// <summary>The base path the site was checked against.</summary>
    public required string BasePath { get; init; }

    /// <summary>The published URL the site was checked against, when known.</summary>
    public Uri? SiteUrl { get; init; }

    public int Files { get; init; }

    public int Pages { get; init; }

    /// <summary>How many references (links, images, feed URLs…) were checked.</summary>
    public int References { get; init; }

    /// <summary>
    /// Where the home page says the site is published (its canonical link), if it says so: a hint
    /// for a check made with the wrong base URL.
    /// </summary>
    public Uri? DeclaredUrl { get; init; }

    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];

    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// <c>staticgen check</c>: checks a built site folder offline, as a static host such as GitHub
/// Pages would serve it under its base path. Every internal link, image, stylesheet, script,
/// media file, form action, redirect and CSS <c>url()</c> must resolve to a file, every
/// <c>#fragment</c> to an <c>id</c> (or <c>a name</c>) of its page; feeds and the sitemap must be
/// well-formed and point inside the site; nothing may point outside the base path. External URLs
/// are never fetched. A reader of output: it reads the folder and touches nothing.
/// </summary>
public static class SiteChecker
{
    /// <summary>The origin used when only the base path is known (<c>.invalid</c> is reserved, RFC 2606).</summary>
    private const string UnknownOrigin = "http://site.invalid";

    public static CheckReport Check(CheckOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.Directory);
        var urls = new UrlBuilder(options.SiteUrl ?? new Uri(UnknownOrigin + options.BasePath));
        var report = new CheckReport { Directory = root, BasePath = urls.BasePath, SiteUrl = options.SiteUrl };
        if (!Directory.Exists(root))
        {
            return report with { Problems = [Diagnostic.Error(Stage.Check, root, 0, 0, "the folder does not exist; build the site first (staticgen build)")] };
        }

        var files = Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var scans = new FileScan?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (ReferenceScanner.Reads(files[i])) scans[i] = ReferenceScanner.Scan(files[i], File.ReadAllText(Path.Combine(root, files[i])));
        });

        var folder = new SiteFolder(files, scans);
        var problems = new List<Diagnostic>();
        if (!folder.Contains("index.html"))
        {
            problems.Add(Diagnostic.Error(Stage.Check, "index.html", 0, 0, "the site has no home page: index.html is missing at the root of the folder"));
        }

        var references = 0;
        foreach (var scan in scans)
        {
            if (scan is null) continue;
            problems.AddRange(scan.Problems);
            foreach (var reference in scan.References)
            {
                references++;
                if (Verify(scan, reference, urls, options.SiteUrl is not null, folder) is { } message)
                {
                    problems.Add(Diagnostic.Error(Stage.Check, scan.Path, reference.Line, reference.Column, message));
                }
            }
        }

        var distinct = problems.Distinct().ToList();
        distinct.Sort(Diagnostic.Order);
        var home = scans.FirstOrDefault(static s => s?.Path == "index.html");
        var declared = home?.References.FirstOrDefault(static r => r.Kind == ReferenceKind.Canonical)?.Url;
        return report with
        {
            DeclaredUrl = Uri.TryCreate(declared, UriKind.Absolute, out var declaredUrl) ? declaredUrl : null,
            Files = files.Count,
            Pages = files.Count(ReferenceScanner.IsHtml),
            References = references,
            Problems = distinct,
        };
    }

    /// <summary>Why <paramref name="reference"/> is broken, or null when it resolves (or is external, which is not checked).</summary>
    private static string? Verify(FileScan scan, Reference reference, UrlBuilder urls, bool knowsOrigin, SiteFolder folder)
    {
        var what = Name(reference.Kind);
        var raw = reference.Url;
        var page = new Uri(urls.Origin + urls.Path(scan.Path));
        var baseUri = scan.BaseHref is { } b && Uri.TryCreate(page, b, out var declared) ? declared : page;
        if (!Uri.TryCreate(baseUri, raw, out var target))
        {
            return $"{what} \"{raw}\" is not a valid URL";
        }

        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps) return null;
        if (!string.Equals(target.GetLeftPart(UriPartial.Authority), urls.Origin, StringComparison.OrdinalIgnoreCase))
        {
            if (!reference.MustBeInside) return null;
            if (knowsOrigin) return $"{what} \"{raw}\" points outside the site {urls.BaseUrl.AbsoluteUri}";

            // Only the base path is known: a feed or sitemap URL's host cannot be judged, its path can.
            target = new Uri(urls.Origin + target.PathAndQuery + target.Fragment);
        }

        var path = target.AbsolutePath;
        if (string.Equals(path + "/", urls.BasePath, StringComparison.Ordinal)) path = urls.BasePath;
        var relative = !raw.StartsWith('/') && !Uri.IsWellFormedUriString(raw, UriKind.Absolute);
        var shown = relative ? $" (resolved to {path})" : "";
        if (!path.StartsWith(urls.BasePath, StringComparison.Ordinal))
        {
            return $"{what} \"{raw}\"{shown} points outside the base path {urls.BasePath}";
        }

        var expected = urls.OutputPath(path);
        if (folder.Locate(expected) is not { } file)
        {
            return $"broken {what} \"{raw}\"{shown}: the site has no {expected}";
        }

        var fragment = target.Fragment.Length > 1 ? Uri.UnescapeDataString(target.Fragment[1..]) : "";
        if (fragment.Length == 0 || fragment == "top" || fragment.StartsWith(":~:", StringComparison.Ordinal) || folder.IdsOf(file) is not { } ids)
        {
            return null;
        }

        return ids.Contains(fragment) ? null : $"broken fragment \"{raw}\": {file} has no element with id \"{fragment}\"";
    }

    private static string Name(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Link => "link",
        ReferenceKind.Image => "image",
        ReferenceKind.Stylesheet => "stylesheet",
        ReferenceKind.Script => "script",
        ReferenceKind.Media => "media file",
        ReferenceKind.FormAction => "form action",
        ReferenceKind.Redirect => "redirect",
        ReferenceKind.Canonical => "canonical URL",
        ReferenceKind.CssUrl => "CSS url()",
        ReferenceKind.FeedUrl => "feed URL",
        ReferenceKind.SitemapUrl => "sitemap URL",
        ReferenceKind.DataUrl => "URL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The files of a built site, and how a static host finds the file for a URL.</summary>
    private sealed class SiteFolder
    {
        private readonly HashSet<string> _files;
        private readonly Dictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);

        public SiteFolder(IReadOnlyList<string> files, IReadOnlyList<FileScan?> scans)
        {
            _files = new HashSet<string>(files, StringComparer.Ordinal);
            foreach (var scan in scans)
            {
                if (scan?.Ids is { } ids) _ids[scan.Path] = ids;
            }
        }

        public bool Contains(string path) => _files.Contains(path);

        public IReadOnlySet<string>? IdsOf(string path) => _ids.GetValueOrDefault(path);

        /// <summary>
        /// The file served for <paramref name="expected"/> (a path from <see cref="UrlBuilder.OutputPath"/>),
        /// as GitHub Pages serves it: the file itself, else <c>x/index.html</c> for <c>x</c> (after a
        /// redirect to <c>x/</c>), else <c>x.html</c>. Matching is case-sensitive, as on the host.
        /// </summary>
        public string? Locate(string expected)
        {
            if (_files.Contains(expected)) return expected;
            if (expected == "index.html" || expected.EndsWith("/index.html", StringComparison.Ordinal)) return null;

            if (_files.Contains(expected + "/index.html")) return expected + "/index.html";
            return _files.Contains(expected + ".html") ? expected + ".html" : null;
        }
    }
}
