using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;

namespace StaticGen.Output;

/// <summary>
/// The rendered partials kept beside an output folder (<c>.staticgen-NAME.partials</c>, next to the manifest
/// and the article cache, never published, deleted by <c>clean</c>): the output of each <c>include_cached</c>
/// partial by the fingerprint of everything it shows (for an article's card: the card's fingerprint and
/// what every page is made with). An incremental build that must make the 1,000 home pages again after
/// one article is added takes their cards from here instead of rendering 10,000 cards.
/// <para>
/// The outputs come first, one after another, and an index at the end says where each is (key, offset, length),
/// with a hash of the index: a build reads the index and only the outputs its pages show (at 10,000 articles the
/// file is some 11 MB, of which a build with one article added shows a few dozen cards). A build that rendered new
/// outputs appends them after the last one and writes the index again after them; once the outputs no index entry
/// names outweigh the named ones, the named ones are copied into a new file. A file that cannot be read, of
/// another format, or whose index does not match its hash or points outside the outputs, is no cache at all
/// (every card is rendered again).
/// </para>
/// </summary>
public static class PartialCacheFile
{
    /// <summary>Bumped whenever the layout of the file changes (2: the index at the end, outputs read on demand).</summary>
    private const int Format = 2;

    private static ReadOnlySpan<byte> Magic => "SGPC"u8;

    /// <summary>Magic and format.</summary>
    private const int HeaderLength = 8;

    /// <summary>An index entry: key, offset, length.</summary>
    private const int EntryLength = 16 + 8 + 4;

    /// <summary>After the index: its entry count, its hash, and the magic again.</summary>
    private const int FooterLength = 4 + 16 + 4;

    /// <summary>Where the partial cache of <paramref name="outputDirectory"/> is kept.</summary>
    public static string PathOf(string outputDirectory) => StateFiles.Beside(outputDirectory, "partials");

    /// <summary>
    /// The kept outputs of an output folder, open for reading on demand, or null when there is no cache that can be
    /// trusted. The caller disposes it.
    /// </summary>
    public static Kept? Open(string outputDirectory)
    {
        var path = PathOf(outputDirectory);
        if (!File.Exists(path)) return null;
        SafeFileHandle? file = null;
        try
        {
            // A later build of the same output may replace the file (a compaction renames a new one over it) while it is open.
            file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
            var kept = Kept.Read(file);
            if (kept is not null) file = null;
            return kept;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        finally
        {
            file?.Dispose();
        }
    }

    /// <summary>Every kept output (UTF-8) by key, or an empty table when there is no readable cache (for tests and tools).</summary>
    public static Dictionary<UInt128, byte[]> Read(string outputDirectory)
    {
        using var kept = Open(outputDirectory);
        var entries = new Dictionary<UInt128, byte[]>();
        if (kept is null) return entries;
        foreach (var key in kept.Keys)
        {
            if (!kept.TryRead(key, out var output)) return [];
            entries[key] = output;
        }

        return entries;
    }

    /// <summary>Writes a new cache with <paramref name="entries"/> beside the output folder, atomically (a temporary file renamed over the old one).</summary>
    public static void Write(string outputDirectory, IReadOnlyCollection<KeyValuePair<UInt128, byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Save(outputDirectory, null, entries, []);
    }

    /// <summary>
    /// Saves the cache for the next build: the outputs of <paramref name="made"/> (rendered in this build, not in
    /// <paramref name="previous"/>) and those of <paramref name="previous"/> named by <paramref name="keep"/>. When the
    /// previous file's outputs that are not kept weigh no more than the kept and made ones, the made ones are appended to
    /// it and its index written again after them (the other outputs are neither read nor written); else every output goes
    /// into a new file renamed over the old one. <paramref name="previous"/> is disposed.
    /// </summary>
    public static void Save(string outputDirectory, Kept? previous, IReadOnlyCollection<KeyValuePair<UInt128, byte[]>> made, IReadOnlyCollection<UInt128> keep)
    {
        ArgumentNullException.ThrowIfNull(made);
        ArgumentNullException.ThrowIfNull(keep);
        using (previous)
        {
            var index = new List<(UInt128 Key, long Offset, int Length)>(made.Count + keep.Count);
            long keptBytes = 0;
            if (previous is not null)
            {
                foreach (var key in keep)
                {
                    if (previous.Find(key) is { } place)
                    {
                        index.Add((key, place.Offset, place.Length));
                        keptBytes += place.Length;
                    }
                }
            }

            if (previous is not null && previous.OutputsEnd - HeaderLength - keptBytes <= keptBytes)
            {
                // In place: the new outputs go where the old index was, the new index after them.
                var at = previous.OutputsEnd;
                foreach (var (key, bytes) in made)
                {
                    if (previous.Contains(key)) continue;
                    RandomAccess.Write(previous.File, bytes, at);
                    index.Add((key, at, bytes.Length));
                    at += bytes.Length;
                }

                var footer = IndexBytes(index);
                RandomAccess.Write(previous.File, footer, at);
                RandomAccess.SetLength(previous.File, at + footer.Length);
                return;
            }

            var path = PathOf(outputDirectory);
            var temporary = path + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                Span<byte> header = stackalloc byte[HeaderLength];
                Magic.CopyTo(header);
                BinaryPrimitives.WriteInt32LittleEndian(header[4..], Format);
                stream.Write(header);
                var copied = new List<(UInt128 Key, long Offset, int Length)>(index.Count + made.Count);
                foreach (var (key, offset, length) in index)
                {
                    var bytes = new byte[length];
                    previous!.ReadAt(offset, bytes);
                    copied.Add((key, stream.Position, length));
                    stream.Write(bytes);
                }

                foreach (var (key, bytes) in made)
                {
                    if (previous?.Contains(key) == true) continue;
                    copied.Add((key, stream.Position, bytes.Length));
                    stream.Write(bytes);
                }

                stream.Write(IndexBytes(copied));
            }

            File.Move(temporary, path, overwrite: true);
        }
    }

