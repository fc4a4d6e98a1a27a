using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>A podcast's or a video's chapters: lines that each open with a running time are a list under their heading, never one paragraph. The page is written for this test.</summary>
public sealed class ChapterListsTests
{
    [Fact]
    public void Lines_opening_with_a_running_time_are_a_list_of_chapters_under_their_heading()
    {
        const string text = "Harbour Talk\nEpisodes\nAbout\n\nWhy the night ferry keeps running late\n\n"
            + "Host Mira Holt talks to a ferry dispatcher about the fog, the tides and the one crane that decides when the last boat leaves the quay each night.\n\n"
            + "We also hear from a baker on the island who has missed more than one delivery of flour this winter because of it.\n\n"
            + "Chapters\n00:00 Welcome\n04:10 Fog on the sound\n19:45 The crane at the quay\n\n"
            + "Transcript\n\nMira Holt: Welcome back. Tonight we go down to the quay to ask why the last ferry so often leaves late.\n";
        var a = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);
        Assert.Contains("Chapters", a.Blocks.OfType<RawHeading>().Select(static h => h.Text));
        Assert.Equal(["00:00 Welcome", "04:10 Fog on the sound", "19:45 The crane at the quay"], Assert.Single(a.Blocks.OfType<RawList>()).Items);
    }
}
