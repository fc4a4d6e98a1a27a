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

    [Theory]
    [InlineData("A flock of Senegal doves has settled in the park behind the library.", "SN")]
    [InlineData("Anglers on the jetty reported a run of Peruvian snapper after the storm.", "PE")]
    [InlineData("The orchard lost a third of its trees to Moroccan wilt last summer.", "MA")]
    [InlineData("In the band's slower songs she switches to a Portuguese guitar.", "PT")]
    [InlineData("Lessons in Cuban boxing start at the leisure centre on Monday.", "CU")]
    [InlineData("The old Scottish barns on the estate will become holiday lets.", "GB")]
    [InlineData("The kitchen tiles came in a glossy Moroccan blue.", "MA")]
    [InlineData("The bank keeps a Chinese wall between its advisers and its traders.", "CN")]
    public void A_country_word_before_a_kind_by_its_class_is_the_kind(string text, string code) => Assert.DoesNotContain(code, Codes(text));

    [Theory]
    [InlineData("The twins narrated the whole wedding like a Greek chorus.", "GR")]
    [InlineData("The clinic grows Madagascar periwinkle in its research garden.", "MG")]
    [InlineData("The panelling in the vestry is Honduras mahogany, taken from a chapel.", "HN")]
    public void A_compound_the_lexicon_lists_is_a_kind(string text, string code) => Assert.DoesNotContain(code, Codes(text));

    [Theory]
    [InlineData("The porch had a Welsh dresser and two stools.", "Welsh cotton mills closed for a week.", "GB")]
    [InlineData("Stir in chopped Vietnamese coriander just before serving.", "Vietnamese beef prices rose again.", "VN")]
    [InlineData("A row of Russian nesting dolls stood on the windowsill.", "Russian drones hit the depot overnight.", "RU")]
    [InlineData("They lit a Swedish torch beside the frozen lake.", "Imports of Swedish wine doubled in a year.", "SE")]
    public void A_country_word_before_a_noun_of_a_household_or_natural_kind_is_the_kind(string kind, string goods, string code)
    {
        Assert.DoesNotContain(code, Codes(kind));

        // Goods whose origin is news (weapons, vehicles, drinks, meat), or a kind's noun that only describes the next noun
        // ("cotton mills"), leave the country.
        Assert.Contains(code, Codes(goods));
    }

    [Theory]
    [InlineData("Chilean salmon farmers asked for help after the algae bloom.", "CL")]
    [InlineData("Peruvian fishermen landed less snapper than last year.", "PE")]
    [InlineData("Dutch orange shirts filled the stands on Sunday.", "NL")]
    [InlineData("Moroccan blue-water sailors crossed to the Canaries.", "MA")]
    public void A_country_word_before_its_people_or_a_plain_colour_stays_the_country(string text, string code) => Assert.Contains(code, Codes(text));

    [Theory]
    [InlineData("The charter, written in Middle English, was found in the vicarage.", "GB")]
    [InlineData("The farmer's show heifer was a Red Danish bred on the island.", "DK")]
    public void A_capitalised_word_before_a_demonym_makes_a_name(string text, string code)
    {
        Assert.DoesNotContain(code, Codes(text));

        // A place's first word or a function word before it leaves it the country's.
        Assert.Contains("DE", Codes("The museum keeps East German border posts."));
        Assert.Contains("DK", Codes("Former Danish officials signed the letter."));
    }

    [Fact]
    public void A_demonym_opening_a_products_capitalised_name_is_the_product()
    {
        const string Text = "Sales of the Danish Comfort Knit blanket line doubled this winter; buyers want comfort at home.";
        Assert.DoesNotContain("DK", Codes(Text));

        // An organisation's word in the run makes it the country's body.
        Assert.Contains("DK", Codes("The Danish Comfort Knit Association said sales doubled; buyers want comfort at home."));
    }
}
