// Over 500 lines: one scanner for every printed shape of a date (the shapes, where one may begin, a time and zone beside it,
// a weekday before it) and the tables it reads; split, each part would need the others' private patterns.
using System.Globalization;
using System.Text.RegularExpressions;
using StaticGen.Configuration;

namespace StaticGen.Content;

/// <summary>
/// A date found in text. <see cref="Value"/> is null when the text names a day without a year
/// ("Sept. 3"): a date shape, but not a date. <see cref="Index"/> and <see cref="Length"/> cover
/// everything that belongs to it: a weekday, a time before or after it, the time zone.
/// </summary>
/// <remarks><c>HasWeekday</c>: a weekday's name is printed with it ("Sunday 15 November 2026").</remarks>
internal sealed record FoundDate(DateTimeOffset? Value, bool HasTime, bool HasZone, int Index, int Length, bool HasWeekday = false)
{
    public int End => Index + Length;
}

/// <summary>
/// Finds dates in the shapes news pages print them ("Sun 12 May 2024 01.14 BST", "Updated 3:15 PM
/// EDT, Tue June 11, 2024", "24/11/2024", "2023-03-20T10:45:00Z"). A regular expression only
/// finds where a date may be; what it says is read by <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/>
/// with the formats of <c>Content/Data/date-formats.tsv</c>, and time zones come from
/// <c>Content/Data/time-zones.tsv</c>. A time without a zone keeps offset zero (as front matter reads it).
/// </summary>
internal static partial class TextDates
{
    private static readonly DateTable s_table = DateTable.Parse(EmbeddedResources.ReadText("data/date-formats.tsv"));
    private static readonly ZoneTable s_zones = ZoneTable.Parse(EmbeddedResources.ReadText("data/time-zones.tsv"));
    private static readonly Dictionary<string, DayOfWeek> s_weekdays = Weekdays(EmbeddedResources.ReadText("data/weekdays.tsv"), out s_dayArticles);

    /// <summary>Words printed before a day's number, after its weekday or alone ("den 7 december 2026"): weekdays.tsv's "article" rows.</summary>
    private static readonly HashSet<string> s_dayArticles;
    private static readonly Dictionary<string, int> s_months = Months(EmbeddedResources.ReadText("data/months.tsv"), out s_datedMonths, out s_yearWords, out s_dayWords, out s_dayDotMonths);

    /// <summary>Month names read only between a day's number and a year ("28 set 2026"): months.tsv's "dated" rows.</summary>
    private static readonly HashSet<string> s_datedMonths;

    /// <summary>Words printed after a year's number as part of the date ("2026 m.", "2026. gada", "2026 г."): months.tsv's "year-word" rows.</summary>
    private static readonly List<string> s_yearWords;

    /// <summary>Words printed after a day's number as part of the date ("9 d."): months.tsv's "day-word" rows.</summary>
    private static readonly List<string> s_dayWords;

    /// <summary>
    /// Month names that name another month when the day's number before them has a dot ("12. listopada 2024", Croatian October;
    /// "12 listopada 2024", Polish November): months.tsv's "day-dot" rows, to the month they name then.
    /// </summary>
    private static readonly Dictionary<string, int> s_dayDotMonths;

    /// <summary>
    /// A weekday's name cut short where the table has no row for the cut ("vrij" of "vrijdag", "Donn" of "Donnerstag"): each
    /// opening of three letters or more of a name in <c>weekdays.tsv</c>, when no other day's name opens with it and it is
    /// no month's name. Read only in lower case or opening the text (<see cref="WeekdayBefore"/>): capitalised after a
    /// name, it may be the name's last word ("Anna Frei").
    /// </summary>
    private static readonly Dictionary<string, DayOfWeek> s_weekdayOpenings = WeekdayOpenings(s_weekdays);

