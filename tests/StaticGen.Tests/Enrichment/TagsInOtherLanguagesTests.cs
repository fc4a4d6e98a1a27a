using StaticGen.Configuration;
using StaticGen.Enrichment;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// Offices written before a name, in English ("Councilmember") and as one compound word in other languages
/// ("Bürgermeisterin", "Havnedirektør"), are no part of the name; and on a page in a language that capitalises every noun
/// (German), capitalisation is no evidence of a name: an article joins no two nouns into one, and a function word or an
/// article opens none.
/// </summary>
public sealed class TagsInOtherLanguagesTests
{
    private static List<string> Tags(string body, string language = "en") => DetectedTags.Names(body, language);

    [Theory]
    [InlineData("Councilmember Ana Ruiz voted against the plan on Tuesday, and the vote was close.", "Ana Ruiz", "en")]
    [InlineData("Health Undersecretary Marco Ilagan visited the clinic on Monday with two doctors.", "Marco Ilagan", "en")]
    [InlineData("Die Pläne wurden am Montag vorgestellt. Bürgermeisterin Heike Brandt sagte, die Stadt werde die Kosten tragen, die noch nicht feststehen.", "Heike Brandt", "de")]
    [InlineData("Færgen skal sejle fra maj, og det er ikke sket før. Havnedirektør Jens Kragh siger, at der er meget at gøre, men han er glad for aftalen.", "Jens Kragh", "da")]
    public void An_office_before_a_name_is_no_part_of_it(string body, string name, string language)
    {
        var tags = Tags(body, language);
        Assert.Contains(name, tags);
        Assert.DoesNotContain(tags, t => t.EndsWith(name, StringComparison.Ordinal) && t != name);
    }

    [Fact]
    public void On_a_german_page_articles_join_no_nouns_and_open_no_name()
    {
        var tags = Tags("""
            Nach Jahren der Planung hat der Gemeinderat am Dienstag den Weg für das neue Schwimmbad frei gemacht. Die Sanierung
            der Halle soll im Herbst beginnen, und die Kosten werden von der Gemeinde und dem Land getragen. Auch Nachbarorte
            wollen das Bad nutzen, sagte die Verwaltung. Die Stadtwerke Lindau GmbH betreibt das Bad seit vielen Jahren und
            ist einer der größten Arbeitgeber Deutschlands in der Region.
            """, "de");
        Assert.DoesNotContain(tags, static t => t.Contains(" der ", StringComparison.Ordinal) || t.Contains(" den ", StringComparison.Ordinal));
        Assert.DoesNotContain(tags, static t => t.StartsWith("Die ", StringComparison.Ordinal) || t.StartsWith("Auch ", StringComparison.Ordinal));
        Assert.DoesNotContain("Deutschlands", tags);
    }

