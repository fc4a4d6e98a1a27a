using System.Runtime.InteropServices;
using System.Text;

namespace StaticGen.Output;

/// <summary>Hard links a file (POSIX <c>link</c>): an incremental build keeps an unchanged file of the previous output without copying it.</summary>
internal static class HardLink
{
    /// <summary>Links <paramref name="target"/> to the file <paramref name="existing"/>; false where the system or file system cannot.</summary>
    public static bool TryCreate(string existing, string target)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return Link(NullTerminated(existing), NullTerminated(target)) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static byte[] NullTerminated(string path) => Encoding.UTF8.GetBytes(path + "\0");

    // DllImport with byte arrays rather than LibraryImport with strings: no unsafe code in the library.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(byte[] existing, byte[] target);
}
