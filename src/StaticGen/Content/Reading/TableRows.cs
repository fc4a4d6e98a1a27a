namespace StaticGen.Content.Reading;

/// <summary>
/// Finds tables in a scraped page before its lines are cleaned (cleaning turns tabs into spaces): two or more
/// consecutive lines whose cells are separated by tabs, or aligned in columns by runs of three or more spaces with
/// the same number of cells on every line. Each row is returned with its cells cleaned and joined by one tab, so
/// the reader's later steps see a row as one line that never joins a paragraph (<see cref="RawArticleParser.IsStructural"/>)
/// and the block builder makes a <see cref="RawTable"/> of it.
/// </summary>
public static class TableRows
{
    /// <summary>The most cells a row has (wider lines are not a table a page prints as text).</summary>
    public const int MaxCells = 12;

    /// <summary>The most words in one cell: a cell longer than this is a paragraph with a stray tab.</summary>
    public const int MaxCellWords = 25;

    /// <summary>The separator of cells in a row as the reader carries it.</summary>
    public const char Separator = '\t';

    /// <summary>For each raw line, its cells joined by a tab when it is a row of a table, else null.</summary>
    public static string?[] Find(string[] rawLines)
    {
        ArgumentNullException.ThrowIfNull(rawLines);
        var rows = new string?[rawLines.Length];
        var i = 0;
        while (i < rawLines.Length)
        {
            if (Cells(rawLines[i]) is not { } first)
            {
                i++;
                continue;
            }

            // A run of rows: tabbed rows of any width, or space-aligned rows of one width.
            var tabbed = rawLines[i].Contains('\t', StringComparison.Ordinal);
            var run = new List<string[]> { first };
            var j = i + 1;
            while (j < rawLines.Length && Cells(rawLines[j]) is { } cells
                && rawLines[j].Contains('\t', StringComparison.Ordinal) == tabbed && (tabbed || cells.Length == first.Length))
            {
                run.Add(cells);
                j++;
            }

            if (run.Count >= 2)
            {
                for (var k = 0; k < run.Count; k++) rows[i + k] = string.Join(Separator, run[k]);
            }

            i = j;
        }

        return rows;
    }

    /// <summary>Trimmed off a raw line before it is split into cells (one array, not one per line).</summary>
    private static readonly char[] s_blanks = [' ', '\t', '\u00A0', '\r'];

    /// <summary>The cells of a raw line when it can be a table row (two to <see cref="MaxCells"/> short cells, not all empty), else null.</summary>
    internal static string[]? Cells(string raw)
    {
        var line = raw.Trim(s_blanks);
        if (line.Length == 0) return null;
        string[] parts;
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            parts = line.Split('\t');
        }
        else if (line.Contains("   ", StringComparison.Ordinal))
        {
            parts = line.Split("   ", StringSplitOptions.RemoveEmptyEntries);
        }
        else
        {
            return null;
        }

        if (parts.Length is < 2 or > MaxCells) return null;
        var filled = 0;
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = RawArticleParser.Clean(parts[k]);
            if (parts[k].Length == 0) continue;
            filled++;
            if (RawArticleParser.WordCount(parts[k]) > MaxCellWords) return null;
        }

        return filled >= 2 ? parts : null;
    }

    /// <summary>The cells of a row as the reader carries it.</summary>
    public static string[] Split(string row) => row.Split(Separator);

    /// <summary>Whether a cleaned line is a table row (only rows keep a tab after cleaning).</summary>
    public static bool IsRow(string line) => line.Contains(Separator, StringComparison.Ordinal);
}
