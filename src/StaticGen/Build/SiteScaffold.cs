using System.Text;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Build;

/// <summary>What <c>staticgen new</c> was asked to write.</summary>
/// <param name="Title">The article's title.</param>
/// <param name="Tags">Tag names, as given.</param>
/// <param name="Countries">Country names or ISO 3166-1 codes, as given.</param>
/// <param name="Slug">The slug (and file name) to use instead of one made from the title.</param>
/// <param name="Draft">Mark the article <c>draft: true</c>.</param>
/// <param name="Body">The Markdown body; a new article usually starts empty.</param>
public sealed record NewArticleRequest(string Title, IReadOnlyList<string> Tags, IReadOnlyList<string> Countries, string? Slug = null, bool Draft = false, string Body = "")
{
    /// <summary>Write a standalone page (<c>type: page</c>, at <c>/&lt;slug&gt;/</c>) instead of an article.</summary>
    public bool Page { get; init; }
}

/// <summary>What <c>staticgen new</c> did: the file it wrote (absolute), or the diagnostics of why not.</summary>
public sealed record NewArticleResult(string? Path, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(static d => d.IsError);
}

/// <summary>What <c>staticgen init</c> did: the site folder (absolute), the files it wrote and the ones it kept, relative to the folder.</summary>
public sealed record InitResult(string Directory, IReadOnlyList<string> Created, IReadOnlyList<string> Kept, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(static d => d.IsError);
}

/// <summary>
/// The writer's starting points: <see cref="Init"/> makes a new site folder (config and an example
/// article) that builds with the embedded theme, and <see cref="NewArticle"/> adds an article to a
/// site, with front matter written by <see cref="ArticleWriter"/> exactly as <c>import</c> writes it.
/// Neither ever overwrites a file.
/// </summary>
public static class SiteScaffold
{
    /// <summary>The title of a site made by <c>init</c> without <c>--title</c>.</summary>
    public const string DefaultTitle = "My news site";

    /// <summary>What <c>init</c> writes besides the config: the output folder and build leftovers are not sources.</summary>
    private const string GitIgnore = "_site/\n.staticgen-*\n";

