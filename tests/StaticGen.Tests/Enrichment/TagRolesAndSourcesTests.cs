using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// Offices, portfolios and a report's source around names: an office after a name in a list of officers, an office or a
/// ministry's portfolio named alone, the portfolio between "Minister for" and the minister, "that" opening a clause before a
/// name, a surname that is also a place's word, a news outlet named only as the source of the report.
/// </summary>
public sealed class TagRolesAndSourcesTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    private static List<string> Tags(string body, string title = "A story") =>
        [.. new TagDetector(s_gazetteer, new TagsConfig()).Detect([new TextSegment(title, TextRole.Title), new TextSegment(body, TextRole.Body)]).Select(static t => t.Name)];

    [Fact]
    public void An_office_after_a_name_in_a_list_of_officers_is_no_part_of_it()
    {
        var tags = Tags("The rowing club elected its officers for the season: Nadia Orlov President, Piet Halloran Treasurer and Sunniva Grey Secretary.");
        Assert.Contains("Nadia Orlov", tags);
        Assert.Contains("Piet Halloran", tags);
        Assert.DoesNotContain(tags, t => t.EndsWith("President", StringComparison.Ordinal) || t.EndsWith("Treasurer", StringComparison.Ordinal) || t.EndsWith("Secretary", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ola Berg had served as Hon Treasurer for twelve years before the members thanked her.", "Hon Treasurer")]
    [InlineData("The members thanked the Hon Treasurer for ten years of careful books. Wen Li was then voted in as Social Secretary.", "Social Secretary")]
    [InlineData("She later served as Minister for Parliamentary Affairs, Talia Brenn said, before the cabinet was reshuffled.", "Parliamentary Affairs")]
    public void An_office_or_a_portfolio_named_alone_names_no_one(string body, string phrase) => Assert.DoesNotContain(phrase, Tags(body));

    [Theory]
    [InlineData("Minister for Aviation Omari Kesselring Dube said on Monday that the runway would reopen.", "Omari Kesselring Dube")]
    [InlineData("Federal Minister for Science and Technology Bexley Amundsen opened the laboratory on Friday.", "Bexley Amundsen")]
    [InlineData("The firm's Chief Executive Officer Lowri Pennant showed the new ferry to reporters.", "Lowri Pennant")]
    public void The_portfolio_or_office_before_a_ministers_name_is_no_part_of_it(string body, string name)
    {
        var tags = Tags(body);
        Assert.Contains(name, tags);
        Assert.DoesNotContain(tags, t => t.EndsWith(name, StringComparison.Ordinal) && t != name);
    }

    [Fact]
    public void That_opening_a_clause_before_a_name_is_no_determiner() =>
        Assert.Contains("Ivo Marchetti", Tags("The lifeboat trust announced that Ivo Marchetti will lead the crew from May. Marchetti said he was proud."));

    [Fact]
    public void A_surname_that_is_also_a_places_word_is_a_persons_when_it_speaks_alone() =>
        Assert.Contains("Delphine Hill", Tags("The orchestra appointed Delphine Hill as its conductor last week. Hill said the first season would open in Leeds."));

    [Fact]
    public void A_news_outlet_named_only_as_the_source_of_the_report_is_no_tag()
    {
        var tags = Tags("HARBOURTON (Coastline News) - Mayor Ilse Varga said on Monday the pier would reopen, Valley Radio reported. Varga told Harbour Times that repairs cost less than feared.");
        Assert.Contains("Ilse Varga", tags);
        Assert.DoesNotContain("Coastline News", tags);
        Assert.DoesNotContain("Valley Radio", tags);
        Assert.DoesNotContain("Harbour Times", tags);
    }

    [Fact]
    public void An_acronym_spelled_out_in_lower_case_words_is_a_things()
    {
        var tags = Tags("The ferry operators must follow the new standard safety procedures (SSP) from June, Orla Benning of the Harbour Board said.");
        Assert.Contains("Orla Benning", tags);
        Assert.DoesNotContain("SSP", tags);
    }

    [Fact]
    public void A_name_spelled_out_before_its_acronym_may_hold_to() =>
        Assert.Equal(["Federation for the Protection of Birds to Save Wetlands"], Tags("She later joined the Federation for the Protection of Birds to Save Wetlands (FPBSW) as a trustee."));

    [Fact]
    public void An_offices_or_an_honours_acronym_is_no_tag() =>
        Assert.Equal(["Tove Brandt"], Tags("Tove Brandt, who was the firm's CIO until May, was awarded an OBE last year."));

    [Theory]
    [InlineData("Workers painted the railings on the pier on Friday. (AP Photo/Marek Holloway). The mayor thanked them.", "Marek Holloway")]
    [InlineData("Fishermen moored their boats next to the new steps. [Yusuf Karaoglan/Al Jazeera]", "Yusuf Karaoglan,Al Jazeera")]
    [InlineData("The first ferry arrived at noon with 80 passengers on board. REUTERS/Valentin Mirescu", "Valentin Mirescu,REUTERS")]
    [InlineData("The old timber posts went to the museum. Kwame Ansahrudi/AFP via Getty Images", "Kwame Ansahrudi,Getty Images")]
    [InlineData("A brass band played on the quay while the boat came in. Picture: Hamish Dunleavy", "Hamish Dunleavy")]
    [InlineData("More than 9,000 tests were taken in the five days.(AAP: Lorcan Pettigrew) The queues were long.", "Lorcan Pettigrew,AAP")]
    [InlineData("Volunteers cleared the beach on Sunday (Supplied: Mirela Vasquez-Onu).", "Mirela Vasquez-Onu")]
    public void A_pictures_credit_left_in_running_text_names_no_tag(string body, string credited)
    {
        var tags = Tags("Councillor Agnes Thornbury said the work was worth it. " + body);
        Assert.Contains("Agnes Thornbury", tags);
        Assert.All(credited.Split(','), c => Assert.DoesNotContain(c, tags));
    }

    [Fact]
    public void Names_joined_by_a_slash_inside_running_text_are_no_credit_but_a_credit_after_it_is()
    {
        var tags = Tags("The Harlow Street/Quayside Trust and the AC/DC tribute band Thunderstruck Nights shared the stage, Agnes Thornbury said. (AP Photo/Marek Holloway)");
        Assert.Contains("Agnes Thornbury", tags);
        Assert.Contains(tags, t => t.Contains("Quayside Trust", StringComparison.Ordinal));
        Assert.DoesNotContain("Marek Holloway", tags);
    }

    [Theory]
    [InlineData("The vote was put off again, a spokesman for India of Congress affairs said on Tuesday.", "India of Congress")]
    [InlineData("Members walked out of the chamber when Kenya of Parliament rules were read, Wanjiru Kamau said.", "Kenya of Parliament")]
    public void A_place_before_of_heads_no_organisations_name(string body, string junk)
    {
        var tags = Tags(body);
        Assert.DoesNotContain(junk, tags);
        Assert.DoesNotContain(tags, t => t.StartsWith("India ", StringComparison.Ordinal) || t.StartsWith("Kenya ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es", "En este sentido, cuestionó las expresiones del Ministro de Seguridad, Ramiro Etcheverry, que habló el martes.", "Ramiro Etcheverry", "Ministro de Seguridad")]
    [InlineData("fr", "En sa qualité de Président du Comité Al-Hikma, le Souverain a réaffirmé son soutien au Comité Al-Hikma, a déclaré Mariam Touré.", "Comité Al-Hikma", "Président du Comité Al-Hikma")]
    public void An_office_of_its_portfolio_in_the_pages_language_is_no_part_of_a_name(string language, string body, string name, string office)
    {
        var tags = Support.DetectedTags.Names(body, language);
        Assert.Contains(name, tags);
        Assert.DoesNotContain(office, tags);
    }
}
