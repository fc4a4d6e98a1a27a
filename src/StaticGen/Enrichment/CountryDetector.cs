namespace StaticGen.Enrichment;

/// <summary>A country found in an article: how often and how centrally it is mentioned.</summary>
public sealed record DetectedCountry(Country Country, int Mentions, double Salience);

/// <summary>
/// Finds the countries an article mentions by name, alias, demonym or capital, with whole-word,
/// longest-first matching over the gazetteer, and orders them by salience (where and how often
/// they are mentioned). A weak term ("Washington", "Sofia") counts only when a strong term of
/// the same country is also in the article. Immutable and thread-safe once built.
/// </summary>
public sealed class CountryDetector
{
    private readonly PhraseMatcher<GazetteerTerm[]> _matcher;

    public CountryDetector(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        Gazetteer = gazetteer;
        var byPhrase = new Dictionary<string, List<GazetteerTerm>>(StringComparer.Ordinal);
        foreach (var term in gazetteer.Terms)
        {
            var key = string.Join(' ', PhraseMatcher<GazetteerTerm[]>.Words(term.Text));
            if (key.Length == 0) continue;
            if (!byPhrase.TryGetValue(key, out var list)) byPhrase[key] = list = [];
            list.Add(term);
        }

        // A phrase that names a country and is also listed as an exclusion of another names the country.
        _matcher = new PhraseMatcher<GazetteerTerm[]>(byPhrase.Select(static p => KeyValuePair.Create(
            p.Key,
            p.Value.Any(static t => t.Kind != TermKind.Exclusion) ? p.Value.Where(static t => t.Kind != TermKind.Exclusion).ToArray() : p.Value.ToArray())));
    }

    public Gazetteer Gazetteer { get; }

    public IReadOnlyList<DetectedCountry> Detect(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var found = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var position = 0;
        foreach (var segment in segments)
        {
            var tokens = Tokenizer.Tokenize(segment.Text);
            foreach (var match in _matcher.Matches(segment.Text, tokens))
            {
                foreach (var term in match.Value)
                {
                    if (term.Country is not { } country) continue;
                    if (!found.TryGetValue(country.Code, out var tally))
                    {
                        found[country.Code] = tally = new Tally(country, position + match.FirstToken);
                    }

                    tally.Add(term, segment.Role);
                }
            }

            position += tokens.Count;
        }

        return [.. found.Values
            .Where(static t => t.Strong > 0)
            .Select(static t => (Tally: t, Result: new DetectedCountry(t.Country, t.Mentions, t.Score)))
            .OrderByDescending(static x => x.Result.Salience)
            .ThenBy(static x => x.Tally.FirstPosition)
            .ThenBy(static x => x.Result.Country.Code, StringComparer.Ordinal)
            .Select(static x => x.Result)];
    }

    private static double RoleWeight(TextRole role) => role switch
    {
        TextRole.Title => 5,
        TextRole.Kicker => 3,
        TextRole.Lede => 3,
        TextRole.Heading => 2,
        TextRole.Caption => 0.5,
        _ => 1,
    };

    private static double KindWeight(TermKind kind) => kind switch
    {
        TermKind.Name => 1,
        TermKind.Demonym => 0.8,
        TermKind.Capital => 0.7,
        _ => 0,
    };

    private sealed class Tally(Country country, int firstPosition)
    {
        public Country Country { get; } = country;

        public int FirstPosition { get; } = firstPosition;

        public int Mentions { get; private set; }

        public int Strong { get; private set; }

        public double Score { get; private set; }

        public void Add(GazetteerTerm term, TextRole role)
        {
            Mentions++;
            if (!term.Weak) Strong++;
            Score += RoleWeight(role) * KindWeight(term.Kind);
        }
    }
}
