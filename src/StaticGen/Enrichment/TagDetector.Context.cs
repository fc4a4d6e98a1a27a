namespace StaticGen.Enrichment;

// Step 1, continued: what the words just before and after a name say about it (Cues).
public sealed partial class TagDetector
{
    /// <summary>
    /// Whether the words around a name make it a report's source: in parentheses alone ("ISLAMABAD (Dunya News) -"), after
    /// "told", "according to" or another language's word for them ("selon l’AFP", "laut dpa": <c>attribution-words</c>), or before
    /// "reported".
    /// </summary>
    private static bool Attributed(string text, List<Word> words, int first, int last)
    {
        if (text.AsSpan(0, words[first].Start).TrimEnd(' ').EndsWith("(") && text.AsSpan(words[last].End).TrimStart(' ').StartsWith(")")) return true;
        // "à l’AFP": an elided article before the name is a word of its own, and the word before it says what the name is.
        var elision = first > 0 && words[first - 1].End + 1 == words[first].Start && Has(TagWords.Elisions, text, words[first - 1]) ? first - 1 : -1;
        if ((elision >= 0 ? PreviousWord(text, words, elision) : PreviousWord(text, words, first)) is { } b)
        {
            var prev = Span(text, words[b]);
            if (In(TagWords.AttributionWords, prev)) return true;
            if (prev is "to" && PreviousWord(text, words, b) is { } a && Span(text, words[a]) is "according") return true;
        }

        return last + 1 < words.Count && Span(text, words[last + 1]) is "reported" or "reports" or "reporting"
            && text.AsSpan(words[last].End, words[last + 1].Start - words[last].End) is " ";
    }

    /// <summary>Whether the word before <paramref name="that"/> is a verb that takes a clause: a speech verb, or a word in -ed or -s.</summary>
    private static bool ClauseVerbBefore(string text, List<Word> words, int that)
    {
        if (PreviousWord(text, words, that) is not { } verb || !char.IsLower(text[words[verb].Start])) return false;
        var word = Span(text, words[verb]);
        return In(TagWords.SpeechVerbs, word) || (word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s')));
    }

    /// <summary>
    /// What the words just before and after a name say about it. On a page in another language (<paramref name="joins"/>), its
    /// definite articles stand for "a", "an" and "the" in an apposition ("Pemex, la petrolera estatal"), and an English article is
    /// none (Romanian "Mureș, a anunțat …": "a" is the auxiliary there).
    /// </summary>
    private static Cues Context(string text, List<Word> words, bool[] places, int first, int last, NameJoins joins)
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
                // "said that Kevin Watkins", "announced that …": "that" after a verb opens a clause and determines no name.
                var determiner = In(TagWords.Determiners, prev) && !(prev is "that" && ClauseVerbBefore(text, words, b));
                var role = In(TagWords.Roles, prev);
                var orgNoun = In(TagWords.OrgNouns, prev);
                if (determiner || (char.IsDigit(prev[0]) && prevIsLower)) cues |= Cues.Determiner;
                if (prev is "the") cues |= Cues.Definite;
                // "in Vila Sahy" is a place; "analysts at Morgan Stanley", "a partner at Counterpoint Research" work somewhere.
                // "treated at Kakamega County Referral Hospital": a name ending in an organisation's word is a place one goes
                // "at" and still the organisation.
                if (In(TagWords.LocationPrepositions, prev) && prev is not "to" && !(prev is "at" && Has(TagWords.OrgKeywords, text, words[last])))
                {
                    cues |= prev is "at" && PreviousWord(text, words, b) is { } worker && In(TagWords.Workers, Lower(text, words[worker], scratch)) ? Cues.OrgCue : Cues.Located;
                }
                if (orgNoun) cues |= Cues.OrgCue;
                if (role) cues |= Cues.Titled;
                if (prev is "said" or "says" or "told" or "according") cues |= Cues.Speaker;
                if (prev is "of" && PreviousWord(text, words, b) is { } bb && In(TagWords.PlaceOf, Lower(text, words[bb], scratch))) cues |= Cues.Located;
                if (prev is "by" && PreviousWord(text, words, b) is { } by && In(TagWords.Roles, Lower(text, words[by], scratch))) cues |= Cues.Titled;

                // "the reigning Ballon d’Or winner", "the oil-rich Essequibo region": a determiner and one adjective.
                if (prevIsLower && !determiner && !role && !orgNoun
                    && PreviousWord(text, words, b) is { } bd && Has(TagWords.Determiners, text, words[bd])
                    && !Span(text, words[b]).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                {
                    cues |= Cues.Determiner;
                }
            }
        }

