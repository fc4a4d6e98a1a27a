using System.Collections.Frozen;
using StaticGen.Configuration;
using StaticGen.Content;

namespace StaticGen.Enrichment;

/// <summary>A tag found in an article: its name, how often it is mentioned (all its spellings together), how central it is, and the spellings merged into it.</summary>
public sealed record DetectedTag(string Name, int Mentions, double Salience, IReadOnlyList<string> Variants);

/// <summary>
/// Finds the people and organisations an article names, the way a reader spots them:
/// <list type="bullet">
/// <item>Candidates are runs of capitalised words ("Alexander Lukashenko", "International Court of Justice",
/// "Luiz Inácio Lula da Silva", "al-Shabaab") and acronyms ("NATO"); titles split a run ("Romanian Prime
/// Minister Marcel Ciolacu" gives "Marcel Ciolacu"), countries, capitals, demonyms and other places
/// (<c>Data/places.txt</c>: "New York", "the Soviet Union") are not tags, though a place may start one ("New York Times").</item>
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
public sealed partial class TagDetector
{
    private readonly PhraseMatcher<bool> _places;
    private readonly FrozenSet<string> _demonyms;
    private readonly HashSet<string> _stop;
    private readonly Dictionary<string, string> _aliases;
    private readonly HashSet<string> _acronymAliases;
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
            .Concat(TagWords.Places)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(static t => KeyValuePair.Create(t, true)));
        _demonyms = gazetteer.Terms
            .Where(static t => t.Kind == TermKind.Demonym && !t.Text.Contains(' ', StringComparison.Ordinal))
            .Select(static t => t.Text)
            .ToFrozenSet(StringComparer.Ordinal);
        _stop = new HashSet<string>(config.Stop.Select(Fold), StringComparer.Ordinal);
        _aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        _acronymAliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (alias, name) in (defaultAliases ?? DefaultAliases()).Concat(config.Aliases).OrderBy(static a => a.Key, StringComparer.Ordinal))
        {
            AddAlias(alias, name);
        }

        // Config aliases win over built-in ones.
        foreach (var (alias, name) in config.Aliases) AddAlias(alias, name);
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

    /// <summary>
    /// Adds an alias. One written in capitals ("UN", "WHO") is an acronym and stands only for a word printed in capitals: a
    /// sentence that opens with the Spanish, French or Romanian article "Un", or the English question "Who", names no one.
    /// </summary>
    private void AddAlias(string alias, string name)
    {
        var key = Fold(alias);
        _aliases[key] = name.Trim();
        if (IsAcronym(alias)) _acronymAliases.Add(key);
        else _acronymAliases.Remove(key);
    }

    /// <summary>
    /// Whether a one-word name in capitals (three letters or more, not a tag alias) is also written in the article with a
    /// lower-case letter ("FAMILY" beside "family" or "Family"), as a word of its own.
    /// </summary>
    private bool IsShouted(string name, IReadOnlyList<TextSegment> segments)
    {
        if (name.Length < 3 || !IsAcronym(name) || name.Count(char.IsLetter) < 3 || _aliases.ContainsKey(Fold(name)) || _canonical.ContainsKey(Fold(name))) return false;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + name.Length;
                if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))) continue;
                if (HasLower(text.AsSpan(at, name.Length))) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The built-in tag aliases (acronym ↔ name of well-known organisations), from <c>Enrichment/Data/tag-aliases.tsv</c>, and the
    /// names of the European Union and the United Nations in other languages, from <c>union-names.tsv</c> (CLDR).
    /// </summary>
    public static IReadOnlyDictionary<string, string> DefaultAliases()
    {
        var aliases = new Dictionary<string, string>(ParseAliases(EmbeddedResources.ReadText("data/union-names.tsv")), StringComparer.Ordinal);
        foreach (var (alias, name) in ParseAliases(EmbeddedResources.ReadText("data/tag-aliases.tsv"))) aliases[alias] = name;
        return aliases;
    }

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

    /// <param name="segments">The article's own text.</param>
    /// <param name="language">The language it is written in (<see cref="TextLanguage.Detect"/>): on a page in a language that capitalises
    /// every noun, its articles join no nouns into a name.</param>
    public IReadOnlyList<DetectedTag> Detect(IReadOnlyList<TextSegment> segments, string language = TextLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(language);
        // The language, when it capitalises every noun (German): its capitalised words are no evidence of a name.
        var nounLanguage = TextLanguage.CapitalisesNouns(language) ? language : null;
        var casesAfterApostrophe = TextLanguage.WritesCasesAfterApostrophe(language);
        var occurrences = new List<Occurrence>();
        var words = new List<Word>();
        var position = 0;
        foreach (var segment in segments)
        {
            // The agency in a dateline is the story's source, not what it is about.
            if (segment.Role == TextRole.Dateline) continue;
            // A kicker or heading set in capitals ("COLUMN", "PURR-FECT ENDING", "OUTLOOK") is typography, not acronyms: its
            // words name no one.
            if (segment.Role is TextRole.Kicker or TextRole.Heading && !segment.Text.Any(char.IsLower)) continue;
            Scan(segment.Text, segment.TokenList, words, casesAfterApostrophe);
            Candidates(segment, words, position, segments, occurrences, nounLanguage, language);
            position += words.Count;
        }

        // "Bundesweite Regeln", "Sichere Versorgung", "Dienstag": where every noun is capitalised, a run of the language's common
        // nouns and adjectives is ordinary text, unless it holds an organisation's word, is a known name, or one of its mentions
        // has a name's cue (a title or role before it, a speech verb after it, an organisation's noun, a legal form).
        if (nounLanguage is not null && CommonWords.Knows(nounLanguage)) DropCommonPhrases(occurrences, nounLanguage);

        // "Suspect told officers …", "Witness said …": a word of a kind of person (person-nouns.txt, from WordNet) that only ever opens
        // a sentence or a line names no one; it describes someone, as "the suspect" would.
        if (language is TextLanguage.English or TextLanguage.Other)
        {
            occurrences.RemoveAll(o => o.Words == 1 && !IsAcronym(o.Name) && In(TagWords.PersonNouns, o.Name)
                && !occurrences.Exists(x => !x.SentenceStart && x.Role is not (TextRole.Title or TextRole.Kicker or TextRole.Heading) && string.Equals(x.Name, o.Name, StringComparison.Ordinal)));
        }

        // A word shouted in capitals ("A FAMILY of five…", "DOG saves owner") is emphasis, not an acronym, when the article
        // also writes it as an ordinary word ("the family"); a known acronym (a tag alias) is kept whatever the text does.
        occurrences.RemoveAll(o => o.Words == 1 && IsShouted(o.Name, segments));

        // "Ferry feature v3 – FINAL?", "RUNWAY: …": a word in capitals that only the headline, kicker or headings print is
        // typography, not an acronym, unless it is a known one (a tag alias).
        occurrences.RemoveAll(o => o.Words == 1 && o.Role is TextRole.Title or TextRole.Kicker or TextRole.Heading && IsAcronym(o.Name)
            && o.Name.Count(char.IsLetter) >= 3 && !_aliases.ContainsKey(Fold(o.Name)) && !_canonical.ContainsKey(Fold(o.Name))
            && !occurrences.Exists(x => x.Role is not (TextRole.Title or TextRole.Kicker or TextRole.Heading) && string.Equals(x.Name, o.Name, StringComparison.Ordinal)));

        // "• Best Director: Tarik …", "Anna Koskinen: can we confirm …": a name that only ever labels a line, before a colon, is
        // a field's or a commenter's label, not what the article names.
        occurrences.RemoveAll(o => (o.Cues & Cues.Label) != 0 && !occurrences.Exists(x => (x.Cues & Cues.Label) == 0 && string.Equals(Fold(x.Name), Fold(o.Name), StringComparison.Ordinal)));

        // "Foto: Ana Lupu", "Gentileza Unión Vecinal", "Tomo Vaitkaus nuotr.": a picture's or text's credit left in a caption names its
        // source, not what the article is about.
        occurrences.RemoveAll(static o => (o.Cues & Cues.Credited) != 0);

        // "ISLAMABAD (Dunya News) -", "Geo News reported", "told Reuters": a news outlet only ever named as the report's source is a
        // credit, not what the article is about.
        occurrences.RemoveAll(o => (o.Cues & Cues.Attributed) != 0 && IsOutlet(o.Name)
            && !occurrences.Exists(x => (x.Cues & Cues.Attributed) == 0 && string.Equals(Fold(x.Name), Fold(o.Name), StringComparison.Ordinal)));

        // "the national reconciliation ordinance (NRO)": an acronym the article spells out in lower-case words is a thing's, not a
        // name, unless it is a known acronym (a tag alias).
        if (LowerCaseDefinitions(segments) is { } things)
        {
            occurrences.RemoveAll(o => o.Words == 1 && things.Contains(o.Name) && !_aliases.ContainsKey(Fold(o.Name)) && !_canonical.ContainsKey(Fold(o.Name)));
        }

        // A name printed only inside a quoted title ("the hymn “On Jordan's Stormy Banks”") belongs to that work.
        if (WorkTitles.Find(segments) is { } titles) occurrences.RemoveAll(o => WorkTitles.OnlyInTitles(o.Name, segments, titles));
        var candidates = Group(occurrences);
        var kept = Classify(candidates, segments);
        var merged = Merge(kept, candidates, segments, TextLanguage.Inflects(language));

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

    /// <summary>Drops the runs of <paramref name="language"/>'s common words (<see cref="IsCommonPhrase"/>) that no mention gives a name's cue.</summary>
    private void DropCommonPhrases(List<Occurrence> occurrences, string language)
    {
        // Not an apposition's article: "am Dienstag, die Gemeinde warte …" is a clause, as German's relative pronouns are its articles.
        const Cues nameCues = Cues.Titled | Cues.PersonCue | Cues.Says | Cues.OrgCue | Cues.Corporate | Cues.Defined;
        HashSet<string>? common = null;
        foreach (var o in occurrences)
        {
            var key = Fold(o.Name);
            if (!_aliases.ContainsKey(key) && !_canonical.ContainsKey(key) && IsCommonPhrase(o.Name, language)) (common ??= new(StringComparer.Ordinal)).Add(key);
        }

        if (common is null) return;
        foreach (var o in occurrences)
        {
            if ((o.Cues & nameCues) != 0) common.Remove(Fold(o.Name));
        }

        occurrences.RemoveAll(o => common.Contains(Fold(o.Name)));
    }

    /// <summary>
    /// Whether every word of <paramref name="name"/> is a common noun or adjective of <paramref name="language"/> or one of its
    /// function words, and none is an organisation's ("Bundesweite Regeln", "Dienstag"; not "Bundesamt für Strahlenschutz",
    /// "Europäische Zentralbank", "Olaf Brenner").
    /// </summary>
    private static bool IsCommonPhrase(string name, string language)
    {
        var span = name.AsSpan();
        var common = false;
        foreach (var range in span.Split(' '))
        {
            var part = span[range];
            if (part.IsEmpty) continue;
            if (IsOrganisationWord(part)) return false;
            if (char.IsLower(part[0]) || TextLanguage.IsFunctionWord(language, part)) continue;
            if (!CommonWords.IsNoun(language, part) && !CommonWords.IsAdjective(language, part)) return false;
            common = true;
        }

        return common;
    }

    /// <summary>Whether <paramref name="word"/> is a common noun, adjective or function word of <paramref name="language"/>.</summary>
    private static bool IsCommonWord(string language, ReadOnlySpan<char> word) =>
        TextLanguage.IsFunctionWord(language, word) || CommonWords.IsNoun(language, word) || CommonWords.IsAdjective(language, word);

    /// <summary>
    /// Whether <paramref name="word"/> is an organisation's word (<c>org-keywords</c>), or a compound ending in one of four letters or
    /// more, as languages that write compounds as one word make them ("Zentralbank", "Landesgesellschaft").
    /// </summary>
    private static bool IsOrganisationWord(ReadOnlySpan<char> word)
    {
        if (In(TagWords.OrgKeywords, word)) return true;
        foreach (var keyword in TagWords.OrgKeywords)
        {
            if (keyword.Length < 4 || word.Length <= keyword.Length + 2 || !char.IsUpper(keyword[0])) continue;
            var tail = word[^keyword.Length..];
            if (tail[0] == char.ToLowerInvariant(keyword[0]) && tail[1..].SequenceEqual(keyword.AsSpan(1))) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the article's running text names <paramref name="tag"/> as the one who acts: opening a sentence before a
    /// lower-case word ("ZoonaCheck visited the bridge"), or before a speech verb or "we" ("the Transit Company said", "At
    /// Tallyhive we"). A page's own site named so is what the story is about (a notice, a company's post, a fact check of its
    /// own), not the masthead of a paper that was "told" something.
    /// </summary>
    public static bool NamedAsActor(DetectedTag tag, IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(segments);
        foreach (var segment in segments)
        {
            if (segment.Role is not (TextRole.Lede or TextRole.Body)) continue;
            var text = segment.Text;
            foreach (var name in tag.Variants.Append(tag.Name))
            {
                if (name.Length == 0) continue;
                for (var at = IndexOf(text, name, 0); at >= 0; at = IndexOf(text, name, at + 1))
                {
                    var end = at + name.Length;
                    if ((at > 0 && Tokenizer.IsWordChar(text[at - 1])) || end + 1 >= text.Length || text[end] != ' ' || !Tokenizer.IsWordChar(text[end + 1])) continue;
                    var nextEnd = end + 1;
                    while (nextEnd < text.Length && Tokenizer.IsWordChar(text[nextEnd])) nextEnd++;
                    var next = text.AsSpan(end + 1, nextEnd - end - 1);
                    if (In(TagWords.SpeechVerbs, next) || next is "we") return true;
                    if (char.IsLower(next[0]) && OpensSentence(text, at)) return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The acronyms an article spells out in lower-case words just before them in parentheses, their initials in order
    /// ("national reconciliation ordinance (NRO)", "standard operating procedures (SOPs)"); "of", "the", "and", "for", "on",
    /// "in" and "to" may join the words. Null when there are none.
    /// </summary>
    private static HashSet<string>? LowerCaseDefinitions(IReadOnlyList<TextSegment> segments)
    {
        HashSet<string>? things = null;
        foreach (var segment in segments)
        {
            var text = segment.Text;
            for (var open = text.IndexOf(" (", StringComparison.Ordinal); open >= 0; open = text.IndexOf(" (", open + 1, StringComparison.Ordinal))
            {
                var close = text.IndexOf(')', open);
                if (close < 0) break;
                var acronym = text.AsSpan(open + 2, close - open - 2);
                if (acronym.EndsWith("s")) acronym = acronym[..^1];
                if (acronym.Length is < 2 or > 10 || acronym.ContainsAnyExceptInRange('A', 'Z')) continue;
                var matched = acronym.Length;
                var at = open;
                while (matched > 0 && at > 0)
                {
                    var start = text.LastIndexOf(' ', at - 1) + 1;
                    var word = text.AsSpan(start, at - start);
                    if (word.IsEmpty || !char.IsLower(word[0])) break;
                    if (word is not ("of" or "the" or "and" or "for" or "on" or "in" or "to"))
                    {
                        if (word[0] != char.ToLowerInvariant(acronym[matched - 1])) break;
                        matched--;
                    }

                    at = start - 1;
                }

                if (matched == 0) (things ??= new(StringComparer.Ordinal)).Add(acronym.ToString());
            }
        }

        return things;
    }

    /// <summary>Whether a name is a news outlet's or agency's: its last word is one of <c>outlets</c> ("Geo News", "Reuters").</summary>
    private static bool IsOutlet(string name) => In(TagWords.Outlets, name.AsSpan(name.LastIndexOf(' ') + 1));

    /// <summary>Whether only "The" (or nothing) stands between the start of a sentence and <paramref name="at"/>.</summary>
    private static bool OpensSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ');
        if (before.EndsWith("The", StringComparison.Ordinal) && (before.Length == 3 || !Tokenizer.IsWordChar(before[^4]))) before = before[..^3].TrimEnd(' ');
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or '"' or '“' or '”' or ':';
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
