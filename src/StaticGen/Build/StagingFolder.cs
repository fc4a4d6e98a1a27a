using System.Collections.Concurrent;
using StaticGen.Content;
using StaticGen.Output;

namespace StaticGen.Build;

/// <summary>
/// <c>build</c>'s destination: a staging folder beside the output (<see cref="SiteWriter"/>). Without a
/// manifest of the previous build (a first or <c>--full</c> build) it receives the whole site and
/// <see cref="Commit"/> swaps it in. With one, a unit whose fingerprint and files are unchanged stays
/// where it is in the output, the staging folder receives only what was made, and <see cref="Commit"/>
/// moves that in and deletes the files no unit makes any more.
/// </summary>
internal sealed class StagingFolder : IOutputDestination
{
    private readonly ConcurrentDictionary<string, Entry> _records = new(StringComparer.Ordinal);
    private readonly SiteWriter _writer;
    private readonly BuildManifest? _manifest;

    public StagingFolder(SiteWriter writer, BuildManifest? manifest)
    {
        (_writer, _manifest) = (writer, manifest);
        // In place, the made files are moved one by one over their places: they need no copy of the output's tree.
        if (manifest is not null) writer.StageApart();
    }

    /// <summary>
    /// What the build records of a unit until the manifest is written: the previous build's record of a unit it kept,
    /// or the fingerprint as a number and, for the one file most units make, that file's stamp in place. A
    /// 100,000-article build records 170,000 units while it renders and makes feeds; as manifest records (a hex
    /// fingerprint, a list and a record per file) they held about 30 MB more than this.
    /// </summary>
    private readonly record struct Entry(ManifestUnit? Kept, UInt128 Fingerprint, string? Path, long Length, long Modified, IReadOnlyList<ManifestFile>? Files, IReadOnlyList<string>? Links)
    {
        public static Entry Of(ManifestUnit kept) => new(kept, default, null, 0, 0, null, null);

        public static Entry Made(UInt128 fingerprint, List<ManifestFile> files, IReadOnlyList<string>? links) => files.Count == 1
            ? new(null, fingerprint, files[0].Path, files[0].Length, files[0].Modified, null, links)
            : new(null, fingerprint, null, 0, 0, files, links);

        /// <summary>The paths of the unit's files.</summary>
        public IEnumerable<string> Paths => Kept is not null ? Kept.Files.Select(static f => f.Path) : Path is not null ? [Path] : Files!.Select(static f => f.Path);

        /// <summary>The record the manifest holds.</summary>
        public ManifestUnit Unit() => Kept ?? new ManifestUnit(Build.Fingerprint.Hex(Fingerprint), Files ?? [new ManifestFile(Path!, Length, Modified)], Links);
    }

    public SiteWriter Writer => _writer;

    public UnitRecord? Previous(string key) =>
        _manifest is not null && _manifest.Units.TryGetValue(key, out var unit) && Fingerprint.ParseHex(unit.Fingerprint) is { } fingerprint
            ? new UnitRecord(fingerprint, [.. unit.Files.Select(static f => f.Path)], unit.Links ?? [])
            : null;

    /// <summary>The key prefix of a static file's record in the manifest.</summary>
    internal const string StaticKey = "static:";

    public bool TryKeep(string key, UnitRecord previous)
    {
        if (_manifest is null || !_manifest.Units.TryGetValue(key, out var before) || !_writer.StillHolds(before.Files)) return false;
        _records[key] = Entry.Of(before);
        return true;
    }

    public void Put(int index, OutputUnit unit, UnitResult result)
    {
        var files = new List<ManifestFile>(result.Files.Count);
        // In place, a text file whose bytes the output already holds as the previous build recorded stays as it is.
        var before = _manifest is not null && _manifest.Units.TryGetValue(unit.Key, out var recorded) ? recorded.Files : null;
        var byPath = before is { Count: > 8 } ? before.ToDictionary(static f => f.Path, StringComparer.Ordinal) : null;
        ManifestFile? Before(string path) => byPath is not null ? byPath.GetValueOrDefault(path) : before?.FirstOrDefault(f => string.Equals(f.Path, path, StringComparison.Ordinal));
        foreach (var file in result.Files)
        {
            if (file.Text is not null)
            {
                files.Add(_writer.WriteTextUnlessHeld(file.RelativePath, file.Text, Before(file.RelativePath)));
                continue;
            }

            if (file.Bytes is not null) _writer.WriteBytes(file.RelativePath, file.Bytes);
            else _writer.CopyFile(file.CopyOf!, file.RelativePath);
            files.Add(_writer.Stamp(file.RelativePath));
        }

        _records[unit.Key] = Entry.Made(unit.Recorded(result), files, result.Links.Count > 0 ? result.Links : null);
    }

