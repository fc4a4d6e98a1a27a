// Over 500 lines: the one explicit cascade (defaults ← detected ← authored) for raw and Markdown articles reads best whole;
// split the raw-text body handling (lede, summary, segments) into its own file when it grows further.
using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>
/// The result of enriching one article. <see cref="DetectedCountries"/> and <see cref="DetectedTags"/>
/// are empty when the article's front matter gives countries or tags: authored values are not detected.
/// </summary>
public sealed record EnrichResult(Article Article, IReadOnlyList<DetectedCountry> DetectedCountries, IReadOnlyList<DetectedTag> DetectedTags, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How many spinner artefacts and embedded-post remnants cleanup repaired.</summary>
    public int Repairs { get; init; }

    /// <summary>The cleaned blocks of a raw article (what the body was composed from); empty for Markdown.</summary>
    public IReadOnlyList<RawBlock> Blocks { get; init; } = [];
}

/// <summary>
/// Turns what a file states (<see cref="ParsedArticle"/>) into a complete <see cref="Article"/>:
/// cleanup, slug, lede and summary, reading time, countries and tags. The cascade is one visible
/// expression per field, in precedence order: what the author wrote wins over what is detected,
/// which wins over defaults. Pure and thread-safe: build one per build and share it.
/// </summary>
public sealed class Enricher
{
    private readonly TextCleanup _cleanup;
    private readonly bool _unsafeHtml;
    private readonly Gazetteer _gazetteer;

    // One detector of each kind per language the reader tells apart (English included), each built the first time a page in
    // that language asks for detection: a build whose new articles all state their countries and tags builds none. A page in
    // another language is read with that language's country names too ("Deutschlands" is a place, not a tag).
    private readonly Dictionary<string, Lazy<CountryDetector>> _countriesByLanguage;
    private readonly Dictionary<string, Lazy<TagDetector>> _tagsByLanguage;
    private readonly string _contentPrefix;
    private readonly string _contentFolder;
    private readonly Dictionary<string, (string Name, IReadOnlyList<string> OtherNames)>? _countryNames; // In the site's language; null for English.
    private readonly bool _detectCountries;
    private readonly bool _detectTags;
    private readonly bool _toc;

    public Enricher(SiteConfig config, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _contentPrefix = BodyLinks.Folder(config.Paths.Content) + "/";
        _cleanup = new TextCleanup(config.Cleanup);
        _unsafeHtml = config.Markdown.UnsafeHtml;
        _gazetteer = gazetteer;
        _countriesByLanguage = TextLanguage.Languages.ToDictionary(
            static l => l, l => new Lazy<CountryDetector>(() => new CountryDetector(gazetteer.ForLanguage(l), l)), StringComparer.Ordinal);
        _tagsByLanguage = TextLanguage.Languages.ToDictionary(
            static l => l, l => new Lazy<TagDetector>(() => new TagDetector(gazetteer.ForLanguage(l), config.Tags)), StringComparer.Ordinal);
        _contentFolder = BodyLinks.Folder(config.Paths.Content);
        _detectCountries = config.Countries.Detect;
        _detectTags = config.Tags.Detect;
        _countryNames = CountryNames.Local(gazetteer, SiteLanguage.For(config.Language).Tag);
        _toc = config.Markdown.Toc;
    }

    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Whether a detector has been built (an article asked for detection).</summary>
    internal bool DetectorsBuilt => _countriesByLanguage.Values.Any(static d => d.IsValueCreated) || _tagsByLanguage.Values.Any(static d => d.IsValueCreated);

    /// <summary>The tag detector for a text in <paramref name="language"/>; English's for a language the table lacks ("und").</summary>
    private TagDetector TagsFor(string language) =>
        (_tagsByLanguage.GetValueOrDefault(language) ?? _tagsByLanguage[TextLanguage.English]).Value;

    /// <summary>The country detector for a text in <paramref name="language"/>; English's for a language the table lacks ("und").</summary>
    private CountryDetector CountriesFor(string language) =>
        (_countriesByLanguage.GetValueOrDefault(language) ?? _countriesByLanguage[TextLanguage.English]).Value;

