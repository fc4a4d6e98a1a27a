using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>Continents, for grouping countries on the countries index.</summary>
public enum Continent
{
    /// <summary>Africa.</summary>
    Africa,

    /// <summary>Antarctica.</summary>
    Antarctica,

    /// <summary>Asia.</summary>
    Asia,

    /// <summary>Europe.</summary>
    Europe,

    /// <summary>North America, with Central America and the Caribbean.</summary>
    NorthAmerica,

    /// <summary>Oceania.</summary>
    Oceania,

    /// <summary>South America.</summary>
    SouthAmerica,
}

/// <summary>How a term names a country, which weighs its mention.</summary>
public enum TermKind
{
    /// <summary>The country's name or one of its aliases ("Belarus", "U.S.").</summary>
    Name,

    /// <summary>A demonym or adjective ("Belarusian", "Dutch").</summary>
    Demonym,

    /// <summary>The capital city, often a metonym ("Moscow said").</summary>
    Capital,

    /// <summary>A phrase that contains a country's term but does not mean it ("New Mexico"); it only hides the shorter match.</summary>
    Exclusion,
}

/// <summary>One row of the gazetteer.</summary>
public sealed record Country(string Code, string Name, Continent Continent, bool IsTerritory)
{
    /// <summary>
    /// The other names readers may search it by: its aliases ("Turkey", "Ivory Coast", "UK") and demonyms
    /// ("Turkish", "Dutch"), as the gazetteer lists them, without capitals (a city is not the country).
    /// </summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>The flag emoji, made of the two regional-indicator letters of the code.</summary>
    public string Flag => string.Concat(char.ConvertFromUtf32(0x1F1E6 + Code[0] - 'A'), char.ConvertFromUtf32(0x1F1E6 + Code[1] - 'A'));

    /// <summary>The continent as readers name it: "Europe", "North America".</summary>
    public string ContinentName => Continent switch
    {
        Continent.NorthAmerica => "North America",
        Continent.SouthAmerica => "South America",
        _ => Continent.ToString(),
    };
}

/// <summary>A term of the gazetteer: which country it names (null for exclusions), how, and whether it is weak (needs corroboration).</summary>
public sealed record GazetteerTerm(string Text, Country? Country, TermKind Kind, bool Weak)
{
    /// <summary>
    /// Whether the weak term is as often another place's or a person's name ("Victoria", an Australian state and a given name;
    /// "Hamilton"; marked <c>~~</c> in the gazetteer): only a strong term of its own country confirms it, never its sentence
    /// (a statement verb, a list, other countries, a dateline).
    /// </summary>
    public bool Ambiguous { get; init; }

    /// <summary>Whether the term is another language's (<see cref="CountryTermsByLanguage"/>), read only on a page in that language.</summary>
    public bool Foreign { get; init; }
}

