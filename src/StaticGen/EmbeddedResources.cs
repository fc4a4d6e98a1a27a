using System.Reflection;

namespace StaticGen;

/// <summary>Files embedded in the library: the default theme (<c>templates/…</c>) and data (<c>data/…</c>).</summary>
internal static class EmbeddedResources
{
    private static readonly Assembly s_assembly = typeof(EmbeddedResources).Assembly;

    /// <summary>Names of the embedded files under <paramref name="prefix"/> (e.g. <c>templates/</c>), ordered.</summary>
    public static IReadOnlyList<string> List(string prefix) =>
        [.. s_assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public static byte[] ReadBytes(string name)
    {
        using var stream = s_assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing from the build");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static string ReadText(string name) => System.Text.Encoding.UTF8.GetString(ReadBytes(name));
}
