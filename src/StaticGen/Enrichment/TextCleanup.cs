using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>
/// Cleans raw scraped text. Three default lists, each of which <c>site.config.yml</c>
/// (<c>cleanup:</c>) extends or replaces:
/// <list type="bullet">
/// <item><b>boilerplate</b>: whole lines that are not part of the article ("Leave a Replay", "Share this:",
/// "Read also: …"); the parser drops them, a teaser label alone on its line ("Also read") takes the
/// headline line after it along, and a section label ("Most read", "Related articles") the teaser headlines under it.</item>
/// <item><b>remnants</b>: pieces of lines left by embedded posts ("pic.twitter.com/…"), cut out of the text.</item>
/// <item><b>replacements</b>: spinner artefacts repaired. A rule <c>"once more*": "again*"</c> is
/// word-internal: it applies only where at least two letters follow ("once morest" → "against"), so
/// the real phrase "once more" stays; a rule without <c>*</c> replaces the whole phrase.</item>
/// </list>
/// Built once per build, immutable, thread-safe.
/// </summary>
public sealed partial class TextCleanup
{
    /// <summary>Whole-line patterns (case-insensitive) of text that is not part of the article.</summary>
    public static readonly IReadOnlyList<string> DefaultBoilerplate =
    [
        @"Leave a (?:Reply|Replay|Comment)",
        @"Cancel reply",
        @"(?:\d+ )?Comments?(?:\s*\(\d+\))?",
        @"(?:Show|View|Load|Read|See) (?:all )?(?:\d+ )?comments\b.*",
        @"Share(?: this| this article| this story| this post)?\s*:?",
        @"Share (?:on|via) \w+",
        @"Click to (?:share|print|email|tweet)\b.*",
        @"(?:Print|Email|Facebook|Twitter|WhatsApp|LinkedIn|Telegram|Reddit|Pinterest|Messenger)",
        @"Advertisement(?:\s*[-–—:]?\s*(?:Scroll|Continue|Story)\b.*)?",
        @"(?:Story|Article) continues (?:below|after)(?: (?:this )?advertisement)?",
        @"Sponsored(?: content)?",
        @"Follow us on\b.*",
        @"(?:Read also|Also read|Read more|Read next|See also|Related(?: articles?| stories| posts| news)?|More on this(?: story)?|More|Recommended|You may also like|You might also like|Must read|Don'?t miss)\s*[:|–—-]\s*.+",
        @"Tags?\s*:.*",
        @"Filed under\s*:?.*",
        @"Like this:?",
        @"Loading(?:\.\.\.|…)",
        @"(?:Subscribe|Sign up)\b.{0,60}\b(?:newsletters?|updates|channel|alerts|briefing|digest|bulletin|roundup|e-?mails?)\b.*",
        @"(?:Previous|Next) (?:article|post|story)\b.*",
        @"Post navigation",
        @"Your email address will not be published\..*",
        @"Required fields are marked.*",
        @"Save my name, email, and website in this browser for the next time I comment\.?",
        @"(?:View|Open) this post on (?:Instagram|Facebook|X|Twitter)",
        @"(?:Watch|Listen)\s*:\s*.+",
        @"(?:Watch|Listen) (?:it |this |the video )?on (?:YouTube|Vimeo|Facebook|Spotify|Apple Podcasts)",
        @"We use cookies\b.*",
        @"(?:This|Our) (?:site|website) uses cookies\b.*",
        @"(?:Accept|Reject|Decline|Allow)(?: all| necessary)?(?: cookies)?",
        @"(?:Manage|Customi[sz]e) (?:cookies|cookie settings|preferences|consent)",
        @"Cookie (?:settings|preferences|policy)",
        @"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)",
        @"(?:©|Copyright)\s*(?:©\s*)?\d{4}\b.*",
        @"All rights reserved\.?",
    ];

    /// <summary>Patterns cut out of lines (case-insensitive): the remnants of embedded posts.</summary>
    public static readonly IReadOnlyList<string> DefaultRemnants =
    [
        @"pic\.twitter\.com/\w+",
        @"https?://t\.co/\w+",
    ];

    /// <summary>Text that every match of <see cref="DefaultRemnants"/> contains (a test keeps the two lists together).</summary>
    internal static readonly string[] DefaultRemnantAnchors = ["pic.twitter.com/", "://t.co/"];

