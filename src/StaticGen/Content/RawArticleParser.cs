using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticGen.Content;

/// <summary>
/// Parses a scraped plain-text article (the seed format): a title line; a header block that repeats
/// it, optionally split into kicker and headline; optional byline and date lines; then the body,
/// one paragraph per line, with subheading lines, list lines, quote lines and image file names
/// followed by caption and credit. Pure: text in, structure out. Cleanup of boilerplate and
/// spinner artefacts happens later, in enrichment, so its rules are configurable in one place.
/// </summary>
public static partial class RawArticleParser
{
    private static readonly string[] s_dateFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy",
        "dddd, MMMM d, yyyy", "dddd d MMMM yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd",
    ];

    public static ParseResult Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);

        var diagnostics = new DiagnosticList();
        var lines = TextLines.Split(text);
        var i = NextNonEmpty(lines, 0);
        if (i < 0)
        {
            diagnostics.Warning(Stage.Load, path, 0, 0, "the file is empty; it is skipped");
            return new ParseResult(null, diagnostics.Sorted());
        }

        var title = Clean(lines[i]);
        string? kicker = null;
        i = NextNonEmpty(lines, i + 1);

        // The header block: the title again, either as one line or as "kicker" + "headline" lines.
        if (i >= 0)
        {
            var first = Clean(lines[i]);
            var second = i + 1 < lines.Length ? Clean(lines[i + 1]) : "";
            if (second.Length > 0 && SameText(first + ": " + second, title))
            {
                kicker = first;
                title = second;
                i = NextNonEmpty(lines, i + 2);
            }
            else if (SameText(first, title))
            {
                i = NextNonEmpty(lines, i + 1);
            }
        }

        // Byline and date lines between header and body.
        string? author = null;
        DateTimeOffset? date = null;
        while (i >= 0)
        {
            var line = Clean(lines[i]);
            if (author is null && BylineRegex().Match(line) is { Success: true } byline)
            {
                author = byline.Groups["name"].Value.Trim();
            }
            else if (date is null && TryParseDateLine(line, out var d))
            {
                date = d;
            }
            else
            {
                break;
            }

            i = NextNonEmpty(lines, i + 1);
        }

        var bodyLine = i < 0 ? lines.Length : i + 1;
        var blocks = i < 0 ? new List<RawBlock>() : ParseBody(lines, i);
        blocks = StripDateline(blocks);

        if (blocks.Count == 0)
        {
            diagnostics.Warning(Stage.Load, path, bodyLine, 0, "the article has a title but no body text");
        }

        var article = new ParsedArticle
        {
            SourcePath = path,
            Format = SourceFormat.RawText,
            Title = title,
            Kicker = kicker,
            Author = author,
            Date = date,
            Blocks = blocks,
            BodyLine = bodyLine,
        };
        return new ParseResult(article, diagnostics.Sorted());
    }

    private static List<RawBlock> ParseBody(string[] lines, int start)
    {
        var blocks = new List<RawBlock>();
        var i = start;
        while (i < lines.Length)
        {
            var line = Clean(lines[i]);
            if (line.Length == 0)
            {
                i++;
                continue;
            }

            var lineNumber = i + 1;
            if (ListItemRegex().IsMatch(line))
            {
                var items = new List<string>();
                while (i < lines.Length)
                {
                    var l = Clean(lines[i]);
                    if (l.Length == 0 && i + 1 < lines.Length && ListItemRegex().IsMatch(Clean(lines[i + 1])))
                    {
                        i++;
                        continue;
                    }

                    var m = ListItemRegex().Match(l);
                    if (!m.Success) break;
                    items.Add(m.Groups["text"].Value.Trim());
                    i++;
                }

                blocks.Add(new RawList(lineNumber, items));
                continue;
            }

            if (line.StartsWith('>'))
            {
                var quoted = new List<string>();
                while (i < lines.Length && Clean(lines[i]) is { Length: > 0 } l && l.StartsWith('>'))
                {
                    quoted.Add(l[1..].Trim());
                    i++;
                }

                string? attribution = null;
                if (quoted.Count > 1 && AttributionRegex().IsMatch(quoted[^1]))
                {
                    attribution = quoted[^1];
                    quoted.RemoveAt(quoted.Count - 1);
                }

                quoted.RemoveAll(static q => q.Length == 0);
                blocks.Add(new RawQuote(lineNumber, quoted, attribution));
                continue;
            }

            if (ImageFileRegex().IsMatch(line))
            {
                i = ParseFigure(lines, i, out var figure);
                blocks.Add(figure);
                continue;
            }

            blocks.Add(IsSubheading(line) ? new RawHeading(lineNumber, line) : new RawParagraph(lineNumber, line));
            i++;
        }

        return blocks;
    }

    /// <summary>An image line, then maybe a caption line, then maybe a credit line (or a credit at the end of the caption).</summary>
    private static int ParseFigure(string[] lines, int i, out RawFigure figure)
    {
        var lineNumber = i + 1;
        var src = Clean(lines[i]);
        string? caption = null;
        string? credit = null;
        var next = NextNonEmpty(lines, i + 1);
        i++;

        if (next >= 0 && TryParseCredit(Clean(lines[next]), out var onlyCredit))
        {
            credit = onlyCredit;
            i = next + 1;
        }
        else if (next >= 0)
        {
            var candidate = Clean(lines[next]);
            var after = NextNonEmpty(lines, next + 1);
            var creditFollows = after >= 0 && TryParseCredit(Clean(lines[after]), out _);
            if (!IsStructural(candidate) && (creditFollows || LooksLikeCaption(candidate)))
            {
                (caption, credit) = SplitInlineCredit(candidate);
                i = next + 1;
                if (credit is null && creditFollows && TryParseCredit(Clean(lines[after]), out var c))
                {
                    credit = c;
                    i = after + 1;
                }
            }
        }

        figure = new RawFigure(lineNumber, new ArticleImage(src, caption, credit));
        return i;
    }

    private static bool IsStructural(string line) =>
        ImageFileRegex().IsMatch(line) || ListItemRegex().IsMatch(line) || line.StartsWith('>');

    /// <summary>A caption is one sentence of reasonable length.</summary>
    private static bool LooksLikeCaption(string line)
    {
        var words = WordCount(line);
        return words is > 0 and <= 40 && !SentenceBreakRegex().IsMatch(line);
    }

    internal static bool TryParseCredit(string line, out string credit)
    {
        var m = CreditLineRegex().Match(line);
        if (m.Success)
        {
            credit = m.Groups["credit"].Value.Trim();
            return credit.Length > 0;
        }

        credit = "";
        return false;
    }

    private static (string Caption, string? Credit) SplitInlineCredit(string line)
    {
        var m = InlineCreditRegex().Match(line);
        return m.Success ? (m.Groups["caption"].Value.Trim(), m.Groups["credit"].Value.Trim()) : (line, null);
    }

    /// <summary>
    /// A subheading is a short standalone line that does not read as a sentence: no closing full
    /// stop, comma or colon, no markup-like characters. A question may be a subheading when short.
    /// </summary>
    internal static bool IsSubheading(string line)
    {
        var words = WordCount(line);
        if (words is 0 or > 12) return false;
        if (!char.IsLetterOrDigit(line[0]) && line[0] is not ('“' or '"' or '‘' or '\'')) return false;
        if (line.AsSpan().IndexOfAny("<>{}[]=/\\|@#*_`") >= 0) return false;
        var last = line[^1];
        if (last is '.' or ',' or ';' or ':' or '…') return false;
        if (last is '?' or '!' && words > 10) return false;
        return !SentenceBreakRegex().IsMatch(line);
    }

    private static List<RawBlock> StripDateline(List<RawBlock> blocks)
    {
        if (blocks.Count > 0 && blocks[0] is RawParagraph lede && DatelineRegex().Match(lede.Text) is { Success: true } m)
        {
            blocks[0] = lede with { Text = lede.Text[m.Length..].TrimStart() };
        }

        return blocks;
    }

    internal static bool TryParseDateLine(string line, out DateTimeOffset date)
    {
        var text = line.Trim().TrimEnd('.');
        if (text.Length is < 6 or > 40)
        {
            date = default;
            return false;
        }

        return DateTimeOffset.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
    }

    private static int NextNonEmpty(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i])) return i;
        }

        return -1;
    }

    private static string Clean(string line) => line.Trim().Replace('\u00A0', ' ');

    private static bool SameText(string a, string b) =>
        string.Equals(WhitespaceRegex().Replace(a, " ").Trim(), WhitespaceRegex().Replace(b, " ").Trim(), StringComparison.Ordinal);

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"^\s*(?:[-•–]|\*)\s+(?<text>\S.*)$")]
    private static partial Regex ListItemRegex();

    [GeneratedRegex(@"^[^\s/\\:*?""<>|]+\.(?:jpe?g|png|webp|gif|avif)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageFileRegex();

    [GeneratedRegex(@"^By\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}\p{M}.'’-]*|,))*)\s*$")]
    private static partial Regex BylineRegex();

    [GeneratedRegex(@"^(?:\((?:Photo|Photos|Image|Images|Picture|Foto|Credit|Source|Graphic|Illustration)s?\s*:\s*(?<credit>[^)]+)\)|(?:Photo|Photos|Image|Images|Picture|Credit|Source|Graphic|Illustration)s?\s*:\s*(?<credit>.+)|©\s*(?<credit>.+)|(?:Photo|Image|Picture)\s+by\s+(?<credit>.+))$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLineRegex();

    [GeneratedRegex(@"^(?<caption>.*?[.!?”""])\s+(?:\((?:Photo|Image|Picture|Credit|Source|Graphic)s?\s*:\s*(?<credit>[^)]+)\)|(?:Photo|Image|Picture|Credit|Source|Graphic)s?\s*:\s*(?<credit>.+)|©\s*(?<credit>.+))$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCreditRegex();

    [GeneratedRegex(@"^\s*[—–-]\s*\S")]
    private static partial Regex AttributionRegex();

    /// <summary>"KYIV, May 3 (Reuters) -" and "SÃO SEBASTIÃO, Brazil, Feb 21 (Reuters) -": a wire dateline before the lede.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}\s.'’-]+(?:,\s*[^,()]{2,60}?)*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\([^)]{1,40}\)\s*[-—–]+\s*")]
    private static partial Regex DatelineRegex();

    /// <summary>A sentence end followed by another sentence inside the line.</summary>
    [GeneratedRegex(@"[.!?][”""’)]?\s+[\p{Lu}“""]")]
    private static partial Regex SentenceBreakRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}
