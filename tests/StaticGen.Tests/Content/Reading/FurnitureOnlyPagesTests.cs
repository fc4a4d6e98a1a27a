using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Pages with no article on them, only the site's furniture around a sentence or two about the page: an error page, a
/// gallery or search index, a writer's profile, a tag archive, a moved page, a consent screen. Each is skipped with a
/// warning naming the file; a short article among furniture is still read. Every sentence here is our own.
/// </summary>
public sealed class FurnitureOnlyPagesTests
{
    private const string NotFound = """
        Page not found – The Lakeshore Times
        Skip to content
        News
        Sport
        Business
        Opinion
        Sorry, we lost that one.
        The address may have been mistyped, or the story may have been taken down by its editors some time ago.
        Back to the front page
        Most read
        Ferry fares rise for the third year running
        Lakeshore council delays vote on bike lanes
        © The Lakeshore Times 2025
        """;

    private const string Gallery = """
        Galleries | Northfield Echo
        Home
        News
        Galleries
        Galleries
        Please ask the picture desk before using any of these photographs in print or online.
        Spring show at the county ground
        32 pictures
        Harbour regatta in the sunshine
        18 pictures
        Night market opening on Mill Street
        12 pictures
        Older galleries ›
        """;

    private const string Profile = """
        Mara Quinlan | The Harbour Gazette
        Subscribe
        Sign in
        Mara Quinlan
        Transport correspondent
        Mara Quinlan is the Gazette's transport correspondent and has covered roads, rail and ferries in the county since 2017.
        Email Mara
        Latest from Mara Quinlan
        Bus drivers vote to accept new pay offer
        14 March 2025
        Rail line to close for two weekends of track work
        2 March 2025
        Ferry timetable cut over the winter months
        21 February 2025
        Load more
        """;

    private const string Search = """
        Search results for “harbour” | Coast Weekly
        Menu
        Search
        14 results for “harbour”
        Harbour wall repairs to start in March
        The council has agreed to pay for repairs to the north harbour wall, which was damaged in…
        12 Feb 2025
        New café opens on the harbour front
        A former net store on the quay has been turned into a café by two sisters who…
        3 Jan 2025
        Next page
        """;

    private const string Tag = """
        Tag: fisheries – Island Courier
        Home › Tags › fisheries
        Showing 1–10 of 46 stories
        Quota row: skippers march on the fisheries office
        Island skippers marched on the fisheries office on Tuesday to protest against a cut in…
        Read more
        New cold store approved for the harbour
        The harbour board has approved a cold store that will let boats land their catch at…
        Read more
        Older posts
        """;

    private const string Moved = """
        This page has moved | Valley Post
        This page has moved
        The story you were looking for now lives at a new address on our archive site.
        You will be taken there in five seconds. If nothing happens, follow the link below.
        Go to the new page
        """;

    private const string Consent = """
        Before you continue to Riverside Daily
        We and our partners use cookies and similar tools to keep this site running, to measure how it is used and to show adverts that suit you.
        You can change your choices at any time under Privacy settings at the foot of any page.
        Accept all
        Reject all
        Manage options
        """;

    [Fact]
    public void A_page_of_furniture_around_a_sentence_about_the_page_is_skipped_with_a_warning_naming_the_file()
    {
        foreach (var (name, text) in new[] { ("not-found", NotFound), ("gallery", Gallery), ("profile", Profile), ("search", Search), ("tag", Tag), ("moved", Moved), ("consent", Consent) })
        {
            var result = ArticleReader.Read($"{name}.txt", text);
            Assert.True(result.Article is null, $"{name}: published as '{result.Article?.Title}'");
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal($"{name}.txt", warning.Path);
            Assert.Contains("it is skipped", warning.Message, StringComparison.Ordinal);
        }
    }
}
