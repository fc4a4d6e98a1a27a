using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A person's page holds no article: a social profile (its counts of followers and posts, the month the person joined)
/// and a writer's page (a note about the writer over teasers of their stories) are skipped with a warning naming the
/// file. Every sentence here is our own.
/// </summary>
public sealed class ProfilePagesTests
{
    private const string SocialProfile = """
        Harbour Birdwatch
        @harbourbirds@estuary.example

        Counting the waders and gulls of the estuary since 2011, with photographs sent in by our volunteers every week.

        Joined March 2019
        1,204 Followers · 312 Following

        Four avocets were feeding on the mud at North Quay this morning, the first we have seen this spring, close to the old slipway.
        2h

        The winter count is finished: more curlews than last year, fewer redshanks, and a single whimbrel that stayed until February.
        1d
        """;

    private const string WritersPage = """
        Mira Holt

        Mira Holt is a transport reporter at the Harbour Times, covering the ferries, the buses and the roads around the estuary.

        She joined the paper in 2019 after five years on a weekly title up the coast, and she lives on the north shore of the estuary.

        Latest stories

        Ferry crossing reopens after winter repairs
        12 May 2024

        Bus route to the hospital will run on Sundays
        3 May 2024

        Estuary bridge closes for a night of inspections
        28 April 2024
        """;

    private const string FirstPersonPage = """
        About me

        I am the Harbour Times's transport correspondent, and I have covered the ferries, buses and roads of the estuary since 2015.

        Before that I spent six years at a weekly paper up the coast, where I wrote about everything from harbour dues to school fairs.

        Recent work
        Ferry crossing reopens after winter repairs
        By Mira Holt | 12 May 2024
        Bus route to the hospital will run on Sundays
        By Mira Holt | 3 May 2024
        """;

    [Theory]
    [InlineData(SocialProfile)]
    [InlineData(WritersPage)]
    [InlineData(FirstPersonPage)]
    public void A_persons_page_is_skipped_with_a_warning_naming_the_file(string page)
    {
        var result = ArticleReader.Read("people/mira.txt", page);
        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics, static d => d.Message.Contains("profile page", StringComparison.Ordinal));
        Assert.Equal("people/mira.txt", warning.Path);
    }

    private const string ForumThread = """
        Anchoring off Kettle Point in a northerly - Coastal Sailing Forum
        Board index ‹ Anchorages ‹ North Coast
        Anchoring off Kettle Point in a northerly
        Post Reply
        3 posts • Page 1 of 1
        greyheron
        Posts: 87
        Joined: Jun 2021
        #1 Post by greyheron » Tue Oct 13, 2026 6:40 pm
        We spent two nights off Kettle Point last week while a northerly blew through, and the bay was far calmer than the pilot book suggests.
        The holding is good sand in six metres just east of the old lifeboat slip, well clear of the mooring buoys that the sailing club lays in spring.
        The swell only wraps round the point when the wind backs west, so keep an eye on the forecast and be ready to move across to the harbour.
        Dinghy landing is easiest at the slipway at half tide or above; at low water the last stretch is soft mud and weed.
        """;

    [Fact]
    public void A_forum_post_under_its_posters_counts_is_an_article()
    {
        var result = ArticleReader.Read("forum/kettle-point.txt", ForumThread);
        Assert.NotNull(result.Article);
        Assert.DoesNotContain(result.Diagnostics, static d => d.Message.Contains("profile page", StringComparison.Ordinal));
        Assert.Contains(result.Article.Blocks.OfType<StaticGen.Content.RawParagraph>(), static p => p.Text.Contains("holding is good sand in six metres", StringComparison.Ordinal));
    }
}
