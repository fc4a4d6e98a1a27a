namespace StaticGen.Configuration;

/// <summary>
/// Everything <c>site.config.yml</c> can say, with the defaults a site gets when it says nothing.
/// Keys in YAML are camelCase (<c>baseUrl</c>, <c>pageSize</c>); the guide lists them all (docs/content/configuration.md).
/// </summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "StaticGen site";

    public string Description { get; init; } = "";

    /// <summary>Absolute URL the site is published at; may carry a sub-path (<c>https://user.github.io/repo/</c>).</summary>
    public Uri BaseUrl { get; init; } = new("http://localhost/");

    /// <summary>BCP 47 language tag, written to <c>&lt;html lang&gt;</c> and the feeds.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Default author for articles that name none (feeds need one).</summary>
    public string? Author { get; init; }

    /// <summary>Articles per listing page (home, term pages).</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>How the further pages of a list are numbered (<c>pageNumbers</c>): from the newest (the default) or from the oldest.</summary>
    public PageNumbering PageNumbers { get; init; } = PageNumbering.FromNewest;

    /// <summary>The build date used in feeds and to decide which articles are in the future; <c>SOURCE_DATE_EPOCH</c> overrides it.</summary>
    public DateTimeOffset? BuildDate { get; init; }

    /// <summary>Custom domain written to <c>CNAME</c> for GitHub Pages; none when null.</summary>
    public string? Cname { get; init; }

    public PathsConfig Paths { get; init; } = new();

    public MarkdownConfig Markdown { get; init; } = new();

    /// <summary>How front matter keys StaticGen does not know are treated (<c>frontMatter:</c>).</summary>
    public FrontMatterConfig FrontMatter { get; init; } = new();

    /// <summary>How content images are resized and encoded (<c>images:</c>).</summary>
    public ImagesConfig Images { get; init; } = new();

    public CleanupConfig Cleanup { get; init; } = new();

    public CountriesConfig Countries { get; init; } = new();

    public TagsConfig Tags { get; init; } = new();

    /// <summary>How dates in raw articles are read (<c>dates.order</c>).</summary>
    public DatesConfig Dates { get; init; } = new();

    /// <summary>How the reader of raw articles tells furniture from the article (<c>reader:</c>).</summary>
    public ReaderConfig Reader { get; init; } = new();

    /// <summary>The site's navigation (<c>site.menu</c>), in order; null gives the default: Latest, Countries, Topics, Search.</summary>
    public IReadOnlyList<MenuItem>? Menu { get; init; }

    /// <summary>Free-form values for templates (<c>site.params</c>), as Hugo's <c>params</c> and Zola's <c>extra</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = TemplateParams.Empty;

    /// <summary>
    /// The site's sections in the order menus and indexes list them (<c>sections:</c>), each with its title and
    /// whether the menu lists it. Sections the content has but this list does not come after, by name.
    /// </summary>
    public IReadOnlyList<SectionConfig> Sections { get; init; } = [];

    /// <summary>What an author page says about its author (<c>authors:</c>), by the name as bylines write it.</summary>
    public IReadOnlyDictionary<string, AuthorProfile> Authors { get; init; } = new Dictionary<string, AuthorProfile>(StringComparer.Ordinal);
}

/// <summary>
/// A section of the site (<c>sections:</c>): <see cref="Slug"/> is the content folder's or front matter
/// <c>section</c>'s slug (<c>world</c> for <c>content/world/</c>), its front is at <c>/world/</c>.
/// </summary>
public sealed record SectionConfig(string Slug)
{
    /// <summary>The name pages show ("World"); null: the folder's name with a capital.</summary>
    public string? Title { get; init; }

    /// <summary>A sentence the section front shows under its title.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the default menu lists the section.</summary>
    public bool Menu { get; init; } = true;
}

/// <summary>What an author page shows about its author, above the author's articles (a masthead entry).</summary>
public sealed record AuthorProfile
{
    /// <summary>The author's job ("Economics correspondent").</summary>
    public string? Role { get; init; }

    /// <summary>A short biography, plain text.</summary>
    public string? Bio { get; init; }

    /// <summary>A portrait: a file in the content folder (<c>people/ada.jpg</c>) or an http(s) URL.</summary>
    public string? Photo { get; init; }

    /// <summary>Where else to find the author (a profile, an email address), in order.</summary>
    public IReadOnlyList<MenuItem> Links { get; init; } = [];

    /// <summary>The file that describes the author, as diagnostics name it: <c>site.config.yml</c> (null) or <c>data/authors.yml</c>.</summary>
    public string? Source { get; init; }
}

