using System.Globalization;

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
/// <item>A weak term (marked <c>~</c> in the gazetteer: "Washington", "Sofia", "Georgia") counts only
/// when a strong term of the same country is also in the article, when another country is named in the same
/// sentence ("a win over Georgia and a defeat by Portugal"), or, for a capital, when it is the subject of a
/// statement ("Washington said", "Washington has backed …").</item>
/// </list>
/// Immutable and thread-safe once built.
/// </summary>
public sealed class CountryDetector
{
    private readonly PhraseMatcher<GazetteerTerm[]> _matcher;
    private readonly HashSet<string> _oneWordNames;

    /// <summary>Idioms of the exclusions by their text, with the demonyms they hold ("Afghan hound": Afghan).</summary>
    private readonly Dictionary<string, string[]> _idiomDemonyms;

    /// <summary>The one-word demonyms' terms by their text, for a language idiom that turns out not to be one ("in English market towns").</summary>
    private readonly Dictionary<string, GazetteerTerm[]> _demonymTerms;

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

            var titleCase = TitleCase.Applies(segment.Role) && TitleCase.Is(segment.Text, tokens);
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
                        var before = CapitalisedNeighbour(segment.Text, tokens, placeTokens, match.FirstToken - 1, match.FirstToken)
                            || AfterPersonalTitle(segment.Text, tokens, match.FirstToken);
                        var after = CapitalisedNeighbour(segment.Text, tokens, placeTokens, next, next - 1)
                            && !CountryWords.Titles.Contains(Word(segment.Text, tokens[next]))

                            // "US National Hurricane Center", "UK Supreme Court": an abbreviated country before one of its state
                            // institutions is the country; before anything else it is part of a name ("UAE Team Emirates", "US Open").
                            && !(IsAbbreviation(surface) && CountryWords.StateInstitutions.Contains(Word(segment.Text, tokens[next])))

                            // "in Hungary Viktor Orbán’s party": a place, then a person's full name.
                            && !(IsLocative(segment.Text, tokens, match.FirstToken - 1) && CapitalisedRun(segment.Text, tokens, next) >= 2);
                        // "Michael Jordan": a name before the country's makes it a surname, whose other mentions are weak; a
                        // place's first word before it ("South Australia", "Western Australia", "New South Wales") names a
                        // part of the country, and says nothing of its other mentions.
                        if (before && !CountryWords.PlacePrefixes.Contains(Word(segment.Text, tokens[match.FirstToken - 1]))) surnames.Add(term.Text);

                        // "Jordan Ashby": a name after the country's that the article later uses alone ("Ashby said") is a
                        // surname, which makes the country's name a given name (checked once the whole text is read).
                        if (after && !before && term.Kind == TermKind.Name && !term.Text.Contains(' ', StringComparison.Ordinal))
                        {
                            var following = Word(segment.Text, tokens[next]);
                            if (!CountryWords.PlaceWords.Contains(following) && !CountryWords.CompanyWords.Contains(following)
                                && !CountryWords.StateInstitutions.Contains(following))
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

                    // "Ethiopian Airlines": a demonym naming a company.
                    if (term.Kind == TermKind.Demonym && !titleCase)
                    {
                        var next = match.FirstToken + match.TokenCount;
                        inName |= next < tokens.Count && SingleSpaces(segment.Text, tokens, next - 1, next)
                            && CountryWords.CompanyWords.Contains(Word(segment.Text, tokens[next]));
                    }

                    // "French beans", "Danish butter cookies", "the Turkish alphabet": a kind of thing or a language.
                    if (term.Kind == TermKind.Demonym && NamesAThing(segment.Text, tokens, match.FirstToken + match.TokenCount))
                    {
                        inName = true;
                        (thingDemonyms ??= new(StringComparer.Ordinal)).Add(term.Text);
                    }

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
            var weak = (mention.Term.Weak && !mention.Statement && mention.Role != TextRole.Dateline) || surnames.Contains(mention.Term.Text)
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

    /// <summary>Whether the token at <paramref name="index"/> is a capitalised word that runs on from the match into one proper name.</summary>
    private static bool CapitalisedNeighbour(string text, List<Token> tokens, bool[] placeTokens, int index, int matchEdge)
    {
        if (index < 0 || index >= tokens.Count || placeTokens[index]) return false;
        var (left, right) = index < matchEdge ? (tokens[index], tokens[matchEdge]) : (tokens[matchEdge], tokens[index]);
        if (right.Start - left.End != 1 || text[left.End] != ' ') return false;
        var token = tokens[index];
        var c = text[token.Start];
        if (!char.IsUpper(c)) return false;
        var word = Word(text, token);

        // "two Ghana Must Go bags": inside a sentence, a capitalised function word between the name and another
        // capitalised word is part of one title-cased name.
        if (CountryWords.FunctionWords.Contains(word))
        {
            return index > matchEdge && !token.SentenceStart && index + 1 < tokens.Count && !placeTokens[index + 1]
                && SingleSpaces(text, tokens, index, index + 1) && char.IsUpper(text[tokens[index + 1].Start])
                && !CountryWords.FunctionWords.Contains(Word(text, tokens[index + 1]));
        }

        // "Neighbouring Uganda", "Landlocked Chad": a participle opening the sentence describes the country.
        if (index < matchEdge && token.SentenceStart && word.Length > 5 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))) return false;