    /// <summary>
    /// Spinner artefacts. A spinner swapped words for "synonyms" even inside longer words: "against"
    /// became "once morest" (again → once more), "afternoon" "followingnoon" (after → following),
    /// "beforehand" "prior tohand" (before → prior to).
    /// </summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> DefaultReplacements =
    [
        new("once more*", "again*"),
        new("following*", "after*"),
        new("prior to*", "before*"),
    ];

    /// <summary>A teaser label alone on its line: the headline of the teased article follows on the next line.</summary>
    [GeneratedRegex(@"^(?:Read also|Also read|Read more|Read next|See also|More on this(?: story)?|Must read|Don'?t miss)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserLabelRegex();

    /// <summary>A label heading a list of teaser headlines ("Most read", "Related articles"): the headlines under it go too.</summary>
    [GeneratedRegex(@"^(?:Related(?: articles?| stories| posts| news| content| coverage)?|Most (?:read|popular|viewed|shared|commented)(?: (?:articles|stories|today|this week))?|Trending(?: now| stories| news)?|Popular(?: now| stories| today)?|Top stories|More (?:stories|news|articles)|Latest (?:news|stories|articles)|Recommended(?: for you| stories| articles)?|You (?:may|might) also (?:like|be interested in)|Further reading|Editor'?s picks|In other news)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionLabelRegex();

    // The default lists, combined as Combine does it, compiled into the tool: building them at run
    // time for the linear-time engine costs a few hundred milliseconds, most of a small site's build.
    // A test keeps them equal to Combine(DefaultBoilerplate) and Combine(DefaultRemnants). Only
    // lines up to MaxBoilerplateLine characters are matched, so even this backtracking engine
    // stays linear on the long lines scraped text has.
    [GeneratedRegex(@"^(?:(?:Leave a (?:Reply|Replay|Comment))|(?:Cancel reply)|(?:(?:\d+ )?Comments?(?:\s*\(\d+\))?)|(?:(?:Show|View|Load|Read|See) (?:all )?(?:\d+ )?comments\b.*)|(?:Share(?: this| this article| this story| this post)?\s*:?)|(?:Share (?:on|via) \w+)|(?:Click to (?:share|print|email|tweet)\b.*)|(?:(?:Print|Email|Facebook|Twitter|WhatsApp|LinkedIn|Telegram|Reddit|Pinterest|Messenger))|(?:Advertisement(?:\s*[-–—:]?\s*(?:Scroll|Continue|Story)\b.*)?)|(?:(?:Story|Article) continues (?:below|after)(?: (?:this )?advertisement)?)|(?:Sponsored(?: content)?)|(?:Follow us on\b.*)|(?:(?:Read also|Also read|Read more|Read next|See also|Related(?: articles?| stories| posts| news)?|More on this(?: story)?|More|Recommended|You may also like|You might also like|Must read|Don'?t miss)\s*[:|–—-]\s*.+)|(?:Tags?\s*:.*)|(?:Filed under\s*:?.*)|(?:Like this:?)|(?:Loading(?:\.\.\.|…))|(?:(?:Subscribe|Sign up)\b.{0,60}\b(?:newsletters?|updates|channel|alerts|briefing|digest|bulletin|roundup|e-?mails?)\b.*)|(?:(?:Previous|Next) (?:article|post|story)\b.*)|(?:Post navigation)|(?:Your email address will not be published\..*)|(?:Required fields are marked.*)|(?:Save my name, email, and website in this browser for the next time I comment\.?)|(?:(?:View|Open) this post on (?:Instagram|Facebook|X|Twitter))|(?:(?:Watch|Listen)\s*:\s*.+)|(?:(?:Watch|Listen) (?:it |this |the video )?on (?:YouTube|Vimeo|Facebook|Spotify|Apple Podcasts))|(?:We use cookies\b.*)|(?:(?:This|Our) (?:site|website) uses cookies\b.*)|(?:(?:Accept|Reject|Decline|Allow)(?: all| necessary)?(?: cookies)?)|(?:(?:Manage|Customi[sz]e) (?:cookies|cookie settings|preferences|consent))|(?:Cookie (?:settings|preferences|policy))|(?:(?:pic\.twitter\.com/\w+|https?://t\.co/\w+))|(?:(?:©|Copyright)\s*(?:©\s*)?\d{4}\b.*)|(?:All rights reserved\.?))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultBoilerplateRegex();

    [GeneratedRegex(@"(?:pic\.twitter\.com/\w+)|(?:https?://t\.co/\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultRemnantsRegex();

    /// <summary>The longest line that can be boilerplate: the lines the lists describe are short.</summary>
    public const int MaxBoilerplateLine = 500;

    // A site that adds patterns gets them built on first use, for the linear-time (NonBacktracking)
    // engine: that takes a few hundred milliseconds, and a site of Markdown articles never asks for it.
    private readonly Lazy<Regex>? _boilerplate;
    private readonly Lazy<Regex>? _remnants;
    private readonly Replacement[] _replacements;

    /// <summary>Every rule's phrase, searched for at once: most texts contain none, and then no rule runs.</summary>
    private readonly SearchValues<string> _probes;

    /// <summary>
    /// With the default remnants, what any repair needs in a text: the rules' phrases and the remnants' fixed
    /// parts, found in one search; a text without any (most) is returned as it is. Null with configured remnants.
    /// </summary>
    private readonly SearchValues<string>? _anything;

    public TextCleanup(CleanupConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var patterns = config.ReplaceDefaultBoilerplate ? config.Boilerplate : [.. DefaultBoilerplate, .. config.Boilerplate];
        _boilerplate = patterns.Count == 0 ? null
            : new Lazy<Regex>(config.Boilerplate.Count == 0 ? DefaultBoilerplateRegex : () => Combine(patterns, whole: true));
        var remnants = config.ReplaceDefaultRemnants ? config.Remnants : [.. DefaultRemnants, .. config.Remnants];
        _remnants = remnants.Count == 0 ? null
            : new Lazy<Regex>(config.Remnants.Count == 0 ? DefaultRemnantsRegex : () => Combine(remnants, whole: false));
        var replacements = config.ReplaceDefaultReplacements ? [] : DefaultReplacements.ToList();
        replacements.AddRange(config.Replacements.OrderBy(static r => r.Key, StringComparer.Ordinal));
        _replacements = [.. replacements.Where(static r => r.Key.TrimEnd('*').Length > 0).Select(static r => Replacement.Create(r.Key, r.Value))];
        var probes = _replacements.Select(static r => r.Probe).ToArray();
        _probes = SearchValues.Create([.. probes.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        if (config.Remnants.Count == 0)
        {
            string[] anchors = config.ReplaceDefaultRemnants ? [] : DefaultRemnantAnchors;
            _anything = SearchValues.Create([.. probes.Concat(anchors).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Checks that a configured pattern compiles for the linear-time engine; returns the error, or null.</summary>
    public static string? Validate(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            _ = LinearRegex.Create(pattern, RegexOptions.CultureInvariant);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return e.Message;
        }
    }

    /// <summary>What a whole (trimmed) line is: article text, boilerplate, or a lone teaser label.</summary>
    public JunkKind Classify(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0) return JunkKind.None;
        if (TeaserLabelRegex().IsMatch(text)) return JunkKind.TeaserLabel;
        if (SectionLabelRegex().IsMatch(text)) return JunkKind.SectionLabel;
        return text.Length <= MaxBoilerplateLine && _boilerplate is not null && _boilerplate.Value.IsMatch(text) ? JunkKind.Boilerplate : JunkKind.None;
    }

    public bool IsBoilerplate(string line) => Classify(line) != JunkKind.None;

    /// <summary>Cuts remnants out of a text and repairs spinner artefacts.</summary>
    public string Repair(string text) => Repair(text, out _);

    public string Repair(string text, out int repairs)
    {
        ArgumentNullException.ThrowIfNull(text);
        repairs = 0;
        if (_anything is not null && text.AsSpan().IndexOfAny(_anything) < 0) return text;
        if (_remnants?.Value is { } remnants && remnants.IsMatch(text))
        {
            text = SpacesRegex().Replace(remnants.Replace(text, ""), " ").Trim();
        }

        if (_replacements.Length == 0 || text.AsSpan().IndexOfAny(_probes) < 0) return text;
        foreach (var rule in _replacements)
        {
            if (text.Contains(rule.Probe, StringComparison.OrdinalIgnoreCase))
            {
                var count = 0;
                text = rule.Apply(text, ref count);
                repairs += count;
            }
        }

        return text;
    }

    /// <summary>Repairs every text of a raw article (title, kicker, blocks); Markdown articles are the author's and stay as written.</summary>
    public ParsedArticle Clean(ParsedArticle article) => Clean(article, out _);

    public ParsedArticle Clean(ParsedArticle article, out int repairs)
    {
        ArgumentNullException.ThrowIfNull(article);
        repairs = 0;
        if (article.Format != SourceFormat.RawText) return article;

        var count = 0;
        string? Fix(string? s)
        {
            if (s is null) return null;
            var fixedText = Repair(s, out var n);
            count += n;
            return fixedText;
        }

        var blocks = new List<RawBlock>(article.Blocks.Count);
        foreach (var block in article.Blocks)
        {
            RawBlock? cleaned = block switch
            {
                RawParagraph p => Fix(p.Text) is { Length: > 0 } t ? p with { Text = t } : null,
                RawHeading h => Fix(h.Text) is { Length: > 0 } t ? h with { Text = t } : null,
                RawList l => l.Items.Select(Fix).Where(static i => i is { Length: > 0 }).Select(static i => i!).ToList() is { Count: > 0 } items ? l with { Items = items } : null,
                RawQuote q => q.Lines.Select(Fix).Where(static i => i is { Length: > 0 }).Select(static i => i!).ToList() is { Count: > 0 } quoted
                    ? q with { Lines = quoted, Attribution = Fix(q.Attribution) }
                    : null,
                RawTable t => t with { Rows = [.. t.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => Fix(c) ?? "")])] },
                RawFigure f => f with { Image = f.Image with { Caption = Fix(f.Image.Caption), Credit = Fix(f.Image.Credit) } },
                _ => block,
            };
            if (cleaned is not null) blocks.Add(cleaned);
        }

        var result = article with { Title = Fix(article.Title), Kicker = Fix(article.Kicker), Blocks = blocks };
        repairs = count;
        return result;
    }

    private static Regex Combine(IReadOnlyList<string> patterns, bool whole) =>
        LinearRegex.Create(CombinedPattern(patterns, whole), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Patterns as one alternation; <paramref name="whole"/>: matching a whole line.</summary>
    internal static string CombinedPattern(IReadOnlyList<string> patterns, bool whole)
    {
        var body = string.Join("|", patterns.Select(static p => "(?:" + p + ")"));
        return whole ? "^(?:" + body + @")\s*$" : body;
    }

    /// <summary>The compiled default lists, for the test that keeps them equal to the lists.</summary>
    internal static (string Boilerplate, string Remnants) CompiledDefaults => (DefaultBoilerplateRegex().ToString(), DefaultRemnantsRegex().ToString());

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacesRegex();

    /// <summary>One repair rule, compiled once.</summary>
    private sealed class Replacement(Regex regex, string to, string probe)
    {
        public string Probe => probe;

        public static Replacement Create(string from, string to)
        {
            var internalRule = from.EndsWith('*');
            var core = from.TrimEnd('*');
            var target = to.TrimEnd('*');

            // The first letter matches in either case, so "Once morest" becomes "Against".
            var first = core[0];
            var head = char.IsLetter(first) && char.ToUpperInvariant(first) != char.ToLowerInvariant(first)
                ? "[" + Regex.Escape(char.ToLowerInvariant(first).ToString()) + Regex.Escape(char.ToUpperInvariant(first).ToString()) + "]"
                : Regex.Escape(first.ToString());
            var pattern = @"(?<![\p{L}\p{M}\p{Nd}])" + head + Regex.Escape(core[1..]) + (internalRule ? @"(?=\p{L}{2})" : @"(?![\p{L}\p{M}\p{Nd}])");
            return new Replacement(new Regex(pattern, RegexOptions.CultureInvariant), target, core);
        }

        public string Apply(string text, ref int count)
        {
            var n = 0;
            var result = regex.Replace(text, m =>
            {
                n++;
                return char.IsUpper(m.Value[0]) && to.Length > 0 ? char.ToUpperInvariant(to[0]) + to[1..] : to;
            });
            count += n;
            return result;
        }
    }
}
