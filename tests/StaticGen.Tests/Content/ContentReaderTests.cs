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