    /// <summary>
    /// A date beginning where the scan starts (<c>\G</c>; see <see cref="DateCorePattern"/>): <see cref="Find"/> tries it only
    /// where a date may begin. Built once at start from <c>months.tsv</c>, so that the month names are data, not code; a
    /// generated regex cannot take them.
    /// </summary>
    private static readonly Regex s_dateCore = new(@"\G(?:" + DateCorePattern(s_months.Keys, s_yearWords, s_dayWords) + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The first date in <paramref name="text"/> (a day without a year counts, with a null value), or null.</summary>
    public static FoundDate? Find(string text, DateOrder order)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0) return null;
        var scan = IsoTRegex().Replace(text, "$1 $2");
        var from = 0;
        while (NextDigits(scan, from) is var digits and >= 0)
        {
            // Where a date may begin, left to right as a scan would meet them: a month's name before the number, then the number.
            var name = NameBefore(scan, digits, from);
            var m = name < digits && s_dateCore.Match(scan, name) is { Success: true } named ? named : s_dateCore.Match(scan, digits);
            if (!m.Success)
            {
                from = digits;
                while (from < scan.Length && char.IsDigit(scan[from])) from++;
                continue;
            }

            if (Read(scan, m, order) is { } found) return found;
            from = m.Index + m.Length;
        }

