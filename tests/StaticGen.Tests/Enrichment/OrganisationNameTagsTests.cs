using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>Where an organisation's name starts and ends: words joined by "and", a governing board "of" its company, a guild.</summary>
public sealed class OrganisationNameTagsTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    private static List<string> Tags(string body, string title = "A story") =>
        [.. new TagDetector(s_gazetteer, new TagsConfig()).Detect([new TextSegment(title, TextRole.Title), new TextSegment(body, TextRole.Body)]).Select(static t => t.Name)];

    [Fact]
    public void An_organisation_word_inside_the_words_after_and_does_not_end_the_name()
    {
        var tags = Tags("Surveyors from the Danish Coastal Mapping and Energy Directorate said the dunes had moved ten metres.");
        Assert.Contains("Danish Coastal Mapping and Energy Directorate", tags);
        Assert.DoesNotContain("Energy Directorate", tags);
    }

    [Theory]
    [InlineData("The Board of Directors of Kestrelmoor Mills announces that the interim dividend will be paid in May.", "Kestrelmoor Mills")]
    [InlineData("Pieter Vos, Chairman of the Supervisory Board of Hallbeck Logistics, said the merger was off.", "Hallbeck Logistics")]
    [InlineData("Ilse Dorn, President of the Management Board of Vantor Energia, said the plant would open in June.", "Vantor Energia")]
    public void A_governing_board_before_of_leaves_the_organisation_it_governs(string text, string tag)
    {
        var tags = Tags(text);
        Assert.Contains(tag, tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Board", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_in_capitals_is_no_organisation() =>
        Assert.DoesNotContain("AGM", Tags("Members will vote on the new rules at the AGM in March, and the AGM will also elect a treasurer."));

    [Fact]
    public void A_governing_board_named_alone_is_no_tag() =>
        Assert.Equal(["Hesketh Partners"], Tags("The Board of Directors met on Friday and approved the accounts. The Board of Directors also named a new auditor, Hesketh Partners."));

    [Fact]
    public void A_board_of_its_own_stays_one_name() =>
        Assert.Contains("Board of Education", Tags("The Board of Education voted to close two schools, and the Board of Education said it would consult parents."));

    [Fact]
    public void A_guild_or_chamber_keeps_the_demonym_that_opens_its_name() =>
        Assert.Contains("Latvian Amber Guild", Tags("Sellers at the fair said the Latvian Amber Guild had asked for the stricter rules."));

    [Theory]
    [InlineData("A spokesperson for the Ministry of Fisheries, Forestry and Rural Affairs said the quota would not change this year.", "Ministry of Fisheries, Forestry and Rural Affairs")]
    [InlineData("Crews of the Tamsin Bay Fire and Rescue Service reached the warehouse within twenty minutes of the first call.", "Tamsin Bay Fire and Rescue Service")]
    [InlineData("The clinic's grant came from the Health Standards and Services Administration, which funds rural care.", "Health Standards and Services Administration")]
    public void An_organisations_name_listing_its_fields_is_one_name(string body, string name)
    {
        var tags = Tags(body);
        Assert.Contains(name, tags);
        Assert.DoesNotContain(tags, t => t != name && name.Contains(t, StringComparison.Ordinal));
    }
}
