using System.Globalization;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>A country found in an article: how often and how centrally it is mentioned, and the words that named it.</summary>
public sealed record DetectedCountry(Country Country, int Mentions, double Salience, IReadOnlyList<string> Evidence);

/// <summary>
/// Finds the countries an article mentions by name, alias, demonym or capital, with whole-word,
/// longest-first matching over the gazetteer ("Papua New Guinea" is not Guinea, "New Mexico" is not
/// Mexico, "Omani" is not "Oman" twice), and orders them by salience: where they are mentioned
/// (title, lede, headings weigh more than captions) and how often.
/// <para>Rules that keep a name from counting where it does not mean the country:</para>
/// <list type="bullet">
/// <item>A name or capital that is part of a longer proper name counts for nothing: "Michael Jordan",
/// "Jordan Peterson", "Qatar Airways", "Paris Saint-Germain", "Washington Post". A title after it
/// ("Brazil President …") does not make a proper name, and in a title-case headline every word is
/// capitalised, so there the rule is off.</item>
/// <item>A name seen as a surname ("Michael Jordan") makes its other mentions in the article weak: they are
/// probably the same person.</item>
/// <item>A weak term (marked <c>~</c> in the gazetteer: "Washington", "Georgia") counts only
/// when a strong term of the same country is also in the article, when another country is named in the same
/// sentence ("a win over Georgia and a defeat by Portugal"), or, for a capital, when it is the subject of a
/// statement ("Washington said", "Washington has backed …"). An ambiguous one (<c>~~</c>: "Victoria", "Sofia", also a
/// region's or a person's name) counts only beside a strong term of its own country.</item>
/// </list>
/// Immutable and thread-safe once built.
/// </summary>
public sealed partial class CountryDetector
{
    private readonly PhraseMatcher<GazetteerTerm[]> _matcher;
    private readonly HashSet<string> _oneWordNames;

    /// <summary>Idioms of the exclusions by their text, with the demonyms they hold ("Afghan hound": Afghan).</summary>
    private readonly Dictionary<string, string[]> _idiomDemonyms;

    /// <summary>The one-word demonyms' terms by their text, for a language idiom that turns out not to be one ("in English market towns").</summary>
    private readonly Dictionary<string, GazetteerTerm[]> _demonymTerms;

    /// <summary>Whether the text's language capitalises every noun (German): there, as in a title-case headline, a capitalised neighbour makes no name.</summary>
    private readonly bool _capitalisedNouns;

    /// <summary>The language of the texts this detector reads: its function words opening a sentence ("En Autriche") make no name.</summary>
    private readonly string _language;

    /// <param name="gazetteer">The terms to find.</param>
    /// <param name="language">The language of the texts this detector reads (a tag of <see cref="TextLanguage.Languages"/>).</param>
    public CountryDetector(Gazetteer gazetteer, string language = TextLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(language);
        Gazetteer = gazetteer;
        _capitalisedNouns = TextLanguage.CapitalisesNouns(language);
        _language = language;
        var byPhrase = new Dictionary<string, List<GazetteerTerm>>(StringComparer.Ordinal);
        foreach (var term in gazetteer.Terms)
        {
            var key = string.Join(' ', PhraseMatcher<GazetteerTerm[]>.Words(term.Text));
            if (key.Length == 0) continue;
            if (!byPhrase.TryGetValue(key, out var list)) byPhrase[key] = list = [];
            list.Add(term);
        }

        _oneWordNames = new HashSet<string>(
            gazetteer.Terms.Where(static t => t.Kind is TermKind.Name or TermKind.Capital && !t.Text.Contains(' ', StringComparison.Ordinal)).Select(static t => t.Text),
            StringComparer.Ordinal);

        var demonyms = new HashSet<string>(
            gazetteer.Terms.Where(static t => t.Kind == TermKind.Demonym && !t.Text.Contains(' ', StringComparison.Ordinal)).Select(static t => t.Text),
            StringComparer.Ordinal);
        _demonymTerms = gazetteer.Terms
            .Where(static t => t.Kind == TermKind.Demonym && !t.Text.Contains(' ', StringComparison.Ordinal))
            .GroupBy(static t => t.Text, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => g.ToArray(), StringComparer.Ordinal);
        _idiomDemonyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var term in gazetteer.Terms)
        {
            if (term.Kind != TermKind.Exclusion || Gazetteer.IsPlacePhrase(term.Text)) continue;
            var held = term.Text.Split(' ').Where(demonyms.Contains).ToArray();
            if (held.Length > 0) _idiomDemonyms.TryAdd(term.Text, held);
        }

