using System.Buffers;
using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// One kind's known-furniture patterns (<c>Data/furniture.tsv</c>), each matched against the whole line, case-insensitive.
/// Patterns that may begin anywhere in the line (<c>.*\bnewsletter\b.{0,40}</c>, or within its first 80 characters:
/// <c>.{0,80}\b(?:we|I) … (?:commission|affiliate fee)</c>) keep a linear-time automaton alive over every character of
/// every line (or its first 80), prose included; the others (<c>Skip to …</c>, <c>\d+ Comments?</c>) fail within a few
/// characters of most lines. So the patterns are split in two: those that begin with <c>.</c> and a quantifier and hold
/// text every match contains (a literal, "newsletter", or one of a group's alternatives, "commission" or "affiliate fee")
/// are run only on lines that contain one of those texts (one search for all of them, then each such pattern on its own
/// where the line holds one of its texts), and the rest as one automaton. The same lines match: the searches only skip
/// lines that cannot. The rest is as few alternations as the linear-time engine builds (its automaton has a size limit,
/// <see cref="LinearRegex.MaxAutomatonNodes"/>, which a site's extra patterns may pass).
/// </summary>
internal sealed class FurnitureMatcher
{
    private readonly Regex[] _anchored;
    private readonly Regex[] _floating;

    /// <summary>Every floating pattern's texts, and for each the floating patterns (their indexes) that hold it.</summary>
    private readonly string[] _texts;
    private readonly int[][] _textPatterns;

    /// <summary>For each text's first character (upper-cased, as an ordinal comparison ignoring case compares it), the texts (their indexes) that begin with it.</summary>
    private readonly Dictionary<char, int[]> _textsByFirst;
    private readonly SearchValues<string> _literals;

    /// <summary>Compiles the patterns (none: a matcher that matches nothing).</summary>
    public FurnitureMatcher(IReadOnlyCollection<string> patterns)
    {
        var anchored = new List<string>();
        var floating = new List<Regex>();
        var texts = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var pattern in patterns)
        {
            if (BeginsAnywhere(pattern) && RequiredTexts(pattern) is { } required && Selectivity(required) >= MinSearchLength)
            {
                foreach (var text in required)
                {
                    if (!texts.TryGetValue(text, out var holders)) texts[text] = holders = [];
                    if (!holders.Contains(floating.Count)) holders.Add(floating.Count);
                }

                floating.Add(ReaderData.Whole(pattern));
            }
            else
            {
                anchored.Add(pattern);
            }
        }

