using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticGen.Configuration;

namespace StaticGen.Content.Reading;

/// <summary>
/// How many files of the user's pile (<c>content/*.txt</c>) contain each short line: a line that recurs in
/// many files is site furniture ("Share this:", a newsletter box, a footer), whatever its words. Built once
/// per build from all raw files; a count is a count, so the table is the same whatever order the files
/// come in. Lines are compared with whitespace collapsed and case folded, by a 64-bit hash of that form
/// (<see cref="LineKeys"/>: a file gives its keys and its text can go); long lines (prose) are not counted.
/// </summary>
public sealed class PileTable
{
    /// <summary>Lines longer than this are never counted: repeated furniture is short, and prose repeated across files is a syndicated story.</summary>
    public const int MaxLineLength = 200;

    private readonly Dictionary<ulong, int> _files;
    private readonly List<PileLookup>? _lookups;

    private PileTable(Dictionary<ulong, int> files, int fileCount, List<PileLookup>? lookups = null)
    {
        _files = files;
        FileCount = fileCount;
        _lookups = lookups;
    }

    /// <summary>A table for a single file: nothing repeats.</summary>
    public static PileTable Empty { get; } = new([], 0);

    /// <summary>How many files the table was built from.</summary>
    public int FileCount { get; }

    /// <summary>Counts, for every short line, the files it occurs in (once per file).</summary>
    public static PileTable Build(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return FromKeys(texts.Select(LineKeys));
    }

