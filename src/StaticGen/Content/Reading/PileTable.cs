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
            if (end - i > 1 || all[i] is DayFirstKey or MonthFirstKey) repeated[all[i]] = end - i;
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

        // A file whose numeric dates only one order can read votes for that order (NumericDateOrder), by a key no line hashes to in practice.
        switch (Reading.NumericDateOrder.FileVote(text))
        {
            case DateOrder.DayFirst: keys.Add(DayFirstKey); break;
            case DateOrder.MonthFirst: keys.Add(MonthFirstKey); break;
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>How many OTHER files of the pile contain <paramref name="line"/> (the file it is read from counts itself once).</summary>
    public int OtherFiles(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (Key(line) is not { } key) return 0;
        var others = _files.TryGetValue(key, out var n) ? n - 1 : 0;
        _lookups?.Add(new PileLookup(key, others));
        return others;
    }

    /// <summary>The key a file gives when its unambiguous numeric dates are day first ("25/11/2024").</summary>
    private const ulong DayFirstKey = 0xD1F5_0000_0000_0001;

    /// <summary>The key a file gives when its unambiguous numeric dates are month first ("11/25/2024").</summary>
    private const ulong MonthFirstKey = 0xD1F5_0000_0000_0002;

    /// <summary>The key of the pile's date-order decision among a recording's lookups.</summary>
    private const ulong DateOrderDecisionKey = 0xD1F5_0000_0000_0003;

    /// <summary>
    /// How the pile reads numeric dates both orders could read: day first when more files have values only day first
    /// can read than values only month first can read, month first when fewer, null on a tie (or no such file).
    /// </summary>
    public DateOrder? NumericDateOrder => Decision().Order;

    /// <summary><see cref="NumericDateOrder"/> with its counts, noted among a recording's lookups; null on a tie.</summary>
    internal (DateOrder Order, int DayFirstFiles, int MonthFirstFiles)? NumericDateOrderLookup()
    {
        var (order, day, month) = Decision();
        _lookups?.Add(new PileLookup(DateOrderDecisionKey, order is null ? -1 : (int)order));
        return order is { } o ? (o, day, month) : null;
    }

    private (DateOrder? Order, int Day, int Month) Decision()
    {
        var day = _files.GetValueOrDefault(DayFirstKey);
        var month = _files.GetValueOrDefault(MonthFirstKey);
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
            if (key == DateOrderDecisionKey)
            {
                if ((Decision().Order is { } order ? (int)order : -1) != before) return false;
                continue;
            }

            var now = _files.TryGetValue(key, out var n) ? n - 1 : 0;
            if (now >= threshold != before >= thresholdThen) return false;
        }

        return true;
    }

    /// <summary>The repeated line keys and how many files hold each, most repeated first (for tests and diagnostics).</summary>
    public IReadOnlyList<(ulong Key, int Files)> Repeated() =>
        [.. _files.Where(static p => p.Key is not (DayFirstKey or MonthFirstKey)).OrderByDescending(static p => p.Value).ThenBy(static p => p.Key).Select(static p => (p.Key, p.Value))];

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

        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..length]));
    }
}

/// <summary>One line a reading asked the pile about (by its key) and how many other files held it then.</summary>
public readonly record struct PileLookup(ulong Key, int OtherFiles);