        _anchored = [.. Split(anchored)];
        _floating = [.. floating];
        _texts = [.. texts.Keys];
        _textPatterns = [.. texts.Values.Select(static v => v.ToArray())];
        _literals = SearchValues.Create(_texts, StringComparison.OrdinalIgnoreCase);
        _textsByFirst = Enumerable.Range(0, _texts.Length)
            .GroupBy(t => char.ToUpperInvariant(_texts[t][0]))
            .ToDictionary(static g => g.Key, static g => g.ToArray());
    }

    /// <summary>How many automata the patterns that must match from the line's start make (one, unless the list passes the size limit).</summary>
    internal int AnchoredAutomata => _anchored.Length;

    /// <summary>Whether one of the patterns matches the whole line.</summary>
    public bool IsMatch(string line) => Any(_anchored, line) || (_floating.Length > 0 && AnyFloating(line));

    /// <summary>
    /// Whether a floating pattern matches: each is asked only when the line holds one of its own texts, found where the
    /// search for all of them stops (one line of prose in ten holds one, "closed" or "reserve", and seldom two), or, when
    /// the line holds a <see cref="CaseTwins"/> character, every one.
    /// </summary>
    private bool AnyFloating(string line)
    {
        var text = line.AsSpan();
        if (text.IndexOfAny(CaseTwins) >= 0) return Any(_floating, line);
        Span<bool> asked = _floating.Length <= 256 ? stackalloc bool[_floating.Length] : new bool[_floating.Length];
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(_literals);
            if (at < 0) return false;
            at += from;
            foreach (var t in _textsByFirst.GetValueOrDefault(char.ToUpperInvariant(text[at]), []))
            {
                if (!text[at..].StartsWith(_texts[t], StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var k in _textPatterns[t])
                {
                    if (asked[k]) continue;
                    asked[k] = true;
                    if (_floating[k].IsMatch(line)) return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    private static bool Any(Regex[] regexes, string line)
    {
        foreach (var regex in regexes)
        {
            if (regex.IsMatch(line)) return true;
        }

        return false;
    }

    /// <summary>
    /// The characters outside ASCII that a case-insensitive regular expression takes for an ASCII letter and an ordinal
    /// comparison that ignores case does not (the Kelvin sign for "k"): a line holding one is matched by the automaton
    /// whatever the search says. (A test checks the list against the regular-expression engine.)
    /// </summary>
    internal static readonly SearchValues<char> CaseTwins = SearchValues.Create("\u0130\u0131\u017F\u212A");

    /// <summary>
    /// The shortest text searched for: a text of one or two characters ("?") is in too many lines to skip many, and the
    /// search for a set of texts takes a slower path when one is that short.
    /// </summary>
    internal const int MinSearchLength = 3;

    /// <summary>Whether a match may begin past the line's first characters: the pattern opens with any character, repeated (<c>.*</c>, <c>.{0,80}</c>).</summary>
    internal static bool BeginsAnywhere(string pattern) => pattern.Length > 1 && pattern[0] == '.' && pattern[1] is '*' or '+' or '?' or '{';

    /// <summary>
    /// Texts of which every match of <paramref name="pattern"/> contains at least one: its <see cref="RequiredLiteral"/>, or
    /// else the alternatives of a group at its top level that every match goes through (not optional), each alternative
    /// by the ASCII text it begins with ("(?:commission|affiliate fee|share of (?:the )?sale)" gives "commission", "affiliate
    /// fee" and "share of "); of the literal and several such groups, the one whose shortest text has the most letters
    /// (<see cref="Selectivity"/>). Null when none is sure.
    /// </summary>
    internal static string[]? RequiredTexts(string pattern)
    {
        string[]? best = RequiredLiteral(pattern) is { } literal ? [literal] : null;
        var i = 0;
        while (i < pattern.Length)
        {
            switch (pattern[i])
            {
                case '|':
                    return null; // an alternation at the top level: no one text is required
                case '[':
                    i = SkipClass(pattern, i);
                    if (i < 0) return null;
                    break;
                case '\\':
                    if (i + 1 >= pattern.Length) return null;
                    i = !char.IsAsciiLetterOrDigit(pattern[i + 1]) && pattern[i + 1] < 128 ? i + 2 : SkipEscape(pattern, i);
                    if (i < 0) return null;
                    break;
                case '(':
                    if (i + 2 < pattern.Length && pattern[i + 1] == '?' && (char.IsAsciiLetter(pattern[i + 2]) || pattern[i + 2] == '-')) return null; // inline options
                    var bars = new List<int>();
                    var end = SkipGroup(pattern, i, bars);
                    if (end < 0) return null;
                    // A plain or capturing group, not a lookaround, that no quantifier makes optional.
                    var plain = pattern[i + 1] != '?' || pattern[i + 2] == ':' || (pattern[i + 2] == '<' && i + 3 < pattern.Length && char.IsAsciiLetter(pattern[i + 3]));
                    var optional = end < pattern.Length && (pattern[end] is '?' or '*' || (pattern[end] == '{' && end + 1 < pattern.Length && pattern[end + 1] == '0'));
                    if (plain && !optional && Alternatives(pattern, i, end, bars) is { } texts && (best is null || Selectivity(texts) > Selectivity(best))) best = texts;
                    i = end;
                    break;
                default:
                    i++;
                    break;
            }
        }

        return best;
    }

    /// <summary>
    /// How rare a line holding one of <paramref name="texts"/> is, as the letters of the shortest: the spaces around a word
    /// do not make it rarer (" to " is in most lines of prose, "comment" in few).
    /// </summary>
    internal static int Selectivity(IEnumerable<string> texts) => texts.Min(static t => t.AsSpan().Trim().Length);

    /// <summary>
    /// The ASCII text each alternative of the group from <paramref name="open"/> to <paramref name="end"/> begins with (its
    /// top-level bars at <paramref name="bars"/>, as <see cref="SkipGroup"/> found them); null when one begins with none.
    /// </summary>
    private static string[]? Alternatives(string pattern, int open, int end, List<int> bars)
    {
        var from = pattern[open + 1] != '?' ? open + 1 : pattern.IndexOf(pattern[open + 2] == ':' ? ':' : '>', open + 2) + 1;
        var texts = new List<string>(bars.Count + 1);
        var start = from;
        foreach (var bar in bars)
        {
            texts.Add(pattern[start..bar]);
            start = bar + 1;
        }

        texts.Add(pattern[start..(end - 1)]);
        var prefixes = new string[texts.Count];
        for (var k = 0; k < texts.Count; k++)
        {
            var branch = texts[k];
            var length = 0;
            while (length < branch.Length && branch[length] < 128 && !@"\[(.^$|)*+?{".Contains(branch[length], StringComparison.Ordinal)) length++;
            // A quantifier after the text makes its last character optional or repeated.
            if (length < branch.Length && branch[length] is '?' or '*' or '{' && length > 0) length--;
            if (length == 0) return null;
            prefixes[k] = branch[..length];
        }

        return prefixes;
    }

    /// <summary>
    /// A piece of ASCII text that every match of <paramref name="pattern"/> contains, the one with most letters that its top level spells
    /// out (".*\bunsubscribe at any time\b.*" gives "unsubscribe at any time"), or null when none is sure: a top-level
    /// alternation, inline options, or no literal outside groups. Conservative: only characters that the pattern requires,
    /// in that order, with nothing between them, make a run.
    /// </summary>
    internal static string? RequiredLiteral(string pattern)
    {
        string? best = null;
        var run = new System.Text.StringBuilder();
        void EndRun()
        {
            if (run.Length > 0 && run.ToString() is { } text && (best is null || Selectivity([text]) > Selectivity([best]))) best = text;
            run.Clear();
        }

        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '|':
                    return null; // an alternation at the top level: no one literal is required
                case '(':
                    if (i + 2 < pattern.Length && pattern[i + 1] == '?' && (char.IsAsciiLetter(pattern[i + 2]) || pattern[i + 2] == '-')) return null; // inline options (x ignores spaces)
                    EndRun();
                    i = SkipGroup(pattern, i);
                    if (i < 0) return null;
                    break;
                case '[':
                    EndRun();
                    i = SkipClass(pattern, i);
                    if (i < 0) return null;
                    break;
                case '?' or '*' or '+' or '{':
                    // The quantifier applies to the character before it, which is then not required.
                    if (run.Length > 0) run.Length--;
                    EndRun();
                    i = c == '{' ? SkipPast(pattern, i, '}') : i + 1;
                    if (i < 0) return null;
                    if (i < pattern.Length && pattern[i] == '?') i++; // lazy
                    break;
                case '\\':
                    if (i + 1 >= pattern.Length) return null;
                    var next = pattern[i + 1];
                    if (!char.IsAsciiLetterOrDigit(next) && next < 128)
                    {
                        i += 2;
                        Literal(next);
                        break;
                    }

                    EndRun();
                    i = SkipEscape(pattern, i);
                    if (i < 0) return null;
                    break;
                case '.' or '^' or '$' or ')' or ']' or '}':
                    EndRun();
                    i++;
                    break;
                default:
                    i++;
                    Literal(c);
                    break;
            }
        }

        EndRun();
        return best;

        // A literal character, unless a quantifier after it makes it optional or repeated (handled there); outside ASCII it
        // ends the run (case-insensitive equivalents outside ASCII are not the ordinal search's).
        void Literal(char ch)
        {
            if (ch >= 128) EndRun();
            else run.Append(ch);
        }
    }

    /// <summary>
    /// The index after the group opened at <paramref name="open"/>, -1 when it does not close. With <paramref name="bars"/>,
    /// the places of the group's own bars (not those of a group inside it) are added to it: where its alternatives part.
    /// </summary>
    private static int SkipGroup(string pattern, int open, List<int>? bars = null)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = SkipClass(pattern, i) - 1;
                    if (i < 0) return -1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0) return i + 1;
                    break;
                case '|' when depth == 1:
                    bars?.Add(i);
                    break;
            }
        }

        return -1;
    }

    /// <summary>The index after the character class opened at <paramref name="open"/>, -1 when it does not close.</summary>
    private static int SkipClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++; // a "]" first is a member
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':') return -1; // not worth reading
            else if (pattern[i] == ']') return i + 1;
        }

        return -1;
    }

    private static int SkipPast(string pattern, int from, char close)
    {
        var at = pattern.IndexOf(close, from);
        return at < 0 ? -1 : at + 1;
    }

    /// <summary>The index after an escape of a letter or digit (a class, an anchor, a code or a back-reference).</summary>
    private static int SkipEscape(string pattern, int backslash)
    {
        var i = backslash + 2;
        switch (pattern[backslash + 1])
        {
            case 'p' or 'P':
                return i < pattern.Length && pattern[i] == '{' ? SkipPast(pattern, i, '}') : i + 1;
            case 'x':
                return i + 2;
            case 'u':
                return i + 4;
            case 'c':
                return i + 1;
            case 'k':
                return i < pattern.Length && pattern[i] is '<' or '\'' ? SkipPast(pattern, i + 1, pattern[i] == '<' ? '>' : '\'') : i;
            case >= '0' and <= '9':
                while (i < pattern.Length && char.IsAsciiDigit(pattern[i])) i++;
                return i;
            default:
                return i;
        }
    }

    /// <summary>
    /// The patterns as few alternations as the linear-time engine builds: one when it can, else each half on its own. A
    /// single pattern too large alone fails as before.
    /// </summary>
    private static IEnumerable<Regex> Split(List<string> patterns)
    {
        if (patterns.Count == 0) yield break;
        Regex? whole = null;
        try
        {
            whole = ReaderData.Whole(string.Join('|', patterns.Select(static p => "(?:" + p + ")")));
        }
        catch (NotSupportedException) when (patterns.Count > 1)
        {
        }

        if (whole is not null)
        {
            yield return whole;
            yield break;
        }

        foreach (var half in Split(patterns[..(patterns.Count / 2)]).Concat(Split(patterns[(patterns.Count / 2)..])))
        {
            yield return half;
        }
    }
}