    /// <summary>
    /// Writes <c>content/&lt;slug&gt;.md</c> with the request's title, date, slug, tags and countries.
    /// Countries are checked against the site's gazetteer (names, aliases or ISO codes) and written
    /// as its names; an unknown one is an error and nothing is written. An existing file is never
    /// replaced: the author is asked for another title or a <c>--slug</c>.
    /// </summary>
    /// <param name="site">The site to add to (its content folder and country aliases apply).</param>
    /// <param name="request">What to write.</param>
    /// <param name="now">The article's date: the clock, or <c>SOURCE_DATE_EPOCH</c>.</param>
    public static NewArticleResult NewArticle(SiteContext site, NewArticleRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new DiagnosticList();
        var contentDisplay = site.DisplayPath(site.ContentDirectory) + "/";
        if (!ContentReader.FolderExists(site.ContentDirectory) && !ContentReader.FileExists(Path.Combine(site.Root, SiteConfigReader.DefaultFileName)))
        {
            diagnostics.Error(Stage.Write, site.Root, 0, 0,
                $"this is not a StaticGen site: it has neither {SiteConfigReader.DefaultFileName} nor {contentDisplay}; run 'staticgen init' to make one, or run 'new' in the site folder (or with --config)");
            return new NewArticleResult(null, diagnostics.Sorted());
        }

        var title = OneLine(request.Title);
        var slug = Slugs.Slugify(request.Slug ?? title);
        if (title.Length == 0)
        {
            diagnostics.Error(Stage.Write, contentDisplay, 0, 0, "the title is empty; give the article a title, e.g. staticgen new \"Harbour talks stall again\"");
        }
        else if (slug.Length == 0)
        {
            var what = request.Slug is null ? $"the title '{title}'" : $"the slug '{request.Slug}'";
            diagnostics.Error(Stage.Write, contentDisplay, 0, 0, $"{what} has no letters or digits to make a file name and URL from; give one with --slug, e.g. --slug harbour-talks");
        }

        var path = Path.Combine(site.ContentDirectory, (slug.Length > 0 ? slug : "article") + ".md");
        var display = site.DisplayPath(path);
        var tags = Distinct(request.Tags, "tag", display, diagnostics);
        var countries = new List<string>();
        foreach (var given in Distinct(request.Countries, "country", display, diagnostics))
        {
            if (site.Enricher.Gazetteer.Find(given) is { } country)
            {
                if (!countries.Contains(country.Name, StringComparer.Ordinal)) countries.Add(country.Name);
                continue;
            }

            var names = site.Enricher.Gazetteer.Countries.Select(static c => c.Name);
            var hint = YamlBinder.Nearest(given, names) is { } nearest ? $" (did you mean '{nearest}'?)" : "";
            diagnostics.Error(Stage.Enrich, display, 0, 0,
                $"unknown country '{given}'{hint}; use an English name or an ISO 3166-1 code such as 'FR', or add it under countries.aliases in site.config.yml");
        }

        if (request.Page && (tags.Count > 0 || countries.Count > 0))
        {
            diagnostics.Error(Stage.Enrich, display, 0, 0, "a page is never tagged or listed by country; leave out --tag and --country, or write an article");
        }

        if (diagnostics.HasErrors) return new NewArticleResult(null, diagnostics.Sorted());

        var text = ArticleWriter.ComposeNew(new NewArticle(title, slug, now, tags, countries, request.Draft, request.Body) { Type = request.Page ? ArticleType.Page : ArticleType.Article });
        var written = Create(path, text, display, diagnostics);
        if (written is null) return new NewArticleResult(null, diagnostics.Sorted());
        if (written == false)
        {
            var why = request.Slug is null
                ? "choose another title, or give the new article a slug of its own with --slug"
                : "choose another --slug";
            diagnostics.Error(Stage.Write, display, 0, 0, $"the file already exists and is left as it is; {why}");
            return new NewArticleResult(null, diagnostics.Sorted());
        }

        return new NewArticleResult(path, diagnostics.Sorted());
    }

    /// <summary>
    /// Makes a new site in <paramref name="directory"/> (created if missing): <c>site.config.yml</c>
    /// with comments, <c>.gitignore</c>, the GitHub Pages workflow (<see cref="PagesWorkflow"/>) and
    /// an example article in <c>content/</c>; it builds as it is
    /// with the embedded theme. A folder that is not empty is refused unless <paramref name="force"/>,
    /// which adds the missing files and never overwrites one.
    /// </summary>
    /// <param name="directory">The new site folder.</param>
    /// <param name="title">The site title (null: <see cref="DefaultTitle"/>).</param>
    /// <param name="baseUrl">Where the site will be published (null: the config default).</param>
    /// <param name="force">Also make the site in a folder that already holds files.</param>
    /// <param name="now">The example article's date: the clock, or <c>SOURCE_DATE_EPOCH</c>.</param>
    public static InitResult Init(string directory, string? title, Uri? baseUrl, bool force, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var created = new List<string>();
        var kept = new List<string>();
        var diagnostics = new DiagnosticList();
        InitResult Result() => new(root, created, kept, diagnostics.Sorted());

        if (ContentReader.FileExists(root))
        {
            diagnostics.Error(Stage.Write, directory, 0, 0, "this is a file; give init a folder to make the site in (a new or empty one)");
            return Result();
        }

        if (ContentReader.FolderHasEntries(root) && !force)
        {
            diagnostics.Error(Stage.Write, directory, 0, 0,
                "the folder is not empty; init makes a site in a new or empty folder. Use --force to add the site's files to it (existing files are never overwritten)");
            return Result();
        }

        var siteTitle = title is null ? DefaultTitle : OneLine(title);
        var config = SiteConfigTemplate.Render(siteTitle.Length > 0 ? siteTitle : DefaultTitle, baseUrl ?? new SiteConfig().BaseUrl);
        foreach (var (name, text) in new[] { (SiteConfigReader.DefaultFileName, config), (".gitignore", GitIgnore) })
        {
            switch (Create(Path.Combine(root, name), text, Path.Combine(directory, name), diagnostics))
            {
                case true: created.Add(name); break;
                case false: kept.Add(name); break;
                default: return Result();
            }
        }

        // The example goes where the config (new, or one that was there) puts content.
        var site = SiteContext.Open(root);
        diagnostics.AddRange(site.Diagnostics);
        if (site.HasErrors) return Result();

        // The GitHub Pages workflow, for the output folder the config names (a kept workflow is the user's).
        var workflow = PagesWorkflow.RelativePath;
        switch (Create(Path.Combine(root, workflow), PagesWorkflow.Render(site.Config.Paths.Output), Path.Combine(directory, workflow), diagnostics))
        {
            case true: created.Add(workflow); break;
            case false: kept.Add(workflow); break;
            default: return Result();
        }

        var contentDisplay = site.DisplayPath(site.ContentDirectory);
        if (ContentReader.FolderHasEntries(site.ContentDirectory))
        {
            kept.Add(contentDisplay + "/");
            return Result();
        }

        var example = NewArticle(site, new NewArticleRequest($"Welcome to {site.Config.Title}", ["StaticGen"], [], Body: ExampleBody(contentDisplay, site.Config.Paths.Output)), now);
        diagnostics.AddRange(example.Diagnostics);
        if (example.Path is { } path) created.Add(site.DisplayPath(path));
        return Result();
    }

