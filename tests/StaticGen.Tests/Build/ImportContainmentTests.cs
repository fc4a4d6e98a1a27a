using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

/// <summary><c>import</c> copies only images that really are beside the article, and never loses an author's edit.</summary>
public sealed class ImportContainmentTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Parse("""
        -- incoming/pier.txt --
        Pier reopens after the winter storms

        The old pier reopened on Saturday after three months of repairs to its wooden deck and railings.

        pier.jpg
        The repaired deck of the old pier.
        (Photo: Harbour Archive)
        """);

    public void Dispose() => _site.Dispose();

    private ImportResult Import(bool force = false) =>
        Importer.Import(SiteContext.Open(_site.Root), [Path.Combine(_site.Root, "incoming")], Path.Combine(_site.Root, "content"), force, new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_image_that_is_a_link_to_a_file_outside_the_folder_is_not_copied()
    {
        File.WriteAllText(Path.Combine(_site.Root, "secret.txt"), "SECRET");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "incoming", "pier.jpg"), Path.Combine(_site.Root, "secret.txt"));

        var result = Import();

        Assert.Contains(result.Diagnostics, static d => d.Message.Contains("image 'pier.jpg' is a link to a file outside the article's folder", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_site.Root, "content", "pier.jpg")));
        Assert.Single(result.Files, static f => f.Outcome == WriteOutcome.Written);
    }

    [Fact]
    public void An_edited_import_is_kept_until_forced_and_no_temporary_file_is_left()
    {
        Import();
        var target = Path.Combine(_site.Root, "content", "pier-reopens-after-the-winter-storms.md");
        File.AppendAllText(target, "\nAn editor's added paragraph.\n");

        var kept = Import();
        Assert.Contains(kept.Files, static f => f.Outcome == WriteOutcome.KeptEdited);
        Assert.Contains("An editor's added paragraph.", File.ReadAllText(target), StringComparison.Ordinal);

        var forced = Import(force: true);
        Assert.Contains(forced.Files, static f => f.Outcome == WriteOutcome.Written);
        Assert.DoesNotContain("An editor's added paragraph.", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_site.Root, "content"), "*.tmp"));
    }
}