        if (Attributed(text, words, first, last)) cues |= Cues.Attributed;

        // "the island’s prime minister, Ralph Gonsalves": a role, a comma, the name.
        if (first > 0 && text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End) is ", "
            && Has(TagWords.Roles, text, words[first - 1]))
        {
            cues |= Cues.Titled;
        }

        // "the country’s space agency, Orbitex, has …": an organisation's kind, a comma, its name.
        if (first > 0 && text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End) is ", "
            && char.IsLower(text[words[first - 1].Start]) && Has(TagWords.OrgNouns, text, words[first - 1]))
        {
            cues |= Cues.OrgCue;
        }

        // "Best Director: Tarik …": the line's first words, then a colon.
        if (first == 0 && words[last].End < text.Length && text[words[last].End] == ':' && text.AsSpan(0, words[first].Start).Trim(" •-*–—\t").IsEmpty) cues |= Cues.Label;

        var after = last + 1 < words.Count ? last + 1 : -1;
        var gapEnd = after >= 0 ? words[after].Start : text.Length;
        var gap = text.AsSpan(words[last].End, gapEnd - words[last].End);
        if (words[last].Possessive)
        {
            // "Nvidia’s shares", "Boeing’s board": what a company has says it is one.
            if (after >= 0 && gap.TrimStart("’'s".AsSpan()) is " " && Has(TagWords.CompanyParts, text, words[after])) cues |= Cues.OrgCue;
        }
        else if (gap is " " && after >= 0)
        {
            var next = Span(text, words[after]);
            if (char.IsLower(next[0]))
            {
                if (In(TagWords.NonEntityNouns, next)) cues |= Cues.ThingAfter;
                if (In(TagWords.SpeechVerbs, next)) cues |= Cues.Speaker | (OnlySpeech(next) ? Cues.Says : 0);

                // "Maersk has said", "the ministry had told": a speech verb after its auxiliary.
                if (next is "has" or "have" or "had" && after + 1 < words.Count && SpaceBetween(text, words[after], words[after + 1])
                    && In(TagWords.SpeechVerbs, Span(text, words[after + 1])))
                {
                    cues |= Cues.Speaker | Cues.Says;
                }

                // "the ruling Georgian Dream party", "the M23 rebels", "the Community union"; "Boeing chief executive …",
                // "Hamas leader …": a single word before a role is the organisation that person belongs to.
                if (In(TagWords.OrgNouns, next)) cues |= Cues.OrgCue;

                // "a Transport Scotland spokesperson", "Morgan Stanley analysts": people who work at it; one word before them may
                // be a town's ("Legazpi officials").
                if (first < last && In(TagWords.Workers, next)) cues |= Cues.OrgCue;
                if (first == last && In(TagWords.Roles, next) && !Has(TagWords.Titles, text, words[first]) && !Has(TagWords.StopWords, text, words[first])
                    && !Has(TagWords.Regions, text, words[first]) && !Has(TagWords.Compass, text, words[first]))
                {
                    cues |= Cues.Described;
                }
            }
        }
        else if (gap.StartsWith(", ") && after >= 0)
        {
            var next = Span(text, words[after]);

            // "by Hanwha Ocean, Samsung Heavy Industries and …": listed beside an organisation's name, one of a kind.
            if (ListedBesideOrganisation(text, words, after)) cues |= Cues.OrgCue | Cues.Listed;
            // "Lindner, one of the region's largest bakery chains": one of a kind, named.
            var oneOf = next is "one" && after + 1 < words.Count && Is(text, words[after + 1], "of");
            var article = ReferenceEquals(joins, NameJoins.None) ? next is "a" or "an" or "the" : In(joins.The, next);
            if (article || next is "which" or "whose" || oneOf) cues |= Cues.Described;

            // "Nordkraft, a power company", "Foxconn, the Taiwanese contract manufacturer", "Goma, the largest city in …":
            // the apposition names what kind of thing it is.
            if (article || oneOf)
            {
                var end = after + 1;
                while (end < Math.Min(words.Count, after + (oneOf ? 9 : 5))
                    && (SpaceBetween(text, words[end - 1], words[end]) || (oneOf && words[end - 1].Possessive && text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).TrimStart("’'s") is " ")))
                {
                    end++;
                }

                var orgNoun = false;
                var placeNoun = false;
                for (var k = after + 1; k < end; k++)
                {
                    var noun = Span(text, words[k]);
                    if (oneOf && noun.Length > 3 && noun[^1] == 's') noun = noun[..^1];
                    orgNoun |= In(TagWords.OrgNouns, noun);
                    placeNoun |= In(TagWords.PlaceNouns, noun);
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

    /// <summary>
    /// Whether the capitalised words from <paramref name="from"/> on (after a name and ", ") end in an organisation's word before
    /// a comma or "and" ("…, Samsung Heavy Industries and …"): the name is an item of a list of organisations.
    /// </summary>
    private static bool ListedBesideOrganisation(string text, List<Word> words, int from)
    {
        var k = from;
        while (k < words.Count && k < from + 5 && IsCapitalised(text, words[k]) && (k == from || SpaceBetween(text, words[k - 1], words[k]))) k++;
        if (k == from || !Has(TagWords.OrgKeywords, text, words[k - 1])) return false;
        var end = words[k - 1].End;
        return end < text.Length && (text[end] == ',' || text.AsSpan(end).StartsWith(" and ", StringComparison.Ordinal));
    }

    /// <summary>A speech verb that is no noun: a past form ("said", "warned") or "says", "tells", "writes".</summary>
    private static bool OnlySpeech(ReadOnlySpan<char> verb) => verb.EndsWith("ed", StringComparison.Ordinal) || verb is "said" or "says" or "told" or "tells" or "wrote" or "writes";

    /// <summary>Whether the "and" at <paramref name="and"/> closes a list of capitalised items that a location preposition opens.</summary>
    private static bool ListedAfterPlace(string text, List<Word> words, bool[] places, int and)
    {
        for (var k = and - 1; k >= Math.Max(0, and - 10); k--)
        {
            var w = Text(text, words[k]);
            if (IsCapitalised(text, words[k])) continue;
            return TagWords.LocationPrepositions.Contains(w) && w != "to" && places[k + 1];
        }

        return false;
    }

    private static bool NumberNextTo(string text, List<Word> words, int index)
    {
        bool Number(int k) => k >= 0 && k < words.Count && Text(text, words[k]).All(char.IsAsciiDigit);

        // "NWB-214", "KX-9": a number joined by a hyphen after the capitals is a product's or model's code too.
        var hyphenated = Number(index + 1) && words[index + 1].Start == words[index].End + 1 && text[words[index].End] is '-' or '‐';
        return (Number(index - 1) && SpaceBetween(text, words[index - 1], words[index]))
            || (Number(index + 1) && SpaceBetween(text, words[index], words[index + 1])) || hyphenated;
    }

    private static int? PreviousWord(string text, List<Word> words, int index)
    {
        if (index == 0) return null;
        var gap = text.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End).Trim("“”\"‘’ ");
        return gap.Length == 0 ? index - 1 : null;
    }
}
