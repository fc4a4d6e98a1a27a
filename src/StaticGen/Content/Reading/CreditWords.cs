using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// A credit told by its shape, in any language: a credit word (<c>Data/credit-words.tsv</c>), then capitalised names
/// ("Gentileza Ana Belt", "Photograph by Ana Belt", "Snimka: Ana Belt", "(📸 Ana Belt)"); or names, then the word
/// ("Ana Beltaitė nuotr."). On a line of its own (<see cref="Line"/>) or closing a caption (<see cref="AtEnd"/>, "… on
/// Sunday | Gentileza Ana Belt"). The names must follow the word and end the line: a credit word in running text
/// ("a photograph by the author shows …") is followed by words in lower case and is no credit. Pure.
/// </summary>
internal static class CreditWords
{
    private static readonly (string[] Before, string[] After) s_words = Parse(EmbeddedResources.ReadText("reader/credit-words.tsv"));

    /// <summary>Capitalised names joined by nothing, a colon, a slash, a bar or "&amp;", maybe with small words between (as <see cref="TrailingCredit"/>'s).</summary>
    private const string Names = @"\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s*[:/&|]\s*|\s+(?:(?:for|of|via|and|the|de|da|del|van|von|y|i|și)\s+)?)\p{Lu}[\p{L}\p{M}.'’-]*){0,7}";

    private static readonly string s_before = "(?i:" + string.Join('|', s_words.Before.OrderByDescending(static w => w.Length).Select(Regex.Escape)) + ")";
    private static readonly string s_after = "(?i:" + string.Join('|', s_words.After.OrderByDescending(static w => w.Length).Select(Regex.Escape)) + ")";

    /// <summary>The word, then the names (after a colon, a slash or a space); or the names, then the word.</summary>
    private static readonly string s_credit = @"(?:" + s_before + @"(?:\s*[:/]\s*|\s+)(?<credit>" + Names + @")|(?<credit>" + Names + @")\s+" + s_after + ")";

    private static readonly Regex s_line = new(@"^(?:" + s_credit + @"|\(\s*" + s_credit + @"\s*\))$", RegexOptions.CultureInvariant);

    private static readonly Regex s_end = new(@"^(?<caption>.{10,400}?\S)(?:\s+[|•·—–-])?\s+(?:" + s_credit + @"|\(\s*" + s_credit + @"\s*\))$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Every credit word's opening ASCII letters ("Fot" of "Fotó", "Cortes" of "Cortesía"), for a cheap first test: most lines
    /// hold none. A search for the whole words, some of them not ASCII, ignoring case, took a slow path (13 ns a character,
    /// 108 ms over the 29,000 lines of 2,000 generated articles, a third of all line features); for their ASCII openings it
    /// takes the vectorised one.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> s_any = System.Buffers.SearchValues.Create(
        [.. s_words.Before.Concat(s_words.After).Select(AsciiOpening).Where(static w => w.Length >= MinOpening).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);

    /// <summary>The credit words that do not open with ASCII letters ("📸"), looked for whole.</summary>
    private static readonly string[] s_symbols = [.. s_words.Before.Concat(s_words.After).Where(static w => AsciiOpening(w).Length < MinOpening)];

    /// <summary>The fewest ASCII characters of a credit word's opening that the first test looks for.</summary>
    private const int MinOpening = 2;

    /// <summary>Whether the line may hold a credit word (<see cref="Line"/> and <see cref="AtEnd"/> can match only then).</summary>
    public static bool MayHold(string line)
    {
        if (line.AsSpan().IndexOfAny(s_any) >= 0) return true;
        foreach (var symbol in s_symbols)
        {
            if (line.Contains(symbol, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static string AsciiOpening(string word)
    {
        var n = 0;
        while (n < word.Length && char.IsAscii(word[n])) n++;
        return word[..n];
    }

    /// <summary>The names a credit line gives ("Snimka: Ana Belt" gives "Ana Belt"), or null when the line is no such credit.</summary>
    public static string? Line(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Asked of every line the other credit shapes pass over: the cheap test first, as most lines hold no credit word.
        return line.Length > 0 && MayHold(line) && s_line.Match(line) is { Success: true } m ? m.Groups["credit"].Value.Trim() : null;
    }

    /// <summary>A caption that ends with such a credit: the caption and the names, or null.</summary>
    public static (string Caption, string Credit)? AtEnd(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0 || !MayHold(line) || s_end.Match(line) is not { Success: true } m) return null;
        var caption = m.Groups["caption"].Value.TrimEnd(' ', '|', '•', '·', '—', '–', '-');
        return caption.Length > 0 ? (caption, m.Groups["credit"].Value.Trim()) : null;
    }

    private static (string[] Before, string[] After) Parse(string tsv)
    {
        var before = new List<string>();
        var after = new List<string>();
        foreach (var row in DataRows.Of(tsv))
        {
            if (row.Length != 2 || row[0] is not ("before" or "after")) throw new FormatException($"credit-words.tsv: expected 'before|after<TAB>word' in '{string.Join('\t', row)}'");
            (row[0] == "before" ? before : after).Add(row[1].Trim());
        }

        return ([.. before], [.. after]);
    }
}
