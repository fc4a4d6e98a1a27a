namespace StaticGen.Enrichment;

// The kinds rules of country detection: a country's word that names a kind of thing (a species, a craft, a colour, a breed,
// a product) rather than the country.
public sealed partial class CountryDetector
{
    /// <summary>
    /// Whether the words after a demonym or a country's name name a kind of thing or a language ("French beans", "Danish butter
    /// cookies", "Chilean sea bass", "three Iceland gulls", "by Panama disease", "Egyptian blue"): a listed kind's noun among
    /// the next three lower-case words (up to a verb or function word), unless one of them is a noun of the country's people or
    /// affairs ("Chilean salmon farmers" are the country's people). A colour counts only right after the country's word,
    /// ending the words or before a word for paint or dye. A compound WordNet lists ("Greek chorus", "Madagascar periwinkle")
    /// is a kind whatever follows it, and a noun of a kind of thing in <see cref="CountryWords.KindNouns"/> ("Vietnamese
    /// coriander", "Russian nesting dolls") is one when it ends the words: "Indian cotton mills" are the country's.
    /// After a country's own name (<paramref name="adjacent"/>) only the next word is read: a thing is named by the name and its
    /// noun ("Brazil nuts", "Sudan grass"); "projects in Australia slowed down" goes on with a verb, not a kind of down.
    /// </summary>
    private static bool NamesAThing(string text, List<Token> tokens, int first, int next, bool adjacent = false)
    {
        if (KnownCompound(text, tokens, first, next)) return true;
        var kind = false;
        for (var k = next; k < (adjacent ? next + 1 : next + 3) && k < tokens.Count; k++)
        {
            if (!SingleSpaces(text, tokens, k - 1, k) || !char.IsLower(text[tokens[k].Start])) break;
            var word = Word(text, tokens[k]);

            // "Portuguese man-of-war", "Brazilian jiu-jitsu": a hyphenated noun is read whole.
            var end = tokens[k].End;
            while (end + 1 < text.Length && text[end] == '-' && Tokenizer.IsWordChar(text[end + 1]))
            {
                end++;
                while (end < text.Length && Tokenizer.IsWordChar(text[end])) end++;
            }

            if (end > tokens[k].End)
            {
                if (CountryWords.DemonymThings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(tokens[k].Start, end - tokens[k].Start))) return true;

                // "blue-water sailors": a compound adjective, read past.
                while (k + 1 < tokens.Count && tokens[k + 1].End <= end) k++;
                continue;
            }

            // "Egyptian blue", "Congo red dye"; before any other noun ("Thai green curry") the colour only describes it.
            if (k == next && CountryWords.KindColours.Contains(word))
            {
                var after = k + 1;
                if (after >= tokens.Count || !SingleSpaces(text, tokens, k, after) || !char.IsLower(text[tokens[after].Start])
                    || CountryWords.NotNouns.Contains(Word(text, tokens[after])) || CountryWords.ColourCarriers.Contains(Word(text, tokens[after]))) return true;
                continue;
            }

            // "Chilean salmon farmers": the words end in the country's people, whatever kind they name on the way.
            if (IsCountryNoun(word)) return false;
            if (CountryWords.NotNouns.Contains(word)) break;
            kind |= CountryWords.DemonymThings.Contains(word) || (word.Length > 4 && word[^1] == 's' && CountryWords.DemonymThings.Contains(word[..^1]))
                || (EndsNounPhrase(text, tokens, k) && IsKindNoun(word));
        }

