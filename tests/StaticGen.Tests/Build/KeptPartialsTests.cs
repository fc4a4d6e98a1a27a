using System.Text;
using StaticGen.Build;
using StaticGen.Output;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Build;

public sealed class KeptPartialsTests
{
    [Fact]
    public void Cards_rendered_into_the_spill_are_saved_with_their_bytes_in_key_order_beside_the_kept_ones()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        using var spill = new BodySpill(Path.GetTempPath());
        PartialCacheFile.Write(output, [new(5, "<p>kept lighthouse card</p>"u8.ToArray()), new(9, "<p>kept unused card</p>"u8.ToArray())]);
        using var partials = new KeptPartials(() => PartialCacheFile.Open(output), (previous, made, keep) => PartialCacheFile.Save(output, previous, made, keep), spill);

        Assert.True(partials.TryGet(5, out var kept));
        Assert.False(partials.TryGet(6, out _));
        partials.Put(7, "<p>the ferry card, rendered now</p>"u8.ToArray());
        partials.Put(2, "<p>the harbour card</p>"u8.ToArray());
        partials.Save(limit: 10);

        // The rendered ones went to the spill, not to memory; all are saved, the unused kept one too.
        Assert.True(spill.Length > 0);
        Assert.Equal("<p>kept lighthouse card</p>", Encoding.UTF8.GetString(kept));
        var saved = PartialCacheFile.Read(output);
        Assert.Equal(new UInt128[] { 2, 5, 7, 9 }, saved.Keys.Order().ToArray());
        Assert.Equal(["<p>the harbour card</p>", "<p>kept lighthouse card</p>", "<p>the ferry card, rendered now</p>", "<p>kept unused card</p>"],
            saved.OrderBy(static e => e.Key).Select(static e => Encoding.UTF8.GetString(e.Value)));
    }

    [Fact]
    public void Kept_cards_beyond_the_limit_are_dropped_and_a_build_that_rendered_none_leaves_the_file_as_it_was()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        PartialCacheFile.Write(output, [new(1, "<p>one</p>"u8.ToArray()), new(3, "<p>three</p>"u8.ToArray()), new(4, "<p>four</p>"u8.ToArray())]);
        var before = File.ReadAllBytes(PartialCacheFile.PathOf(output));

        using (var quiet = new KeptPartials(() => PartialCacheFile.Open(output), (previous, made, keep) => PartialCacheFile.Save(output, previous, made, keep)))
        {
            Assert.True(quiet.TryGet(3, out _));
            quiet.Save(limit: 10);
        }

        Assert.Equal(before, File.ReadAllBytes(PartialCacheFile.PathOf(output)));

        using var partials = new KeptPartials(() => PartialCacheFile.Open(output), (previous, made, keep) => PartialCacheFile.Save(output, previous, made, keep));
        Assert.True(partials.TryGet(4, out _));
        partials.Put(2, "<p>two</p>"u8.ToArray());
        partials.Save(limit: 3);
        // The two used ones, then the lowest key of the others.
        Assert.Equal(new UInt128[] { 1, 2, 4 }, PartialCacheFile.Read(output).Keys.Order().ToArray());
    }
}
