using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>
/// The common nouns and adjectives of a language that capitalises every noun (German: <c>Data/common-words.de.txt</c>, written
/// from LanguageTool's German dictionary by <c>.tools/common-words.mjs</c>). On a page in it a capital letter is no evidence of a
/// name, so the tag detector asks whether a capitalised word is an ordinary word of the language ("Regeln", "Versorgung",
/// "Dienstag", "Bundesweite") rather than a name ("Olaf", "Vosskamp"). Read on the first German page, then shared.
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<FrozenSet<string>> s_german = new(static () =>
        DataRows.Lines(EmbeddedResources.ReadText("data/common-words.de.txt")).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The longest word looked up; longer ones are no common word.</summary>
    private const int MaxWordLength = 64;

    /// <summary>The shortest last part a compound is read by ("Premierminister": "Minister"), and the fewest letters before it.</summary>
    private const int MinCompoundTail = 5;

    private const int MinCompoundHead = 3;

    /// <summary>The endings of the German adjective's declension, longest first ("Bundesweite", "Neuen", "Sicheres").</summary>
    private static readonly string[] s_adjectiveEndings = ["en", "er", "es", "em", "e", ""];

    /// <summary>Whether <paramref name="language"/> has a list of common words.</summary>
    public static bool Knows(string language) => language == "de";

    /// <summary>
    /// Whether <paramref name="word"/>, capitalised as a page in <paramref name="language"/> writes it, is one of its common nouns,
    /// or a compound ending in one ("Geschäftsführer", "Corona-Regeln").
    /// </summary>
    public static bool IsNoun(string language, ReadOnlySpan<char> word)
    {
        if (!Knows(language) || word.Length is < 2 or > MaxWordLength || !char.IsUpper(word[0])) return false;
        var hyphen = word.LastIndexOfAny('-', '‐');
        if (hyphen >= 0)
        {
            word = word[(hyphen + 1)..];
            if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        }

        var set = s_german.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        if (set.Contains(word)) return true;
        Span<char> tail = stackalloc char[word.Length];
        for (var k = MinCompoundHead; k <= word.Length - MinCompoundTail; k++)
        {
            if (!char.IsLower(word[k])) continue;
            tail[0] = char.ToUpperInvariant(word[k]);
            word[(k + 1)..].CopyTo(tail[1..]);
            if (set.Contains(tail[..(word.Length - k)])) return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/>, in any case, is a declined form of one of the language's common adjectives ("Bundesweite").</summary>
    public static bool IsAdjective(string language, ReadOnlySpan<char> word)
    {
        if (!Knows(language) || word.Length is < 2 or > MaxWordLength) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var set = s_german.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var ending in s_adjectiveEndings)
        {
            if (lower.Length > ending.Length + 1 && lower.EndsWith(ending, StringComparison.Ordinal) && set.Contains(lower[..^ending.Length])) return true;
        }

        return false;
    }
}
