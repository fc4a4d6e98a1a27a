using System.Collections.Frozen;

namespace StaticGen.Enrichment;

/// <summary>
/// The country detector's and the gazetteer's word lists, read once from the embedded
/// <c>Enrichment/Data/country-words.yml</c> (see there what each list is for); all are matched case-sensitively.
/// </summary>
internal static class CountryWords
{
    // Declared first: the fields below read it, in this order.
    private static readonly WordLists s_lists = WordLists.Load("country-words.yml");

    /// <summary>Capitalised words that do not run on into a proper name with a country's name next to them ("In France", "The Netherlands").</summary>
    public static readonly FrozenSet<string> FunctionWords = s_lists.Set("function-words");

    /// <summary>Titles that may follow a country's name without making a longer proper name ("Brazil President Lula").</summary>
    public static readonly FrozenSet<string> Titles = s_lists.Set("titles");

    /// <summary>First words of a state's institutions, after an abbreviated country name ("US National …", "UK Supreme Court").</summary>
    public static readonly FrozenSet<string> StateInstitutions = s_lists.Set("state-institutions");

    /// <summary>Head nouns of a state's bodies after a country's name ("United States Indo-Pacific Command"): the body names the country.</summary>
    public static readonly FrozenSet<string> StateBodies = s_lists.Set("state-bodies");

    /// <summary>Nouns that make "the X of Country" the country itself, not one of its institutions ("the Government of Canada").</summary>
    public static readonly FrozenSet<string> StateNouns = s_lists.Set("state-nouns");

    /// <summary>Words that make a capital the subject of a statement: "Washington said", "Moscow has warned".</summary>
    public static readonly FrozenSet<string> StatementVerbs = s_lists.Set("statement-verbs");

    /// <summary>Words that make a gazetteer exclusion a place ("Lake Chad", "Guiana"), not a person or company that contains a country's name.</summary>
    public static readonly FrozenSet<string> PlaceWords = s_lists.Set("place-words");

    /// <summary>First words that make a gazetteer exclusion a place ("New Mexico", "South Sudan").</summary>
    public static readonly FrozenSet<string> PlacePrefixes = s_lists.Set("place-prefixes");

    /// <summary>Countries' and capitals' names that are also towns in US states ("Lebanon, Mo."): weak in an article set in a US state.</summary>
    public static readonly FrozenSet<string> UsTownNames = s_lists.Set("us-town-names");

    /// <summary>Titles before a surname, with or without a dot ("Mr. Jordan").</summary>
    public static readonly FrozenSet<string> PersonalTitles = s_lists.Set("personal-titles");

    /// <summary>Words after which a name is what something is called ("codenamed Malta").</summary>
    public static readonly FrozenSet<string> NamingWords = s_lists.Set("naming-words");

    /// <summary>Company words after a demonym that make a company's name ("Ethiopian Airlines").</summary>
    public static readonly FrozenSet<string> CompanyWords = s_lists.Set("company-words");

    /// <summary>Words before a country's name that make it a street's or a square's ("la calle Paraguay", "Avenida Brasil").</summary>
    public static readonly FrozenSet<string> StreetWords = s_lists.Set("street-words");

    /// <summary>Nouns of a settlement before "of" and a country's name: "the town of Mexico, Pampanga" is a town.</summary>
    public static readonly FrozenSet<string> SettlementNouns = s_lists.Set("settlement-nouns");

    /// <summary>
    /// Nouns after a demonym that make it a kind of thing or a language ("French beans", "the Turkish alphabet"), not the country:
    /// the <c>demonym-things</c> list and the kinds listed by class (birds, fish, diseases, instruments, crafts).
    /// </summary>
    public static readonly FrozenSet<string> DemonymThings = s_lists.Words("demonym-things")
        .Concat(s_lists.Words("kind-birds")).Concat(s_lists.Words("kind-fish")).Concat(s_lists.Words("kind-diseases"))
        .Concat(s_lists.Words("kind-instruments")).Concat(s_lists.Words("kind-crafts"))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Birds and fish named after a place ("Iceland gulls", "Chilean sea bass"); read as part of <see cref="DemonymThings"/>.</summary>
    public static readonly IReadOnlyList<string> KindBirds = s_lists.Words("kind-birds");

    /// <summary>Fish named after a place ("Chilean sea bass"); read as part of <see cref="DemonymThings"/>.</summary>
    public static readonly IReadOnlyList<string> KindFish = s_lists.Words("kind-fish");

    /// <summary>Plant and animal diseases named after a place ("Panama disease"); read as part of <see cref="DemonymThings"/>.</summary>
    public static readonly IReadOnlyList<string> KindDiseases = s_lists.Words("kind-diseases");