    /// <summary>The cleanup rules, which the raw parser consults line by line.</summary>
    public TextCleanup Cleanup => _cleanup;

    /// <param name="parsed">What the file states.</param>
    /// <param name="fallbackDate">The date of an article whose file gives none (stable across checkouts; chosen by the build).</param>
    /// <param name="fallbackReason">Where the fallback date comes from, for the warning ("the date of the commit that added the file").</param>
    public EnrichResult Enrich(ParsedArticle parsed, DateTimeOffset fallbackDate, string? fallbackReason = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var diagnostics = new DiagnosticList();
        var cleaned = WithoutBidiControls(_cleanup.Clean(parsed, out var repairs), diagnostics);
        var fileStem = FileStem(parsed.SourcePath);

        var title = NonEmpty(cleaned.Title) ?? TitleFromFileName(fileStem);
        if (NonEmpty(cleaned.Title) is null)
        {
            diagnostics.Warning(Stage.Enrich, parsed.SourcePath, 1, 0, $"the article has no title; it is titled '{title}' after its file name (add 'title:' to the front matter)");
        }

        string body;
        string? lede;
        IReadOnlyList<TextSegment> segments;
        IReadOnlyList<ArticleImage> foundImages;
        IReadOnlyList<RawBlock> bodyBlocks = [];
        string? firstParagraph = null;
        if (cleaned.Format == SourceFormat.RawText)
        {
            // The lede is the first paragraph; it is shown above the body, so it leaves the body.
            var blocks = cleaned.Blocks.ToList();
            bodyBlocks = blocks;
            var ledeIndex = blocks.FindIndex(static b => b is RawParagraph);
            // A list that opens the body (bullet points under the headline) is no summary: the first paragraph is.
            firstParagraph = ledeIndex >= 0 ? ((RawParagraph)blocks[ledeIndex]).Text : null;
            lede = ledeIndex >= 0 && blocks.Take(ledeIndex).All(static b => b is not RawHeading) ? ((RawParagraph)blocks[ledeIndex]).Text : null;
            if (lede is not null) blocks.RemoveAt(ledeIndex);
            body = MarkdownComposer.Compose(blocks);
            segments = ArticleText.Segments(title, cleaned.Kicker, NonEmpty(cleaned.Standfirst) is { } standfirst ? standfirst + "\n\n" + lede : lede, blocks, cleaned.Dateline);
            foundImages = [.. blocks.OfType<RawFigure>().Select(static f => f.Image)];
        }
        else
        {
            body = cleaned.Markdown ?? "";
            lede = NonEmpty(cleaned.Summary);
            var links = new List<BodyLink>();
            var blocks = ArticleText.TryMarkdownBlocks(body, links, _unsafeHtml);
            BodyLinks.Check(parsed, _contentFolder, links, diagnostics);
            if (blocks is null)
            {
                // Markdig refuses documents nested deeper than its limit; publish the text rather than nothing.
                diagnostics.Warning(Stage.Enrich, parsed.SourcePath, parsed.BodyLine, 0,
                    "the Markdown body nests quotes, lists, links or emphasis too deeply to render (more than 128 levels); it is published as plain text");
                body = MarkdownText.EscapeParagraphs(body);
                blocks = ArticleText.TryMarkdownBlocks(body, _unsafeHtml) ?? [];
            }

            segments = ArticleText.Segments(title, cleaned.Kicker, lede, blocks);
            foundImages = [];
        }

        // Authored, then the text before <!--more-->, then the first paragraph.
        var beforeMore = cleaned.Format == SourceFormat.RawText ? null : ArticleText.TextBeforeMore(body);
        var summary = Bounded(NonEmpty(cleaned.Summary) ?? lede ?? beforeMore ?? firstParagraph ?? FirstBodyText(segments) ?? title);
        if (NonEmpty(cleaned.Summary) is { Length: > MaxSummaryLength })
        {
            diagnostics.Warning(Stage.Enrich, parsed.SourcePath, At(parsed, "summary"), 0, $"the summary is longer than {MaxSummaryLength} characters; cards, feeds and the search index show its first {MaxSummaryLength}");
        }
        var slug = ResolveSlug(parsed, title, fileStem, diagnostics);

        // Authored wins, so what the author gave is not detected at all (the detectors are most of the
        // cost of loading an article).
        // A standalone page ("About us") is never tagged, so nothing is detected on it.
        // A post written for another generator is rarely news (release notes, documentation), so it asks for
        // detection with 'detect: true'; the site's switches turn a detector off everywhere.
        var detect = cleaned.Type == ArticleType.Article && (cleaned.Detect ?? !cleaned.FromOtherGenerator);
        var detectCountries = detect && _detectCountries && cleaned.Countries is null;
        var detectTags = detect && _detectTags && cleaned.Tags is null;
        // The reader's verdict on a raw page; the text's own for a Markdown file.
        var language = detectCountries || detectTags ? parsed.Language ?? TextLanguage.Detect(segments.Select(static s => s.Text)) : TextLanguage.English;
        IReadOnlyList<DetectedCountry> detectedCountries = detectCountries ? CountriesFor(language).Detect(segments) : [];
        IReadOnlyList<DetectedTag> detectedTags = detectTags ? TagsFor(language).Detect(segments, language) : [];

        // A raw page that names its own site in the body ("told The Ledger") is not about that site, unless the site acts in
        // the story ("ZoonaCheck visited the bridge", "the Transit Company said": a fact check or a notice of its own).
        if (parsed.SiteNames.Count > 0)
        {
            detectedTags = [.. detectedTags.Where(t => !Content.Reading.SiteNames.IsSiteName(t.Name, parsed.SiteNames) || TagDetector.NamedAsActor(t, segments))];
        }
        var words = ReadingTime.Words(segments);

        var statedDate = StatedDate(cleaned);
        var date = statedDate ?? fallbackDate;
        // A standalone page needs no date: it is never listed by date, and its sitemap entry then has none.
        if (statedDate is null && cleaned.Type == ArticleType.Article)
        {
            var reason = fallbackReason is null ? "" : $" ({fallbackReason})";
            var fix = parsed.Format == SourceFormat.RawText
                ? "Add a date line under the title, or run 'staticgen import' to write it into front matter"
                : "Add 'date:' to the front matter";
            diagnostics.Warning(Stage.Enrich, parsed.SourcePath, 0, 0,
                $"no date found; using {Dates.Day(date)}{reason}. {fix}");
        }

        var article = new Article
        {
            SourcePath = parsed.SourcePath,
            Format = parsed.Format,
            Slug = slug,
            Title = title,
            Kicker = NonEmpty(cleaned.Kicker),
            Standfirst = NonEmpty(cleaned.Standfirst),
            Date = date,
            DateIsFallback = statedDate is null,
            Updated = cleaned.Updated,
            Authors = [.. (cleaned.Authors ?? []).Select(static a => a.Trim()).Where(static a => a.Length > 0).Distinct(StringComparer.Ordinal)],
            Agency = NonEmpty(cleaned.Agency),
            AuthorRefs = AuthorRefs(cleaned.Authors, NonEmpty(cleaned.Agency)),
            Section = cleaned.Type == ArticleType.Article ? Section(parsed.SourcePath, NonEmpty(cleaned.Section)) : null,
            Summary = summary,
            Lede = lede,
            Body = body,
            Images = cleaned.Images ?? foundImages,
            Countries = cleaned.Countries is { } authoredCountries
                ? AuthoredCountries(authoredCountries, parsed, diagnostics)
                : [.. detectedCountries.Select(d => CountryRefOf(d.Country, d.Mentions))],
            Tags = cleaned.Tags is { } authoredTags
                ? AuthoredTags(authoredTags, parsed, diagnostics)
                : DetectedTags(detectedTags),
            Draft = cleaned.Draft,
            Toc = cleaned.Toc ?? _toc,
            Type = cleaned.Type,
            Aliases = cleaned.Aliases,
            Params = cleaned.Params,
            Source = cleaned.Source,
            WordCount = words,
            ReadingMinutes = ReadingTime.Minutes(words),
            Positions = cleaned.Format == SourceFormat.RawText ? ImageLines(bodyBlocks) : LaterPositions(parsed.Positions),
            BodyLine = cleaned.Format == SourceFormat.RawText ? 0 : parsed.BodyLine,
        };

        return new EnrichResult(article, detectedCountries, detectedTags, diagnostics.Sorted()) { Repairs = repairs, Blocks = bodyBlocks };
    }

