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
    // Which words can start a phrase, told without hashing the word: for an ASCII first letter, the
    // lengths its first words have (bit n: n letters, bit 63: 63 or more); otherwise the first letter alone.
    private readonly ulong[] _asciiFirstLengths = new ulong[128];
    private readonly bool[] _firstChars = new bool[char.MaxValue + 1];
    private readonly int _maxWords;
    private readonly int _maxLength;

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

        _maxLength = _phrases.Keys.Select(static k => k.Length).DefaultIfEmpty().Max();
        foreach (var word in firstWords.Keys)
        {
            _firstChars[word[0]] = true;
            if (word[0] < 128) _asciiFirstLengths[word[0]] |= LengthBit(word.Length);
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

        // A candidate phrase is its tokens joined by single spaces, as written or with all-capitals words
        // capitalised ("NEW ZEALAND" → "New Zealand"), built in a buffer no longer than the longest phrase.
        Span<char> buffer = _maxLength <= 256 ? stackalloc char[_maxLength] : new char[_maxLength];
        Span<int> ends = _maxWords <= 32 ? stackalloc int[_maxWords] : new int[_maxWords];
        var firstCaps = FirstAllCaps(text, tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            // Most words start no phrase: their first letter and length rule them out without a lookup.
            // (Capitalising an all-capitals word keeps both.) Capitalised, a phrase differs only where one
            // of its words is in all capitals.
            if (MayStart(text[tokens[i].Start], tokens[i].Length)
                && (TryAt(text, tokens, i, capitalise: false, buffer, ends, out var match)
                    || (firstCaps >= 0 && AllCapsWithin(text, tokens, Math.Max(i, firstCaps), i + _maxWords) && TryAt(text, tokens, i, capitalise: true, buffer, ends, out match))))
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

    private bool MayStart(char first, int length) =>
        first < 128 ? (_asciiFirstLengths[first] & LengthBit(length)) != 0 : _firstChars[first];

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private bool TryAt(string text, IReadOnlyList<Token> tokens, int i, bool capitalise, Span<char> buffer, Span<int> ends, out PhraseMatch<T> match)
    {
        match = default;
        var first = tokens[i];
        if (first.Length > buffer.Length) return false;
        var length = Append(buffer, 0, text.AsSpan(first.Start, first.Length), capitalise);
        if (!_firstWords.TryGetValue(buffer[..length], out var maxWords)) return false;

        // The words the longest phrase starting here can have, as far as they fit the buffer.
        var n = 1;
        ends[0] = length;
        var most = Math.Min(Math.Min(maxWords, _maxWords), tokens.Count - i);
        while (n < most)
        {
            var next = tokens[i + n];
            if (length + 1 + next.Length > buffer.Length) break;
            buffer[length] = ' ';
            length = Append(buffer, length + 1, text.AsSpan(next.Start, next.Length), capitalise);
            ends[n++] = length;
        }

        for (; n >= 1; n--)
        {
            if (_lookup.TryGetValue(buffer[..ends[n - 1]], out var value))
            {
                var last = tokens[i + n - 1];
                match = new PhraseMatch<T>(value, i, n, first.Start, last.End);
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first word that capitalising changes, or -1.</summary>
    private static int FirstAllCaps(string text, IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (IsAllCaps(text.AsSpan(tokens[k].Start, tokens[k].Length))) return k;
        }

        return -1;
    }

    /// <summary>Whether a word from <paramref name="from"/> up to (not including) <paramref name="to"/> is one that capitalising changes.</summary>
    private static bool AllCapsWithin(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < Math.Min(tokens.Count, to); k++)
        {
            if (IsAllCaps(text.AsSpan(tokens[k].Start, tokens[k].Length))) return true;
        }

        return false;
    }

    /// <summary>
    /// A word of three or more characters whose letters are all capitals, with a capital after the first
    /// character ("KINGSTOWN"): the words capitalising changes ("2024" stays as it is).
    /// </summary>
    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        var changes = false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            changes |= k > 0;
        }

        return changes;
    }

    /// <summary>Copies <paramref name="word"/> into <paramref name="buffer"/> at <paramref name="at"/>, capitalised if asked and in all capitals; returns the end.</summary>
    private static int Append(Span<char> buffer, int at, ReadOnlySpan<char> word, bool capitalise)
    {
        word.CopyTo(buffer[at..]);
        if (capitalise && IsAllCaps(word))
        {
            for (var k = 1; k < word.Length; k++) buffer[at + k] = char.ToLowerInvariant(word[k]);
        }

        return at + word.Length;
    }
}
