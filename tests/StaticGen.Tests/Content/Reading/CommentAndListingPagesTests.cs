using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Two kinds of page that hold no article of their own: a page of readers' comments on a story printed elsewhere, and a
/// listing (a tag, category or author archive) of other stories' teasers. Each is skipped with a warning naming the file,
/// on evidence a careful editor sees: comments repeat a name, a time, a short text and a row of Reply or Like buttons;
/// a listing prints its label at the top and a run of teasers under it. An article with a comment section, or one story
/// saved under an archive's label, is still read. Every sentence here is our own.
/// </summary>
public sealed class CommentAndListingPagesTests
{
    private const string CommentsOnly = """
        Comments: Ferry operator drops winter timetable - Lakeside Herald
        News
        Sport
        What's On
        Sign in
        Back to article

        Comments (14)
        Join the discussion. Comments are checked by our moderators before they appear on the site.
        Sort by: Newest | Oldest

        PierWatcher
        1 hour ago
        They said the same thing last year and nothing changed at all.
        Reply · Like (6)

        marina_jo
        4 hours ago
        The early boat is the only way my son gets to college on time.
        Reply · Like (11)

        Old Salt · 6 hours ago
        Bring back the council service.
        Reply · Like (2)

        Load more comments
        """;

    private const string ArticleWithComments = """
        Ferry operator drops winter timetable
        By Ines Varga
        3 Comments

        The company that runs the lake ferries will stop its early and late crossings from November, leaving commuters on the east shore without a boat before eight in the morning.

        A spokesman said the first sailings carried fewer than a dozen passengers on most days last winter, and that the crews were needed for repairs to the older vessels.

        Parents whose children cross the lake to the college said they would ask the county council to pay for a replacement service.

        3 Comments

        PierWatcher
        1 hour ago
        They said the same thing last year and nothing changed at all.
        Reply · Like (6)

        marina_jo
        4 hours ago
        The early boat is the only way my son gets to college on time.
        Reply · Like (11)
        """;

    private const string BulletedTagPage = """
        Tag: Harbour Board

        • Harbour Board approves new cold store on the east quay

        Harbour Board approves new cold store on the east quay

        The harbour board has approved plans for a cold store on the east quay, which will let the smaller boats land their catch in the morning and sell it the same day.
        Members voted six to one in favour after a debate that lasted most of the afternoon.

        • Fishing crews protest against quota cut outside board offices

        Fishing crews protest against quota cut outside board offices

        About forty skippers and deckhands stood outside the board's offices on Tuesday to protest against a cut in the season's quota for cod.

        • Harbour Board chair to step down after eleven years
        """;

    private const string DatedTagPage = """
        Tiled roofs Archives • The Upland Courier
        The Upland Courier
        Politics   Farming   Weather   Opinion

        Tag: tiled roofs

        Follow this tag +

        Village church raises money for a new slate roof
        FAITH / HILL VILLAGES · Mar 3 2025 · by Tomas Reyne

        The last roofer in the valley who still splits stone by hand
        CRAFT · Feb 12 2025 · by Ada Morrow

        Older stories ›
        """;

    private const string CategoryOverOnePost = """
        Category Archives: Lake Ferries
        Ferry operator drops winter timetable after poor bookings
        The company that runs the lake ferries will stop its early and late crossings from November, leaving commuters on the east shore without a boat before eight in the morning.
        A spokesman said the first sailings carried fewer than a dozen passengers on most days last winter, and that the crews were needed for repairs to the older vessels.
        Parents whose children cross the lake to the college said they would ask the county council to pay for a replacement service.
        """;

    private const string DocumentDetails = """
        Lake Ferries Ltd: notice to shareholders
        Issuer: Lake Ferries Ltd
        Category: Timetable change
        Release time: 14 October 2025 09:30
        Lake Ferries will stop early and late winter crossings
        The directors of Lake Ferries Ltd announce that the company will not run its first and last crossings of the day between November and March, because too few passengers used them last winter.
        The change is expected to save the company about 400,000 in fuel and crew costs over the season.
        """;

    private const string ArchivesHeadline = """
        Town Archives to open on Saturdays
        By Ines Varga
        14 October 2025

        The town archives will open on Saturday mornings from next month, after volunteers offered to staff the reading room so that people who work in the week can use it.

        The archivist said more than two hundred people had asked for weekend hours in a survey last spring.
        """;

