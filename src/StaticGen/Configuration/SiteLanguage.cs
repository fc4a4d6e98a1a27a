using System.Collections.Frozen;
using System.Globalization;

namespace StaticGen.Configuration;

/// <summary>
/// What a site's <c>language:</c> changes beyond the theme's strings: the direction of its text, how a date
/// reads ("17. Mai 2024") and which letters an index files on their own (Spanish ñ after n). From the embedded
/// data file <c>Configuration/Data/languages.tsv</c>, so no culture data of the machine is used and two builds
/// anywhere are the same. A language not listed uses its base language (<c>de-AT</c> → <c>de</c>), else English.
/// </summary>
public sealed record SiteLanguage(string Tag, bool RightToLeft, string DatePattern, IReadOnlyList<string> Months, IReadOnlyDictionary<char, char> OwnLetters)
{
    private static readonly FrozenDictionary<string, SiteLanguage> s_languages = Parse(EmbeddedResources.ReadText("data/languages.tsv"));

    // Languages written right to left (CLDR), for a language the table has no row for.
    private static readonly FrozenSet<string> s_rightToLeft = FrozenSet.Create(StringComparer.Ordinal, "ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku-arab", "ps", "sd", "ug", "ur", "yi");

    /// <summary>The invariant culture's date format with this language's month names, for <see cref="Dates.Display"/>.</summary>
    internal DateTimeFormatInfo DateNames { get; } = Format(Months);

    /// <summary>English, the default.</summary>
    public static SiteLanguage English => s_languages["en"];

    /// <summary><c>rtl</c> or <c>ltr</c>, for <c>&lt;html dir&gt;</c>.</summary>
    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// <summary>The languages the table has, by tag.</summary>
    public static IReadOnlyCollection<string> Tags => s_languages.Keys;

    /// <summary>The language of a BCP 47 tag: its own row, its base language's, else English with the tag's direction.</summary>
    public static SiteLanguage For(string? tag)
    {
        var key = (tag ?? "en").Trim().Replace('_', '-').ToLowerInvariant();
        if (s_languages.TryGetValue(key, out var exact)) return exact;
        var primary = key.Split('-')[0];
        if (s_languages.TryGetValue(primary, out var baseLanguage)) return baseLanguage with { Tag = key };
        return English with { Tag = key, RightToLeft = s_rightToLeft.Contains(primary) || s_rightToLeft.Contains(key) };
    }

    private static DateTimeFormatInfo Format(IReadOnlyList<string> months)
    {
        var format = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        string[] names = [.. months, ""];
        format.MonthNames = names;
        format.MonthGenitiveNames = names;
        return DateTimeFormatInfo.ReadOnly(format);
    }

    internal static FrozenDictionary<string, SiteLanguage> Parse(string tsv)
    {
        var result = new Dictionary<string, SiteLanguage>(StringComparer.Ordinal);
        var header = true;
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            var months = cells.Length >= 4 ? cells[3].Split('|') : [];
            if (cells.Length != 5 || months.Length != 12 || cells[1] is not ("ltr" or "rtl"))
            {
                throw new FormatException($"languages.tsv line {number}: expected 'language TAB ltr|rtl TAB date pattern TAB 12 months TAB letters', got '{line}'");
            }

            var own = new Dictionary<char, char>();
            foreach (var pair in cells[4].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pair.Length != 3 || pair[1] != '>') throw new FormatException($"languages.tsv line {number}: a letter rule is 'ñ>n', not '{pair}'");
                own[pair[0]] = pair[2];
            }

            result[cells[0]] = new SiteLanguage(cells[0], cells[1] == "rtl", cells[2], months, own);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
