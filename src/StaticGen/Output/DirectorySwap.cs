using System.Runtime.InteropServices;
using System.Text;

namespace StaticGen.Output;

/// <summary>Swaps two directories in one atomic step where the operating system can.</summary>
internal static class DirectorySwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    // errno values meaning "this system or file system cannot exchange": fall back to two renames.
    private const int Einval = 22;
    private const int Enosys = 38;
    private const int Eperm = 1;
    private const int Enotsup = 95;

    /// <summary>
    /// Exchanges <paramref name="a"/> and <paramref name="b"/> (both existing directories on one
    /// file system) with Linux <c>renameat2(RENAME_EXCHANGE)</c>. Returns false when the system or
    /// file system does not support it; throws <see cref="IOException"/> for any other failure.
    /// </summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int result;
        try
        {
            result = RenameAt2(AtFdCwd, NullTerminated(a), AtFdCwd, NullTerminated(b), RenameExchange);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        if (result == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        if (errno is Einval or Enosys or Eperm or Enotsup) return false;
        throw new IOException($"cannot swap '{a}' and '{b}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    private static byte[] NullTerminated(string path) => Encoding.UTF8.GetBytes(path + "\0");

    // DllImport with byte arrays rather than LibraryImport with strings: no unsafe code in the library.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int RenameAt2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);
}
