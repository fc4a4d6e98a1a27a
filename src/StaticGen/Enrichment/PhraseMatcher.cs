using System.Text;

namespace StaticGen.Enrichment;

/// <summary>A phrase found in a text: the value it maps to, its token range and its character range.</summary>
public readonly record struct PhraseMatch<T>(T Value, int FirstToken, int TokenCount, int Start, int End);

/// <summary>
/// Finds known phrases in a text by whole words, longest match first, in one pass over its tokens:
/// "Papua New Guinea" wins over "Guinea", "New Mexico" hides "Mexico". Matching is case-sensitive
/// (a name is capitalised), except that an all-capitals phrase in the text ("KINGSTOWN") also
/// matches its capitalised form. Built once, immutable, thread-safe.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, T> _phrases;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly int _maxWords;

    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = new Dictionary<string, T>(StringComparer.Ordinal);
        var firstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (phrase, value) in phrases)
        {
            var words = Words(phrase);
            if (words.Count == 0) continue;
            _phrases.TryAdd(string.Join(' ', words), value);
            firstWords[words[0]] = Math.Max(firstWords.GetValueOrDefault(words[0]), words.Count);
            _maxWords = Math.Max(_maxWords, words.Count);
        }

        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _phrases.Count;

    /// <summary>The words of a phrase as the tokenizer sees them ("U.S." → "U", "S").</summary>
    public static List<string> Words(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length))];

    /// <summary>Every match in <paramref name="text"/>, left to right, longest first, never overlapping.</summary>
    public List<PhraseMatch<T>> Matches(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var matches = new List<PhraseMatch<T>>();
        if (tokens.Count == 0 || _phrases.Count == 0) return matches;

        // The tokens joined by single spaces, in original and capitalised-if-all-caps forms, so any
        // n-gram is one span of the buffer.
        var joined = new StringBuilder(text.Length);
        var titled = new StringBuilder(text.Length);
        var offsets = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t > 0)
            {
                joined.Append(' ');
                titled.Append(' ');
            }

            offsets[t] = joined.Length;
            var word = text.AsSpan(tokens[t].Start, tokens[t].Length);
            joined.Append(word);
            AppendTitleCase(titled, word);
        }

        var original = joined.ToString();
        var capitalised = titled.ToString();
        var hasCaps = !string.Equals(original, capitalised, StringComparison.Ordinal);

        var i = 0;
        while (i < tokens.Count)
        {
            var found = TryAt(original, offsets, tokens, i, out var match)
                || (hasCaps && TryAt(capitalised, offsets, tokens, i, out match));
            if (found)
            {
                matches.Add(match);
                i += match.TokenCount;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private bool TryAt(string buffer, int[] offsets, IReadOnlyList<Token> tokens, int i, out PhraseMatch<T> match)
    {
        match = default;
        if (!_firstWords.TryGetValue(buffer.AsSpan(offsets[i], tokens[i].Length), out var maxWords)) return false;
        for (var n = Math.Min(Math.Min(maxWords, _maxWords), tokens.Count - i); n >= 1; n--)
        {
            var last = i + n - 1;
            var end = offsets[last] + tokens[last].Length;
            if (_lookup.TryGetValue(buffer.AsSpan(offsets[i], end - offsets[i]), out var value))
            {
                match = new PhraseMatch<T>(value, i, n, tokens[i].Start, tokens[last].End);
                return true;
            }
        }

        return false;
    }

    private static void AppendTitleCase(StringBuilder sb, ReadOnlySpan<char> word)
    {
        var allCaps = word.Length >= 3;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                allCaps = false;
                break;
            }
        }

        if (!allCaps)
        {
            sb.Append(word);
            return;
        }

        sb.Append(word[0]);
        for (var k = 1; k < word.Length; k++) sb.Append(char.ToLowerInvariant(word[k]));
    }
}