/// <summary>
/// A link of the site's navigation: <see cref="Url"/> is a path inside the site (<c>/about/</c>, made
/// relative to the base path) or an absolute <c>http(s):</c> or <c>mailto:</c> URL.
/// </summary>
public sealed record MenuItem(string Name, string Url)
{
    /// <summary>Whether <see cref="Url"/> leads off the site.</summary>
    public bool External => Url.Contains(':', StringComparison.Ordinal);
}

/// <summary>Folders, relative to the folder that holds <c>site.config.yml</c>.</summary>
public sealed record PathsConfig
{
    public string Content { get; init; } = "content";

    public string Templates { get; init; } = "templates";

    /// <summary>Files published as they are, at the same path under the output (favicon, verification files, <c>_headers</c>).</summary>
    public string Static { get; init; } = "static";

    public string Output { get; init; } = "_site";
}

public sealed record MarkdownConfig
{
    /// <summary>Keep raw HTML written in hand-written Markdown; when false (the default) it is shown escaped.</summary>
    public bool UnsafeHtml { get; init; }

    /// <summary>Whether articles show a table of contents when their front matter does not say (<c>markdown.toc</c>).</summary>
    public bool Toc { get; init; }
}

/// <summary>How the further pages of a list (<c>/page/N/</c>) are numbered (<c>pageNumbers</c>).</summary>
public enum PageNumbering
{
    /// <summary>
    /// The list's own URL is page 1, with the newest articles; page N holds the articles N−1 pages further back.
    /// One added article moves every article one place, so every page of the list changes.
    /// </summary>
    FromNewest,

    /// <summary>
    /// Page 1 holds the oldest articles and each numbered page is a fixed block of <c>pageSize</c> articles counted
    /// from the oldest; the list's own URL (the front) shows the newest, those not yet in a full block (between
    /// <c>pageSize</c> and 2×<c>pageSize</c>−1 of them once the list has that many). One added article changes the front and, when
    /// a block fills, adds a page and changes the one before it: the rest stay as they are, byte for byte.
    /// </summary>
    FromOldest,
}

/// <summary>What becomes of a front matter key StaticGen does not read (<c>frontMatter.unknown</c>).</summary>
public enum UnknownKeys
{
    /// <summary>The key is left out with a warning that says what to write instead (the default).</summary>
    Warn,

    /// <summary>The key is kept under the article's <c>params</c>, for templates, without a warning.</summary>
    Keep,
}

/// <summary>How front matter is read (<c>frontMatter:</c>).</summary>
public sealed record FrontMatterConfig
{
    /// <summary>What becomes of keys StaticGen does not read: warned about, or kept under <c>params</c>.</summary>
    public UnknownKeys Unknown { get; init; }
}

/// <summary>
/// How content images are published (<c>images:</c>): each raster image is resized to <see cref="Widths"/>
/// (never upscaled) in AVIF, WebP and a JPEG or PNG fallback, with its metadata stripped.
/// </summary>
public sealed record ImagesConfig
{
    /// <summary>The widest a width may be (a wider one would only make files browsers scale down again).</summary>
    public const int MaxWidth = 8192;

    /// <summary>Resize and re-encode images; false copies them as they are (with their metadata).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The widths, in pixels, each image is made at (those wider than the image are left out).</summary>
    public IReadOnlyList<int> Widths { get; init; } = [480, 800, 1200, 1600];

    /// <summary>Also make AVIF files.</summary>
    public bool Avif { get; init; } = true;

    /// <summary>Also make WebP files.</summary>
    public bool Webp { get; init; } = true;

    /// <summary>Encoder quality, 1–100, for JPEG and WebP; AVIF uses a matching lower value.</summary>
    public int Quality { get; init; } = 78;

    /// <summary>The <c>sizes</c> attribute of a figure's picture: how wide it is shown.</summary>
    public string Sizes { get; init; } = "(min-width: 46rem) 44rem, 100vw";

    /// <summary>Images with more pixels than this many million are refused (decompression bombs).</summary>
    public int MaxMegapixels { get; init; } = 100;

    /// <summary>The highest <see cref="MaxMegapixels"/> a config may set: a 1,000-megapixel image already takes gigabytes to decode.</summary>
    public const int MegapixelsLimit = 1000;

    /// <summary>Make a 1200×630 crop of each article's first image for social cards (og:image).</summary>
    public bool SocialCard { get; init; } = true;

