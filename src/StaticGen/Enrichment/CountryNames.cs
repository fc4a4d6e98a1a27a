using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>
/// Countries' names in a site's language, from CLDR (the embedded table <c>data/country-names.tsv</c>, written
/// by <c>.tools/country-names.mjs</c>). The runtime's ICU names a region only in the UI culture's language
/// (<c>RegionInfo.DisplayName</c>), which would make the output depend on the machine, so the names are data.
/// English has no table: its names are the gazetteer's.
/// </summary>
public static class CountryNames
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> s_tables =
        Parse(EmbeddedResources.ReadText("data/country-names.tsv"));

    /// <summary>The languages the table has names in.</summary>
    public static IReadOnlyCollection<string> Languages => s_tables.Keys;

    /// <summary>The names in <paramref name="language"/> (a tag of <c>languages.tsv</c>, such as <c>de</c>) by ISO code, or null when the table has none (English).</summary>
    public static IReadOnlyDictionary<string, string>? For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return s_tables.GetValueOrDefault(language);
    }

    /// <summary>
    /// Each country's name in <paramref name="language"/> and its other names (the English name among them, so
    /// search finds "Austria" on a German site), by code, for the countries whose name differs; null for a
    /// language without a table (English: the gazetteer's names are its own).
    /// </summary>
    public static Dictionary<string, (string Name, IReadOnlyList<string> OtherNames)>? Local(Gazetteer gazetteer, string language)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        // The table also holds the languages detection reads pages in (nb, pt, …); a site shows names only in a site language.
        if (!Configuration.SiteLanguage.Tags.Contains(language) || For(language) is not { } names) return null;
        var local = new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.Ordinal);
        foreach (var country in gazetteer.Countries)
        {
            if (!names.TryGetValue(country.Code, out var name) || string.Equals(name, country.Name, StringComparison.Ordinal)) continue;
            local[country.Code] = (name, [country.Name, .. country.OtherNames.Where(n => !string.Equals(n, name, StringComparison.Ordinal))]);
        }

        return local;
    }

    /// <summary>Reads the table: a header <c>code</c> + one column per language, then one row per country; an empty cell is no name.</summary>
    internal static FrozenDictionary<string, FrozenDictionary<string, string>> Parse(string tsv)
    {
        var rows = tsv.Split('\n').Where(static l => l.Length > 0 && !l.StartsWith('#')).Select(static l => l.TrimEnd('\r').Split('\t')).ToList();
        if (rows.Count == 0) return FrozenDictionary<string, FrozenDictionary<string, string>>.Empty;
        var languages = rows[0].Skip(1).ToList();
        var tables = languages.ToDictionary(static l => l, static _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            for (var i = 1; i < row.Length && i <= languages.Count; i++)
            {
                if (row[i].Length > 0) tables[languages[i - 1]][row[0]] = row[i];
            }
        }

        return tables.ToFrozenDictionary(static t => t.Key, static t => t.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
