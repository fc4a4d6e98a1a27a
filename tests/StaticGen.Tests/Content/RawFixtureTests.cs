using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using StaticGen.Build;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// Golden files: each <c>Fixtures/raw/NNN-case.txt</c> is a raw article (our own sentences) and
/// <c>NNN-case.expected.md</c> is what the loader must make of it, written as <c>staticgen import</c>
/// writes it (front matter with title, kicker, date, author, summary, tags, countries, images, then
/// the Markdown body; no import hash, no date when the text gives none). To update the expected files
/// after a deliberate change, run the tests with STATICGEN_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class RawFixtureTests
{
    private static readonly string s_fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "raw");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(s_fixtures, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Every_fixture_has_an_expected_file()
    {
        var cases = Directory.EnumerateFiles(s_fixtures, "*.txt").ToList();
        Assert.True(cases.Count >= 10, "the raw fixtures are missing from the test output folder");
        Assert.All(cases, c => Assert.True(File.Exists(Path.ChangeExtension(c, ".expected.md")), $"{c} has no .expected.md"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Raw_article_loads_as_expected(string name)
    {
        var actual = Render(name);
        var expectedPath = Path.Combine(s_fixtures, name + ".expected.md");
        if (Environment.GetEnvironmentVariable("STATICGEN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), name + ".expected.md"), actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; run with STATICGEN_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    /// <summary>The fixture loaded as the build loads it, written as import writes it.</summary>
    internal static string Render(string name)
    {
        var path = Path.Combine(s_fixtures, name + ".txt");
        var site = SiteContext.Open(s_fixtures);
        var load = site.LoadArticle($"Fixtures/raw/{name}.txt", path, ContentKind.RawArticle, File.ReadAllText(path), FallbackDates.None);
        var article = Assert.IsType<Article>(load.Article);
        var text = ArticleWriter.Compose(article, source: null);
        text = Regex.Replace(text, "^importHash: .*\n", "", RegexOptions.Multiline);
        if (article.DateIsFallback) text = Regex.Replace(text, "^date: .*\n", "", RegexOptions.Multiline);
        return text;
    }

    private static string SourceFolder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures", "raw");
}
