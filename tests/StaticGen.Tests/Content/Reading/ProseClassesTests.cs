using StaticGen.Content.Reading;
using static StaticGen.Content.Reading.ProseClass;

namespace StaticGen.Tests.Content.Reading;

public sealed class ProseClassesTests
{
    private static ProseClass[] Revise(params ProseClass[] initial) =>
        ProseClasses.Revise(initial, [.. initial.Select(static _ => (LineFeatures?)null)]);

    [Fact]
    public void A_short_line_between_two_good_lines_is_good() => Assert.Equal([Good, Good, Good], Revise(Good, Short, Good));

    [Fact]
    public void A_short_line_between_two_bad_lines_is_bad() => Assert.Equal([Bad, Bad, Bad], Revise(Bad, Short, Bad));

    [Fact]
    public void A_near_good_line_is_bad_only_between_bad_neighbours()
    {
        Assert.Equal([Bad, Bad, Bad], Revise(Bad, NearGood, Bad));
        Assert.Equal([Bad, Good, Good], Revise(Bad, NearGood, Good));
    }

    [Fact]
    public void The_edges_of_the_file_count_as_bad() => Assert.Equal([Bad, Good], Revise(Short, Good));

    [Fact]
    public void Neutral_lines_are_skipped_when_looking_for_neighbours() => Assert.Equal([Good, Neutral, Good, Neutral, Good], Revise(Good, Neutral, Short, Neutral, Good));

    [Fact]
    public void Initial_classes_follow_length_stop_words_and_evidence()
    {
        string[] lines =
        [
            "The harbour authority said on Monday that the ferries would run every forty minutes from the start of the summer timetable, and that the old boats would be kept in reserve for the busiest weekends of the year.",
            "Share",
            "Weather iPlayer Sounds Bitesize Sport Business Innovation Culture Travel Earth Video Live Radio",
        ];
        var features = lines.Select(l => (LineFeatures?)LineFeatures.Of(l, ReaderData.Default, PileTable.Empty)).ToList();
        var initial = ProseClasses.Initial(features, [null, "known furniture", null], [false, false, false]);
        Assert.Equal([Good, Bad, Bad], initial);
    }
}
