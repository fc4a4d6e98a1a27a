using System.Text;
using StaticGen.Images;

namespace StaticGen.Tests.Images;

public sealed class SvgSafetyTests
{
    private static string? Problem(string svg) => SvgSafety.Problem(Encoding.UTF8.GetBytes(svg));

    [Fact]
    public void A_plain_drawing_is_safe() =>
        Assert.Null(Problem("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>"""));

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""", "<script>")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>""", "onload")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><a x:href="javascript:alert(1)"><rect/></a></svg>""", "javascript:")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>hi</p></foreignObject></svg>""", "foreignObject")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>""", "tracker.example")]
    [InlineData("""<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>""", "XML")]
    [InlineData("""<html><script/></html>""", "<html>")]
    [InlineData("""<svg><rect""", "XML")]
    public void A_drawing_that_can_run_or_fetch_something_is_refused_and_the_reason_named(string svg, string reason) =>
        Assert.Contains(reason, Problem(svg), StringComparison.Ordinal);
}
