using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class TagDetectorTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    private static List<string> Tags(string body, string title = "A story", TagsConfig? config = null)
    {
        var detector = new TagDetector(s_gazetteer, config ?? new TagsConfig());
        return [.. detector.Detect([new TextSegment(title, TextRole.Title), new TextSegment(body, TextRole.Body)]).Select(static t => t.Name)];
    }

    [Fact]
    public void People_are_tagged_by_full_name_and_later_surnames_count_for_them()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect(
        [
            new TextSegment("Halvorsen rejects the harbour plan", TextRole.Title),
            new TextSegment("Fisheries minister Ingrid Halvorsen rejected the plan on Monday. Halvorsen said the fees were too high.", TextRole.Body),
        ]);
        var tag = Assert.Single(tags);
        Assert.Equal("Ingrid Halvorsen", tag.Name);
        Assert.Equal(3, tag.Mentions);
    }

    [Fact]
    public void Titles_are_not_part_of_the_name()
    {
        Assert.Equal(["Mette Frederiksen"], Tags("Danish Prime Minister Mette Frederiksen visited the port."));
    }

    [Fact]
    public void Acronyms_and_their_spelled_out_names_are_one_tag()
    {
        var tags = Tags("The Nordic Fisheries Council (NFC) met in Oslo. The NFC said quotas would fall. Members of the NFC disagreed.");
        Assert.Equal(["NFC"], tags);
    }

    [Fact]
    public void Built_in_aliases_make_EU_and_European_Union_one_tag()
    {
        Assert.Equal(["European Union"], Tags("The EU agreed. Ministers of the European Union met in Brussels."));
        Assert.Equal(["European Union"], Tags("The EU agreed on new rules."));
    }

    [Fact]
    public void Names_merge_case_and_accent_insensitively()
    {
        var detector = new TagDetector(s_gazetteer, new TagsConfig());
        var tags = detector.Detect([new TextSegment("Coach Zoë Mbappé-Okafor praised the team. Coach Zoe Mbappe-Okafor said more.", TextRole.Body)]);
        Assert.Equal(2, Assert.Single(tags).Mentions);
    }

    [Theory]
    [InlineData("Fans celebrated the World Cup in the streets of the city.")]
    [InlineData("They walked along the Danube bridge and into Vila Nova.")]
    [InlineData("The storm hit the town of Hallstatt and the Black Sea coast.")]
    [InlineData("Several European teams and the Arab world watched.")]
    [InlineData("It happened on New Year’s Day in Eastern Europe.")]
    [InlineData("A JavaScript file was changed. #HarbourHack was trending.")]
    [InlineData("Residents Of The Old Town Say No")]
    public void Places_things_events_and_hashtags_are_not_tags(string text)
    {
        Assert.Empty(Tags(text, title: "Story"));
    }

    [Fact]
    public void A_single_word_is_a_tag_when_the_text_introduces_it_as_a_name()
    {
        Assert.Equal(["Nordkraft"], Tags("Workers at Nordkraft, a power company in Narvik, went on strike."));
        Assert.Equal(["al-Harbi"], Tags("Fighters of the militant group al-Harbi attacked a convoy."));
        Assert.Equal(["PolarLink"], Tags("The cable was laid by PolarLink and its partners."));
        Assert.Empty(Tags("Visitors came from Tromsø and stayed for a week."));
    }

    [Fact]
    public void Stop_list_aliases_maximum_and_keyword_rules_come_from_config()
    {
        var text = "Ingrid Halvorsen met Lars Berg and Kari Dahl. Sanctions were discussed. Halvorsen and Berg agreed on SANCTIONS.";
        Assert.DoesNotContain("Lars Berg", Tags(text, config: new TagsConfig { Stop = ["lars berg"] }));
        Assert.Contains("Minister Halvorsen", Tags(text, config: new TagsConfig { Aliases = new Dictionary<string, string> { ["Ingrid Halvorsen"] = "Minister Halvorsen" } }));
        Assert.Equal(2, Tags(text, config: new TagsConfig { Max = 2 }).Count);
        var ruled = Tags(text, config: new TagsConfig { Rules = new Dictionary<string, string> { ["sanctions"] = "Sanctions" }, Max = 2 });
        Assert.Equal("Sanctions", ruled[0]);
    }

    [Fact]
    public void Tags_are_ordered_by_salience()
    {
        var tags = Tags("Ingrid Halvorsen spoke first. Lars Berg answered. Berg spoke again, and Berg closed the meeting.", title: "Lars Berg wins the vote");
        Assert.Equal(["Lars Berg", "Ingrid Halvorsen"], tags);
    }
}