    /// <summary>Instruments named after a place ("a Spanish guitar"); read as part of <see cref="DemonymThings"/>.</summary>
    public static readonly IReadOnlyList<string> KindInstruments = s_lists.Words("kind-instruments");

    /// <summary>Practices, crafts and farm buildings named after a place ("Thai massage", "a Dutch barn"); read as part of <see cref="DemonymThings"/>.</summary>
    public static readonly IReadOnlyList<string> KindCrafts = s_lists.Words("kind-crafts");

    /// <summary>Colours named after a place ("Egyptian blue", "Congo red"), a kind only right after the country's word.</summary>
    public static readonly FrozenSet<string> KindColours = s_lists.Set("kind-colours");

    /// <summary>Words for what carries a colour ("Prussian blue paint"), which may follow a colour named after a place.</summary>
    public static readonly FrozenSet<string> ColourCarriers = s_lists.Set("colour-carriers");

    /// <summary>Lower-case words after "in English" that leave it the language ("written in English last year").</summary>
    public static readonly FrozenSet<string> LanguageFollowers = s_lists.Set("language-followers");

    /// <summary>Nouns after a demonym naming people of the country's stock elsewhere ("Welsh settlers", "of Italian descent").</summary>
    public static readonly FrozenSet<string> OriginNouns = s_lists.Set("origin-nouns");

    /// <summary>Words before a demonym that make it a language when the clause ends after it ("taught English", "in Dutch and then …").</summary>
    public static readonly FrozenSet<string> LanguageCues = s_lists.Set("language-cues");

    /// <summary>Languages' own names, which are no country's demonym ("Malay", "Tamil"): a demonym listed with one is a language too.</summary>
    public static readonly FrozenSet<string> Languages = s_lists.Set("languages");

    /// <summary>Prepositions that make the capital after them a place, not the subject of the verb after it ("in Athens will close").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = s_lists.Set("place-prepositions");

    /// <summary>Nouns of a shop or company after a country's name that make it a retailer's name ("the former Iceland store").</summary>
    public static readonly FrozenSet<string> OutletWords = s_lists.Set("outlet-words");

    /// <summary>Nouns of an animal or a vessel before a country's name that make it that animal's or vessel's name ("her spaniel Malta").</summary>
    public static readonly FrozenSet<string> NamedBefore = s_lists.Set("named-before");

    /// <summary>Words after a hyphen that make a country's word a manner ("Dutch-style", "Japanese-inspired"), not the country.</summary>
    public static readonly FrozenSet<string> StyleSuffixes = s_lists.Set("style-suffixes");

    /// <summary>Words after a hyphen that make a demonym a language ("Swedish-speaking", "Welsh-language"), not the country's people.</summary>
    public static readonly FrozenSet<string> LanguageSuffixes = s_lists.Set("language-suffixes");

    /// <summary>Nouns after a country's word that make it the country acting or the place where things happen ("Dutch officials", "Chinese waters").</summary>
    public static readonly FrozenSet<string> CountryNouns = s_lists.Set("country-nouns");

    /// <summary>Lower-case words after a country's word that are no noun it could describe ("the Dutch voted", "Kenya beat Ghana").</summary>
    public static readonly FrozenSet<string> NotNouns = s_lists.Set("not-nouns");

    /// <summary>
    /// Nouns of a kind of thing a country's word can describe without meaning the country ("Vietnamese coriander", "a Welsh
    /// dresser"): plants, animals, foods and household artefacts, leaving out goods whose origin is news (weapons, vehicles,
    /// drinks, grain, meat, fruit, fuel, metals). Written from WordNet by <c>.tools/wordnet-kinds.py</c> into
    /// <c>Enrichment/Data/kind-nouns.txt</c>.
    /// </summary>
    public static readonly FrozenSet<string> KindNouns = DataRows.Lines(EmbeddedResources.ReadText("data/kind-nouns.txt")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns WordNet lists as made of a country's name or demonym and lower-case words ("Greek chorus", "Madagascar
    /// periwinkle", "Swedish massage"), from <c>Enrichment/Data/kind-compounds.txt</c> (<c>.tools/wordnet-kinds.py</c>).
    /// </summary>
    public static readonly FrozenSet<string> KindCompounds = DataRows.Lines(EmbeddedResources.ReadText("data/kind-compounds.txt")).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The names of the lists this type reads, for the test that every list in the file is used.</summary>
    internal static IReadOnlyCollection<string> Names => s_lists.Names;
}
