using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

public sealed class DuplicateDetectorTests
{
    private const string Story = "The harbour authority in Bergen raised its fees on Monday for the third time in two years. "
        + "Shipping companies said the increase would be passed on to importers, and fishermen warned that smaller boats would leave the port. "
        + "The authority said the money would pay for a new breakwater and for dredging the inner basin, which has silted up since the storm of 2019.";

    [Fact]
    public void The_same_story_twice_is_a_duplicate_of_the_first()
    {
        var match = Assert.Single(DuplicateDetector.Find(["An unrelated text about mountain huts and skiing in the spring.", Story, Story]));
        Assert.Equal((2, 1), (match.Duplicate, match.Original));
        Assert.Equal(1.0, match.Similarity);
    }

    [Fact]
    public void A_nearly_identical_copy_is_a_duplicate()
    {
        var copy = Story.Replace("on Monday", "on Tuesday", StringComparison.Ordinal) + " Share this story.";
        var match = Assert.Single(DuplicateDetector.Find([Story, copy]));
        Assert.InRange(match.Similarity, 0.8, 1.0);
    }

    [Fact]
    public void Different_stories_on_the_same_subject_are_not_duplicates()
    {
        var other = "Fishermen in Bergen protested on Friday against the new harbour fees. "
            + "They blocked the inner basin with their boats for an hour and asked the city council to reverse the decision before the summer season.";
        Assert.Empty(DuplicateDetector.Find([Story, other]));
        Assert.InRange(DuplicateDetector.Similarity(Story, other), 0, 0.2);
    }

    [Fact]
    public void Case_and_accents_do_not_hide_a_copy()
    {
        Assert.Single(DuplicateDetector.Find([Story, Story.ToUpperInvariant().Replace("E", "É", StringComparison.Ordinal)]));
    }
}
