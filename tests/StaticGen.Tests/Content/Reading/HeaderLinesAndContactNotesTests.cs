using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Short lines of a page's header that are no section headings, a person's name alone that says who spoke or posted, a
/// block of fields, a comment section's header, and a writer's contact line closing the story. Every page here is written
/// for the test.
/// </summary>
public sealed class HeaderLinesAndContactNotesTests
{
    private const string Headline = "Ferry crossing reopens after winter repairs";
    private const string Lede = "The ferry between the two harbour towns carried its first passengers of the year on Saturday, after eleven weeks in dry dock for a new hull plate and engine work.";
    private const string Second = "The operator said the crossing would run every forty minutes until the end of May, and every twenty minutes from June when the summer timetable starts.";
    private const string Third = "Regular passengers said the winter without the ferry had added an hour to their journey each way, by road around the head of the estuary.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("a.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    [Theory]
    [InlineData("Rating: four stars")] // a review's rating under its byline
    [InlineData("Harbour Books, 240 pages")] // the reviewed book's details
    public void A_short_line_right_above_the_lede_of_an_unsectioned_body_is_no_heading(string line)
    {
        var a = Read($"{Headline}\n\nBy Mira Holt\n12 May 2024\n\n{line}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains(line, StringComparison.Ordinal));
        Assert.Equal(Lede, a.Blocks.OfType<RawParagraph>().First().Text);
    }

    [Theory]
    [InlineData("— Mira Holt can be reached at mholt@harbourtimes.example.")]
    public void A_writers_contact_line_closing_the_story_is_no_article_text(string line)
    {
        var a = Read($"{Headline}\n\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n\n{line}\n");
        Assert.DoesNotContain(a.Blocks, b => b is RawParagraph p && p.Text.Contains("mholt@", StringComparison.Ordinal));
        Assert.Equal(Third, a.Blocks.OfType<RawParagraph>().Last().Text);
    }

    [Fact]
    public void A_line_in_a_block_of_fields_is_no_standfirst()
    {
        const string stops = "North Quay (08:10), Mill Steps (08:25), South Quay (08:40), Harbour Office (08:55), Old Slipway (09:10), Mill Steps (09:25)";
        var a = Read($"{Headline}\n\nEstuary Belle – spring timetable\nHome port: North Quay\nBuilt: 1998\nCrossing time: 25 minutes\nTimetable:\n{stops}\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Null(a.Standfirst);
        Assert.Equal(Lede, a.Blocks.OfType<RawParagraph>().First().Text);
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("No comments.")]
    public void A_comment_sections_header_ends_the_article(string header)
    {
        const string reader = "I have taken this ferry for twenty years and the crossing has never been as smooth as it was on Saturday morning, so well done to the crew.";
        var a = Read($"{Headline}\n\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n\n{header}\n\n{reader}\n");
        Assert.Equal(Third, a.Blocks.OfType<RawParagraph>().Last().Text);
    }

    [Fact]
    public void A_name_alone_under_a_quotation_is_its_attribution_not_a_heading()
    {
        const string quote = "“The crossing is what holds the two towns together, and we felt its loss every single day of the winter.”";
        var a = Read($"{Headline}\n\nBy Mira Holt\n12 May 2024\n\n{Lede}\n\n{quote}\n\nTomas Ferreira\n\n{Second}\n\nNew timetable\n\n{Third}\n");
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading { Text: "Tomas Ferreira" });
        Assert.Contains(a.Blocks, static b => b is RawHeading { Text: "New timetable" });
    }

    [Fact]
    public void A_name_alone_over_a_reply_is_its_poster_not_a_heading()
    {
        const string post = "The ferry is back, and the first crossing of the year went out on time with every seat on the upper deck taken.";
        var a = Read($"Harbour Watch\n\n{post}\n\nThe operator says the summer timetable starts in June, with a boat every twenty minutes from the north quay.\n\nLena Okafor\n\n@harbourwatch Good news for everyone who has been driving round the estuary since January.\n\nPiet de Wit\n\n@harbourwatch Any word on whether bikes still travel free on the early boats?\n");
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
    }
}
