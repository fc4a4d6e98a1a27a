using System.Collections.Frozen;

namespace StaticGen.Content;

/// <summary>
/// Tells the language a text is written in from its function words (the embedded <c>Content/Data/text-languages.tsv</c>):
/// the language whose words it uses most, English unless another language clearly wins, and <see cref="Other"/> when a
/// long text has hardly an English word and no language of the table wins. The reader decides once per page, on its
/// running text (<see cref="ParsedArticle.Language"/>), and every later step reads that verdict: numeric dates are read day
/// first off English, and detection reads a page in its own language (a word that names a country in one language,
/// "Island", Iceland in Danish, is an ordinary word or a person's name in another).
/// </summary>
public static class TextLanguage
{
    /// <summary>The language a text is taken to be in when no other language clearly wins.</summary>
    public const string English = "en";

    /// <summary>A language that is not English and not one of the table's (BCP 47 "undetermined"): detection reads it as English.</summary>
    public const string Other = "und";

    // The languages in the table's order, each word's languages as bits in that order, each language's case rules, the
    // languages that capitalise their nouns and those that write a name's case ending after an apostrophe.
    private static readonly (string[] Languages, FrozenDictionary<string, int> Words, FrozenDictionary<string, (string Final, string[] Endings)[]> Cases, FrozenSet<string> NounCapitals, FrozenSet<string> ApostropheCases) s_table =
        Parse(EmbeddedResources.ReadText("data/text-languages.tsv"));

    /// <summary>The languages the table can tell, English first.</summary>
    public static IReadOnlyList<string> Languages => s_table.Languages;

    /// <summary>
    /// The inflected forms <paramref name="language"/> makes of a country's <paramref name="name"/> by its case rules
    /// ("Deutschlands"; Polish "Litwy", "Litwie"; Finnish "Venäjän", "Venäjällä"), without the name itself; none when the
    /// language adds no ending.
    /// </summary>
    public static IEnumerable<string> CaseForms(string language, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || !s_table.Cases.TryGetValue(language, out var rules)) yield break;
        (string Final, string[] Endings)? best = null;
        foreach (var rule in rules)
        {
            if (name.Length > rule.Final.Length && name.EndsWith(rule.Final, StringComparison.Ordinal) && (best is null || rule.Final.Length > best.Value.Final.Length)) best = rule;
        }

        if (best is not { } chosen) yield break;
        var stem = name[..^chosen.Final.Length];
        foreach (var ending in chosen.Endings) yield return stem + ending;
    }

    /// <summary>Whether <paramref name="word"/>, in any case, is one of the function words of <paramref name="language"/> ("Auch", "für").</summary>
    public static bool IsFunctionWord(string language, ReadOnlySpan<char> word)
    {
        var index = Array.IndexOf(s_table.Languages, language);
        if (index < 0 || word.Length > MaxWordLength) return false;
        Span<char> lower = stackalloc char[MaxWordLength];
        var length = word.ToLowerInvariant(lower);
        return s_table.Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..length], out var bits) && (bits & (1 << index)) != 0;
    }

    /// <summary>Whether <paramref name="language"/> inflects names by case (the table's case rules: German's genitive, Polish, Finnish…).</summary>
    public static bool Inflects(string language) => s_table.Cases.ContainsKey(language);

    /// <summary>Whether <paramref name="language"/> capitalises every noun (German), so that a capitalised word is no evidence of a name.</summary>
    public static bool CapitalisesNouns(string language) => s_table.NounCapitals.Contains(language);

    /// <summary>
    /// Whether <paramref name="language"/> writes a name's case ending after an apostrophe (Turkish "Ankara’da", "Erdoğan’ın"), so
    /// that the ending is no part of the name. Elsewhere an apostrophe stands inside names ("Sana’a", "Hawai’i", "O’Brien").
    /// </summary>
    public static bool WritesCasesAfterApostrophe(string language) => s_table.ApostropheCases.Contains(language);

    /// <summary>The language of <paramref name="texts"/>: a tag of <see cref="Languages"/>, or <see cref="Other"/>.</summary>
    public static string Detect(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var (languages, words, _, _, _) = s_table;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> counts = stackalloc int[languages.Length];
        Span<char> lower = stackalloc char[MaxWordLength];
        var total = 0;
        foreach (var text in texts)
        {
            var i = 0;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                total++;
                if (i - start > MaxWordLength) continue;
                var length = text.AsSpan(start, i - start).ToLowerInvariant(lower);
                if (!lookup.TryGetValue(lower[..length], out var bits)) continue;
                for (var l = 0; l < languages.Length; l++)
                {
                    if ((bits & (1 << l)) != 0) counts[l]++;
                }
            }
        }

        // A clear win: half again as many words as English has, and a few words at least (a headline alone says little).
        var best = 1;
        for (var l = 2; l < languages.Length; l++)
        {
            if (counts[l] > counts[best]) best = l;
        }

        if (counts[best] >= MinWords && counts[best] * 2 > counts[0] * 3) return languages[best];

        // Running text of some length without the few English words every English text is made of is in another language.
        return total >= MinWordsForOther && counts[0] < MinWords ? Other : English;
    }

    /// <summary>No function word of the table is longer; longer tokens are not looked up.</summary>
    private const int MaxWordLength = 8;

    /// <summary>Fewer function words than this say nothing of a text's language (it is taken as English).</summary>
    private const int MinWords = 8;

    /// <summary>The fewest words of running text that say a text is in another language when hardly one is an English function word.</summary>
    private const int MinWordsForOther = 80;

    private static (string[], FrozenDictionary<string, int>, FrozenDictionary<string, (string, string[])[]>, FrozenSet<string>, FrozenSet<string>) Parse(string tsv)
    {
        var languages = new List<string>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var cases = new Dictionary<string, (string, string[])[]>(StringComparer.Ordinal);
        var nounCapitals = new HashSet<string>(StringComparer.Ordinal);
        var apostropheCases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cells in DataRows.Of(tsv, header: true))
        {
            if (cells.Length != 4) throw new FormatException($"text-languages.tsv: a row has {cells.Length} columns, expected 4: {string.Join('\t', cells)}");
            if (cells[2].Length > 0) cases[cells[0]] = [.. cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CaseRule)];
            switch (cells[3])
            {
                case "nouns": nounCapitals.Add(cells[0]); break;
                case "apostrophe": apostropheCases.Add(cells[0]); break;
                case "": break;
                default: throw new FormatException($"text-languages.tsv: '{cells[3]}' is no way of writing names ('nouns', 'apostrophe' or nothing)");
            }

            var bit = 1 << languages.Count;
            languages.Add(cells[0]);
            foreach (var word in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > MaxWordLength) throw new FormatException($"text-languages.tsv: '{word}' is longer than {MaxWordLength} letters");
                words[word] = words.GetValueOrDefault(word) | bit;
            }
        }

        if (languages.Count == 0 || languages[0] != English) throw new FormatException("text-languages.tsv must list English first");
        return ([.. languages], words.ToFrozenDictionary(StringComparer.Ordinal), cases.ToFrozenDictionary(StringComparer.Ordinal), nounCapitals.ToFrozenSet(StringComparer.Ordinal), apostropheCases.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>"a:y,ie" → ("a", ["y", "ie"]); "s:" → ("s", []).</summary>
    private static (string, string[]) CaseRule(string rule)
    {
        var colon = rule.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) throw new FormatException($"text-languages.tsv: the case rule '{rule}' has no ':'");
        return (rule[..colon], rule[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries));
    }
}
