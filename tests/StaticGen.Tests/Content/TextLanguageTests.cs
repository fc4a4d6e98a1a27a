using StaticGen.Content;
using StaticGen.Content.Reading;
using StaticGen.Configuration;

namespace StaticGen.Tests.Content;

/// <summary>The language of a page, told once by the reader from its running text and read by the later steps.</summary>
public sealed class TextLanguageTests
{
    [Theory]
    [InlineData("Die Stadt hat den Plan am Montag vorgestellt, und der Rat wird im Mai über die Kosten entscheiden, die noch nicht feststehen.", "de")]
    [InlineData("De gemeente heeft het plan maandag gepresenteerd en de raad beslist in mei over de kosten, die nog niet vaststaan.", "nl")]
    [InlineData("Kommunen har fremlagt planen mandag, og byrådet skal i maj tage stilling til udgifterne, som endnu ikke er kendt, men det blev ikke sagt af borgmesteren.", "da")]
    [InlineData("A prefeitura apresentou o plano na segunda-feira, e a câmara vai decidir em maio sobre os custos, que ainda não são conhecidos pelo público.", "pt")]
    [InlineData("Burmistrz przedstawił plan w poniedziałek, a radni mają zdecydować w maju o kosztach, które nie są jeszcze znane, ale już budzą spory. Jak mówi jeden z nich, to jest dla miasta ważna sprawa i nie można jej odkładać przez kolejny rok.", "pl")]
    [InlineData("Starosta představil plán v pondělí a zastupitelé mají v květnu rozhodnout o nákladech, které ještě nejsou známé, ale už se o nich jedná. Podle jednoho z nich je to pro město důležitá věc a není možné ji odkládat, jako se to stalo minulý rok.", "cs")]
    [InlineData("Kunta esitteli suunnitelman maanantaina, ja valtuusto päättää toukokuussa kustannuksista, jotka eivät ole vielä tiedossa, mutta niistä on jo kiistaa. Hän sanoi, että asia on kaupungille tärkeä ja että sitä ei voi enää siirtää, kuten myös viime vuonna tehtiin.", "fi")]
    [InlineData("Majlis daerah membentangkan rancangan itu pada hari Isnin dan ahli majlis akan membuat keputusan mengenai kos yang belum diketahui kerana beliau masih menunggu laporan. Menurut beliau, projek itu adalah penting untuk penduduk dan tidak boleh ditangguhkan lagi selepas banjir semalam.", "ms")]
    [InlineData("Primăria a prezentat planul luni, iar consilierii vor decide în mai despre costuri, care nu sunt încă cunoscute, dar sunt deja discutate. Potrivit unuia dintre ei, proiectul este important pentru oraș și nu mai poate fi amânat după inundațiile de anul trecut.", "ro")]
    [InlineData("A polgármester hétfőn mutatta be a tervet, és a képviselők májusban döntenek a költségekről, amelyek még nem ismertek, de már vita van róluk. Az egyik képviselő szerint a terv fontos a városnak, ezért nem lehet tovább halasztani, mint ahogy azt tavaly tették.", "hu")]
    [InlineData("Gradonačelnik je u ponedjeljak predstavio plan, a vijećnici će u svibnju odlučiti o troškovima koji još nisu poznati, ali o njima se već raspravlja. Prema jednom od njih, projekt je važan za grad i ne može se odgađati, kao što je također bilo prošle godine.", "hr")]
    [InlineData("Gradonačelnik je u ponedeljak predstavio plan, a odbornici će u maju odlučiti o troškovima koji još nisu poznati, ali se o njima već raspravlja. Prema jednom od njih, projekat je važan za grad i ne može se odlagati, kao što je takođe bilo tokom prošle godine.", "sr-Latn")]
    [InlineData("Bæjarstjórinn kynnti áætlunina á mánudag og bæjarfulltrúar munu ákveða í maí um kostnaðinn, sem er ekki enn þekktur, en hann hefur þegar valdið deilum. Að sögn eins þeirra er verkið mikilvægt fyrir bæinn og það má ekki fresta því eftir flóðin í fyrra.", "is")]
    [InlineData("Meras pirmadienį pristatė planą, o tarybos nariai gegužę spręs dėl išlaidų, kurios dar nėra žinomos, bet dėl jų jau ginčijamasi. Pasak vieno iš jų, projektas yra svarbus miestui ir jo negalima atidėti, kaip tai buvo padaryta pernai.", "lt")]
    [InlineData("Starosta predstavil plán v pondelok a poslanci majú v máji rozhodnúť o nákladoch, ktoré ešte nie sú známe, ale už sa o nich diskutuje. Podľa jedného z nich je to pre mesto dôležitá vec a nie je možné ju odkladať, ako sa to stalo aj vlani.", "sk")]
    [InlineData("L'alcalde va presentar el pla dilluns, i els regidors decidiran al maig sobre els costos, que encara no són coneguts, però ja hi ha debat. Segons un d'ells, el projecte és important per a la ciutat i no es pot ajornar més, com també va passar l'any passat.", "ca")]
    [InlineData("Belediye başkanı planı pazartesi günü açıkladı ve meclis üyeleri mayıs ayında maliyetler için bir karar verecek. Üyelerden birine göre proje kent için önemli, ancak geçen yıl olduğu gibi daha fazla ertelenmemesi gerekiyor.", "tr")]
    [InlineData("The council presented the plan on Monday, and the members will decide in May on the costs, which are not yet known to the public.", "en")]
    public void The_language_of_a_text_is_told_by_its_function_words(string text, string language) =>
        Assert.Equal(language, TextLanguage.Detect(["Headline", text]));

