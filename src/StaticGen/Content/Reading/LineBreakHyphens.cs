namespace StaticGen.Content.Reading;

/// <summary>
/// Joins the lines of a hard-wrapped paragraph, mending words that a line break split with a hyphen. Typeset and OCR'd
/// text breaks words between syllables ("the sea-" / "son."), a mail or a plain-text export breaks a line only at a space
/// or after the hyphen of a compound ("state-" / "owned"). Each break is judged by evidence, in this order:
/// <list type="number">
/// <item>a capital or a digit after the break ("Franco-" / "German", "COVID-" / "19"): a compound, the hyphen stays;</item>
/// <item>the page prints the hyphenated word elsewhere ("low-lying"): a compound, the hyphen stays;</item>
/// <item>the page prints the joined word elsewhere ("Verhoeven"): the break is mended;</item>
/// <item>the part before the break is a word that opens compounds (<c>Data/compound-heads.txt</c>: "well", "self",
/// "long"…): the hyphen stays;</item>
/// <item>otherwise the page decides: one with several breaks followed by a lower-case letter was hyphenated by a typesetter
/// or an OCR engine, and the break is mended; on another page the hyphen stays.</item>
/// </list>
/// A soft hyphen (U+00AD) at the end of a line always marks a syllable break. Where the hyphen stays, no space is put after
/// it. Pure: one instance per page (its words are read on the first break to judge, so not shared between threads).
/// </summary>
public sealed class LineBreakHyphens
{
    /// <summary>The fewest breaks followed by a lower-case letter that show a page hyphenated between syllables.</summary>
    public const int MinTypesetBreaks = 3;

    // The page's lines, read for its words only when a break is to be judged: most pages end no line in a hyphen.
    private readonly string[] _lines;
    private readonly bool _typeset;
    private readonly ReaderData _data;
    private (HashSet<string> Words, HashSet<string> Hyphenated)? _pageWords;

    private LineBreakHyphens(string[] lines, bool typeset, ReaderData data)
    {
        _lines = lines;
        _typeset = typeset;
        _data = data;
    }

    /// <summary>Whether the page was hyphenated between syllables (several breaks followed by a lower-case letter).</summary>
    public bool Typeset => _typeset;

    /// <summary>Counts the page's line-break hyphens; its words (lower case) are read when <see cref="Mend"/> first needs them.</summary>
    public static LineBreakHyphens Of(IReadOnlyList<string> lines, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(data);
        var breaks = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (Break(lines[i]) > 0 && lines[i + 1].Length > 0 && char.IsLower(lines[i + 1][0])) breaks++;
        }

        return new LineBreakHyphens([.. lines], breaks >= MinTypesetBreaks, data);
    }

    /// <summary>The page's words in lower case, apart (hyphenated ones) and together, leaving out the halves of broken words.</summary>
    private (HashSet<string> Words, HashSet<string> Hyphenated) PageWords()
    {
        if (_pageWords is { } known) return known;
        var lines = _lines;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var hyphenated = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var broken = Break(line) > 0;
            var start = -1;
            for (var k = 0; k <= line.Length; k++)
            {
                var inWord = k < line.Length && (char.IsLetter(line[k]) || (line[k] == '-' && start >= 0 && k + 1 < line.Length && char.IsLetter(line[k + 1])));
                if (inWord)
                {
                    if (start < 0) start = k;
                    continue;
                }

                if (start < 0) continue;
                // The broken word's halves are no words of the page: the line's last word before a break, and the first
                // word of the line after one.
                var last = k >= line.Length - 1 && broken;
                var first = start == 0 && i > 0 && Break(lines[i - 1]) > 0;
                if (!last && !first)
                {
                    var word = line[start..k].ToLowerInvariant();
                    (word.Contains('-', StringComparison.Ordinal) ? hyphenated : words).Add(word);
                }

                start = -1;
            }
        }

        _pageWords = (words, hyphenated);
        return (words, hyphenated);
    }

    /// <summary>Whether a line ends in a hyphen after a letter (a hyphen, a hyphen sign or a soft hyphen): a word goes on in the next line.</summary>
    public static bool EndsInBreak(string line) =>
        line is { Length: >= 3 } && line[^1] is '-' or '\u2010' or '\u00AD' && char.IsLetter(line[^2]);

    private static int Break(string line) => EndsInBreak(line) ? 1 : 0;

    /// <summary>
    /// <paramref name="count"/> lines from <paramref name="from"/> joined into one paragraph: a space between lines, or the
    /// broken word mended (each mended word is added to <paramref name="mended"/>, as "sea-/son").
    /// </summary>
    public string Join(IReadOnlyList<string> lines, int from, int count, List<string>? mended = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new System.Text.StringBuilder(lines[from]);
        for (var i = from + 1; i < from + count; i++)
        {
            var next = lines[i];
            var before = lines[i - 1];
            if (Break(before) > 0 && next.Length > 0)
            {
                if (Mend(before, next))
                {
                    text.Length--;
                    mended?.Add(Fragment(before, next));
                }

                text.Append(next);
                continue;
            }

            text.Append(' ').Append(next);
        }

        return text.ToString();
    }

    /// <summary>The broken word as the two lines print it ("sea-/son").</summary>
    private static string Fragment(string before, string next)
    {
        var head = before.Length - 1;
        while (head > 0 && char.IsLetter(before[head - 1])) head--;
        var tail = 0;
        while (tail < next.Length && char.IsLetter(next[tail])) tail++;
        return before[head..] + "/" + next[..tail];
    }

    /// <summary>Whether the hyphen at the end of <paramref name="before"/> is a syllable break to mend before <paramref name="next"/>.</summary>
    public bool Mend(string before, string next)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(next);
        if (before[^1] == '\u00AD') return true;
        if (next.Length == 0 || !char.IsLetter(next[0]) || char.IsUpper(next[0])) return false;
        var head = before.Length - 1;
        while (head > 0 && char.IsLetter(before[head - 1])) head--;
        var tail = 0;
        while (tail < next.Length && char.IsLetter(next[tail])) tail++;
        var left = before[head..^1].ToLowerInvariant();
        var right = next[..tail].ToLowerInvariant();
        // A compound of more parts ("state-of-" / "the-art") stays whole.
        if (head > 0 && before[head - 1] == '-') return false;
        var (words, hyphenated) = PageWords();
        if (hyphenated.Contains(left + "-" + right)) return false;
        if (words.Contains(left + right)) return true;
        if (_data.IsCompoundHead(left)) return false;
        return _typeset;
    }
}
