using StaticGen.Configuration;
using StaticGen.Enrichment;
using StaticGen.Tests.Support;

namespace StaticGen.Tests.Enrichment;

/// <summary>
/// One person, one tag, however the name is written: a surname in one of its cases ("Kowalczyka") or in another
/// transliteration ("Hrytsenkyi") is the person's; a name made an adjective ("Deshmukh-led") is the name; a word of a kind of
/// person opening a sentence ("Suspect told …") names no one; a member's office after a party is no part of the name.
/// </summary>
public sealed class TagsOfInflectedNamesTests
{
    private static List<string> Tags(string body, string language) => DetectedTags.Names(body, language);

    [Fact]
    public void A_surname_in_one_of_its_cases_is_the_persons()
    {
        var detected = DetectedTags.Of("pl", new TextSegment(
            "Burmistrz Andrzej Kowalczyk przedstawił w poniedziałek plan naprawy mostu nad rzeką. Zdaniem Kowalczyka remont potrwa "
            + "dwa lata, a miasto nie ma na to pieniędzy.", TextRole.Body));
        var person = Assert.Single(detected, static t => t.Name == "Andrzej Kowalczyk");
        Assert.Equal(2, person.Mentions);
        var tags = Tags(
            "Burmistrz Andrzej Kowalczyk przedstawił w poniedziałek plan naprawy mostu nad rzeką. Zdaniem Kowalczyka remont potrwa "
            + "dwa lata, a miasto nie ma na to pieniędzy. Radni pytali Kowalczyka o koszty, ale nie dostali odpowiedzi.", "pl");
        Assert.Contains("Andrzej Kowalczyk", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("Kowalczyka", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_in_another_transliteration_is_the_persons()
    {
        var tags = Tags(
            "Mayor Oleksandr Hrytsenky met the regional council on Monday to discuss the damaged bridge. Hrytsenkyi told reporters "
            + "that repairs would take two years. Hrytsenky said the city had asked the government for help.", "en");
        Assert.Contains("Oleksandr Hrytsenky", tags);
        Assert.DoesNotContain("Hrytsenkyi", tags);
    }

    [Fact]
    public void A_name_made_an_adjective_is_the_name()
    {
        var tags = Tags(
            "Two small parties walked out of Ravi Deshmukh-led talks on Tuesday, and the opposition called for a vote of confidence in "
            + "the government, which has ruled the state since the spring.", "en");
        Assert.Contains("Ravi Deshmukh", tags);
        Assert.DoesNotContain(tags, static t => t.EndsWith("-led", StringComparison.Ordinal));
    }

    [Fact]
    public void A_member_of_parliament_after_a_party_is_no_part_of_the_name()
    {
        var tags = Tags(
            "Labour MP Dana Whitcombe said the budget did nothing for the north, and that the party would vote against it next week.", "en");
        Assert.Contains("Dana Whitcombe", tags);
        Assert.DoesNotContain(tags, static t => t.Contains("MP ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_of_a_kind_of_person_opening_a_sentence_names_no_one()
    {
        var tags = Tags(
            "A man was arrested on Sunday after he was found inside the closed library at night. Suspect told officers he had been "
            + "looking for a place to sleep after his car broke down, police said.", "en");
        Assert.DoesNotContain("Suspect", tags);
    }
}
