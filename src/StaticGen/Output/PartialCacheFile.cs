using System.Buffers.Binary;

namespace StaticGen.Output;

/// <summary>
/// The rendered partials kept beside an output folder (<c>.staticgen-NAME.partials</c>, next to the manifest
/// and the article cache, never published, deleted by <c>clean</c>): the output of each <c>include_cached</c>
/// partial by the fingerprint of everything it shows (for an article's card: the card's fingerprint and
/// what every page is made with). An incremental build that must make the 1,000 home pages again after
/// one article is added takes their cards from here instead of rendering 10,000 cards.
/// A file that cannot be read, or of another format, is no cache at all.
/// </summary>
public static class PartialCacheFile
{
    /// <summary>Bumped whenever the layout of the file changes.</summary>
    private const int Format = 1;

    private static ReadOnlySpan<byte> Magic => "SGPC"u8;

    /// <summary>Where the partial cache of <paramref name="outputDirectory"/> is kept.</summary>
    public static string PathOf(string outputDirectory) => StateFiles.Beside(outputDirectory, "partials");

    /// <summary>The kept outputs (UTF-8) by key, or an empty table when there is no readable cache.</summary>
    public static Dictionary<UInt128, byte[]> Read(string outputDirectory)
    {
        var entries = new Dictionary<UInt128, byte[]>();
        var path = PathOf(outputDirectory);
        if (!File.Exists(path)) return entries;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var span = bytes.AsSpan();
            if (span.Length < 12 || !span[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(span[4..]) != Format) return entries;
            var count = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
            var at = 12;
            for (var i = 0; i < count; i++)
            {
                var key = BinaryPrimitives.ReadUInt128LittleEndian(span[at..]);
                var length = BinaryPrimitives.ReadInt32LittleEndian(span[(at + 16)..]);
                at += 20;
                if (length < 0 || at + length > span.Length) return [];
                entries[key] = span.Slice(at, length).ToArray();
                at += length;
            }

            return at == span.Length ? entries : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return [];
        }
    }

    /// <summary>Writes the cache beside the output folder, atomically (a temporary file renamed over the old one).</summary>
    public static void Write(string outputDirectory, IReadOnlyCollection<KeyValuePair<UInt128, byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var path = PathOf(outputDirectory);
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            Span<byte> head = stackalloc byte[20];
            Magic.CopyTo(head);
            BinaryPrimitives.WriteInt32LittleEndian(head[4..], Format);
            BinaryPrimitives.WriteInt32LittleEndian(head[8..], entries.Count);
            stream.Write(head[..12]);
            foreach (var (key, bytes) in entries)
            {
                BinaryPrimitives.WriteUInt128LittleEndian(head, key);
                BinaryPrimitives.WriteInt32LittleEndian(head[16..], bytes.Length);
                stream.Write(head);
                stream.Write(bytes);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