    [Fact]
    public void Places_named_by_their_head_word_in_another_language_are_no_tags()
    {
        var tags = Tags("Penduduk Kampung Sri Tanjung berpindah ke dewan selepas air Sungai Ketam naik semalam. Menurut Jabatan Kebajikan Masyarakat, seramai 120 mangsa telah dipindahkan dan bantuan akan diberikan kepada mereka yang terjejas oleh banjir itu.", "ms");
        Assert.Contains("Jabatan Kebajikan Masyarakat", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Kampung", StringComparison.Ordinal) || t.Contains("Sungai", StringComparison.Ordinal) || t.StartsWith("Menurut", StringComparison.Ordinal));
    }

    [Fact]
    public void A_function_word_opening_a_sentence_in_another_language_opens_no_name()
    {
        var tags = Tags("En la Ciudad de Orvalle se reunieron los vecinos para hablar de la sequía. La Comisión Estatal del Agua dijo que no habrá cortes este mes, pero que el nivel de las presas es bajo y que las lluvias llegan tarde.", "es");
        Assert.Contains("Comisión Estatal del Agua", tags);
        Assert.DoesNotContain(tags, static t => t.StartsWith("En ", StringComparison.Ordinal) || t.StartsWith("La ", StringComparison.Ordinal) || t.Contains("Ciudad", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("Un grupo de vecinos de Soria ha reabierto la escuela del pueblo. Un portavoz del ayuntamiento dijo que la matrícula crecerá el próximo curso.", "es")]
    [InlineData("Un atelier de réparation a ouvert ses portes à Nantes. Un bénévole explique que les vélos sont réparés gratuitement le samedi.", "fr")]
    [InlineData("Un grup de voluntari a curățat malul râului sâmbătă. Un reprezentant al primăriei a spus că acțiunea va fi repetată în toamnă.", "ro")]
    public void An_article_that_opens_a_sentence_is_not_the_acronym_it_spells(string body, string language) =>
        Assert.DoesNotContain("United Nations", Tags(body, language));

    [Fact]
    public void An_acronym_printed_in_capitals_still_reads_as_its_organisation() =>
        Assert.Contains("United Nations", Tags("Un informe de la ONU y del UN Environment Programme fue citado. El UN pidió más fondos para la región.", "es"));

    [Theory]
    [InlineData("Administrația Fondului pentru Mediu a aprobat joi bani pentru curățarea râurilor, iar primarii vor trebui să raporteze lunar ce au făcut cu ei.", "Administrația Fondului pentru Mediu", "ro")]
    [InlineData("Lucrările vor fi verificate de Agenția Națională pentru Protecția Mediului, care a spus că nu este prima dată când face asta.", "Agenția Națională pentru Protecția Mediului", "ro")]
    [InlineData("Az út húsz települést köt majd össze, mondta Nagy Zoltán, a Közlekedési és Építésügyi Minisztérium államtitkára, aki szerint a munka jövőre kezdődik.", "Közlekedési és Építésügyi Minisztérium", "hu")]
    [InlineData("Die Messwerte wurden am Montag vom Bundesamt für Strahlenschutz veröffentlicht, das die Lage weiter beobachten will und keine Gefahr sieht.", "Bundesamt für Strahlenschutz", "de")]
    public void A_connector_of_the_pages_language_inside_an_organisations_name_keeps_it_whole(string body, string name, string language)
    {
        var tags = Tags(body, language);
        Assert.Contains(name, tags);
        Assert.DoesNotContain(tags, t => name.StartsWith(t, StringComparison.Ordinal) && t != name);
    }

    [Theory]
    [InlineData("Naujasis tiltas per upę vakare, kai jis buvo apšviestas pirmą kartą. Tomo Vaitkaus nuotr.", "lt")]
    [InlineData("Voluntarios retiran plásticos del cauce del arroyo durante la jornada del sábado. Gentileza Unión Vecinal", "es")]
    [InlineData("Voluntari strâng gunoaie pe malul râului în timpul acțiunii de sâmbătă. Foto: Andrei Vasilescu", "ro")]
    [InlineData("Harbour workers unload the first crates from the ship on Monday morning (Photo: Dana Whitcombe)", "en")]
    public void A_name_in_a_pictures_credit_is_no_tag(string caption, string language)
    {
        Assert.Empty(DetectedTags.Of(language, new TextSegment(caption, TextRole.Caption)));
    }

    [Theory]
    [InlineData("Noul spital va fi deschis în Baia Mare până la sfârșitul anului, a declarat joi primarul orașului, Ion Mureșan, după o vizită pe șantier.", "Baia Mare", "Ion Mureșan", "ro")]
    [InlineData("Načelnik općine Marko Jurić rekao je da će radovi u Donjem Miholjcu početi na jesen, a otočani već godinama ljeti ostaju bez vode.", "Donjem Miholjcu", "Marko Jurić", "hr")]
    [InlineData("Más de cien vecinos limpiaron el sábado el arroyo Las Piedras, y la jornada terminó con un almuerzo, dijo la presidenta Marta Giménez.", "Las Piedras", "Marta Giménez", "es")]
    [InlineData("Los camiones llevarán los residuos al vertedero de la ciudad de San Lorenzo, prometió el intendente Carlos Benítez tras la reunión.", "San Lorenzo", "Carlos Benítez", "es")]
    [InlineData("Penktadienį Vilniuje atidarytas naujas tiltas per upę, kurį pastatė miesto bendrovė, sakė meras Tomas Jankauskas.", "Penktadienį Vilniuje", "Tomas Jankauskas", "lt")]
    public void A_name_after_a_word_of_place_or_in_the_locative_case_of_the_pages_language_is_a_place(string body, string place, string person, string language)
    {
        var tags = Tags(body, language);
        Assert.Contains(person, tags);
        Assert.DoesNotContain(place, tags);
    }

    [Fact]
    public void The_table_of_name_joins_knows_only_the_languages_the_reader_tells() =>
        Assert.All(TagWords.JoinLanguages, static l => Assert.Contains(l, StaticGen.Content.TextLanguage.Languages));

    [Fact]
    public void A_neighbourhood_named_by_its_head_word_is_a_place()
    {
        var segments = new List<TextSegment>
        {
            new("Vecinos de Barrio Sur limpian la plaza tras la feria", TextRole.Title),
            new("Más de cien vecinos participaron el domingo en la limpieza, organizada por la Comisión Vecinal de Barrio Sur, dijo su presidenta, Rosa Ledesma.", TextRole.Body),
        };
        var tags = DetectedTags.Detect("es", segments).Select(static t => t.Name).ToList();
        Assert.Contains("Rosa Ledesma", tags);
        Assert.DoesNotContain(tags, static t => t.StartsWith("Vecinos", StringComparison.Ordinal) || t == "Barrio Sur");
    }

    [Fact]
    public void An_english_article_after_a_comma_describes_nothing_on_a_page_in_another_language()
    {
        // Romanian "a" after the comma is the auxiliary of "a anunțat" (has announced), not "a" of an apposition.
        var tags = Tags("Fondul a aprobat joi bani pentru curățarea râurilor din județele Cluj și Mureș, a anunțat ministrul Mediului, Mircea Dobrescu, care a vizitat malurile.", "ro");
        Assert.Contains("Mircea Dobrescu", tags);
        Assert.DoesNotContain("Mureș", tags);
    }
}