    /// <summary>The most megabytes the cache of derived images beside the output keeps.</summary>
    public int CacheMegabytes { get; init; } = 2048;

    /// <summary>
    /// Whether published pictures keep the photographer (EXIF <c>Artist</c>) and the copyright notice (EXIF
    /// <c>Copyright</c>) of their source; every other field (GPS, camera, serial numbers, XMP, IPTC) is always removed.
    /// </summary>
    public bool KeepCredit { get; init; }
}

/// <summary>How raw text articles are cleaned: boilerplate lines dropped, spinner artefacts repaired.</summary>
public sealed record CleanupConfig
{
    /// <summary>Extra boilerplate line patterns (regular expressions matched against a whole trimmed line).</summary>
    public IReadOnlyList<string> Boilerplate { get; init; } = [];

    /// <summary>When true, <see cref="Boilerplate"/> replaces the default list instead of extending it.</summary>
    public bool ReplaceDefaultBoilerplate { get; init; }

    /// <summary>Extra patterns cut out of lines (regular expressions), e.g. embedded-post remnants.</summary>
    public IReadOnlyList<string> Remnants { get; init; } = [];

    /// <summary>When true, <see cref="Remnants"/> replaces the default list instead of extending it.</summary>
    public bool ReplaceDefaultRemnants { get; init; }

    /// <summary>
    /// Extra text repairs, <c>from: to</c>, applied after the defaults. A trailing <c>*</c> on both
    /// makes a word-internal rule (<c>"once more*": "again*"</c> repairs "once morest" but not "once more").
    /// </summary>
    public IReadOnlyDictionary<string, string> Replacements { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>When true, <see cref="Replacements"/> replaces the default list instead of extending it.</summary>
    public bool ReplaceDefaultReplacements { get; init; }
}

/// <summary>How dates written in raw articles are read.</summary>
public sealed record DatesConfig
{
    /// <summary>The order of numeric dates both orders could read (<c>05/06/2024</c>); see <see cref="DateOrder"/>.</summary>
    /// <remarks>Null when the site does not say: the reader then decides by evidence (an unambiguous value in the file, then in the pile), month first when there is none.</remarks>
    public DateOrder? Order { get; init; }
}

/// <summary>
/// What the reader of raw articles counts as site furniture besides its own evidence: lines the site always
/// drops or always keeps, and how often a line must repeat across the pile (the raw files of
/// <c>content/</c>) to count as furniture.
/// </summary>
public sealed record ReaderConfig
{
    /// <summary>Extra furniture lines (regular expressions matched against a whole trimmed line, case ignored).</summary>
    public IReadOnlyList<string> Furniture { get; init; } = [];

    /// <summary>Lines that are never furniture, whatever the evidence (regular expressions, whole line, case ignored).</summary>
    public IReadOnlyList<string> Keep { get; init; } = [];

    /// <summary>The fewest other files of the pile that must hold a line for it to be furniture.</summary>
    public int RepeatThreshold { get; init; } = Content.Reading.ReaderData.DefaultRepetitionThreshold;

    /// <summary>The share of the pile's files that must hold a line for it to be furniture, when more than <see cref="RepeatThreshold"/>.</summary>
    public double RepeatShare { get; init; } = Content.Reading.ReaderData.DefaultRepetitionShare;
}

public sealed record CountriesConfig
{
    /// <summary>Detect the countries of articles that name none (<c>countries.detect</c>); false turns country detection off for the whole site.</summary>
    public bool Detect { get; init; } = true;

    /// <summary>Extra names for countries: alias → ISO 3166-1 alpha-2 code or country name.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

public sealed record TagsConfig
{
    /// <summary>
    /// The most tags an article can have, authored or detected: every tag is a page that lists its
    /// articles with their tags, so thousands of tags on one article would make a build quadratic.
    /// </summary>
    public const int Limit = 50;

    /// <summary>Detect the tags of articles that give none (<c>tags.detect</c>); false turns tag detection (<see cref="Rules"/> included) off for the whole site.</summary>
    public bool Detect { get; init; } = true;

    /// <summary>Most tags detected per article (authored tags are cut only at <see cref="Limit"/>).</summary>
    public int Max { get; init; } = 10;

    /// <summary>Alias → tag name, so "EU" and "European Union" are one tag.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Names never used as tags.</summary>
    public IReadOnlyList<string> Stop { get; init; } = [];

    /// <summary>Keyword → tag: an article containing the keyword gets the tag ("sanctions" → "Sanctions").</summary>
    public IReadOnlyDictionary<string, string> Rules { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
