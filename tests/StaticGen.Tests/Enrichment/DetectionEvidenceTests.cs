using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>Countries and tags decided by the words around a name: regions after a town, a story's US setting, prefixes before a name.</summary>
public sealed class DetectionEvidenceTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();
    private static readonly CountryDetector s_countries = new(s_gazetteer);

    private static List<string> Codes(params string[] body) =>
        [.. s_countries.Detect([new TextSegment("A local story", TextRole.Title), .. body.Select(static b => new TextSegment(b, TextRole.Body))]).Select(static c => c.Country.Code)];

    private static List<string> Tags(params string[] body) =>
        [.. new TagDetector(s_gazetteer, new TagsConfig()).Detect([new TextSegment("A local story", TextRole.Title), .. body.Select(static b => new TextSegment(b, TextRole.Body))]).Select(static t => t.Name)];

    [Theory]
    [InlineData("Hail fell on Mexico, Missouri, late on Friday.", "MX")]
    [InlineData("The clinic sees patients from as far as Panama City, Fla., every week.", "PA")]
    [InlineData("The plant in Lima, Ohio, will close next spring.", "PE")]
    [InlineData("Her brother runs a diner in Rome, Georgia, near the river.", "IT")]
    public void A_town_qualified_by_a_region_is_not_the_country(string text, string country) => Assert.DoesNotContain(country, Codes(text));

    [Theory]
    [InlineData("The cafe sells Danish-style rye bread baked on the premises.", "DK")]
    [InlineData("A Russian-style bathhouse opened by the lake.", "RU")]
    [InlineData("The garden has a Japanese-inspired pond and a tea house.", "JP")]
    [InlineData("An Italian-themed supper raised money for the roof.", "IT")]
    public void A_country_word_before_a_manner_word_is_no_country(string text, string country) => Assert.DoesNotContain(country, Codes(text));

    [Theory]
    [InlineData("Farmers grow Chinese cabbage between the rows of vines.", "CN")]
    [InlineData("The stall sold Greek yoghurt with honey.", "GR")]
    [InlineData("A Greek salad came with the fish.", "GR")]
    public void A_country_word_before_a_dish_or_plant_named_after_it_is_no_country(string text, string country) => Assert.DoesNotContain(country, Codes(text));

    [Theory]
    [InlineData("The Norwegian-owned fish farm will move its pens.", "NO")]
    [InlineData("A Swiss-funded clinic opened in the valley.", "CH")]
    public void A_country_word_before_an_owner_word_is_the_country(string text, string country) => Assert.Contains(country, Codes(text));

    [Fact]
    public void A_country_word_in_a_quoted_title_is_part_of_the_title_wherever_it_is_printed()
    {
        Assert.Empty(Codes("The band closed with “Cuban Heels”, a slow number about their parents' dance halls.", "Track list: 1. Harbour Lights 2. Cuban Heels"));
        Assert.Empty(Codes("The choir sang \"On Jordan's Stormy Banks\" to end the concert."));
        Assert.Empty(Codes("The concert closed with the hymn “On Jordan's Stormy Banks.”"));
    }

    [Fact]
    public void A_name_printed_only_inside_a_quoted_title_is_no_tag()
    {
        var tags = Tags("The choir, led by Marta Okonjo, closed with “On Jordan's Stormy Banks” and the parish cheered.", "Marta Okonjo said the choir would sing again at Easter.");
        Assert.Contains("Marta Okonjo", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Stormy Banks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_in_a_quoted_title_that_the_article_also_prints_alone_stays_a_tag() =>
        Assert.Contains("Ada Pell", Tags("Her memoir “Letters From Ada Pell” sold out in a week.", "Ada Pell said a second volume would follow, and Ada Pell thanked her readers."));

    [Fact]
    public void A_quoted_sentence_that_names_a_country_still_counts() =>
        Assert.Contains("CU", Codes("“We will play in Cuba next spring,” the singer said."));

    [Fact]
    public void A_capital_qualified_by_its_own_country_still_counts() => Assert.Contains("GE", Codes("The talks were held in Tbilisi, Georgia, on Monday."));

    [Fact]
    public void In_a_story_set_in_a_us_state_a_town_named_after_a_country_needs_more_evidence()
    {
        Assert.Empty(Codes("WILLOW COUNTY, Mo. — A storm flattened two barns north of Lebanon on Tuesday.", "A councillor from Athens told us the roads were shut."));
        Assert.Contains("LB", Codes("WILLOW COUNTY, Mo. — A family from Lebanon opened a bakery.", "Lebanese cooking has caught on in town."));
        Assert.Contains("LB", Codes("Israel and Lebanon agreed to talks in Paris, the ministry said."));
    }

    [Theory]
    [InlineData("The firmware codenamed Malta has two known flaws.", "MT")]
    [InlineData("Mr. Jordan said the vote would be close.", "JO")]
    [InlineData("Passengers of Ethiopian Airlines were rebooked.", "ET")]
    [InlineData("She showed her Afghan hound at the fair. She has bred Afghans for years.", "AF")]
    public void A_country_word_in_another_name_does_not_count(string text, string country) => Assert.DoesNotContain(country, Codes(text));

    [Theory]
    [InlineData("Chief Executive Ines Marrow said the orders were late.", "Ines Marrow")]
    [InlineData("Perth-based Quarry Gold Mining said it would halt work.", "Quarry Gold Mining")]
    [InlineData("Co-author Professor Lena Okafor of the Harbour Reef Centre said warming mattered.", "Lena Okafor")]
    [InlineData("Cllr Aled Morgan said the road would reopen.", "Aled Morgan")]
    [InlineData("Dad Rhys Pellow said the boys were safe.", "Rhys Pellow")]
    [InlineData("The bill, sponsored by state Sen. Ruth Calloway of Millbrook, passed.", "Ruth Calloway")]
    public void A_word_before_a_name_that_says_who_someone_is_is_not_part_of_it(string text, string name) => Assert.Contains(name, Tags(text));

    [Fact]
    public void A_demonym_before_a_lower_case_noun_ends_no_name() =>
        Assert.Empty(Tags("Air Moldovan officials met on Monday.", "The air was cold. Council Ukrainian forces held the line, the council said."));

    [Fact]
    public void A_sentence_opening_organisation_word_before_a_name_standing_alone_is_not_part_of_it()
    {
        var tags = Tags("Government Teodor Vasilescu vetoed the bill.", "Teodor Vasilescu spoke later. The government was silent.");
        Assert.Contains("Teodor Vasilescu", tags);
        Assert.DoesNotContain("Government Teodor Vasilescu", tags);
    }

    [Fact]
    public void An_organisation_named_with_and_before_its_organisation_word_is_one_name() =>
        Assert.Contains("Norwegian Fjord Safety and Pilotage Directorate", Tags("The Norwegian Fjord Safety and Pilotage Directorate said the route was closed."));

    [Fact]
    public void A_company_the_text_introduces_is_not_the_thing_an_imperative_opens() =>
        Assert.Contains("Brennlok", Tags("Swedish lock company Brennlok will end updates.", "Open Brennlok's support page and type the code."));

    [Fact]
    public void Two_capitals_named_once_with_nothing_saying_what_they_are_are_a_code() =>
        Assert.DoesNotContain("QZ", Tags("Find the model number, which starts with QZ or QR."));
}
