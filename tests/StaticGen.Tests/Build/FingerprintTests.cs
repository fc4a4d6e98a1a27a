using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticGen.Build;

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

    private static void AddInt(List<byte> bytes, int value)
    {
        var buffer = new byte[5];
        buffer[0] = 2;
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(1), value);
        bytes.AddRange(buffer);
    }
}