    /// <summary>The table from each file's <see cref="LineKeys"/>.</summary>
    public static PileTable FromKeys(IEnumerable<ulong[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = files as IReadOnlyCollection<ulong[]> ?? [.. files];
        // All keys in one sorted array, counted by runs: no dictionary entry for the many lines only one file has.
        var all = new ulong[list.Sum(static k => (long)k.Length)];
        var at = 0;
        foreach (var keys in list)
        {
            keys.CopyTo(all, at);
            at += keys.Length;
        }

        Array.Sort(all);
        var repeated = new Dictionary<ulong, int>();
        for (var i = 0; i < all.Length;)
        {
            var end = i + 1;
            while (end < all.Length && all[end] == all[i]) end++;
            if (end - i > 1 || IsShapeKey(all[i])) repeated[all[i]] = end - i;
            i = end;
        }

        return new PileTable(repeated, list.Count);
    }

    /// <summary>The distinct keys of a file's short lines, sorted: all a file gives to the table.</summary>
    public static ulong[] LineKeys(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new HashSet<ulong>();
        var span = text.AsSpan();
        if (span.Length > 0 && span[0] == '\uFEFF') span = span[1..];
        foreach (var line in span.EnumerateLines())
        {
            if (Key(line) is { } key) keys.Add(key);
        }

        // A line whose numeric date only one order can read ("Published 25/11/2024 09:10") votes for that order for its shape
        // (the line with its digits blanked): another file printing the same shape with an ambiguous value reads it so.
        foreach (var line in span.EnumerateLines())
        {
            if (line.Length is < 6 or > MaxLineLength || line.IndexOfAny('/', '-') < 0) continue;
            var text2 = line.ToString();
            if (Reading.NumericDateOrder.LineVote(text2) is { } vote && ShapeBase(text2) is { } shape) keys.Add(shape | (vote == DateOrder.DayFirst ? DayFirstBit : MonthFirstBit));
        }

        // The site's name after the page title ("Headline | The Ledger", "Headline - OpenNews"): each short tail after a separator
        // on one of the file's first lines, keyed apart from whole lines, so that the pile can say which tails end many files' titles.
        var seen = 0;
        foreach (var line in span.EnumerateLines())
        {
            if (line.IsWhiteSpace()) continue;
            if (seen++ == TitleLines) break;
            if (line.Length > MaxLineLength) continue;
            foreach (var tail in TitleTails(line.ToString()))
            {
                if (Key(tail) is { } key) keys.Add(SuffixKey(key));
            }
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>How many of a file's first non-empty lines give their title tails to the table (a page title may follow a skip link or two).</summary>
    public const int TitleLines = 3;

    /// <summary>
    /// The tails of a page title that may be a site's name: the text after each separator (<see cref="TitleChooser.SuffixSeparators"/>)
    /// when it is made of at most <see cref="ArticleReader.MaxSiteNameParts"/> short names and something stands before it
    /// ("A | by B | Tidy Code | Quillpad" gives "Tidy Code | Quillpad" and "Quillpad", and "by B | Tidy Code | Quillpad").
    /// </summary>
    public static IEnumerable<string> TitleTails(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (var separator in TitleChooser.SuffixSeparators)
        {
            for (var at = line.IndexOf(separator, StringComparison.Ordinal); at > 0; at = line.IndexOf(separator, at + 1, StringComparison.Ordinal))
            {
                var tail = line[(at + separator.Length)..].Trim();
                if (ArticleReader.SiteNameLike(tail)) yield return tail;
            }
        }
    }

    /// <summary>How many OTHER files of the pile end one of their first lines with <paramref name="tail"/> after a separator (the file read counts itself once).</summary>
    public int TitleTailFiles(string tail)
    {
        ArgumentNullException.ThrowIfNull(tail);
        if (Key(tail) is not { } line) return 0;
        var key = SuffixKey(line);
        var others = _files.TryGetValue(key, out var n) ? n - 1 : 0;
        _lookups?.Add(new PileLookup(key, others));
        return others;
    }

    private static ulong SuffixKey(ulong lineKey) => (lineKey & ~MarkMask) | SuffixMark;

    /// <summary>How many OTHER files of the pile contain <paramref name="line"/> (the file it is read from counts itself once).</summary>
    public int OtherFiles(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (Key(line) is not { } key) return 0;
        var others = _files.TryGetValue(key, out var n) ? n - 1 : 0;
        _lookups?.Add(new PileLookup(key, others));
        return others;
    }

    // Date-shape keys: the top 16 bits mark them (line keys never carry the mark, see Key); the low two bits say what the
    // key counts: files voting day first, files voting month first, or (in a recording's lookups) the decision taken.
    private const ulong ShapeMark = 0xD1F5_0000_0000_0000;
    // Title-tail keys (a site's name after the page title, <see cref="TitleTailFiles"/>) carry their own mark: a tail is counted apart from the same words on a line of their own.
    private const ulong SuffixMark = 0x5F1C_0000_0000_0000;
    private const ulong MarkMask = 0xFFFF_0000_0000_0000;
    private const ulong DayFirstBit = 1;
    private const ulong MonthFirstBit = 2;
    private const ulong DecisionBits = 3;

    private static bool IsShapeKey(ulong key) => (key & MarkMask) == ShapeMark;

    /// <summary>The key of a line's date shape (its digits blanked, whitespace collapsed, case folded), its low two bits clear.</summary>
    private static ulong? ShapeBase(string line)
    {
        var shape = new System.Text.StringBuilder(line.Length);
        foreach (var c in line.AsSpan().Trim()) shape.Append(char.IsAsciiDigit(c) ? '#' : c);
        return Key(shape.ToString()) is { } key ? (key & ~MarkMask & ~DecisionBits) | ShapeMark : null;
    }

    /// <summary>
    /// How the pile reads numeric dates both orders could read on a line of this shape ("Published ##/##/#### ##:##"): day
    /// first when more files print the shape with a value only day first can read than with one only month first can read,
    /// month first when fewer, null on a tie or when no file prints it. A shape is an outlet's template, so one outlet's
    /// day-first dates never decide another's.
    /// </summary>
    public DateOrder? NumericDateOrder(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return ShapeBase(line) is { } shape ? Decision(shape).Order : null;
    }

    /// <summary><see cref="NumericDateOrder(string)"/> with its counts, noted among a recording's lookups; null when the pile says nothing.</summary>
    internal (DateOrder Order, int DayFirstFiles, int MonthFirstFiles)? NumericDateOrderLookup(string line)
    {
        if (ShapeBase(line) is not { } shape) return null;
        var (order, day, month) = Decision(shape);
        _lookups?.Add(new PileLookup(shape | DecisionBits, order is null ? -1 : (int)order));
        return order is { } o ? (o, day, month) : null;
    }

    private (DateOrder? Order, int Day, int Month) Decision(ulong shape)
    {
        var day = _files.GetValueOrDefault(shape | DayFirstBit);
        var month = _files.GetValueOrDefault(shape | MonthFirstBit);
        return (day > month ? DateOrder.DayFirst : month > day ? DateOrder.MonthFirst : null, day, month);
    }

    /// <summary>
    /// The same table, noting every line asked about and its answer (<see cref="Lookups"/>): what a reading
    /// used of the pile, so that a cached reading can be reused while the pile gives the same answers. One
    /// recorder per reading (not thread-safe).
    /// </summary>
    public PileTable Recording() => new(_files, FileCount, []);

    /// <summary>What a <see cref="Recording"/> table was asked, in order; empty for others.</summary>
    public IReadOnlyList<PileLookup> Lookups => _lookups ?? [];

    /// <summary>
    /// Whether every lookup gives the same verdict against this table and <paramref name="threshold"/> as it
    /// did when it was made against <paramref name="thresholdThen"/>: the reading that made them would read the same.
    /// </summary>
    public bool SameVerdicts(IReadOnlyList<PileLookup> lookups, int thresholdThen, int threshold)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        foreach (var (key, before) in lookups)
        {
            if (IsShapeKey(key) && (key & DecisionBits) == DecisionBits)
            {
                if ((Decision(key & ~DecisionBits).Order is { } order ? (int)order : -1) != before) return false;
                continue;
            }

            var now = _files.TryGetValue(key, out var n) ? n - 1 : 0;
            if (now >= threshold != before >= thresholdThen) return false;
        }

        return true;
    }

    /// <summary>The repeated line keys and how many files hold each, most repeated first (for tests and diagnostics).</summary>
    public IReadOnlyList<(ulong Key, int Files)> Repeated() =>
        [.. _files.Where(static p => !IsShapeKey(p.Key) && (p.Key & MarkMask) != SuffixMark).OrderByDescending(static p => p.Value).ThenBy(static p => p.Key).Select(static p => (p.Key, p.Value))];

    /// <summary>The key of a line: its trimmed text with whitespace collapsed and case folded, hashed; null for an empty or long line.</summary>
    internal static ulong? Key(ReadOnlySpan<char> line)
    {
        var span = line.Trim();
        if (span.Length is 0 or > MaxLineLength) return null;
        Span<char> buffer = stackalloc char[MaxLineLength];
        var length = 0;
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = true;
                continue;
            }

            if (space && length > 0) buffer[length++] = ' ';
            space = false;
            buffer[length++] = char.ToLowerInvariant(c);
        }

        // A line's key never carries the date-shape or title-tail mark (one line in 32,768 has its top bits flipped).
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..length]));
        return IsShapeKey(hash) || (hash & MarkMask) == SuffixMark ? hash ^ 0x0001_0000_0000_0000 : hash;
    }
}

/// <summary>One line a reading asked the pile about (by its key) and how many other files held it then.</summary>
public readonly record struct PileLookup(ulong Key, int OtherFiles);