        // A phrase that names a country and is also listed as an exclusion of another names the country.
        _matcher = new PhraseMatcher<GazetteerTerm[]>(byPhrase
            .OrderBy(static p => p.Key, StringComparer.Ordinal)
            .Select(static p => KeyValuePair.Create(
                p.Key,
                p.Value.Any(static t => t.Kind != TermKind.Exclusion) ? p.Value.Where(static t => t.Kind != TermKind.Exclusion).ToArray() : p.Value.ToArray())));
    }

    public Gazetteer Gazetteer { get; }

    public IReadOnlyList<DetectedCountry> Detect(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var mentions = new List<Mention>();
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var idioms = new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>? thingDemonyms = null;
        Dictionary<string, string>? givenNames = null;
        var usFrame = false;
        var position = 0;
        var workTitles = WorkTitles.Find(segments);

        // The lower-case words of the whole article, read once when a rule asks whether it writes a word in lower case.
        HashSet<string>? lowerWords = null;
        bool WrittenLower(string word)
        {
            if (lowerWords is null)
            {
                lowerWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (var s in segments)
                {
                    foreach (var token in s.TokenList)
                    {
                        if (char.IsLower(s.Text[token.Start])) lowerWords.Add(Word(s.Text, token));
                    }
                }
            }

            return lowerWords.Contains(word);
        }
        foreach (var segment in segments)
        {
            var tokens = segment.TokenList;
            var matches = _matcher.Matches(segment.Text, tokens);
            for (var m = 0; m < matches.Count; m++)
            {
                if (LanguageIdiomBeforeNoun(segment.Text, tokens, matches[m]) is { } demonym) matches[m] = demonym;
            }

            usFrame = usFrame || QualifiesWithUsState(segment.Text, tokens, matches);
            var placeTokens = new bool[tokens.Count];
            foreach (var match in matches)
            {
                for (var k = 0; k < match.TokenCount; k++) placeTokens[match.FirstToken + k] = true;
            }

            usFrame = usFrame || UsTownBesideUsState(segment.Text, tokens, matches, placeTokens);

            var titleCase = _capitalisedNouns || (TitleCase.Applies(segment.Role) && TitleCase.Is(segment.Text, tokens));
            for (var m = 0; m < matches.Count; m++)
            {
                var match = matches[m];
                // A listed name such as "Michael Jordan" or "Denzel Washington": the country's name is a surname here.
                if (match.Value.All(static t => t.Kind == TermKind.Exclusion) && match.TokenCount == 2
                    && !Gazetteer.IsPlacePhrase(segment.Text[match.Start..match.End]))
                {
                    var last = Word(segment.Text, tokens[match.FirstToken + match.TokenCount - 1]);
                    if (_oneWordNames.Contains(last) && char.IsUpper(segment.Text[tokens[match.FirstToken].Start])) surnames.Add(last);
                }

                // "Afghan hound" is the dog, and so are the article's "Afghans".
                if (match.Value.All(static t => t.Kind == TermKind.Exclusion))
                {
                    foreach (var t in match.Value)
                    {
                        if (_idiomDemonyms.TryGetValue(t.Text, out var held)) idioms.UnionWith(held);
                    }
                }

                var surface = segment.Text[match.Start..match.End];
                var coordinated = Coordinated(segment.Text, tokens, matches, m);

                // "Lebanon, Mo.", "Panama City, Fla.", "Rome, Georgia": a town of that region; "Tbilisi, Georgia" is the capital
                // and its country.
                var qualified = QualifiedPlace(segment.Text, match, m + 1 < matches.Count ? matches[m + 1] : null)
                    || QualifiedByUnknownPlace(segment.Text, tokens, match, m + 1 < matches.Count ? matches[m + 1] : null);

                // "Leaders of Pakistan sent congratulations, as did President Biden in Washington": among other countries,
                // a weak capital is the capital; "a 3-1 win over Georgia, then a draw with Portugal": a weak name is the country.
                // "Victoria, Australia" is a city of the country after it, not another country's capital.
                var otherCountries = match.Value.Any(static t => t.Weak && CountriesNeeded(t) != int.MaxValue)
                    && !(m + 1 < matches.Count && Join(segment.Text, tokens, match, matches[m + 1]) == ListJoin.Comma)
                    ? OtherCountriesInSentence(tokens, matches, m)
                    : 0;
                foreach (var term in match.Value)
                {
                    if (term.Country is not { } country) continue;
                    var inName = false;
                    if (term.Kind is TermKind.Name or TermKind.Capital && !titleCase)
                    {
                        var next = match.FirstToken + match.TokenCount;
                        // "En Autriche, …": a function word of the page's language, capitalised by the sentence, is no given name.
                        var before = (CapitalisedNeighbour(segment.Text, tokens, placeTokens, match.FirstToken - 1, match.FirstToken)
                                && !(_language != TextLanguage.English && TextLanguage.IsFunctionWord(_language, Word(segment.Text, tokens[match.FirstToken - 1]))))
                            || AfterPersonalTitle(segment.Text, tokens, match.FirstToken);
                        var after = CapitalisedNeighbour(segment.Text, tokens, placeTokens, next, next - 1)
                            // "Mexico Transport Service Cooperative": a title's word in a company's name is no title.
                            && (!CountryWords.Titles.Contains(Word(segment.Text, tokens[next])) || CompanyAfter(segment.Text, tokens, next))

                            // "US National Hurricane Center", "UK Supreme Court": an abbreviated country before one of its state
                            // institutions is the country; before anything else it is part of a name ("UAE Team Emirates", "US Open").
                            && !(IsAbbreviation(surface) && CountryWords.StateInstitutions.Contains(Word(segment.Text, tokens[next])))

                            // "in Hungary Viktor Orbán’s party": a place, then a person's full name.
                            && !(IsLocative(segment.Text, tokens, match.FirstToken - 1) && CapitalisedRun(segment.Text, tokens, next) >= 2)

                            // "the United States Indo-Pacific Command", "the Japan International Cooperation Agency": the country's own
                            // body names the country.
                            && !(term.Kind == TermKind.Name && StateBodyAfter(segment.Text, tokens, next));
                        // "Michael Jordan": a name before the country's makes it a surname, whose other mentions are weak; a
                        // place's first word before it ("South Australia", "Western Australia", "New South Wales") names a
                        // part of the country, and says nothing of its other mentions.
                        // "Water Safety New Zealand", "Air New Zealand": common nouns before it make an organisation's name, not a person's.
                        if (before && !CountryWords.PlacePrefixes.Contains(Word(segment.Text, tokens[match.FirstToken - 1]))
                            && !OrganisationBefore(segment.Text, tokens, match.FirstToken, WrittenLower)) surnames.Add(term.Text);

                        // "Jordan Ashby": a name after the country's that the article later uses alone ("Ashby said") is a
                        // surname, which makes the country's name a given name (checked once the whole text is read).
                        if (after && !before && term.Kind == TermKind.Name && !term.Text.Contains(' ', StringComparison.Ordinal))
                        {
                            var following = Word(segment.Text, tokens[next]);
                            // "Fiji Revenue and Customs Service", "Japan International Cooperation Agency": an organisation's name
                            // after the country's, whose words ("Revenue", "International") stand alone elsewhere, is no person's.
                            if (!CountryWords.PlaceWords.Contains(following) && !CountryWords.CompanyWords.Contains(following)
                                && !CountryWords.StateInstitutions.Contains(following) && !StateBodyAfter(segment.Text, tokens, next, companies: true))
                            {
                                (givenNames ??= new(StringComparer.Ordinal)).TryAdd(following, term.Text);
                            }
                        }
                        inName = before || after || OfInstitution(segment.Text, tokens, match.FirstToken);
                    }

                    // "Protest on Cuba Street": in a title-case heading too, a street or river after the name makes a place's name.
                    if (term.Kind is TermKind.Name or TermKind.Capital && titleCase)
                    {
                        var next = match.FirstToken + match.TokenCount;
                        inName |= next < tokens.Count && SingleSpaces(segment.Text, tokens, next - 1, next)
                            && CountryWords.PlaceWords.Contains(Word(segment.Text, tokens[next]));
                    }

                    // "the release codenamed Malta", "a dog called Chad": what something is called.
                    inName |= qualified || Named(segment.Text, tokens, match.FirstToken);

                    // "Dutch-style shoes": a manner; "the song “Cuban Heels”": a work's title, wherever it is printed.
                    inName |= InTheStyleOf(segment.Text, match) || (workTitles is not null && WorkTitles.Inside(segment.Text, match.Start, match.End, workTitles));

                    // "her cocker spaniel Malta": an animal's or a vessel's name, and so are its other mentions.
                    if (term.Kind is TermKind.Name or TermKind.Capital && Adjacent(segment.Text, tokens, match.FirstToken - 1, match.FirstToken, CountryWords.NamedBefore))
                    {
                        inName = true;
                        surnames.Add(term.Text);
                    }

                    // "the former Iceland store": a retailer's name.
                    if (term.Kind == TermKind.Name && Adjacent(segment.Text, tokens, match.FirstToken + match.TokenCount, match.FirstToken + match.TokenCount - 1, CountryWords.OutletWords)) inName = true;

                    // "Ethiopian Airlines", "Mexican Grill Partners": a demonym naming a company.
                    if (term.Kind == TermKind.Demonym && !titleCase) inName |= CompanyAfter(segment.Text, tokens, match.FirstToken + match.TokenCount);

                    // "en la calle Paraguay", "the town of Mexico, Pampanga": a street or a town that bears the name.
                    if (term.Kind == TermKind.Name && (Adjacent(segment.Text, tokens, match.FirstToken - 1, match.FirstToken, CountryWords.StreetWords)
                        || TownOf(segment.Text, tokens, match.FirstToken))) inName = true;

                    // "French beans", "Danish butter cookies", "the Turkish alphabet": a kind of thing or a language.
                    if (term.Kind == TermKind.Demonym && NamesAThing(segment.Text, tokens, match.FirstToken, match.FirstToken + match.TokenCount))
                    {
                        inName = true;
                        (thingDemonyms ??= new(StringComparer.Ordinal)).Add(term.Text);
                    }

                    // "Sudan grass", "Brazil nuts", "Canada geese": a plant, food or animal named after the country.
                    if (term.Kind is TermKind.Name or TermKind.Capital && !titleCase && NamesAThing(segment.Text, tokens, match.FirstToken, match.FirstToken + match.TokenCount, adjacent: true)) inName = true;

                    // A demonym another language writes in lower case ("tschechischen Projektentwicklers") starts or ends no name.
                    if (term.Kind == TermKind.Demonym && !titleCase && char.IsUpper(surface[0]) && (DemonymStartsName(segment.Text, tokens, placeTokens, match.FirstToken + match.TokenCount, WrittenLower)
                        || DemonymEndsName(segment.Text, tokens, placeTokens, match.FirstToken))) inName = true;

                    // "She taught English", "printed in English, Chinese, Malay and Tamil", "a Spanish 201 class": a language.
                    if (term.Kind == TermKind.Demonym && SpokenLanguage(segment.Text, tokens, match)) inName = true;

                    // "a town founded by Welsh settlers", "of Italian descent": the people's origin, not the story's setting.
                    if (term.Kind == TermKind.Demonym && Adjacent(segment.Text, tokens, match.FirstToken + match.TokenCount, match.FirstToken + match.TokenCount - 1, CountryWords.OriginNouns)) inName = true;

                    var statement = term.Kind == TermKind.Capital && FollowedByStatementVerb(segment.Text, tokens, match.FirstToken + match.TokenCount)
                        && !(match.FirstToken > 0 && CountryWords.PlacePrepositions.Contains(Word(segment.Text, tokens[match.FirstToken - 1])));
                    mentions.Add(new Mention(country, term, segment.Role, position + match.FirstToken, inName, statement || coordinated || (term.Weak && otherCountries >= CountriesNeeded(term)), surface));
                }
            }

            position += tokens.Count;
        }

        if (givenNames is not null) AddGivenNames(segments, givenNames, surnames);

        // Strong evidence per country: a strong term, outside a longer name, not a surname seen elsewhere.
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.InName) continue;
            // A dateline names the city the story was filed from: "WASHINGTON (AP) —" is the capital, not the state.
            // "Victoria said", "in Victoria, where Australia's …": an ambiguous term (a state's or a given name too) needs a strong
            // term of its own country, whatever its sentence says.
            var weak = (mention.Term.Weak && (mention.Term.Ambiguous || (!mention.Statement && mention.Role != TextRole.Dateline))) || surnames.Contains(mention.Term.Text)
                || (mention.Term.Kind == TermKind.Demonym && mention.Surface.EndsWith('s') && idioms.Contains(mention.Surface[..^1]))

                // "The Turkish İ", in an article about the Turkish alphabet: the demonym names the language throughout.
                || (mention.Term.Kind == TermKind.Demonym && thingDemonyms is not null && thingDemonyms.Contains(mention.Term.Text))

                // In a story set in a US state, "Lebanon" and "Athens" are its towns unless the text says otherwise.
                || (usFrame && !mention.Statement && CountryWords.UsTownNames.Contains(mention.Term.Text));
            if (!tallies.TryGetValue(mention.Country.Code, out var tally))
            {
                tallies[mention.Country.Code] = tally = new Tally(mention.Country, mention.Position);
            }

            tally.Add(mention, weak);
        }

        return [.. tallies.Values
            .Where(static t => t.Strong > 0)
            .Select(static t => (Tally: t, Result: new DetectedCountry(t.Country, t.Mentions, Math.Round(t.Score, 3), t.Evidence())))
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
        TextRole.Caption or TextRole.Dateline or TextRole.Credit => 0.5,
        _ => 1,
    };

    private static double KindWeight(TermKind kind) => kind switch
    {
        TermKind.Name => 1,
        TermKind.Demonym => 0.8,
        TermKind.Capital => 0.7,
        _ => 0,
    };

    private sealed record Mention(Country Country, GazetteerTerm Term, TextRole Role, int Position, bool InName, bool Statement, string Surface);

    private sealed class Tally(Country country, int firstPosition)
    {
        private readonly Dictionary<string, int> _evidence = new(StringComparer.Ordinal);

        public Country Country { get; } = country;

        public int FirstPosition { get; } = firstPosition;

        public int Mentions { get; private set; }

        public int Strong { get; private set; }

        public double Score { get; private set; }

        public void Add(Mention mention, bool weak)
        {
            Mentions++;
            if (!weak) Strong++;
            Score += RoleWeight(mention.Role) * KindWeight(mention.Term.Kind);
            _evidence[mention.Surface] = _evidence.GetValueOrDefault(mention.Surface) + 1;
        }

        public IReadOnlyList<string> Evidence() =>
        [
            .. _evidence
                .OrderByDescending(static e => e.Value)
                .ThenBy(static e => e.Key, StringComparer.Ordinal)
                .Select(static e => e.Value == 1 ? e.Key : string.Create(CultureInfo.InvariantCulture, $"{e.Key} ×{e.Value}")),
        ];
    }
}
