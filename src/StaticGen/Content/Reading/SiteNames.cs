using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace StaticGen.Content.Reading;

/// <summary>
/// The names a page gives its own site: the name after its headline in the page title ("Headline | The Ledger") and the
/// holder its copyright line names ("© 2024 The Ledger. All rights reserved."). A page that says "told The Ledger" speaks of
/// itself: its masthead is no tag of the story. Copyright lines are read here only (their holder, their year). Pure.
/// </summary>
public static partial class SiteNames
{
    /// <summary>The most words a copyright holder's name has.</summary>
    public const int MaxWords = 6;

    /// <summary>The holder a copyright line names ("© 2024 The Ledger. All rights reserved." gives "The Ledger"), or null.</summary>
    public static string? CopyrightHolder(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.IndexOf('©', StringComparison.Ordinal) < 0 && !AsciiSearch.ContainsIgnoreCase(line, "opyright") && !AsciiSearch.ContainsIgnoreCase(line, "(c)")) return null;
        if (CopyrightRegex().Match(line) is not { Success: true } m) return null;
        var name = m.Groups["name"].Value.Trim();
        return name.Length > 1 && RawArticleParser.WordCount(name) <= MaxWords ? name : null;
    }

    /// <summary>The year a copyright line states ("© 2019–2024 Harbour Media" gives 2024), or null when the line is none.</summary>
    public static int? CopyrightYear(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return CopyrightYearRegex().Match(line) is { Success: true } m ? int.Parse(m.Groups["y"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a copyright line that names <paramref name="name"/>, the year before or after it
    /// ("© Gallery Notes 2024"). <see cref="CopyrightHolder"/> reads only the year-first shape as the site's name: a
    /// charity's or university's own name, printed year-last, stays a tag of the stories it publishes.
    /// </summary>
    public static bool CopyrightLineNames(string line, string name)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(name);
        return line.Length > 0 && line.Length <= PileTable.MaxLineLength
            && (line.Contains('©', StringComparison.Ordinal) || line.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase))
            && line.Contains(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <paramref name="name"/> is one of <paramref name="siteNames"/>, compared as an editor would: case, a leading
    /// article ("The Ledger", "Le Courrier", "El Heraldo"), a bracketed edition after it ("The Ledger (English Edition)"), a
    /// section after a dash or bar ("Le Courrier – Actualité") and the words a publisher's name ends with that its stories do
    /// not use ("Suara Timur Online", "Suara Timur Media Sdn Bhd": <c>site-name-words.txt</c>) aside.
    /// </summary>
    public static bool IsSiteName(string name, IReadOnlyList<string> siteNames)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(siteNames);
        var key = Key(name);
        if (key.Length == 0) return false;
        foreach (var site in siteNames)
        {
            foreach (var part in site.Split(s_sectionMarks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var siteKey = Key(part);
                if (key.Equals(siteKey, StringComparison.OrdinalIgnoreCase)) return true;
                if (siteKey.Length > key.Length && siteKey.StartsWith(key, StringComparison.OrdinalIgnoreCase) && siteKey[key.Length] == ' ' && OnlyTailWords(siteKey[(key.Length + 1)..])) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A web or mail address on the page whose name spells <paramref name="name"/> ("HarianNusantara.example" or
    /// "news@hariannusantara.example" spells "Harian Nusantara"; case, spaces, punctuation and a leading "The" aside), or null.
    /// <paramref name="addresses"/> is the page's <see cref="Addresses"/>, read once for all the names asked about.
    /// </summary>
    public static string? AddressSpells(string name, IReadOnlyList<(string Folded, string Address)> addresses)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count == 0) return null;
        var folded = Folded(Key(name));
        if (folded.Length < MinAddressLetters) return null;
        foreach (var (addressName, address) in addresses)
        {
            if (addressName == folded) return address;
        }

        return null;
    }

    /// <summary>The web and mail addresses printed on <paramref name="page"/>: each address's name, folded as <see cref="AddressSpells"/> compares it, and the address.</summary>
    public static List<(string Folded, string Address)> Addresses(IReadOnlyList<string> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var addresses = new List<(string, string)>();
        foreach (var line in page)
        {
            if (line.IndexOf('.', StringComparison.Ordinal) < 0) continue;
            foreach (Match m in AddressRegex().Matches(line)) addresses.Add((Folded(m.Groups["name"].ValueSpan), m.Value));
        }

        return addresses;
    }

    /// <summary>The fewest letters of a name read in an address ("AP" could be any address's name).</summary>
    private const int MinAddressLetters = 5;

    private static string Folded(ReadOnlySpan<char> text)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    /// <summary>What separates a site's name from a section or slogan printed after it ("Le Courrier – Actualité", "Site | News").</summary>
    private static readonly string[] s_sectionMarks = [" – ", " — ", " | ", " - ", " · "];

    /// <summary>The words a publisher's name may end with that its stories leave out (<c>site-name-words.txt</c>).</summary>
    private static readonly FrozenSet<string> s_tailWords =
        DataRows.Lines(EmbeddedResources.ReadText("reader/site-name-words.txt")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The articles a publication's name may open with ("The Ledger", "Le Vigie", "El Heraldo", "Het Nieuws").</summary>
    private static readonly string[] s_articles = ["The ", "Le ", "La ", "Les ", "L'", "L’", "El ", "Los ", "Las ", "Il ", "Lo ", "Der ", "Die ", "Das ", "De ", "Het "];

    private static bool OnlyTailWords(ReadOnlySpan<char> rest)
    {
        var lookup = s_tailWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range].TrimEnd('.').TrimEnd(',');
            if (word.Length > 0 && !lookup.Contains(word)) return false;
        }

        return true;
    }

    private static ReadOnlySpan<char> Key(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.EndsWith(")") && span.LastIndexOf('(') is var open and > 0) span = span[..open].TrimEnd();
        foreach (var article in s_articles)
        {
            if (span.Length > article.Length && span.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                span = span[article.Length..].TrimStart();
                break;
            }
        }

        return span;
    }

    // "©", "(c)" or "Copyright", an optional year range, the year, then the holder's name up to a full stop, bar, comma or
    // semicolon ("© 2024 The Ledger. All rights reserved.", "Copyright 2019-2024 Harbour Media | Privacy").
    [GeneratedRegex(@"(?:©|\([cC]\)|\b(?i:copyright))\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?:19|20)\d{2}\s+(?<name>\p{Lu}[^.|,;©]*?)\s*(?:[.|,;]|\b(?i:all rights)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightRegex();

    // A web address or a mail address's domain: its name (after "www." or "@"), then a dot and a lower-case top level
    // ("www.theledger.example", "HarianNusantara.example", "desk@ledger.co.uk").
    [GeneratedRegex(@"(?<![\w.-])(?:https?://)?(?:www\.|[\w.+-]+@)?(?<name>[\p{L}\d][\p{L}\d-]+)(?:\.[a-z]{2,12})+(?![\w@])", RegexOptions.CultureInvariant)]
    private static partial Regex AddressRegex();

    // "©", "(c)" or "Copyright", an optional year range, then the year.
    [GeneratedRegex(@"(?:©|\([cC]\)|\b(?i:copyright))\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightYearRegex();
}
