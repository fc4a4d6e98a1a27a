using StaticGen.Configuration;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

public sealed class NumericDateOrderTests
{
    [Fact]
    public void The_sites_setting_decides_without_a_note() =>
        Assert.Equal((DateOrder.DayFirst, (string?)null), NumericDateOrder.Decide(DateOrder.DayFirst, ["11/25/2024"], null));

    [Theory]
    [InlineData("Timetable from 25/11/2024.", DateOrder.DayFirst)]
    [InlineData("Timetable from 11-25-2024", DateOrder.MonthFirst)]
    public void A_value_only_one_order_can_read_decides_and_says_where(string line, DateOrder expected)
    {
        var (order, why) = NumericDateOrder.Decide(null, ["03/12/2024", line], null);
        Assert.Equal(expected, order);
        Assert.Contains("line 2", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_evidence_numeric_dates_are_month_first_and_the_note_says_how_to_decide()
    {
        var (order, why) = NumericDateOrder.Decide(null, ["03/12/2024"], PileTable.Empty);
        Assert.Equal(DateOrder.MonthFirst, order);
        Assert.Contains("dates.order", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The lab opened its doors on Thursday, April 3, to the first visitors.", DateOrder.DayFirst)]
    [InlineData("The lab opened its doors on Monday 4 March to the first visitors.", DateOrder.MonthFirst)]
    public void The_same_day_named_in_words_in_the_file_decides(string lede, DateOrder expected)
    {
        var (order, why) = NumericDateOrder.Decide(null, ["Posted by the press office 03/04/2025", lede], PileTable.Empty);
        Assert.Equal(expected, order);
        Assert.Contains("line 2 names in words", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_in_words_that_matches_neither_reading_says_nothing() =>
        Assert.Equal(DateOrder.MonthFirst, NumericDateOrder.Decide(null, ["Posted 03/04/2025", "The lab opened on May 9."], PileTable.Empty).Order);

    [Fact]
    public void A_file_without_numeric_dates_gets_no_note() =>
        Assert.Null(NumericDateOrder.Decide(null, ["12 March 2024", "Prices rose 3-4% in 2024."], null).Why);

    [Fact]
    public void A_lines_vote_is_its_majority_and_a_tie_is_no_vote()
    {
        Assert.Equal(DateOrder.DayFirst, NumericDateOrder.LineVote("25/11/2024 and 13/01/2024 and 01/13/2024"));
        Assert.Null(NumericDateOrder.LineVote("25/11/2024 and 11/25/2024"));
        Assert.Null(NumericDateOrder.LineVote("2024-11-25 and 16.10.2020"));
    }

    [Theory]
    [InlineData("Ref. 20260907-PR-118", DateOrder.DayFirst)]
    [InlineData("harbour-plan-20260709.pdf", DateOrder.MonthFirst)]
    public void A_compact_date_in_a_reference_or_file_name_decides(string line, DateOrder expected)
    {
        var (order, why) = NumericDateOrder.Decide(null, ["07-09-2026 - 10:15", line], PileTable.Empty);
        Assert.Equal(expected, order);
        Assert.Contains("compact date on line 2", why, StringComparison.Ordinal);
    }
}
