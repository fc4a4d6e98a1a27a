using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A topic's front page, whose teasers print a snippet between headline and stamp and a relative time before the section
/// ("2 hours ago · Sport"), is skipped as a listing. Every sentence here is our own.
/// </summary>
public sealed class TopicFrontsTests
{
    [Fact]
    public void A_topic_front_with_snippets_and_relative_stamps_is_a_listing_and_is_skipped()
    {
        const string page = """
            The Lakeside Courier
            News | Sport | Business | Opinion | Jobs

            Topic: Water quality

            Water quality
            Latest stories tagged "Water quality"
            Follow this topic

            Algae warning closes the north beach for a second week
            Swimmers have been told to stay out of the water until tests show the bloom has cleared.
            3 hours ago · News · 12 comments

            Council asks for £2m to upgrade the treatment works
            The money would pay for new filters at the plant that serves the lake's eastern shore.
            Yesterday · Politics

            Anglers report fewer fish after a dry summer
            6 days ago · Sport

            Sign up to our daily newsletter
            """;
        var result = ArticleReader.Read("front.txt", page);
        Assert.Null(result.Article);
        Assert.Contains(result.Diagnostics, static d => d.Message.Contains("listing page", StringComparison.Ordinal));
    }
}
