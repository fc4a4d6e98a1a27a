using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// Where a tag's name begins and ends, and what is no name at all: legal forms, a generation's abbreviation, a country's name
/// that opens an organisation's, tickers and results-table abbreviations, office-holders as a group, signatures of comments.
/// </summary>
public sealed class TagNameEdgesTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    private static List<string> Tags(string body, string title = "A story") =>
        [.. new TagDetector(s_gazetteer, new TagsConfig()).Detect([new TextSegment(title, TextRole.Title), new TextSegment(body, TextRole.Body)]).Select(static t => t.Name)];

    [Fact]
    public void Two_legal_forms_stay_with_the_name_and_mentions_without_them_are_the_same_company()
    {
        var tags = Tags("The court found that Ironbark Outdoor Furniture Pty Ltd misled buyers about where its chairs were made. Lawyers for Ironbark Outdoor Furniture said the labels had been changed.");
        Assert.Contains("Ironbark Outdoor Furniture Pty Ltd", tags);
        Assert.DoesNotContain(tags, static t => t is "Ironbark Outdoor Furniture" or "Ironbark Outdoor Furniture Pty");
    }

    [Fact]
    public void A_legal_form_gives_the_acronym_its_last_letter()
    {
        var tags = Tags("Kowloon Glassworks Manufacturing Co. (KGMC), the largest maker of lenses in the region, is building a second plant near the port.");
        Assert.Contains("Kowloon Glassworks Manufacturing Co.", tags);
        Assert.DoesNotContain("KGMC", tags);
    }

    [Fact]
    public void A_ticker_and_the_abbreviations_of_a_results_table_are_no_organisations()
    {
        var tags = Tags("Harrowgate Freight Corp. (NYSE: HRFT) said on Tuesday that diluted EPS rose to $0.91 and EBITDA grew by a tenth, helped by LNG deliveries.");
        Assert.Contains("Harrowgate Freight Corp.", tags);
        Assert.DoesNotContain(tags, static t => t is "HRFT" or "EPS" or "EBITDA" or "LNG");
    }

    [Fact]
    public void Office_holders_named_as_a_group_are_no_tag() =>
        Assert.DoesNotContain(Tags("Opposition MPs said the scheme still put the country's name at risk, and Lorna Fitch agreed."), static t => t.Contains("MPs", StringComparison.Ordinal));

    [Fact]
    public void A_given_name_and_an_initial_signing_a_tribute_is_no_tag()
    {
        var tags = Tags("“He fixed every bike in the street for nothing. A gem.” – Hemi K.\n“Best neighbour we ever had.” – Moira T.");
        Assert.DoesNotContain(tags, static t => t.StartsWith("Hemi", StringComparison.Ordinal) || t.StartsWith("Moira", StringComparison.Ordinal));
    }

    [Fact]
    public void A_generation_keeps_its_dot() =>
        Assert.Contains("Ernesto Villareal Jr.", Tags("The flooded towns were visited on Sunday by Ernesto Villareal Jr. and two of his ministers."));

    [Fact]
    public void A_country_opening_a_name_that_is_never_written_without_it_stays_in_the_name()
    {
        var tags = Tags("The night train is run jointly by Mongolia Tengri Zam and Altai Railways, and tickets went on sale on Monday.");
        Assert.Contains("Mongolia Tengri Zam", tags);
        Assert.DoesNotContain("Tengri Zam", tags);
    }

    [Fact]
    public void A_brand_with_an_inner_capital_opening_sentences_is_a_name()
    {
        var tags = Tags("Drilling started in March. VelorTech, which runs the field, expects six rigs by 2030. VelorTech holds 40% of the block.");
        Assert.Contains("VelorTech", tags);
    }

    [Fact]
    public void A_place_made_an_adjective_is_no_part_of_the_name_after_it()
    {
        var tags = Tags("Shares of Port Alston-based Quillfeather Foods jumped after the buyout offer.");
        Assert.Contains("Quillfeather Foods", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Alston", StringComparison.Ordinal));
    }
}
