using System.Runtime.InteropServices;
using StaticGen.Configuration;

namespace StaticGen.Enrichment;

/// <summary>A tag found in an article: its name, how often it is mentioned (all its spellings together), how central it is, and the spellings merged into it.</summary>
public sealed record DetectedTag(string Name, int Mentions, double Salience, IReadOnlyList<string> Variants);

/// <summary>
/// Finds the people and organisations an article names, the way a reader spots them:
/// <list type="bullet">
/// <item>Candidates are runs of capitalised words ("Alexander Lukashenko", "International Court of Justice",
/// "Luiz Inácio Lula da Silva", "al-Shabaab") and acronyms ("NATO"); titles split a run ("Romanian Prime
/// Minister Marcel Ciolacu" gives "Marcel Ciolacu"), countries, capitals and demonyms are not tags.</item>
/// <item>What the words around a name say decides what it is: a person or organisation is named without
/// an article ("the World Cup", "a JavaScript file" are things), not as a place ("in Vila Sahy", "the city
/// of Baidoa", "São Paulo state"); a single word must be introduced as a name ("the militant group
/// al-Shabaab", "Swissport, a ground-handling company", "Gazprom said") or be an acronym or a brand
/// ("ExxonMobil").</item>
/// <item>One name, one tag: a later surname ("Lukashenko") counts for the full name; an acronym and its
/// spelled-out form ("ICO", "Information Commissioner’s Office") are one; spellings are merged case- and
/// accent-insensitively; aliases (built in, and <c>tags.aliases</c>) name one tag.</item>
/// <item>Tags are ordered by salience (title, kicker, lede and headings weigh more; a person introduced with an
/// office, "President …", "FIFA president …", weighs more), and at most <c>tags.max</c> are kept. Keyword
/// rules (<c>tags.rules</c>) add their tags first.</item>
/// </list>
/// Immutable and thread-safe once built.
/// </summary>
public sealed class TagDetector
{
    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "da", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "di", "bin", "ibn", "al", "el", "y", "&",
    };

    /// <summary>Capitalised words that are never (part of) a name on their own: sentence openers, months, continents, directions.</summary>
    private static readonly HashSet<string> s_stopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "And", "But", "Or", "Nor", "If", "As", "It", "Its", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "There", "Here", "When", "While", "Whether",
        "After", "Before", "During", "Since", "Until", "Although", "Though", "However", "According", "Only", "Even", "Yet", "Still", "Also",
        "Some", "Many", "Most", "More", "Much", "Such", "Other", "Another", "Each", "Every", "All", "Both", "No", "Not", "Nobody", "None",
        "What", "Who", "Why", "How", "Where", "Which", "Whose", "Contrary", "Against", "Apart", "Above", "Below", "Once", "Then", "Now",
        "So", "Thus", "Therefore", "Meanwhile", "Instead", "Besides", "Despite", "Like", "Unlike", "With", "Without", "Within", "Over",
        "Under", "About", "Around", "Across", "Through", "Into", "Onto", "Upon", "Near", "Between", "Among", "Along", "Beyond", "Per",
        "Yes", "Just", "Well", "Already", "Again", "Almost", "Perhaps", "Maybe", "Today", "Tomorrow", "Yesterday", "Tonight",
        "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Had", "Do", "Does", "Did", "Will", "Would", "Can", "Could", "May", "Might",
        "Should", "Must", "Shall", "Let", "Please", "Thank", "Thanks", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        "Photo", "Photos", "Image", "Images", "Read", "Share", "Video", "Watch", "Live", "Update", "Updated", "Breaking", "Exclusive",
        "Internet", "God", "Covid", "Covid-19", "COVID", "COVID-19", "Several", "Few", "Various", "Numerous", "Certain", "Other",
        "Neither", "Either", "Former", "Ex", "Because", "Unless", "Whereas", "Likely", "Unlikely", "Indeed", "Rather", "Whatever",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec",
    };

    /// <summary>Continents and regions: never a tag alone, but they may start a name ("Caribbean Policy Institute").</summary>
    private static readonly HashSet<string> s_regions = new(StringComparer.Ordinal)
    {
        "Europe", "Africa", "Asia", "America", "Americas", "Oceania", "Antarctica", "Arctic", "Eurasia", "Caribbean", "Balkans",
        "Scandinavia", "Pacific", "Atlantic", "Mediterranean", "Sahel", "Maghreb", "Levant", "Gulf", "European", "African", "Asian",
        "Arab", "Western", "Eastern", "Northern", "Southern", "Central",
    };

    /// <summary>Directions that make the next words a region ("Eastern Europe", "South America"), unless an organisation follows.</summary>
    private static readonly HashSet<string> s_compass = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Middle", "Latin", "Upper", "Lower",
        "Northeast", "Northwest", "Southeast", "Southwest", "Greater", "Sub-Saharan",
    };

    /// <summary>Acronyms that are ordinary words, units or abbreviations, not organisations.</summary>
    private static readonly HashSet<string> s_stopAcronyms = new(StringComparer.Ordinal)
    {
        "IT", "TV", "GDP", "CEO", "CFO", "COO", "CTO", "AI", "PM", "AM", "OK", "ID", "PC", "DNA", "RNA", "HIV", "AIDS", "COVID", "SUV", "VAT",
        "CCTV", "LGBT", "LGBTQ", "USD", "EUR", "GBP", "GMT", "UTC", "BST", "CET", "EST", "PST", "EDT", "PDT", "FAQ", "PDF", "URL", "HTML",
        "VIP", "DIY", "MP", "MPs", "MEP", "MEPs", "PhD", "UFO", "ATM", "SMS", "GPS", "USB", "LED", "NB", "PS", "AD", "BC", "CE", "BCE",
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "FC", "RIP", "LOL", "OMG", "ET", "PT", "CT", "KM", "MPH", "NEWS",
        "IST", "JST", "KST", "AEST", "AEDT", "CEST", "EEST", "MSK", "WIB", "SAST", "HKT", "SGT", "WAT", "EAT", "CAT", "GST", "PKT",
    };

    /// <summary>Titles and offices: they introduce a person and are not part of the name.</summary>
    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "President", "Presidents", "Prime", "Premier", "Minister", "Ministers", "Chancellor", "King", "Queen", "Governor", "Senator",
        "Senators", "General", "Gen", "Secretary", "Secretary-General", "Interior", "Foreign", "Defence", "Defense", "Finance", "Health",
        "Economy", "Justice", "Deputy", "Vice", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Coach", "Captain", "Emir", "Sultan", "Sheikh", "Prince", "Princess", "Crown", "Ambassador", "Mayor", "Judge", "Justice",
        "Chief", "Chairman", "Chairwoman", "Commissioner", "Speaker", "Leader", "Opposition", "Colonel", "Lieutenant", "Major",
        "Admiral", "Marshal", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Father", "Sister", "Brother", "Saint", "St",
        "Rep", "Sen", "Gov", "Supreme", "Vice-President", "Presidential", "Taoiseach", "Tánaiste", "Secretaries",
    };

    /// <summary>Title words that only make a title together with another ("Prime Minister", "Foreign Secretary", "Crown Prince").</summary>
    private static readonly HashSet<string> s_titleModifiers = new(StringComparer.Ordinal)
    {
        "Prime", "Foreign", "Interior", "Defence", "Defense", "Finance", "Health", "Economy", "Deputy", "Vice", "Crown", "Supreme",
        "Opposition", "Presidential",
    };

    /// <summary>The portfolio after an office and "of" ("Secretary of State", "Minister of Foreign Affairs"): part of the title.</summary>
    private static readonly HashSet<string> s_portfolios = new(StringComparer.Ordinal)
    {
        "State", "Defence", "Defense", "Foreign", "Affairs", "Home", "Exchequer", "Finance", "Health", "Justice", "Interior", "Education",
        "Transport", "Agriculture", "Energy", "Labour", "Labor", "Commerce", "Trade", "Economy", "Culture", "Environment", "Treasury",
        "Staff", "Police", "Industry", "Tourism", "Information", "Security", "Communications", "Housing", "Employment", "Science",
    };

    /// <summary>Groups of people whose possessive stays inside an organisation's name ("European People’s Party", "Children’s Fund").</summary>
    private static readonly HashSet<string> s_peopleNouns = new(StringComparer.Ordinal)
    {
        "People", "Children", "Women", "Men", "Workers", "Veterans", "Farmers", "Citizens", "Consumers", "Teachers", "Nurses", "Doctors",
        "Pensioners", "Students", "Journalists", "Writers", "Artists", "Seamen", "Miners", "Fishers", "Fishermen", "Employers",
        "Traders", "Growers", "Producers", "Drivers", "Officers", "Engineers", "Lawyers", "Parents", "Residents", "Tenants",
        "Taxpayers", "Seafarers", "Dockers", "Pilots", "Athletes", "Players",
    };

    /// <summary>Prefixes joined to a capitalised word that make an adjective, not a name ("pro-European", "anti-Brexit").</summary>
    private static readonly HashSet<string> s_prefixes = new(StringComparer.Ordinal) { "pro", "anti", "non", "ex", "pre", "post", "neo", "mid", "pan", "co", "sub" };

    /// <summary>People who work at an organisation ("analysts at …", "a partner at …").</summary>
    private static readonly HashSet<string> s_workers = new(StringComparer.Ordinal)
    {
        "analyst", "analysts", "economist", "economists", "researcher", "researchers", "scientist", "scientists", "partner", "partners",
        "professor", "professors", "official", "officials", "executive", "executives", "employee", "employees", "engineer", "engineers",
        "strategist", "strategists", "director", "manager", "spokesperson", "spokesman", "spokeswoman", "staff", "colleagues",
    };

    /// <summary>What a company has, after its possessive ("Nvidia’s shares", "Boeing’s board").</summary>
    private static readonly HashSet<string> s_companyParts = new(StringComparer.Ordinal)
    {
        "shares", "stock", "board", "revenue", "revenues", "profit", "profits", "sales", "headquarters", "employees", "shareholders",
        "investors", "customers", "subsidiary", "stake", "earnings", "valuation", "chief", "boss", "founder", "chairman",
    };

    /// <summary>Legal forms after a company's name: they make it an organisation and are left out of the tag.</summary>
    private static readonly HashSet<string> s_companyForms = new(StringComparer.Ordinal)
    {
        "Inc", "Co", "Corp", "Ltd", "LLC", "plc", "PLC", "GmbH", "AG", "SA", "NV", "SpA", "AB", "ASA", "Oyj", "KK", "Pty", "LLP",
    };

    /// <summary>Lower-case role words that introduce a public figure ("Belarusian ruler Alexander Lukashenko", "FIFA president Gianni Infantino").</summary>
    private static readonly HashSet<string> s_roles = new(StringComparer.Ordinal)
    {
        "president", "ruler", "leader", "minister", "premier", "chancellor", "governor", "senator", "mayor", "king", "queen", "emir",
        "coach", "manager", "chairman", "chairwoman", "chair", "chief", "head", "ceo", "founder", "owner", "director", "secretary",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "commander", "general", "judge", "prosecutor",
        "captain", "adviser", "advisor", "commissioner", "speaker", "candidate", "lawmaker", "legislator", "dictator", "monarch",
        "player", "striker", "goalkeeper", "midfielder", "defender", "winger", "footballer", "athlete", "cyclist", "rider", "driver",
        "boxer", "singer", "rapper", "actor", "actress", "writer", "author", "artist", "journalist", "activist", "economist",
        "lawyer", "businessman", "businesswoman", "billionaire", "entrepreneur", "scientist", "researcher", "analyst",
        "administrator", "director-general", "secretary-general", "attorney-general", "governor-general", "attorney", "treasurer",
        "inspector", "superintendent", "sheriff", "ombudsman", "rapporteur",
        "coached", "chaired", "founded", "headed",
    };

    /// <summary>Lower-case words before a name that say it names an organisation ("the militant group al-Shabaab").</summary>
    private static readonly HashSet<string> s_orgNouns = new(StringComparer.Ordinal)
    {
        "group", "agency", "company", "bloc", "alliance", "organisation", "organization", "firm", "airline", "carrier", "party",
        "movement", "militia", "network", "newspaper", "broadcaster", "regulator", "watchdog", "insurer", "bank", "lender", "club",
        "union", "coalition", "brand", "startup", "start-up", "manufacturer", "maker", "operator", "outlet", "charity", "ngo",
        "insurgents", "rebels", "faction", "conglomerate", "giant", "retailer", "platform", "app", "service", "website", "magazine",
        "channel", "publisher", "studio", "label", "team", "federation", "association", "institute", "university", "court", "council",
    };

    /// <summary>Words that make a run an organisation's name.</summary>
    private static readonly HashSet<string> s_orgKeywords = new(StringComparer.Ordinal)
    {
        "Organization", "Organisation", "Bank", "Court", "Council", "Commission", "Union", "Ministry", "Office", "Agency", "Institute",
        "Institution", "University", "College", "School", "Academy", "Group", "Airways", "Airlines", "Air", "Association", "Party",
        "Federation", "Fund", "Nations", "Committee", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "PLC", "AG", "SA", "GmbH",
        "Forces", "Army", "Navy", "Police", "Service", "Services", "Authority", "Department", "Parliament", "Assembly", "Foundation",
        "Alliance", "Front", "Movement", "Network", "Club", "FC", "Church", "Board", "Bureau", "Centre", "Center", "Programme", "Program",
        "Initiative", "Society", "League", "Confederation", "Times", "Post", "News", "Herald", "Journal", "Tribune", "Gazette", "Press",
        "Media", "Television", "Radio", "Broadcasting", "Holdings", "Industries", "Motors", "Petroleum", "Pharmaceuticals", "Technologies",
        "Systems", "Labs", "Reserve", "Exchange", "Senate", "Congress", "Cabinet", "Government", "Secretariat", "Tribunal", "Guard",
        "Brigade", "Regiment", "Coalition", "Trust", "Partners", "Capital", "Investments", "Energy", "Telecom", "Communications", "Wire",
        "Photos", "Pictures", "Studios", "Records", "Hospital", "Clinic", "Red", "Crescent", "Cross", "Olympic", "Olympics",
        "Administration", "Directorate", "Inspectorate", "Observatory", "Laboratory", "Museum", "Library", "Orchestra",
        "Force", "Legion", "Team", "Staff", "Chiefs", "Centres", "Centers", "Steel", "Electronics", "Chemicals", "Mining", "Insurance", "Logistics", "Shipping", "Aerospace", "Semiconductor",
        "Pharma", "Foods", "Brewery",
    };

    /// <summary>Words that make a run a place, a thing or a time, not a person or organisation.</summary>
    private static readonly HashSet<string> s_nonEntityKeywords = new(StringComparer.Ordinal)
    {
        "River", "Sea", "Ocean", "Lake", "Mountain", "Mountains", "Mount", "Valley", "Island", "Islands", "Province", "Region", "Street",
        "Avenue", "Road", "Square", "Park", "Stadium", "Arena", "Airport", "Bridge", "Highway", "Coast", "Gulf", "Bay", "Peninsula",
        "Desert", "Forest", "Canal", "Strait", "Basin", "Delta", "Port", "Harbour", "Harbor", "Station", "Palace", "Tower", "Square",
        "District", "County", "City", "Town", "Village", "Plaza", "Boulevard", "Lane", "Falls", "Hills", "Hill", "Beach", "Cape",
        "Day", "Days", "Eve", "Week", "Year", "Month", "Cup", "Games", "Award", "Awards", "Prize", "Trophy", "Championship", "Championships",
        "Festival", "War", "Wars", "Agreement", "Accord", "Accords", "Act", "Law", "Bill", "Treaty", "Convention", "Declaration",
        "Summit", "Conference", "Boot", "Ball", "Open", "Tour", "Grand", "Prix", "Series", "Final", "Finals", "Era", "Age", "Revolution",
        "Christmas", "Easter", "Ramadan", "Eid", "Hanukkah", "Diwali", "Carnival", "Olympiad", "Expo", "Pandemic", "Crisis",
        "Regulation", "Regulations", "Directive", "Fort", "Ages", "Lakes", "Isles", "Heights", "Hurricane", "Typhoon", "Cyclone", "Tornado", "Storm",
    };

    /// <summary>Lower-case words after a name that make it a place or a thing ("São Paulo state", "the Danube bridge", "Ballon d’Or awards").</summary>
    private static readonly HashSet<string> s_nonEntityNouns = new(StringComparer.Ordinal)
    {
        "state", "province", "region", "area", "city", "town", "village", "river", "district", "county", "highway", "airport", "bridge",
        "border", "coast", "island", "islands", "valley", "port", "municipality", "neighbourhood", "neighborhood", "camp", "stadium",
        "route", "road", "street", "square", "basin", "delta", "sea", "lake", "mountains", "hills", "peninsula", "plain", "plains",
        "award", "awards", "winner", "winners", "title", "titles", "trophy", "final", "finals", "match", "game", "games", "tournament",
        "season", "league", "cup", "holiday", "festival", "era", "file", "files", "code", "language", "cuisine", "style", "armband",
        "zone", "zones", "accession", "membership", "citizens", "residents", "fans", "region's", "capital",
    };

    /// <summary>Lower-case place nouns before "of" ("the city of Baidoa").</summary>
    private static readonly HashSet<string> s_placeOf = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "municipality", "province", "region", "state", "district", "county", "island", "islands", "port",
        "capital", "area", "suburb", "outskirts", "edge", "centre", "center", "north", "south", "east", "west", "coast", "banks", "bank",
        "shores", "streets", "heart", "republic", "kingdom", "emirate", "governorate", "oblast", "department", "prefecture", "parish",
    };

    /// <summary>Nouns that make an apposition say a name is a place ("Goma, the largest city in …").</summary>
    private static readonly HashSet<string> s_placeNouns = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "capital", "region", "province", "port", "district", "county", "island", "suburb", "municipality",
        "neighbourhood", "neighborhood", "valley", "river", "lake", "country", "state", "hub", "resort",
    };

    private static readonly HashSet<string> s_determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "your", "my", "another", "every", "each",
        "no", "some", "any", "which", "whose", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
        "second", "third", "fourth", "fifth", "last", "next", "several", "many", "both",
    };

    private static readonly HashSet<string> s_locationPrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "across", "around", "outside", "inside", "into", "towards", "toward", "through", "throughout", "via",
        "to", "within",
    };

    private static readonly HashSet<string> s_speechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "explained", "argued", "insisted", "warned",
        "announced", "stated", "noted", "claimed", "confirmed", "denied", "declared", "tweeted", "posted", "reported", "reports",
        "estimated", "estimates", "expects", "plans", "planned", "wants", "urged", "accused", "criticised", "criticized",
    };

    private readonly PhraseMatcher<bool> _places;
    private readonly HashSet<string> _stop;
    private readonly Dictionary<string, string> _aliases;
    private readonly Dictionary<string, string> _canonical;
    private readonly PhraseMatcher<string>? _rules;
    private readonly int _max;

    public TagDetector(Gazetteer gazetteer, TagsConfig config, IReadOnlyDictionary<string, string>? defaultAliases = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(config);
        _places = new PhraseMatcher<bool>(gazetteer.Terms
            .Where(static t => t.Kind != TermKind.Exclusion || Gazetteer.IsPlacePhrase(t.Text))
            .Select(static t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(static t => KeyValuePair.Create(t, true)));
        _stop = new HashSet<string>(config.Stop.Select(Fold), StringComparer.Ordinal);
        _aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, name) in (defaultAliases ?? DefaultAliases()).Concat(config.Aliases).OrderBy(static a => a.Key, StringComparer.Ordinal))
        {
            _aliases[Fold(alias)] = name.Trim();
        }

        // Config aliases win over built-in ones.
        foreach (var (alias, name) in config.Aliases) _aliases[Fold(alias)] = name.Trim();
        _canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in _aliases.Values.Order(StringComparer.Ordinal)) _canonical[Fold(name)] = name;

        if (config.Rules.Count > 0)
        {
            _rules = new PhraseMatcher<string>(config.Rules
                .OrderBy(static r => r.Key, StringComparer.Ordinal)
                .Select(static r => KeyValuePair.Create(r.Key.ToLowerInvariant(), r.Value.Trim())));
        }

        _max = config.Max;
    }

    /// <summary>The built-in tag aliases (acronym ↔ name of well-known organisations), from <c>Enrichment/Data/tag-aliases.tsv</c>.</summary>
    public static IReadOnlyDictionary<string, string> DefaultAliases() => ParseAliases(EmbeddedResources.ReadText("data/tag-aliases.tsv"));

    /// <summary>Parses the alias file: <c>alias TAB tag</c> per line, '#' comments.</summary>
    public static IReadOnlyDictionary<string, string> ParseAliases(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 2) throw new FormatException($"tag alias row needs two tab-separated columns: {line}");
            result[cells[0].Trim()] = cells[1].Trim();
        }

        return result;
    }

    public IReadOnlyList<DetectedTag> Detect(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var occurrences = new List<Occurrence>();
        var words = new List<Word>();
        var position = 0;
        foreach (var segment in segments)
        {
            // The agency in a dateline is the story's source, not what it is about.
            if (segment.Role == TextRole.Dateline) continue;
            Scan(segment.Text, segment.TokenList, words);
            Candidates(segment, words, position, segments, occurrences);
            position += words.Count;
        }

        var candidates = Group(occurrences);
        var kept = Classify(candidates, segments);
        var merged = Merge(kept, candidates, segments);

        var ranked = merged
            .Where(t => !_stop.Contains(Fold(t.Name)))
            .OrderByDescending(static t => t.Score)
            .ThenBy(static t => t.First)
            .ThenBy(static t => t.Name, StringComparer.Ordinal)
            .Select(static t => new DetectedTag(t.Name, t.Mentions, Math.Round(t.Score, 3), t.Variants))
            .ToList();

        var ruled = RuleTags(segments);
        var result = new List<DetectedTag>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in ruled.Concat(ranked))
        {
            if (result.Count >= _max) break;
            if (seen.Add(Fold(tag.Name))) result.Add(tag);
        }

        return result;
    }

    /// <summary>Whether the article writes <paramref name="word"/> in lower case somewhere ("a libertarian economist"): then it is no name.</summary>
    private static bool WrittenInLowerCase(IReadOnlyList<TextSegment> segments, ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        ReadOnlySpan<char> lower = buffer[..word.ToLowerInvariant(buffer)];
        foreach (var segment in segments)
        {
            var text = segment.Text;
            for (var at = IndexOf(text, lower, 0); at >= 0; at = IndexOf(text, lower, at + 1))
            {
                var end = at + lower.Length;
                if ((at == 0 || !Tokenizer.IsWordChar(text[at - 1])) && (end == text.Length || !Tokenizer.IsWordChar(text[end]))) return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="value"/> is in <paramref name="text"/> from <paramref name="from"/> on (ordinal), or -1.</summary>
    private static int IndexOf(string text, ReadOnlySpan<char> value, int from)
    {
        var at = text.AsSpan(from).IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Tags from <c>tags.rules</c>: a keyword (any case, whole words) anywhere in the article gives its tag.</summary>
    private List<DetectedTag> RuleTags(IReadOnlyList<TextSegment> segments)
    {
        if (_rules is null) return [];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            // Lower-casing keeps every character where it was, so the words stay where the segment's tokens say.
            var lower = segment.Text.ToLowerInvariant();
            foreach (var match in _rules.Matches(lower, segment.TokenList))
            {
                counts[match.Value] = counts.GetValueOrDefault(match.Value) + 1;
            }
        }

        return [.. counts
            .OrderByDescending(static c => c.Value)
            .ThenBy(static c => c.Key, StringComparer.Ordinal)
            .Select(static c => new DetectedTag(c.Key, c.Value, c.Value, [c.Key]))];
    }

    // ---- Scanning -------------------------------------------------------------------------------

    /// <summary>A word of a text with the facts the rules need; <paramref name="Joined"/>: an apostrophe or hyphen joins letters in it.</summary>
    private readonly record struct Word(int Start, int End, bool SentenceStart, bool Possessive, bool Tagged, bool Joined = false)
    {
        public int Length => End - Start;
    }

    /// <summary>
    /// Words are letters, digits and marks, with apostrophes and hyphens inside ("N’Golo", "al-Shabaab",
    /// "Saint-Germain") and the dots of initialisms ("U.N."). A possessive "’s" is cut off and remembered.
    /// The words are the segment's tokens (runs of letters, digits and marks), joined where an apostrophe,
    /// hyphen or initialism's dot stands between two of them, so no character is read twice.
    /// </summary>
    private static void Scan(string text, List<Token> tokens, List<Word> words)
    {
        words.Clear();
        words.EnsureCapacity(tokens.Count);
        var sentenceStart = true;
        var i = 0;
        var t = 0;
        while (t < tokens.Count)
        {
            // What stands between the words: punctuation that ends a sentence starts the next.
            var start = tokens[t].Start;
            for (; i < start; i++)
            {
                var c = text[i];
                if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '“' or '"' or '(' or '[' or '–' or '—' or '•')
                {
                    sentenceStart = c is not '.' || !AbbreviationBefore(text, i, words);
                }
            }

            var tagged = start > 0 && text[start - 1] is '#' or '@';
            var joined = false;
            i = tokens[t++].End;
            while (i < text.Length && t < tokens.Count && tokens[t].Start == i + 1)
            {
                // Apostrophes and hyphens join letters; a dot joins the capitals of an initialism ("U.N.").
                var c = text[i];
                if (c is '\'' or '’' or '-' or '‐' && char.IsLetter(text[i + 1]))
                {
                    joined = true;
                }
                else if (!(c == '.' && char.IsUpper(text[i + 1]) && char.IsUpper(text[i - 1]) && (i - start == 1 || text[i - 2] == '.')))
                {
                    break;
                }

                i = tokens[t++].End;
            }

            var end = i;
            if (end < text.Length && text[end] == '.' && end - start >= 3 && text[end - 2] == '.' && char.IsUpper(text[end - 1]))
            {
                end++;
                i++;
            }

            var possessive = false;
            if (end - start > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’')
            {
                end -= 2;
                possessive = true;
            }
            else if (end < text.Length && text[end] is '\'' or '’' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])) && text[end - 1] is 's')
            {
                possessive = true;
            }

            words.Add(new Word(start, end, sentenceStart, possessive, tagged, joined));
            sentenceStart = false;
        }
    }

    /// <summary>A dot after "Mr", "St", "Dr" or a single capital ("J.") does not end a sentence.</summary>
    private static bool AbbreviationBefore(string text, int dot, List<Word> words)
    {
        if (words.Count == 0) return false;
        var last = words[^1];
        if (last.End != dot) return false;
        var word = text[last.Start..last.End];
        return word.Length == 1 && char.IsUpper(word[0]) || word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Jr" or "Sr" or "Prof" or "Gen" or "Gov" or "Sen" or "Rep" or "Lt" or "Col" or "Capt" or "No" or "vs";
    }

    private static string Text(string text, Word w) => text[w.Start..w.End];

    /// <summary>The word <paramref name="w"/> of <paramref name="text"/>, without cutting it out.</summary>
    private static ReadOnlySpan<char> Span(string text, Word w) => text.AsSpan(w.Start, w.Length);

    /// <summary>Whether a word list has the word <paramref name="w"/> of <paramref name="text"/>, without cutting the word out (the detector asks thousands of times per article).</summary>
    private static bool Has(HashSet<string> set, string text, Word w) => In(set, Span(text, w));

    /// <summary>Whether the word <paramref name="w"/> of <paramref name="text"/> is <paramref name="value"/>, without cutting it out.</summary>
    private static bool Is(string text, Word w, string value) => Span(text, w).SequenceEqual(value);

    /// <summary>A role written as a title before a name: "Prosecutor Karim Khan", "Administrator Mike Whitaker", "Director-General …".</summary>
    private static bool IsRoleTitle(ReadOnlySpan<char> word) =>
        In(s_roleTitles, word) && char.IsUpper(word[0]) && HasLower(word) && !word.EndsWith("ed", StringComparison.Ordinal);

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c)) return true;
        }

        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c)) return true;
        }

        return false;
    }

    private static readonly HashSet<string> s_roleTitles = new(s_roles, StringComparer.OrdinalIgnoreCase);

    /// <summary>"Speaking", "Neighbouring", "Landlocked": a participle opening a sentence is not part of a name.</summary>
    private static bool IsParticiple(ReadOnlySpan<char> word)
    {
        if (word.Length <= 5 || !(word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal))) return false;
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c)) return false;
        }

        return true;
    }

    /// <summary>A group's code name of capitals and digits ("M23", "G20"); a tag only when the text says it is a group.</summary>
    private static bool IsCodeName(string word) =>
        word.Length is >= 2 and <= 6 && char.IsUpper(word[0]) && word.Any(char.IsAsciiDigit) && word.All(static c => char.IsAsciiDigit(c) || char.IsUpper(c));

    /// <summary>Whether the run so far is an organisation's name with "of" in it ("Institute of Space").</summary>
    private static bool OrganisationOf(string text, List<Word> words, List<int> run)
    {
        var org = false;
        foreach (var k in run)
        {
            var w = Text(text, words[k]);
            if (s_orgKeywords.Contains(w)) org = true;
            else if (org && w is "of" or "for") return true;
        }

        return false;
    }

    /// <summary>
    /// Where an organisation starts in the run after "of": an acronym ("the DUP") or a name with an organisation word
    /// ("the World Bank"), up to the end of the run; -1 when what follows is something else.
    /// </summary>
    private static int OrganisationAfter(string text, List<Word> words, List<int> run, int from)
    {
        var start = from;
        if (start < run.Count && Text(text, words[run[start]]) == "the") start++;
        if (start >= run.Count) return -1;
        var rest = run.Skip(start).Select(k => Text(text, words[k])).ToList();
        return (rest.Count == 1 && (IsAcronym(rest[0]) || IsCodeName(rest[0]))) || rest.Any(s_orgKeywords.Contains) ? start : -1;
    }

    private static bool IsCapitalised(string text, Word w)
    {
        var c = text[w.Start];
        if (char.IsUpper(c)) return true;
        if (!w.Joined) return false;

        // "al-Shabaab", "d’Or", "el-Sisi": a short lower-case particle joined to a capitalised word; not a prefix ("pro-European").
        for (var k = w.Start + 1; k < Math.Min(w.End - 1, w.Start + 4); k++)
        {
            if (text[k] is '-' or '’' or '\'') return char.IsUpper(text[k + 1]) && !s_prefixes.Contains(text[w.Start..k]);
        }

        return false;
    }

    private static bool IsAcronym(string word) => IsAcronym(word.AsSpan());

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c is not ('.' or '-' or '&') && !char.IsDigit(c))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 10;
    }

    // ---- Candidates -----------------------------------------------------------------------------

    /// <summary>One mention of a candidate name, with what its context says about it; <paramref name="PlacesAfterFirst"/>: every capitalised word after the first is a place ("Exchange Poland").</summary>
    private sealed record Occurrence(string Name, TextRole Role, int Position, bool SentenceStart, Cues Cues, int Words, bool TitleCase = false, bool PlacesAfterFirst = false);

    /// <summary>The segment a run stands in: its role, the position of its first word in the article, whether it is in title case.</summary>
    private readonly record struct Where(TextRole Role, int Position, bool TitleCase);

    [Flags]
    private enum Cues
    {
        None = 0,
        Determiner = 1,
        Located = 2,
        OrgCue = 4,
        Described = 8,
        Speaker = 16,
        Titled = 32,
        ThingAfter = 64,
        PersonCue = 128,
        Definite = 256,
    }

    /// <summary>Adds the candidate names of one segment to <paramref name="into"/>.</summary>
    private void Candidates(TextSegment segment, List<Word> words, int position, IReadOnlyList<TextSegment> segments, List<Occurrence> into)
    {
        var text = segment.Text;
        var places = PlaceWords(segment, words);
        var capsSegment = MostlyCapitals(text, words);
        var titleCase = TitleCase.Applies(segment.Role) && TitleCase.Is(text, segment.TokenList);
        var run = new List<int>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsCapitalised(text, words[i]) || words[i].Tagged)
            {
                i++;
                continue;
            }

            // The run: capitalised words joined by single spaces, with connectors ("of", "de", "&") inside.
            run.Clear();
            run.Add(i);
            var j = i;
            while (j + 1 < words.Count)
            {
                var k = j + 1;

                // A possessive ends a name, except inside an organisation's, after an office or a group of people
                // ("Information Commissioner’s Office", "European People’s Party"); not after an owner ("JAXA’s Institute").
                var joinsOrganisation = words[j].Possessive && Has(s_orgKeywords, text, words[k])
                    && (Has(s_titles, text, words[j]) || Has(s_peopleNouns, text, words[j]))
                    && words[k].Start - words[j].End <= 3 && text[words[k].Start - 1] == ' ';
                // "Hygiene & Tropical Medicine": an ampersand between capitalised words joins them.
                var ampersand = text.AsSpan(words[j].End, words[k].Start - words[j].End) is " & " && !words[j].Possessive;
                if (!joinsOrganisation && !ampersand && !SpaceBetween(text, words[j], words[k])) break;
                if (IsCapitalised(text, words[k]) && !words[k].Tagged)
                {
                    run.Add(k);
                    j = k;
                    continue;
                }

                // Connectors, possibly two ("of the"), then a capitalised word; "and" only inside an organisation's name
                // after "of" ("Institute of Space and Astronautical Science", "Department of Health and Social Care").
                // The connectors are the words k to m - 1.
                var m = k;
                while (m < words.Count && m - k < 2 && (Has(s_connectors, text, words[m]) || (m > k && Is(text, words[m], "the"))
                    || (m == k && Is(text, words[m], "and") && OrganisationOf(text, words, run))) && SpaceBetween(text, words[m - 1], words[m]))
                {
                    m++;
                    if (Is(text, words[m - 1], "and")) break;
                }

                if (m > k && m < words.Count && SpaceBetween(text, words[m - 1], words[m]) && IsCapitalised(text, words[m]) && !words[m].Tagged)
                {
                    for (var c = k; c < m; c++) run.Add(c);
                    run.Add(m);
                    j = m;
                    continue;
                }

                break;
            }

            SplitRun(text, words, run, places, capsSegment, segments, new Where(segment.Role, position, titleCase), into);

            i = j + 1;
        }
    }

    /// <summary>A segment of three or more words, at least 60% of them in capitals (a shouted headline): there an acronym is no name.</summary>
    private static bool MostlyCapitals(string text, List<Word> words)
    {
        if (words.Count < 3) return false;
        var needed = (words.Count * 6 + 9) / 10;
        var capitals = 0;
        for (var k = 0; k < words.Count; k++)
        {
            if (IsAcronym(Span(text, words[k])) && ++capitals >= needed) return true;

            // Stop as soon as the words left cannot make up the share.
            if (capitals + words.Count - k - 1 < needed) return false;
        }

        return false;
    }

    /// <summary>Splits a run at titles, drops leading openers and places-only parts, and reads each part's context.</summary>
    private void SplitRun(string text, List<Word> words, List<int> run, bool[] places, bool capsSegment, IReadOnlyList<TextSegment> segments, Where segment, List<Occurrence> into)
    {
        // Most runs are one word (a sentence's first): nothing to split, and no opener before a name.
        if (run.Count == 1)
        {
            var only = words[run[0]];
            if (Has(s_stopWords, text, only) && !IsAcronym(Span(text, only))) return;
            ReadOnlySpan<int> single = [run[0]];
            AddPart(text, words, single, isTitled: false, places, capsSegment, segment, stackalloc int[1], into);
            return;
        }

        var parts = new List<(List<int> Words, bool Titled)>();
        var openedBySentence = OpenedBySentence(text, words, run, places, segments);
        var current = new List<int>();
        var titled = false;
        for (var r = 0; r < run.Count; r++)
        {
            var index = run[r];
            var word = Span(text, words[index]);

            // A title splits the run when a name follows it ("Prime Minister James Marape"), not inside an
            // organisation's name ("Information Commissioner’s Office", "International Court of Justice").
            var hasNext = r + 1 < run.Count;
            var nextWord = hasNext ? Span(text, words[run[r + 1]]) : default;
            // A modifier ("Prime", "Foreign", "Deputy") is a title only before another title word ("Foreign Minister"),
            // not in "French Foreign Legion".
            var isTitle = (In(s_titles, word) || IsRoleTitle(word)) && !words[index].Possessive && hasNext
                && char.IsUpper(nextWord[0]) && !In(s_orgKeywords, nextWord)
                && (!In(s_titleModifiers, word) || In(s_titles, nextWord));
            // A participle opens a sentence before a place ("Neighbouring Uganda"), a first name before a surname ("Erling Haaland").
            var opener = current.Count == 0 && ((In(s_stopWords, word) && !IsAcronym(word))
                || (words[index].SentenceStart && IsParticiple(word) && r + 1 < run.Count && places[run[r + 1]])
                || (r == 0 && openedBySentence));
            if (isTitle || opener)
            {
                if (current.Count > 0) parts.Add((current, titled));
                current = [];
                titled |= isTitle;
                continue;
            }

            // An office "of" its portfolio ("Secretary of State Antony Blinken", "Chancellor of the Exchequer …",
            // "Ministers of the European Union"): the title ends where the portfolio words do.
            if (In(s_titles, word) && !words[index].Possessive && hasNext && nextWord is "of" or "for" && r + 2 < run.Count
                && current.All(k => places[k] || Has(s_titles, text, words[k])))
            {
                var k = r + 1;
                var portfolio = false;
                while (k < run.Count && (Span(text, words[run[k]]) is "of" or "for" or "the" or "and" || Has(s_portfolios, text, words[run[k]])))
                {
                    portfolio |= Has(s_portfolios, text, words[run[k]]);
                    k++;
                }

                if (current.Count > 0) parts.Add((current, titled));
                current = [];
                titled = portfolio;
                r = k - 1;
                continue;
            }

            // "Emma Hart of the DUP", "Ana Lind of the World Bank": a person's name, then the organisation they belong to;
            // "Fighters of the M23": a plain noun opening the sentence, then the organisation.
            if (word is "of" && (current.Count >= 2 || (current.Count == 1 && words[current[0]].SentenceStart))
                && !current.Any(k => Has(s_orgKeywords, text, words[k]) || places[k])
                && OrganisationAfter(text, words, run, r + 1) is var orgStart and > 0)
            {
                parts.Add((current, titled));
                current = [];
                titled = false;
                r = orgStart - 1;
                continue;
            }

            // "Stéphanie Frappart of France": a person of a country; "Bank of England" stays one name.
            if (word is "of" && r + 1 < run.Count && places[run[r + 1]] && current.Count > 0
                && !current.Any(k => Has(s_orgKeywords, text, words[k])) && !places[current[0]])
            {
                parts.Add((current, titled));
                current = [];
                titled = false;
                while (r + 1 < run.Count && (places[run[r + 1]] || !IsCapitalised(text, words[run[r + 1]]))) r++;
                continue;
            }

            current.Add(index);
        }

        if (current.Count > 0) parts.Add((current, titled));

        Span<int> capitalisedWords = run.Count <= 64 ? stackalloc int[run.Count] : new int[run.Count];
        foreach (var (part, isTitled) in parts)
        {
            AddPart(text, words, CollectionsMarshal.AsSpan(part), isTitled, places, capsSegment, segment, capitalisedWords, into);
        }
    }

    /// <summary>
    /// Trims one part of a run (<paramref name="list"/>, indexes into <paramref name="words"/>) to its name, drops it if it is
    /// no name, and adds its occurrence with the context it stands in; <paramref name="capitalisedWords"/> is room for the
    /// part's capitalised words.
    /// </summary>
    private static void AddPart(string text, List<Word> words, ReadOnlySpan<int> list, bool isTitled, bool[] places, bool capsSegment, Where segment, Span<int> capitalisedWords, List<Occurrence> into)
    {
        // Trim connectors at the ends ("of Qatar" after "Emir").
        while (list.Length > 0 && !IsCapitalised(text, words[list[0]])) list = list[1..];
        while (list.Length > 0 && !IsCapitalised(text, words[list[^1]])) list = list[..^1];
        if (list.Length == 0) return;

        var capitalisedCount = 0;
        var placeCount = 0;
        var hasOrgWord = false;
        foreach (var k in list)
        {
            if (!IsCapitalised(text, words[k])) continue;
            capitalisedWords[capitalisedCount++] = k;
            if (places[k]) placeCount++;
            hasOrgWord |= Has(s_orgKeywords, text, words[k]);
        }

        var capitalised = capitalisedWords[..capitalisedCount];
        if (placeCount == capitalised.Length) return;
        if (Has(s_compass, text, words[list[0]]) && (!hasOrgWord || capitalised.Length < 3)) return;

        // A place before an organisation word stays ("British Airways"), and so does a place before one other word
        // ("Chad Morrison", "Saudi Aramco"); a place at the edge of a longer person's name goes.
        if (places[list[0]] && !hasOrgWord && placeCount > 0
            && !(capitalised.Length == 2 && !places[capitalised[1]] && !IsAcronym(Span(text, words[capitalised[1]]))
                && !Has(s_titles, text, words[capitalised[1]]) && !Has(s_stopWords, text, words[capitalised[1]])))
        {
            while (list.Length > 0 && (places[list[0]] || !IsCapitalised(text, words[list[0]]))) list = list[1..];
            if (list.Length == 0) return;
        }

        // "Apple Inc.", "Hon Hai Precision Industry Co.": the legal form says it is a company; the name is the rest.
        var corporate = false;
        if (list.Length >= 2 && In(s_companyForms, Span(text, words[list[^1]]).TrimEnd('.')))
        {
            list = list[..^1];
            corporate = true;
        }

        var first = words[list[0]];
        var last = words[list[^1]];
        var name = text[first.Start..last.End];
        if (HasDigit(name) && !IsAcronym(name) && !IsCodeName(name)) return;
        if (list.Length == 1 && IsAcronym(name) && (capsSegment || s_stopAcronyms.Contains(name.Replace(".", "", StringComparison.Ordinal)))) return;

        // "737 MAX 9", "A320 NEO": capitals next to a number are a model, not an organisation.
        if (list.Length == 1 && IsAcronym(name) && NumberNextTo(text, words, list[0])) return;
        if (list.Length == 1 && name.Length < 2) return;

        var cues = Context(text, words, places, list[0], list[^1]);
        if (isTitled) cues |= Cues.Titled;
        if (corporate) cues |= Cues.OrgCue;
        into.Add(new Occurrence(name, segment.Role, segment.Position + list[0], first.SentenceStart, cues, list.Length, segment.TitleCase, PlacesAfterFirst(text, words, list, places)));
    }

    /// <summary>Whether the words of <paramref name="list"/> after its first are places, as far as they are capitalised ("Exchange Poland", "Decrease United States").</summary>
    private static bool PlacesAfterFirst(string text, List<Word> words, ReadOnlySpan<int> list, bool[] places)
    {
        if (list.Length < 2) return false;
        foreach (var k in list[1..])
        {
            if (!places[k] && IsCapitalised(text, words[k])) return false;
        }

        return true;
    }

    /// <summary>
    /// "Added Volodymyr Zelensky", "Officials NATO": a plain word that opens the sentence, capitalised only because it does so,
    /// before a name. It is no part of the name when the rest is a name the detector knows, or when the article writes it in
    /// lower case elsewhere and never writes the whole run in mid-sentence. An organisation's name keeps its first word
    /// ("Human Rights Watch", "National Guard").
    /// </summary>
    private bool OpenedBySentence(string text, List<Word> words, List<int> run, bool[] places, IReadOnlyList<TextSegment> segments)
    {
        var first = words[run[0]];
        if (!first.SentenceStart || run.Count < 2 || first.Possessive || places[run[0]] || !IsCapitalised(text, words[run[1]])) return false;
        var word = Span(text, first);
        if (IsAcronym(word) || In(s_titles, word) || In(s_compass, word) || In(s_regions, word) || In(s_nonEntityKeywords, word)) return false;

        // "Economic European Union": the rest is a name the detector knows (built-in or tags.aliases), and the whole is not.
        var whole = text.AsSpan(first.Start, words[run[^1]].End - first.Start);
        Span<char> folded = whole.Length <= 256 ? stackalloc char[whole.Length] : new char[whole.Length];
        var rest = folded[..Fold(text.AsSpan(words[run[1]].Start, words[run[^1]].End - words[run[1]].Start), folded)];
        var canonical = _canonical.GetAlternateLookup<ReadOnlySpan<char>>();
        if ((canonical.ContainsKey(rest) || _aliases.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(rest))
            && !canonical.ContainsKey(folded[..Fold(whole, folded)])) return true;

        foreach (var k in run)
        {
            if (Has(s_orgKeywords, text, words[k])) return false;
        }

        return WrittenInLowerCase(segments, word) && !WrittenMidSentence(segments, whole);
    }

    /// <summary>Whether <paramref name="name"/> appears somewhere after another word of its sentence.</summary>
    private static bool WrittenMidSentence(IReadOnlyList<TextSegment> segments, ReadOnlySpan<char> name)
    {
        foreach (var segment in segments)
        {
            var text = segment.Text;
            for (var at = IndexOf(text, name, 0); at >= 0; at = IndexOf(text, name, at + 1))
            {
                var before = at - 1;
                while (before >= 0 && text[before] == ' ') before--;
                if (before >= 0 && (Tokenizer.IsWordChar(text[before]) || text[before] == ',')) return true;
            }
        }

        return false;
    }

    private bool[] PlaceWords(TextSegment segment, List<Word> words)
    {
        var text = segment.Text;
        var places = new bool[words.Count];
        var tokens = segment.TokenList;
        if (tokens.Count == 0) return places;
        var matches = _places.Matches(text, tokens);
        if (matches.Count == 0) return places;

        // A word is a place when matches cover all its letters; both lists run left to right.
        var m = 0;
        for (var w = 0; w < words.Count && m < matches.Count; w++)
        {
            var covered = true;
            for (var c = words[w].Start; c < words[w].End && covered; c++)
            {
                if (!Tokenizer.IsWordChar(text[c])) continue;
                while (m < matches.Count && matches[m].End <= c) m++;
                covered = m < matches.Count && matches[m].Start <= c;
            }

            places[w] = covered;
        }

        return places;
    }

    private static bool SpaceBetween(string text, Word a, Word b) =>
        !a.Possessive && b.Start - a.End == 1 && text[a.End] is ' ' or '\u00A0';

    /// <summary>What the words just before and after a name say about it.</summary>
    private static Cues Context(string text, List<Word> words, bool[] places, int first, int last)
    {
        var cues = Cues.None;
        Span<char> buffer = stackalloc char[32];
        Span<char> scratch = stackalloc char[32];
        var before = PreviousWord(text, words, first);
        if (before is { } b)
        {
            var prev = Lower(text, words[b], buffer);

            // "in London and New York", "in Indiana, Michigan and New York": a place listed after a place.
            if (prev is "and" or "or" && ListedAfterPlace(text, words, places, b)) cues |= Cues.Located;
            var prevIsLower = char.IsLower(text[words[b].Start]) || char.IsDigit(text[words[b].Start]);
            if (prevIsLower || words[b].SentenceStart)
            {
                var determiner = In(s_determiners, prev);
                var role = In(s_roles, prev);
                var orgNoun = In(s_orgNouns, prev);
                if (determiner || (char.IsDigit(prev[0]) && prevIsLower)) cues |= Cues.Determiner;
                if (prev is "the") cues |= Cues.Definite;
                // "in Vila Sahy" is a place; "analysts at Morgan Stanley", "a partner at Counterpoint Research" work somewhere.
                if (In(s_locationPrepositions, prev) && prev is not "to")
                {
                    cues |= prev is "at" && PreviousWord(text, words, b) is { } worker && In(s_workers, Lower(text, words[worker], scratch)) ? Cues.OrgCue : Cues.Located;
                }
                if (orgNoun) cues |= Cues.OrgCue;
                if (role) cues |= Cues.Titled;
                if (prev is "said" or "says" or "told" or "according") cues |= Cues.Speaker;
                if (prev is "of" && PreviousWord(text, words, b) is { } bb && In(s_placeOf, Lower(text, words[bb], scratch))) cues |= Cues.Located;
                if (prev is "by" && PreviousWord(text, words, b) is { } by && In(s_roles, Lower(text, words[by], scratch))) cues |= Cues.Titled;

                // "the reigning Ballon d’Or winner", "the oil-rich Essequibo region": a determiner and one adjective.
                if (prevIsLower && !determiner && !role && !orgNoun
                    && PreviousWord(text, words, b) is { } bd && Has(s_determiners, text, words[bd])
                    && !Span(text, words[b]).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                {
                    cues |= Cues.Determiner;
                }
            }
        }

        // "the island’s prime minister, Ralph Gonsalves": a role, a comma, the name.
        if (first > 0 && text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End) is ", "
            && Has(s_roles, text, words[first - 1]))
        {
            cues |= Cues.Titled;
        }

        var after = last + 1 < words.Count ? last + 1 : -1;
        var gapEnd = after >= 0 ? words[after].Start : text.Length;
        var gap = text.AsSpan(words[last].End, gapEnd - words[last].End);
        if (words[last].Possessive)
        {
            // "Nvidia’s shares", "Boeing’s board": what a company has says it is one.
            if (after >= 0 && gap.TrimStart("’'s".AsSpan()) is " " && Has(s_companyParts, text, words[after])) cues |= Cues.OrgCue;
        }
        else if (gap is " " && after >= 0)
        {
            var next = Span(text, words[after]);
            if (char.IsLower(next[0]))
            {
                if (In(s_nonEntityNouns, next)) cues |= Cues.ThingAfter;
                if (In(s_speechVerbs, next)) cues |= Cues.Speaker;

                // "the ruling Georgian Dream party", "the M23 rebels", "the Community union"; "Boeing chief executive …",
                // "Hamas leader …": a single word before a role is the organisation that person belongs to.
                if (In(s_orgNouns, next)) cues |= Cues.OrgCue;
                if (first == last && In(s_roles, next) && !Has(s_titles, text, words[first]) && !Has(s_stopWords, text, words[first])
                    && !Has(s_regions, text, words[first]) && !Has(s_compass, text, words[first]))
                {
                    cues |= Cues.Described;
                }
            }
        }
        else if (gap.StartsWith(", ") && after >= 0)
        {
            var next = Span(text, words[after]);
            if (next is "a" or "an" or "the" or "which" or "whose") cues |= Cues.Described;

            // "Nordkraft, a power company", "Foxconn, the Taiwanese contract manufacturer", "Goma, the largest city in …":
            // the apposition names what kind of thing it is.
            if (next is "a" or "an" or "the")
            {
                var end = after + 1;
                while (end < Math.Min(words.Count, after + 5) && SpaceBetween(text, words[end - 1], words[end])) end++;
                var orgNoun = false;
                var placeNoun = false;
                for (var k = after + 1; k < end; k++)
                {
                    orgNoun |= Has(s_orgNouns, text, words[k]);
                    placeNoun |= Has(s_placeNouns, text, words[k]);
                }

                if (orgNoun)
                {
                    cues |= Cues.OrgCue;
                }
                else if (placeNoun)
                {
                    cues |= Cues.Located;
                    cues &= ~Cues.Described;
                }
            }
            if (next is "who" || AllDigits(next)) cues |= Cues.Described | Cues.PersonCue;
        }
        else if (gap.TrimStart().StartsWith("(") && after >= 0 && IsAcronym(Span(text, words[after])))
        {
            cues |= Cues.Described;
        }

        return cues;
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c)) return false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="set"/> has <paramref name="word"/>.</summary>
    private static bool In(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The word <paramref name="w"/> in lower case, in <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Lower(string text, Word w, Span<char> buffer)
    {
        var word = Span(text, w);
        if (word.Length > buffer.Length) return word.ToString().ToLowerInvariant();
        var length = word.ToLowerInvariant(buffer);
        return buffer[..length];
    }

    /// <summary>Whether the "and" at <paramref name="and"/> closes a list of capitalised items that a location preposition opens.</summary>
    private static bool ListedAfterPlace(string text, List<Word> words, bool[] places, int and)
    {
        for (var k = and - 1; k >= Math.Max(0, and - 10); k--)
        {
            var w = Text(text, words[k]);
            if (IsCapitalised(text, words[k])) continue;
            return s_locationPrepositions.Contains(w) && w != "to" && places[k + 1];
        }

        return false;
    }

    private static bool NumberNextTo(string text, List<Word> words, int index)
    {
        bool Number(int k) => k >= 0 && k < words.Count && Text(text, words[k]).All(char.IsAsciiDigit);
        return (Number(index - 1) && SpaceBetween(text, words[index - 1], words[index]))
            || (Number(index + 1) && SpaceBetween(text, words[index], words[index + 1]));
    }

    private static int? PreviousWord(string text, List<Word> words, int index)
    {
        if (index == 0) return null;
        var gap = text.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End).Trim("“”\"‘’ ");
        return gap.Length == 0 ? index - 1 : null;
    }

    // ---- Grouping, classification, merging ------------------------------------------------------

    private sealed class Candidate(string key)
    {
        public string Key { get; } = key;

        public List<Occurrence> Occurrences { get; } = [];

        /// <summary>The spelling shown: the one most often written mid-sentence, then the most frequent (read once grouping is done).</summary>
        public string Display => field ??= Occurrences.TrueForAll(o => string.Equals(o.Name, Occurrences[0].Name, StringComparison.Ordinal))
            ? Occurrences[0].Name
            : Occurrences
                .GroupBy(static o => o.Name, StringComparer.Ordinal)
                .OrderByDescending(static g => g.Count(o => !o.SentenceStart))
                .ThenByDescending(static g => g.Count())
                .ThenBy(static g => g.Key, StringComparer.Ordinal)
                .First().Key;

        /// <summary>The words of <see cref="Key"/>.</summary>
        public string[] KeyWords => field ??= Key.Split(' ');

        public int Words
        {
            get
            {
                if (field == 0)
                {
                    foreach (var o in Occurrences) field = Math.Max(field, o.Words);
                }

                return field;
            }
        }

        public Kind Kind { get; set; }

        /// <summary>The name of a thing, place or event ("Hurricane Beryl", "World Cup"), which its shorter forms name too.</summary>
        public bool Thing { get; set; }
    }

    private enum Kind
    {
        None,
        Person,
        Organisation,
        Acronym,
        Name,
    }

    private Dictionary<string, Candidate> Group(List<Occurrence> occurrences)
    {
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var byFolded = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var aliases = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        foreach (var o in occurrences)
        {
            // Most names repeat: folded into the buffer, they are looked up without a new string.
            ReadOnlySpan<char> key = o.Name.Length <= buffer.Length ? buffer[..Fold(o.Name, buffer)] : Fold(o.Name);
            if (aliases.TryGetValue(key, out var alias)) key = Fold(alias);
            if (!byFolded.TryGetValue(key, out var c))
            {
                var folded = key.ToString();
                candidates[folded] = c = new Candidate(folded);
            }

            c.Occurrences.Add(o);
        }

        return candidates;
    }

    private List<Candidate> Classify(Dictionary<string, Candidate> candidates, IReadOnlyList<TextSegment> segments)
    {
        var kept = new List<Candidate>();
        var ordered = new List<Candidate>(candidates.Values);
        ordered.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var c in ordered)
        {
            if (_stop.Contains(c.Key)) continue;
            var display = c.Display;
            var n = c.Occurrences.Count;

            // What the occurrences' contexts say, counted in one pass.
            int determiners = 0, locatedOrThing = 0, located = 0, thingAfter = 0, orgCues = 0, namedCues = 0, definite = 0;
            var midSentence = false;
            var titleCaseOnly = true;
            foreach (var o in c.Occurrences)
            {
                if ((o.Cues & Cues.Determiner) != 0) determiners++;
                if ((o.Cues & Cues.Located) != 0) located++;
                if ((o.Cues & Cues.ThingAfter) != 0) thingAfter++;
                if ((o.Cues & (Cues.Located | Cues.ThingAfter)) != 0) locatedOrThing++;
                if ((o.Cues & Cues.OrgCue) != 0) orgCues++;
                if ((o.Cues & (Cues.OrgCue | Cues.Described | Cues.Speaker | Cues.Titled | Cues.PersonCue)) != 0) namedCues++;
                if ((o.Cues & Cues.Definite) != 0) definite++;
                midSentence |= !o.SentenceStart;
                titleCaseOnly &= o.TitleCase;
            }

            // What the words of the name are, read in one pass without cutting them out.
            var name = display.AsSpan();
            ReadOnlySpan<char> firstPart = default, lastPart = default, lastCapital = default;
            var partCount = 0;
            bool anyOrgWord = false, anyNonEntityWord = false, anyConnector = false, anyRegion = false, anyAcronym = false;
            foreach (var range in name.Split(' '))
            {
                var part = name[range];
                if (partCount++ == 0) firstPart = part;
                lastPart = part;
                if (part.Length > 0 && char.IsUpper(part[0])) lastCapital = part;
                anyOrgWord |= In(s_orgKeywords, part);
                anyNonEntityWord |= In(s_nonEntityKeywords, part);
                anyConnector |= part is "of" or "for" or "the" or "&";
                anyRegion |= In(s_regions, part) || In(s_compass, part);
                anyAcronym |= IsAcronym(part) && !IsRomanNumeral(part);
            }

            var determined = determiners * 3 >= n;
            var isLocated = (located + thingAfter) * 2 >= n && locatedOrThing > 0 && orgCues == 0;
            var lastWord = lastCapital.IsEmpty ? lastPart : lastCapital;
            var orgWord = partCount > 1 && (In(s_orgKeywords, lastWord) || (anyOrgWord && !anyNonEntityWord));
            var nonEntityWord = !orgWord && anyNonEntityWord;
            var stopStart = In(s_stopWords, firstPart) || (partCount == 1 && (In(s_regions, firstPart) || In(s_compass, firstPart) || In(s_orgKeywords, firstPart)));
            var namedCue = namedCues > 0;
            var orgCued = orgCues > 0;

            // "the Indiana Pacers", "the Social Democrats": a plural name after "the" is a team or party, not a thing.
            var pluralName = partCount >= 2 && lastWord.Length > 3 && lastWord.EndsWith('s') && !lastWord.EndsWith("ss", StringComparison.Ordinal)
                && !In(s_nonEntityKeywords, lastWord[..^1]) && definite * 3 >= n;

            if (_canonical.ContainsKey(c.Key))
            {
                c.Kind = Kind.Organisation;
            }
            else if (partCount == 1 && IsAcronym(display))
            {
                c.Kind = Kind.Acronym;
            }
            else if (partCount == 1 && IsCodeName(display))
            {
                c.Kind = orgCued ? Kind.Name : Kind.None;
            }
            else if (titleCaseOnly)
            {
                c.Kind = Kind.None;
            }
            else if (orgWord)
            {
                c.Kind = stopStart || (isLocated && !namedCue) ? Kind.None : Kind.Organisation;
            }
            else if (nonEntityWord || stopStart)
            {
                c.Kind = Kind.None;
                c.Thing = nonEntityWord && c.Words >= 2;
            }
            else if (c.Words >= 2 && (orgCued || (pluralName && !isLocated)))
            {
                c.Kind = Kind.Organisation;
            }
            else if (determined || isLocated)
            {
                c.Kind = Kind.None;
            }
            else if (c.Words >= 2 && !midSentence && !namedCue && c.Occurrences.All(static o => o.PlacesAfterFirst))
            {
                // "Tual Australian officials", "Exchange Poland", "Decrease United States": a word opening the sentence,
                // then a place or its people.
                c.Kind = Kind.None;
            }
            else if (c.Words >= 2 && !anyConnector && !anyRegion && !anyAcronym)
            {
                // A person's name: particles such as "de" or "van" may join it, "of" and "the" may not.
                c.Kind = Kind.Person;
            }
            else if (c.Words >= 2)
            {
                c.Kind = Kind.None;
            }
            else if ((midSentence && (namedCue || IsBrand(display))) || (orgCued && !display.EndsWith('s') && (midSentence || !WrittenInLowerCase(segments, display))))
            {
                // A word only seen opening sentences is a name when the text says what organisation it is ("Foxconn, the
                // contract manufacturer"), unless it could be a plural noun ("Critics, a group of …") or the article writes
                // it in lower case elsewhere ("Support court …", "… for support").
                c.Kind = Kind.Name;
            }
            else
            {
                c.Kind = Kind.None;
            }

            kept.Add(c);
        }

        return kept;
    }

    /// <summary>"III" in "Charles III": a regnal number, the one run of capitals a person's name has.</summary>
    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => word.Length <= 5 && !word.ContainsAnyExcept('I', 'V', 'X');

    /// <summary>A brand written with an inner capital: "ExxonMobil", "PayPal", "McDonald".</summary>
    private static bool IsBrand(string word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1])) return true;
        }

        return false;
    }

    private sealed record Merged(string Name, int Mentions, double Score, int First, IReadOnlyList<string> Variants);

    /// <summary>
    /// Folds surnames into full names and acronyms into their spelled-out forms, then scores each tag.
    /// A candidate that is not a tag on its own (a surname at the start of a sentence) still counts for the name it belongs to.
    /// </summary>
    private List<Merged> Merge(List<Candidate> all, Dictionary<string, Candidate> byKey, IReadOnlyList<TextSegment> segments)
    {
        var target = new Dictionary<Candidate, Candidate>(ReferenceEqualityComparer.Instance);

        // "Libertarian Javier Milei" in a headline, "Javier Milei" in the text: a word that only ever opens a sentence in
        // front of a name that also stands alone describes the person; it is not a first name ("Randal Kolo Muani" is seen
        // mid-sentence). A name of two or more words that stands alone elsewhere keeps no word that opened a sentence before
        // it ("Earlier Alexander Lukashenko"), even where its own mentions did not tell what it is ("the Alexander Lukashenko
        // era"): the longer run read as a person's name, so the name does.
        var candidates = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var c in all)
        {
            var space = c.Key.IndexOf(' ', StringComparison.Ordinal);
            if (c.Kind != Kind.Person || space < 0) continue;
            var rest = c.Key.AsSpan(space + 1);
            if (rest.Contains(' ') && c.Occurrences.TrueForAll(static o => o.SentenceStart || o.Role == TextRole.Title)
                && candidates.TryGetValue(rest, out var name) && !_stop.Contains(name.Key) && !s_stopWords.Contains(name.KeyWords[0]))
            {
                target[c] = name;
                if (name.Kind == Kind.None && !name.Thing) name.Kind = Kind.Person;
            }
        }

        // The kinds are settled from here until the acronyms below are matched.
        var people = new List<Candidate>();
        var things = new List<Candidate>();
        var organisations = new List<Candidate>();
        var acronyms = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            if (c.Kind == Kind.Person && !target.ContainsKey(c)) people.Add(c);
            if (c.Kind == Kind.Organisation) organisations.Add(c);
            if (c.Kind == Kind.Acronym) acronyms.Add(c.Key.Replace(".", "", StringComparison.Ordinal), c);
            if (c.Thing) things.Add(c);
        }

        // Surnames and given names: a shorter name whose words end (or, for one word, appear in) exactly one longer person's name.
        foreach (var c in all)
        {
            var words = c.KeyWords;
            if (words.Length > 3 || c.Kind is Kind.Organisation or Kind.Acronym || target.ContainsKey(c)) continue;
            var owner = OnlyOwner(people, c, words);
            if (owner is not null) target[c] = owner;

            // "Beryl" after "Hurricane Beryl": the short form of a thing's name is that thing.
            else if (c.Kind == Kind.Name && !HasOwner(people, c, words) && OnlyThingEndingIn(things, c.Key) is { } thing)
            {
                target[c] = thing;
            }
        }

        // A shorter form of an organisation's name: "the Coastal Administration" after "the Norwegian Coastal Administration".
        foreach (var c in organisations)
        {
            var words = c.KeyWords;
            if (words.Length < 2 || target.ContainsKey(c)) continue;
            if (OnlyOwner(organisations, c, words) is { } owner) target[c] = owner;
        }

        // Acronyms: "CSTO" and "Collective Security Treaty Organization".
        foreach (var c in all)
        {
            // "Smart Lander for Investigating Moon (SLIM)": an acronym defined as the name of a thing is that thing.
            if (c.Kind == Kind.None && c.Words >= 2 && c.Occurrences.Any(static o => (o.Cues & Cues.Described) != 0)
                && acronyms.TryGetValue(Fold(Initials(c.Display)), out var defined) && !_canonical.ContainsKey(defined.Key))
            {
                target[defined] = c;
                continue;
            }

            if (c.Kind is not (Kind.Organisation or Kind.Person) || target.ContainsKey(c)) continue;
            var initials = Fold(Initials(c.Display));
            if (initials.Length >= 2 && acronyms.TryGetValue(initials, out var acronym) && !ReferenceEquals(acronym, c))
            {
                // The more frequent form names the tag; on a tie, the spelled-out one.
                if (acronym.Occurrences.Count > c.Occurrences.Count)
                {
                    target[c] = acronym;
                }
                else
                {
                    target[acronym] = c;
                    c.Kind = Kind.Organisation;
                }
            }
        }

        Candidate Root(Candidate c)
        {
            var seen = 0;
            while (target.TryGetValue(c, out var t) && seen++ < 8) c = t;
            return c;
        }

        // The candidates of each tag, in the order their roots first appear.
        var groups = new Dictionary<Candidate, List<Candidate>>(ReferenceEqualityComparer.Instance);
        var roots = new List<Candidate>();
        foreach (var c in all)
        {
            var root = Root(c);
            if (root.Kind == Kind.None) continue;
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
                roots.Add(root);
            }

            members.Add(c);
        }

        var result = new List<Merged>(roots.Count);
        foreach (var root in roots)
        {
            var mentions = 0;
            var score = 0.0;
            var first = int.MaxValue;
            bool titled = false, described = false;
            var variants = new List<string>();
            foreach (var member in groups[root])
            {
                foreach (var o in member.Occurrences)
                {
                    mentions++;
                    score += Weight(o.Role);
                    first = Math.Min(first, o.Position);
                    titled |= (o.Cues & Cues.Titled) != 0;
                    described |= (o.Cues & (Cues.Described | Cues.OrgCue | Cues.Speaker)) != 0;
                }

                if (!variants.Contains(member.Display)) variants.Add(member.Display);
            }

            if (titled) score += 3;
            else if (described) score += 0.5;
            variants.Sort(StringComparer.Ordinal);
            var name = _canonical.TryGetValue(root.Key, out var canonical) ? canonical : root.Display;
            result.Add(new Merged(name, mentions, score, first, variants));
        }

        return result;
    }

    /// <summary>The one name of <paramref name="names"/> that <paramref name="words"/> (the words of <paramref name="c"/>) are part of; null when none is, or several are.</summary>
    private static Candidate? OnlyOwner(List<Candidate> names, Candidate c, string[] words)
    {
        Candidate? owner = null;
        foreach (var name in names)
        {
            if (ReferenceEquals(name, c) || !IsPartOfName(words, name.KeyWords)) continue;
            if (owner is not null) return null;
            owner = name;
        }

        return owner;
    }

    /// <summary>The one thing of <paramref name="things"/> whose name ends in the words of <paramref name="key"/> ("hurricane beryl" for "beryl"); null when none or several do.</summary>
    private static Candidate? OnlyThingEndingIn(List<Candidate> things, string key)
    {
        Candidate? only = null;
        foreach (var thing in things)
        {
            var name = thing.Key;
            if (name.Length <= key.Length || !name.EndsWith(key, StringComparison.Ordinal) || name[^(key.Length + 1)] != ' ') continue;
            if (only is not null) return null;
            only = thing;
        }

        return only;
    }

    private static bool HasOwner(List<Candidate> names, Candidate c, string[] words) =>
        names.Exists(name => !ReferenceEquals(name, c) && IsPartOfName(words, name.KeyWords));

    private static bool IsPartOfName(string[] part, string[] name)
    {
        if (part.Length >= name.Length) return false;
        if (part.Length == 1)
        {
            return part[0].Length > 2 && Array.IndexOf(name, part[0]) > 0 && !s_connectors.Contains(part[0]);
        }

        for (var k = 0; k < part.Length; k++)
        {
            if (!string.Equals(part[^(k + 1)], name[^(k + 1)], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(static w => w.Length > 0 && char.IsUpper(w[0])).Select(static w => w[0]));

    private static double Weight(TextRole role) => role switch
    {
        TextRole.Title => 4,
        TextRole.Kicker or TextRole.Lede => 2,
        TextRole.Heading => 2,

        // A caption names who is in the picture: the people an article is about; a quote's credit names a source.
        TextRole.Caption => 1.5,
        TextRole.Credit => 0.5,
        _ => 1,
    };

    /// <summary>Case- and accent-insensitive key, so "Mbappé" and "MBAPPE" are one tag; dots, hyphens and curly apostrophes are folded too.</summary>
    internal static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Folding never lengthens a name.
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(buffer[..Fold(name, buffer)]);
    }

    /// <summary>Folds <paramref name="name"/> into <paramref name="buffer"/> (at least as long as the name); returns the folded length.</summary>
    private static int Fold(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var original in name)
        {
            if (LatinFolding.IsCombining(original) || original == '.') continue;
            var c = LatinFolding.Base(original);
            if (c is ' ' or '-' or '‐' or '\u00A0')
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c is '’' or '‘' ? '\'' : char.ToLowerInvariant(c);
        }

        return length;
    }
}

