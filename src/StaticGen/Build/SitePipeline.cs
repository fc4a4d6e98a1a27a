// Over 500 lines: the five steps of the one pipeline are read side by side (Load hands Enrich its slots, Plan
// hands Make its steps), and Load holds the two caches (a serving process's and the article cache on disk).
// Split Load into its own file when it grows again.
using System.Diagnostics;
using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;
using StaticGen.Enrichment;
using StaticGen.Images;
using StaticGen.Output;
using StaticGen.Rendering;
using StaticGen.Rendering.Templates;
using StaticGen.Site;

namespace StaticGen.Build;

/// <summary>What the pipeline made of a site: the model, and how many output units it made and kept.</summary>
internal sealed record PipelineResult(SiteModel Model, int Skipped, IReadOnlyList<OutputUnit> Units, int Made, int Kept)
{
    /// <summary>The derived images this run encoded (not found in the image cache).</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>What the image cache beside the output holds after the run, in bytes (0 when the site has no resized images).</summary>
    public long ImageCacheBytes { get; init; }
}

/// <summary>
/// The one pipeline every command runs: <see cref="Load"/> → <see cref="Enrich"/> →
/// <see cref="Assemble"/> → <see cref="Plan"/> → <see cref="Make"/>, each a named step with
/// plain records in and out, all reporting into one collector (<see cref="Diagnostics"/>) and
/// one list of <see cref="Timings"/>. Commands differ only in what they hand it: <c>build</c> a
/// staging folder (<see cref="StagingFolder"/>), <c>serve</c> memory (<see cref="MemoryOutput"/>),
/// the tests a dictionary (<see cref="DictionaryOutput"/>), and, for a serving process, the
/// <see cref="SiteCache"/> and <see cref="FingerprintMemo"/> kept from its previous run.
/// Incremental reuse lives in the steps: Load skips files whose stamps the cache knows, Assemble
/// starts from the previous assembly, Plan keeps every unit whose fingerprint the destination
/// already holds.
/// </summary>
internal sealed class SitePipeline
{
    /// <summary>Pages from which a build collects the garbage of rendering before it makes feeds and the search index.</summary>
    private const int LargeSitePages = 5_000;

    /// <summary>A site with this many pages (some 30,000 articles) collects the whole heap before Plan, to keep its peak down.</summary>
    private const int HugeSitePages = 50_000;

    private readonly SiteContext _site;
    private readonly BuildOptions _options;
    private readonly SiteCache _cache;
    private readonly FallbackDates _fallbackDates;
    private readonly ContentImages _images;
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _stage = Stopwatch.StartNew();
    private TimeSpan _stageCpu = Environment.CpuUsage.TotalTime;