    [Fact]
    public void A_page_of_readers_comments_with_no_article_text_is_skipped_with_a_warning_naming_the_file()
    {
        var result = ArticleReader.Read("comments.txt", CommentsOnly);

        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("comments.txt", warning.Path);
        Assert.Contains("readers' comments (3 of them", warning.Message, StringComparison.Ordinal);
        Assert.Contains("it is skipped", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_a_comment_count_above_its_text_and_comments_under_it_is_still_published()
    {
        var article = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", ArticleWithComments).Article);

        Assert.Equal("Ferry operator drops winter timetable", article.Title);
        var text = string.Join("\n", article.Blocks.OfType<RawParagraph>().Select(static p => p.Text));
        Assert.Contains("replacement service", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buttons_under_a_comment_are_told_from_a_line_of_text()
    {
        var data = ReaderData.Default;
        Assert.True(CommentThreads.IsActionRow("Reply · Like (12)", data));
        Assert.True(CommentThreads.IsActionRow("Like 3 | Reply | Report", data));
        Assert.False(CommentThreads.IsActionRow("Like a good neighbour", data));
        Assert.False(CommentThreads.IsActionRow("(12)", data));
    }

    [Fact]
    public void A_comment_needs_its_writer_and_its_time_above_its_text()
    {
        // Text then buttons, with no name or time: a share row under a paragraph, not a comment.
        Assert.Empty(CommentThreads.Find(["The crossing takes forty minutes in calm weather.", "Reply · Like"], ReaderData.Default));
        Assert.Single(CommentThreads.Find(["PierWatcher", "1 hour ago", "Bring back the council service.", "Reply"], ReaderData.Default));
    }

    [Theory]
    [InlineData("tag-bullets.txt", BulletedTagPage, "Tag: Harbour Board", 3)]
    [InlineData("tag-dated.txt", DatedTagPage, "Tag: tiled roofs", 2)]
    public void A_listing_label_over_two_or_more_teasers_makes_a_listing_page_that_is_skipped(string path, string text, string label, int teasers)
    {
        var result = ArticleReader.Read(path, text);

        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(path, warning.Path);
        Assert.Contains($"listing page, not an article: its label '{label}' stands over {teasers} teasers", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_story_under_an_archive_label_is_published_and_the_label_is_never_its_title()
    {
        var article = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", CategoryOverOnePost).Article);

        Assert.Equal("Ferry operator drops winter timetable after poor bookings", article.Title);
        Assert.Contains(article.Lines, static l => l.Line == 1 && l.Class == LineClass.Furniture && l.Evidence.Contains("listing page's label", StringComparison.Ordinal));
    }

    private const string StoryWithKeyPointsUnderTag = """
        Tag: Harbour Board

        Harbour Board votes to close the old ferry pier

        • Pier has been unsafe since the spring storms
        • Repairs would cost more than a new landing
        • Ferries move to the east quay from May

        The Harbour Board voted on Tuesday to close the old ferry pier for good, ending more than a century of crossings from the town's main square.

        Engineers told the board that the storms in March had loosened most of the piles under the landing stage and that divers had found cracks in the two oldest of them.

        Rebuilding the pier would cost about twice as much as a new landing at the east quay, where the ferries will tie up from the first week of May.
        """;

    [Fact]
    public void A_story_with_its_key_points_under_a_tag_label_is_published_not_skipped_as_a_listing()
    {
        var article = Assert.IsType<ParsedArticle>(ArticleReader.Read("key-points.txt", StoryWithKeyPointsUnderTag).Article);

        Assert.Equal("Harbour Board votes to close the old ferry pier", article.Title);
        Assert.Equal(3, article.Blocks.OfType<RawParagraph>().Count(static p => p.Text.Length > 100));
        Assert.True(ListingPages.HasStory(StoryWithKeyPointsUnderTag.Split('\n'), 0));
        Assert.False(ListingPages.HasStory(BulletedTagPage.Split('\n'), 0));
    }

    [Fact]
    public void A_category_field_among_a_documents_details_and_a_headline_naming_archives_are_no_listing_labels()
    {
        var notice = Assert.IsType<ParsedArticle>(ArticleReader.Read("notice.txt", DocumentDetails).Article);
        Assert.Contains(notice.Blocks.OfType<RawParagraph>(), static p => p.Text.Contains("too few passengers", StringComparison.Ordinal));

        var archives = Assert.IsType<ParsedArticle>(ArticleReader.Read("archives.txt", ArchivesHeadline).Article);
        Assert.Equal("Town Archives to open on Saturdays", archives.Title);
    }
}
