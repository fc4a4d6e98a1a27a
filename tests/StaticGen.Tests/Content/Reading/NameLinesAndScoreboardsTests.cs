using System.Globalization;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// A headline over its writer's name set alone over the date, a scoreboard's lines under a match report's headline, a
/// writer's place or job in brackets between two names, and a relative date with the date in brackets. Every sentence here
/// is our own.
/// </summary>
public sealed class NameLinesAndScoreboardsTests
{
    private static ParsedArticle Read(string text) => Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);

    [Fact]
    public void A_headline_over_the_writer_name_and_the_date_beats_the_site_name_and_slogan()
    {
        var article = Read("""
            Papur Bro | Hill Country News
            Hafan / Home   Newyddion / News   Chwaraeon / Sport
            Cymraeg | English

            Farming
            Hill farmers share a new shearing shed built with a county grant

            Elin Mair Hughes
            2 days ago (4 Jun 2026)

            Nine hill farmers in the upper valley now share one shearing shed, built this spring with a grant from the county and the farmers' own labour.
            The shed saves each farm about a week of work in June, the farmers say, and the wool is graded on the spot.
            """);

        Assert.Equal("Hill farmers share a new shearing shed built with a county grant", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 6, 4, 0, 0, 0, TimeSpan.Zero), article.Date);
    }

    [Fact]
    public void A_side_line_of_the_scoreboard_is_no_headline()
    {
        var article = Read("""
            Match report

            Millford Rovers 2-1 Eastcombe: Adeyemi header settles a scrappy derby

            Millford Rovers 2 (Adeyemi 38, 81)
            Eastcombe 1 (Larsen 55)

            By Nell Ashdown at Church Lane
            Saturday 7 March 2026, 17:05

            Millford Rovers won the derby for the first time in four seasons after Femi Adeyemi headed in a corner with nine minutes left.
            Eastcombe had levelled through Jonas Larsen ten minutes after the break, and the home crowd grew quiet until the late goal.
            """);

        Assert.Equal("Millford Rovers 2-1 Eastcombe: Adeyemi header settles a scrappy derby", article.Title);
    }

    [Fact]
    public void A_place_and_job_in_brackets_between_two_writers_is_no_part_of_their_names()
    {
        var meta = MetaLines.TryParse("Par Louise Marchal (Lyon, correspondante) et Hugo Benard");
        Assert.NotNull(meta);
        Assert.Equal(["Louise Marchal", "Hugo Benard"], meta.Authors);
    }

    [Fact]
    public void A_relative_date_with_the_date_in_brackets_gives_that_date()
    {
        var meta = MetaLines.TryParse("3 days ago (14 Sep 2026)");
        Assert.NotNull(meta);
        Assert.Equal("2026-09-14", meta.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
