namespace StaticGen.Output;

/// <summary>How a file differs between two builds of a site.</summary>
public sealed record OutputDifference(string Path, string Reason);

/// <summary>Compares two output folders file by file, byte by byte (<c>build --verify</c>).</summary>
public static class OutputComparer
{
    /// <summary>Every file that is in only one of the folders or whose bytes differ, by path (ordinal).</summary>
    public static IReadOnlyList<OutputDifference> Compare(string actual, string expected) => Compare(Files(actual), expected);

    /// <summary>Like <see cref="Compare(string, string)"/>, for an output given as its files (site-relative path → where the bytes are).</summary>
    public static IReadOnlyList<OutputDifference> Compare(IReadOnlyDictionary<string, string> actual, string expected)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var left = actual;
        var right = Files(expected);
        var differences = new List<OutputDifference>();
        foreach (var path in left.Keys.Union(right.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!right.TryGetValue(path, out var full))
            {
                differences.Add(new OutputDifference(path, "is not in a full build (a stale file)"));
            }
            else if (!left.TryGetValue(path, out var mine))
            {
                differences.Add(new OutputDifference(path, "is missing (a full build writes it)"));
            }
            else if (!SameBytes(mine, full))
            {
                differences.Add(new OutputDifference(path, "differs from a full build"));
            }
        }

        return differences;
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), StringComparer.Ordinal);

    private static bool SameBytes(string a, string b)
    {
        var infoA = new FileInfo(a);
        var infoB = new FileInfo(b);
        if (infoA.Length != infoB.Length) return false;
        return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }
}
