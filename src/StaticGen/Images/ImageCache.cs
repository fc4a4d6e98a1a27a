using System.Collections.Concurrent;
using System.Globalization;
using StaticGen.Configuration;

namespace StaticGen.Images;

/// <summary>
/// The derived images of a site, kept beside its output folder (<c>.staticgen-NAME.images/</c>, never
/// published, like the manifest): one folder per source content hash, holding what decoding found
/// (<c>facts</c>) and each derived file, named by the settings and the variant
/// (<c>r1q78.800w.webp</c>). An unchanged image is never decoded or encoded again, by a build,
/// an incremental build or <c>serve</c>; <c>clean</c> deletes the folder. It is bounded: after a
/// build, the folders used longest ago are deleted until it fits <c>images.cacheMegabytes</c>.
/// </summary>
public sealed class ImageCache
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private int _encoded;

    /// <param name="root">The cache folder (<see cref="Beside"/> gives the one of an output folder).</param>
    public ImageCache(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _root = root;
    }

    /// <summary>The cache folder of an output folder: <c>_site</c> → <c>.staticgen-_site.images</c> beside it.</summary>
    public static string Beside(string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output) ?? output, $".staticgen-{Path.GetFileName(output)}.images");
    }

    /// <summary>The cache folder.</summary>
    public string Root => _root;

    /// <summary>How many derived files this cache encoded since it was made (not found in the cache).</summary>
    public int Encoded => _encoded;

    /// <summary>What decoding the image with this content hash found, from the cache or by decoding <paramref name="read"/>'s bytes now.</summary>
    public ImageFacts Facts(UInt128 hash, Func<byte[]> read, ImagesConfig config)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(config);
        var folder = Folder(hash);
        var path = Path.Combine(folder, "facts");
        if (TryRead(path) is { } line && ImageFacts.Parse(line) is { } known)
        {
            // The size limit is the setting's, not the file's: checked again every time.
            return known.Problem is null && ImagePlan.TooLarge(known.Width, known.Height, config) is { } tooLarge ? ImageFacts.Broken(tooLarge) : known;
        }

        var facts = ImageCodec.Analyse(read(), config);
        // A refusal for size depends on the setting, not the file: not kept.
        if (facts.Problem?.Contains("images.maxMegapixels", StringComparison.Ordinal) != true) WriteAtomically(path, System.Text.Encoding.UTF8.GetBytes(facts.Format()));
        return facts;
    }

    /// <summary>
    /// The cached files of an image's variants (full paths, in order), encoding from <paramref name="read"/>'s
    /// bytes only those not cached yet. All are made from one decode.
    /// </summary>
    public IReadOnlyList<string> Derive(UInt128 hash, ImageFacts facts, IReadOnlyList<ImageVariant> variants, Func<byte[]> read, ImagesConfig config)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(config);
        var folder = Folder(hash);
        var settings = ImagePlan.SettingsKey(config);
        var paths = variants.Select(v => Path.Combine(folder, settings + "." + v.Suffix)).ToList();
        var missing = Enumerable.Range(0, variants.Count).Where(i => !File.Exists(paths[i])).ToList();
        if (missing.Count > 0)
        {
            var encoded = ImageCodec.Encode(read(), facts, [.. missing.Select(i => variants[i])], config);
            for (var j = 0; j < missing.Count; j++) WriteAtomically(paths[missing[j]], encoded[j]);
            Interlocked.Add(ref _encoded, missing.Count);
        }

        if (_used.TryAdd(folder, true)) Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow);
        return paths;
    }

    /// <summary>
    /// Deletes the folders of images used longest ago until the cache holds at most <paramref name="limitBytes"/>,
    /// sparing those this cache used (this build's). Gives the bytes the cache holds afterwards.
    /// </summary>
    public long Trim(long limitBytes)
    {
        if (!Directory.Exists(_root)) return 0;
        var folders = new DirectoryInfo(_root).EnumerateDirectories()
            .Select(static d => (Dir: d, Bytes: d.EnumerateFiles().Sum(static f => f.Length), Used: d.LastWriteTimeUtc))
            .OrderBy(static f => f.Used).ThenBy(static f => f.Dir.Name, StringComparer.Ordinal).ToList();
        var total = folders.Sum(static f => f.Bytes);
        foreach (var (dir, bytes, _) in folders)
        {
            if (total <= limitBytes) break;
            if (_used.ContainsKey(dir.FullName)) continue;
            try
            {
                dir.Delete(recursive: true);
                total -= bytes;
            }
            catch (IOException)
            {
                // Another build is using it: left for a later trim.
            }
        }

        return total;
    }

    /// <summary>Deletes the cache folder of an output folder (<c>clean</c>); whether there was one.</summary>
    public static bool Delete(string outputDirectory)
    {
        var root = Beside(outputDirectory);
        if (!Directory.Exists(root)) return false;
        Directory.Delete(root, recursive: true);
        return true;
    }

    private string Folder(UInt128 hash)
    {
        var folder = Path.Combine(_root, hash.ToString("x32", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Written under a temporary name and moved in place: a build stopped half-way leaves no half file that a later build would take.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
