using Microsoft.Win32.SafeHandles;
using StaticGen.Content;

namespace StaticGen.Output;

/// <summary>
/// A temporary file that holds the bodies of a build's articles from Enrich until the build ends, so that
/// the build does not hold the archive's text while it renders: each article keeps only where its body is
/// (<see cref="CompactText.Stored"/>), and the page, fingerprint or feed that needs a body reads it back
/// (from the page cache, as a rule). On Unix the file is unlinked as soon as it is open (the open handle keeps
/// it alive and nothing reopens it by path), so a build that is killed leaves nothing behind; on Windows,
/// where an open file cannot be unlinked, it is deleted when the spill is disposed or the process ends.
/// Thread-safe: articles are kept and read from several threads at once.
/// </summary>
internal sealed class BodySpill : IUtf8Store, IDisposable
{
    /// <summary>Bodies shorter than this stay in memory: where such a body is would take a fair share of it.</summary>
    public const int SmallestKept = 256;

    private readonly SafeFileHandle _file;
    private long _end;

    /// <summary>Opens a new spill file in <paramref name="directory"/> (the system's temporary folder, as a rule).</summary>
    public BodySpill(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, "staticgen-bodies-" + Guid.NewGuid().ToString("N") + ".tmp");
        var unlinkNow = !OperatingSystem.IsWindows();
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, unlinkNow ? FileOptions.None : FileOptions.DeleteOnClose);
        if (unlinkNow) File.Delete(path);
    }

    /// <summary>How many bytes the spill holds.</summary>
    public long Length => Interlocked.Read(ref _end);

    /// <summary>The text, kept in the spill when it is UTF-8 and not short (else as it is).</summary>
    public CompactText Keep(CompactText text)
    {
        if (!text.IsUtf8 || text.IsStored) return text;
        var bytes = text.Utf8Bytes;
        if (bytes.Length < SmallestKept) return text;
        return CompactText.Stored(this, Append(bytes), bytes.Length);
    }

    /// <summary>Writes <paramref name="bytes"/> at the end of the spill and gives where they start (read them back with <see cref="ReadBytes"/>).</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        var offset = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
        RandomAccess.Write(_file, bytes, offset);
        return offset;
    }

    /// <summary>The <paramref name="length"/> bytes kept at <paramref name="offset"/>.</summary>
    public byte[] ReadBytes(long offset, int length)
    {
        var bytes = new byte[length];
        Read(offset, bytes);
        return bytes;
    }

    public void Read(long offset, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var read = RandomAccess.Read(_file, destination, offset);
            if (read <= 0) throw new EndOfStreamException("the body spill file is shorter than what was kept in it");
            destination = destination[read..];
            offset += read;
        }
    }

    public void Dispose() => _file.Dispose();
}
