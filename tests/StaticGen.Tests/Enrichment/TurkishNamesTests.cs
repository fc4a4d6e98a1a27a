using StaticGen.Content;
using StaticGen.Enrichment;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// Turkish writes a name's case ending after an apostrophe ("Ankara’da", "Erdoğan’ın"): on a page in Turkish the ending is
/// no part of the name, its offices are no part of the name after them, and its country names are countries.
/// </summary>
public sealed class TurkishNamesTests
{
    private const string Body =
        "Dışişleri Bakanı Selim Aydınoğlu, Ankara’da düzenlenen toplantıda Almanya’nın yeni göç planını eleştirdi ve bu konuda ortak bir çözüm istediğini söyledi. " +
        "Aydınoğlu’nun açıklamasına göre iki ülkenin heyetleri önümüzdeki ay Berlin’de bir araya gelecek. " +
        "Bakan ayrıca Suriye’deki durumun bölge için ciddi bir risk olduğunu belirtti ve sınır güvenliğinin artırılacağını söyledi.";

    [Fact]
    public void A_case_ending_after_an_apostrophe_is_no_part_of_the_name_and_an_office_before_it_none_either()
    {
        var names = DetectedTags.Names(Body, "tr");

        Assert.Contains("Selim Aydınoğlu", names);
        Assert.DoesNotContain(names, n => n.Contains('’') || n.Contains("Bakanı", StringComparison.Ordinal) || n.Contains("Ankara", StringComparison.Ordinal));
    }

    [Fact]
    public void Elsewhere_an_apostrophe_stays_inside_a_name()
    {
        // "Sana’a" is the city's name, not "Sana" with an ending: only a language that writes endings so cuts one off.
        var names = DetectedTags.Names("Officials from Qasr’ul Hamra Holdings met lenders in London on Tuesday, and Qasr’ul Hamra Holdings said the talks went well.");

        Assert.Contains("Qasr’ul Hamra Holdings", names);
    }

    [Fact]
    public void Turkish_country_names_in_their_case_forms_are_countries()
    {
        var detector = new CountryDetector(Gazetteer.LoadDefault().ForLanguage("tr"), "tr");

        var countries = detector.Detect([new TextSegment(Body, TextRole.Body)]).Select(static c => c.Country.Code).ToList();

        Assert.Contains("DE", countries);
        Assert.Contains("SY", countries);
    }
}
