using StaticGen.Configuration;

namespace StaticGen.Content;

/// <summary>The two kinds of files in <c>content/</c> that become articles.</summary>
public enum SourceFormat
{
    /// <summary>A scraped plain-text article (<c>.txt</c>): title line, header block, paragraphs, images, junk.</summary>
    RawText,

    /// <summary>A hand-written or imported Markdown file (<c>.md</c>) with YAML front matter.</summary>
    Markdown,
}

/// <summary>What a content file is published as.</summary>
public enum ArticleType
{
    /// <summary>A news article: listed on the home page, its tags' and countries' pages, feeds and search.</summary>
    Article,

    /// <summary>
    /// A standalone page (front matter <c>type: page</c>): "About us", "Contact", an imprint. Published
    /// at <c>/&lt;slug&gt;/</c> and in the sitemap, never listed, fed or tagged.
    /// </summary>
    Page,
}

/// <summary>An image of an article: a file name (relative to the article's folder) with its caption and credit.</summary>
public sealed record ArticleImage(string Src, string? Caption, string? Credit)
{
    /// <summary>Alternative text: the caption, which describes the picture for readers who cannot see it.</summary>
    public string Alt => Caption ?? "";
}

/// <summary>A tag on an article: a person, organisation or topic.</summary>
public sealed record TagRef(string Name, string Slug, int Mentions = 0);

/// <summary>A country an article is about, by ISO 3166-1 alpha-2 code.</summary>
/// <remarks>
/// The country's data that pages show (its continent, its flag) travels with it, so rendering needs
/// no gazetteer (Enrichment sets them from its own).
/// </remarks>
public sealed record CountryRef(string Code, string Name, string Slug, int Mentions = 0)
{
    /// <summary>The country's continent as readers name it ("Europe", "North America"), or null when not known.</summary>
    public string? Continent { get; init; }

    /// <summary>The country's flag emoji, or null when not known.</summary>
    public string? Flag { get; init; }

    /// <summary>
    /// The country's other names, from the gazetteer: aliases and demonyms ("Turkey", "Turkish" for Türkiye),
    /// so that search finds it by any of them. One shared list per country.
    /// </summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];
}

/// <summary>An author of an article as a person with a page of their own (<c>/authors/&lt;slug&gt;/</c>).</summary>
public sealed record AuthorRef(string Name, string Slug);

/// <summary>
/// The section an article belongs to (World, Business, Sport): its slug (<c>/world/</c>) and its name as
/// the content gave it (the folder name or front matter <c>section</c>); the site's config may retitle it.
/// </summary>
public sealed record SectionRef(string Name, string Slug);

/// <summary>
/// What a content file states, before enrichment: null where the file says nothing, so the
/// enrichment cascade can tell what an author wrote (which always wins) from what it must detect.
/// </summary>
public sealed record ParsedArticle
{
    /// <summary>Path of the file relative to the site folder, with forward slashes (used in diagnostics).</summary>
    public required string SourcePath { get; init; }

    public required SourceFormat Format { get; init; }

    public string? Title { get; init; }

    public string? Kicker { get; init; }

    /// <summary>The sentence a page prints under its headline (a dek); the lede stays the summary.</summary>
    public string? Standfirst { get; init; }

    public string? Slug { get; init; }

    public DateTimeOffset? Date { get; init; }

    public DateTimeOffset? Updated { get; init; }

    /// <summary>The authors as one display string ("A", "A and B", "A, B and C"); setting it sets <see cref="Authors"/> to that one name.</summary>
    public string? Author { get => Authors is null ? null : MetaLines.JoinNames(Authors); init => Authors = value is null ? null : [value]; }

    /// <summary>Each author, in order (front matter <c>author</c>, text or a list); null when the file names none.</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>The news agency or outlet the story is credited to ("AP", "Reuters", "CNN"; front matter <c>agency</c>).</summary>
    public string? Agency { get; init; }