    /// <summary>The index in key order, its count, its hash and the magic.</summary>
    private static byte[] IndexBytes(List<(UInt128 Key, long Offset, int Length)> index)
    {
        index.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        var bytes = new byte[index.Count * EntryLength + FooterLength];
        var span = bytes.AsSpan();
        for (var i = 0; i < index.Count; i++)
        {
            var entry = span.Slice(i * EntryLength, EntryLength);
            BinaryPrimitives.WriteUInt128LittleEndian(entry, index[i].Key);
            BinaryPrimitives.WriteInt64LittleEndian(entry[16..], index[i].Offset);
            BinaryPrimitives.WriteInt32LittleEndian(entry[24..], index[i].Length);
        }

        var footer = span[(index.Count * EntryLength)..];
        BinaryPrimitives.WriteInt32LittleEndian(footer, index.Count);
        BinaryPrimitives.WriteUInt128LittleEndian(footer[4..], XxHash128.HashToUInt128(span[..(index.Count * EntryLength + 4)]));
        Magic.CopyTo(footer[20..]);
        return bytes;
    }

    /// <summary>A partial cache file open for reading its outputs on demand (thread-safe), and for the next build's save.</summary>
    public sealed class Kept : IDisposable
    {
        private readonly Dictionary<UInt128, (long Offset, int Length)> _index;

        private Kept(SafeFileHandle file, Dictionary<UInt128, (long Offset, int Length)> index, long outputsEnd) =>
            (File, _index, OutputsEnd) = (file, index, outputsEnd);

        internal SafeFileHandle File { get; }

        /// <summary>Where the outputs end (and the index starts).</summary>
        internal long OutputsEnd { get; }

        /// <summary>How many outputs the file holds.</summary>
        public int Count => _index.Count;

        /// <summary>The keys of the outputs, in key order.</summary>
        public IEnumerable<UInt128> Keys => _index.Keys.Order();

        /// <summary>Whether the file holds an output under <paramref name="key"/>.</summary>
        public bool Contains(UInt128 key) => _index.ContainsKey(key);

        internal (long Offset, int Length)? Find(UInt128 key) => _index.TryGetValue(key, out var place) ? place : null;

        /// <summary>The output kept under <paramref name="key"/>, read from the file now; false when there is none, or the file no longer holds it.</summary>
        public bool TryRead(UInt128 key, out byte[] output)
        {
            output = [];
            if (!_index.TryGetValue(key, out var place)) return false;
            var bytes = new byte[place.Length];
            try
            {
                ReadAt(place.Offset, bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                return false;
            }

            output = bytes;
            return true;
        }

        internal void ReadAt(long offset, Span<byte> destination)
        {
            while (destination.Length > 0)
            {
                var read = RandomAccess.Read(File, destination, offset);
                if (read <= 0) throw new EndOfStreamException("the kept cards' file is shorter than its index says");
                destination = destination[read..];
                offset += read;
            }
        }

        /// <summary>The cache in <paramref name="file"/>, or null when its header, footer or index cannot be trusted.</summary>
        internal static Kept? Read(SafeFileHandle file)
        {
            var size = RandomAccess.GetLength(file);
            if (size < HeaderLength + FooterLength) return null;
            Span<byte> header = stackalloc byte[HeaderLength];
            Span<byte> footer = stackalloc byte[FooterLength];
            if (RandomAccess.Read(file, header, 0) != HeaderLength || RandomAccess.Read(file, footer, size - FooterLength) != FooterLength) return null;
            if (!header[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Format || !footer[20..].SequenceEqual(Magic)) return null;
            var count = BinaryPrimitives.ReadInt32LittleEndian(footer);
            if (count < 0 || (long)count * EntryLength > size - HeaderLength - FooterLength) return null;
            var outputsEnd = size - FooterLength - (long)count * EntryLength;
            var bytes = new byte[count * EntryLength + 4];
            var read = 0;
            while (read < bytes.Length - 4)
            {
                var n = RandomAccess.Read(file, bytes.AsSpan(read, bytes.Length - 4 - read), outputsEnd + read);
                if (n <= 0) return null;
                read += n;
            }

            footer[..4].CopyTo(bytes.AsSpan(bytes.Length - 4));
            if (XxHash128.HashToUInt128(bytes) != BinaryPrimitives.ReadUInt128LittleEndian(footer[4..])) return null;
            var index = new Dictionary<UInt128, (long Offset, int Length)>(count);
            for (var i = 0; i < count; i++)
            {
                var entry = bytes.AsSpan(i * EntryLength, EntryLength);
                var (key, offset, length) = (BinaryPrimitives.ReadUInt128LittleEndian(entry), BinaryPrimitives.ReadInt64LittleEndian(entry[16..]), BinaryPrimitives.ReadInt32LittleEndian(entry[24..]));
                if (length < 0 || offset < HeaderLength || offset > outputsEnd - length || !index.TryAdd(key, (offset, length))) return null;
            }

            return new Kept(file, index, outputsEnd);
        }

        public void Dispose() => File.Dispose();
    }
}
