using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>The CLDR table of country names: every site and text language StaticGen knows but English, every country of the gazetteer.</summary>
public sealed class CountryNamesTableTests
{
    [Fact]
    public void Every_site_and_text_language_but_english_names_every_country_of_the_gazetteer()
    {
        Assert.Equal(
            SiteLanguage.Tags.Union(TextLanguage.Languages).Where(static t => t != "en").Order(StringComparer.Ordinal),
            CountryNames.Languages.Order(StringComparer.Ordinal));
        var codes = Gazetteer.LoadDefault().Countries.Select(static c => c.Code).ToList();
        foreach (var language in CountryNames.Languages)
        {
            var names = CountryNames.For(language)!;
            Assert.DoesNotContain(codes, c => !names.ContainsKey(c));
        }

        Assert.Equal("Österreich", CountryNames.For("de")!["AT"]);
        Assert.Equal("Autriche", CountryNames.For("fr")!["AT"]);
        Assert.Null(CountryNames.For("en"));
    }

    [Fact]
    public void The_adjectives_table_expands_endings_and_knows_only_text_languages_and_gazetteer_codes()
    {
        Assert.Equal(["tschechisch", "tschechische", "tschechischen"], CountryTermsByLanguage.Expand("tschechisch{,e,en}"));
        var codes = Gazetteer.LoadDefault().Countries.Select(static c => c.Code).Append("-").ToHashSet(StringComparer.Ordinal);
        var table = CountryTermsByLanguage.Parse(EmbeddedResources.ReadText("data/country-adjectives.tsv"));
        Assert.All(table.Keys, static l => Assert.Contains(l, TextLanguage.Languages));
        Assert.All(table.Values.SelectMany(static v => v), f => Assert.Contains(f.Code, codes));
    }

    [Fact]
    public void An_empty_cell_is_no_name()
    {
        var tables = CountryNames.Parse("# note\ncode\tde\tfr\nAT\tÖsterreich\t\n");
        Assert.Equal("Österreich", tables["de"]["AT"]);
        Assert.False(tables["fr"].ContainsKey("AT"));
    }
}
