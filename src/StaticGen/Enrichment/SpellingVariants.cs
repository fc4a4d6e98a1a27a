using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>
/// British and American spellings of one word ("defence", "defense"), from the embedded
/// <c>Enrichment/Data/spelling-variants.tsv</c>: a tag's identity spells each word the canonical way, so
/// one organisation spelt two ways is one tag. Pure; the table is read once.
/// </summary>
public static class SpellingVariants
{
    private static readonly (FrozenDictionary<string, string> Words, (string From, string To)[] Endings) s_table =
        Parse(EmbeddedResources.ReadText("data/spelling-variants.tsv"));

    /// <summary>The canonical spelling of one lower-case word ("defence" → "defense"), or the word itself.</summary>
    public static string Canonical(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (s_table.Words.TryGetValue(word, out var canonical)) return canonical;
        foreach (var (from, to) in s_table.Endings)
        {
            if (word.Length > from.Length + 1 && word.EndsWith(from, StringComparison.Ordinal)) return string.Concat(word.AsSpan(0, word.Length - from.Length), to);
        }

        return word;
    }

    /// <summary>
    /// Each word of a lower-case key spelt the canonical way; words are runs between <paramref name="separator"/>s
    /// (a slug's hyphens, a folded name's spaces). Returns the key itself when nothing changes.
    /// </summary>
    public static string CanonicalWords(string key, char separator)
    {
        ArgumentNullException.ThrowIfNull(key);
        var words = key.Split(separator);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var canonical = Canonical(words[i]);
            if (ReferenceEquals(canonical, words[i])) continue;
            words[i] = canonical;
            changed = true;
        }

        return changed ? string.Join(separator, words) : key;
    }

    /// <summary>Parses the table: <c>variant TAB canonical</c> per line, an ending when both start with '-', '#' comments.</summary>
    internal static (FrozenDictionary<string, string> Words, (string From, string To)[] Endings) Parse(string tsv)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var endings = new List<(string, string)>();
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0 || cells[0].StartsWith('-') != cells[1].StartsWith('-')
                || !string.Equals(cells[0], cells[0].ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new FormatException($"spelling-variants.tsv line {number}: expected 'variant TAB canonical' in lower case (both words or both endings), got '{line}'");
            }

            if (cells[0].StartsWith('-')) endings.Add((cells[0][1..], cells[1][1..]));
            else words[cells[0]] = cells[1];
        }

        // The longest ending first, so "-isations" wins over a shorter one it contains.
        return (words.ToFrozenDictionary(StringComparer.Ordinal), [.. endings.OrderByDescending(static e => e.Item1.Length)]);
    }
}
