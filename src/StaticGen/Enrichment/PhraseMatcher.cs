using System.Runtime.InteropServices;

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
    // Which words can start a phrase, told without hashing the word: for an ASCII first letter and a
    // length (63: 63 or more), the last letters its words have (bit: the lower-case letter's code mod 64);
    // otherwise the first letter alone. A word that starts only longer phrases ("the" of "the Netherlands")
    // is looked up only when the next word can be a second word (told by its first letter and length),
    // so the most frequent words of a text cost no lookup.
    private readonly ulong[] _asciiAlone = new ulong[128 * 64];
    private readonly ulong[] _asciiFirst = new ulong[128 * 64];
    private readonly ulong[] _asciiSecondLengths = new ulong[128];
    private readonly bool[] _firstChars = new bool[char.MaxValue + 1];
    private readonly bool[] _secondChars = new bool[char.MaxValue + 1];
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
            var first = words[0];
            if (words.Count == 1)
            {
                if (first[0] < 128) _asciiAlone[Shape(first[0], first.Length)] |= LastBit(first[^1]);
                else _firstChars[first[0]] = true;
            }
            else
            {
                if (first[0] < 128) _asciiFirst[Shape(first[0], first.Length)] |= LastBit(first[^1]);
                else _firstChars[first[0]] = true;
                var second = words[1];
                if (second[0] < 128) _asciiSecondLengths[second[0]] |= LengthBit(second.Length);
                else _secondChars[second[0]] = true;
            }
        }

        _maxLength = _phrases.Keys.Select(static k => k.Length).DefaultIfEmpty().Max();

        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _phrases.Count;

    /// <summary>The words of a phrase as the tokenizer sees them ("U.S." → "U", "S").</summary>
    public static List<string> Words(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length))];

    /// <summary>Every match in <paramref name="text"/> (split into <paramref name="tokens"/>), left to right, longest first, never overlapping.</summary>
    public List<PhraseMatch<T>> Matches(string text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Matches(text, CollectionsMarshal.AsSpan(tokens));
    }

    private List<PhraseMatch<T>> Matches(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<PhraseMatch<T>>();
        if (tokens.Length == 0 || _phrases.Count == 0) return matches;

        // A candidate phrase is its tokens joined by single spaces, as written or with all-capitals words
        // capitalised ("NEW ZEALAND" → "New Zealand"), built in a buffer no longer than the longest phrase.
        Span<char> buffer = _maxLength <= 256 ? stackalloc char[_maxLength] : new char[_maxLength];
        Span<int> ends = _maxWords <= 32 ? stackalloc int[_maxWords] : new int[_maxWords];
        var nextCaps = Unknown;
        var i = 0;
        while (i < tokens.Length)
        {
            // Most words start no phrase: their first letter and length rule them out without a lookup.
            // (Capitalising an all-capitals word keeps both.) Capitalised, a phrase differs only where one
            // of its words is in all capitals.
            if (MayStart(text, tokens, i)
                && (TryAt(text, tokens, i, capitalise: false, buffer, ends, out var match)
                    || (NextAllCaps(text, tokens, i, ref nextCaps) is >= 0 and var caps && caps < i + _maxWords
                        && TryAt(text, tokens, i, capitalise: true, buffer, ends, out match))))
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

    /// <summary>
    /// Whether a phrase may start at token <paramref name="i"/>: a word of its first letter and length is a
    /// phrase alone, or starts longer phrases and the next word may be their second. (Capitalising an
    /// all-capitals word keeps its first letter and length.)
    /// </summary>
    private bool MayStart(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var first = text[token.Start];
        if (first >= 128) return _firstChars[first];
        var shape = Shape(first, token.Length);
        var last = LastBit(text[token.End - 1]);
        if ((_asciiAlone[shape] & last) != 0) return true;
        if ((_asciiFirst[shape] & last) == 0 || i + 1 >= tokens.Length) return false;
        var second = text[tokens[i + 1].Start];
        return second >= 128 ? _secondChars[second] : (_asciiSecondLengths[second] & LengthBit(tokens[i + 1].Length)) != 0;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>The table slot of a word by its ASCII first letter and its length.</summary>
    private static int Shape(char first, int length) => first * 64 + Math.Min(length, 63);

    /// <summary>The bit of a word's last letter, the same in any case (capitalising a word in all capitals lower-cases its last letter).</summary>
    private static ulong LastBit(char last) => 1UL << (char.ToLowerInvariant(last) & 63);

    private bool TryAt(string text, ReadOnlySpan<Token> tokens, int i, bool capitalise, Span<char> buffer, Span<int> ends, out PhraseMatch<T> match)
    {
        match = default;
        var first = tokens[i];
        if (first.Length > buffer.Length) return false;
        var length = Append(buffer, 0, text.AsSpan(first.Start, first.Length), capitalise);
        if (!_firstWords.TryGetValue(buffer[..length], out var maxWords)) return false;

        // The words the longest phrase starting here can have, as far as they fit the buffer.
        var n = 1;
        ends[0] = length;
        var most = Math.Min(Math.Min(maxWords, _maxWords), tokens.Length - i);
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

    private const int Unknown = -2;

    /// <summary>
    /// The first word from <paramref name="i"/> on that capitalising changes, or -1. <paramref name="next"/> keeps the
    /// answer for the calls that follow (with a larger <paramref name="i"/>), so the text is read once.
    /// </summary>
    private static int NextAllCaps(string text, ReadOnlySpan<Token> tokens, int i, ref int next)
    {
        if (next != Unknown && (next < 0 || next >= i)) return next;
        next = -1;
        for (var k = i; k < tokens.Length; k++)
        {
            if (IsAllCaps(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            {
                next = k;
                break;
            }
        }

        return next;
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
