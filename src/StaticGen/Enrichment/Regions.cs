using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>
/// Sub-national regions a place's name is qualified with ("Lebanon, Mo.", "Rome, Georgia", "London, Ont."), from the
/// embedded <c>Enrichment/Data/regions.tsv</c>: region as written, ISO code of its country. Immutable.
/// </summary>
internal static class Regions
{
    /// <summary>The regions by their first word (letters and digits), longest first within each.</summary>
    private static readonly FrozenDictionary<string, (string Region, string Country)[]> s_byFirstWord = Load();

    /// <summary>
    /// The region written at <paramref name="at"/> in <paramref name="text"/> as a whole word or abbreviation, and its
    /// country; null when none is.
    /// </summary>
    public static (string Region, string Country)? At(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        if (end == at || !s_byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(at, end - at), out var regions)) return null;
        foreach (var region in regions)
        {
            if (!text.AsSpan(at).StartsWith(region.Region, StringComparison.Ordinal)) continue;
            var after = at + region.Region.Length;
            if (after == text.Length || !char.IsLetterOrDigit(text[after])) return region;
        }

        return null;
    }

    private static FrozenDictionary<string, (string Region, string Country)[]> Load()
    {
        var byFirst = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var cells in DataRows.Of(EmbeddedResources.ReadText("data/regions.tsv"), header: true))
        {
            if (cells.Length != 2) throw new FormatException($"regions.tsv: a row needs two tab-separated columns: {string.Join('\t', cells)}");
            var first = new string([.. cells[0].TakeWhile(char.IsLetterOrDigit)]);
            if (!byFirst.TryGetValue(first, out var list)) byFirst[first] = list = [];
            list.Add((cells[0], cells[1]));
        }

        return byFirst.ToFrozenDictionary(
            static p => p.Key,
            static p => p.Value.OrderByDescending(static r => r.Item1.Length).ThenBy(static r => r.Item1, StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
    }
}
