using StaticGen.Configuration;
using StaticGen.Enrichment;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// Evidence of a name beyond its capital letters: on a German page a run of the language's common nouns and adjectives is
/// ordinary text, and a common noun before a name is no part of it; another language's offices and portfolios come off a
/// name as English titles do; other languages' names and short forms of the European Union, the United Nations and NATO are
/// the English tags; an elided article is no part of a name, and a news agency named as a report's source in another
/// language is a credit.
/// </summary>
public sealed class TagsOfCommonWordsTests
{
    private static List<string> Tags(string body, string language) => DetectedTags.Names(body, language);

    [Fact]
    public void On_a_german_page_a_run_of_common_nouns_and_adjectives_is_no_name()
    {
        var tags = Tags(
            "Die Gemeinde Talbrunn will bis zum Winter zwei neue Wärmepumpen in Betrieb nehmen. Bürgermeisterin Hanne Vosskamp sagte am "
            + "Dienstag, man warte noch auf eine Antwort aus dem Ministerium. Bundesweite Regeln fehlten bislang, und ohne sie könne niemand "
            + "planen. Hohe Kosten bremsten viele Vorhaben, hieß es. Sichere Versorgung habe aber Vorrang, sagte Vosskamp. Das Bundesamt für "
            + "Wärmenetze prüft die Anträge, und die Stadtwerke Talbrunn GmbH rechnen mit Kosten von zwölf Millionen Euro.", "de");
        Assert.Contains("Hanne Vosskamp", tags);
        Assert.Contains("Bundesamt für Wärmenetze", tags);
        Assert.Contains(tags, static t => t.StartsWith("Stadtwerke Talbrunn", StringComparison.Ordinal));
        Assert.DoesNotContain("Dienstag", tags);
        Assert.DoesNotContain("Bundesweite Regeln", tags);
        Assert.DoesNotContain("Hohe Kosten", tags);
        Assert.DoesNotContain("Sichere Versorgung", tags);
    }

    [Fact]
    public void On_a_german_page_a_common_noun_before_a_name_says_who_it_is()
    {
        var tags = Tags(
            "Der Verband der Bäckereien begrüßte den Plan am Montag grundsätzlich. Geschäftsführer Tobias Wendler sagte, die Betriebe "
            + "bräuchten aber mehr Zeit. Die Stadt Kesselbrück will bis zum Frühjahr entscheiden, ob sie den Markt verlegt, sagte Wendler.", "de");
        Assert.Contains("Tobias Wendler", tags);
        Assert.DoesNotContain(tags, static t => t.StartsWith("Geschäftsführer", StringComparison.Ordinal) || t.StartsWith("Stadt ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ministra Ana Belmonte Ruiz viajará la próxima semana a Lisboa para hablar de los cables del fondo del mar con sus colegas.", "Ana Belmonte Ruiz", "es")]
    [InlineData("Presidente Nilo Fagundes disse que a cooperativa vai abrir um novo armazém no interior do estado ainda este ano.", "Nilo Fagundes", "pt")]
    [InlineData("Prezydent Bogdan Wierzbicki powiedział w środę, że miasto nie ma pieniędzy na nowy most i że trzeba poczekać na pomoc.", "Bogdan Wierzbicki", "pl")]
    [InlineData("La porte-parole du ministère de l'Intérieur Camille Vasseur a confirmé que deux personnes avaient été interpellées dans la nuit.", "Camille Vasseur", "fr")]
    public void An_office_or_portfolio_of_the_pages_language_is_no_part_of_a_name(string body, string name, string language)
    {
        var tags = Tags(body, language);
        Assert.Contains(name, tags);
        Assert.DoesNotContain(tags, t => t.EndsWith(name, StringComparison.Ordinal) && t != name);
    }

    [Theory]
    [InlineData("La OTAN y la Ue acordaron el martes vigilar juntas el mar. Según la Ue, el plan costará 300 millones, y la ONU pidió calma. La OTAN enviará dos buques.", "es")]
    [InlineData("La Unión Europea y las Naciones Unidas firmaron un acuerdo. La OTAN celebró la noticia y dijo que la Unión Europea hará más.", "es")]
    [InlineData("Secondo l'Onu gli arrivi sono aumentati. L'Ue ha stanziato nuovi fondi, e anche la Nato segue la situazione, ha detto l'Onu.", "it")]
    public void Other_languages_names_of_the_unions_are_the_english_tags(string body, string language)
    {
        var tags = Tags(body, language);
        Assert.Contains("NATO", tags);
        Assert.Contains(tags, static t => t is "European Union" or "United Nations");
        Assert.DoesNotContain(tags, static t => t is "OTAN" or "Ue" or "ONU" or "Onu" or "l'Onu" or "Unión Europea" or "Naciones Unidas");
    }

    [Fact]
    public void An_elided_article_is_no_part_of_a_name_and_an_agency_named_as_the_source_after_one_is_a_credit()
    {
        var tags = Tags(
            "Un homme a été interpellé dimanche près de la gare, ont indiqué des sources policières à l'AFP. Le maire Julien Ferrandou "
            + "a rappelé qu'Élodie Marchand avait demandé plus de patrouilles dans le quartier depuis le mois de mars.", "fr");
        Assert.Contains("Élodie Marchand", tags);
        Assert.DoesNotContain(tags, static t => t.StartsWith("qu'", StringComparison.Ordinal) || t.Contains("AFP", StringComparison.Ordinal));
    }
}
