using FsCheck;
using FsCheck.Fluent;

namespace StaticGen.Tests.Support;

/// <summary>
/// Generators of hostile text for property tests: markup that must stay text (HTML, script, event
/// attributes, template syntax, Markdown, YAML), characters that are not text (controls, NUL, lone
/// surrogates, noncharacters), line breaks of every kind, and long runs.
/// </summary>
public static class Hostile
{
    private static readonly string[] s_fragments =
    [
        "<script>alert(1)</script>", "</script><script>alert(1)</script>", "</title>", "</textarea>", "<!--", "-->",
        "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil>",
        "\" onmouseover=\"alert(1)", "' onfocus='alert(1)", "\"><b>", "<style>*{}</style>", "<base href=//evil/>", "<meta http-equiv=refresh content=0>",
        "{{ site.title }}", "{% raw %}", "${x}", "]]>", "<![CDATA[", "&amp;", "&lt;", "&#60;", "&", "<", ">", "\"", "'", "`",
        "[x](javascript:alert(1))", "![x](../../etc/passwd)", "<javascript:alert(1)>", "[a]: javascript:alert(1)", "<http://example.org>",
        "# ", "## ", "- ", "* ", "1. ", "> ", "| a | b |\n|---|---|\n| c | d |", "```\ncode\n```", "    indented", "---", "***", "___",
        "*em*", "**strong**", "~~del~~", "[^1]", "[^1]: note", "- [x] done", "\\", "\\*", ":", ": ", "key: value", "- item", "{a: 1}", "[1, 2]", "&anchor", "*alias", "!tag",
        "\n", "\r\n", "\r", "\n\n", "\t", "\u2028", "\u2029", "\u0085", "\u00A0", "\u200B", "\uFEFF",
        "\0", "\u0001", "\u001B[31m", "\u007F", "\u0090", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "\uFDD0",
        "😀", "Ü", "ß", "ı", "İ", "ﬁ", "日本語", "עברית", "\u202E", "NATO", "Norway", "Kyiv", "President Ingrid Halvorsen",
        "photo.jpg", "../x.jpg", "/etc/passwd", "C:\\Windows\\win.ini", "\\\\server\\share", "file:///etc/passwd", "%2e%2e/",
    ];

    /// <summary>One character of any kind, with the ones that break things most often drawn more often.</summary>
    public static Gen<char> Char { get; } = Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7E).Select(static c => (char)c)),
        (2, Gen.Choose(0, 0x1F).Select(static c => (char)c)),
        (2, Gen.Choose(0, 0xFFFF).Select(static c => (char)c)),
        (1, Gen.Elements('<', '>', '&', '"', '\'', '\n', '[', ']', '(', ')', '*', '_', '#', '\\', '`', '|', '{', '}', ':')));

    /// <summary>Hostile text: fragments and characters in any mix, up to a few hundred characters.</summary>
    public static Gen<string> Text { get; } = Gen.Sized(size =>
        Gen.Frequency(
            (4, Gen.Elements(s_fragments)),
            (3, Char.ArrayOf().Select(static cs => new string(cs))),
            (1, Gen.Elements(s_fragments).Select(static f => string.Concat(Enumerable.Repeat(f, 50)))))
        .ListOf()
        .Resize(Math.Min(size, 12))
        .Select(static parts => string.Concat(parts)));

    /// <summary>Hostile text that is never blank (a title, say).</summary>
    public static Gen<string> NonBlankText { get; } = Text.Select(static t => "T" + t);

    public static Arbitrary<string> TextArbitrary => Text.ToArbitrary();
}

/// <summary>FsCheck arbitraries for <c>[Property(Arbitrary = [typeof(HostileArbitraries)])]</c>: every string is hostile.</summary>
public static class HostileArbitraries
{
    public static Arbitrary<string> String() => Hostile.TextArbitrary;
}