    public SitePipeline(SiteContext site, BuildOptions options, SiteCache cache)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(cache);
        (_site, _options, _cache) = (site, options, cache);
        _fallbackDates = new FallbackDates(site.ContentDirectory);
        // Beside the output folder the build writes, or beside the configured one (serve writes none, and shares the build's cache).
        var output = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(site.Root, site.Config.Paths.Output));
        _images = new ContentImages(site, new ImageCache(ImageCache.Beside(output)), cache);
    }

    /// <summary>
    /// The article cache kept on disk between builds (<c>build</c> sets it, unless <c>--full</c> sees
    /// no previous one): Load takes from it every article whose text, pile verdicts and fallback date are
    /// unchanged, and keeps in it what it parses and enriches. Null: every article is parsed and enriched.
    /// </summary>
    public ArticleStore? Store { get; set; }

    /// <summary>
    /// Where Enrich keeps the bodies of the articles it makes (<c>build</c> sets it), so that the build does not hold
    /// the archive's text while it renders. Null: bodies stay in memory (<c>serve</c>, the tests).
    /// </summary>
    public BodySpill? Spill { get; set; }

    /// <summary>The rendered cards kept between builds (<c>build</c> sets it); null: cards are rendered for this run only.</summary>
    public KeptPartials? Partials { get; set; }

    /// <summary>
    /// Whether the site assembled depends on more than its files and the options (<see cref="SiteInputs"/>): on the clock
    /// (an article dated after it waits, a site with no dated article prints today's date) or on git's history (the date
    /// of an undated article). Set by Assemble.
    /// </summary>
    public bool DependsOnClockOrGit { get; private set; } = true;

    /// <summary>Every diagnostic of the run, from every step (sorted by the caller when it reports).</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>How long each step took, wall and processor time.</summary>
    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>Whether the run must stop: an error, or with <c>--strict</c> any diagnostic.</summary>
    public bool Failed => Diagnostics.Exists(static d => d.IsError) || (_options.Strict && Diagnostics.Count > 0);

    /// <summary>Ends the current step's timing under <paramref name="name"/>.</summary>
    public void Time(string name)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        _timings.Add(new StageTiming(name, _stage.Elapsed, cpu - _stageCpu));
        _stage.Restart();
        _stageCpu = cpu;
    }

    /// <summary>
    /// Runs the steps in order. Stops before Plan when an earlier step (or <paramref name="theme"/>)
    /// reported an error, or any diagnostic with <c>--strict</c>: then the result is null and
    /// nothing was handed to the destination.
    /// </summary>
    /// <param name="listing">The content folder's files.</param>
    /// <param name="theme">The parsed theme, asked for after Assemble (a build parses it meanwhile); null when it has errors, which it adds to <see cref="Diagnostics"/>.</param>
    /// <param name="destination">Where the output goes.</param>
    /// <param name="memo">What a serving process's previous run fingerprinted, or null.</param>
    /// <param name="cancellationToken">Stops the run between files; nothing is handed over after it.</param>
    /// <param name="read">Reads a file's text (default: <see cref="ContentReader.ReadText"/>; the tests hand texts in memory).</param>
    public PipelineResult? Run(ContentListing listing, Func<TemplateSet?> theme, IOutputDestination destination, FingerprintMemo? memo, CancellationToken cancellationToken,
        Func<ContentEntry, string, ContentText>? read = null)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(destination);
        var (articles, skipped) = LoadAndEnrich(listing, read ?? ((entry, display) => ContentReader.ReadText(entry.FullPath, display, entry.Stamp?.Length)), cancellationToken);
        var (model, changed) = Assemble(articles, listing);
        if (theme() is not { } templates || Failed) return null;

        // What Load, Enrich and Assemble computed on the way (the pile, related articles' scores, taxonomies' lists) is
        // garbage now, most of it in the oldest generation: given back before Plan, Plan reuses that memory instead of
        // adding to it (100,000 articles, the native tool: peak 1,560 -> 962 MiB, which was in Assemble and Plan). Only for
        // a site of many pages: at 10,000 articles (17,600 pages, a heap of about 200 MB) the collection was a twentieth of
        // the processor time of a build with nothing or one article changed, for a peak that stays far below any bound.
        if (!_cache.Live && model.Pages.Count >= HugeSitePages) CollectAll();
        var plan = Plan(model, templates, destination, memo, changed);
        // What Plan computed on the way (fingerprints) is garbage now: given back before rendering starts, rendering
        // reuses that memory instead of adding to it (20,000 articles: peak 333 -> 278 MiB). Only when many pages are
        // to be rendered: a whole collection of the site model costs more than the few it saves (10,000 articles, nothing
        // changed: a tenth of the build's processor time went to the two collections).
        // A site of many pages collects all the same: at 100,000 articles with one added (pages numbered from the oldest,
        // 39 units to make) the heap otherwise still held Assemble's and Plan's garbage when feeds were made (peak 1,857 MiB).
        if (!_cache.Live && (plan.PagesToMake >= LargeSitePages || model.Pages.Count >= HugeSitePages)) CollectAll();
        var (made, kept) = Make(plan, destination, cancellationToken);
        var pictures = model.Assets.Values.Any(static a => a.Picture is not null);
        var cacheBytes = pictures ? _images.Cache.Trim((long)_site.Config.Images.CacheMegabytes * 1024 * 1024) : 0;
        return new PipelineResult(model, skipped + listing.SkippedFiles, plan.Units, made, kept) { ImagesEncoded = _images.Cache.Encoded, ImageCacheBytes = cacheBytes };
    }

    /// <summary>
    /// Collects every generation and gives the freed memory back to the system: between steps of a large one-off build,
    /// where what the step before made is garbage and the next would otherwise grow the heap beside it.
    /// </summary>
    private static void CollectAll() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>Load and Enrich, in a frame of their own: the pile's slots are garbage once the articles are made, not held while pages render.</summary>
    private (IReadOnlyList<Article> Articles, int Skipped) LoadAndEnrich(ContentListing listing, Func<ContentEntry, string, ContentText> read, CancellationToken cancellationToken) =>
        Enrich(Load(listing, read, cancellationToken), cancellationToken);

    // ----------------------------------------------------------------------------------------------
    // Load: list and read the content files, and count the pile's lines.

    /// <summary>One article file on its way through Load and Enrich.</summary>
    internal sealed class Slot(ContentEntry entry, string displayPath, (long Length, long Modified)? stamp)
    {
        public ContentEntry Entry { get; } = entry;

        public string DisplayPath { get; } = displayPath;

        public (long Length, long Modified)? Stamp { get; } = stamp;

        /// <summary>
        /// Whether Enrich reads the file (again) and parses it. Load keeps no text: what it needs of a file (a raw
        /// article's line keys, the hash the article cache knows it by) is taken as it is read, and the text is
        /// dropped, so a build never holds the whole archive's text at once.
        /// </summary>
        public bool Pending { get; set; }

        public List<Diagnostic> Diagnostics { get; } = [];

        /// <summary>The parsed article, from Enrich's parse until its enrichment.</summary>
        public ParsedArticle? Parsed { get; set; }

        /// <summary>Whether the file was read in this run (not taken from the cache).</summary>
        public bool Fresh { get; set; }

        /// <summary>The finished load: the cache's, or Enrich's.</summary>
        public ArticleLoad? Done { get; set; }

        /// <summary>What the cache holds of the file, when its stamp is the cached one.</summary>
        public SiteCache.CachedLoad? Cached { get; set; }

        /// <summary>A raw article's contribution to the pile table (<see cref="PileTable.LineKeys"/>).</summary>
        public ulong[]? LineKeys { get; set; }

        /// <summary>A raw article's reading: what it asked the pile, with which reader and threshold (kept by a serving cache).</summary>
        public SiteCache.RawReading? Reading { get; set; }

        /// <summary>The hash of the file's bytes, when the article cache is used and the file was read.</summary>
        public UInt128? TextHash { get; set; }

        /// <summary>The article cache's entry for the file's text, from Load's read until its pile verdicts are checked.</summary>
        public CachedArticle? Stored { get; set; }

        /// <summary>Whether the article came from the article cache.</summary>
        public bool FromStore { get; set; }

        /// <summary>What a raw article's reading asked of the pile, for the article cache.</summary>
        public CachedReading? StoreReading { get; set; }
    }

    /// <summary>
    /// The article files of one run, each read once before any is parsed, and the table of lines their raw
    /// articles repeat (<see cref="PileTable"/>), which every raw article is read with.
    /// </summary>
    internal sealed record ContentPile(IReadOnlyList<Slot> Slots)
    {
        /// <summary>Reads a file's text when there is no article cache (Enrich reads each pending file again with it).</summary>
        public Func<ContentEntry, string, ContentText> Read { get; init; } = static (entry, display) => ContentReader.ReadText(entry.FullPath, display, entry.Stamp?.Length);

        public PileTable Table { get; init; } = PileTable.Empty;

        /// <summary>How many files a line must repeat in to count as the pile's furniture (<see cref="SiteContext.PileThreshold"/>).</summary>
        public int Threshold { get; init; }
    }

    /// <summary>
    /// Load: reads every article file whose stamp the cache does not know (in parallel), builds the pile
    /// table from every raw article's line keys (the cache keeps those of a serving process's unchanged
    /// files), and takes from the caches what they still answer; Enrich parses the rest, each file right before it is
    /// enriched. A file the cache knows keeps its finished load and is not read,
    /// unless it is a raw article whose reading the pile now answers differently (a line became or stopped
    /// being furniture) or the reader settings changed: then it is read again.
    /// </summary>
    public ContentPile Load(ContentListing listing, Func<ContentEntry, string, ContentText> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listing);
        Diagnostics.AddRange(listing.Diagnostics);
        var entries = listing.Entries.Where(static e => e.Kind != ContentKind.Asset).ToList();
        var slots = new Slot[entries.Count];
        var store = Store;

        // With the article cache, a file is read as bytes and looked up by their hash: a file the cache knows
        // is not even decoded (its entry holds what reading it reported). Without it, through read.
        void Read(Slot slot, bool lookUp)
        {
            slot.Fresh = true;
            var raw = slot.Entry.Kind == ContentKind.RawArticle;
            if (!raw && (store is null || !lookUp || !store.Knows(slot.DisplayPath)))
            {
                // Nothing of a Markdown file is needed before Enrich (only raw articles' lines, for the pile), unless the
                // article cache may know its bytes: Enrich reads it.
                _site.StartEnrichment();
                slot.Pending = true;
                return;
            }

            ContentText text;
            if (store is null)
            {
                _site.StartEnrichment();
                text = read(slot.Entry, slot.DisplayPath);
            }
            else
            {
                var (bytes, problem) = ContentReader.ReadArticleBytes(slot.Entry.FullPath, slot.DisplayPath, slot.Entry.Stamp?.Length);
                if (bytes is null) text = new ContentText(null, [problem!]);
                else
                {
                    var hash = ArticleStore.HashBytes(bytes);
                    slot.TextHash = hash;
                    if (lookUp && store.Find(slot.DisplayPath, hash) is { } stored && (stored.Raw is not null) == (slot.Entry.Kind == ContentKind.RawArticle))
                    {
                        // Known bytes: the article is in the cache, as long as the pile still answers its lookups the same.
                        slot.Stored = stored;
                        slot.LineKeys = stored.Raw?.LineKeys;
                        return;
                    }

                    // Unknown bytes: the article is parsed, with the enrichment rules (made meanwhile on another core).
                    _site.StartEnrichment();
                    if (!raw)
                    {
                        slot.Pending = true;
                        return;
                    }

                    text = ContentReader.Decode(bytes, slot.DisplayPath);
                }
            }

            if (text.Text is null)
            {
                slot.Diagnostics.AddRange(text.Diagnostics);
                slot.Done = new ArticleLoad(slot.DisplayPath, null, null, slot.Diagnostics);
                return;
            }

            // A raw article gives the pile its line keys; its text is read again right before it is parsed (what reading
            // it reports is reported then).
            if (raw) slot.LineKeys = PileTable.LineKeys(text.Text);
            slot.Pending = true;
        }

        Parallel.For(0, entries.Count, Workers(cancellationToken), i =>
        {
            var entry = entries[i];
            var slot = slots[i] = new Slot(entry, _site.DisplayPath(entry.FullPath), entry.Stamp ?? ContentReader.Stamp(entry.FullPath));
            if (_cache.Entry(entry.FullPath, slot.Stamp) is { } cached)
            {
                slot.Cached = cached;
                slot.Done = cached.Load;
                slot.LineKeys = cached.Raw?.LineKeys;
                return;
            }

            // A file with the size and last-write time the article cache recorded for it is not read at all.
            if (store?.FindByStamp(slot.DisplayPath, entry.Stamp) is { } unchanged && (unchanged.Raw is not null) == (entry.Kind == ContentKind.RawArticle))
            {
                slot.Fresh = true;
                slot.TextHash = unchanged.TextHash;
                slot.Stored = unchanged;
                slot.LineKeys = unchanged.Raw?.LineKeys;
                return;
            }

            Read(slot, lookUp: true);
        });

        // The pile: every raw article's short lines, counted across files (a count is the same whatever the order).
        var table = PileTable.FromKeys([.. slots.Where(static s => s.Entry.Kind == ContentKind.RawArticle && s.LineKeys is not null).Select(static s => s.LineKeys!)]);
        var threshold = _site.PileThreshold(table.FileCount);
        Parallel.For(0, slots.Length, Workers(cancellationToken), i =>
        {
            var slot = slots[i];
            if (slot.Cached is { Raw: { } before } && (!ReferenceEquals(before.Reader, _site.Reader) || !table.SameVerdicts(before.Lookups, before.Threshold, threshold)))
            {
                // Unchanged text, changed evidence: read it again.
                slot.Done = null;
                slot.Diagnostics.Clear();
                Read(slot, lookUp: false);
            }

            if (slot.Stored is { } stored)
            {
                slot.Stored = null;
                if (Reusable(stored, slot.Entry.FullPath, table, threshold))
                {
                    if (stored is { Article: { } known, Hashes: { } hashes }) _cache.Seed(known, hashes);
                    slot.Diagnostics.AddRange(stored.Diagnostics);
                    slot.Done = new ArticleLoad(slot.DisplayPath, null, stored.Article is { } article ? new EnrichResult(article, [], [], []) : null, slot.Diagnostics);
                    store!.Reuse(stored, slot.Entry.Stamp);
                    slot.FromStore = true;
                    slot.LineKeys = null;
                    return;
                }

                // Unchanged text, changed evidence (a pile verdict, the fallback date): read it again.
                slot.Diagnostics.Clear();
                Read(slot, lookUp: false);
            }

            // A slot still holding its text is parsed in Enrich, right before it is enriched: parsing every file here
            // would hold every parsed article (front matter, Markdown as read, a raw article's blocks) at once.
        });
        Time("load");
        return new ContentPile(slots) { Table = table, Threshold = threshold, Read = read };
    }

    /// <summary>
    /// Reads a pending slot's file and parses it (a raw article with the pile's evidence), leaving its parsed article,
    /// or its finished load when it has none. With the article cache, the file is read as bytes, and the hash it is
    /// kept under is that of the bytes parsed.
    /// </summary>
    private void Parse(Slot slot, ContentPile pile)
    {
        slot.Pending = false;
        ContentText read;
        if (Store is null) read = pile.Read(slot.Entry, slot.DisplayPath);
        else
        {
            var (bytes, problem) = ContentReader.ReadArticleBytes(slot.Entry.FullPath, slot.DisplayPath, slot.Entry.Stamp?.Length);
            if (bytes is null) read = new ContentText(null, [problem!]);
            else
            {
                slot.TextHash = ArticleStore.HashBytes(bytes);
                read = ContentReader.Decode(bytes, slot.DisplayPath);
            }
        }

        slot.Diagnostics.AddRange(read.Diagnostics);
        if (read.Text is not { } text)
        {
            slot.TextHash = null;
            slot.Done = new ArticleLoad(slot.DisplayPath, null, null, slot.Diagnostics);
            return;
        }

        // A serving cache keeps what the reading asked of the pile; a one-off build needs nothing of it afterwards.
        var raw = slot.Entry.Kind == ContentKind.RawArticle;
        var store = Store;
        var table = raw && (_cache.Live || store is not null) ? pile.Table.Recording() : pile.Table;
        var parsed = _site.Parse(slot.DisplayPath, slot.Entry.Kind, text, raw ? table : null);
        if (raw && _cache.Live && slot.LineKeys is { } keys) slot.Reading = new SiteCache.RawReading(keys, table.Lookups, _site.Reader, pile.Threshold);
        if (raw && store is not null && slot.LineKeys is { } lineKeys) slot.StoreReading = new CachedReading(lineKeys, table.Lookups, pile.Threshold);
        slot.LineKeys = null;
        slot.Diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Article is null) slot.Done = new ArticleLoad(slot.DisplayPath, null, null, slot.Diagnostics);
        else slot.Parsed = parsed.Article;
    }

    /// <summary>
    /// Whether an article cache entry for a file's unchanged text still holds: a raw article's pile lookups
    /// give the same verdicts as when it was read, and an undated article's fallback date (and why) is the same.
    /// </summary>
    private bool Reusable(CachedArticle stored, string fullPath, PileTable table, int threshold)
    {
        if (stored.Raw is { } raw && !table.SameVerdicts(raw.Lookups, raw.Threshold, threshold)) return false;
        if (stored.Article is not { DateIsFallback: true } article) return true;
        var (date, reason) = _fallbackDates.For(fullPath);
        return date.EqualsExact(article.Date) && string.Equals(reason, stored.FallbackReason, StringComparison.Ordinal);
    }

    // ----------------------------------------------------------------------------------------------
    // Enrich: parse, clean, date, detect, and drop near-duplicates.

    /// <summary>
    /// Enrich: every article read in this run, parsed and enriched in one go so that no more than one parsed
    /// article per worker lives at a time (in parallel; each is remembered in the cache by its file's stamp), then the near-duplicate check over all of them. Gives the articles to publish in
    /// file order; a duplicate or an article with errors is skipped, its errors becoming warnings.
    /// </summary>
    public (IReadOnlyList<Article> Articles, int Skipped) Enrich(ContentPile pile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pile);
        var slots = pile.Slots;
        var fallbackDates = _fallbackDates;
        var store = Store;
        var progress = ProgressCounter.Start(_options.Progress, Stage.Load, slots.Count);
        var loads = new ArticleLoad[slots.Count];
        Parallel.For(0, slots.Count, Workers(cancellationToken), i =>
        {
            var slot = slots[i];
            if (slot.Pending) Parse(slot, pile);
            if (slot.Done is null)
            {
                // A build needs the article, not what the file parsed to (the front matter and the
                // Markdown as read, a raw article's cleaned blocks): not kept, the loads of a big
                // archive take half the memory.
                var enriched = _site.Enrich(slot.Parsed!, slot.Entry.FullPath, fallbackDates);
                slot.Diagnostics.AddRange(enriched.Diagnostics);
                slot.Parsed = null;
                if (Spill is { } spill) enriched = enriched with { Article = enriched.Article with { BodyText = spill.Keep(enriched.Article.BodyText) } };
                slot.Done = new ArticleLoad(slot.DisplayPath, null, enriched with { Blocks = [] }, slot.Diagnostics);
                _cache.Store(slot.Entry.FullPath, slot.Stamp, slot.Done, slot.Reading);
                Keep(slot);
            }
            else if (slot.Fresh)
            {
                _cache.Store(slot.Entry.FullPath, slot.Stamp, slot.Done, slot.Reading);
                Keep(slot);
            }

            loads[i] = slot.Done;
            progress?.Increment();
        });

        // A file read and parsed in this run goes into the article cache (one whose text could not be read does not: it is read again).
        void Keep(Slot slot)
        {
            if (store is null || slot.FromStore || slot.TextHash is not { } hash || slot.Done is not { } done) return;
            var article = done.Article;
            store.Keep(new CachedArticle(slot.DisplayPath, hash, slot.StoreReading, [.. slot.Diagnostics], article,
                article is { DateIsFallback: true } ? fallbackDates.For(slot.Entry.FullPath).Reason : null) { Stamp = store.StampOf(slot.Entry.Stamp) });
        }
        _cache.Retain([.. slots.Select(static s => s.Entry.FullPath)]);

        // Every article is made: a one-off build needs the enrichment rules no more (a serving process parses the next edit with them).
        if (!_cache.Live) _site.ReleaseEnrichment();

        // The same story scraped twice is published once; the other copies are skipped with a warning naming both.
        var duplicates = new HashSet<int>();
        foreach (var (duplicate, original, similarity) in Duplicates.Find(loads, _cache))
        {
            duplicates.Add(duplicate);
            Diagnostics.Add(Duplicates.Warning(loads[duplicate].SourcePath, loads[original].SourcePath, similarity));
        }

        var articles = new List<Article>(loads.Length);
        var skipped = duplicates.Count;
        for (var i = 0; i < loads.Length; i++)
        {
            var load = loads[i];
            if (duplicates.Contains(i))
            {
                Diagnostics.AddRange(load.Diagnostics);
                continue;
            }

            if (load.Article is { } article && !load.Diagnostics.Any(static d => d.IsError))
            {
                Diagnostics.AddRange(load.Diagnostics);
                articles.Add(article);
            }
            else
            {
                // A bad article does not stop the site: it is skipped, and its errors become warnings.
                skipped++;
                Diagnostics.AddRange(load.Diagnostics.Select(static d => d.IsError ? d with { Severity = Severity.Warning, Message = d.Message + " (the file is skipped)" } : d));
            }
        }

        Time("enrich");
        return (articles, skipped);
    }

    // ----------------------------------------------------------------------------------------------
    // Assemble: the site model.

    /// <summary>
    /// Assemble: the site model from the articles and the listing's other files (images), starting
    /// from the cache's previous assembly (a body edit re-makes only the changed article's records).
    /// Also gives the site articles that are new objects since that assembly (null: all may have changed).
    /// </summary>
    public (SiteModel Model, IReadOnlySet<SiteArticle>? Changed) Assemble(IReadOnlyList<Article> articles, ContentListing listing)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(listing);
        var config = _site.Config;
        var buildDate = _options.SourceDateEpoch ?? config.BuildDate ?? DateTimeOffset.UtcNow;
        var assets = listing.Entries.Where(static e => e.Kind == ContentKind.Asset).Select(e => _site.DisplayPath(e.FullPath)).ToList();
        var reassembly = SiteReassembler.Assemble(_cache.Assembly, config, articles, assets, new PublishOptions(buildDate, _options.IncludeDrafts, _options.IncludeFuture));
        _cache.Assembly = reassembly.Assembly;
        var assembled = reassembly.Assembly.Result;
        Diagnostics.AddRange(assembled.Diagnostics);
        if (!_options.IncludeFuture)
        {
            // An article dated after the build date is left out: say so, so that a mistyped year does not lose it silently.
            foreach (var article in articles)
            {
                if (article.Date <= buildDate || (article.Draft && !_options.IncludeDrafts)) continue;
                var at = SourcePosition.Of(article.Positions, "date");
                Diagnostics.Add(Diagnostic.Warning(Stage.Assemble, article.SourcePath, at.Line, at.Column,
                    string.Create(CultureInfo.InvariantCulture, $"the article is dated {article.Date:yyyy-MM-dd}, after the build date {buildDate:yyyy-MM-dd}; it is left out until then (build with --future to include it)")));
            }
        }

        var newest = assembled.Site.Articles.Select(static a => a.Article.OwnDate()).Max();
        var model = assembled.Site with
        {
            // The date printed in the output is the configured one, or the newest article's own date; only a site
            // none of whose articles is dated falls back to the clock's day (SOURCE_DATE_EPOCH or build.date pin it).
            BuildDate = _options.SourceDateEpoch ?? config.BuildDate ?? newest ?? new DateTimeOffset(DateTimeOffset.UtcNow.UtcDateTime.Date, TimeSpan.Zero),
        };

        // The clock decides which future-dated articles are published yet, and the build date of a site with no dated
        // article; git's history dates an undated article.
        var pinned = _options.SourceDateEpoch is not null || config.BuildDate is not null;
        DependsOnClockOrGit = articles.Any(static a => a.DateIsFallback)
            || (!pinned && (newest is null || (!_options.IncludeFuture && articles.Any(a => a.Date > buildDate))));
        var published = _images.Prepare(model.Assets, Diagnostics, CancellationToken.None);
        model = model with
        {
            Assets = published,
            RefusedAssets = model.Assets.Keys.Where(k => !published.ContainsKey(k)).ToHashSet(StringComparer.Ordinal),
        };
        Time("assemble");
        return (model, reassembly.Changed);
    }

    // ----------------------------------------------------------------------------------------------
    // Plan: what must be made, and what the destination can keep.

    /// <summary>A unit to make, or to keep as the destination's previous record of it says.</summary>
    internal sealed record PlannedUnit(OutputUnit Unit, UnitRecord? Keep);

    /// <summary>
    /// The units of a site in output order (pages first), each with what can be kept of it, and the renderer that makes
    /// the pages. <see cref="Units"/> is empty when <see cref="Release"/> is set: then only <see cref="Steps"/> holds them.
    /// </summary>
    internal sealed record BuildPlan(IReadOnlyList<OutputUnit> Units, PlannedUnit?[] Steps, int PageCount, PageRenderer Renderer)
    {
        /// <summary>How many of the pages the plan does not keep.</summary>
        public int PagesToMake
        {
            get
            {
                var count = 0;
                for (var i = 0; i < PageCount; i++)
                {
                    if (Steps[i] is { Keep: null }) count++;
                }

                return count;
            }
        }

        /// <summary>The site's pages, in the order of the first <see cref="PageCount"/> units.</summary>
        public IReadOnlyList<Page> Pages { get; init; } = [];

        /// <summary>
        /// Whether Make lets go of each page's step once the page is made (a one-off build, which reads no unit
        /// afterwards: a 100,000-article site's page units and their closures are some 50 MB held through rendering).
        /// </summary>
        public bool Release { get; init; }
    }

    /// <summary>
    /// Plan: fingerprints every output unit (a page, a feed, an asset) and compares it with what
    /// the destination recorded last time; a unit whose fingerprint it recorded is kept, the
    /// others are made. With a serving process's <paramref name="memo"/> and the articles
    /// <paramref name="changed"/> since its last run, a page that shows none of them is known
    /// unchanged without being fingerprinted again.
    /// </summary>
    public BuildPlan Plan(SiteModel model, TemplateSet templates, IOutputDestination destination, FingerprintMemo? memo = null, IReadOnlySet<SiteArticle>? changed = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(destination);
        var renderer = new PageRenderer(model, templates, new MarkdownRenderer(_site.Config.Markdown));
        var units = OutputUnits.Of(model, templates, renderer, _site.Root, destination.Previous, _cache, memo, changed, _images, Partials);
        var steps = new PlannedUnit[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var before = unit.Unchanged ?? destination.Previous(unit.Key);
            steps[i] = new PlannedUnit(unit, before is not null && before.Fingerprint == unit.Fingerprint ? before : null);
        }

        Time("plan");
        // A serving process hands the units to its destination after Make; a one-off build needs them only until each is made.
        var release = !_cache.Live;
        return new BuildPlan(release ? [] : units, steps, model.Pages.Count, renderer) { Pages = model.Pages, Release = release };
    }

    // ----------------------------------------------------------------------------------------------
    // Make: render what the plan says, and hand it to the destination.

    /// <summary>
    /// Make: the pages first (in parallel), then feeds, sitemaps, the search index and assets (in
    /// parallel), then the static files. A unit the plan keeps stays as the destination has it,
    /// when it still has it; every other unit is made and handed over. A template error repeats on
    /// every page the template renders: it is reported once per place.
    /// </summary>
    public (int Made, int Kept) Make(BuildPlan plan, IOutputDestination destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(destination);
        var made = 0;
        var kept = 0;
        var madePages = 0;
        var renderErrors = new System.Collections.Concurrent.ConcurrentBag<Diagnostic>();
        void Produce(int i)
        {
            var (unit, keep) = plan.Steps[i]!;
            if (keep is not null && destination.TryKeep(unit.Key, keep))
            {
                Interlocked.Increment(ref kept);
                return;
            }

            var result = unit.Make();
            foreach (var d in result.Diagnostics) renderErrors.Add(d);
            destination.Put(i, unit, result);
            Interlocked.Increment(ref made);
        }

        var rendered = ProgressCounter.Start(_options.Progress, Stage.Render, plan.PageCount);
        var cards = CardSchedule.Of(plan, _options.LargeSitePages, _options.CardWindow);
        // The pages are taken in order, one at a time, by each worker: the pages being rendered at once stay together
        // in the order, so the cards they share are those around one date.
        var next = -1;
        Parallel.For(0, Environment.ProcessorCount, Workers(cancellationToken), _ =>
        {
            for (var k = Interlocked.Increment(ref next); k < plan.PageCount && !cancellationToken.IsCancellationRequested; k = Interlocked.Increment(ref next))
            {
                var i = cards?.Order[k] ?? k;
                Produce(i);
                if (plan.Release) plan.Steps[i] = null;
                if (cards is not null)
                {
                    for (var f = cards.Start[k]; f < cards.Start[k + 1]; f++) plan.Renderer.ForgetCard(cards.Forget[f]);
                }

                rendered?.Increment();
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        madePages = made;
        plan.Renderer.ReleaseCaches();
        // The cards kept for the next build are written now, and let go of, before feeds and the search index are made.
        Partials?.Save(2 * plan.PageCount);

        // What rendering kept is garbage now: collected here, feeds and the search index of a large site reuse
        // its memory instead of adding to it (the peak is in that stage: 30,000 articles, 634 -> 564 MiB).
        if (madePages >= LargeSitePages || (!_cache.Live && plan.PageCount >= HugeSitePages)) CollectAll();
        Time("render");

        // Feeds, sitemaps, the search index and assets are independent files: made and handed over in parallel.
        // Resized images come last in the plan, and are timed and counted as their own step.
        var firstPicture = plan.PageCount;
        while (firstPicture < plan.Steps.Length && !plan.Steps[firstPicture]!.Unit.Key.StartsWith(OutputUnits.PictureKey, StringComparison.Ordinal)) firstPicture++;
        Parallel.For(plan.PageCount, firstPicture, Workers(cancellationToken), Produce);
        Time("feeds");
        if (firstPicture < plan.Steps.Length)
        {
            var encoded = ProgressCounter.Start(_options.Progress, Stage.Write, plan.Steps.Length - firstPicture);
            Parallel.For(firstPicture, plan.Steps.Length, Workers(cancellationToken), i =>
            {
                Produce(i);
                encoded?.Increment();
            });
            Time("images");
        }

        // Static files last, so that a file the build generates wins over one of the same path.
        Diagnostics.AddRange(destination.PutStatic(_site.StaticFiles(), _site.DisplayPath(_site.StaticDirectory)));

        foreach (var place in renderErrors.GroupBy(static d => (d.Path, d.Line, d.Column)))
        {
            var first = place.Min(Diagnostic.Order)!;
            var others = place.Count() - 1;
            Diagnostics.Add(others == 0 ? first : first with { Message = $"{first.Message} (and {others} more {(others == 1 ? "page" : "pages")})" });
        }

        return (made, kept);
    }

    /// <summary>
    /// When a build renders many pages: the order to render them in (the newest article each shows first, pages that
    /// show none before all), and after which page (by its place in that order) each article's card and the partials
    /// made from it are let go of: after the last page that shows it, and after any page past which no page shows it
    /// for <c>window</c> pages. An article is shown near its own date (its page, its neighbours', the home and section
    /// pages that list it), so the cards held at once are those of the articles around the date being rendered. A
    /// term with few articles lists them on one page across years: such a card, made when the first of its pages is
    /// rendered, would wait there until its own date comes; it is let go of and made again when a page shows it
    /// next (100,000 articles: some 40,000 cards, 90 MB, held at once before). The output is the same in any order.
    /// </summary>
    /// <param name="Order">The pages' indexes in the order to render them.</param>
    /// <param name="Start">Where the cards to let go of after the page at each place of <paramref name="Order"/> start in <paramref name="Forget"/> (one more entry than pages).</param>
    /// <param name="Forget">The cards to let go of, grouped by place.</param>
    internal sealed record CardSchedule(int[] Order, int[] Start, SiteArticle[] Forget)
    {
        /// <summary>
        /// How many pages a card is kept across with no page showing it. Making a card again costs a view and a cached
        /// partial read back from the spill; keeping it costs some 3 KB.
        /// </summary>
        public const int Window = 2_000;

        /// <summary>The schedule, or null when few pages are made (a serving process's rebuild): then every card is kept until rendering ends.</summary>
        public static CardSchedule? Of(BuildPlan plan, int largeSitePages, int window)
        {
            if (plan.PagesToMake < largeSitePages || plan.Pages.Count != plan.PageCount) return null;
            var newest = new long[plan.PageCount];
            for (var i = 0; i < plan.PageCount; i++)
            {
                newest[i] = long.MaxValue;
                foreach (var item in plan.Pages[i].Shows.Articles) newest[i] = Math.Min(newest[i], -item.Article.Date.UtcTicks);
            }

            var order = new int[plan.PageCount];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            // Pages that show no article first (as the site's own pages come first), then the newest first; ties keep the pages' order.
            Array.Sort(order, (a, b) =>
            {
                var (ka, kb) = (newest[a] == long.MaxValue ? long.MinValue : newest[a], newest[b] == long.MaxValue ? long.MinValue : newest[b]);
                return ka != kb ? ka.CompareTo(kb) : a.CompareTo(b);
            });

            // Each card's last place so far; a gap longer than the window lets the card go at the place before it.
            var last = new Dictionary<SiteArticle, int>(ReferenceEqualityComparer.Instance);
            var at = new List<(int Place, SiteArticle Item)>();
            for (var k = 0; k < order.Length; k++)
            {
                foreach (var item in plan.Pages[order[k]].Shows.Articles)
                {
                    if (last.TryGetValue(item, out var before) && k - before > window) at.Add((before, item));
                    last[item] = k;
                }
            }

            foreach (var (item, place) in last) at.Add((place, item));
            var start = new int[order.Length + 1];
            foreach (var (place, _) in at) start[place + 1]++;
            for (var k = 0; k < order.Length; k++) start[k + 1] += start[k];
            var forget = new SiteArticle[at.Count];
            var fill = start[..^1];
            foreach (var (place, item) in at) forget[fill[place]++] = item;
            return new CardSchedule(order, start, forget);
        }
    }

    /// <summary>
    /// One worker per core. Writing a page blocks on the disk, and the thread pool answers blocked
    /// workers by adding threads: a dozen threads on two cores only switch contexts, each with its own
    /// template context and buffers, and make the collector stop more threads.
    /// </summary>
    internal static ParallelOptions Workers(CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>
    /// What the article cache keeps for the next build: the entries the store holds, each with its
    /// article's hashes (taken from the store when it had them, else as this build computed them).
    /// </summary>
    public IReadOnlyCollection<CachedArticle> StoreEntries()
    {
        if (Store is not { } store) return [];
        return [.. store.Entries.Select(e => e is { Article: { } article, Hashes: null } ? e with { Hashes = _cache.HashesOf(article) } : e)];
    }

    /// <summary>The diagnostics in their stable order.</summary>
    public IReadOnlyList<Diagnostic> SortedDiagnostics()
    {
        var list = Diagnostics.ToList();
        list.Sort(Diagnostic.Order);
        return list;
    }
}
