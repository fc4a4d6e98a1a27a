using System.Text.Json;
using System.Text.Json.Serialization;

namespace StaticGen.Output;

/// <summary>A file of the output as the build left it: its path, size and last-write time (ticks, UTC).</summary>
public sealed record ManifestFile(string Path, long Length, long Modified);

/// <summary>A unit of the output (a page, a feed, an asset): the fingerprint of what it was made from, its files, the links its body resolved.</summary>
public sealed record ManifestUnit(string Fingerprint, IReadOnlyList<ManifestFile> Files, IReadOnlyList<string>? Links = null);

/// <summary>
/// What the last build of an output folder made, kept beside it (<c>.staticgen-NAME.manifest.json</c>,
/// next to the lock file, so it is never published). The next build keeps a unit whose fingerprint
/// is unchanged, provided each of its files is still the one the build left (same size and
/// last-write time to the tick); anything else is made again. A missing, unreadable or foreign
/// manifest (another format, another output folder) means a full build.
/// </summary>
public sealed record BuildManifest(int Format, string Output, IReadOnlyDictionary<string, ManifestUnit> Units)
{
    /// <summary>Bumped whenever the meaning of a fingerprint or of the file changes (2: static files are units, and an incremental build updates the output in place).</summary>
    public const int CurrentFormat = 2;

    /// <summary>How many articles the build published (0 in a manifest written before this was recorded).</summary>
    public int Articles { get; init; }

    /// <summary>Where the manifest of <paramref name="outputDirectory"/> is kept.</summary>
    public static string PathOf(string outputDirectory) => StateFiles.Beside(outputDirectory, "manifest.json");

    /// <summary>The manifest of the output folder, or null when there is none that can be trusted (then the build is a full one).</summary>
    public static BuildManifest? Read(string outputDirectory)
    {
        var output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        var path = PathOf(output);
        if (!File.Exists(path) || !Directory.Exists(output)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            var manifest = JsonSerializer.Deserialize(stream, ManifestJson.Default.BuildManifest);
            return manifest is { Format: CurrentFormat, Units: not null } && string.Equals(manifest.Output, output, StringComparison.Ordinal) ? manifest : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Where a manifest waits (<see cref="WritePending"/>) until the output it describes is in place.</summary>
    public static string PendingPathOf(string outputDirectory) => PathOf(outputDirectory) + ".tmp";

    /// <summary>Writes the manifest beside the output folder, atomically (a temporary file renamed over the old one).</summary>
    public void Write()
    {
        WritePending();
        File.Move(PendingPathOf(Output), PathOf(Output), overwrite: true);
    }

    /// <summary>Writes the manifest to its pending place; an in-place update of the output moves it into place once the output is updated.</summary>
    public void WritePending()
    {
        using var stream = new FileStream(PendingPathOf(Output), FileMode.Create, FileAccess.Write, FileShare.None);
        JsonSerializer.Serialize(stream, this, ManifestJson.Default.BuildManifest);
    }

    /// <summary>Deletes the manifest of an output folder (when the output is gone, or cannot be vouched for).</summary>
    public static void Delete(string outputDirectory)
    {
        var path = PathOf(outputDirectory);
        if (File.Exists(path)) File.Delete(path);
    }
}
