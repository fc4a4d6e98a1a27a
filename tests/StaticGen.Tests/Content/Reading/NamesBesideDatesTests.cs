using System.Globalization;
using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Pages whose byline is a writer's name and a date on one line with no "By" label, under the headline or closing the
/// story, and pages whose only source line is an agency and a date. Every page here is written for the test.
/// </summary>
public sealed class NamesBesideDatesTests
{
    private const string Headline = "Nieuwe fietsbrug over het kanaal krijgt groen licht";
    private const string Lede = "Het stadsbestuur heeft donderdag de vergunning verleend voor een fietsbrug over het kanaal, na bijna tien jaar van plannen en bezwaren van omwonenden.";
    private const string Second = "De brug moet over drie jaar klaar zijn en zal volgens de schepen van mobiliteit ruim veertig miljoen euro kosten.";
    private const string Third = "Omwonenden aan beide oevers reageren verdeeld, en een actiegroep overweegt opnieuw naar de rechter te stappen.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("a.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static IEnumerable<string> BodyTexts(ParsedArticle a) => a.Blocks.Select(static b => b switch
    {
        RawParagraph p => p.Text,
        RawHeading h => h.Text,
        _ => "",
    });

    private static string Day(ParsedArticle a) => a.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_name_and_a_cut_weekday_and_date_under_the_headline_are_the_byline_and_date()
    {
        const string Byline = "Lotte Janssens woe 5 feb 2025";
        var a = Read($"{Headline}\n\n{Byline}\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal(Headline, a.Title);
        Assert.Equal("Lotte Janssens", a.Author);
        Assert.Equal("2025-02-05", Day(a));
        Assert.DoesNotContain(BodyTexts(a), static t => t.Contains("Janssens", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_a_date_label_and_a_date_closing_the_story_are_its_byline_and_date()
    {
        var a = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n\nSofia Lindgren Publicerad 2025-05-14 08:30\n");
        Assert.Equal("Sofia Lindgren", a.Author);
        Assert.Equal("2025-05-14", Day(a));
        Assert.DoesNotContain(BodyTexts(a), static t => t.Contains("Lindgren", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agency_run_together_before_a_date_gives_the_source_and_the_date()
    {
        var a = Read($"{Headline}\n\nEuropaPress - 14/03/2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Equal("Europa Press", a.Agency);
        Assert.Equal("2024-03-14", Day(a));
        Assert.Null(a.Author);
        Assert.DoesNotContain(BodyTexts(a), static t => t.Contains("EuropaPress", StringComparison.Ordinal));
    }
}