    [Fact]
    public void A_short_text_is_taken_as_english() => Assert.Equal("en", TextLanguage.Detect(["Die Stadt und der Rat"]));

    [Fact]
    public void A_long_text_in_a_language_the_table_does_not_know_is_another_language_not_english()
    {
        var estonian = string.Join(' ', Enumerable.Repeat("Linnavalitsus tutvustas kava esmaspäeval ning volikogu otsustab järgmisel kuul kulude üle, mis pole veel teada.", 8));
        Assert.Equal(TextLanguage.Other, TextLanguage.Detect([estonian]));
    }

    [Theory]
    [InlineData("pl", "Litwa", "Litwie")]
    [InlineData("pl", "Francja", "Francji")]
    [InlineData("pl", "Polska", "Polsce")]
    [InlineData("cs", "Německo", "Německu")]
    [InlineData("cs", "Francie", "Francii")]
    [InlineData("fi", "Venäjä", "Venäjällä")]
    [InlineData("fi", "Suomi", "Suomen")]
    [InlineData("de", "Deutschland", "Deutschlands")]
    [InlineData("ro", "Franța", "Franței")]
    [InlineData("ro", "România", "României")]
    [InlineData("ro", "Iran", "Iranului")]
    [InlineData("hu", "Németország", "Németországban")]
    [InlineData("hu", "Magyarország", "Magyarországon")]
    [InlineData("hu", "Románia", "Romániából")]
    [InlineData("hr", "Hrvatska", "Hrvatskoj")]
    [InlineData("hr", "Njemačka", "Njemačke")]
    [InlineData("hr", "Srbija", "Srbiji")]
    [InlineData("is", "Ísland", "Íslandi")]
    [InlineData("is", "Noregur", "Noregs")]
    [InlineData("lt", "Lietuva", "Lietuvoje")]
    [InlineData("lt", "Vokietija", "Vokietijos")]
    [InlineData("sk", "Slovensko", "Slovensku")]
    [InlineData("sk", "Nemecko", "Nemecku")]
    public void A_countrys_name_is_inflected_by_its_languages_case_rules(string language, string name, string form) =>
        Assert.Contains(form, TextLanguage.CaseForms(language, name));

    [Fact]
    public void A_name_the_language_adds_no_ending_to_has_no_forms()
    {
        Assert.Empty(TextLanguage.CaseForms("de", "Paris"));
        Assert.Empty(TextLanguage.CaseForms("fr", "Allemagne"));
    }

    [Fact]
    public void The_reader_tells_the_pages_language_once_and_reads_its_numeric_dates_by_it()
    {
        // A German story that quotes an English slogan ("the future is now"): not English, so its numeric date is day first.
        var text = """
            Neue Brücke über den Fluss

            Veröffentlicht am 03/04/2025

            Die Stadt hat den Plan für die neue Brücke am Montag vorgestellt, und der Rat wird im Mai über die Kosten entscheiden, die noch nicht feststehen.

            Auf dem Plakat der Bürgerinitiative steht auf Englisch „the future is now“, was bei der Sitzung für Gelächter sorgte, aber auch für Zustimmung bei den Jüngeren.

            Die Bauarbeiten sollen nach Angaben der Verwaltung im Herbst beginnen und etwa zwei Jahre dauern, wenn das Wetter mitspielt und die Firmen liefern.
            """;
        var article = ArticleReader.Read("content/bruecke.txt", text).Article!;
        Assert.Equal("de", article.Language);
        Assert.Equal(new DateTime(2025, 4, 3), article.Date?.Date);
    }
}
