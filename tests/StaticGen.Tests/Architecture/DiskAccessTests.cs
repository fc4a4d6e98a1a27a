using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StaticGen.Tests.Architecture;

/// <summary>
/// The disk at the edges: only the readers of Content and Configuration (content, templates,
/// config, git), the writers of Output and the checker of a built site touch the file system or
/// start processes. An IL scan finds every call to <c>File</c>, <c>Directory</c>, <c>FileInfo</c>,
/// <c>DirectoryInfo</c>, <c>FileStream</c> or <c>Process</c>, and to libvips's file loaders and savers
/// (NetVips <c>Image.NewFromFile</c>, <c>Thumbnail</c>, <c>Jpegsave</c>…: the image pipeline works on
/// bytes), and names the type that makes it.
/// </summary>
public sealed class DiskAccessTests
{
    /// <summary>The only types of the library that may use the file system or start a process, each with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["StaticGen.Configuration.SiteConfigReader"] = "reads site.config.yml",
        ["StaticGen.Content.ContentReader"] = "lists and reads content, templates and static files; asks git for dates",
        ["StaticGen.Content.ArticleWriter"] = "writes articles as .md (import, new)",
        ["StaticGen.Output.SiteWriter"] = "writes the staging folder and swaps or moves it in",
        ["StaticGen.Output.BuildManifest"] = "reads and writes the manifest of the last build",
        ["StaticGen.Output.ArticleCacheFile"] = "reads and writes the article cache beside the output",
        ["StaticGen.Output.PartialCacheFile"] = "reads and writes the rendered cards kept beside the output",
        ["StaticGen.Output.InputsFile"] = "reads and writes the record of what the last build was made from, beside the output",
        ["StaticGen.Output.BodySpill"] = "keeps the articles' bodies in a temporary file while a build renders",
        ["StaticGen.Output.OutputComparer"] = "compares two built folders (--verify)",
        ["StaticGen.Checking.SiteChecker"] = "reads a built site (check)",
        ["StaticGen.Images.ImageCache"] = "keeps derived images beside the output (reads and writes the image cache)",
    };

    private static readonly string[] s_diskTypes =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
        "System.IO.FileStream", "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
    ];

    [Fact]
    public void Only_the_listed_readers_and_writers_touch_the_disk()
    {
        var users = DiskUsers(typeof(StaticGen.Diagnostic).Assembly.Location);
        var offenders = users.Where(u => !Allowed.ContainsKey(u.Key)).SelectMany(static u => u.Value).ToList();
        Assert.True(offenders.Count == 0, "the disk is touched outside the readers and writers:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Every_listed_type_still_touches_the_disk()
    {
        // A type that no longer needs the disk comes off the list, so the list stays the truth.
        var users = DiskUsers(typeof(StaticGen.Diagnostic).Assembly.Location);
        var stale = Allowed.Keys.Where(type => !users.ContainsKey(type)).ToList();
        Assert.True(stale.Count == 0, "listed but no longer touching the disk: " + string.Join(", ", stale));
    }

    [Fact]
    public void The_scan_finds_a_planted_violation()
    {
        var users = DiskUsers(typeof(DiskAccessTests).Assembly.Location);
        Assert.True(users.ContainsKey(typeof(PlantedDiskUse).FullName!), "the planted File.Exists was not found");
        Assert.Contains(users[typeof(PlantedDiskUse).FullName!], static call => call.Contains("System.IO.File::Exists", StringComparison.Ordinal));
    }

    /// <summary>A libvips call that opens or writes a file by name: the loaders and savers without <c>Buffer</c> or <c>Stream</c>, <c>NewFromFile</c>, <c>WriteToFile</c>, <c>Thumbnail</c>.</summary>
    private static bool IsVipsFileCall(MethodReference callee) =>
        callee.DeclaringType.FullName == "NetVips.Image"
        && (callee.Name is "NewFromFile" or "WriteToFile" or "Thumbnail" || callee.Name.EndsWith("save", StringComparison.Ordinal) || callee.Name.EndsWith("load", StringComparison.Ordinal));

    [Fact]
    public void The_scan_finds_a_planted_libvips_file_read()
    {
        var users = DiskUsers(typeof(DiskAccessTests).Assembly.Location);
        Assert.Contains(users[typeof(PlantedVipsFileUse).FullName!], static call => call.Contains("NetVips.Image::NewFromFile", StringComparison.Ordinal));
        Assert.False(users.ContainsKey(typeof(PlantedVipsBufferUse).FullName!), "reading from bytes is not disk access");
    }

    /// <summary>Each type (nested types and lambdas count as their outermost type) that calls into the file system or a process, with what it calls.</summary>
    internal static Dictionary<string, List<string>> DiskUsers(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var owner = type;
            while (owner.DeclaringType is not null) owner = owner.DeclaringType;
            foreach (var method in type.Methods.Where(static m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.Operand is MethodReference callee && (s_diskTypes.Contains(callee.DeclaringType.FullName) || IsVipsFileCall(callee)))
                    {
                        if (!users.TryGetValue(owner.FullName, out var calls)) users[owner.FullName] = calls = [];
                        calls.Add($"{type.FullName}.{method.Name} calls {callee.DeclaringType.FullName}::{callee.Name}");
                    }
                }
            }
        }

        return users;
    }
}

/// <summary>A type that touches the disk where it should not: the scan must find it.</summary>
internal static class PlantedDiskUse
{
    public static bool Exists(string path) => File.Exists(path);
}

/// <summary>A type that opens a picture file with libvips where it should not: the scan must find it.</summary>
internal static class PlantedVipsFileUse
{
    public static int Width(string path)
    {
        using var image = NetVips.Image.NewFromFile(path);
        return image.Width;
    }
}

/// <summary>A type that decodes a picture from bytes: not disk access.</summary>
internal static class PlantedVipsBufferUse
{
    public static int Width(byte[] bytes)
    {
        using var image = NetVips.Image.NewFromBuffer(bytes);
        return image.Width;
    }
}