    /// <summary>Front matter <c>section</c>: the section the article belongs to, overriding its content folder.</summary>
    public string? Section { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<string>? Countries { get; init; }

    public IReadOnlyList<ArticleImage>? Images { get; init; }

    public bool Draft { get; init; }

    /// <summary>Front matter <c>toc</c>: whether the page shows a table of contents; null when the file does not say (the site's default).</summary>
    public bool? Toc { get; init; }

    /// <summary>Front matter <c>detect</c>: whether countries and tags the file does not give are detected; null when the file does not say.</summary>
    public bool? Detect { get; init; }

    /// <summary>
    /// True when the file was written for another generator (its front matter holds a key only Jekyll or Hugo
    /// write, such as <c>layout</c> or <c>permalink</c>): such posts are rarely news, so nothing is detected on
    /// them unless they say <c>detect: true</c>.
    /// </summary>
    public bool FromOtherGenerator { get; init; }

    /// <summary>Front matter <c>type</c>: an article (the default) or a standalone page.</summary>
    public ArticleType Type { get; init; }

    /// <summary>Old URLs (site-relative paths) that redirect to this article.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The raw file an imported article came from (front matter <c>source</c>).</summary>
    public string? Source { get; init; }

    /// <summary>Free-form values for templates (front matter <c>params</c>).</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = TemplateParams.Empty;

    /// <summary>Markdown body of a <see cref="SourceFormat.Markdown"/> file; null for raw text.</summary>
    public string? Markdown { get; init; }

    /// <summary>Structured body of a <see cref="SourceFormat.RawText"/> file; empty for Markdown.</summary>
    public IReadOnlyList<RawBlock> Blocks { get; init; } = [];

    /// <summary>The wire dateline taken off the lede ("KYIV, May 3 (Reuters) -"): where the story was filed from.</summary>
    public string? Dateline { get; init; }

    /// <summary>1-based line where the body starts in the file, for diagnostics that point into it.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>
    /// The names a raw page gives its own site or publisher (the name cut off the title, the copyright line's holder): the
    /// page's own masthead, which is never a tag of the story.
    /// </summary>
    public IReadOnlyList<string> SiteNames { get; init; } = [];

    /// <summary>
    /// The language the reader found a raw page's running text written in (<see cref="TextLanguage.Detect"/>), decided once
    /// and read by every later step (numeric dates, detection); null for a Markdown file, whose text enrichment tells.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Why the parser read lines as it did (title, kicker, byline, dropped boilerplate…), for <c>inspect</c>.</summary>
    public IReadOnlyList<ParseNote> Notes { get; init; } = [];

    /// <summary>How many boilerplate lines the parser dropped.</summary>
    public int DroppedLines { get; init; }

    /// <summary>Every non-empty line of a raw file as the reader classified it, with the evidence (for <c>inspect</c>).</summary>
    public IReadOnlyList<Reading.LineReading> Lines { get; init; } = [];

    /// <summary>The lines the reader weighed as the headline, with their scores (for <c>inspect</c>).</summary>
    public IReadOnlyList<Reading.TitleCandidate> TitleCandidates { get; init; } = [];

    /// <summary>The content hash <c>import</c> recorded when it wrote this file (front matter <c>importHash</c>).</summary>
    public string? ImportHash { get; init; }

    /// <summary>Where front matter values were written (<c>slug</c>, <c>images[1]</c>), so later stages can name the line.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = s_noPositions;

    internal static readonly IReadOnlyDictionary<string, SourcePosition> s_noPositions = new Dictionary<string, SourcePosition>();
}

/// <summary>
/// An article after enrichment: every field resolved. This is the record the rest of the
/// pipeline (site model, rendering, import) works with.
/// </summary>
public sealed record Article
{
    public required string SourcePath { get; init; }

    public required SourceFormat Format { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string? Kicker { get; init; }

    /// <summary>The sentence printed under the headline (a dek), shown above the lede.</summary>
    public string? Standfirst { get; init; }

    public required DateTimeOffset Date { get; init; }

    /// <summary>True when the file gave no date and <see cref="Date"/> is the fallback.</summary>
    public bool DateIsFallback { get; init; }

    /// <summary>
    /// The article's own date, or null when it states none: <see cref="Date"/> is then only a fallback that orders
    /// it, and no page, feed, sitemap or structured data may print it.
    /// </summary>
    public DateTimeOffset? OwnDate() => DateIsFallback ? null : Date;

    public DateTimeOffset? Updated { get; init; }

    /// <summary>The authors as one display string ("A", "A and B", "A, B and C"), or null; setting it sets <see cref="Authors"/> to that one name.</summary>
    public string? Author { get => MetaLines.JoinNames(Authors); init => Authors = value is null ? [] : [value]; }

    /// <summary>Each author, in order; empty when the article names none.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The news agency or outlet the story is credited to ("AP", "Reuters", "CNN"), or null.</summary>
    public string? Agency { get; init; }

    /// <summary>
    /// The <see cref="Authors"/> who get an author page, with their slugs, in byline order (one per slug;
    /// never the agency). Set by enrichment.
    /// </summary>
    public IReadOnlyList<AuthorRef> AuthorRefs { get; init; } = [];

    /// <summary>The article's section (its content folder, or front matter <c>section</c>), or null at the top of <c>content/</c>.</summary>
    public SectionRef? Section { get; init; }

    /// <summary>One-paragraph plain-text summary, for cards, meta descriptions and feeds.</summary>
    public required string Summary { get; init; }

    /// <summary>Plain-text lede shown above the body; null when the summary was taken from the body itself.</summary>
    public string? Lede { get; init; }

    /// <summary>
    /// The body as Markdown (raw text articles: escaped text, so nothing in it is markup). Held as
    /// UTF-8 (<see cref="CompactText"/>) until a page asks for it: read it once per use.
    /// </summary>
    public required string Body { get => _body.ToString(); init => _body = new CompactText(value); }

    private readonly CompactText _body;

    /// <summary>The body as it is held (<see cref="Body"/> decodes it): the article cache writes and reads its bytes as they are.</summary>
    internal CompactText BodyText { get => _body; init => _body = value; }

    public IReadOnlyList<ArticleImage> Images { get; init; } = [];

    public IReadOnlyList<TagRef> Tags { get; init; } = [];

    public IReadOnlyList<CountryRef> Countries { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>Whether the page shows a table of contents of its headings (front matter <c>toc</c>, else the site's <c>markdown.toc</c>).</summary>
    public bool Toc { get; init; }

    /// <summary>An article, or a standalone page (<see cref="ArticleType.Page"/>).</summary>
    public ArticleType Type { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Source { get; init; }

    /// <summary>Free-form values for templates (front matter <c>params</c>).</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = TemplateParams.Empty;

    public int WordCount { get; init; }

    public int ReadingMinutes { get; init; }

    /// <summary>Where values were written in the file (front matter keys, raw image lines), for diagnostics: <c>aliases[0]</c> → line and column.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = ParsedArticle.s_noPositions;

    /// <summary>The file line the Markdown body starts on, for diagnostics about the body; 0 when the body was made from raw text.</summary>
    public int BodyLine { get; init; }

    /// <summary>The line of <paramref name="key"/> in the file, 0 when unknown.</summary>
    public int LineOf(string key) => SourcePosition.Of(Positions, key).Line;
}