    /// <summary>
    /// Publishes the static files: each is recorded in the manifest by the hash of its bytes, kept
    /// in the output when that and the output's copy are unchanged, else copied into the staging
    /// folder; one that is gone is deleted with the files of units gone. Dot-files are left out, except
    /// <c>.well-known/</c>; links leading outside the folder are not followed (the listing's warnings).
    /// </summary>
    public IReadOnlyList<Diagnostic> PutStatic(ContentListing listing, string display)
    {
        var diagnostics = new List<Diagnostic>(listing.Diagnostics);
        // In place, the staging folder holds only what was made: what the build generates is what its units recorded.
        var generatedPaths = _manifest is null ? null : GeneratedPaths();
        foreach (var entry in listing.Entries)
        {
            var path = $"{display}/{entry.RelativePath}";
            bool generated;
            try
            {
                generated = _writer.Holds(entry.RelativePath) || generatedPaths?.Contains(entry.RelativePath) == true;
            }
            catch (UnsafePathException)
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Write, path, 0, 0, "the file name cannot be published (it holds ':'); the file is skipped"));
                continue;
            }

            if (generated)
            {
                diagnostics.Add(Diagnostic.Warning(Stage.Write, path, 0, 0,
                    $"the build generates '{entry.RelativePath}' itself, and a generated file wins over a static one; the static file is skipped. Rename it, or override the template that makes the page"));
                continue;
            }

            var key = StaticKey + entry.RelativePath;
            var fingerprint = Fingerprint.Hex(new Fingerprint().Add(entry.RelativePath).Add(ContentReader.HashFile(entry.FullPath, entry.Stamp?.Length)).Value);
            if (_manifest is not null && _manifest.Units.TryGetValue(key, out var before) && before.Fingerprint == fingerprint && _writer.StillHolds(before.Files))
            {
                _records[key] = Entry.Of(before);
                continue;
            }

            _writer.CopyFile(entry.FullPath, entry.RelativePath);
            _records[key] = Entry.Of(new ManifestUnit(fingerprint, [_writer.Stamp(entry.RelativePath)]));
        }

        return diagnostics;
    }

    /// <summary>Every file the units of this build recorded, and every folder above one.</summary>
    private HashSet<string> GeneratedPaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in _records.Values)
        {
            foreach (var file in unit.Paths)
            {
                for (var path = file; paths.Add(path);)
                {
                    var slash = path.LastIndexOf('/');
                    if (slash <= 0) break;
                    path = path[..slash];
                }
            }
        }

        return paths;
    }

    /// <summary>
    /// The files the previous build's manifest lists that no unit of this build made or kept. Also checks
    /// that no two units have a file at the same path (in place, a made file would replace a kept one;
    /// in a staging folder of the whole site the second write fails).
    /// </summary>
    private List<string> Deletions()
    {
        if (_manifest is null) return [];
        var now = new HashSet<string>(_manifest.Units.Count, StringComparer.Ordinal);
        foreach (var unit in _records.Values)
        {
            foreach (var file in unit.Paths)
            {
                if (!now.Add(file)) throw new SiteWriterException($"two files of the site would be written to '{file}'; the second would overwrite the first");
            }
        }

        var gone = new List<string>();
        foreach (var unit in _manifest.Units.Values)
        {
            foreach (var file in unit.Files)
            {
                if (!now.Contains(file.Path)) gone.Add(file.Path);
            }
        }

        return gone.Count == 0 ? gone : [.. gone.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>What the output will hold once committed: each file's site-relative path and where its bytes are now (for <c>--verify</c>).</summary>
    public IReadOnlyDictionary<string, string> PendingFiles() =>
        _manifest is null ? SiteWriter.FilesUnder(_writer.StagingDirectory) : _writer.PendingFiles(Deletions());

    /// <summary>Publishes the build (swapped in whole, or updated in place) with the manifest the next build plans with.</summary>
    public void Commit(int articles)
    {
        BuildManifest Next() => new(BuildManifest.CurrentFormat, _writer.OutputDirectory, new SortedUnits(_records)) { Articles = articles };
        if (_manifest is null)
        {
            var full = Next();
            _writer.Commit();
            full.Write();
            return;
        }

        // Nothing made, nothing gone: the output and the manifest are already what this build would write.
        var deletions = Deletions();
        if (deletions.Count == 0 && _writer.Staged == 0 && _manifest.Articles == articles && _records.Count == _manifest.Units.Count
            && _records.All(r => _manifest.Units.TryGetValue(r.Key, out var before) && ReferenceEquals(before, r.Value.Kept)))
        {
            return;
        }

        Next().WritePending();
        _writer.CommitInPlace(deletions);
    }

    /// <summary>
    /// The records in key order, as the manifest is written: each unit's record is made as the writer reaches it and
    /// is garbage after, so writing the manifest does not hold a second copy of every record.
    /// </summary>
    private sealed class SortedUnits(ConcurrentDictionary<string, Entry> records) : IReadOnlyDictionary<string, ManifestUnit>
    {
        private readonly string[] _keys = [.. records.Keys.Order(StringComparer.Ordinal)];

        public ManifestUnit this[string key] => records[key].Unit();

        public IEnumerable<string> Keys => _keys;

        public IEnumerable<ManifestUnit> Values => _keys.Select(k => records[k].Unit());

        public int Count => _keys.Length;

        public bool ContainsKey(string key) => records.ContainsKey(key);

        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out ManifestUnit value)
        {
            var found = records.TryGetValue(key, out var entry);
            value = found ? entry.Unit() : null;
            return found;
        }

        public IEnumerator<KeyValuePair<string, ManifestUnit>> GetEnumerator()
        {
            foreach (var key in _keys) yield return KeyValuePair.Create(key, records[key].Unit());
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
