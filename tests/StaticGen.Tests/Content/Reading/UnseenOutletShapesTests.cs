using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Shapes that pages of outlets the reader was never shown print, one general class each (bylines with a place,
/// captions with their credit, summary boxes, day-first numeric dates, wire datelines and trailers, live blogs,
/// pages of notices). Every sentence here is our own.
/// </summary>
public sealed class UnseenOutletShapesTests
{
    private const string Headline = "Ferry service resumes after a week of storms";
    private const string Lede = "The island ferry sailed again on Thursday morning after a week in which gales kept every boat in the harbour, the operator said, and the first crossing was full.";
    private const string Second = "Shops on the island had run short of bread and fuel by the weekend, and the council flew in medicine for the clinic on a chartered plane.";
    private const string Third = "The operator said it would add two extra crossings on Saturday to clear the backlog of lorries waiting on the mainland quay.";

    private static ParsedArticle Read(string text, DateOrder? order = null, PileTable? pile = null)
    {
        var result = ArticleReader.Read("a.txt", text, dateOrder: order, pile: pile);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static IEnumerable<string> BodyTexts(ParsedArticle a) => a.Blocks.Select(static b => b switch
    {
        RawParagraph p => p.Text,
        RawHeading h => h.Text,
        _ => "",
    });

    // 1. A byline with the reporter's place is never the title; it gives the author.
    [Theory]
    [InlineData("Amara Okonjo in Nairobi", "Amara Okonjo")]
    [InlineData("Tomasz Wielgosz in Gdańsk", "Tomasz Wielgosz")]
    [InlineData("Ines Carvalho Mendes in Rio de Janeiro", "Ines Carvalho Mendes")]
    public void A_byline_with_a_place_above_the_headline_is_the_author_not_the_title(string byline, string author)
    {
        var a = Read($"{byline}\n\n{Headline}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(author, a.Author);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains(byline, StringComparison.Ordinal) || t == Headline);
    }

    [Fact]
    public void A_byline_with_a_place_under_the_headline_is_the_author_and_not_a_heading()
    {
        var a = Read($"{Headline}\n\nAmara Okonjo in Nairobi\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Amara Okonjo", a.Author);
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
    }

    // 2. A picture's caption with its credit line is never the title.
    [Theory]
    [InlineData("A deckhand throws a line to the quay as the first ferry docks on Thursday.", "Photo: Lena Morrow/Harbour Agency")]
    [InlineData("Passengers queue on the mainland pier in the rain", "(Harbour Agency)")]
    [InlineData("Lorries wait in a line along the harbour road", "Photograph: Lena Morrow/Harbour Agency")]
    [InlineData("The ferry leaves the island harbour on its first crossing", "Picture: Harbour Agency")]
    public void A_caption_with_its_credit_line_is_never_the_title(string caption, string credit)
    {
        var a = Read($"{caption}\n{credit}\n\n{Headline}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains(caption, StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_with_its_credit_between_headline_and_lede_is_neither_standfirst_nor_body()
    {
        var a = Read($"{Headline}\n\nPassengers queue on the mainland pier in the rain\n(Harbour Agency)\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Null(a.Standfirst);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
    }

    // 3. A summary box: its label and items are never the title or the lede.
    [Theory]
    [InlineData("Key Points")]
    [InlineData("At a glance")]
    [InlineData("In brief:")]
    public void A_summary_box_above_the_headline_gives_neither_title_nor_lede(string label)
    {
        // The items restate the story in its own words, as summary boxes do: each shares more words with the lede than the headline.
        var a = Read($"{label}\nThe island ferry sailed again on Thursday morning\nGales kept every boat in the harbour for a week\nThe first crossing was full, the operator said\n\n{Headline}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks[0]).Text);
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
    }

    [Fact]
    public void A_bulleted_summary_box_under_the_headline_is_a_list_not_the_title_or_lede()
    {
        var a = Read($"{Headline}\n\nAt a glance\n• Storms kept every boat in harbour for a week\n• Island shops ran short of bread and fuel\n• Two extra crossings planned for Saturday\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks.First(static b => b is RawParagraph)).Text);
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
    }

    [Fact]
    public void A_summary_box_with_long_bulleted_items_keeps_them_as_a_list_never_the_lede()
    {
        const string item = "• The island ferry sailed again on Thursday morning after a week of gales, and the operator said the first crossing was full of lorries, shoppers and a school trip that had waited since Monday for the weather to turn.";
        var a = Read($"{Headline}\n\nKey Facts\n{item}\n• Two extra crossings are planned for Saturday.\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal(Lede, Assert.IsType<RawParagraph>(a.Blocks.First(static b => b is RawParagraph)).Text);
        Assert.DoesNotContain(a.Blocks, static b => b is RawParagraph p && p.Text.Contains("school trip", StringComparison.Ordinal));
        Assert.Contains(a.Blocks, static b => b is RawList l && l.Items.Count == 2 && l.Items[0].Contains("school trip", StringComparison.Ordinal));
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading h && h.Text == "Key Facts");
    }

    [Fact]
    public void Bullet_items_at_the_top_of_the_file_are_never_title_candidates()
    {
        var a = Read($"• Storms kept every boat in harbour for a week\n• Island shops ran short of bread and fuel\n\n{Headline}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(Headline, a.Title);
        Assert.DoesNotContain(a.TitleCandidates, static c => c.Text.StartsWith('•'));
    }

    // 4. Day-first numeric dates.
    [Fact]
    public void An_unambiguous_day_first_date_in_the_file_decides_how_an_ambiguous_one_is_read()
    {
        var a = Read($"{Headline}\n\n03/12/2024\n\n{Lede}\n\n{Second}\n\nThe next timetable starts on 25/11/2024.\n");
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 0, 0, 0, TimeSpan.Zero), a.Date);
        Assert.Contains(a.Notes, static n => n.Message.Contains("day first", StringComparison.Ordinal) && n.Message.Contains("25/11/2024", StringComparison.Ordinal));
    }

    [Fact]
    public void The_configured_date_order_wins_over_the_files_evidence()
    {
        var a = Read($"{Headline}\n\n03/12/2024\n\n{Lede}\n\n{Second}\n\nThe next timetable starts on 11/25/2024.\n", DateOrder.DayFirst);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 0, 0, 0, TimeSpan.Zero), a.Date);
    }

    [Fact]
    public void Day_first_dates_elsewhere_in_the_pile_decide_for_a_file_with_only_ambiguous_ones()
    {
        var pile = PileTable.Build([
            $"{Headline}\n\n03/12/2024\n\n{Lede}\n",
            $"Another story\n\n25/11/2024\n\n{Second}\n",
            $"A third story\n\n14/10/2024\n\n{Third}\n",
        ]);
        var a = Read($"{Headline}\n\n03/12/2024\n\n{Lede}\n\n{Second}\n", pile: pile);
        Assert.Equal(new DateTimeOffset(2024, 12, 3, 0, 0, 0, TimeSpan.Zero), a.Date);
        Assert.Contains(a.Notes, static n => n.Message.Contains("day first", StringComparison.Ordinal) && n.Message.Contains("pile", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pile_decides_the_same_whatever_the_order_of_its_files()
    {
        string[] texts = ["A\n\n25/11/2024\n", "B\n\n11/25/2024\n", "C\n\n13/01/2024\n"];
        Assert.Equal(PileTable.Build(texts).NumericDateOrder("03/12/2024"), PileTable.Build(texts.Reverse()).NumericDateOrder("03/12/2024"));
        Assert.Equal(DateOrder.DayFirst, PileTable.Build(texts).NumericDateOrder("03/12/2024"));
    }

    [Fact]
    public void One_outlets_day_first_dates_do_not_decide_another_outlets_line_shape()
    {
        // Two files print "Posted ##/##/####" day first; a third outlet prints "Updated: ##-##-####" month first.
        var pile = PileTable.Build(["A\n\nPosted 25/11/2024\n", "B\n\nPosted 14/10/2024\n", "C\n\nUpdated: 11-25-2024\n"]);
        Assert.Equal(DateOrder.DayFirst, pile.NumericDateOrder("Posted 03/12/2024"));
        Assert.Equal(DateOrder.MonthFirst, pile.NumericDateOrder("Updated: 03-12-2024"));
        Assert.Null(pile.NumericDateOrder("03/12/2024"));
    }

    // 5. Dates in datelines, beside relative dates and in trailers.
    [Theory]
    [InlineData("PORTREE, March 3, 2024 (Reuters) – ")]
    [InlineData("PORTREE, 3 March 2024 (AFP) - ")]
    public void A_wire_dateline_with_a_year_gives_the_date(string dateline)
    {
        var a = Read($"{Headline}\n\n{dateline}{Lede}\n\n{Second}\n");
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 0, 0, 0, TimeSpan.Zero), a.Date);
    }

    [Fact]
    public void A_wire_dateline_without_a_year_takes_the_year_of_another_date_on_the_page()
    {
        var a = Read($"{Headline}\n\nPORTREE, March 3 (Reuters) – {Lede}\n\n{Second}\n\n© 2024 Harbour Media\n");
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 0, 0, 0, TimeSpan.Zero), a.Date);
    }

    [Theory]
    [InlineData("2 hours ago · 12 March 2024")]
    [InlineData("Updated 5 mins ago | 12 March 2024")]
    [InlineData("12 March 2024 · 2 hours ago")]
    public void An_absolute_date_beside_a_relative_one_wins(string line)
    {
        var a = Read($"{Headline}\n\n{line}\n\n{Lede}\n\n{Second}\n");
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), a.Date);
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
    }

    [Theory]
    [InlineData("This article was originally published on 12 March 2024.")]
    [InlineData("This story was first published on March 12, 2024")]
    [InlineData("Originally published 12 March 2024")]
    [InlineData("First published on Tue 12 Mar 2024 08.10 GMT")]
    public void A_date_in_the_trailer_is_found(string trailer)
    {
        var a = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\n{trailer}\n");
        Assert.Equal(new DateOnly(2024, 3, 12), DateOnly.FromDateTime(a.Date!.Value.DateTime));
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains("published", StringComparison.OrdinalIgnoreCase));
    }

    // 6. Live blogs.
    [Theory]
    [InlineData("07:31", "7.15am", "14:05 GMT")]
    [InlineData("9:02 a.m.", "10.45", "11:20 BST")]
    public void Live_blog_time_stamps_are_entry_markers_not_headings_and_the_header_gives_the_date(string first, string second, string third)
    {
        var text = $"Storm live: ferries to resume as winds ease\n\nTue 12 March 2024\n\n{first}\n{Lede}\n\n{second}\n{Second}\n\n{third}\n{Third}\n";
        var a = Read(text);
        Assert.Equal("Storm live: ferries to resume as winds ease", a.Title);
        Assert.Equal(new DateOnly(2024, 3, 12), DateOnly.FromDateTime(a.Date!.Value.DateTime));
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
        Assert.DoesNotContain(a.Lines, l => l.Text == second && l.Class == LineClass.Heading);
    }

    [Fact]
    public void A_live_blog_whose_first_entry_has_a_stamp_with_the_date_takes_the_pages_date()
    {
        var a = Read($"Storm live: ferries to resume as winds ease\n\n12 Mar 2024 07.31 GMT\n\n{Lede}\n\n08:15\n{Second}\n\n09:40\n{Third}\n");
        Assert.Equal(new DateOnly(2024, 3, 12), DateOnly.FromDateTime(a.Date!.Value.DateTime));
        Assert.DoesNotContain(a.Blocks, static b => b is RawHeading);
    }

    // 7. A page of notices only: skipped with a warning naming the file.
    [Theory]
    [InlineData("Sign up for our evening briefing\n\nThe day's main stories, sent to your inbox at six. You can unsubscribe whenever you like.\n\nWe use cookies to make our site work and to measure how you use it. By carrying on you accept our cookie policy.\n\nSubscribe today and get a full year of our reporting for the price of a coffee a month.\n")]
    [InlineData("Your privacy matters to us\n\nWe and our partners store and read information on your device, such as cookies, to show you personalised content and ads.\n\nYou can change your choices at any time from the privacy settings at the bottom of every page.\n")]
    [InlineData("Support independent journalism\n\nOur reporting is free to read because readers like you chip in. Become a member from two pounds a month.\n\nAlready a member? Log in to your account to read without ads.\n")]
    public void A_page_of_notices_with_sentences_is_skipped_with_a_warning_naming_the_file(string text)
    {
        var result = ArticleReader.Read("notices.txt", text);
        Assert.Null(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("notices.txt", warning.Path);
        Assert.Contains("skipped", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_about_subscriptions_is_not_a_page_of_notices()
    {
        var a = Read($"Streaming service loses a million subscribers\n\nThe streaming service lost a million subscribers in the spring after it raised its monthly price, the company said in its quarterly report on Tuesday.\n\nAnalysts had expected a smaller fall, and the company's shares dropped by a tenth in early trading as investors weighed the cost of new shows.\n");
        Assert.Equal("Streaming service loses a million subscribers", a.Title);
        Assert.Equal(2, a.Blocks.Count(static b => b is RawParagraph));
    }
}
