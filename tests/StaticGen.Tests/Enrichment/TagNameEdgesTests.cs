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

    [Fact]
    public void A_chief_executive_in_capitals_is_a_title_before_the_name()
    {
        var tags = Tags("Orders fell for a second month, and CEO Hanna Lindqvist said the plant would reopen in spring.");
        Assert.Contains("Hanna Lindqvist", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("CEO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_made_an_adjective_alone_is_no_tag() =>
        Assert.DoesNotContain("Yorkshire-based", Tags("Profits at the Halifax, Yorkshire-based lender fell by a fifth in the year to March."));

    [Fact]
    public void A_word_opening_a_sentence_as_the_one_who_speaks_is_a_name()
    {
        var tags = Tags("Drilling resumed in May. Veltrane has said it will add two rigs. Korvald-Lindt has said much the same. Cost estimates have run into the millions.");
        Assert.Contains("Veltrane", tags);
        Assert.Contains("Korvald-Lindt", tags);
        Assert.DoesNotContain("Cost", tags);
    }

    [Fact]
    public void The_spelled_out_name_names_the_tag_however_often_its_acronym_follows()
    {
        var tags = Tags("Prices are set by the Coastal Fisheries Pricing Board (CFPB) each month. CFPB will publish the next list on Friday, and CFPB inspectors will visit the markets.");
        Assert.Contains("Coastal Fisheries Pricing Board", tags);
        Assert.DoesNotContain("CFPB", tags);
    }

    [Fact]
    public void One_word_after_the_and_before_and_opens_an_organisation_name()
    {
        Assert.Contains("Seed and Orchard Institute", Tags("Growers lost half the crop. The Seed and Orchard Institute says that bees pollinate a third of what we eat."));
        Assert.Contains("Fire and Rescue Service", Tags("Crews from the Fire and Rescue Service reached the farm within an hour."));
    }

    [Fact]
    public void Limited_is_a_legal_form() =>
        Assert.Equal(["Okonjo Refining Limited"], Tags("The revived plant, operated by Okonjo Refining Limited, will sell diesel from March, and Okonjo Refining said prices would fall."));

    [Fact]
    public void A_name_listed_beside_organisations_is_one_even_with_a_place_word_in_it() =>
        Assert.Contains("Sunwoo Ocean", Tags("Most of the tankers are being built by Sunwoo Ocean, Baltic Heavy Industries and Nordhavn Marine Group."));

    [Fact]
    public void A_sentence_opening_word_the_article_writes_with_the_next_in_lower_case_stays_in_the_name()
    {
        var tags = Tags("She taught child safety for forty years. Child Safety Iceland later named a prize after her.");
        Assert.Contains("Child Safety Iceland", tags);
        Assert.DoesNotContain("Safety Iceland", tags);
    }

    [Fact]
    public void Workers_after_a_name_of_two_words_make_it_an_organisation() =>
        Assert.Contains("Transit Links Scotland", Tags("A Transit Links Scotland spokesperson said the timetable would change in May."));

    [Fact]
    public void An_atoll_or_a_calle_is_a_place() =>
        Assert.Empty(Tags("The yacht anchored off Tamarind Atoll on Monday, and the crew ate at a bar on Calle Mirador."));

    [Fact]
    public void A_word_the_article_writes_in_lower_case_opening_a_headline_before_a_name_it_writes_alone_is_no_part_of_it()
    {
        var tags = Tags("The main opposition Liberal Union Party won 140 of the 250 seats, and its leader Mara Vell said the count was fair.", "Opposition Liberal Union Party wins clear majority");
        Assert.Contains("Liberal Union Party", tags);
        Assert.DoesNotContain("Opposition Liberal Union Party", tags);
    }

    [Fact]
    public void A_word_an_organisations_name_runs_into_before_a_number_is_what_the_number_designates() =>
        Assert.Contains("Kestrel Airways", Tags("Kestrel Airways Flight 212 landed safely in the storm on Tuesday, the airline said after the emergency."));

    [Fact]
    public void A_ticker_after_an_exchange_of_two_words_or_a_product_code_is_no_tag()
    {
        var tags = Tags("Brightfjord Foods AB (Nasdaq Copenhagen: BFJ) said its enzyme BFJ-12 passed a second trial, and Brightfjord Foods will ask regulators for approval of BFJ-12 next year.");
        Assert.Contains("Brightfjord Foods AB", tags);
        Assert.DoesNotContain("BFJ", tags);
    }

    [Fact]
    public void A_patrol_is_an_organisation_whose_name_may_open_with_a_place() =>
        Assert.Contains("Montana Highway Patrol", Tags("The Montana Highway Patrol said it had closed the pass for the night after three trucks slid off the road."));

    [Fact]
    public void A_region_after_a_town_and_a_comma_ending_a_caption_is_a_place()
    {
        var segments = new List<TextSegment> { new("A story", TextRole.Title), new("Workers load sacks of rice onto a barge at the jetty in Oruma, Kessel State.", TextRole.Caption) };
        Assert.Empty(new TagDetector(s_gazetteer, new TagsConfig()).Detect(segments));
    }
}
