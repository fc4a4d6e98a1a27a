using System.Text;
using FsCheck.Xunit;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Content;

/// <summary>
/// Whatever text arrives, the parsers answer with an article or diagnostics, never an exception:
/// a thrown exception would stop the whole build over one bad file.
/// </summary>
public sealed class ParserPropertyTests
{
    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
    public void The_raw_parser_never_throws(string title, string body)
    {
        var result = RawArticleParser.Parse("content/x.txt", title + "\n\n" + body);
        Assert.True(result.Article is not null || result.Diagnostics.Count > 0);
    }

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
    public void The_front_matter_parser_never_throws(string yaml, string body)
    {
        var result = MarkdownArticleParser.Parse("content/x.md", "---\n" + yaml + "\n---\n" + body);
        Assert.True(result.Article is not null || result.Diagnostics.Any(static d => d.IsError));
        Assert.All(result.Diagnostics, static d => Assert.Equal("content/x.md", d.Path));
    }

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
    public void Front_matter_values_of_any_text_are_read_back_as_text_without_control_characters(string title, string kicker)
    {
        var text = "---\ntitle: " + Quoted(title) + "\nkicker: " + Quoted(kicker) + "\ndate: 2024-01-01\n---\nBody.\n";
        var result = MarkdownArticleParser.Parse("content/x.md", text);

        // Every string YAML can hold comes back, less the characters that are not text; an escape YAML
        // refuses (a lone surrogate) is an error at the line of that value.
        if (result.Article is not { } article)
        {
            Assert.Contains(result.Diagnostics, static d => d.IsError && d.Line is 2 or 3);
            return;
        }

        Assert.Equal(TextSafety.RemoveNonText(title, out _, out _), article.Title ?? "");
        Assert.Equal(TextSafety.RemoveNonText(kicker, out _, out _), article.Kicker ?? "");
    }

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 300)]
    public void The_config_reader_never_throws(string yaml)
    {
        var result = SiteConfigReader.Parse("site.config.yml", yaml);
        Assert.NotNull(result.Config);
    }

    [Property(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 200)]
    public void Decoding_any_bytes_never_throws_and_leaves_only_text(string text, byte[] noise)
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), noise, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], [.. Encoding.UTF8.GetBytes(text), .. noise] })
        {
            var decoded = ContentReader.Decode(bytes, "content/x.txt");
            if (decoded.Text is { } t)
            {
                Assert.DoesNotContain(Enumerable.Range(0, t.Length), i => TextSafety.IsNotText(t, i));
            }
            else
            {
                Assert.Contains(decoded.Diagnostics, static d => d.Path == "content/x.txt");
            }
        }
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/> (escapes for everything but printable ASCII).</summary>
    private static string Quoted(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~') sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.Append('"').ToString();
    }
}
