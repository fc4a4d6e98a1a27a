namespace StaticGen.Tests;

public sealed class TextSafetyTests
{
    [Fact]
    public void Removes_what_is_not_text_and_keeps_surrogate_pairs()
    {
        var text = TextSafety.RemoveNonText("a\u0001b\u007Fc\u0085d\uD800e\uDC00f😀g\uFFFEh\tj\nk\fl", out var removed, out var first);
        Assert.Equal("abcdef😀gh\tj\nk l", text);
        Assert.Equal((7, 1), (removed, first));
    }

    [Fact]
    public void A_diagnostic_is_one_printable_line_whatever_its_message_quotes()
    {
        var d = Diagnostic.Warning(Stage.Load, "content/\u001B[2Jx.md", 2, 3, "alias 'a\nb' \u0007");
        Assert.Equal("content/\\u001B[2Jx.md:2:3: warning: alias 'a\\u000Ab' \\u0007", d.ToString());
    }
}