    private static string ResolveSlug(ParsedArticle parsed, string title, string fileStem, DiagnosticList diagnostics)
    {
        if (NonEmpty(parsed.Slug) is { } authored)
        {
            var clean = Slugs.Slugify(authored);
            if (clean.Length == 0)
            {
                diagnostics.Warning(Stage.Enrich, parsed.SourcePath, At(parsed, "slug"), 0, $"the slug '{authored}' has no letters or digits; using one made from the title");
            }
            else
            {
                if (!string.Equals(clean, authored, StringComparison.Ordinal))
                {
                    diagnostics.Warning(Stage.Enrich, parsed.SourcePath, At(parsed, "slug"), 0, $"the slug '{authored}' is not URL-safe; using '{clean}'");
                }

                return clean;
            }
        }

        var slug = Slugs.Slugify(title);
        return slug.Length > 0 ? slug : Slugs.Slugify(fileStem) is { Length: > 0 } stem ? stem : "article";
    }

    /// <summary>A country as an article names it (in the site's language; the slug, so the URL, stays the English name's), with what pages show of it and search finds it by: later stages need no gazetteer.</summary>
    private CountryRef CountryRefOf(Country country, int mentions) =>
        new(country.Code, _countryNames?.GetValueOrDefault(country.Code).Name ?? country.Name, Slugs.Slugify(country.Name), mentions)
        { Continent = country.ContinentName, Flag = country.Flag, OtherNames = _countryNames?.GetValueOrDefault(country.Code).OtherNames ?? country.OtherNames };

