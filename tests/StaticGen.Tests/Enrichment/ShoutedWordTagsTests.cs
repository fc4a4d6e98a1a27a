using StaticGen.Configuration;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>Words a tabloid shouts in capitals are emphasis, not acronyms: they never become tags.</summary>
public sealed class ShoutedWordTagsTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.LoadDefault();

    private static List<string> Tags(string body, string title = "A story") =>
        [.. new TagDetector(s_gazetteer, new TagsConfig()).Detect([new TextSegment(title, TextRole.Title), new TextSegment(body, TextRole.Body)]).Select(static t => t.Name)];

    [Fact]
    public void A_shouted_word_the_article_also_writes_in_lower_case_is_no_tag()
    {
        var tags = Tags("A BOATMAN has pulled two swimmers from the canal at Hensby. The boatman, Piet Kroon, said the water was colder than he had ever known it. Piet Kroon has worked the locks for thirty years.");
        Assert.DoesNotContain("BOATMAN", tags);
        Assert.Contains("Piet Kroon", tags);
    }

    [Fact]
    public void A_known_acronym_stays_a_tag_even_when_its_letters_spell_a_word_in_the_text()
    {
        var tags = Tags("NATO ministers met in Brussels on Monday. NATO said the talks would go on. A nato-style pact was also discussed by the smaller states.");
        Assert.Contains(tags, t => t.Contains("NATO", StringComparison.OrdinalIgnoreCase) || t.Contains("North Atlantic", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_the_article_never_writes_in_lower_case_stays_a_candidate()
    {
        var tags = Tags("The HLTA said on Monday that it would close the upper lock. The HLTA runs the canal between Hensby and the sea, and the HLTA board meets on Friday.");
        Assert.Contains("HLTA", tags);
    }
}
