namespace StaticGen.Tests;

public sealed class AsciiSearchTests
{
    [Theory]
    [InlineData("© 2024 The Ledger. All rights reserved.", "opyright", -1)]
    [InlineData("COPYRIGHT 2024 Harbour Media", "opyright", 1)]
    [InlineData("Text (C) 2021 the harbour office", "(c)", 5)]
    [InlineData("cop", "opyright", -1)]
    [InlineData("a lake, a lake", "lake", 2)]
    [InlineData("", "(c)", -1)]
    public void Finds_an_ascii_text_case_ignored(string text, string value, int at) => Assert.Equal(at, AsciiSearch.IndexOfIgnoreCase(text, value));

    [Fact]
    public void Agrees_with_the_framework_for_every_character_beside_every_ascii_one()
    {
        // Ignoring case, no character outside ASCII is taken for one inside it (not the Kelvin sign, nor the dotless i).
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = "x" + (char)c + "y";
            foreach (var value in new[] { "k", "i", "s", "xky", "(c)", "opyright" })
            {
                var pattern = value.Replace('k', (char)c);
                Assert.Equal(text.IndexOf(value, StringComparison.OrdinalIgnoreCase), AsciiSearch.IndexOfIgnoreCase(text, value));
                Assert.Equal(("copyright " + pattern).IndexOf(value, StringComparison.OrdinalIgnoreCase), AsciiSearch.IndexOfIgnoreCase("copyright " + pattern, value));
            }
        }
    }
}
