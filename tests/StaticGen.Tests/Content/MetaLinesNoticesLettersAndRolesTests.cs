using System.Globalization;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// Date and byline lines of notices, newsletters, letters pages and press offices: a place or an issue's number before the
/// date, a print page after it, "Date of issue:", day-first dates with a space after each dot, a sentence in which the page
/// says when it was published; writers named with a job of their own, a job label before the names, the outlet in brackets
/// after the name. Every line is written for the test.
/// </summary>
public sealed class MetaLinesNoticesLettersAndRolesTests
{
    private static string Day(MetaLine? meta) => meta?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    [Theory]
    [InlineData("Mombasa | Fri, March 6, 2026 | 09:40 EAT", "2026-03-06")]
    [InlineData("VALLETTA · 14 May 2025", "2025-05-14")]
    [InlineData("Issue 14 · Monday 3 February 2025", "2025-02-03")]
    [InlineData("Vol. 9 No. 2 | 1 April 2025", "2025-04-01")]
    [InlineData("Date of issue: 11/20/2025", "2025-11-20")]
    [InlineData("Print edition – Saturday, May 9, 2026 – Page 7", "2026-05-09")]
    [InlineData("Published: 3. 11. 2025", "2025-11-03")]
    [InlineData("Aktualizováno 21. 4. 2026", "2026-04-21")] // Czech "Updated", a label of meta-words.tsv since the Czech labels were added
    [InlineData("This notice was published on Friday 12 September 2025. Earlier notices are kept in the archive.", "2025-09-12")]
    public void A_date_set_off_by_a_place_an_issue_number_a_page_or_a_label_gives_the_date(string line, string expected) =>
        Assert.Equal(expected, Day(MetaLines.TryParse(line)));

    [Fact]
    public void A_name_before_a_bar_and_a_date_stays_the_byline()
    {
        var meta = MetaLines.TryParse("Orla Fennimore | 12 March 2024");
        Assert.Equal(["Orla Fennimore"], meta?.Authors);
        Assert.Equal("2024-03-12", Day(meta));
    }

    [Theory]
    [InlineData("By Petra Lindqvist, correspondent, and Omar Haddad, photographer", "Petra Lindqvist|Omar Haddad")]
    [InlineData("By Petra Lindqvist, science editor, and Omar Haddad, video producer", "Petra Lindqvist|Omar Haddad")]
    [InlineData("WRITER: Petra Lindqvist", "Petra Lindqvist")]
    [InlineData("Author: Petra Lindqvist, museum spokesperson", "Petra Lindqvist")]
    [InlineData("Text: Omar Haddad, Director of Harbour Services", "Omar Haddad")]
    [InlineData("Regatta press team: Petra Lindqvist, Omar Haddad", "Petra Lindqvist|Omar Haddad")]
    [InlineData("Editor: Petra Lindqvist, Omar Haddad", "Petra Lindqvist|Omar Haddad")]
    public void Writers_named_with_their_jobs_are_the_authors_and_the_jobs_go(string line, string expected) =>
        Assert.Equal(expected.Split('|'), MetaLines.TryParse(line)?.Authors);

    [Theory]
    [InlineData("Manager: Kestrel Ferry Services")]
    [InlineData("Photographer: Petra Lindqvist")]
    public void A_fact_boxs_field_or_a_photographers_label_names_no_author(string line) =>
        Assert.Empty(MetaLines.TryParse(line)?.Authors ?? []);

    [Fact]
    public void The_outlet_in_brackets_after_the_name_is_the_agency()
    {
        var meta = MetaLines.TryParse("Petra Lindqvist (The Harbour Ledger)");
        Assert.Equal(["Petra Lindqvist"], meta?.Authors);
        Assert.Equal("The Harbour Ledger", meta?.Agency);
    }
}
