using System.Globalization;
using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content;

/// <summary>
/// French bylines and date lines as French-language papers print them ("Par A le 9 septembre 2026", "il y a 2 heures",
/// "Dernière mise à jour : …"), and the page's sentence about itself at the bottom of a story ("This article originally
/// appeared in The Harbour Ledger on …"), and a writer credited with the help of several agencies. Every line is written for
/// the test.
/// </summary>
public sealed class MetaLinesFrenchAndSelfNotesTests
{
    private static string Day(DateTimeOffset? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    [Theory]
    [InlineData("Par Aminata Diallo le 9 septembre 2026 à 14h05")]
    [InlineData("Par Aminata Diallo - 9 septembre 2026")]
    [InlineData("Rédigé par Aminata Diallo le 9 Septembre 2026")]
    public void A_french_byline_with_its_date_gives_the_writer_and_the_date(string line)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(["Aminata Diallo"], meta.Authors);
        Assert.Equal("2026-09-09", Day(meta.Date));
    }

    [Fact]
    public void A_french_job_and_place_after_the_name_are_no_name()
    {
        var meta = MetaLines.TryParse("Par Kossi Mensah, correspondant à Lomé");
        Assert.NotNull(meta);
        Assert.Equal(["Kossi Mensah"], meta.Authors);
    }

    [Theory]
    [InlineData("By Camille Rousseau with AP, AFP", "AP, AFP")]
    [InlineData("Par Aminata Diallo avec AFP", "AFP")]
    [InlineData("By Camille Rousseau with AP and Reuters", "AP, Reuters")]
    public void A_writer_with_several_agencies_is_the_author_and_the_agencies_the_source(string line, string? agencies)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Single(meta.Authors);
        if (agencies is not null) Assert.Equal(agencies, meta.Agency);
    }

    [Theory]
    [InlineData("Il y a 3 heures")]
    [InlineData("Publié il y a 2 heures")]
    public void A_french_relative_date_is_recognised_and_gives_no_date(string line)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.True(meta.IsRelative);
        Assert.Null(meta.Date);
    }

    [Theory]
    [InlineData("Date de publication : 9 septembre 2026", false)]
    [InlineData("Dernière mise à jour : 10 septembre 2026", true)]
    public void A_french_date_field_label_says_publication_or_update(string line, bool update)
    {
        var meta = MetaLines.TryParse(line, DateOrder.DayFirst);
        Assert.NotNull(meta);
        Assert.Equal(update, meta.IsUpdate);
        Assert.NotNull(meta.Date);
    }

    [Fact]
    public void A_source_label_spaced_before_its_colon_names_an_african_agency()
    {
        var meta = MetaLines.TryParse("Source : APS");
        Assert.NotNull(meta);
        Assert.Equal("APS", meta.Agency);
        Assert.Empty(meta.Authors);
    }

    [Theory]
    [InlineData("This story was first published on 9 September 2026 by The Harbour Ledger.")]
    [InlineData("This article originally appeared in The Harbour Ledger on September 9, 2026.")]
    [InlineData("This article was first published on 9 September 2026 and has been updated.")]
    [InlineData("This article first appeared in The Harbour Ledger on 9 September 2026. It is republished here with permission.")]
    public void The_pages_sentence_about_its_first_publication_gives_the_date(string line)
    {
        var meta = MetaLines.TryParse(line);
        Assert.NotNull(meta);
        Assert.Equal("2026-09-09", Day(meta.Date));
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void A_story_dated_only_by_its_closing_note_takes_that_date()
    {
        var text = "The ferry that never missed a crossing\n\n"
            + "For forty years the small ferry carried cars and cattle across the estuary twice an hour, and its crews say it never missed a crossing.\n\n"
            + "Its last captain remembers a winter storm when the waves came over the ramp and the passengers sang on the upper deck to keep warm.\n\n"
            + "The council replaced the ferry with a bridge last spring, and the old boat is now moored at the museum quay.\n\n"
            + "This article originally appeared in The Harbour Ledger on September 9, 2026.\n";
        var a = Assert.IsType<ParsedArticle>(ArticleReader.Read("a.txt", text).Article);
        Assert.Equal("2026-09-09", Day(a.Date));
        Assert.DoesNotContain(a.Blocks.OfType<RawParagraph>(), p => p.Text.Contains("originally appeared", StringComparison.Ordinal));
    }
}
