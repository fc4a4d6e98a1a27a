using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Shapes a held-out round found the reader getting wrong: credit lines and site names in the title, live blogs and dates
/// at the end of the page, credits before or inside captions, and page widgets left as headings. Every page here is
/// written for these tests.
/// </summary>
public sealed class CreditsCaptionsAndWidgetsTests
{
    private const string Lede = "The old swing bridge over the canal will stay shut until the spring, the county engineers said on Monday, after divers found a crack in one of its piers.";
    private const string Second = "Boats will be let through twice a day by a tug crew, and walkers are asked to use the lock gates two miles upstream while the repairs go on.";
    private const string Third = "The bridge was last repaired in the nineteen-sixties, when its wooden deck was replaced with steel plates that are still in use.";

    private static ParsedArticle Read(string text, string path = "a.txt", Func<string, JunkKind>? junk = null)
    {
        var result = ArticleReader.Read(path, text, junk);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static LineClass ClassOf(ParsedArticle a, string text) => a.Lines.Single(l => l.Text == text).Class;

    private static IEnumerable<string> Headings(ParsedArticle a) => a.Blocks.OfType<RawHeading>().Select(static h => h.Text);

    private static IEnumerable<string> Paragraphs(ParsedArticle a) => a.Blocks.OfType<RawParagraph>().Select(static p => p.Text);

    [Fact]
    public void A_fact_checkers_credit_line_is_the_byline_and_a_question_answered_in_the_headline_is_the_title()
    {
        var a = Read($"Checks\nExplainers\nDonate\n\nDid the county sell the canal bridge? No – only its old lamps went to auction\n\nFact-checked by Lena Ortiz | Edited by Sam Price\nPublished 3 Mar 2025\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Did the county sell the canal bridge? No – only its old lamps went to auction", a.Title);
        Assert.Equal("Lena Ortiz", a.Author);
        Assert.Equal(LineClass.Byline, ClassOf(a, "Fact-checked by Lena Ortiz | Edited by Sam Price"));
    }

    [Fact]
    public void A_site_name_after_the_title_goes_when_the_menu_prints_it_as_furniture()
    {
        var a = Read($"Canal bridge to stay shut until spring | The Towpath Post\n\nThe Towpath Post\nNews\nCanals\nWeather\n\nCanal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Canal bridge to stay shut until spring", a.Title);
        Assert.Null(a.Kicker);
    }

    [Fact]
    public void A_site_name_after_the_only_headline_goes_when_the_masthead_prints_it()
    {
        var a = Read($"THE TOWPATH POST\nNews\nCanals\nWeather\n\nCanal bridge to stay shut until spring | The Towpath Post\n\nBy Nora Quill\n\n{Lede}\n\n{Second}\n");
        Assert.Equal("Canal bridge to stay shut until spring", a.Title);
    }

    [Fact]
    public void A_live_blog_takes_its_headline_over_the_standfirst_and_its_start_as_the_date()
    {
        var a = Read("Towpath Live\nNews\nCanals\n\nStorm Ida live: towpaths shut as water rises for a second night\n\n"
            + "Water over the lock at Hensby; two narrowboats moved to higher moorings; school buses on diversions\n\n"
            + "By Nora Quill and Ben Ashe\nLast updated 20m ago\nStarted Tue 4 Mar 2025, 07.10 GMT\n\n"
            + "Posted at 09:40\nTug crews stand by at the upper lock\n\nThe river at Hensby rose another half a metre overnight, and tug crews are waiting at the upper lock to tow moored boats away if the canal floods its towpaths again.\n\n"
            + "Two families living on narrowboats spent the night with friends in the village after their moorings were moved.\n\n"
            + "Posted at 08:15\nBuses diverted around Hensby\n\nSchool buses are taking the long way round by the ring road while the towpath crossing at the mill is closed to traffic.\n");
        Assert.Equal("Storm Ida live: towpaths shut as water rises for a second night", a.Title);
        Assert.Equal(new DateTime(2025, 3, 4), a.Date?.Date);
        Assert.Contains("Tug crews stand by at the upper lock", Headings(a));
        Assert.Contains("Buses diverted around Hensby", Headings(a));
    }

    [Fact]
    public void A_date_line_with_an_update_time_only_gives_both()
    {
        var meta = MetaLines.TryParse("Published: Tuesday, 4 Mar 2025 at 9:10am | Updated: 11:47am");
        Assert.NotNull(meta);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 9, 10, 0, TimeSpan.Zero), meta.Date);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 11, 47, 0, TimeSpan.Zero), meta.Updated);
    }

    [Fact]
    public void A_date_printed_only_under_the_last_paragraph_is_the_date_and_the_links_after_it_are_furniture()
    {
        var a = Read($"Close\nMenu\nOpen in app\n\nCanal bridge to stay shut until spring\n\nUpdated 3h ago\n\n{Lede}\n\n{Second}\n\n{Third}\n\nFirst published: Mar 5, 2025\n\nSwipe for next story\nBack to top\n");
        Assert.Equal(new DateTime(2025, 3, 5), a.Date?.Date);
        Assert.Equal(LineClass.Furniture, ClassOf(a, "Back to top"));
        Assert.DoesNotContain("First published: Mar 5, 2025", Paragraphs(a));
        Assert.DoesNotContain("Swipe for next story", Headings(a));
    }

    [Theory]
    [InlineData("Credit: Harbour Pictures", "Divers check the pier below the waterline on Sunday")]
    [InlineData("Ana Belt/Towpath Post", "Divers check the pier below the waterline on Sunday.")]
    [InlineData("Photo: Ana Belt", "Divers check the pier below the waterline on Sunday.")]
    public void A_caption_under_its_credit_in_the_same_block_is_the_caption(string credit, string caption)
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nbridge-pier.jpg\n{credit}\n{caption}\n\n{Second}\n\n{Third}\n");
        var figure = Assert.Single(a.Blocks.OfType<RawFigure>());
        Assert.Equal(caption, figure.Image.Caption);
        Assert.NotNull(figure.Image.Credit);
        Assert.DoesNotContain(caption, Headings(a));
    }

    [Fact]
    public void A_caption_under_a_credit_but_set_off_by_a_blank_line_stays_a_heading()
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nbridge-pier.jpg\nCredit: Harbour Pictures\n\nWhat the divers found\n\n{Second}\n\n{Third}\n");
        Assert.Null(Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Caption);
        Assert.Contains("What the divers found", Headings(a));
    }

    [Theory]
    [InlineData("Divers check the pier below the waterline on Sunday Credit: Harbour Pictures", "Divers check the pier below the waterline on Sunday", "Harbour Pictures")]
    [InlineData("Divers check the pier below the waterline. The crack runs a metre deep © Towpath Media", "Divers check the pier below the waterline. The crack runs a metre deep", "Towpath Media")]
    [InlineData("Divers check the pier below the waterline on Sunday. (Ana Belt/The Towpath Post)", "Divers check the pier below the waterline on Sunday.", "Ana Belt/The Towpath Post")]
    public void A_credit_at_the_end_of_a_caption_line_is_taken_off_it(string line, string caption, string credit)
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nbridge-pier.jpg\n{line}\n\n{Second}\n");
        var image = Assert.Single(a.Blocks.OfType<RawFigure>()).Image;
        Assert.Equal(caption, image.Caption);
        Assert.Equal(credit, image.Credit);
    }

    [Fact]
    public void A_photographers_line_under_the_caption_is_the_credit()
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nbridge-pier.jpg\nDivers check the pier below the waterline on Sunday.\nPhotograph by Ana Belt\n\n{Second}\n");
        Assert.Equal("Ana Belt", Assert.Single(a.Blocks.OfType<RawFigure>()).Image.Credit);
    }

    [Fact]
    public void A_feedback_widget_is_furniture_not_headings()
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nWhy did the pier crack?\n\n{Second}\n\n{Third}\n\nWas this story useful?\nYes\nNo\n\n{Second.Replace("twice", "three times", StringComparison.Ordinal)}\n");
        Assert.Equal(["Why did the pier crack?"], Headings(a));
        Assert.Equal(LineClass.Furniture, ClassOf(a, "Yes"));
        Assert.Equal(LineClass.Furniture, ClassOf(a, "Was this story useful?"));
    }

    [Fact]
    public void A_media_players_running_time_is_furniture()
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nSee how the divers worked under the bridge\nClip length 2:05\n\n{Second}\n\n{Third}\n");
        Assert.Equal(LineClass.Furniture, ClassOf(a, "Clip length 2:05"));
        Assert.Empty(Headings(a));
    }

    [Theory]
    [InlineData("Coming up", "Lock keepers vote on new winter hours")]
    [InlineData("Brought to you by Millrace Bank", "Open a savings account in five minutes. No forms, no queues. Find out more")]
    public void A_short_label_over_a_line_in_its_block_is_a_teaser_or_sponsor_box(string label, string under)
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\n{label}\n{under}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(LineClass.Furniture, ClassOf(a, label));
        Assert.Equal(LineClass.Furniture, ClassOf(a, under));
        Assert.Empty(Headings(a));
    }

    [Fact]
    public void A_short_line_in_one_block_with_a_dropped_share_row_is_furniture()
    {
        static JunkKind Junk(string line) => line is "Share on Facebook" or "Share by email" ? JunkKind.Boilerplate : JunkKind.None;
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nShare on Facebook\nShare by email\nLink\n\n{Second}\n\n{Third}\n", junk: Junk);
        Assert.Equal(LineClass.Furniture, ClassOf(a, "Link"));
        Assert.Empty(Headings(a));
    }

    [Fact]
    public void A_short_field_under_a_line_of_its_box_is_text_not_a_heading()
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\n{Lede}\n\nClaim: The county sold the canal bridge to a developer.\nRating: FALSE\n\n{Second}\n\n{Third}\n");
        Assert.DoesNotContain("Rating: FALSE", Headings(a));
        Assert.Contains(a.Blocks, b => b is RawParagraph p && p.Text.Contains("Rating: FALSE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cross_reference_in_the_flow_is_furniture_and_leaves_the_lede_alone()
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\nShare\n\n{Lede}\n\nREAD: Lock keepers vote on new winter hours\n\n{Second}\n\n{Third}\n");
        Assert.Equal(LineClass.Furniture, ClassOf(a, "READ: Lock keepers vote on new winter hours"));
        Assert.StartsWith("The old swing bridge", a.Blocks.OfType<RawParagraph>().First().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_sections_and_a_heading_over_a_closing_table_are_headings()
    {
        var a = Read($"Canal bridge to stay shut until spring\n\nBy Nora Quill\n\nI. The crack\n\n{Lede}\n\nII. The repair\n\n{Second}\n\n{Third}\n\nClosures so far\n\nBridge\tDays shut\nHensby\t12\nMill Lane\t4\n");
        Assert.Contains("II. The repair", Headings(a));
        Assert.Contains("Closures so far", Headings(a));
        Assert.Single(a.Blocks.OfType<RawTable>());
    }
}
