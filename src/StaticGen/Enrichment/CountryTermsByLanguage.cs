using System.Collections.Frozen;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>
/// The gazetteer terms a page in another language than English adds: each country's CLDR name in that language
/// (<see cref="CountryNames"/>) and its demonyms, adjectives and other names from the embedded
/// <c>Enrichment/Data/country-adjectives.tsv</c> ("Tschechien", "tschechischen"). They are read only on a page in that
/// language (<see cref="TextLanguage"/>), so Danish "Island" (Iceland) or Italian "Francia" (France) are no country on an
/// English page, where they are an ordinary word or a surname.
/// </summary>
internal static class CountryTermsByLanguage
{
    private static readonly FrozenDictionary<string, (string Code, string Form)[]> s_forms = Parse(EmbeddedResources.ReadText("data/country-adjectives.tsv"));

    /// <summary>The terms <paramref name="language"/> adds to <paramref name="gazetteer"/>; none for English.</summary>
    public static List<GazetteerTerm> For(Gazetteer gazetteer, string language)
    {
        var terms = new List<GazetteerTerm>();
        if (language == TextLanguage.English) return terms;
        var forms = s_forms.GetValueOrDefault(language) ?? [];
        var weakForms = forms.Where(static f => f.Form.StartsWith('~')).Select(static f => f.Form[1..]).ToHashSet(StringComparer.Ordinal);
        var known = gazetteer.Terms.Where(static t => t.Country is not null).Select(static t => (t.Country!.Code, t.Text)).ToHashSet();
        var weakInEnglish = gazetteer.Terms.Where(static t => t.Weak).Select(static t => t.Text).ToHashSet(StringComparer.Ordinal);
        var byCode = gazetteer.Countries.ToDictionary(static c => c.Code, StringComparer.Ordinal);
        void Add(string code, string text, TermKind kind)
        {
            var weak = text.StartsWith('~');
            if (weak) text = text[1..];
            if (code == "-")
            {
                terms.Add(new GazetteerTerm(text, null, TermKind.Exclusion, Weak: false) { Foreign = true });
                return;
            }

            if (!byCode.TryGetValue(code, out var country) || !known.Add((code, text))) return;
            terms.Add(new GazetteerTerm(text, country, kind, weak || weakForms.Contains(text) || weakInEnglish.Contains(text)) { Foreign = true });
        }

        if (CountryNames.For(language) is { } names)
        {
            // "Deutschlands", "Sveriges", Polish "Litwie", Finnish "Venäjällä": a name's cases, where the language inflects it.
            foreach (var (code, name) in names.OrderBy(static n => n.Key, StringComparer.Ordinal))
            {
                Add(code, name, TermKind.Name);
                foreach (var form in TextLanguage.CaseForms(language, name)) Add(code, form, TermKind.Name);
            }
        }

        foreach (var (code, form) in forms)
        {
            // The table's forms are mostly adjectives and people's nouns; its few other names ("Großbritannien") weigh as they do.
            Add(code, form, TermKind.Demonym);
        }

        return terms;
    }

    /// <summary>Reads the table: language, code, forms (<c>|</c>-separated, <c>a{b,c}</c> expanded to <c>ab|ac</c>).</summary>
    internal static FrozenDictionary<string, (string Code, string Form)[]> Parse(string tsv)
    {
        var byLanguage = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var cells in DataRows.Of(tsv, header: true))
        {
            if (cells.Length != 3) throw new FormatException($"country-adjectives.tsv: a row has {cells.Length} columns, expected 3: {string.Join('\t', cells)}");
            if (!byLanguage.TryGetValue(cells[0], out var list)) byLanguage[cells[0]] = list = [];
            foreach (var item in cells[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                foreach (var form in Expand(item)) list.Add((cells[1], form));
            }
        }

        return byLanguage.ToFrozenDictionary(static l => l.Key, static l => l.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>"tschechisch{,e,en}" → "tschechisch", "tschechische", "tschechischen"; one pair of braces, at the end.</summary>
    internal static IEnumerable<string> Expand(string item)
    {
        var open = item.IndexOf('{', StringComparison.Ordinal);
        if (open < 0) return [item];
        if (!item.EndsWith('}')) throw new FormatException($"country-adjectives.tsv: '{item}' has text after its braces");
        var stem = item[..open];
        return item[(open + 1)..^1].Split(',').Select(e => stem + e);
    }
}
