namespace StaticGen.Content.Reading;

/// <summary>
/// Chooses the headline among the lines above the lede, by evidence: the first line of a scraped file is
/// usually the page title; a headline is repeated (the page title above the article's own headline, maybe
/// with the site's name after it); it sits just above the standfirst, byline, date or lede; it has a
/// headline's shape (a few words to a long sentence without a closing full stop, not all in capitals); it
/// matches the file name. Lines with furniture evidence (skip links, navigation and section labels,
/// breadcrumbs, dates, tickers, metadata prefixes) are never candidates.
/// </summary>
public static class TitleChooser
{
    /// <summary>Separators between a headline and a site's name after it ("Headline | Site", "Headline - Site").</summary>
    private static readonly string[] s_suffixSeparators = [" | ", " - ", " – ", " — ", " :: "];

    /// <summary>Scores the candidate lines among <paramref name="header"/> (indices of the header zone's non-empty lines).</summary>
    public static List<TitleCandidate> Candidates(string[] lines, IReadOnlyList<LineFeatures?> features, IReadOnlyList<string?> evidence, IReadOnlyList<int> header, int lede, string fileStem)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var candidates = new List<TitleCandidate>();
        var stemWords = Words(fileStem.Replace('-', ' ').Replace('_', ' '));
        foreach (var i in header)
        {
            if (features[i] is not { } f || !Viable(lines[i], f, evidence[i])) continue;
            var reasons = new List<string>();
            var score = 0;
            if (i == header[0])
            {
                score += 4;
                reasons.Add("first line of the file (+4)");
            }

            if (header.Any(j => j != i && Repeats(lines[i], lines[j])))
            {
                score += 3;
                reasons.Add("repeated in the header (+3)");
            }

            var next = header.Where(j => j > i && evidence[j] is null && lines[j].Length > 0).Cast<int?>().FirstOrDefault() ?? lede;
            if (next == lede || (features[next] is { } nf && (nf.Meta is not null || nf.ImageFile || (nf.Words >= 12 && !nf.Capitals))))
            {
                score += 2;
                reasons.Add("sits above the standfirst, byline, date or lede (+2)");
            }

            if (f.Words is >= 4 and <= 25 && !f.Capitals && lines[i][^1] != '.')
            {
                score += 1;
                reasons.Add("headline shape (+1)");
            }

            if (stemWords.Count >= 3 && Words(lines[i]).Count(stemWords.Contains) * 5 >= stemWords.Count * 3)
            {
                score += 2;
                reasons.Add("matches the file name (+2)");
            }

            candidates.Add(new TitleCandidate(i + 1, lines[i], score, reasons));
        }

        return candidates;
    }

    /// <summary>The best candidate (the earlier one on a tie), or null.</summary>
    public static TitleCandidate? Best(IReadOnlyList<TitleCandidate> candidates)
    {
        TitleCandidate? best = null;
        foreach (var c in candidates)
        {
            if (best is null || c.Score > best.Score) best = c;
        }

        return best;
    }

    /// <summary>A line that may be a headline: a few words, one sentence at most, no furniture evidence, not a date or byline, not a label in capitals.</summary>
    public static bool Viable(string line, LineFeatures f, string? evidence) =>
        evidence is null && f.Meta is null && !f.ImageFile && f.Credit is null && f.Caption is null
        && f.Words is >= 2 and <= 40 && !f.SeveralSentences && !(f.Capitals && f.Words <= 6)
        && !(f.Words == 2 && !line.Contains(' ', StringComparison.Ordinal));

    /// <summary>Two header lines give the same headline: equal, or one is the other with a site's name after it.</summary>
    public static bool Repeats(string a, string b) =>
        Same(a, b) || WithoutSuffix(a, b) is not null || WithoutSuffix(b, a) is not null;

    /// <summary>
    /// <paramref name="withSuffix"/> without the site's name after <paramref name="headline"/> ("Headline | Bird flu |
    /// The Guardian" and "Headline" give "Headline"), or null when the first is not the second plus a suffix.
    /// </summary>
    public static string? WithoutSuffix(string withSuffix, string headline)
    {
        if (withSuffix.Length <= headline.Length || !withSuffix.StartsWith(headline, StringComparison.Ordinal)) return null;
        var rest = withSuffix.AsSpan(headline.Length);
        foreach (var separator in s_suffixSeparators)
        {
            if (rest.StartsWith(separator, StringComparison.Ordinal)) return headline;
        }

        return null;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);

    private static HashSet<string> Words(string text) =>
        new(text.ToLowerInvariant().Split([' ', ',', ':', ';', '\'', '’', '"', '“', '”', '?', '!', '.'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
