using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>
/// The tag detector's word lists, read once from the embedded <c>Enrichment/Data/tag-words.yml</c>
/// (see there what each list is for). Matched case-sensitively unless said otherwise here.
/// </summary>
internal static class TagWords
{
    // Declared first: the fields below read it, in this order.
    private static readonly WordLists s_lists = WordLists.Load("tag-words.yml");

    /// <summary>Lower-case particles and connectors inside a name ("Bank of England", "Luiz Inácio Lula da Silva", "Hygiene &amp; Tropical Medicine").</summary>
    public static readonly FrozenSet<string> Connectors = s_lists.Set("connectors");

    /// <summary>Capitalised words that are never (part of) a name on their own: sentence openers, months, continents, directions.</summary>
    public static readonly FrozenSet<string> StopWords = s_lists.Set("stop-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Continents and regions: never a tag alone, but they may start a name ("Caribbean Policy Institute").</summary>
    public static readonly FrozenSet<string> Regions = s_lists.Set("regions");

    /// <summary>Directions that make the next words a region ("Eastern Europe", "South America"), unless an organisation follows.</summary>
    public static readonly FrozenSet<string> Compass = s_lists.Set("compass");

    /// <summary>Acronyms that are ordinary words, units or abbreviations, not organisations.</summary>
    public static readonly FrozenSet<string> StopAcronyms = s_lists.Set("stop-acronyms");

    /// <summary>Titles and offices: they introduce a person and are not part of the name.</summary>
    public static readonly FrozenSet<string> Titles = s_lists.Set("titles");

    /// <summary>Title words that only make a title together with another ("Prime Minister", "Foreign Secretary", "Crown Prince").</summary>
    public static readonly FrozenSet<string> TitleModifiers = s_lists.Set("title-modifiers");

    /// <summary>The portfolio after an office and "of" ("Secretary of State", "Minister of Foreign Affairs"): part of the title.</summary>
    public static readonly FrozenSet<string> Portfolios = s_lists.Set("portfolios");

    /// <summary>A company's or body's governing organs ("Board of Directors", "Management Board"): before "of", the organisation follows.</summary>
    public static readonly FrozenSet<string> Organs = s_lists.Set("organs");

    /// <summary>Groups of people whose possessive stays inside an organisation's name ("European People’s Party", "Children’s Fund").</summary>
    public static readonly FrozenSet<string> PeopleNouns = s_lists.Set("people-nouns");

    /// <summary>Prefixes joined to a capitalised word that make an adjective, not a name ("pro-European", "anti-Brexit").</summary>
    public static readonly FrozenSet<string> Prefixes = s_lists.Set("prefixes");

    /// <summary>People who work at an organisation ("analysts at …", "a partner at …").</summary>
    public static readonly FrozenSet<string> Workers = s_lists.Set("workers");

    /// <summary>What a company has, after its possessive ("Nvidia’s shares", "Boeing’s board").</summary>
    public static readonly FrozenSet<string> CompanyParts = s_lists.Set("company-parts");

    /// <summary>Legal forms after a company's name: they make it an organisation and are left out of the tag.</summary>
    public static readonly FrozenSet<string> CompanyForms = s_lists.Set("company-forms");

    /// <summary>Lower-case role words that introduce a public figure ("Belarusian ruler Alexander Lukashenko", "FIFA president Gianni Infantino").</summary>
    public static readonly FrozenSet<string> Roles = s_lists.Set("roles");

    /// <summary>Lower-case words before a name that say it names an organisation ("the militant group al-Shabaab").</summary>
    public static readonly FrozenSet<string> OrgNouns = s_lists.Set("org-nouns");

    /// <summary>Words that make a run an organisation's name.</summary>
    public static readonly FrozenSet<string> OrgKeywords = s_lists.Set("org-keywords");

    /// <summary>Words that make a run a place, a thing or a time, not a person or organisation.</summary>
    public static readonly FrozenSet<string> NonEntityKeywords = s_lists.Set("non-entity-keywords");

    /// <summary>Lower-case words after a name that make it a place or a thing ("São Paulo state", "the Danube bridge", "Ballon d’Or awards").</summary>
    public static readonly FrozenSet<string> NonEntityNouns = s_lists.Set("non-entity-nouns");

    /// <summary>Lower-case place nouns before "of" ("the city of Baidoa").</summary>
    public static readonly FrozenSet<string> PlaceOf = s_lists.Set("place-of");

    /// <summary>Nouns that make an apposition say a name is a place ("Goma, the largest city in …").</summary>
    public static readonly FrozenSet<string> PlaceNouns = s_lists.Set("place-nouns");

    /// <summary>Lower-case words before a name that make it a thing or a place ("the World Cup", "a JavaScript file"): determiners, numbers and ordinals.</summary>
    public static readonly FrozenSet<string> Determiners = s_lists.Set("determiners");

    /// <summary>Prepositions before a name that say it is a place ("in Vila Sahy"); after "at", a worker makes it an organisation ("analysts at Morgan Stanley").</summary>
    public static readonly FrozenSet<string> LocationPrepositions = s_lists.Set("location-prepositions");

    /// <summary>Verbs after a name that make it a speaker ("Gazprom said"), which a person or organisation is.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = s_lists.Set("speech-verbs");

    /// <summary>Capitalised words that say who someone is, before their name, without being an office ("Reader Chad Whitlock", "Republican Herschel Walker").</summary>
    public static readonly FrozenSet<string> Descriptors = s_lists.Set("descriptors");

    /// <summary>Abbreviations of a generation after a person's name ("Jr.", "Sr."): part of the name, dot and all.</summary>
    public static readonly FrozenSet<string> NameSuffixes = s_lists.Set("name-suffixes");

    /// <summary>Legal forms before a company's name ("PT Selat Biru"): an organisation, the form left out of the tag.</summary>
    public static readonly FrozenSet<string> CompanyPrefixes = s_lists.Set("company-prefixes");

    /// <summary>Endings of a job noun ("Deckhand", "Glaciologist"): before a two-word name opening a sentence, it says who the person is.</summary>
    public static readonly IReadOnlyList<string> AgentSuffixes = s_lists.Words("agent-suffixes");

    /// <summary>The descriptors in lower case, for compounds that end in one ("Bioengineer").</summary>
    public static readonly IReadOnlyList<string> DescriptorTails = [.. s_lists.Words("descriptors").Select(static d => d.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Numbers written as words ("Twelve", "Dozens"): opening a sentence before a name, they count what it qualifies.</summary>
    public static readonly FrozenSet<string> NumberWords = s_lists.Set("number-words");

    /// <summary>The lower-case ends of hyphenated adjectives before a name ("Perth-based", "Kremlin-backed"): no part of the name.</summary>
    public static readonly FrozenSet<string> CompoundModifiers = s_lists.Set("compound-modifiers");

    /// <summary>The roles of <see cref="Roles"/>, in any case: written as a title before a name ("Prosecutor Karim Khan").</summary>
    public static readonly FrozenSet<string> RoleTitles = s_lists.Words("roles").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Heads of compound titles ("Bürgermeisterin", "Havnedirektør"): a capitalised word ending in one is an office before a name.</summary>
    public static readonly IReadOnlyList<string> TitleHeads = s_lists.Words("title-heads");

    /// <summary>Elided articles and words joined to the next word by an apostrophe ("l’Onu", "qu’Emmanuel"): no part of a name.</summary>
    public static readonly FrozenSet<string> Elisions = s_lists.Set("elisions");

    /// <summary>Words before a report's source ("told Reuters", "selon l’AFP", "laut dpa"): a news outlet named so is a credit.</summary>
    public static readonly FrozenSet<string> AttributionWords = s_lists.Set("attribution-words");

    /// <summary>Articles of a language that capitalises every noun: on its pages they join no nouns into a name and open none.</summary>
    public static readonly FrozenSet<string> NounLanguageArticles = s_lists.Set("noun-language-articles", StringComparer.OrdinalIgnoreCase);

    /// <summary>English nouns of kinds of people ("suspect", "witness"), from <c>Enrichment/Data/person-nouns.txt</c> (WordNet, by <c>.tools/wordnet-people.py</c>).</summary>
    public static readonly FrozenSet<string> PersonNouns = DataRows.Lines(EmbeddedResources.ReadText("data/person-nouns.txt")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Places that are neither countries nor capitals ("New York", "Los Angeles", "Soviet Union"), from <c>Enrichment/Data/places.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Places =
[.. DataRows.Lines(EmbeddedResources.ReadText("data/places.txt"))];

    /// <summary>Last words of a news outlet's or agency's name ("Geo News", "Reuters"): named only as a report's source, no tag.</summary>
    public static readonly FrozenSet<string> Outlets = s_lists.Set("outlets");

    /// <summary>Offices that end no name and name no one alone ("Bernard Gilbert Treasurer", "Social Secretary").</summary>
    public static readonly FrozenSet<string> Offices = s_lists.Set("offices");

    /// <summary>Abbreviations of Saint, Mount and Fort that start a place's name ("St. Louis County Council").</summary>
    public static readonly FrozenSet<string> Saints = s_lists.Set("saints");

    /// <summary>Words a comment thread prints after its writers' names ("Anna Lee Reply").</summary>
    public static readonly FrozenSet<string> CommentLabels = s_lists.Set("comment-labels");

    /// <summary>Pronouns a name never holds after its first word ("Contact Us To Volunteer" is title-cased text).</summary>
    public static readonly FrozenSet<string> Pronouns = s_lists.Set("pronouns");

    /// <summary>Capitalised words that credit a picture or a text to its source, before the source's name ("Foto: Ana Lupu", "Gentileza Unión Vecinal", "Courtesy Harbour Trust").</summary>
    public static readonly FrozenSet<string> CreditWords = s_lists.Set("credit-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words that credit a picture after its taker's name ("Tomo Vaitkaus nuotr.", "Jan Kowalski fot.").</summary>
    public static readonly FrozenSet<string> CreditMarks = s_lists.Set("credit-marks");

    /// <summary>The small words of each language that stand inside a name or before a place's, from <c>Enrichment/Data/name-joins.tsv</c>.</summary>
    private static readonly FrozenDictionary<string, NameJoins> s_joins = NameJoins.Parse(EmbeddedResources.ReadText("data/name-joins.tsv"));

    /// <summary>The languages <c>name-joins.tsv</c> has words for.</summary>
    internal static IReadOnlyCollection<string> JoinLanguages => s_joins.Keys;

    /// <summary>The small words of <paramref name="language"/> that join a name or place one; none for English and a language the table lacks.</summary>
    public static NameJoins JoinsIn(string language) => s_joins.GetValueOrDefault(language) ?? NameJoins.None;

    /// <summary>The names of the lists this type reads, for the test that every list in the file is used.</summary>
    internal static IReadOnlyCollection<string> Names => s_lists.Names;
}

/// <summary>
/// A language's small words around names (a row of <c>name-joins.tsv</c>): <paramref name="Of"/> joins an organisation's words as
/// "of" and "for" do ("Administrația Fondului pentru Mediu"), <paramref name="And"/> as "and" does ("Közlekedési és Építésügyi
/// Minisztérium"), a name after <paramref name="In"/> or one of <paramref name="Places"/> is a place ("în Cluj", "el arroyo Las
/// Piedras"), a word ending in one of <paramref name="Locative"/> is inflected "in" a place ("Vilniuje"), and <paramref name="The"/>
/// are the language's definite articles, after which one word before "and" may open an organisation's name; <paramref name="Titles"/>
/// are its offices and roles (compared ignoring case), which are no part of the name after them ("Ministra Ana Belmonte").
/// </summary>
internal sealed record NameJoins(FrozenSet<string> Of, FrozenSet<string> And, FrozenSet<string> In, FrozenSet<string> The, FrozenSet<string> Places, string[] Locative, FrozenSet<string> Titles)
{
    /// <summary>No words: English (whose words are <c>tag-words.yml</c>'s) and a language the table lacks.</summary>
    public static readonly NameJoins None = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, [], FrozenSet<string>.Empty);

    /// <summary>Whether <paramref name="word"/> is one of the language's offices or roles, whatever its case ("Ministra", "Prezydent").</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => Titles.Count > 0 && Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether <paramref name="word"/> ends in a locative ending, with at least three letters before it ("Vilniuje").</summary>
    public bool IsLocative(ReadOnlySpan<char> word)
    {
        foreach (var ending in Locative)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Reads the table: language, then the "of", "and", "in", "the", place, locative and title words, each cell words separated by spaces.</summary>
    public static FrozenDictionary<string, NameJoins> Parse(string tsv)
    {
        var byLanguage = new Dictionary<string, NameJoins>(StringComparer.Ordinal);
        foreach (var cells in DataRows.Of(tsv, header: true))
        {
            if (cells.Length != 8) throw new FormatException($"name-joins.tsv: a row has {cells.Length} columns, expected 8: {string.Join('\t', cells)}");
            byLanguage[cells[0]] = new NameJoins(Words(cells[1]), Words(cells[2]), Words(cells[3]), Words(cells[4]), Words(cells[5]),
                cells[6].Split(' ', StringSplitOptions.RemoveEmptyEntries),
                cells[7].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        }

        return byLanguage.ToFrozenDictionary(StringComparer.Ordinal);

        static FrozenSet<string> Words(string cell) => cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
    }
}
