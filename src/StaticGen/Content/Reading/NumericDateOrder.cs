using System.Globalization;
using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// How a file's numeric dates that both orders could read ("03/12/2024") are read, decided as an editor would:
/// the site's <c>dates.order</c> when it gives one; else a value in the same file that only one order can read
/// ("25/11/2024" can only be day first); else the same evidence in the other files of the pile (how many files
/// print the same shape of line with a value only day first can read, against month first, <see cref="PileTable.NumericDateOrder(string)"/>);
/// else day first when the page prices in pounds or euros or is not written in English (the reader's verdict on its
/// language, <see cref="TextLanguage"/>); else month first. Deterministic: counts, not the order the files come in. The decision is a note that
/// <c>inspect</c> prints.
/// </summary>
public static partial class NumericDateOrder
{
    /// <summary>The order to read the file with, and why (null when the site's setting decided or the file has no numeric date).</summary>
    /// <param name="configured">The site's <c>dates.order</c>, when set.</param>
    /// <param name="lines">The file's lines.</param>
    /// <param name="pile">The other files' evidence, when there is a pile.</param>
    /// <param name="language">The page's language, as the reader told it from its running text (<see cref="TextLanguage.Detect"/>).</param>
    public static (DateOrder Order, string? Why) Decide(DateOrder? configured, IReadOnlyList<string> lines, PileTable? pile, string language = TextLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (configured is { } given) return (given, null);
        var ambiguousLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length < 6 || lines[i].AsSpan().IndexOfAny('/', '-') < 0) continue;
            foreach (Match m in NumericRegex().Matches(lines[i]))
            {
                switch (Vote(m))
                {
                    case DateOrder proof:
                        return (proof, $"numeric dates read {Name(proof)}: '{m.Value}' on line {i + 1} can only be read so");
                    default:
                        if (ambiguousLine < 0 && IsAmbiguous(m)) ambiguousLine = i;
                        break;
                }
            }
        }

        if (ambiguousLine < 0) return (DateOrder.MonthFirst, null);

        // The page's own words name the same day ("03/04/2025" over a lede that says "Thursday, April 3"): that reading.
        if (ByWordedDay(lines, ambiguousLine) is { } worded) return worded;

        // So does a compact date in a reference or a file name ("Reference No: 20250306IPR27104" under "06-03-2025").
        if (ByCompactDay(lines, ambiguousLine) is { } compact) return compact;

        for (var i = ambiguousLine; pile is not null && i < lines.Count; i++)
        {
            // The same shape of line in other files ("Published ##/##/####"): the same outlet's template, read as it proves.
            if (lines[i].Length < 6 || lines[i].Length > PileTable.MaxLineLength || lines[i].AsSpan().IndexOfAny('/', '-') < 0 || !NumericRegex().IsMatch(lines[i])) continue;
            if (pile.NumericDateOrderLookup(lines[i]) is { } fromPile)
            {
                return (fromPile.Order, $"numeric dates read {Name(fromPile.Order)}: in the pile, {fromPile.DayFirstFiles} files print line {i + 1}'s shape with a value only day first can read, {fromPile.MonthFirstFiles} with one only month first can");
            }
        }

        // Prices in pounds or euros: the page is from a country that writes the day first (the month-first countries price in
        // dollars, as do some day-first ones, so a dollar says nothing).
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].AsSpan().IndexOfAny(DayFirstCurrencies) >= 0)
            {
                return (DateOrder.DayFirst, $"numeric dates read day first: line {i + 1} prices in '{lines[i][lines[i].AsSpan().IndexOfAny(DayFirstCurrencies)]}', the currency of countries that write the day first");
            }
        }

        // A page not written in English: the countries that write the month first write in English.
        if (language != TextLanguage.English)
        {
            return (DateOrder.DayFirst, $"numeric dates read day first: the page is not in English ('{language}'), and the countries that write the month first write in English");
        }

        return (DateOrder.MonthFirst, "numeric dates read month first: neither this file nor the pile has a value only one order can read (set dates.order to decide)");
    }

    /// <summary>What a line says: the order its unambiguous values prove, when they agree; null when they say nothing or disagree.</summary>
    public static DateOrder? LineVote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var day = 0;
        var month = 0;
        if (text.AsSpan().IndexOfAny('/', '-') < 0) return null;
        foreach (Match m in NumericRegex().Matches(text))
        {
            switch (Vote(m))
            {
                case DateOrder.DayFirst: day++; break;
                case DateOrder.MonthFirst: month++; break;
            }
        }

        return day > month ? DateOrder.DayFirst : month > day ? DateOrder.MonthFirst : null;
    }

    /// <summary>The order a value proves: a first number over 12 is a day ("25/11/2024"), a second one over 12 too ("11/25/2024").</summary>
    private static DateOrder? Vote(Match m)
    {
        var a = int.Parse(m.Groups["a"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (a is < 1 or > 31 || b is < 1 or > 31) return null;
        if (a > 12 && b <= 12) return DateOrder.DayFirst;
        if (b > 12 && a <= 12) return DateOrder.MonthFirst;
        return null;
    }

    /// <summary>
    /// The reading of the first ambiguous value on line <paramref name="at"/> that a date in words elsewhere in the file gives
    /// (a month name and a day, "April 3" or "3 April"), when only one reading is named so; null otherwise.
    /// </summary>
    private static (DateOrder Order, string Why)? ByWordedDay(IReadOnlyList<string> lines, int at) =>
        ByNamedDay(lines, at, "line {0} names in words", static (line, index, at, _) => index == at ? [] : WordedDays(line));

    /// <summary>
    /// The reading of the first ambiguous value on line <paramref name="at"/> that a compact year-month-day elsewhere in the
    /// file gives ("20250306" in a press release's reference number, a picture's file name), when only one reading is named
    /// so; null otherwise.
    /// </summary>
    private static (DateOrder Order, string Why)? ByCompactDay(IReadOnlyList<string> lines, int at) =>
        ByNamedDay(lines, at, "the compact date on line {0} names", static (line, _, _, year) => CompactDays(line, year));

    private static IEnumerable<(int Month, int Day)> WordedDays(string line)
    {
        foreach (Match w in WordedDayRegex().Matches(line))
            yield return (MonthNumber(w.Groups["m"].Value), int.Parse(w.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture));
    }

    private static IEnumerable<(int Month, int Day)> CompactDays(string line, string year)
    {
        if (line.Length < 8 || !line.Contains(year, StringComparison.Ordinal)) yield break;
        foreach (Match c in CompactDayRegex().Matches(line))
        {
            if (c.Groups["y"].Value != year) continue;
            yield return (int.Parse(c.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(c.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The reading of the first ambiguous value on line <paramref name="at"/> that the days other lines name give
    /// (<paramref name="daysOn"/>: a line, its index, <paramref name="at"/> and the value's year), when only one reading is
    /// named so; null otherwise. <paramref name="source"/> says where the deciding day stands, with {0} for its line number.
    /// </summary>
    private static (DateOrder Order, string Why)? ByNamedDay(IReadOnlyList<string> lines, int at, string source,
        Func<string, int, int, string, IEnumerable<(int Month, int Day)>> daysOn)
    {
        var m = NumericRegex().Matches(lines[at]).First(IsAmbiguous);
        var a = int.Parse(m.Groups["a"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = m.Value[^4..];
        bool monthFirst = false, dayFirst = false;
        var where = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var (month, day) in daysOn(lines[i], i, at, year))
            {
                var before = (monthFirst, dayFirst);
                monthFirst |= month == a && day == b;
                dayFirst |= month == b && day == a;
                if (where < 0 && before != (monthFirst, dayFirst)) where = i;
            }
        }

        if (monthFirst == dayFirst) return null;
        var order = monthFirst ? DateOrder.MonthFirst : DateOrder.DayFirst;
        return (order, $"numeric dates read {Name(order)}: '{m.Value}' on line {at + 1} is the day that {string.Format(CultureInfo.InvariantCulture, source, where + 1)}");
    }

    /// <summary>Eight figures that read as a year, a month and a day ("20250306"), not part of a longer number.</summary>
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDayRegex();

    private static int MonthNumber(string name) => char.ToLowerInvariant(name[0]) switch
    {
        'j' when name.Length > 1 && char.ToLowerInvariant(name[1]) == 'a' => 1,
        'f' => 2,
        'm' when name.Length > 2 && char.ToLowerInvariant(name[2]) == 'r' => 3,
        'a' when name.Length > 1 && char.ToLowerInvariant(name[1]) == 'p' => 4,
        'm' => 5,
        'j' when name.Length > 2 && char.ToLowerInvariant(name[2]) == 'n' => 6,
        'j' => 7,
        'a' => 8,
        's' => 9,
        'o' => 10,
        'n' => 11,
        _ => 12,
    };

    /// <summary>A month's name and a day, either way round ("April 3", "3 April", "Apr. 3rd").</summary>
    [GeneratedRegex(@"\b(?:(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (?<d>\d{1,2})(?:st|nd|rd|th)?\b|(?<d>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex WordedDayRegex();

    private static bool IsAmbiguous(Match m) =>
        int.Parse(m.Groups["a"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 12
        && int.Parse(m.Groups["b"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) is >= 1 and <= 12
        && m.Groups["a"].Value != m.Groups["b"].Value;

    /// <summary>Currency signs of countries that all write the day first: the pound and the euro.</summary>
    private const string DayFirstCurrencies = "£€";

    private static string Name(DateOrder order) => order switch
    {
        DateOrder.DayFirst => "day first",
        DateOrder.YearFirst => "year first",
        _ => "month first",
    };

    /// <summary>Two numbers and a four-digit year joined by slashes or dashes ("03/12/2024", "25-11-2024"); dotted dates are always day first.</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?<a>\d{1,2})(?<s>[/-])(?<b>\d{1,2})\k<s>(?:19|20)\d{2}(?![\d/-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();
}
