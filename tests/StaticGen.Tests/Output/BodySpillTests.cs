using StaticGen.Content;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Output;

public sealed class BodySpillTests
{
    private static readonly string s_body = string.Concat(Enumerable.Repeat("The ferry to Tromsø left at dawn; the harbour master counted 412 passengers. ", 20));

    [Fact]
    public void A_kept_body_is_read_back_as_it_was_and_is_not_held_in_memory()
    {
        using var spill = new BodySpill(Path.GetTempPath());
        var first = spill.Keep(new CompactText(s_body));
        var second = spill.Keep(new CompactText(s_body + " The return crossing was cancelled."));

        Assert.True(first.IsStored);
        Assert.True(second.IsStored);
        Assert.Equal(s_body, first.ToString());
        Assert.Equal(s_body + " The return crossing was cancelled.", second.ToString());
        Assert.Equal(new CompactText(s_body), first);
        Assert.NotEqual(first, second);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(s_body), first.Utf8Bytes.Length);
        Assert.Equal(spill.Length, first.Utf8Bytes.Length + second.Utf8Bytes.Length);
    }

    [Fact]
    public void A_short_body_or_one_UTF8_cannot_hold_stays_in_memory()
    {
        using var spill = new BodySpill(Path.GetTempPath());
        var lone = s_body + "\ud800";

        var shortBody = spill.Keep(new CompactText("A short note."));
        var surrogate = spill.Keep(new CompactText(lone));

        Assert.False(shortBody.IsStored);
        Assert.False(surrogate.IsStored);
        Assert.Equal(lone, surrogate.ToString());
        Assert.Equal(0, spill.Length);
    }

    [Fact]
    public void An_article_with_a_kept_body_equals_the_same_article_in_memory()
    {
        using var spill = new BodySpill(Path.GetTempPath());
        var article = new Article { SourcePath = "content/ferry.md", Format = SourceFormat.Markdown, Slug = "ferry", Title = "Ferry", Date = DateTimeOffset.UnixEpoch, Summary = "Ferry.", Body = s_body };

        var kept = article with { BodyText = spill.Keep(article.BodyText) };

        Assert.True(kept.BodyText.IsStored);
        Assert.Equal(s_body, kept.Body);
        Assert.Equal(article, kept);
    }

    [Fact]
    public void Appended_bytes_are_read_back_from_where_they_were_written()
    {
        using var spill = new BodySpill(Path.GetTempPath());
        var first = spill.Append("<p>harbour</p>"u8);
        var second = spill.Append("<p>the ferry left at dawn</p>"u8);

        Assert.Equal("<p>the ferry left at dawn</p>"u8.ToArray(), spill.ReadBytes(second, 29));
        Assert.Equal("<p>harbour</p>"u8.ToArray(), spill.ReadBytes(first, 14));
        Assert.Equal(43, spill.Length);
    }

    [Fact]
    public void On_Unix_an_open_spill_leaves_no_file_behind_for_a_killed_build_to_strand()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();

        using var spill = new BodySpill(folder.Path);
        var kept = spill.Keep(new CompactText(s_body));

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
        Assert.Equal(s_body, kept.ToString());
    }
}