        return null;
    }

    /// <summary>Where the next run of digits at or after <paramref name="from"/> begins, or -1.</summary>
    private static int NextDigits(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsDigit(text[i])) return i;
        }

        return -1;
    }

    /// <summary>
    /// Where a month's name would begin that is printed before the number at <paramref name="digits"/> ("Sept. 3", "May 3"):
    /// back over the spaces, a dot and the letters before it, not before <paramref name="from"/>. Every date begins there or
    /// at a number (each shape opens with a name or a number, and a name is a word of letters followed by a dot, spaces and
    /// the number), so the big pattern, month names and all, is tried at two places a number instead of at every word of the
    /// line: a line of prose costs the same however many languages' months the table holds.
    /// </summary>
    private static int NameBefore(string text, int digits, int from)
    {
        var i = digits;
        while (i > from && char.IsWhiteSpace(text[i - 1])) i--;
        if (i > from && text[i - 1] == '.') i--;
        var end = i;
        while (i > from && (char.IsLetter(text[i - 1]) || char.GetUnicodeCategory(text[i - 1]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)) i--;
        return i < end ? i : digits;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a time of day and nothing more, maybe after "at" or its word in another language and
    /// with a zone ("om 14:20", "kl. 09.12", "at 2:20 PM BST"), as <see cref="Find"/> reads a time after a date.
    /// </summary>
    public static bool IsTimeAlone(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TimeAfterRegex().Match(text) is not { Success: true, Index: 0 } m || ReadTime(m) is null) return false;
        var end = m.Groups["zone"].Success ? ZoneEnd(m) : TimeEnd(m);
        return text.AsSpan(end).Trim(" .)").IsEmpty;
    }

    /// <summary>The first date with a year, or null.</summary>
    public static DateTimeOffset? FindValue(string text, DateOrder order) => Find(text, order)?.Value;

    private static FoundDate? Read(string text, Match m, DateOrder order)
    {
        DateTime day;
        var hasYear = true;
        var ctimeEnd = -1;
        var weekday = WeekdayBefore(text, m.Index);
        if (m.Groups["spaced"].Success)
        {
            // "7. 7. 2026": day, month and year with a space after each dot, as Czech and Slovak pages print them.
            if (!s_table.TryDate(m.Groups["spaced"].Value.Replace(" ", "", StringComparison.Ordinal), order, out day)) return null;
        }
        else if (m.Groups["num"].Success)
        {
            if (!s_table.TryDate(m.Groups["num"].Value, order, out day)) return null;

            // "Martes, 09/04/2024": the weekday printed with a value both orders could read says which reading is meant.
            if (weekday is { Day: { } named } && day.DayOfWeek != named && order is DateOrder.DayFirst or DateOrder.MonthFirst
                && s_table.TryDate(m.Groups["num"].Value, order == DateOrder.DayFirst ? DateOrder.MonthFirst : DateOrder.DayFirst, out var other) && other.DayOfWeek == named)
            {
                day = other;
            }
        }
        else
        {
            if (!s_months.TryGetValue(m.Groups["mon"].Value, out var number)) return null;
            var dayFirst = m.Groups["dfirst"].Success || m.Groups["ydfirst"].Success;

            // "12. listopada 2024": Croatian prints a dot after the day's number, and its "listopada" is October; Polish prints
            // none ("12 listopada 2024"), and its "listopada" is November. months.tsv's "day-dot" rows.
            if (m.Groups["dfirst"].Success && s_dayDotMonths.TryGetValue(m.Groups["mon"].Value, out var dotted) && m.Groups["n"] is var dayNumber
                && dayNumber.Index + dayNumber.Length < text.Length && text[dayNumber.Index + dayNumber.Length] == '.') number = dotted;
            // A name that is a word elsewhere is read between a day and a year, or after a year closed by a dot ("2026. márc. 4.").
            if (s_datedMonths.Contains(m.Groups["mon"].Value) && !(dayFirst && (m.Groups["y"].Success || m.Groups["y2"].Success)) && !m.Groups["ydot"].Success) return null;
            var month = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[number - 1];
            var d = m.Groups["n"].Value;
            hasYear = m.Groups["y"].Success || m.Groups["y2"].Success;
            var y = m.Groups["y"].Success ? m.Groups["y"].Value : m.Groups["y2"].Success ? m.Groups["y2"].Value : "2000";

            // "Wed Mar 5 22:41:09 GMT 2025": C's ctime, as mail archives print a message's date, puts the time and zone before the year.
            if (!hasYear && !dayFirst && !m.Groups["yfirst"].Success && CtimeYearRegex().Match(text, m.Index + m.Length) is { Success: true } ctime)
            {
                y = ctime.Groups["y"].Value;
                hasYear = true;
                ctimeEnd = ctime.Index + ctime.Length;
            }

            var normalised = m.Groups["yfirst"].Success ? $"{y} {month} {d}"
                : dayFirst ? $"{d} {month} {y}"
                : $"{month} {d} {y}";
            if (!s_table.TryDate(normalised, order, out day)) return null;
        }

        var start = m.Index;
        var end = m.Index + m.Length;
        TimeSpan? time = null;
        TimeSpan? offset = null;

        // "21 Ağustos 2025 Perşembe 09:14", "12 May 2024, Sunday": a weekday's name after the date, when it names the date's
        // own day, belongs to it; a time may follow.
        if (hasYear && weekday is not { Day: not null } && WeekdayAfterRegex().Match(text, end) is { Success: true } dayAfter
            && s_weekdays.TryGetValue(dayAfter.Groups["w"].Value, out var nameDay) && nameDay == day.DayOfWeek)
        {
            weekday = (start, nameDay);
            end = dayAfter.Index + dayAfter.Length;
        }

        // A time after the date ("… 2:18 PM", "… - 10:12 PM GMT+3", "… at 9:30 p.m. ET", "…T10:45:00Z").
        if (TimeAfterRegex().Match(text, end) is { Success: true } after && after.Index == end && ReadTime(after) is { } t)
        {
            time = t;
            end = after.Index + after.Length;
            offset = ReadZone(after, day);
            if (offset is not null) end = ZoneEnd(after);
            // A zone the table does not know, closing the line ("8:00 AM MYT"): part of the date, its offset unknown.
            else if (after.Groups["abbr"].Success && text.AsSpan(ZoneEnd(after)).TrimStart(')').Trim().IsEmpty) end = ZoneEnd(after);
            else end = TimeEnd(after);
        }
        else if (ZoneAfterRegex().Match(text, end) is { Success: true } zoneOnly && zoneOnly.Index == end && ReadZone(zoneOnly, day) is { } z)
        {
            offset = z;
            end = ZoneEnd(zoneOnly);
        }

        if (ctimeEnd > end) end = ctimeEnd;

        // A time before it ("9:34 am on 10 January 2016", "3:15 PM EDT, Tue June 11, 2024"), then a weekday.
        var before = text[..start];
        if (weekday is { Index: var weekdayAt })
        {
            start = weekdayAt;
            before = text[..start];
        }

        if (time is null && TimeBeforeRegex().Match(before) is { Success: true } first && ReadTime(first) is { } t0)
        {
            time = t0;
            offset = ReadZone(first, day);
            start = first.Index;
        }
        else if (time is null && before.Length >= 8 && ClockBeforeRegex().Match(before) is { Success: true } clock && ReadTime(clock) is { } t1)
        {
            // "0500 UTC 14/03/2025": a bulletin's four-figure time, which only a zone tells from a year.
            time = t1;
            offset = TimeSpan.Zero;
            start = clock.Index;
        }

        if (!hasYear) return new FoundDate(null, time is not null, offset is not null, start, end - start, weekday is { Day: not null });
        var local = day.Date + (time ?? TimeSpan.Zero);
        return new FoundDate(new DateTimeOffset(local, offset ?? TimeSpan.Zero), time is not null, offset is not null, start, end - start, weekday is { Day: not null });
    }

    /// <summary>A weekday's name right before <paramref name="at"/> ("Tue ", "Martes, ", "Sunday | "), from <c>weekdays.tsv</c>: where it starts and the day it names.</summary>
    private static (int Index, DayOfWeek? Day)? WeekdayBefore(string text, int at)
    {
        if (at == 0 || WeekdayBeforeRegex().Match(text, 0, at) is not { Success: true } m) return null;
        if (s_weekdays.TryGetValue(m.Groups["w"].Value, out var day)) return (m.Index, day);
        if (s_weekdayOpenings.TryGetValue(m.Groups["w"].Value, out day) && (char.IsLower(m.Groups["w"].Value[0]) || text.AsSpan(0, m.Index).Trim().IsEmpty)) return (m.Index, day);
        if (!s_dayArticles.Contains(m.Groups["w"].Value)) return null;

        // "lördag den 5 december 2026", "den 7 december 2026": the article belongs to the date, the weekday maybe before it.
        return WeekdayBefore(text, m.Index) is { Day: { } named } weekday ? weekday : (m.Index, null);
    }

    private static Dictionary<string, DayOfWeek> Weekdays(string tsv, out HashSet<string> articles)
    {
        var days = new Dictionary<string, DayOfWeek>(DottedIComparer.Instance);
        articles = new HashSet<string>(DottedIComparer.Instance);
        foreach (var row in DataRows.Of(tsv))
        {
            if (row is ["article", var article, ..])
            {
                articles.Add(article);
                continue;
            }

            if (row.Length < 2 || !Enum.TryParse<DayOfWeek>(row[0], out var day)) throw new InvalidOperationException($"weekdays.tsv: a row needs a day and a word: '{string.Join('\t', row)}'");
            days.Add(row[1], day);
        }

        return days;
    }

    private static Dictionary<string, DayOfWeek> WeekdayOpenings(Dictionary<string, DayOfWeek> days)
    {
        const int MinOpening = 3;
        var openings = new Dictionary<string, DayOfWeek>(DottedIComparer.Instance);
        var shared = new HashSet<string>(DottedIComparer.Instance);
        foreach (var (name, day) in days)
        {
            for (var n = MinOpening; n < name.Length; n++)
            {
                var opening = name[..n];
                if (!char.IsLetter(opening[^1]) || days.ContainsKey(opening) || s_months.ContainsKey(opening) || s_dayArticles.Contains(opening)) continue;
                if (openings.TryGetValue(opening, out var other) && other != day) shared.Add(opening);
                else openings[opening] = day;
            }
        }

        foreach (var opening in shared) openings.Remove(opening);
        return openings;
    }

    private static int TimeEnd(Match m) => m.Groups["time"].Index + m.Groups["time"].Length;

    private static int ZoneEnd(Match m) => m.Groups["zone"].Index + m.Groups["zone"].Length;

    private static TimeSpan? ReadTime(Match m)
    {
        var text = m.Groups["h"].Value;
        if (m.Groups["mi"].Success) text += ":" + m.Groups["mi"].Value;
        if (m.Groups["se"].Success) text += ":" + m.Groups["se"].Value;
        if (m.Groups["ap"].Success) text += char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'a' ? " AM" : " PM";
        return s_table.TryTime(text, out var time) ? time : null;
    }

    private static TimeSpan? ReadZone(Match m, DateTime day)
    {
        if (!m.Groups["zone"].Success) return null;
        TimeSpan offset;
        if (m.Groups["abbr"].Success)
        {
            if (!s_zones.TryGet(m.Groups["abbr"].Value, day, out offset)) return null;
        }
        else
        {
            offset = TimeSpan.Zero;
        }

        if (m.Groups["off"].Success)
        {
            var o = m.Groups["off"].Value;
            var sign = o[0] == '-' ? -1 : 1;
            var digits = o[1..].Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(digits.Length <= 2 ? digits : digits[..^2], NumberStyles.None, CultureInfo.InvariantCulture);
            var minutes = digits.Length <= 2 ? 0 : int.Parse(digits[^2..], NumberStyles.None, CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59) return null;
            offset += sign * new TimeSpan(hours, minutes, 0);
        }

        return offset;
    }

    private static Dictionary<string, int> Months(string tsv, out HashSet<string> dated, out List<string> yearWords, out List<string> dayWords, out Dictionary<string, int> dayDot)
    {
        var months = new Dictionary<string, int>(DottedIComparer.Instance);
        dated = new HashSet<string>(DottedIComparer.Instance);
        dayDot = new Dictionary<string, int>(DottedIComparer.Instance);
        yearWords = [];
        dayWords = [];
        foreach (var row in DataRows.Of(tsv))
        {
            if (row is ["year-word", var yearWord, ..])
            {
                yearWords.Add(yearWord);
                continue;
            }

            if (row is ["day-word", var dayWord, ..])
            {
                dayWords.Add(dayWord);
                continue;
            }

            if (row.Length < 2 || !int.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 12)
            {
                throw new InvalidOperationException($"months.tsv: a row needs a month's number (1-12) and a name: '{string.Join('\t', row)}'");
            }

            if (row is [_, _, "day-dot", ..])
            {
                dayDot.Add(row[1], number);
                continue;
            }

            months.Add(row[1], number);
            if (row is [_, _, "dated", ..]) dated.Add(row[1]);
        }

        foreach (var name in dayDot.Keys)
        {
            if (!months.ContainsKey(name)) throw new InvalidOperationException($"months.tsv: a day-dot row's name needs a row of its own: '{name}'");
        }

        return months;
    }

    /// <summary>The month names of <c>months.tsv</c> as one alternation, longest first so that "Sept" is not read as "Sep".</summary>
    private static string MonthWord(IEnumerable<string> names) =>
        "(?i:" + string.Join('|', names.OrderByDescending(static n => n.Length).ThenBy(static n => n, StringComparer.Ordinal).Select(static n => DottedIComparer.AnyI(Regex.Escape(n)))) + ")";

    /// <summary>An ordinal's ending after a day's number: "1st", "23rd", the French "1er", the Spanish and Portuguese "1º".</summary>
    private const string Ordinal = @"(?i:st|nd|rd|th|er|º)?";
    private const string Year = @"(?:1[89]|2\d)\d{2}";

    /// <summary>A time of day: "2:18 PM", "01.14", "11:47am", "9:30 p.m.", "10:45:00.123", "6 pm", "16:40 Uhr", "10.15 h", "14h05", Québec's "14 h 05".</summary>
    private const string Time = @"(?<time>(?<h>\d{1,2})(?:(?:[:.]|(?i:h)(?=[0-5]\d)|\s(?i:h)\s(?=[0-5]\d))(?<mi>[0-5]\d)(?:[:.](?<se>[0-5]\d)(?:\.\d+)?)?(?:\s?(?<ap>(?i:[ap])\.?\s?(?i:m)\.?)|\s?(?i:uhr|hrs|h)(?![\p{L}\d]))?|\s?(?<ap>(?i:[ap])\.?(?i:m)\.?)))(?!\d)";

    /// <summary>A zone after a time: "BST", "GMT+3", "UTC+05:30", "(EDT)", "+01:00", "Z".</summary>
    private const string Zone = @"(?:\s*\(?(?<zone>(?<abbr>[A-Z]{1,5})(?:\s?(?<off>[+-]\d{1,2}(?::?\d{2})?))?|(?<off>[+-]\d{2}:?\d{2}))\)?(?![\p{Ll}\d]))?";

    /// <summary>
    /// Where a date may be: a day and a month name in either order, maybe a year ("3 December 2026", "Dec. 3, 2026", "7.
    /// desember 2026", "3 de marzo de 2026", "9 d'abril de 2026", a release's "3-SEP-2026", "6 Dec 26" when nothing but a time or a
    /// separator follows the two-digit year); the year first, maybe with a dot or a word after it and after the day ("2026 Sep 9",
    /// "2026. szeptember 9.", "2026 m. rugsėjo 9 d.", "2026. gada 9. septembris"); or three numbers with one separator.
    /// </summary>
    private static string DateCorePattern(IEnumerable<string> monthNames, IEnumerable<string> yearWords, IEnumerable<string> dayWords)
    {
        var month = MonthWord(monthNames);
        var yearWord = @"(?:\s*(?i:" + string.Join('|', yearWords.Select(Regex.Escape).DefaultIfEmpty("(?!)")) + @"))";
        var dayWord = @"(?:\s+(?i:" + string.Join('|', dayWords.Select(Regex.Escape).DefaultIfEmpty("(?!)")) + @"))";
        return @"(?<![\p{L}\d])(?:(?<dfirst>(?<n>\d{1,2})" + Ordinal + @"(?:\.?\s*(?:(?i:of|de|del)\s+|(?i:d)['’])?|-)(?<mon>" + month + @")\.?(?:(?:,?\s*(?:(?i:de|del)\s+)?|-)(?<y>" + Year + @")(?:\.?\s" + yearWord + @")?|\s(?<y2>\d{2})(?=\s*$|\s*[,|·•–—]|\s+-\s|\s+\d{1,2}[:.]\d{2}(?!\d)))?)"
            + @"|(?<yfirst>(?<y>" + Year + @")(?:(?<ydot>\.)|\s" + yearWord + @")?\s+(?<mon>" + month + @")\.?\s+(?<n>\d{1,2})(?:" + dayWord + @"|\.(?!\d))?)"
            + @"|(?<ydfirst>(?<y>" + Year + @")\.?(?:\s" + yearWord + @")?\s+(?<n>\d{1,2})\.\s*(?<mon>" + month + @"))"
            + @"|(?<mon>" + month + @")\.?\s*(?<n>\d{1,2})" + Ordinal + @"(?:,?\s*(?<y>" + Year + @"))?"
            + @"|(?<num>\d{1,4}(?<s>[-/.])\d{1,2}\k<s>\d{2,4})"
            + @"|(?<spaced>\d{1,2}\.\s\d{1,2}\.\s" + Year + @"))(?![\p{L}\d])";
    }

    /// <summary>ISO 8601's "T" between date and time, read as a space.</summary>
    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTRegex();

    /// <summary>
    /// A time after the date, maybe after a separator (a double dash too, as a text edition prints it), "at" or its word in
    /// another language ("3 décembre 2026 à 14h05", "3 de marzo de 2026 a las 10:12", "3 maart 2026 om 10:00", "10 Februari
    /// 2026 pukul 14.52", the Nordic "11 Feb. 2025 kl. 08.15", "9. rujna 2026. u 14:05", "9 septembrie 2026, ora 14:05", "9 de setembre
    /// de 2026 a les 14:05", "9. septembra 2026 o 14:05", "9. septembris plkst. 14:05"), maybe after a separator ("3. des. 2025, kl.
    /// 07.31", "21/11/2025, às 07h10"); a dot closing the date may come first.
    /// </summary>
    [GeneratedRegex(@"\G\.?\s*(?:--|[,|/·•–—-])?\s*(?:(?i:at|à|a las|a les|às|um|om|alle|pukul|klo|u|o|ob|ora|kell|в)(?=\s)|(?i:kl|plkst)\.?(?=\s))?\s*(?:(?i:ora|kell)\s+)?" + Time + Zone, RegexOptions.CultureInvariant)]
    private static partial Regex TimeAfterRegex();

    [GeneratedRegex(@"\G" + Zone, RegexOptions.CultureInvariant)]
    private static partial Regex ZoneAfterRegex();

    /// <summary>After a month and day without a year, ctime's time, maybe its zone, then the year: " 22:41:09 GMT 2025".</summary>
    [GeneratedRegex(@"\G\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,4})?)?\s+(?<y>" + Year + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CtimeYearRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])" + Time + Zone + @"\s*(?:,|(?i:on)|[|·•–—-])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeBeforeRegex();

    /// <summary>A four-figure time with a UTC or GMT zone before a date: "0500 UTC ".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<time>(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d))\s*(?<zone>UTC|GMT|Z)\s*(?:,|(?i:on)|[|·•–—-])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockBeforeRegex();

    /// <summary>A word after a date, maybe after a comma, a bar or a dash, maybe with a dot: a weekday when <c>weekdays.tsv</c> names it ("2025 Perşembe", "2024, Sunday").</summary>
    [GeneratedRegex(@"\G\s*(?:[,|·•–—-]\s*)?(?<w>\p{L}[\p{L}\p{M}]*)\.?(?![\p{L}\p{M}\d'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayAfterRegex();

    /// <summary>The word closing the text before a date, maybe with a dot and a comma, bar or bullet: a weekday when <c>weekdays.tsv</c> names it.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}-])(?<w>\p{L}[\p{L}\p{M}]*(?:-\p{L}+)?)\.?\s*(?:[,|·•]\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayBeforeRegex();

    /// <summary>
    /// Compares names ignoring case, and Turkish's dotless "ı" and dotted "İ" as the "i" they pair with in capitals and
    /// in lower case ("MAYIS" is "Mayıs", "NİSAN" is "Nisan", "SALI" is "Salı"): the invariant casing the tool reads
    /// with maps "ı" to no capital and "İ" to no small letter, so a page printing its dates in capitals would match none.
    /// </summary>
    private sealed class DottedIComparer : IEqualityComparer<string>
    {
        public static readonly DottedIComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(Fold(x), Fold(y), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(string obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(Fold(obj)!);

        /// <summary>A pattern's letter i, in either case and either form, as a class of all four ("[iIıİ]").</summary>
        public static string AnyI(string pattern) => pattern.AsSpan().IndexOfAny("iIıİ") < 0 ? pattern : string.Concat(pattern.Select(static c => c is 'i' or 'I' or 'ı' or 'İ' ? "[iIıİ]" : c.ToString()));

        private static string? Fold(string? text) => text is null || text.AsSpan().IndexOfAny('ı', 'İ') < 0 ? text : text.Replace('ı', 'i').Replace('İ', 'i');
    }

    /// <summary>The rows of <c>date-formats.tsv</c>.</summary>
    private sealed class DateTable
    {
        private readonly List<(DateOrder? Order, bool TwoDigitYear, string Format)> _dates = [];
        private readonly List<string> _times = [];

        public static DateTable Parse(string tsv)
        {
            var table = new DateTable();
            foreach (var row in DataRows.Of(tsv))
            {
                if (row.Length < 3) throw new InvalidOperationException($"date-formats.tsv: a row needs kind, order and format: '{string.Join('\t', row)}'");
                DateOrder? order = row[1] switch
                {
                    "any" => null,
                    "dmy" => DateOrder.DayFirst,
                    "mdy" => DateOrder.MonthFirst,
                    "ymd" => DateOrder.YearFirst,
                    _ => throw new InvalidOperationException($"date-formats.tsv: unknown order '{row[1]}'"),
                };
                var format = row[2];
                if (row[0] == "date") table._dates.Add((order, format.Contains("yy", StringComparison.Ordinal) && !format.Contains("yyyy", StringComparison.Ordinal), format));
                else if (row[0] == "time") table._times.Add(format);
                else throw new InvalidOperationException($"date-formats.tsv: unknown kind '{row[0]}'");
            }

            return table;
        }

        /// <summary>Reads a normalised date: rows for any order, then the configured order, then (four-digit years only) the others.</summary>
        public bool TryDate(string text, DateOrder order, out DateTime value)
        {
            foreach (var pass in (ReadOnlySpan<int>)[0, 1, 2])
            {
                foreach (var (rowOrder, twoDigits, format) in _dates)
                {
                    var take = pass switch
                    {
                        0 => rowOrder is null,
                        1 => rowOrder == order,
                        _ => rowOrder is not null && rowOrder != order && !twoDigits,
                    };
                    if (take && DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return true;
                }
            }

            value = default;
            return false;
        }

        public bool TryTime(string text, out TimeSpan value)
        {
            foreach (var format in _times)
            {
                if (DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.NoCurrentDateDefault, out var t))
                {
                    value = t.TimeOfDay;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }

    /// <summary>The rows of <c>time-zones.tsv</c>.</summary>
    private sealed class ZoneTable
    {
        private readonly Dictionary<string, (TimeSpan Offset, bool UsDst)> _zones = new(StringComparer.Ordinal);

        public static ZoneTable Parse(string tsv)
        {
            var table = new ZoneTable();
            foreach (var row in DataRows.Of(tsv))
            {
                if (row.Length < 2) throw new InvalidOperationException($"time-zones.tsv: a row needs an abbreviation and an offset: '{string.Join('\t', row)}'");
                var offset = TimeSpan.ParseExact(row[1].TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture);
                table._zones.Add(row[0], (row[1][0] == '-' ? -offset : offset, row.Length > 3 && row[3] == "us-dst"));
            }

            return table;
        }

        public bool TryGet(string abbreviation, DateTime day, out TimeSpan offset)
        {
            if (!_zones.TryGetValue(abbreviation, out var zone))
            {
                offset = default;
                return false;
            }

            offset = zone.Offset + (zone.UsDst && IsUsDaylightSaving(day) ? TimeSpan.FromHours(1) : TimeSpan.Zero);
            return true;
        }

        /// <summary>US daylight saving time: from the second Sunday of March to the first Sunday of November.</summary>
        private static bool IsUsDaylightSaving(DateTime day)
        {
            var start = NthSunday(day.Year, 3, 2);
            var end = NthSunday(day.Year, 11, 1);
            return day.Date >= start && day.Date < end;
        }

        private static DateTime NthSunday(int year, int month, int n)
        {
            var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            var toSunday = ((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7;
            return first.AddDays(toSunday + (7 * (n - 1)));
        }
    }
}