        // A single capital ("J.") or an initialism before a name is part of a name too; an all-capitals word after it
        // is usually an acronym of its own ("Ukraine NATO summit").
        return index < matchEdge || token.Length == 1 || !word.All(char.IsUpper);
    }

    /// <summary>
    /// "in English market towns": an exclusion such as "in English" (the language) followed by a lower-case word that
    /// is not one of the words that leave it the language; the demonym then describes that word, and the match is the
    /// demonym's alone.
    /// </summary>
    private PhraseMatch<GazetteerTerm[]>? LanguageIdiomBeforeNoun(string text, List<Token> tokens, PhraseMatch<GazetteerTerm[]> match)
    {
        if (match.TokenCount != 2 || !match.Value.All(static t => t.Kind == TermKind.Exclusion)) return null;
        var first = match.FirstToken;
        var next = first + 2;
        if (Word(text, tokens[first]) != "in" || next >= tokens.Count || !SingleSpaces(text, tokens, first + 1, next)) return null;
        if (!_demonymTerms.TryGetValue(Word(text, tokens[first + 1]), out var terms)) return null;
        var following = Word(text, tokens[next]);
        if (!char.IsLower(following[0]) || CountryWords.LanguageFollowers.Contains(following)) return null;
        return new PhraseMatch<GazetteerTerm[]>(terms, first + 1, 1, tokens[first + 1].Start, match.End);
    }

    /// <summary>
    /// Whether the words after a demonym name a kind of thing or a language ("French beans", "Danish butter cookies",
    /// "the Turkish alphabet"): a listed noun right after it, or after one more lower-case word.
    /// </summary>
    private static bool NamesAThing(string text, List<Token> tokens, int next)
    {
        for (var k = next; k < next + 2 && k < tokens.Count; k++)
        {
            if (!SingleSpaces(text, tokens, k - 1, k) || !char.IsLower(text[tokens[k].Start])) return false;
            if (CountryWords.DemonymThings.Contains(Word(text, tokens[k]))) return true;
        }

        return false;
    }

    /// <summary>
    /// The given names among the names seen after a country's ("Jordan Ashby"): those whose second word the article also
    /// uses on its own ("Ashby scored"), so it is a surname. The country's name then counts as a surname does.
    /// </summary>
    private static void AddGivenNames(IReadOnlyList<TextSegment> segments, Dictionary<string, string> givenNames, HashSet<string> surnames)
    {
        var lookup = givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var segment in segments)
        {
            var text = segment.Text;
            var tokens = segment.TokenList;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!char.IsUpper(text[tokens[k].Start]) || !lookup.TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out var given)) continue;
                if (k > 0 && text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length).SequenceEqual(given)) continue;
                surnames.Add(given);
            }
        }
    }

    /// <summary>"Mr. Jordan", "Sen. Georgia Blake": a title with its dot before the name makes it a person's.</summary>
    private static bool AfterPersonalTitle(string text, List<Token> tokens, int first)
    {
        if (first < 1) return false;
        var title = tokens[first - 1];
        var gap = text.AsSpan(title.End, tokens[first].Start - title.End);
        return gap is ". " or " " && CountryWords.PersonalTitles.Contains(Word(text, title));
    }

    /// <summary>"codenamed Malta", "a dog called Chad": the name is what something is called.</summary>
    private static bool Named(string text, List<Token> tokens, int first) =>
        first >= 1 && tokens[first].Start - tokens[first - 1].End == 1 && CountryWords.NamingWords.Contains(Word(text, tokens[first - 1]));

    /// <summary>
    /// Whether <paramref name="match"/> is a town qualified by a region after a comma ("Lebanon, Mo.", "Rome, Georgia"),
    /// not the region's own capital named with its country ("Tbilisi, Georgia", where the next match shares a country).
    /// </summary>
    private static bool QualifiedPlace(string text, PhraseMatch<GazetteerTerm[]> match, PhraseMatch<GazetteerTerm[]>? next)
    {
        if (match.End + 2 >= text.Length || text[match.End] != ',' || text[match.End + 1] != ' ') return false;
        if (Regions.At(text, match.End + 2) is null) return false;
        // "Tbilisi, Georgia" is the capital and its country; "Armenia, Georgia and Azerbaijan" a list of countries.
        if (next is { } n && n.Start == match.End + 2
            && (n.Value.Any(t => t.Country is { } c && match.Value.Any(u => u.Country?.Code == c.Code))
                || (n.Value.Any(static t => t.Country is not null) && match.Value.Any(static u => u.Kind == TermKind.Name && u.Country is not null)))) return false;
        return true;
    }

    /// <summary>
    /// "MEXICO, Pampanga —", "his pond in Mexico, Pampanga.": a country's or capital's name, a comma and a capitalised
    /// place that is no country and ends the clause is a town of that region, whether or not the region is listed.
    /// </summary>
    private static bool QualifiedByUnknownPlace(string text, List<Token> tokens, PhraseMatch<GazetteerTerm[]> match, PhraseMatch<GazetteerTerm[]>? next)
    {
        var k = match.FirstToken + match.TokenCount;
        if (k >= tokens.Count || tokens[k].Start != match.End + 2 || text[match.End] != ',' || text[match.End + 1] != ' ') return false;
        if (!match.Value.Any(static t => t.Kind is TermKind.Name or TermKind.Capital && t.Country is not null)) return false;
        if (next is { } n && n.FirstToken == k) return false;
        var run = 0;
        while (k < tokens.Count && char.IsUpper(text[tokens[k].Start]) && !CountryWords.FunctionWords.Contains(Word(text, tokens[k]))
            && (run == 0 || SingleSpaces(text, tokens, k - 1, k)) && run < 3)
        {
            run++;
            k++;
        }

        if (run == 0) return false;
        var rest = text.AsSpan(tokens[k - 1].End).TrimStart(' ');
        return rest.IsEmpty || rest[0] is '.' or '—' or '–' or '(' or ';' || rest.StartsWith("- ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "ATHENS — The bridge in Athens …, the Ohio Department of Transportation said": a country's or capital's name that is
    /// also a US town, named in the same paragraph as a US state, sets the story in that state.
    /// </summary>
    private static bool UsTownBesideUsState(string text, List<Token> tokens, List<PhraseMatch<GazetteerTerm[]>> matches, bool[] placeTokens)
    {
        var town = false;
        foreach (var match in matches)
        {
            if (match.Value.Any(static t => t.Country is not null && CountryWords.UsTownNames.Contains(t.Text))) town = true;
        }

        if (!town) return false;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (placeTokens[k] || !char.IsUpper(text[tokens[k].Start])) continue;
            // A state's full name: postal codes and abbreviations ("OH", "Ga.") qualify a place only after a comma.
            if (Regions.At(text, tokens[k].Start) is { Country: "US" } region && region.Region.Length > 2 && !region.Region.Contains('.', StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Whether the text names a place with a US state after it ("Laclede County, Mo.", "Rome, Georgia"): the story is set in the US.</summary>
    private static bool QualifiesWithUsState(string text, List<Token> tokens, List<PhraseMatch<GazetteerTerm[]>> matches)
    {
        if (!text.Contains(", ", StringComparison.Ordinal)) return false;
        for (var k = 1; k < tokens.Count; k++)
        {
            var at = tokens[k].Start;
            if (at < 2 || text[at - 1] != ' ' || text[at - 2] != ',' || tokens[k - 1].End != at - 2 || !char.IsUpper(text[tokens[k - 1].Start])) continue;
            if (Regions.At(text, at) is not { Country: "US" }) continue;

            // "Tbilisi, Georgia": a place of the country the region's name also names.
            var own = false;
            for (var m = 0; m + 1 < matches.Count && !own; m++)
            {
                if (matches[m].End == at - 2 && matches[m + 1].Start == at
                    && matches[m + 1].Value.Any(t => t.Country is { } c && matches[m].Value.Any(u => u.Country?.Code == c.Code))) own = true;
            }

            if (!own) return true;
        }

        return false;
    }

    /// <summary>"the Oba of Benin", "the Bank of England": the country names the institution, unless an office of state comes before it ("the Emir of Qatar").</summary>
    private static bool OfInstitution(string text, List<Token> tokens, int first)
    {
        if (first < 3 || Word(text, tokens[first - 1]) != "of" || !SingleSpaces(text, tokens, first - 3, first)) return false;
        var noun = Word(text, tokens[first - 2]);
        return char.IsUpper(noun[0]) && Word(text, tokens[first - 3]) is "the" or "The" && !CountryWords.Titles.Contains(noun) && !CountryWords.StateNouns.Contains(noun);
    }

    /// <summary>
    /// A weak term listed with another country's term ("London and Washington", "Armenia, Georgia and Azerbaijan"): the list
    /// says which reading is meant, as a statement verb does. A list needs an "and" or "or": "Victoria, Australia" is a place
    /// and its country, not a list.
    /// </summary>
    private static bool Coordinated(string text, List<Token> tokens, List<PhraseMatch<GazetteerTerm[]>> matches, int m)
    {
        // The chain of matches joined by ", ", " and ", " or " around m.
        var first = m;
        while (first > 0 && Join(text, tokens, matches[first - 1], matches[first]) != ListJoin.None) first--;
        var last = m;
        while (last + 1 < matches.Count && Join(text, tokens, matches[last], matches[last + 1]) != ListJoin.None) last++;
        if (first == last) return false;

        var hasAnd = false;
        var strongOther = false;
        for (var k = first; k <= last; k++)
        {
            if (k < last && Join(text, tokens, matches[k], matches[k + 1]) == ListJoin.And) hasAnd = true;
            if (k != m && matches[k].Value.Any(static t => t.Country is not null && !t.Weak)) strongOther = true;
        }

        return hasAnd && strongOther;
    }

    private enum ListJoin
    {
        None,
        Comma,
        And,
    }

    private static ListJoin Join(string text, List<Token> tokens, PhraseMatch<GazetteerTerm[]> left, PhraseMatch<GazetteerTerm[]> right)
    {
        var gap = right.FirstToken - (left.FirstToken + left.TokenCount);
        if (gap == 0) return text.AsSpan(left.End, right.Start - left.End) is ", " ? ListJoin.Comma : ListJoin.None;
        if (gap != 1 || Word(text, tokens[right.FirstToken - 1]) is not ("and" or "or")) return ListJoin.None;
        var between = text.AsSpan(left.End, right.Start - left.End).Trim(' ').TrimStart(',').Trim(' ');
        return between.Length == Word(text, tokens[right.FirstToken - 1]).Length ? ListJoin.And : ListJoin.None;
    }

    /// <summary>
    /// How many other countries a weak term must share its sentence with to be read as its country: one for a capital
    /// ("as did President Biden in Washington"); two for the country's own name, as a sentence that names three countries is
    /// about countries ("a win over Georgia, a defeat by Portugal and a draw with the Czech Republic") while one other is
    /// common beside the US state ("a Korean carmaker's plant in Georgia"); a weak alias ("Emirates", "CAR", "Dane") names
    /// other things beside countries and never counts this way.
    /// </summary>
    private static int CountriesNeeded(GazetteerTerm term) => term.Kind switch
    {
        TermKind.Capital => 1,
        TermKind.Name when term.Text == term.Country?.Name => 2,
        _ => int.MaxValue,
    };

    /// <summary>How many other countries are named by a strong term in the sentence of match <paramref name="m"/>.</summary>
    private static int OtherCountriesInSentence(List<Token> tokens, List<PhraseMatch<GazetteerTerm[]>> matches, int m)
    {
        var sentence = SentenceOf(tokens, matches[m].FirstToken);
        var own = matches[m].Value.Select(static t => t.Country?.Code).ToHashSet(StringComparer.Ordinal);
        var others = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < matches.Count; k++)
        {
            if (k == m || SentenceOf(tokens, matches[k].FirstToken) != sentence) continue;
            foreach (var t in matches[k].Value)
            {
                if (t.Country is { } c && !t.Weak && t.Kind != TermKind.Exclusion && !own.Contains(c.Code)) others.Add(c.Code);
            }
        }

        return others.Count;
    }

    /// <summary>The index of the first token of the sentence the token at <paramref name="index"/> is in.</summary>
    private static int SentenceOf(List<Token> tokens, int index)
    {
        while (index > 0 && !tokens[index].SentenceStart) index--;
        return index;
    }

    private static bool IsAbbreviation(string surface)
    {
        var letters = 0;
        foreach (var c in surface)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }

        return letters is >= 2 and <= 4;
    }

    private static bool IsLocative(string text, List<Token> tokens, int index) =>
        index >= 0 && Word(text, tokens[index]) is "in" or "across" or "throughout" or "from" or "to" or "inside" or "outside";

    /// <summary>How many capitalised words follow one another from <paramref name="index"/>, one space apart.</summary>
    private static int CapitalisedRun(string text, List<Token> tokens, int index)
    {
        var count = 0;
        for (var k = index; k < tokens.Count && char.IsUpper(text[tokens[k].Start]); k++)
        {
            if (k > index && !SingleSpaces(text, tokens, k - 1, k)) break;
            count++;
        }

        return count;
    }

    private static bool SingleSpaces(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k + 1].Start - tokens[k].End != 1 || text[tokens[k].End] != ' ') return false;
        }

        return true;
    }

    private static bool FollowedByStatementVerb(string text, List<Token> tokens, int index)
    {
        if (index >= tokens.Count) return false;
        var gap = text.AsSpan(tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End);
        return gap is " " && CountryWords.StatementVerbs.Contains(Word(text, tokens[index]));
    }

    private static string Word(string text, Token token) => text.Substring(token.Start, token.Length);

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
