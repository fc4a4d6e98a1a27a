namespace StaticGen.Enrichment;

// The context rules of country detection: what the words around a name say about it (a longer name, a qualified town, a list, a statement).
public sealed partial class CountryDetector
{
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

    /// <summary>"Dutch-style shoes", "Japanese-inspired gardens": the country's word, a hyphen and a manner word.</summary>
    private static bool InTheStyleOf(string text, PhraseMatch<GazetteerTerm[]> match)
    {
        if (match.End + 1 >= text.Length || text[match.End] is not ('-' or '‐' or '–')) return false;
        var end = match.End + 1;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return CountryWords.StyleSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(match.End + 1, end - match.End - 1));
    }

    /// <summary>
    /// Whether a demonym names a language where it stands: in a list with a language's own name ("English, Chinese, Malay and
    /// Tamil"); after a word that takes a language ("taught English", "in Dutch and then", "fluent Portuguese"), the list it
    /// opens ending the clause or before a word that leaves it the language (not "in Chinese markets"); or before a course
    /// number ("Spanish 201"). A plural ("taught Russians") is people.
    /// </summary>
    private bool SpokenLanguage(string text, List<Token> tokens, PhraseMatch<GazetteerTerm[]> match)
    {
        // "Swedish-speaking islanders", "a Welsh-language school".
        if (match.End + 1 < text.Length && text[match.End] is '-' or '‐')
        {
            var suffixEnd = match.End + 1;
            while (suffixEnd < text.Length && char.IsLetter(text[suffixEnd])) suffixEnd++;
            if (CountryWords.LanguageSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(match.End + 1, suffixEnd - match.End - 1))) return true;
        }

        if (text[match.End - 1] == 's') return false;
        var first = match.FirstToken;
        var last = first + match.TokenCount - 1;
        var languageName = false;

        // The list the demonym is in: capitalised demonyms or languages joined by ", ", " and ", " or " (", and").
        while (ListItemBefore(text, tokens, first) is var k and >= 0)
        {
            if (!IsLanguageItem(text, tokens[k], ref languageName)) break;
            first = k;
        }

        while (ListItemAfter(text, tokens, last) is var k and >= 0)
        {
            if (!IsLanguageItem(text, tokens[k], ref languageName)) break;
            last = k;
        }

        if (languageName) return true;
        var next = last + 1 < tokens.Count ? tokens[last + 1] : default;
        var hasNext = last + 1 < tokens.Count;
        if (hasNext && next.Start == tokens[last].End + 1 && text[tokens[last].End] == ' ' && next.Length == 3
            && char.IsAsciiDigit(text[next.Start]) && char.IsAsciiDigit(text[next.Start + 1]) && char.IsAsciiDigit(text[next.Start + 2])
            && (next.End == text.Length || !char.IsLetterOrDigit(text[next.End]))) return true;

        if (first == 0 || !SingleSpaces(text, tokens, first - 1, first) || !CountryWords.LanguageCues.Contains(Word(text, tokens[first - 1]))) return false;

        // What follows the list: the end of the clause, or a word that leaves it the language ("in English and, later, …").
        var end = tokens[last].End;
        if (end == text.Length || text[end] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '”' or '"') return true;
        return hasNext && next.Start == end + 1 && text[end] == ' ' && CountryWords.LanguageFollowers.Contains(Word(text, next));
    }

    /// <summary>Whether a list item is a demonym (one word) or a language's own name; sets <paramref name="languageName"/> for the latter.</summary>
    private bool IsLanguageItem(string text, Token token, ref bool languageName)
    {
        var word = text.AsSpan(token.Start, token.Length);
        if (!char.IsUpper(word[0])) return false;
        if (CountryWords.Languages.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            languageName = true;
            return true;
        }

        return _demonymTerms.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);
    }

    /// <summary>The token of the list item before the one at <paramref name="index"/> ("English, Chinese", "Malay and Tamil"), or -1.</summary>
    private static int ListItemBefore(string text, List<Token> tokens, int index)
    {
        if (index < 1) return -1;
        var gap = text.AsSpan(tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End);
        if (gap is ", ") return index - 1;
        if (gap is not " " || index < 2 || Word(text, tokens[index - 1]) is not ("and" or "or")) return -1;
        return text.AsSpan(tokens[index - 2].End, tokens[index - 1].Start - tokens[index - 2].End) is " " or ", " ? index - 2 : -1;
    }

    /// <summary>The token of the list item after the one at <paramref name="index"/>, or -1.</summary>
    private static int ListItemAfter(string text, List<Token> tokens, int index)
    {
        if (index + 1 >= tokens.Count) return -1;
        var gap = text.AsSpan(tokens[index].End, tokens[index + 1].Start - tokens[index].End);
        var conjunction = Word(text, tokens[index + 1]) is "and" or "or";
        if (gap is ", " && !conjunction) return index + 1;
        if (gap is not (" " or ", ") || index + 2 >= tokens.Count || !conjunction) return -1;
        return text.AsSpan(tokens[index + 1].End, tokens[index + 2].Start - tokens[index + 1].End) is " " ? index + 2 : -1;
    }

    /// <summary>
    /// The given names among the names seen after a country's ("Jordan Ashby"): those whose second word the article also
    /// uses on its own ("Ashby scored"), so it is a surname, or whose full name it writes twice. The country's name then
    /// counts as a surname does.
    /// </summary>
    private static void AddGivenNames(IReadOnlyList<TextSegment> segments, Dictionary<string, string> givenNames, HashSet<string> surnames)
    {
        var lookup = givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Dictionary<string, int>? pairs = null;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            var tokens = segment.TokenList;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (!char.IsUpper(text[tokens[k].Start]) || !lookup.TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out var given)) continue;
                if (k > 0 && text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length).SequenceEqual(given))
                {
                    // The same full name written twice ("Jordan Ashby" in the headline and the lede) is a person's too.
                    pairs ??= new(StringComparer.Ordinal);
                    var key = Word(text, tokens[k]);
                    if ((pairs[key] = pairs.GetValueOrDefault(key) + 1) >= 2) surnames.Add(given);
                    continue;
                }

                surnames.Add(given);
            }
        }
    }

    /// <summary>
    /// Whether the capitalised words from <paramref name="next"/> on (joined by spaces, hyphens or "and"; up to "of") name a
    /// state's body: their head is a <c>state-bodies</c> word ("United States Indo-Pacific Command", "Fiji Revenue and Customs
    /// Service", "Japan Ministry of Foreign Affairs"); with <paramref name="companies"/>, a company's word ends them too.
    /// </summary>
    private static bool StateBodyAfter(string text, List<Token> tokens, int next, bool companies = false)
    {
        var head = -1;
        for (var k = next; k < tokens.Count && k < next + 8; k++)
        {
            if (k > next)
            {
                var gap = text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
                if (gap is not (" " or "-")) break;
            }

            var word = Word(text, tokens[k]);
            if (word is "and" && head >= 0) continue;
            if (!char.IsUpper(word[0])) break;
            head = k;
        }

        if (head < 0) return false;
        var last = Word(text, tokens[head]);
        return CountryWords.StateBodies.Contains(last) || (companies && CountryWords.CompanyWords.Contains(last));
    }

    /// <summary>
    /// Whether the capitalised word before a country's name at <paramref name="first"/> makes an organisation's name with it, not a
    /// person's: a company's word ("Air New Zealand"), or a common noun the article also writes in lower case after another
    /// capitalised word ("Water Safety New Zealand" beside "water safety").
    /// </summary>
    private static bool OrganisationBefore(string text, List<Token> tokens, int first, Func<string, bool> writtenLower)
    {
        var word = Word(text, tokens[first - 1]);
        if (CountryWords.CompanyWords.Contains(word)) return true;

        // "Jabatan Meteorologi Malaysia", "Universiti Malaysia Terengganu": where a name's head comes first, an organisation's word
        // among the capitalised words before the country makes them an organisation's name, not a person's.
        for (var k = first - 1; k >= 0 && k >= first - 4 && char.IsUpper(text[tokens[k].Start]) && (k == first - 1 || SingleSpaces(text, tokens, k, k + 1)); k--)
        {
            if (TagWords.OrgKeywords.Contains(Word(text, tokens[k]))) return true;
        }

        return first >= 2 && SingleSpaces(text, tokens, first - 2, first - 1) && char.IsUpper(text[tokens[first - 2].Start])
            && !tokens[first - 1].SentenceStart && writtenLower(word.ToLowerInvariant());
    }

    /// <summary>"Mr. Jordan", "Sen. Georgia Blake": a title with its dot before the name makes it a person's.</summary>
    private static bool AfterPersonalTitle(string text, List<Token> tokens, int first)
    {
        if (first < 1) return false;
        var title = tokens[first - 1];
        var gap = text.AsSpan(title.End, tokens[first].Start - title.End);
        return gap is ". " or " " && CountryWords.PersonalTitles.Contains(Word(text, title));
    }

    /// <summary>Whether the token at <paramref name="index"/> is one of <paramref name="words"/>, one space from the match's token at <paramref name="edge"/>.</summary>
    private static bool Adjacent(string text, List<Token> tokens, int index, int edge, System.Collections.Frozen.FrozenSet<string> words)
    {
        if (index < 0 || index >= tokens.Count) return false;
        var (left, right) = index < edge ? (index, edge) : (edge, index);
        return tokens[right].Start - tokens[left].End == 1 && text[tokens[left].End] == ' ' && words.Contains(Word(text, tokens[index]));
    }

    /// <summary>
    /// Whether the capitalised words from <paramref name="next"/> on (up to four, one space apart) hold a company's word:
    /// "Ethiopian Airlines", "Mexican Grill Partners Plc".
    /// </summary>
    private static bool CompanyAfter(string text, List<Token> tokens, int next)
    {
        for (var k = next; k < tokens.Count && k < next + 4 && SingleSpaces(text, tokens, k - 1, k); k++)
        {
            var word = Word(text, tokens[k]);
            if (!char.IsUpper(word[0]) || CountryWords.FunctionWords.Contains(word)) return false;
            if (CountryWords.CompanyWords.Contains(word)) return true;
        }

        return false;
    }

    /// <summary>"the town of Mexico": a settlement's noun and "of" before the name make it a town's.</summary>
    private static bool TownOf(string text, List<Token> tokens, int first) =>
        first >= 2 && SingleSpaces(text, tokens, first - 2, first - 1) && SingleSpaces(text, tokens, first - 1, first)
        && Word(text, tokens[first - 1]) == "of" && CountryWords.SettlementNouns.Contains(Word(text, tokens[first - 2]));

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
}