/// <summary>
/// Every ISO 3166-1 country with its names, aliases, demonyms and capitals, from the embedded
/// data file <c>Enrichment/Data/countries.tsv</c>. Immutable; built once per build and shared.
/// </summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, Country> _byCode;
    private readonly FrozenDictionary<string, Country> _byName;

    private Gazetteer(IReadOnlyList<Country> countries, IReadOnlyList<GazetteerTerm> terms)
    {
        Countries = countries;
        Terms = terms;
        _byCode = countries.ToFrozenDictionary(static c => c.Code, StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            if (term is { Country: { } country, Kind: TermKind.Name }) byName.TryAdd(term.Text, country);
        }

        foreach (var country in countries) byName[country.Name] = country;

        // "Congo" is the ISO 3166-1 short name of CG. In running text it is ambiguous (the river, the other Congo),
        // so it is no detection term; in front matter an author who writes it means the ISO name.
        if (_byCode.TryGetValue("CG", out var congo)) byName.TryAdd("Congo", congo);
        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<GazetteerTerm> Terms { get; }

    /// <summary>The gazetteer shipped with StaticGen.</summary>
    public static Gazetteer LoadDefault() => Parse(EmbeddedResources.ReadText("data/countries.tsv"));

    /// <summary>Parses the TSV format documented at the top of <c>countries.tsv</c>.</summary>
    public static Gazetteer Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var countries = new List<Country>();
        var terms = new List<GazetteerTerm>();
        foreach (var cells in DataRows.Of(tsv, header: true))
        {
            if (cells.Length < 8) throw new FormatException($"gazetteer row has {cells.Length} columns, expected 8: {string.Join('\t', cells)}");
            var weakName = cells[1].StartsWith('~');
            var country = new Country(cells[0], weakName ? cells[1][1..] : cells[1], ParseContinent(cells[2]), cells[3] == "territory")
            {
                OtherNames = [.. Items(cells[4]).Concat(Items(cells[5])).Select(static i => i.TrimStart('~')).Distinct(StringComparer.Ordinal)],
            };
            countries.Add(country);
            terms.Add(new GazetteerTerm(country.Name, country, TermKind.Name, Weak: weakName));
            AddTerms(terms, cells[4], country, TermKind.Name);
            AddTerms(terms, cells[5], country, TermKind.Demonym);
            AddTerms(terms, cells[6], country, TermKind.Capital);
            AddTerms(terms, cells[7], null, TermKind.Exclusion);
        }

        return new Gazetteer(countries, terms);
    }

    /// <summary>A copy with extra aliases from <c>site.config.yml</c> (alias → code or name); unknown targets are returned as errors.</summary>
    public Gazetteer WithAliases(IReadOnlyDictionary<string, string> aliases, out IReadOnlyList<string> unknown)
    {
        var missing = new List<string>();
        var terms = Terms.ToList();
        foreach (var (alias, target) in aliases.OrderBy(static a => a.Key, StringComparer.Ordinal))
        {
            if (Find(target) is { } country)
            {
                terms.Add(new GazetteerTerm(alias, country, TermKind.Name, Weak: false));
            }
            else
            {
                missing.Add(target);
            }
        }

        unknown = missing;
        return missing.Count == aliases.Count && aliases.Count > 0 ? this : new Gazetteer(Countries, terms);
    }

    /// <summary>A copy with the terms a page in <paramref name="language"/> adds (its names and demonyms for the countries); this gazetteer for English.</summary>
    public Gazetteer ForLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var more = CountryTermsByLanguage.For(this, language);
        return more.Count == 0 ? this : new Gazetteer(Countries, [.. Terms, .. more]);
    }

    /// <summary>
    /// Whether a gazetteer exclusion ("New Mexico", "Lake Chad", "Paris, Texas") is a place, as opposed to a
    /// person or company that only contains a country's name ("Michael Jordan", "Swissport"), which may be a tag.
    /// </summary>
    public static bool IsPlacePhrase(string phrase)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return phrase.Contains(',', StringComparison.Ordinal)
            || CountryWords.PlacePrefixes.Contains(words[0])
            || words.Any(CountryWords.PlaceWords.Contains)
            ;
    }

    /// <summary>Finds a country by ISO code, name or alias (case-insensitive), as authors write it in front matter.</summary>
    public Country? Find(string codeOrName)
    {
        ArgumentNullException.ThrowIfNull(codeOrName);
        var key = codeOrName.Trim();
        if (key.Length == 2 && _byCode.TryGetValue(key, out var byCode)) return byCode;
        return _byName.TryGetValue(key, out var byName) ? byName : null;
    }

    private static string[] Items(string cell) => cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void AddTerms(List<GazetteerTerm> terms, string cell, Country? country, TermKind kind)
    {
        foreach (var item in Items(cell))
        {
            var weak = item.StartsWith('~');
            var ambiguous = item.StartsWith("~~", StringComparison.Ordinal);
            terms.Add(new GazetteerTerm(item.TrimStart('~'), country, kind, weak) { Ambiguous = ambiguous });
        }
    }

    private static Continent ParseContinent(string text) => text switch
    {
        "Africa" => Continent.Africa,
        "Antarctica" => Continent.Antarctica,
        "Asia" => Continent.Asia,
        "Europe" => Continent.Europe,
        "North America" => Continent.NorthAmerica,
        "Oceania" => Continent.Oceania,
        "South America" => Continent.SouthAmerica,
        _ => throw new FormatException($"unknown continent '{text}' in the gazetteer"),
    };
}
