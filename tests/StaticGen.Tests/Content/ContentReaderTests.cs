using System.Text;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

public sealed class ContentReaderTests
{
    [Fact]
    public void Utf8_with_bom_and_crlf_reads_as_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Título\r\n\r\nCorpo.\r\n")];
        var text = ContentReader.Decode(bytes, "a.txt");
        Assert.Empty(text.Diagnostics);
        var article = RawArticleParser.Parse("a.txt", text.Text!).Article!;
        Assert.Equal("Título", article.Title);
        Assert.Equal("Corpo.", Assert.IsType<RawParagraph>(Assert.Single(article.Blocks)).Text);
    }

    [Fact]
    public void Windows_1252_is_the_fallback_for_invalid_utf8_with_a_warning_naming_the_file_and_line()
    {
        // "Café" and "naïve" in Windows-1252: 0xE9 and 0xEF are not valid UTF-8 on their own.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Title\n\nA caf"), 0xE9, .. Encoding.ASCII.GetBytes(" and a na"), 0xEF, .. Encoding.ASCII.GetBytes("ve reader.\n")];
        var text = ContentReader.Decode(bytes, "content/old.txt");
        Assert.Equal("Title\n\nA café and a naïve reader.\n", text.Text);
        var warning = Assert.Single(text.Diagnostics);
        Assert.Equal("content/old.txt", warning.Path);
        Assert.Equal(3, warning.Line);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Titel\n\nText.\n")];
        Assert.Equal("Titel\n\nText.\n", ContentReader.Decode(bytes, "a.txt").Text);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A }, "empty")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, "binary")]
    public void Empty_and_binary_files_are_skipped_with_a_warning_naming_the_file(byte[] bytes, string word)
    {
        var text = ContentReader.Decode(bytes, "content/x.txt");
        Assert.Null(text.Text);
        var warning = Assert.Single(text.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/x.txt", warning.Path);
        Assert.Contains(word, warning.Message, StringComparison.Ordinal);
    }
}

public sealed class ContentReaderLimitTests : IDisposable
{
    private readonly StaticGen.Tests.Support.TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Control_characters_are_removed_with_a_warning_naming_the_line()
    {
        var text = ContentReader.Decode("Title\n\nA bell \u0007 rings and an escape \u001B sits here.\n"u8, "content/a.txt");

        Assert.Equal("Title\n\nA bell  rings and an escape  sits here.\n", text.Text);
        var warning = Assert.Single(text.Diagnostics);
        Assert.Equal(("content/a.txt", 3, Severity.Warning), (warning.Path, warning.Line, warning.Severity));
        Assert.Contains("control characters", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_line_is_a_warning_naming_its_line()
    {
        var text = ContentReader.Decode(System.Text.Encoding.UTF8.GetBytes("Title\n\n" + new string('a', ContentReader.LongLine + 1) + "\nEnd.\n"), "content/a.txt");
        var warning = Assert.Single(text.Diagnostics);
        Assert.Equal(3, warning.Line);
        Assert.Contains("20,001 characters", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_skipped_unread_with_a_warning()
    {
        var path = _folder.Combine("huge.txt");
        using (var file = File.Create(path)) file.SetLength(ContentReader.MaxArticleBytes + 1);

        var text = ContentReader.ReadText(path, "content/huge.txt");

        Assert.Null(text.Text);
        Assert.Contains("more than the 1 MB an article may have", Assert.Single(text.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_followed_only_to_files_inside_the_folder()
    {
        var content = _folder.Combine("content");
        Directory.CreateDirectory(Path.Combine(content, "sub"));
        File.WriteAllText(Path.Combine(content, "sub", "a.md"), "inside");
        File.WriteAllText(_folder.Combine("outside.md"), "outside");
        File.CreateSymbolicLink(Path.Combine(content, "inside-link.md"), "sub/a.md");
        File.CreateSymbolicLink(Path.Combine(content, "outside-link.md"), "../outside.md");
        File.CreateSymbolicLink(Path.Combine(content, "sub", "climbing-link.md"), "../../outside.md");
        File.CreateSymbolicLink(Path.Combine(content, "dangling.md"), "nowhere.md");
        Directory.CreateSymbolicLink(Path.Combine(content, "folder-link"), "sub");

        var listing = ContentReader.List(content, "content");

        Assert.Equal(["inside-link.md", "sub/a.md"], listing.Entries.Select(static e => e.RelativePath));
        Assert.Equal(["content/dangling.md", "content/folder-link", "content/outside-link.md", "content/sub/climbing-link.md"], listing.Diagnostics.Select(static d => d.Path).Order(StringComparer.Ordinal));
    }
    [Fact]
    public void A_plain_folder_listed_on_its_own_gives_its_own_files_only()
    {
        var folder = _folder.Combine("downloads");
        Directory.CreateDirectory(Path.Combine(folder, "old", "deeper"));
        File.WriteAllText(Path.Combine(folder, "page.txt"), "a page");
        File.WriteAllText(Path.Combine(folder, "old", "older.txt"), "an older page");
        File.WriteAllText(Path.Combine(folder, "old", "deeper", "oldest.txt"), "the oldest page");

        Assert.Equal(["page.txt"], ContentReader.List(folder, folder, recursive: false).Entries.Select(static e => e.RelativePath));
        Assert.Equal(["old/deeper/oldest.txt", "old/older.txt", "page.txt"], ContentReader.List(folder, folder).Entries.Select(static e => e.RelativePath));
    }
}
