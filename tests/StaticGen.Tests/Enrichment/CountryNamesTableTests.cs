using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>The CLDR table of country names: every language StaticGen knows but English, every country of the gazetteer.</summary>
public sealed class CountryNamesTableTests
{
    [Fact]
    public void Every_site_language_but_english_names_every_country_of_the_gazetteer()
    {
        Assert.Equal(SiteLanguage.Tags.Where(static t => t != "en").Order(StringComparer.Ordinal), CountryNames.Languages.Order(StringComparer.Ordinal));
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
    public void An_empty_cell_is_no_name()
    {
        var tables = CountryNames.Parse("# note\ncode\tde\tfr\nAT\tÖsterreich\t\n");
        Assert.Equal("Österreich", tables["de"]["AT"]);
        Assert.False(tables["fr"].ContainsKey("AT"));
    }
}
