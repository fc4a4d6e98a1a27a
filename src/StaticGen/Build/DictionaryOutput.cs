using System.Collections.Concurrent;
using StaticGen.Content;

namespace StaticGen.Build;

/// <summary>
/// The tests' destination: every file made, by output path, in memory. Text files as text, theme
/// assets as bytes, content files copied as they are by the path they are copied from (not read).
/// Knows no previous run, so every unit is made; static files are listed, not read.
/// </summary>
internal sealed class DictionaryOutput : IOutputDestination
{
    private readonly ConcurrentDictionary<string, UnitFile> _files = new(StringComparer.Ordinal);

    /// <summary>Every file, by output path (relative, with forward slashes).</summary>
    public IReadOnlyDictionary<string, UnitFile> Files => _files;

    public UnitRecord? Previous(string key) => null;

    public bool TryKeep(string key, UnitRecord previous) => false;

    public void Put(int index, OutputUnit unit, UnitResult result)
    {
        foreach (var file in result.Files) _files[file.RelativePath] = file;
    }

    public IReadOnlyList<Diagnostic> PutStatic(ContentListing listing, string display)
    {
        foreach (var entry in listing.Entries) _files.TryAdd(entry.RelativePath, new UnitFile(entry.RelativePath, null, null, entry.FullPath));
        return listing.Diagnostics;
    }
}
