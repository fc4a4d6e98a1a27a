using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using StaticGen.Build;
using StaticGen.Content;
using StaticGen.Output;

namespace StaticGen.Tests.Build;

public sealed class FingerprintTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(3000)]
    public void A_fingerprint_is_the_hash_of_its_tagged_values_however_many_there_are(int count)
    {
        // Short sequences are hashed in one go, long ones streamed: both must give the hash of the same bytes.
        var expected = new List<byte>();
        var f = new Fingerprint();
        for (var i = 0; i < count; i++)
        {
            var text = i % 7 == 0 ? new string('x', 1500 + i) : $"value {i}";
            f.Add(text).Add(i);
            expected.Add(1);
            AddInt(expected, text.Length);
            expected.AddRange(MemoryMarshal.AsBytes(text.AsSpan()).ToArray());
            AddInt(expected, i);
        }

        Assert.Equal(XxHash128.HashToUInt128([.. expected]), f.Value);
        Assert.Equal(f.Value, f.Value);
    }

    [Fact]
    public void A_copy_of_a_cached_article_with_other_tags_is_fingerprinted_without_reading_its_body_again()
    {
        // The assembler gives a tag the slug of its spelling on the site (a copy of the article with other tags): the copy's
        // fingerprint covers its tags, and takes its body's from the article cache instead of reading the body from disk.
        var store = new CountingStore(Encoding.UTF8.GetBytes("The harbour board met on Tuesday and agreed the new quay."));
        var article = new Article { SourcePath = "content/quay.md", Format = SourceFormat.Markdown, Slug = "quay", Title = "Quay", Date = DateTimeOffset.UnixEpoch, Summary = "S", Body = "" }
            with { BodyText = CompactText.Stored(store, 0, store.Bytes.Length), Tags = [new TagRef("Harbour Board", "harbor-board")] };
        var cache = new SiteCache();
        cache.Seed(article, new CachedHashes(Fingerprint.OfBody(article), Fingerprint.OfListing(article), null));
        var copy = article with { Tags = [new TagRef("Harbour Board", "harbour-board")] };
        var expected = Fingerprint.OfArticle(copy);
        store.Reads = 0;

        Assert.Equal(expected, cache.ArticleHash(copy));
        Assert.Equal(0, store.Reads);
        Assert.NotEqual(cache.ArticleHash(article), cache.ArticleHash(copy));

        // A copy with another body is hashed from that body.
        var edited = article with { Body = "The harbour board put off the vote." };
        Assert.Equal(Fingerprint.OfArticle(edited), cache.ArticleHash(edited));
        Assert.NotEqual(cache.ArticleHash(article), cache.ArticleHash(edited));
    }

    private sealed class CountingStore(byte[] bytes) : IUtf8Store
    {
        public byte[] Bytes { get; } = bytes;

        public int Reads { get; set; }

        public void Read(long offset, Span<byte> destination)
        {
            Reads++;
            Bytes.AsSpan((int)offset, destination.Length).CopyTo(destination);
        }
    }

    private static void AddInt(List<byte> bytes, int value)
    {
        var buffer = new byte[5];
        buffer[0] = 2;
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(1), value);
        bytes.AddRange(buffer);
    }
}
