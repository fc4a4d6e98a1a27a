using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// A country's word that names a kind of thing (a breed, an animal, a language) is no mention of the country, whatever the
/// word: the evidence is where it stands, not which country it is.
/// </summary>
public sealed class CountryWordsInKindsTests
{
    private static readonly CountryDetector s_detector = new(Gazetteer.LoadDefault());

    private static List<string> Codes(string body, string title = "A story")
    {
        var segments = new List<TextSegment> { new(title, TextRole.Title), new(body, TextRole.Body) };
        return [.. s_detector.Detect(segments).Select(static c => c.Country.Code)];
    }

    [Theory]
    [InlineData("A farmer near the ridge keeps Bolivian Criollo ponies and lends them to the trekking firm.", "BO", "Bolivian")]
    [InlineData("Her neighbour breeds Norwegian Fjord horses on the island and sells two foals a year.", "NO", "Norwegian")]
    [InlineData("The shelter took in a Turkish Van cat that had been left in a crate at the station.", "TR", "Turkish")]
    public void A_demonym_running_into_one_capitalised_word_names_a_breed(string text, string code, string demonym)
    {
        Assert.DoesNotContain(code, Codes(text));

        // A state body, a title or a person's full name after the demonym leaves it the country.
        Assert.Contains(code, Codes($"{text} Later a {demonym} Navy patrol passed."));
        Assert.Contains(code, Codes($"{text} The {demonym} President visited in May."));
        Assert.Contains(code, Codes($"{text} {demonym} Ana Rivas Cole won the race."));
    }

    [Theory]
    [InlineData("Divers were warned that Maltese man-of-war jellyfish had drifted into the bay.", "MT")]
    [InlineData("The keepers also look after a pair of Mongolian gorals and some Japanese bees.", "MN")]
    [InlineData("The keepers also look after a pair of Mongolian gorals and some Japanese bees.", "JP")]
    [InlineData("The trawler landed mostly Iceland halibut this season, the harbour master said.", "IS")]
    public void A_country_word_before_an_animals_name_is_the_animals_kind(string text, string code) => Assert.DoesNotContain(code, Codes(text));

    [Theory]
    [InlineData("Most Finnish-speaking families on the island send their children to the mainland school.", "FI", "Finland")]
    [InlineData("The town's Welsh-language choir sang at the opening.", "GB", "Wales")]
    public void A_demonym_before_speaking_or_language_is_the_language(string text, string code, string country)
    {
        Assert.DoesNotContain(code, Codes(text));

        // The country named as well still counts.
        Assert.Contains(code, Codes($"{text} The ferries to {country} run all winter."));
    }
}
