using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>A country's name inside an organisation's: its own state bodies name it, and an organisation's words make no person of it.</summary>
public sealed class CountryBodiesTests
{
    private static readonly CountryDetector s_detector = new(Gazetteer.LoadDefault());

    private static List<string> Codes(string body, string title = "A story")
    {
        var segments = new List<TextSegment> { new(title, TextRole.Title), new(body, TextRole.Body) };
        return [.. s_detector.Detect(segments).Select(static c => c.Country.Code)];
    }

    [Fact]
    public void A_country_named_only_by_its_own_command_is_mentioned() =>
        Assert.Contains("US", Codes("Relief flights were on standby, and the United States Indo-Pacific Command said two aircraft could be sent if asked."));

    [Fact]
    public void The_words_of_an_agency_after_a_country_do_not_make_it_a_given_name()
    {
        Assert.Contains("JP", Codes("International help\n\nJapan, through the Japan International Cooperation Agency, said blankets were ready in a warehouse near the port."));
        Assert.Contains("FJ", Codes("Fees are paid at the Ministry of Revenue and Customs in town. Clearing out of Fiji was quick: the Fiji Revenue and Customs Service office stamped us out in an hour."));
    }

    [Fact]
    public void Common_nouns_before_a_country_make_an_organisation_not_a_surname() =>
        Assert.Contains("NZ", Codes("She taught water safety for forty years and came home to New Zealand in 1963. Water Safety New Zealand later named an award after her."));

    [Fact]
    public void A_verb_after_a_country_is_no_kind_of_thing() =>
        Assert.Contains("AU", Codes("Prices collapsed after a rush of new supply, and several projects in Australia slowed down or closed."));

    [Fact]
    public void A_stinging_sea_creature_is_not_the_country() =>
        Assert.DoesNotContain("PT", Codes("The divers said the coral was fine; it was the Portuguese man o' war drifting in on the tide that worried them."));

    [Fact]
    public void All_before_a_country_makes_no_given_name() =>
        Assert.Contains("IN", Codes("Listen to All India Radio for the warnings. The storm will reach India's west coast on Friday."));
}
