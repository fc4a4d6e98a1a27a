using System.Text;
using StaticGen.Build;
using StaticGen.Output;

namespace StaticGen.Tests.Build;

public sealed class KeptPartialsTests
{
    [Fact]
    public void Cards_rendered_into_the_spill_are_saved_with_their_bytes_in_key_order_beside_the_kept_ones()
    {
        using var spill = new BodySpill(Path.GetTempPath());
        var earlier = new Dictionary<UInt128, byte[]> { [5] = "<p>kept lighthouse card</p>"u8.ToArray(), [9] = "<p>kept unused card</p>"u8.ToArray() };
        List<KeyValuePair<UInt128, byte[]>>? saved = null;
        var count = -1;
        var partials = new KeptPartials(() => earlier, entries =>
        {
            count = entries.Count;
            saved = [.. entries];
        }, spill);

        Assert.True(partials.TryGet(5, out var kept));
        partials.Put(7, "<p>the ferry card, rendered now</p>"u8.ToArray());
        partials.Put(2, "<p>the harbour card</p>"u8.ToArray());
        partials.Save(limit: 10);

        // The rendered ones went to the spill, not to memory; all come back, in key order, the unused kept one last.
        Assert.True(spill.Length > 0);
        Assert.Equal("<p>kept lighthouse card</p>", Encoding.UTF8.GetString(kept));
        Assert.Equal(4, count);
        Assert.Equal([(UInt128)2, 5, 7, 9], saved!.Select(static e => e.Key));
        Assert.Equal(["<p>the harbour card</p>", "<p>kept lighthouse card</p>", "<p>the ferry card, rendered now</p>", "<p>kept unused card</p>"],
            saved!.Select(static e => Encoding.UTF8.GetString(e.Value)));
    }
}
