using StaticGen.Tests.Support;

namespace StaticGen.Tests.Repository;

/// <summary>No source file over ~500 lines without the reason written at its top.</summary>
public sealed class SourceFileSizeTests
{
    /// <summary>Lines a source file may have before it must say why it is that long.</summary>
    internal const int MaxLines = 500;

    [Fact]
    public void Every_long_source_file_says_why_at_its_top()
    {
        var root = TemplateVariablesDocTests.RepositoryRoot();
        var offenders = LongWithoutReason(Path.Combine(root, "src")).Concat(LongWithoutReason(Path.Combine(root, "tests"))).ToList();
        Assert.True(offenders.Count == 0, $"over {MaxLines} lines without a reason at the top (start the file with a comment saying 'Over 500 lines' and why, or split it):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void A_long_file_without_a_reason_is_found()
    {
        using var folder = new TempFolder();
        File.WriteAllLines(folder.Combine("Long.cs"), Enumerable.Repeat("// a line", MaxLines + 1));
        File.WriteAllLines(folder.Combine("Reasoned.cs"), ["// Over 500 lines, on purpose: a test.", .. Enumerable.Repeat("// a line", MaxLines + 1)]);
        File.WriteAllLines(folder.Combine("Short.cs"), Enumerable.Repeat("// a line", MaxLines));
        Assert.Equal([folder.Combine("Long.cs")], LongWithoutReason(folder.Path));
    }

    internal static List<string> LongWithoutReason(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(static f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(static f => File.ReadLines(f).Count() > MaxLines && !File.ReadLines(f).Take(3).Any(static l => l.Contains("over 500 lines", StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)];
}
