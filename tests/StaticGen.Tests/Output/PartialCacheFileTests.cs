using System.Text;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Output;

public sealed class PartialCacheFileTests
{
    private static KeyValuePair<UInt128, byte[]> Card(UInt128 key, string html) => new(key, Encoding.UTF8.GetBytes(html));

    [Fact]
    public void A_few_new_cards_are_appended_and_the_kept_ones_are_neither_read_nor_written_again()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        PartialCacheFile.Write(output, [Card(1, "<p>the harbour card</p>"), Card(2, "<p>the ferry card</p>"), Card(3, "<p>the regatta card</p>")]);
        var path = PartialCacheFile.PathOf(output);
        var before = File.ReadAllBytes(path);

        PartialCacheFile.Save(output, PartialCacheFile.Open(output), [Card(9, "<p>the new tug card</p>")], [1, 2, 3]);

        var after = File.ReadAllBytes(path);
        // The outputs that were there stay byte for byte where they were; the new one follows them, then the new index.
        var outputsEnd = before.Length - (3 * 28) - 24;
        Assert.Equal(before.AsSpan(0, outputsEnd).ToArray(), after.AsSpan(0, outputsEnd).ToArray());
        var read = PartialCacheFile.Read(output);
        Assert.Equal(new UInt128[] { 1, 2, 3, 9 }, read.Keys.Order().ToArray());
        Assert.Equal("<p>the new tug card</p>", Encoding.UTF8.GetString(read[9]));
        Assert.Equal("<p>the ferry card</p>", Encoding.UTF8.GetString(read[2]));
    }

    [Fact]
    public void Once_the_outputs_no_longer_kept_outweigh_the_kept_ones_the_file_is_written_anew()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        PartialCacheFile.Write(output, [Card(1, "<p>the harbour card, a long one</p>"), Card(2, "<p>the ferry card, a long one too</p>"), Card(3, "<p>short</p>")]);

        PartialCacheFile.Save(output, PartialCacheFile.Open(output), [Card(9, "<p>the new tug card</p>")], [3]);

        var after = File.ReadAllBytes(PartialCacheFile.PathOf(output));
        Assert.DoesNotContain("harbour", Encoding.UTF8.GetString(after), StringComparison.Ordinal);
        var read = PartialCacheFile.Read(output);
        Assert.Equal(new UInt128[] { 3, 9 }, read.Keys.Order().ToArray());
        Assert.Equal("<p>short</p>", Encoding.UTF8.GetString(read[3]));
    }

    [Fact]
    public void A_file_of_the_first_format_a_damaged_index_or_a_cut_file_is_no_cache()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        var path = PartialCacheFile.PathOf(output);

        // The first format: magic, format 1, a count, then each card with its key and length, no index.
        File.WriteAllBytes(path, [.. "SGPC"u8, 1, 0, 0, 0, 1, 0, 0, 0, .. new byte[16], 3, 0, 0, 0, .. "<p>"u8]);
        Assert.Null(PartialCacheFile.Open(output));
        Assert.Empty(PartialCacheFile.Read(output));

        PartialCacheFile.Write(output, [Card(1, "<p>the harbour card</p>"), Card(2, "<p>the ferry card</p>")]);
        var good = File.ReadAllBytes(path);
        Assert.Equal(2, PartialCacheFile.Read(output).Count);

        // A byte of the index changed (an offset): its hash no longer matches.
        var damaged = good.ToArray();
        damaged[good.Length - 24 - 28 + 16] ^= 0x40;
        File.WriteAllBytes(path, damaged);
        Assert.Null(PartialCacheFile.Open(output));

        // Cut short, or with bytes after the footer (an append that did not finish): no footer where it must be.
        File.WriteAllBytes(path, good[..^5]);
        Assert.Null(PartialCacheFile.Open(output));
        File.WriteAllBytes(path, [.. good, .. "<p>half a card"u8]);
        Assert.Null(PartialCacheFile.Open(output));
    }
}
