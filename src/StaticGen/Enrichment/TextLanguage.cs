using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>
/// Tells the language an article's text is written in from its function words (the embedded
/// <c>Enrichment/Data/text-languages.tsv</c>): the language whose words it uses most, English unless another
/// language clearly wins. Detection reads a page in its own language: a word that names a country in one language
/// ("Island", Iceland in Danish) is an ordinary word or a person's name in another.
/// </summary>
public static class TextLanguage
{
    /// <summary>The language a text is taken to be in when no other language clearly wins.</summary>
    public const string English = "en";

    // The languages in the table's order, each word's languages as bits in that order, each language's genitive ending, and
    // the languages that capitalise their nouns.
    private static readonly (string[] Languages, FrozenDictionary<string, int> Words, FrozenDictionary<string, string> Genitives, FrozenSet<string> NounCapitals) s_table =
        Parse(EmbeddedResources.ReadText("data/text-languages.tsv"));

    /// <summary>The languages the table can tell, English first.</summary>
    public static IReadOnlyList<string> Languages => s_table.Languages;

    /// <summary>The ending <paramref name="language"/>'s genitive adds to a country's name ("s": "Deutschlands"), or "".</summary>
    public static string Genitive(string language) => s_table.Genitives.GetValueOrDefault(language, "");

    /// <summary>Whether <paramref name="word"/>, in any case, is one of the function words of <paramref name="language"/> ("Auch", "für").</summary>
    public static bool IsFunctionWord(string language, ReadOnlySpan<char> word)
    {
        var index = Array.IndexOf(s_table.Languages, language);
        if (index < 0 || word.Length > MaxWordLength) return false;
        Span<char> lower = stackalloc char[MaxWordLength];
        var length = word.ToLowerInvariant(lower);
        return s_table.Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower[..length], out var bits) && (bits & (1 << index)) != 0;
    }

    /// <summary>Whether <paramref name="language"/> capitalises every noun (German), so that a capitalised word is no evidence of a name.</summary>
    public static bool CapitalisesNouns(string language) => s_table.NounCapitals.Contains(language);

    /// <summary>The language of <paramref name="segments"/>: a tag of <see cref="Languages"/>.</summary>
    public static string Detect(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var (languages, words, _, _) = s_table;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> counts = stackalloc int[languages.Length];
        Span<char> lower = stackalloc char[MaxWordLength];
        foreach (var segment in segments)
        {
            var text = segment.Text;
            foreach (var token in segment.TokenList)
            {
                if (token.Length > MaxWordLength) continue;
                var word = text.AsSpan(token.Start, token.Length);
                word.ToLowerInvariant(lower);
                if (!lookup.TryGetValue(lower[..token.Length], out var bits)) continue;
                for (var i = 0; i < languages.Length; i++)
                {
                    if ((bits & (1 << i)) != 0) counts[i]++;
                }
            }
        }

        // A clear win: half again as many words as English has, and a few words at least (a headline alone says little).
        var best = 1;
        for (var i = 2; i < languages.Length; i++)
        {
            if (counts[i] > counts[best]) best = i;
        }

        return counts[best] >= MinWords && counts[best] * 2 > counts[0] * 3 ? languages[best] : English;
    }

    /// <summary>No function word of the table is longer; longer tokens are not looked up.</summary>
    private const int MaxWordLength = 8;

    /// <summary>Fewer function words than this say nothing of a text's language.</summary>
    private const int MinWords = 8;

    private static (string[], FrozenDictionary<string, int>, FrozenDictionary<string, string>, FrozenSet<string>) Parse(string tsv)
    {
        var languages = new List<string>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var genitives = new Dictionary<string, string>(StringComparer.Ordinal);
        var nounCapitals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cells in DataRows.Of(tsv, header: true))
        {
            if (cells.Length != 4) throw new FormatException($"text-languages.tsv: a row has {cells.Length} columns, expected 4: {string.Join('\t', cells)}");
            genitives[cells[0]] = cells[2];
            if (cells[3] == "nouns") nounCapitals.Add(cells[0]);
            var bit = 1 << languages.Count;
            languages.Add(cells[0]);
            foreach (var word in cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[word] = words.GetValueOrDefault(word) | bit;
            }
        }

        if (languages.Count == 0 || languages[0] != English) throw new FormatException("text-languages.tsv must list English first");
        return ([.. languages], words.ToFrozenDictionary(StringComparer.Ordinal), genitives.ToFrozenDictionary(StringComparer.Ordinal), nounCapitals.ToFrozenSet(StringComparer.Ordinal));
    }
}
