using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace StaticGen.Content.Reading;

/// <summary>
/// The content words of an article's opening (the lede and the paragraphs after it), to weigh title candidates: a
/// headline shares words with the text it heads; a section label, a site's name or a button does not. Content words
/// are words of three letters or more that are not stop words, compared in lower case; words of five letters or more
/// also match on their first five letters ("strike" and "strikers"). A headline's short word in capitals ("PM", "EU",
/// "NHS") also matches the initials of a run of capitalised words in the opening ("Prime Minister", "European Union"), as
/// headlines abbreviate what the text spells out. Built once per article. Words are kept by a 64-bit hash of their lowered
/// letters, as the pile keeps lines (<see cref="PileTable"/>): an opening has a few hundred words, and a string for each
/// was most of the cost of reading it.
/// </summary>
public sealed class OpeningWords
{
    /// <summary>How many prose lines from the lede on make the opening.</summary>
    public const int Lines = 5;

    private const int PrefixLength = 5;

    /// <summary>About one content word in this many characters of prose: the sets are made that big at once, not grown.</summary>
    private const int CharsPerContentWord = 12;

    private readonly HashSet<ulong> _words;
    private readonly HashSet<ulong> _prefixes;
    private readonly HashSet<string> _initials = new(StringComparer.Ordinal);

    public OpeningWords(IEnumerable<string> texts, ReaderData data)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(data);
        var list = texts as IReadOnlyCollection<string> ?? [.. texts];
        var capacity = list.Sum(static t => t.Length) / CharsPerContentWord;
        _words = new(capacity);
        _prefixes = new(capacity);
        Span<char> buffer = stackalloc char[MaxStackWord];
        foreach (var text in list)
        {
            for (var (start, end) = NextWord(text, 0); start >= 0; (start, end) = NextWord(text, end))
            {
                var word = Lower(text.AsSpan(start, end - start), buffer);
                if (IsStopWord(word, data)) continue;
                _words.Add(Key(word));
                if (word.Length >= PrefixLength) _prefixes.Add(Key(word[..PrefixLength]));
            }

            AddInitials(text);
        }
    }

    /// <summary>The shortest and longest abbreviation matched against initials ("PM", "NATO").</summary>
    private const int MinInitials = 2;

    private const int MaxInitials = 4;

    /// <summary>
    /// Adds the initials of every run of two to four capitalised words of <paramref name="text"/> ("Prime Minister Voreqe
    /// Bainimarama" gives "PM", "PMV", "MV", …), and the words already in capitals of that length ("EU").
    /// </summary>
    private void AddInitials(string text)
    {
        // Added as spans: an abbreviation already in the set costs no string.
        var initials = _initials.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> run = stackalloc char[MaxInitials];
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                // A run of names goes on over spaces only ("Prime Minister"); a comma or full stop ends it.
                if (text[i] != ' ') length = 0;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (word.Length is >= MinInitials and <= MaxInitials && IsCapitals(word)) initials.Add(word);
            if (!char.IsUpper(word[0]) || IsCapitals(word))
            {
                length = 0;
                continue;
            }

            if (length == MaxInitials)
            {
                run[1..].CopyTo(run);
                length--;
            }

            run[length++] = word[0];
            for (var from = 0; from <= length - MinInitials; from++) initials.Add(run[from..length]);
        }
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    /// <summary>How many distinct content words of <paramref name="line"/> the opening has, and how many content words the line has.</summary>
    public (int Shared, int Content) Shared(string line, ReaderData data)
    {
        var seen = new HashSet<ulong>(line.Length / CharsPerContentWord);
        var initials = _initials.GetAlternateLookup<ReadOnlySpan<char>>();
        // An abbreviation is told from the rest only in a line with lower case: a line all in capitals is a label.
        var abbreviates = line.Any(char.IsLower);
        Span<char> buffer = stackalloc char[MaxStackWord];
        var shared = 0;
        for (var (start, end) = NextWord(line, 0); start >= 0; (start, end) = NextWord(line, end))
        {
            var original = line.AsSpan(start, end - start);
            var word = Lower(original, buffer);
            if (IsStopWord(word, data)) continue;
            var key = Key(word);
            if (!seen.Add(key)) continue;
            if (_words.Contains(key) || (word.Length >= PrefixLength && _prefixes.Contains(Key(word[..PrefixLength])))) shared++;
            else if (abbreviates && original.Length <= MaxInitials && IsCapitals(original) && initials.Contains(original)) shared++;
        }

        // Two capitals alone ("PM", "NZ") are too short to be a content word, but an abbreviation in a headline in lower case.
        if (abbreviates)
        {
            for (var i = 0; i + MinInitials <= line.Length; i++)
            {
                if ((i > 0 && char.IsLetter(line[i - 1])) || !char.IsUpper(line[i]) || !char.IsUpper(line[i + 1]) || (i + 2 < line.Length && char.IsLetter(line[i + 2]))) continue;
                var pair = line.AsSpan(i, MinInitials);
                if (!seen.Add(Key(Lower(pair, buffer)))) continue;
                if (initials.Contains(pair)) shared++;
            }
        }

        return (shared, seen.Count);
    }

    /// <summary>Words this long or shorter are lowered on the stack; longer ones (rare) in a new array.</summary>
    private const int MaxStackWord = 64;

    /// <summary>The next run of letters of three or more from <paramref name="from"/> on: a content word unless it is a stop word; (-1, -1) when none.</summary>
    private static (int Start, int End) NextWord(string text, int from)
    {
        var start = -1;
        for (var i = from; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }

            if (start >= 0 && i - start >= 3) return (start, i);
            start = -1;
        }

        return (-1, -1);
    }

    /// <summary>A lowered word's key: the 64-bit hash of its characters.</summary>
    private static ulong Key(ReadOnlySpan<char> lowerWord) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(lowerWord));

    /// <summary>A lowered word's shape tells most words from stop words without hashing them.</summary>
    private static bool IsStopWord(ReadOnlySpan<char> lowerWord, ReaderData data) => data.MayBeStopWord(lowerWord) && data.IsStopWord(lowerWord);

    /// <summary>The word in lower case (invariant), written to <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var target = word.Length > buffer.Length ? new char[word.Length] : buffer[..word.Length];
        // Lowered as ASCII when it is (the common case, and the same result), else by the invariant culture.
        if (System.Text.Ascii.ToLower(word, target, out _) != System.Buffers.OperationStatus.Done) word.ToLowerInvariant(target);
        return target;
    }
}
