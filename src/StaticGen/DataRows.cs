namespace StaticGen;

/// <summary>The rows of an embedded tab-separated data file (<c>data/…tsv</c>), for every stage's tables.</summary>
internal static class DataRows
{
    /// <summary>The entries of an embedded one-column list (<c>….txt</c>): each line trimmed, blank lines and <c>#</c> comments left out.</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(static l => l.Trim()).Where(static l => l.Length > 0 && l[0] != '#');

    /// <summary>Each row's cells, blank lines and <c>#</c> comments left out; with <paramref name="header"/>, the first row too.</summary>
    public static IEnumerable<string[]> Of(string tsv, bool header = false)
    {
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            if (header)
            {
                header = false;
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
