using System.Text;

namespace StaticGen.Content.Reading;

/// <summary>
/// How many files of the user's pile (<c>content/*.txt</c>) contain each short line: a line that recurs in
/// many files is site furniture ("Share this:", a newsletter box, a footer), whatever its words. Built once
/// per build from all raw files; a count is a count, so the table is the same whatever order the files
/// come in. Lines are compared with whitespace collapsed and case folded; long lines (prose) are not counted.
/// </summary>
public sealed class PileTable
{
    /// <summary>Lines longer than this are never counted: repeated furniture is short, and prose repeated across files is a syndicated story.</summary>
    public const int MaxLineLength = 200;

    private readonly Dictionary<string, int> _files;

    private PileTable(Dictionary<string, int> files, int fileCount)
    {
        _files = files;
        FileCount = fileCount;
    }

    /// <summary>A table for a single file: nothing repeats.</summary>
    public static PileTable Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal), 0);

    /// <summary>How many files the table was built from.</summary>
    public int FileCount { get; }

    /// <summary>Counts, for every short line, the files it occurs in (once per file).</summary>
    public static PileTable Build(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var text in texts)
        {
            count++;
            seen.Clear();
            foreach (var raw in TextLines.Split(text))
            {
                var key = Key(raw);
                if (key is null || !seen.Add(key)) continue;
                files[key] = files.GetValueOrDefault(key) + 1;
            }
        }

        // Lines in one file only say nothing; dropping them keeps the table small for big piles.
        var repeated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, n) in files)
        {
            if (n > 1) repeated[key] = n;
        }

        return new PileTable(repeated, count);
    }

    /// <summary>How many OTHER files of the pile contain <paramref name="line"/> (the file it is read from counts itself once).</summary>
    public int OtherFiles(string line)
    {
        var key = Key(line);
        return key is not null && _files.TryGetValue(key, out var n) ? n - 1 : 0;
    }

    /// <summary>The repeated lines and how many files hold each, most repeated first (for <c>inspect</c> and tests).</summary>
    public IReadOnlyList<(string Line, int Files)> Repeated() =>
        [.. _files.OrderByDescending(static p => p.Value).ThenBy(static p => p.Key, StringComparer.Ordinal).Select(static p => (p.Key, p.Value))];

    internal static string? Key(string line)
    {
        var span = line.AsSpan().Trim();
        if (span.Length is 0 or > MaxLineLength) return null;
        var sb = new StringBuilder(span.Length);
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
