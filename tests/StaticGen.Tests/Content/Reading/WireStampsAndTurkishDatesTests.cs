using StaticGen.Content;
using StaticGen.Content.Reading;

namespace StaticGen.Tests.Content.Reading;

/// <summary>
/// Dates an editor finds where the reader did not look or did not read: a Turkish date line with its weekday after the year,
/// an agency's stamp with its date closing wire copy (on its own line or at the end of the last paragraph), and the
/// newsroom named as the byline. Every page here is written for the test.
/// </summary>
public sealed class WireStampsAndTurkishDatesTests
{
    private const string Headline = "Orchard growers test netting against spring hail";
    private const string Lede = "Fruit growers in the upper valley have strung fine netting over twelve hectares of apple trees this spring, hoping to save a crop that hail has cut in three of the last five years.";
    private const string Second = "The nets cost about nine thousand euros a hectare, and the growers' co-operative has asked the regional council to share the cost for a trial of three seasons.";
    private const string Third = "An agronomist at the co-operative said the first results would be known after the harvest in October, when the netted rows are weighed against the open ones.";

    private static ParsedArticle Read(string text)
    {
        var result = ArticleReader.Read("a.txt", text);
        return Assert.IsType<ParsedArticle>(result.Article);
    }

    private static IEnumerable<string> BodyTexts(ParsedArticle a) => a.Blocks.OfType<RawParagraph>().Select(static p => p.Text);

    [Fact]
    public void A_turkish_date_line_with_the_weekday_after_the_year_dates_the_story()
    {
        var a = Read("Belediye yeni parkı halka açtı\n\n21 Ağustos 2025 Perşembe 09:14\n\n"
            + "Şehrin kuzeyindeki yeni park dün akşam düzenlenen bir törenle halkın kullanımına açıldı ve ilk gün yüzlerce kişi parkı gezdi.\n\n"
            + "Parkta yürüyüş yolları, çocuk oyun alanları ve küçük bir gölet bulunuyor; bakım işleri belediye ekiplerince yapılacak.\n\n"
            + "Belediye başkanı açılışta yaptığı konuşmada parkın bölge sakinleri için uzun süredir beklenen bir ihtiyacı karşıladığını söyledi.\n");
        Assert.Equal("Belediye yeni parkı halka açtı", a.Title);
        Assert.Equal(new DateTimeOffset(2025, 8, 21, 9, 14, 0, TimeSpan.Zero), a.Date);
    }

    [Fact]
    public void An_agencys_stamp_on_the_last_line_dates_the_story_and_names_its_source()
    {
        var a = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\n{Third}\n\nInnsbruck, 04.06.2025 (APA)\n");
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 0, 0, 0, TimeSpan.Zero), a.Date);
        Assert.Equal("APA", a.Agency);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains("APA", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agencys_stamp_closing_the_last_paragraph_is_taken_off_it()
    {
        var a = Read($"{Headline}\n\n{Lede}\n\n{Second}\n\n{Third} (APA, 4.6.2025)\n");
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 0, 0, 0, TimeSpan.Zero), a.Date);
        Assert.Equal("APA", a.Agency);
        Assert.Equal(Third, BodyTexts(a).Last());
    }

    [Fact]
    public void The_newsroom_as_the_byline_is_no_author_and_no_text()
    {
        var a = Read($"{Headline}\n\nStaff Writer\n12 May 2024\n\n{Lede}\n\n{Second}\n\n{Third}\n");
        Assert.Null(a.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 12, 0, 0, 0, TimeSpan.Zero), a.Date);
        Assert.DoesNotContain(BodyTexts(a), t => t.Contains("staff", StringComparison.OrdinalIgnoreCase));
        Assert.Null(a.Standfirst);
    }
}
