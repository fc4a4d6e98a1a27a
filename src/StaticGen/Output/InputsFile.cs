using System.Text;

namespace StaticGen.Output;

/// <summary>
/// What the last successful build of an output folder was made from, and what it reported: the digest of every input
/// (<c>Build.SiteInputs</c>: the program, the options, the config and the stamp of every file of the site), and the
/// figures and diagnostics the build printed. A build whose inputs have the same digest, and whose output still holds
/// every file the manifest lists, has nothing to do: it prints the same report and leaves everything as it is.
/// </summary>
/// <param name="Digest">The inputs' digest.</param>
/// <param name="Manifest">The manifest's size and last-write time when this was written: a build of another program that rewrote the manifest, and not this file, is not taken for this one.</param>
/// <param name="Articles">How many articles the build published.</param>
/// <param name="Pages">How many pages it made or kept.</param>
/// <param name="Units">How many output units it made or kept.</param>
/// <param name="Tags">How many tags the site has.</param>
/// <param name="Countries">How many countries the site has.</param>
/// <param name="Skipped">How many files it skipped.</param>
/// <param name="Diagnostics">What it reported, in order.</param>
public sealed record BuildInputs(UInt128 Digest, FileStamp Manifest, int Articles, int Pages, int Units, int Tags, int Countries, int Skipped, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The inputs file beside an output folder (<c>.staticgen-NAME.inputs</c>, a state file: never published, deleted by
/// <c>clean</c>). A build deletes it before it changes anything and writes it last, once everything succeeded, so a
/// build that failed or was killed leaves none.
/// </summary>
public static class InputsFile
{
    /// <summary>Bumped whenever the layout changes (2: diagnostics as the article cache writes them).</summary>
    private const int Format = 2;

    private static ReadOnlySpan<byte> Magic => "SGIN"u8;

    /// <summary>Where the inputs file of <paramref name="outputDirectory"/> is kept.</summary>
    public static string PathOf(string outputDirectory) => StateFiles.Beside(outputDirectory, "inputs");

    /// <summary>The manifest's stamp now, or null when there is none.</summary>
    public static FileStamp? ManifestStamp(string outputDirectory)
    {
        var info = new FileInfo(BuildManifest.PathOf(outputDirectory));
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    /// <summary>The last build's record, or null when there is none that can be read.</summary>
    public static BuildInputs? Read(string outputDirectory)
    {
        var path = PathOf(outputDirectory);
        if (!File.Exists(path)) return null;
        try
        {
            using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
            Span<byte> magic = stackalloc byte[4];
            reader.BaseStream.ReadExactly(magic);
            if (!magic.SequenceEqual(Magic) || reader.ReadInt32() != Format) return null;
            var digest = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var manifest = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
            var figures = new int[6];
            for (var i = 0; i < figures.Length; i++) figures[i] = reader.ReadInt32();
            var diagnostics = ArticleCacheFile.ReadDiagnostics(reader);
            return new BuildInputs(digest, manifest, figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes the record (a temporary file renamed over the old one).</summary>
    public static void Write(string outputDirectory, BuildInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var path = PathOf(outputDirectory);
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write((ulong)(inputs.Digest >> 64));
            writer.Write((ulong)inputs.Digest);
            writer.Write(inputs.Manifest.Length);
            writer.Write(inputs.Manifest.Modified);
            foreach (var figure in (int[])[inputs.Articles, inputs.Pages, inputs.Units, inputs.Tags, inputs.Countries, inputs.Skipped]) writer.Write(figure);
            ArticleCacheFile.WriteDiagnostics(writer, inputs.Diagnostics);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes the record: the build about to run changes the output, and only its own success may vouch for it.</summary>
    public static void Delete(string outputDirectory)
    {
        var path = PathOf(outputDirectory);
        if (File.Exists(path)) File.Delete(path);
    }
}
