using System.Collections.Concurrent;
using System.Text;
using StaticGen.Content;

namespace StaticGen.Build;

/// <summary>
/// <c>serve</c>'s destination: the files of the previous run in memory, from which
/// <see cref="Finish"/> makes the next set (units made again replace their files, units gone take
/// theirs away, static files fill in paths no unit made). The previous set is never written to,
/// so readers keep seeing it whole until the caller swaps in the new one.
/// </summary>
internal sealed class MemoryOutput(IReadOnlyDictionary<string, UnitRecord> previousUnits, IReadOnlyDictionary<string, byte[]> previousFiles, IReadOnlyList<string> previousStatic, MemoryOutput.StaticFileCache staticFiles) : IOutputDestination
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<int, (OutputUnit Unit, UnitResult Result)> _made = new();
    private IReadOnlyList<(string Path, byte[] Bytes)> _static = [];

    public UnitRecord? Previous(string key) => previousUnits.GetValueOrDefault(key);

    public bool TryKeep(string key, UnitRecord previous) => previous.Files.All(previousFiles.ContainsKey);

    // Files made as they are read (the search index's) are read more than once here: made once and kept.
    public void Put(int index, OutputUnit unit, UnitResult result) => _made[index] = (unit, result.Files is Output.OnDemandList<UnitFile> ? result with { Files = [.. result.Files] } : result);

    public IReadOnlyList<Diagnostic> PutStatic(ContentListing listing, string display)
    {
        _static = staticFiles.Read(listing);
        return listing.Diagnostics;
    }

    /// <summary>The new set of units and files, the static paths served, and the output files whose bytes changed, appeared or went away.</summary>
    public (Dictionary<string, UnitRecord> Units, Dictionary<string, byte[]> Files, IReadOnlyList<string> Served, IReadOnlyList<string> Changed) Finish(IReadOnlyList<OutputUnit> units)
    {
        // The new tables start as copies of the previous ones (a bulk copy, far cheaper than 18,000
        // inserts), from which the files of units made again or gone are taken out before the new files go in.
        var files = new Dictionary<string, byte[]>(previousFiles, StringComparer.Ordinal);
        var records = new Dictionary<string, UnitRecord>(previousUnits, StringComparer.Ordinal);
        var made = _made.OrderBy(static p => p.Key).Select(static p => p.Value).ToList();
        var found = units.Count(u => previousUnits.ContainsKey(u.Key));
        var gone = found == previousUnits.Count ? [] : previousUnits.Keys.Except(units.Select(static u => u.Key), StringComparer.Ordinal).ToList();
        foreach (var key in gone.Concat(made.Select(static m => m.Unit.Key)))
        {
            if (!records.Remove(key, out var old)) continue;
            foreach (var path in old.Files) files.Remove(path);
        }

        // The static files of the last run go too: they are put back below, where no unit makes the same file.
        foreach (var path in previousStatic) files.Remove(path);

        var madeFiles = new List<string>();
        foreach (var (unit, result) in made)
        {
            foreach (var file in result.Files)
            {
                files[file.RelativePath] = file.Text is not null ? s_utf8.GetBytes(file.Text) : file.Bytes ?? ContentReader.ReadBytes(file.CopyOf!);
                madeFiles.Add(file.RelativePath);
            }

            records[unit.Key] = new UnitRecord(unit.Recorded(result), [.. result.Files.Select(static f => f.RelativePath)], result.Links);
        }

        // Static files, as a build publishes them: a generated file of the same path wins.
        var served = new List<string>();
        foreach (var (path, bytes) in _static)
        {
            if (!files.TryAdd(path, bytes)) continue;
            served.Add(path);
            if (!previousFiles.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(bytes)) madeFiles.Add(path);
        }

        // Only files made again can have new bytes; files of the previous set not made now are gone.
        var changed = madeFiles.Distinct(StringComparer.Ordinal)
            .Where(path => !previousFiles.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(files[path]))
            .Concat(previousFiles.Count == files.Count && madeFiles.Count == 0 ? [] : previousFiles.Keys.Where(k => !files.ContainsKey(k)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (records, files, served, changed);
    }

    /// <summary>The files of <c>paths.static</c>, read again only when their size or last-write time changed.</summary>
    internal sealed class StaticFileCache
    {
        private Dictionary<string, (long Length, long Modified, byte[] Bytes)> _read = new(StringComparer.Ordinal);

        public IReadOnlyList<(string Path, byte[] Bytes)> Read(ContentListing listing)
        {
            var read = new Dictionary<string, (long Length, long Modified, byte[] Bytes)>(StringComparer.Ordinal);
            foreach (var entry in listing.Entries)
            {
                if (ContentReader.Stamp(entry.FullPath) is not { } stamp) continue;
                read[entry.RelativePath] = _read.TryGetValue(entry.RelativePath, out var known) && known.Length == stamp.Length && known.Modified == stamp.Modified
                    ? known
                    : (stamp.Length, stamp.Modified, ContentReader.ReadBytes(entry.FullPath));
            }

            _read = read;
            return [.. read.Select(static p => (p.Key, p.Value.Bytes))];
        }
    }
}
