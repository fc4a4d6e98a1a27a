using Microsoft.Win32.SafeHandles;
using StaticGen.Content;

namespace StaticGen.Output;

public static partial class ArticleCacheFile
{
    /// <summary>Where the bodies of the article cache of <paramref name="outputDirectory"/> are kept.</summary>
    public static string BodiesPathOf(string outputDirectory) => StateFiles.Beside(outputDirectory, "bodies");

    /// <summary>
    /// The bodies of the article cache (<c>.staticgen-NAME.bodies</c>, beside the entries' file): their UTF-8, one
    /// after another, appended to and never rewritten in place. An entry holds where its body is, and an article
    /// taken from the cache reads its body only when something needs it (its page is made again): a build with one
    /// article added neither reads the archive's bodies nor writes them again, only the new one at the end. Bodies
    /// of entries that are gone stay as garbage until they outweigh the live ones; then the next write copies the
    /// live bodies into a new file (<see cref="Write"/>). The file starts with an identity the entries' file names,
    /// so that entries are never read against another file's bytes (one made again by a full build, or replaced).
    /// Thread-safe for reading; appending is done by one writer.
    /// </summary>
    public sealed class BodyFile : IUtf8Store, IDisposable
    {
        private static ReadOnlySpan<byte> Magic => "SGAB"u8;

        /// <summary>Magic, format and identity.</summary>
        internal const int HeaderLength = 4 + 4 + 16;

        private const int BodyFormat = 1;

        private readonly SafeFileHandle _file;
        private long _end;

        private BodyFile(SafeFileHandle file, Guid id, long end) => (_file, Id, _end) = (file, id, end);

        /// <summary>The identity written at the start of the file (a new one for every new file).</summary>
        public Guid Id { get; }

        /// <summary>How long the file is, header included (where the next body goes).</summary>
        public long Length => _end;

        /// <summary>
        /// Opens the body file at <paramref name="path"/> for reading and appending, or gives null when it is missing, is not
        /// a body file, has another identity than <paramref name="id"/>, or is shorter than the <paramref name="length"/> the
        /// entries were written against (then its bodies cannot be those the entries name). Bytes past that length, left by
        /// a write that did not finish, are kept and appended after.
        /// </summary>
        public static BodyFile? Open(string path, Guid id, long length)
        {
            if (!File.Exists(path)) return null;
            // Others may delete or replace the file while it is open (a compaction renames a new one over it).
            var file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
            try
            {
                var size = RandomAccess.GetLength(file);
                Span<byte> header = stackalloc byte[HeaderLength];
                if (size < HeaderLength || size < length || RandomAccess.Read(file, header, 0) != HeaderLength
                    || !header[..4].SequenceEqual(Magic) || BitConverter.ToInt32(header[4..8]) != BodyFormat || new Guid(header[8..]) != id)
                {
                    file.Dispose();
                    return null;
                }

                return new BodyFile(file, id, size);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        /// <summary>Makes a new, empty body file at <paramref name="path"/> (over any file there) with a new identity.</summary>
        public static BodyFile Create(string path)
        {
            var file = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete);
            var id = Guid.NewGuid();
            Span<byte> header = stackalloc byte[HeaderLength];
            Magic.CopyTo(header);
            BitConverter.TryWriteBytes(header[4..8], BodyFormat);
            id.TryWriteBytes(header[8..]);
            try
            {
                RandomAccess.Write(file, header, 0);
            }
            catch
            {
                file.Dispose();
                throw;
            }

            return new BodyFile(file, id, HeaderLength);
        }

        /// <summary>Whether a body at <paramref name="offset"/> of <paramref name="length"/> bytes lies within the first <paramref name="end"/> bytes.</summary>
        internal static bool Holds(long offset, int length, long end) => offset >= HeaderLength && length >= 0 && offset <= end - length;

        /// <summary>Writes <paramref name="bytes"/> at the end of the file and gives where they start.</summary>
        public long Append(ReadOnlySpan<byte> bytes)
        {
            var offset = _end;
            RandomAccess.Write(_file, bytes, offset);
            _end += bytes.Length;
            return offset;
        }

        public void Read(long offset, Span<byte> destination)
        {
            while (destination.Length > 0)
            {
                var read = RandomAccess.Read(_file, destination, offset);
                if (read <= 0) throw new EndOfStreamException("the article cache's body file is shorter than its entries say");
                destination = destination[read..];
                offset += read;
            }
        }

        public void Dispose() => _file.Dispose();
    }
}
