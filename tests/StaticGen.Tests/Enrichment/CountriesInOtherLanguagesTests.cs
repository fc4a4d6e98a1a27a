using StaticGen.Configuration;
using StaticGen.Content;
using StaticGen.Enrichment;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// A page in another language is read with that language's country names (CLDR) and demonyms: "Tschechien",
/// "tschechischen", "Sveriges", "argentinos". Those words count only on a page in that language, where a word that
/// names a country in one language may be a surname or an ordinary word in another ("Francia", "Island").
/// </summary>
public sealed class CountriesInOtherLanguagesTests
{
    private static List<string> Codes(string title, string body)
    {
        var parsed = MarkdownArticleParser.Parse("content/page.md", $"---\ntitle: {title}\ndate: 2026-03-02\n---\n{body}\n");
        Assert.DoesNotContain(parsed.Diagnostics, static d => d.IsError);
        var enricher = new Enricher(new SiteConfig(), Gazetteer.LoadDefault());
        return [.. enricher.Enrich(parsed.Article!, DateTimeOffset.UnixEpoch).Article.Countries.Select(static c => c.Code)];
    }

    [Fact]
    public void A_german_page_names_countries_by_their_german_names_and_adjectives()
    {
        var codes = Codes("Neue Brücke über die Fulda", """
            Die Stahlträger für die neue Brücke wurden von einem tschechischen Hersteller geliefert. Der Bau soll im Herbst
            beginnen, sagte der Bürgermeister am Montag. Die Teile werden in Tschechien gefertigt und mit dem Zug gebracht.
            Auch ein Ingenieurbüro aus Dänemarks Hauptstadt ist an dem Projekt beteiligt, das noch in diesem Jahr fertig sein soll.
            """);
        Assert.Equal(["CZ", "DK"], codes);
    }

