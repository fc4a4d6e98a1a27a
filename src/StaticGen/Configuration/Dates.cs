using System.Globalization;

namespace StaticGen.Configuration;

/// <summary>Date parsing and formatting with the invariant culture, shared by config and front matter.</summary>
public static class Dates
{
    private static readonly string[] s_isoFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss K",
    ];

    /// <summary>Parses an ISO 8601 date or date-time; a value without an offset is taken as UTC.</summary>
    public static bool TryParseIso(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text.Trim(),
            s_isoFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
            out value);

    /// <summary>Writes a date as front matter shows it: a bare date at midnight UTC, else the full round-trip form.</summary>
    public static string FormatIso(DateTimeOffset value) =>
        value.Offset == TimeSpan.Zero && value.TimeOfDay == TimeSpan.Zero ? Day(value) : Iso(value);

    // The one date formatter: every date StaticGen writes (pages, feeds, sitemaps, the search index,
    // front matter, messages) goes through one of these, with the invariant culture.

    /// <summary>ISO 8601 with the date's own offset: <c>2024-05-17T08:41:00+02:00</c> (pages, JSON-LD, the search index).</summary>
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in UTC: <c>2024-05-17T06:41:00Z</c> (Atom, JSON Feed).</summary>
    public static string IsoUtc(DateTimeOffset date) => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The day as the date states it: <c>2024-05-17</c> (front matter, messages).</summary>
    public static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day in UTC: <c>2024-05-17</c> (sitemaps).</summary>
    public static string DayUtc(DateTimeOffset date) => Day(date.ToUniversalTime());

    /// <summary>RFC 822 in UTC: <c>Fri, 17 May 2024 06:41:00 +0000</c> (RSS).</summary>
    public static string Rfc822Utc(DateTimeOffset date) => date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date as a reader sees it, in the site's language: <c>17 May 2024</c> (unambiguous in every English-speaking
    /// country), <c>17. Mai 2024</c>, <c>17 de mayo de 2024</c>.
    /// </summary>
    public static string Display(DateTimeOffset date, SiteLanguage? language = null)
    {
        var lang = language ?? SiteLanguage.English;
        return date.ToString(lang.DatePattern, lang.DateNames);
    }
}

/// <summary>
/// How numeric dates written with slashes or dashes are read when both readings are possible
/// (<c>05/06/2024</c>); config key <c>dates.order</c>. A value only one order can read
/// (<c>24/11/2024</c>) decides alone, dotted dates (<c>16.10.2020</c>) are always day first and
/// year-first dates (<c>2024-11-24</c>) are never ambiguous.
/// </summary>
public enum DateOrder
{
    /// <summary><c>mdy</c>: month, day, year (<c>11/24/2024</c>), as in the United States. The default.</summary>
    MonthFirst,

    /// <summary><c>dmy</c>: day, month, year (<c>24/11/2024</c>), as in most of the world.</summary>
    DayFirst,

    /// <summary><c>ymd</c>: year, month, day; it matters only for two-digit years (<c>24/11/05</c>).</summary>
    YearFirst,
}
