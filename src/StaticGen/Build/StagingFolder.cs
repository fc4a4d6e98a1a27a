using System.Collections.Concurrent;
using StaticGen.Content;
using StaticGen.Output;

namespace StaticGen.Build;

/// <summary>
/// <c>build</c>'s destination: a staging folder beside the output (<see cref="SiteWriter"/>), swapped
/// in by <see cref="Commit"/>, with the manifest of the previous build saying what can be kept
/// (hard-linked from the previous output instead of made again).
/// </summary>
internal sealed class StagingFolder(SiteWriter writer, BuildManifest? manifest) : IOutputDestination
{
    private readonly ConcurrentDictionary<string, ManifestUnit> _records = new(StringComparer.Ordinal);

    public SiteWriter Writer => writer;

    public UnitRecord? Previous(string key) =>
        manifest is not null && manifest.Units.TryGetValue(key, out var unit) && Fingerprint.ParseHex(unit.Fingerprint) is { } fingerprint
            ? new UnitRecord(fingerprint, [.. unit.Files.Select(static f => f.Path)], unit.Links ?? [])
            : null;

    public bool TryKeep(string key, UnitRecord previous)
    {
        if (manifest is null || !manifest.Units.TryGetValue(key, out var before) || writer.TryKeep(before.Files) is not { } keptFiles) return false;
        _records[key] = before with { Files = keptFiles };
        return true;
    }

    public void Put(int index, OutputUnit unit, UnitResult result)
    {
        var files = new List<ManifestFile>(result.Files.Count);
        foreach (var file in result.Files)
        {
            if (file.Text is not null) writer.WriteText(file.RelativePath, file.Text);
            else if (file.Bytes is not null) writer.WriteBytes(file.RelativePath, file.Bytes);
            else writer.CopyFile(file.CopyOf!, file.RelativePath);
            files.Add(writer.Stamp(file.RelativePath));
        }

        _records[unit.Key] = new ManifestUnit(Fingerprint.Hex(unit.Recorded(result)), files, result.Links.Count > 0 ? result.Links : null);
    }

    /// <summary>
    /// Copies the static files into the staging folder. They are copied on every build (not kept
    /// through the manifest), so a deleted one never survives. Dot-files are left out, except
    /// <c>.well-known/</c>; links leading outside the folder are not followed (the listing's warnings).
    /// </summary>
    public IReadOnlyList<Diagnostic> PutStatic(ContentListing listing, string display)
    {
        var diagnostics = new List<Diagnostic>(listing.Diagnostics);
        foreach (var entry in listing.Entries)
        {
            var path = $"{display}/{entry.RelativePath}";
            bool generated;
            try
            {
                generated = writer.Holds(entry.RelativePath);
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

            writer.CopyFile(entry.FullPath, entry.RelativePath);
        }

        return diagnostics;
    }

    /// <summary>Swaps the staging folder in and writes the manifest the next build plans with.</summary>
    public void Commit()
    {
        writer.Commit();
        new BuildManifest(BuildManifest.CurrentFormat, writer.OutputDirectory, new SortedDictionary<string, ManifestUnit>(_records, StringComparer.Ordinal)).Write();
    }
}
