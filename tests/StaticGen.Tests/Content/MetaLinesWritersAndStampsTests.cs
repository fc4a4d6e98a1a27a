using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Tests.Content;

/// <summary>
/// Byline and date lines in shapes met on pages of many kinds: a label in lower case with its colon, "and" in another
/// language, a particle of a Filipino name, a job after a slash, a venue after the writer, a forum user's handle, a note on
/// the writer, a bulletin's "From", an organisation as the writer, a mailing list's address and ctime date, a German "Stand:"
/// line, an update label with a slash and a printed page's running head. Every line here is written for the test.
/// </summary>
public sealed class MetaLinesWritersAndStampsTests
{
    [Theory]
    [InlineData("by: Ellen Hartwig", "Ellen Hartwig")]
    [InlineData("Af Jonas Bæk og Sofie Lund", "Jonas Bæk and Sofie Lund")]
    [InlineData("Von Lea Brandt und Jonas Keller", "Lea Brandt and Jonas Keller")]
    [InlineData("Teodoro dela Rosa", "Teodoro dela Rosa")]
    [InlineData("Priya Fenn/Staff Reporter", "Priya Fenn")]
    [InlineData("By Owen Marsh at the Riverside Ground", "Owen Marsh")]
    [InlineData("Posted by u/kettle_drum_42", "u/kettle_drum_42")]
    [InlineData("By Lena Ortiz, a former ferry engineer who now writes about boats.", "Lena Ortiz")]
    [InlineData("From Ruth Gallagher, Branch Organiser", "Ruth Gallagher")]
    [InlineData("By Rovers Media", "Rovers Media")]
    [InlineData("Anton Pike apike at tidewater.org.uk", "Anton Pike")]
    [InlineData("dc:creator: Mira Vella", "Mira Vella")]
    public void The_writer_is_read_from_the_line(string line, string author) =>
        Assert.Equal(author, MetaLines.TryParse(line, DateOrder.DayFirst)?.Author);

    [Theory]
    [InlineData("Priya Fenn/Staff Reporter", "Staff Reporter")]
    [InlineData("By Lena Ortiz, a former ferry engineer who now writes about boats.", "a former ferry engineer who now writes about boats.")]
    [InlineData("From Ruth Gallagher, Branch Organiser", "Branch Organiser")]
    public void The_writers_job_or_note_is_the_role_not_a_name(string line, string role) =>
        Assert.Equal(role, MetaLines.TryParse(line, DateOrder.DayFirst)?.Role);

    [Theory]
    [InlineData("Stand: 09.10.2026, 08:15 Uhr", "2026-10-09T08:15")]
    [InlineData("Thu Oct 8 07:12:44 GMT 2026", "2026-10-08T07:12")]
    [InlineData("THE MARSH VALLEY COURIER          Friday, October 9, 2026          Page B3", "2026-10-09T00:00")]
    [InlineData("pubDate: Fri, 09 Oct 2026 07:30:00 +0100", "2026-10-09T07:30")]
    public void The_date_is_read_from_the_line(string line, string expected)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(expected, meta.Date!.Value.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        Assert.False(meta.IsUpdate);
    }

    [Fact]
    public void An_update_label_with_a_slash_before_its_date_gives_the_update()
    {
        var meta = MetaLines.TryParse("Updated / Friday, 9 Oct 2026 11:20", DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.True(meta.IsUpdate);
        Assert.Equal(new DateTime(2026, 10, 9, 11, 20, 0), meta.Date!.Value.DateTime);
    }
}