    /// <summary>Writes a file that must not exist yet: true when written, false when it exists, null (with an error) when it cannot be written.</summary>
    private static bool? Create(string path, string text, string display, DiagnosticList diagnostics)
    {
        try
        {
            return ArticleWriter.WriteNew(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Stage.Write, display, 0, 0, $"cannot write the file: {e.Message}");
            return null;
        }
    }

    /// <summary>The example article's body: what to do next, written for the editor who opens it.</summary>
    private static string ExampleBody(string content, string output) => $"""
        This article was written by `staticgen init`. Edit it, or delete it and add your own.

        ## Add articles

        - `staticgen new "Harbour talks stall again" --tag "Harbour Authority"` writes a new
          Markdown article into `{content}/` and prints its path; add `--country` with the name or
          ISO code of each country the story is about. Open the file and write the story below
          the front matter.
        - Or drop a raw scraped article (a `.txt` file, exactly as scraped) into `{content}/`:
          StaticGen reads its title, date, byline, pictures and captions, and detects the countries
          and the people and organisations it is about.

        ## Build and check

        `staticgen build` writes the site into `{output}/`; `staticgen check` checks its links.
        `staticgen clean` deletes `{output}/` again.

        ## Front matter

        The lines between the two `---` at the top of this file are its front matter: `title`,
        `date`, `slug` (the article's URL), `tags` and `countries` (names or ISO codes).
        You may add `kicker`, `summary`, `author`, `images` and `draft: true`. What you write there
        always wins over what StaticGen detects.
        """;

    /// <summary>Text as one trimmed line: line breaks and runs of spaces become one space.</summary>
    private static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(word);
        }

        return sb.ToString();
    }

    /// <summary>The values as one-line strings, without empty ones (an error) and repeats (case-insensitive; the first spelling wins).</summary>
    private static List<string> Distinct(IReadOnlyList<string> values, string what, string display, DiagnosticList diagnostics)
    {
        var result = new List<string>();
        foreach (var value in values.Select(OneLine))
        {
            if (value.Length == 0)
            {
                diagnostics.Error(Stage.Write, display, 0, 0, $"an empty {what}; leave out --{what}, or give it a name");
            }
            else if (!result.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(value);
            }
        }

        return result;
    }
}
