using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticGen.Content;

/// <summary>What a byline or date line between the header and the body says.</summary>
public sealed record MetaLine(string? Author, DateTimeOffset? Date, bool IsUpdate)
{
    /// <summary>The line names only a news agency ("AAP", "Reuters"): a byline that may follow another.</summary>
    public bool IsAgency { get; init; }
}

/// <summary>A wire dateline at the start of the lede ("KYIV, May 3 (Reuters) -"), and the date it gives when it has a year.</summary>
public sealed record Dateline(string Text, DateTimeOffset? Date);

/// <summary>
/// Recognises the short lines news sites put around a headline: bylines ("By Amina Yusuf",
/// "By A and B, Reuters"), date lines ("March 20, 2023", "16.10.2020", "Published: 2023-03-20 10:45
/// GMT", "Posted on 3 May 2024 by admin") and wire datelines ("ATLANTA, Dec 7 (Reuters) -"). Dates
/// are read with the invariant culture; a numeric date with dots is day-first (16.10.2020), with
/// slashes month-first unless the first number is over 12 (03/20/2023, 20/03/2023).
/// </summary>
public static partial class MetaLines
{
    private const string Month = @"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Weekday = @"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+)?";
    private const string Day = @"\d{1,2}(?:st|nd|rd|th)?";
    private const string Year = @"(?:19|20)\d{2}";
    private const string Time = @"(?:\s*(?:,|(?i:at)|-|–|—|\||·|•|/)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?\s*(?:(?i:[ap])\.?(?i:m)\.?)?(?:\s*(?:[A-Z]{2,5}|UTC[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}))?)?";

    /// <summary>A date anywhere in a short text: the groups say which form matched.</summary>
    private const string DatePattern =
        Weekday + "(?:" +
        @"(?<d1>" + Day + @")\s+(?:of\s+)?(?<m1>" + Month + @"),?\s+(?<y1>" + Year + @")" +
        @"|(?<m2>" + Month + @")\s+(?<d2>" + Day + @"),?\s+(?<y2>" + Year + @")" +
        @"|(?<y3>" + Year + @")-(?<m3>\d{1,2})-(?<d3>\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|\s?[A-Z]{2,5})?)?" +
        @"|(?<d4>\d{1,2})\.\s?(?<m4>\d{1,2})\.\s?(?<y4>" + Year + @")" +
        @"|(?<a5>\d{1,2})/(?<b5>\d{1,2})/(?<y5>" + Year + @")" +
        ")" + Time;

    /// <summary>A time before the date, as some sites write it: "Updated 6:04 PM EST, Fri November 17, 2023".</summary>
    private const string TimeFirst = @"(?:\d{1,2}[:.]\d{2}\s*(?:(?i:[ap])\.?(?i:m)\.?)?(?:\s*[A-Z]{2,5})?\s*,?\s*)?";

    private const string Name = @"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*){0,4}";
    private const string Names = Name + @"(?:\s*(?:,\s*|\s+and\s+|\s*&\s*)" + Name + @"){0,3}";

    /// <summary>Reads a byline or date line; null when the line is neither.</summary>
    public static MetaLine? TryParse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (AgencyLineRegex().IsMatch(text)) return new MetaLine(text, null, false) { IsAgency = true };
        if (text.Length is < 4 or > 160) return null;

        // "By A in Kyiv and B in Moscow": where each author writes from is not part of the name.
        if (text.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) text = BylinePlaceRegex().Replace(text, "");

        if (DateLineRegex().Match(text) is { Success: true } dateLine && TryDate(dateLine, out var date))
        {
            var update = dateLine.Groups["label"].Value.Contains("updat", StringComparison.OrdinalIgnoreCase)
                || dateLine.Groups["label"].Value.Contains("modified", StringComparison.OrdinalIgnoreCase);
            var author = dateLine.Groups["by"].Success ? Author(dateLine.Groups["by"].Value) : null;
            return new MetaLine(author, date, update);
        }

        if (BylineRegex().Match(text) is { Success: true } byline)
        {
            DateTimeOffset? bylineDate = null;
            if (byline.Groups["rest"].Success)
            {
                var rest = DateInTextRegex().Match(byline.Groups["rest"].Value);
                if (!rest.Success || !TryDate(rest, out var d)) return OrganisationOnly(byline.Groups["rest"].Value) ? new MetaLine(Author(byline.Groups["name"].Value), null, false) : null;
                bylineDate = d;
            }

            return new MetaLine(Author(byline.Groups["name"].Value), bylineDate, false);
        }

        return null;
    }

    /// <summary>Finds a wire dateline at the start of a paragraph.</summary>
    public static Dateline? TryDateline(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var m = DatelineRegex().Match(paragraph);
        if (!m.Success) return null;

        // Without an agency in brackets, the place must be in capitals ("WASHINGTON —"), which no sentence starts with.
        if (!m.Groups["agency"].Success && !IsCapitals(m.Groups["place"].Value)) return null;
        if (m.Length >= paragraph.Length) return null;

        DateTimeOffset? date = null;
        if (m.Groups["date"].Success && DateInTextRegex().Match(m.Groups["date"].Value) is { Success: true } d && TryDate(d, out var value))
        {
            date = value;
        }

        return new Dateline(m.Value.TrimEnd(), date);
    }

    private static bool IsCapitals(string place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters >= 3;
    }

    /// <summary>"Reuters", "BBC News": what may follow a byline's names after a comma or bar.</summary>
    private static bool OrganisationOnly(string text)
    {
        var words = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(static w => char.IsUpper(w[0]) || w is "and" or "&" or "of");
    }

    private static string Author(string names)
    {
        var text = names.Trim().TrimEnd(',', '.', ';');

        // "By A, Legal Affairs Correspondent": a job title after a comma is not a name.
        var parts = text.Split(", ");
        if (parts.Length > 1 && parts.Skip(1).Where(IsJobTitle).ToList() is { Count: > 0 } jobs) text = string.Join(", ", parts.Except(jobs));

        // "By A and B, Reuters": a last one-word name after a comma is the agency, not an author.
        var comma = text.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && !text[(comma + 2)..].Contains(' ', StringComparison.Ordinal)) text = text[..comma];
        if (text.Any(char.IsLower)) return text;

        // "By AMINA YUSUF": names in capitals read better in title case.
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant())
            .Replace(" And ", " and ", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> s_jobWords = new(StringComparer.Ordinal)
    {
        "Correspondent", "Editor", "Reporter", "Writer", "Columnist", "Staff", "Analyst", "Producer", "Contributor", "Journalist",
        "Critic", "Photographer", "Reporters", "Writers", "Desk",
    };

    private static bool IsJobTitle(string part) => s_jobWords.Contains(part[(part.LastIndexOf(' ') + 1)..]);

    private static bool TryDate(Match m, out DateTimeOffset date)
    {
        date = default;
        int year, month, day;
        if (m.Groups["y1"].Success)
        {
            (year, month, day) = (Int(m.Groups["y1"]), MonthNumber(m.Groups["m1"].Value), Int(m.Groups["d1"]));
        }
        else if (m.Groups["y2"].Success)
        {
            (year, month, day) = (Int(m.Groups["y2"]), MonthNumber(m.Groups["m2"].Value), Int(m.Groups["d2"]));
        }
        else if (m.Groups["y3"].Success)
        {
            (year, month, day) = (Int(m.Groups["y3"]), Int(m.Groups["m3"]), Int(m.Groups["d3"]));
        }
        else if (m.Groups["y4"].Success)
        {
            (year, month, day) = (Int(m.Groups["y4"]), Int(m.Groups["m4"]), Int(m.Groups["d4"]));
        }
        else if (m.Groups["y5"].Success)
        {
            var a = Int(m.Groups["a5"]);
            var b = Int(m.Groups["b5"]);
            (year, month, day) = a > 12 ? (Int(m.Groups["y5"]), b, a) : (Int(m.Groups["y5"]), a, b);
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    private static int Int(Group g) => int.Parse(new string([.. g.Value.TakeWhile(char.IsAsciiDigit)]), NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    /// <summary>A whole line that is a date, maybe labelled ("Published:", "Updated") and maybe followed by "by NAME".</summary>
    [GeneratedRegex(@"^(?:(?<label>(?i:(?:first\s+)?published|posted|updated|last\s+updated|last\s+modified|modified|date)(?:\s+on)?)\s*:?\s*)?" + TimeFirst + DatePattern
        + @"\s*(?:(?:(?i:by)|[|·•–—-])\s*(?:(?i:by)\s+)?(?<by>" + Names + @"|[\p{Ll}\d][\w.-]{1,30}))?\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLineRegex();

    [GeneratedRegex(DatePattern, RegexOptions.CultureInvariant)]
    private static partial Regex DateInTextRegex();

    /// <summary>"By NAME[S]" optionally followed by ", Reuters", " | March 20, 2023", " on 20 March 2023".</summary>
    [GeneratedRegex(@"^(?:By|BY|Written by|Words by|Author:|Reporter:)\s+(?<name>" + Names + @")\s*(?:(?:,|\||·|•|–|—|-|\bon\b|\bin\b)\s*(?<rest>.+?))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineRegex();

    /// <summary>A line that only names a news agency, as the byline of a wire story.</summary>
    [GeneratedRegex(@"^(?:AP|AFP|AAP|Reuters|REUTERS|PA|PA Media|dpa|DPA|ANSA|EFE|Xinhua|XINHUA|Bloomberg|Kyodo|Yonhap|ANI|PTI|IANS|TASS|Anadolu|Associated Press|Agence France-Presse|Press Association)(?: (?i:staff|reporters?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyLineRegex();

    /// <summary>" in Port Talbot" after an author's name in a byline.</summary>
    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)?(?=\s+and\s|\s*,|\s*$|\s+[|·•–—-])", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePlaceRegex();

    /// <summary>
    /// A place (capitals, or any case when an agency in brackets follows), optional region parts, an
    /// optional date, an optional agency in brackets, then a dash: "SÃO SEBASTIÃO, Brazil, Feb 21 (Reuters) -".
    /// </summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}.'’ /-]{1,40}?)(?:,\s*[\p{L}\p{M}.'’ &-]{2,50}?)*?(?:,\s*(?<date>(?:" + Month + @"\s+\d{1,2}(?:,\s*" + Year + @")?|\d{1,2}\s+" + Month + @"(?:\s+" + Year + @")?)))?\s*(?:\((?<agency>[\p{L}\p{M} .&/-]{2,30})\))?\s*[-–—]+\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineRegex();
}
