using System.Text.RegularExpressions;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>
/// Cleans raw scraped text: drops boilerplate lines ("Leave a Replay", "Share this:") and repairs
/// artefacts of article spinners ("once morest" → "against"). The default lists are below;
/// <c>site.config.yml</c> (<c>cleanup:</c>) extends or replaces them. Built once per build, then shared.
/// </summary>
public sealed class TextCleanup
{
    /// <summary>Whole-line patterns (case-insensitive) of text that is not part of the article.</summary>
    public static readonly IReadOnlyList<string> DefaultBoilerplate =
    [
        @"Leave a Rep(?:ly|lay)",
        @"Cancel reply",
        @"Share this:?",
        @"Share (?:this )?(?:article|story|on \w+)",
        @"Click to (?:share|print|email)\b.*",
        @"Advertisement",
        @"Follow us on\b.*",
        @"(?:Read also|Also read|Read more|See also|Related)\s*:.*",
        @"Tags?\s*:.*",
        @"Like this:?",
        @"Loading\.\.\.",
        @"Subscribe to (?:our|the) newsletter.*",
    ];

    /// <summary>Spinner artefacts: the spinner replaced "against" by "once morest", "after" by "following", "before" by "prior to"…</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> DefaultReplacements =
    [
        new("once morest", "against"),
        new("Once morest", "Against"),
        new("followingmath", "aftermath"),
        new("Followingmath", "Aftermath"),
        new("followingwards", "afterwards"),
        new("Followingwards", "Afterwards"),
        new("followingnoon", "afternoon"),
        new("Followingnoon", "Afternoon"),
    ];

    private readonly Regex? _boilerplate;
    private readonly KeyValuePair<string, string>[] _replacements;

    public TextCleanup(CleanupConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var patterns = config.ReplaceDefaultBoilerplate ? config.Boilerplate : [.. DefaultBoilerplate, .. config.Boilerplate];
        _boilerplate = patterns.Count == 0
            ? null
            : new Regex("^(?:" + string.Join("|", patterns.Select(static p => "(?:" + p + ")")) + @")\s*$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var replacements = config.ReplaceDefaultReplacements ? [] : DefaultReplacements.ToList();
        replacements.AddRange(config.Replacements.OrderBy(static r => r.Key, StringComparer.Ordinal));
        _replacements = [.. replacements];
    }

    /// <summary>Checks the configured patterns compile; returns the error message of the first that does not.</summary>
    public static string? Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    public bool IsBoilerplate(string line) => _boilerplate is not null && _boilerplate.IsMatch(line.Trim());

    public string Repair(string text)
    {
        foreach (var (from, to) in _replacements)
        {
            if (text.Contains(from, StringComparison.Ordinal))
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Repairs every text of a raw article and drops its boilerplate blocks.</summary>
    public ParsedArticle Clean(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Format != SourceFormat.RawText) return article;

        var blocks = new List<RawBlock>(article.Blocks.Count);
        foreach (var block in article.Blocks)
        {
            var cleaned = CleanBlock(block);
            if (cleaned is not null) blocks.Add(cleaned);
        }

        return article with
        {
            Title = article.Title is null ? null : Repair(article.Title),
            Kicker = article.Kicker is null ? null : Repair(article.Kicker),
            Blocks = blocks,
        };
    }

    private RawBlock? CleanBlock(RawBlock block) => block switch
    {
        RawParagraph p when IsBoilerplate(p.Text) => null,
        RawParagraph p => p with { Text = Repair(p.Text) },
        RawHeading h when IsBoilerplate(h.Text) => null,
        RawHeading h => h with { Text = Repair(h.Text) },
        RawList l => l.Items.Where(i => !IsBoilerplate(i)).Select(Repair).ToList() is { Count: > 0 } items ? l with { Items = items } : null,
        RawQuote q => q with { Lines = [.. q.Lines.Select(Repair)], Attribution = q.Attribution is null ? null : Repair(q.Attribution) },
        RawFigure f => f with
        {
            Image = f.Image with
            {
                Caption = f.Image.Caption is null ? null : Repair(f.Image.Caption),
                Credit = f.Image.Credit is null ? null : Repair(f.Image.Credit),
            },
        },
        _ => block,
    };
}
