namespace StaticGen.Enrichment;

// Step 2: occurrences grouped into candidates by their folded spelling (aliases included), and each candidate
// classified as a person, organisation, acronym, single name, or none, from what its occurrences' contexts say.
public sealed partial class TagDetector
{
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
        var acronyms = _acronymAliases.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[128];
        foreach (var o in occurrences)
        {
            // Most names repeat: folded into the buffer, they are looked up without a new string.
            ReadOnlySpan<char> key = o.Name.Length <= buffer.Length ? buffer[..Fold(o.Name, buffer)] : Fold(o.Name);
            if (aliases.TryGetValue(key, out var alias) && (IsAcronym(o.Name) || !acronyms.Contains(key))) key = Fold(alias);
            if (!byFolded.TryGetValue(key, out var c))
            {
                var folded = key.ToString();
                candidates[folded] = c = new Candidate(folded);
            }

            c.Occurrences.Add(o);
        }

        return candidates;
    }

    /// <summary>Whether a two-word candidate's last word is elsewhere a name of its own that speaks or is introduced as a person ("Hill said").</summary>
    private static bool SurnameSpeaks(Candidate c, Dictionary<string, Candidate> candidates) =>
        c.KeyWords.Length == 2 && !In(TagWords.NonEntityKeywords, c.Display.AsSpan(0, Math.Max(0, c.Display.IndexOf(' '))))
        && candidates.TryGetValue(c.KeyWords[1], out var surname)
        && surname.Occurrences.Exists(static o => (o.Cues & (Cues.Speaker | Cues.PersonCue | Cues.Titled)) != 0);

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
            var spelledOut = false;
            var described = false;
            var midSentence = false;
            var speaker = false;
            var listed = false;
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
                spelledOut |= (o.Cues & Cues.Defined) != 0;
                described |= (o.Cues & (Cues.Described | Cues.Corporate)) != 0;
                midSentence |= !o.SentenceStart;
                speaker |= (o.Cues & Cues.Says) != 0;
                listed |= (o.Cues & Cues.Listed) != 0;
                titleCaseOnly &= o.TitleCase;
            }

            // What the words of the name are, read in one pass without cutting them out.
            var name = display.AsSpan();
            ReadOnlySpan<char> firstPart = default, lastPart = default, lastCapital = default;
            var partCount = 0;
            bool anyOrgWord = false, anyNonEntityWord = false, anyConnector = false, anyRegion = false, anyAcronym = false, anyParticiple = false;
            foreach (var range in name.Split(' '))
            {
                var part = name[range];
                if (partCount++ == 0) firstPart = part;
                lastPart = part;
                if (part.Length > 0 && char.IsUpper(part[0])) lastCapital = part;
                anyOrgWord |= In(TagWords.OrgKeywords, part);
                anyNonEntityWord |= In(TagWords.NonEntityKeywords, part);
                anyConnector |= part is "of" or "for" or "the" or "&";
                anyRegion |= In(TagWords.Regions, part) || In(TagWords.Compass, part);
                anyAcronym |= IsAcronym(part) && !IsRomanNumeral(part);

                // "Smart Lander for Investigating Moon (SLIM)": a name with a verb in it names a thing, even spelled out before its acronym.
                anyParticiple |= part.EndsWith("ing", StringComparison.Ordinal) && part.Length > 5;
            }

            var determined = determiners * 3 >= n;
            var isLocated = (located + thingAfter) * 2 >= n && locatedOrThing > 0 && orgCues == 0;
            var lastWord = lastCapital.IsEmpty ? lastPart : lastCapital;
            // "Universiti Malaysia Terengganu", "Jabatan Meteorologi Malaysia": where a name's head comes first, an organisation's
            // word opening three or more words makes it the organisation's, whatever place the words after it name.
            var orgWord = partCount > 1 && (In(TagWords.OrgKeywords, lastWord) || (anyOrgWord && !anyNonEntityWord) || (partCount > 2 && In(TagWords.OrgKeywords, firstPart)));
            var nonEntityWord = !orgWord && anyNonEntityWord;
            var stopStart = In(TagWords.StopWords, firstPart)
                || (partCount == 1 && (In(TagWords.Regions, firstPart) || In(TagWords.Compass, firstPart) || In(TagWords.OrgKeywords, firstPart) || In(TagWords.Titles, firstPart)));
            var namedCue = namedCues > 0;
            var orgCued = orgCues > 0;

            // "the Indiana Pacers", "the Social Democrats": a plural name after "the" is a team or party, not a thing.
            var pluralName = partCount >= 2 && lastWord.Length > 3 && lastWord.EndsWith('s') && !lastWord.EndsWith("ss", StringComparison.Ordinal)
                && !In(TagWords.NonEntityKeywords, lastWord[..^1]) && definite * 3 >= n;

            if (_canonical.ContainsKey(c.Key))
            {
                c.Kind = Kind.Organisation;
            }
            else if (partCount == 1 && IsAcronym(display))
            {
                // "models starting with VR or VX": two capitals named once, with nothing saying what they are, are a code.
                c.Kind = n == 1 && display.Count(char.IsLetter) == 2 && namedCues == 0 && !spelledOut ? Kind.None : Kind.Acronym;
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
                // "Police Spain …", "Council Ukrainian …" only ever opening sentences, their first word written in lower case
                // elsewhere: a word capitalised by the sentence, then a place.
                var openerBeforePlace = c.Words >= 2 && !midSentence && !namedCue && c.Occurrences.TrueForAll(static o => o.PlacesAfterFirst)
                    && WrittenInLowerCase(segments, firstPart);
                c.Kind = stopStart || openerBeforePlace || (isLocated && !namedCue) ? Kind.None : Kind.Organisation;
            }
            else if (nonEntityWord && !stopStart && c.Words == 2 && SurnameSpeaks(c, candidates))
            {
                // "Charlotte Hill … Hill said": a first name and a surname that is also a place's word, the surname then
                // speaking or introduced as a person's alone.
                c.Kind = Kind.Person;
            }
            else if (nonEntityWord && !stopStart && c.Words >= 2 && listed && !isLocated)
            {
                // "by Hanwha Ocean, Samsung Heavy Industries and …": listed among organisations, a name is one, whatever place's
                // word it holds.
                c.Kind = Kind.Organisation;
            }
            else if (nonEntityWord || stopStart)
            {
                c.Kind = Kind.None;
                c.Thing = nonEntityWord && c.Words >= 2;
            }
            else if (c.Words >= 2 && (orgCued || (pluralName && !isLocated) || (spelledOut && !isLocated && !anyParticiple)))
            {
                c.Kind = Kind.Organisation;
            }
            else if (determined || isLocated)
            {
                c.Kind = Kind.None;
            }
            else if (c.Words >= 2 && !midSentence && !orgCued && !described && c.Occurrences.All(static o => o.PlacesAfterFirst))
            {
                // "Tual Australian officials", "Exchange Poland", "Decrease United States": a word opening the sentence,
                // then a place or its people; a speech verb after it is the place's ("Meanwhile France said").
                c.Kind = Kind.None;
            }
            else if (c.Words == 2 && In(_demonyms, firstPart) && !orgCued && !described)
            {
                // "Peruvian Paso horses", "a Turkish Van cat": a demonym and one more word is a breed's, dish's or style's name;
                // no one's first name is a demonym.
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
            else if ((midSentence && (namedCue || IsBrand(display))) || (IsBrand(display) && (n >= 2 || namedCue))
                || (speaker && !display.EndsWith('s') && !WrittenInLowerCase(segments, display))
                || (orgCued && !display.EndsWith('s') && (midSentence || (!WrittenInLowerCase(segments, display) && (n >= 2 || described || c.Occurrences.Exists(static o => o.Role == TextRole.Title))))))
            {
                // A word only seen opening sentences is a name when the text says what organisation it is ("Foxconn, the
                // contract manufacturer"), unless it could be a plural noun ("Critics, a group of …") or the article writes
                // it in lower case elsewhere ("Support court …", "… for support"). A brand's inner capital ("ExxonMobil") is no
                // sentence's, so named twice or said to act, it is a name wherever it stands, and so is a word that opens a sentence as
                // the one who speaks ("Maersk has said …"), unless a plural ("Critics said") or written in lower case elsewhere. Named once, an organisation noun after it
                // is not enough ("Crossing channel …": any word opens a sentence); a description, a second mention or the headline is.
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
}