    [Fact]
    public void A_portuguese_page_names_peoples_by_their_plural_adjectives()
    {
        var codes = Codes("Festival lota a orla", """
            O festival atraiu mais de cem mil pessoas no fim de semana, entre eles muitos turistas argentinos e uruguaios que
            chegaram de ônibus. A prefeitura disse que os hotéis da cidade estavam cheios e que o evento foi um sucesso para
            o comércio local, que também teve um bom movimento nos restaurantes da orla.
            """);
        Assert.Equal(["AR", "UY"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_of_another_language_is_a_surname_where_a_name_stands_before_it()
    {
        var codes = Codes("Nuova linea del tram", """
            Il cantiere della nuova linea del tram partirà in primavera, ha detto l'assessore Marco Francia durante la
            conferenza stampa. I vagoni saranno costruiti da un'azienda svizzera e consegnati entro la fine del prossimo anno,
            secondo il piano che il consiglio comunale ha approvato con una larga maggioranza.
            """);
        Assert.Equal(["CH"], codes);

        // On an English page the words of other languages are no country at all.
        codes = Codes("Harbour plan approved", """
            The council approved the harbour plan on Monday, said Luca Francia, who chairs the planning committee. The
            Island ferry will keep its berth, and a new café will open beside the Norge Street car park in the spring, the
            council said in a statement that was published on its website after the vote.
            """);
        Assert.Empty(codes);
    }

    [Fact]
    public void A_kind_of_thing_named_after_a_country_in_another_language_is_not_the_country()
    {
        var codes = Codes("Wandelpad langs de dijk", """
            Het nieuwe wandelpad langs de dijk is een succes, zegt de gemeente. Veel bewoners lopen er elke ochtend met hun
            hond; een vrouw met een Duitse herder vertelt dat ze het pad al jaren wilde. De aannemer komt uit Nederland en
            werkt ook aan een brug die over twee jaar klaar moet zijn voor het verkeer.
            """);
        Assert.Equal(["NL"], codes);
    }

    [Theory]
    [InlineData("Le train de nuit reprend", "Les associations rappellent que d'autres pays ont fait le choix inverse. En Autriche, la compagnie publique a étendu son réseau de nuit, et la ligne vers le sud est pleine tous les soirs depuis son ouverture.", new[] { "AT" })]
    [InlineData("Nelayan terjejas ombak besar", "Jabatan Cuaca Pantai Malaysia (JCPM) dalam kenyataan berkata nelayan tidak dibenarkan keluar sehingga Ahad. Pantai timur antara kawasan yang paling kerap dilanda air pasang besar di Malaysia kerana angin monsun yang kuat pada bulan ini.", new[] { "MY" })]
    public void A_function_word_or_an_organisations_head_before_a_countrys_name_makes_it_no_surname(string title, string body, string[] expected) =>
        Assert.Equal(expected, Codes(title, body).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Nowy most na rzece", "Most połączy oba brzegi rzeki jeszcze w tym roku, jak zapowiada burmistrz. Wykonawca, który pracował już na Litwie i w Niemczech, ma doświadczenie z takimi budowami, ale koszty wzrosły o jedną piątą. Radni z polskiej części regionu chcą, aby prace skończyły się przed zimą.", new[] { "DE", "LT", "PL" })]
    [InlineData("Nový most přes řeku", "Most spojí oba břehy řeky ještě letos, jak oznámil starosta. Firma, která stavěla mosty v Německu a na Slovensku, má s takovými stavbami zkušenosti, ale náklady vzrostly o pětinu. Materiál se dováží z Japonska, kde ho vyrábí jediná továrna pro celý trh.", new[] { "DE", "JP", "SK" })]
    [InlineData("Uusi silta joen yli", "Silta yhdistää joen rannat jo tänä vuonna, kertoo kunta. Urakoitsija, joka on rakentanut siltoja Ruotsissa ja Venäjällä, on kokenut, mutta kustannukset ovat nousseet viidenneksellä. Hankkeen suunnitteli saksalainen toimisto, ja se on yksi Suomen suurimmista tänä vuonna.", new[] { "DE", "FI", "RU", "SE" })]
    [InlineData("Jambatan baharu merentasi sungai", "Jambatan itu akan menghubungkan kedua-dua tebing sungai tahun ini, kata majlis daerah. Kontraktor yang pernah membina jambatan di Belanda dan di Korea Selatan mempunyai pengalaman, tetapi kosnya telah meningkat kerana harga besi yang dibawa dari Jepun.", new[] { "JP", "KR", "NL" })]
    [InlineData("Noul pod peste râu", "Constructorul, care a lucrat deja în Germania și în Ungaria, spune că lucrările vor fi gata până la sfârșitul anului. Oțelul vine din Italia, iar o parte din proiect este plătită de guvernul României prin programul pentru drumuri. Primăria a anunțat că podul va fi deschis și pentru biciclete, după modelul Franței.", new[] { "DE", "FR", "HU", "IT", "RO" })]
    [InlineData("Podul nou, aproape gata", "Firma care construieşte podul a lucrat şi în Elveţia, iar inginerii spun că lucrările vor fi gata până în vară. O parte din oţel vine din Croaţia, după cum a anunţat primăria, care are un contract şi pentru drumul de centură al oraşului.", new[] { "CH", "HR" })]
    [InlineData("Új híd a folyó felett", "A kivitelező, amely már Németországban és Ausztriában is épített hidakat, azt mondja, hogy a munka az év végére elkészül. Az acél Romániából érkezik, a terv egy részét pedig Magyarországon készítették, mert ott van a legtöbb tapasztalat. A polgármester szerint a hidat még idén Franciaországba is elviszik bemutatni, ahol már várják.", new[] { "AT", "DE", "FR", "HU", "RO" })]
    [InlineData("Novi most preko rijeke", "Izvođač, koji je već gradio mostove u Njemačkoj i u Srbiji, kaže da će radovi biti gotovi do kraja godine. Čelik dolazi iz Italije, a dio projekta plaća Hrvatska iz fondova koji su namijenjeni za ceste. Prema riječima gradonačelnika, most će također biti otvoren i za bicikle, kao što je to slučaj u Sloveniji.", new[] { "DE", "HR", "IT", "RS", "SI" })]
    [InlineData("Novi most preko reke", "Izvođač, koji je već gradio mostove u Nemačkoj i u Mađarskoj, kaže da će radovi biti gotovi do kraja godine. Čelik dolazi iz Španije, a deo projekta plaća Srbija iz fondova koji su namenjeni za puteve. Gradonačelnik je takođe rekao da će most tokom leta biti otvoren i za bicikle, kao što je bilo obećano.", new[] { "DE", "ES", "HU", "RS" })]
    [InlineData("Ný brú yfir ána", "Verktakinn, sem hefur áður byggt brýr í Þýskalandi og á Íslandi, segir að verkinu verði lokið fyrir áramót. Stálið kemur frá Noregi, en hluti af verkefninu er greiddur af sjóði sem var stofnaður í Frakklandi. Bæjarstjórinn sagði að brúin yrði einnig opin fyrir hjólreiðar þegar hún verður tilbúin.", new[] { "DE", "FR", "IS", "NO" })]
    [InlineData("Naujas tiltas per upę", "Rangovas, kuris jau statė tiltus Vokietijoje ir Latvijoje, sako, kad darbai bus baigti iki metų pabaigos. Plienas atvežamas iš Lenkijos, o dalį projekto finansuoja Lietuva kartu su fondu, kuris buvo įkurtas Švedijoje. Meras taip pat sakė, kad tiltu galės važiuoti ir dviratininkai, nes tai yra svarbu.", new[] { "DE", "LT", "LV", "PL", "SE" })]
    [InlineData("Nový most cez rieku", "Firma, ktorá už stavala mosty v Nemecku a na Slovensku, tvrdí, že práce budú hotové do konca roka. Oceľ sa dováža z Rakúska, pretože podľa projektu je to najlepší materiál, a časť peňazí prišla aj z Poľska. Starosta povedal, že most bude otvorený aj pre cyklistov, ktorí ho už čakajú.", new[] { "AT", "DE", "PL", "SK" })]
    [InlineData("Un nou pont sobre el riu", "L'empresa, que ja ha construït ponts a França i a Alemanya, diu que les obres acabaran abans de final d'any. L'acer arriba d'Itàlia, i una part del projecte la paga el govern d'Espanya amb fons de la regió. L'alcalde també va dir que el pont serà obert per a les bicicletes i els vianants.", new[] { "DE", "ES", "FR", "IT" })]
    public void Country_names_are_read_in_their_cases_in_languages_that_inflect_them(string title, string body, string[] expected) =>
        Assert.Equal(expected, Codes(title, body).Order(StringComparer.Ordinal));
}