        return kind;
    }

    /// <summary>"Greek chorus", "Madagascar periwinkles": the country's word and the lower-case words after it make a compound WordNet lists.</summary>
    private static bool KnownCompound(string text, List<Token> tokens, int first, int next)
    {
        for (var k = next; k < next + 3 && k < tokens.Count; k++)
        {
            if (!SingleSpaces(text, tokens, k - 1, k) || !char.IsLower(text[tokens[k].Start])) return false;
            var compound = text.AsSpan(tokens[first].Start, tokens[k].End - tokens[first].Start);
            var lookup = CountryWords.KindCompounds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.Contains(compound) || (compound[^1] == 's' && lookup.Contains(compound[..^1]))) return true;
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="k"/> ends a noun phrase: no lower-case noun follows it.</summary>
    private static bool EndsNounPhrase(string text, List<Token> tokens, int k)
    {
        var after = k + 1;
        if (after >= tokens.Count || !SingleSpaces(text, tokens, k, after) || !char.IsLower(text[tokens[after].Start])) return true;
        var word = Word(text, tokens[after]);
        return CountryWords.NotNouns.Contains(word) || CountryWords.StatementVerbs.Contains(word)
            || (word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)));
    }

    /// <summary>A noun of a kind of thing (<see cref="CountryWords.KindNouns"/>), singular or plural ("dolls", "lilies", "peaches").</summary>
    private static bool IsKindNoun(string word) =>
        CountryWords.KindNouns.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && CountryWords.KindNouns.Contains(word[..^1]))
        || (word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && CountryWords.KindNouns.Contains(word[..^2]))
        || (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) && CountryWords.KindNouns.Contains(string.Concat(word.AsSpan(0, word.Length - 3), "y")));

    /// <summary>A noun of a country's people, institutions, land or affairs ("officials", "waters", "exports", "scientists").</summary>
    private static bool IsCountryNoun(string word) =>
        CountryWords.CountryNouns.Contains(word) || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal);

    /// <summary>
    /// "Peruvian Paso horses", "a Turkish Van cat": a demonym that runs on into one capitalised word, which ends the name, is
    /// the first word of a longer proper name (a breed, a dish, a room, a club), not the country. A title ("Kenyan President"),
    /// a state institution ("Kenyan Navy"), a function word or a place after it leaves it the country, and so does a person's
    /// full name after it ("Kenyan Ruth Wanjiru", two capitalised words), which says where the person is from. A longer
    /// capitalised run is a product's name when its first word is a common word the article also writes in lower case ("the
    /// Danish Comfort Knit blanket line" beside "buyers want comfort").
    /// </summary>
    private static bool DemonymStartsName(string text, List<Token> tokens, bool[] placeTokens, int next, Func<string, bool> writtenLower)
    {
        if (next >= tokens.Count || placeTokens[next] || tokens[next].SentenceStart || !SingleSpaces(text, tokens, next - 1, next)) return false;
        var word = Word(text, tokens[next]);
        if (!char.IsUpper(word[0]) || word.All(char.IsUpper) || CountryWords.FunctionWords.Contains(word) || CountryWords.Titles.Contains(word)
            || CountryWords.StateInstitutions.Contains(word) || CountryWords.StateNouns.Contains(word)) return false;
        var after = next + 1;
        return after >= tokens.Count || !SingleSpaces(text, tokens, next, after) || !char.IsUpper(text[tokens[after].Start])
            || ProductName(text, tokens, next, writtenLower);
    }

    /// <summary>
    /// "the Danish Comfort Knit blanket line": a capitalised run after a demonym, whose first word the article also writes in
    /// lower case and with no organisation's word in it ("the Danish Comfort Knit Association" is the country's body), before a
    /// lower-case noun: a product's name.
    /// </summary>
    private static bool ProductName(string text, List<Token> tokens, int first, Func<string, bool> writtenLower)
    {
        var word = Word(text, tokens[first]).ToLowerInvariant();
        if (word.Length < 3 || CountryWords.CountryNouns.Contains(word) || !writtenLower(word)) return false;
        var k = first;
        while (k < tokens.Count && k < first + 4 && (k == first || SingleSpaces(text, tokens, k - 1, k)) && char.IsUpper(text[tokens[k].Start]))
        {
            if (TagWords.OrgKeywords.Contains(Word(text, tokens[k]))) return false;
            k++;
        }

        return k < tokens.Count && SingleSpaces(text, tokens, k - 1, k) && char.IsLower(text[tokens[k].Start])
            && !CountryWords.NotNouns.Contains(Word(text, tokens[k])) && !CountryWords.StatementVerbs.Contains(Word(text, tokens[k]));
    }

    /// <summary>
    /// "a Red Danish heifer", "in Middle English": a capitalised word inside the sentence right before a demonym (not a function word, a title, a
    /// place's first word such as "East", or an acronym) makes the demonym the second word of a name, a breed's or a dish's.
    /// </summary>
    private static bool DemonymEndsName(string text, List<Token> tokens, bool[] placeTokens, int first)
    {
        var before = first - 1;
        if (before < 0 || placeTokens[before] || tokens[before].SentenceStart || tokens[first].SentenceStart || !SingleSpaces(text, tokens, before, first)) return false;
        var word = Word(text, tokens[before]);
        return char.IsUpper(word[0]) && word.Length > 1 && !word.All(char.IsUpper) && !CountryWords.FunctionWords.Contains(word)
            && !CountryWords.Titles.Contains(word) && !CountryWords.PlacePrefixes.Contains(word) && !CountryWords.PersonalTitles.Contains(word);
    }
}