    private IReadOnlyList<CountryRef> AuthoredCountries(IReadOnlyList<string> names, ParsedArticle parsed, DiagnosticList diagnostics)
    {
        var result = new List<CountryRef>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (Gazetteer.Find(name) is { } country)
            {
                if (result.All(c => c.Code != country.Code)) result.Add(CountryRefOf(country, 0));
            }
            else
            {
                diagnostics.Warning(Stage.Enrich, parsed.SourcePath, At(parsed, string.Create(CultureInfo.InvariantCulture, $"countries[{i}]")), 0, $"unknown country '{name}' in front matter; use an English name or an ISO 3166-1 code such as 'FR', or add it under countries.aliases in site.config.yml");
            }
        }

        return result;
    }

    /// <summary>
    /// A tag's slug, its identity: the name's slug with every word spelt the canonical way ("Ministry of Defence"
    /// and "Ministry of Defense" are both ministry-of-defense), so the site has one page for them; the page's URL
    /// takes the spelling the site uses most (SiteAssembler).
    /// </summary>
    internal static string TagSlug(string name)
    {
        var slug = Slugs.Slugify(name);
        var canonical = SpellingVariants.CanonicalWords(slug, '-');
        return ReferenceEquals(canonical, slug) ? slug : Slugs.Slugify(canonical);
    }

    /// <summary>Detected tags in rank order, one per slug: a second spelling of a tag adds its mentions to the first.</summary>
    private static IReadOnlyList<TagRef> DetectedTags(IReadOnlyList<DetectedTag> detected)
    {
        var result = new List<TagRef>(detected.Count);
        foreach (var tag in detected)
        {
            var slug = TagSlug(tag.Name);
            if (slug.Length == 0) continue;
            var at = result.FindIndex(t => string.Equals(t.Slug, slug, StringComparison.Ordinal));
            if (at < 0) result.Add(new TagRef(tag.Name, slug, tag.Mentions));
            else result[at] = result[at] with { Mentions = result[at].Mentions + tag.Mentions };
        }

        return result;
    }

    private static IReadOnlyList<TagRef> AuthoredTags(IReadOnlyList<string> names, ParsedArticle parsed, DiagnosticList diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<TagRef>();
        for (var i = 0; i < names.Count; i++)
        {
            var trimmed = names[i].Trim();
            var slug = TagSlug(trimmed);
            if (slug.Length == 0)
            {
                // '..', '.', '/' or only punctuation: no page can be made for it.
                if (trimmed.Length > 0)
                {
                    diagnostics.Warning(Stage.Enrich, parsed.SourcePath, TagLine(parsed, i).Line, TagLine(parsed, i).Column, $"tag '{trimmed}' has no letter or digit to make its page's URL from; it is dropped");
                }

                continue;
            }

            if (seen.TryGetValue(slug, out var first))
            {
                // 'feed.xml' and 'feed-xml', or 'NATO' and 'Nato': one page, /tags/feed-xml/. Spellings that
                // differ only in case or spaces are one tag without a word.
                if (!string.Equals(Squeezed(first), Squeezed(trimmed), StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Warning(Stage.Enrich, parsed.SourcePath, TagLine(parsed, i).Line, TagLine(parsed, i).Column, string.Equals(Slugs.Slugify(trimmed), Slugs.Slugify(first), StringComparison.Ordinal)
                        ? $"tag '{trimmed}' is the same tag as '{first}' (both are /tags/{slug}/); it is merged into '{first}'"
                        : $"tag '{trimmed}' is the same tag as '{first}' (another spelling of it); it is merged into '{first}'");
                }

                continue;
            }

            seen.Add(slug, trimmed);
            if (result.Count == MaxTags)
            {
                // Every tag is a page listing its articles with their tags: thousands on one article would
                // make the build quadratic in them.
                diagnostics.Warning(Stage.Enrich, parsed.SourcePath, At(parsed, "tags"), 0, $"the article has more than {MaxTags} tags; only the first {MaxTags} are kept");
                break;
            }

            result.Add(new TagRef(trimmed, slug));
        }

        return result;
    }

    /// <summary>The most tags an article keeps, authored or detected.</summary>
    public const int MaxTags = TagsConfig.Limit;

    /// <summary>The longest summary (cards, meta description, feeds, search index); a longer one is cut at a word.</summary>
    public const int MaxSummaryLength = 1000;

    private static string Bounded(string summary)
    {
        if (summary.Length <= MaxSummaryLength) return summary;
        var cut = summary.LastIndexOf(' ', MaxSummaryLength - 1);
        var end = cut > MaxSummaryLength / 2 ? cut : MaxSummaryLength - 1;
        if (char.IsHighSurrogate(summary[end - 1])) end--;
        return summary[..end].TrimEnd() + "…";
    }

    private static int At(ParsedArticle parsed, string key) => SourcePosition.Of(parsed.Positions, key).Line;

    /// <summary>
    /// The article with bidirectional formatting characters (U+202E and its kin) taken out of its
    /// title, kicker, standfirst, authors, agency and tags, with a warning for each field: there they
    /// can make a name show in another order than it is written. The body keeps them (right-to-left
    /// scripts use the marks in running text).
    /// </summary>
    private static ParsedArticle WithoutBidiControls(ParsedArticle article, DiagnosticList diagnostics)
    {
        string? Clean(string? text, string key)
        {
            if (text is null) return null;
            var result = TextSafety.RemoveBidiControls(text, out var removed);
            if (removed > 0)
            {
                var at = SourcePosition.Of(article.Positions, key) is { Line: > 0 } p ? p : SourcePosition.Of(article.Positions, key.Split('[')[0]);
                diagnostics.Warning(Stage.Enrich, article.SourcePath, at.Line, at.Column,
                    $"the {Field(key)} '{TextSafety.Printable(text)}' holds {removed} bidirectional control character{(removed == 1 ? "" : "s")} (such as U+202E, right-to-left override), which can make it show in another order than it is written; removed");
            }

            return result;
        }

        // A list item is named in the singular: "the tag 'x'", not "the tags 'x'".
        static string Field(string key) => key.IndexOf('[', StringComparison.Ordinal) is > 0 and var i ? key[..i].TrimEnd('s') : key;

        IReadOnlyList<string>? CleanList(IReadOnlyList<string>? list, string key) =>
            list is null || !list.Any(HasBidi) ? list : [.. list.Select((item, i) => Clean(item, string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]"))!)];

        static bool HasBidi(string? text) => text is not null && text.Any(TextSafety.IsBidiControl);

        if (!HasBidi(article.Title) && !HasBidi(article.Kicker) && !HasBidi(article.Standfirst) && !HasBidi(article.Agency)
            && !(article.Authors ?? []).Any(HasBidi) && !(article.Tags ?? []).Any(HasBidi))
        {
            return article;
        }

        return article with
        {
            Title = Clean(article.Title, "title"),
            Kicker = Clean(article.Kicker, "kicker"),
            Standfirst = Clean(article.Standfirst, "standfirst"),
            Agency = Clean(article.Agency, "agency"),
            Authors = CleanList(article.Authors, "author"),
            Tags = CleanList(article.Tags, "tags"),
        };
    }

    private static SourcePosition TagLine(ParsedArticle parsed, int index) =>
        SourcePosition.Of(parsed.Positions, string.Create(CultureInfo.InvariantCulture, $"tags[{index}]")) is { Line: > 0 } at ? at : SourcePosition.Of(parsed.Positions, "tags");

    private static string Squeezed(string name) => string.Concat(name.Where(static c => !char.IsWhiteSpace(c)));

    /// <summary>The front matter keys whose lines a later stage names (Assemble: a slug or URL taken twice, an image, a section, an alias, a date after the build date).</summary>
    private static readonly string[] s_laterKeys = ["slug", "title", "section", "images", "aliases", "date"];

    /// <summary>
    /// The positions of the keys a later stage may name (<see cref="s_laterKeys"/>, with their items). The others (tags,
    /// countries, dates…) are reported here, and every article would otherwise hold a dozen of them for the whole build.
    /// </summary>
    private static IReadOnlyDictionary<string, SourcePosition> LaterPositions(IReadOnlyDictionary<string, SourcePosition> positions)
    {
        static bool Later(string key)
        {
            foreach (var root in s_laterKeys)
            {
                if (key.StartsWith(root, StringComparison.Ordinal) && (key.Length == root.Length || key[root.Length] is '[' or '.')) return true;
            }

            return false;
        }

        if (positions.Count == 0 || positions.Keys.All(Later)) return positions;
        var kept = positions.Where(static p => Later(p.Key)).ToDictionary(StringComparer.Ordinal);
        return kept.Count == 0 ? ParsedArticle.s_noPositions : kept;
    }

    /// <summary>The line of each image of a raw article, keyed as front matter would be (<c>images[0]</c>).</summary>
    private static IReadOnlyDictionary<string, SourcePosition> ImageLines(IReadOnlyList<RawBlock> blocks)
    {
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var figure in blocks.OfType<RawFigure>())
        {
            positions[string.Create(CultureInfo.InvariantCulture, $"images[{positions.Count}]")] = new SourcePosition(figure.Line, 1);
        }

        return positions;
    }

    private static string? FirstBodyText(IReadOnlyList<TextSegment> segments) =>
        segments.FirstOrDefault(static s => s.Role == TextRole.Body)?.Text;

    /// <summary>
    /// The date an article gives itself, or null when it needs a fallback date: what the file states, then a date
    /// that opens its name (Jekyll's 2024-03-05-title.md, Hugo's :filename), then, like Hugo's cascade (date, then
    /// lastmod), an update date.
    /// </summary>
    public static DateTimeOffset? StatedDate(ParsedArticle parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return parsed.Date ?? FileNameDate(FileStem(parsed.SourcePath)) ?? parsed.Updated;
    }

    /// <summary>
    /// The date a file name opens with, as Jekyll names posts and Hugo's <c>:filename</c> reads them:
    /// <c>2024-03-05-ferry-timetable.md</c> (or <c>2024-03-05.txt</c>, <c>2024-03-05_ferry</c>) is dated
    /// 5 March 2024, midnight UTC. A name that merely starts with digits ("2024-13-40-x", "20240305") gives none.
    /// </summary>
    internal static DateTimeOffset? FileNameDate(string fileStem) =>
        s_fileNameDate.Match(fileStem) is { Success: true } m
        && DateTimeOffset.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value.PadLeft(2, '0')}-{m.Groups[3].Value.PadLeft(2, '0')}", "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    /// <summary>A date opening a file name, month and day padded or not (Jekyll reads <c>2017-2-5-post.md</c> too).</summary>
    private static readonly System.Text.RegularExpressions.Regex s_fileNameDate =
        new(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:$|[-_ .])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A title for an article that has none, from its file name as a person would say it: the date a
    /// Jekyll post's name opens with left out, dashes as spaces, the first letter upper case
    /// (<c>2009-06-22-no-yaml</c> → "No yaml").
    /// </summary>
    internal static string TitleFromFileName(string fileStem)
    {
        var name = s_fileNameDate.Match(fileStem) is { Success: true } m ? fileStem[m.Length..] : fileStem;
        var words = string.Join(' ', name.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries));
        if (words.Length == 0) return fileStem;
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// The authors who get a page: each named author once per slug, in byline order; not the agency
    /// (an agency is an organisation, credited beside the authors, never a person), nor a name with no letters.
    /// </summary>
    internal static IReadOnlyList<AuthorRef> AuthorRefs(IReadOnlyList<string>? authors, string? agency)
    {
        if (authors is null) return [];
        var refs = new List<AuthorRef>(authors.Count);
        foreach (var raw in authors)
        {
            var name = raw.Trim();
            if (name.Length == 0 || (agency is not null && string.Equals(name, agency, StringComparison.OrdinalIgnoreCase)) || IsDesk(name) || IsPublication(name)) continue;
            var slug = Slugs.Slugify(name);
            if (slug.Length > 0 && !refs.Exists(r => r.Slug == slug)) refs.Add(new AuthorRef(name, slug));
        }

        return refs;
    }

    /// <summary>Words that make a byline name a desk or a team, not a person ("Herald Sports Desk", "Newsroom Staff").</summary>
    private static readonly HashSet<string> s_deskWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "desk", "newsdesk", "staff", "newsroom", "team", "editors", "editorial", "reporters", "correspondents", "bureau", "wires", "agencies",
    };

    private static readonly System.Collections.Frozen.FrozenSet<string> s_publicationWords =
        WordLists.Load("byline-words.yml").Set("publication-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a byline name is a publication ("Bosphorus Daily": its last word says so), an organisation with no author page.</summary>
    public static bool IsPublication(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && s_publicationWords.Contains(words[^1].TrimEnd('.'));
    }

    /// <summary>Whether a byline name is a desk, team or staff credit (its last word says so), which gets no author page.</summary>
    internal static bool IsDesk(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && s_deskWords.Contains(words[^1].TrimEnd('.'));
    }

    /// <summary>
    /// An article's section: front matter <c>section</c>, else the first folder under the content folder
    /// (<c>content/world/x.md</c> → world); null for a file at the top of the content folder.
    /// </summary>
    private SectionRef? Section(string sourcePath, string? authored)
    {
        var name = authored;
        if (name is null && sourcePath.StartsWith(_contentPrefix, StringComparison.Ordinal))
        {
            var rest = sourcePath[_contentPrefix.Length..];
            var slash = rest.IndexOf('/');
            if (slash > 0) name = rest[..slash];
        }

        if (name is null) return null;
        var slug = Slugs.Slugify(name);
        return slug.Length == 0 ? null : new SectionRef(name, slug);
    }

    private static string FileStem(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
