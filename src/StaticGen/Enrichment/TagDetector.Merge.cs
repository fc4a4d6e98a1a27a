using StaticGen.Content;

namespace StaticGen.Enrichment;

// Step 3: surnames folded into full names, short forms into organisations and things, acronyms into their
// spelled-out forms; each tag scored.
public sealed partial class TagDetector
{
    private sealed record Merged(string Name, int Mentions, double Score, int First, IReadOnlyList<string> Variants);

    /// <summary>
    /// Folds surnames into full names and acronyms into their spelled-out forms, then scores each tag.
    /// A candidate that is not a tag on its own (a surname at the start of a sentence) still counts for the name it belongs to;
    /// where <paramref name="inflects"/> (the page's language inflects names by case, <see cref="TextLanguage.Inflects"/>), so does a
    /// surname in one of its cases.
    /// </summary>
    private List<Merged> Merge(List<Candidate> all, Dictionary<string, Candidate> byKey, IReadOnlyList<TextSegment> segments, bool inflects)
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
                && candidates.TryGetValue(rest, out var name) && !_stop.Contains(name.Key) && !TagWords.StopWords.Contains(name.KeyWords[0]))
            {
                target[c] = name;
                if (name.Kind == Kind.None && !name.Thing) name.Kind = Kind.Person;
            }
        }

        // "Meanwhile Reuters", "Separately Shanghai Cooperation Organisation": a run named once, opening a sentence, whose words
        // after the first also stand on their own in mid-sentence is that shorter name; the first word was capitalised by the
        // sentence. A shorter form that the text gives a title or a speech verb ("Ms Merkel", "Merkel said") is a surname, and
        // its full name stays whole ("Angela Merkel said … Ms Merkel").
        foreach (var c in all)
        {
            var space = c.Key.IndexOf(' ', StringComparison.Ordinal);
            if (c.Kind is not (Kind.Person or Kind.Organisation) || space < 0 || target.ContainsKey(c) || c.Occurrences.Count != 1) continue;
            var once = c.Occurrences[0];
            if (!once.SentenceStart || once.Role is TextRole.Title or TextRole.Heading || once.TitleCase) continue;
            var first = c.Display.AsSpan(0, Math.Max(0, c.Display.IndexOf(' ', StringComparison.Ordinal)));
            if (first.IsEmpty || In(TagWords.OrgKeywords, first) || In(TagWords.Titles, first) || In(TagWords.Descriptors, first)) continue;
            if (candidates.TryGetValue(c.Key.AsSpan(space + 1), out var shorter) && !ReferenceEquals(shorter, c)
                && shorter.Occurrences.Exists(static o => !o.SentenceStart)
                && !shorter.Occurrences.Exists(static o => (o.Cues & (Cues.Speaker | Cues.Titled | Cues.PersonCue)) != 0))
            {
                target[c] = shorter;
            }
        }

        // "Government Vladimir Putin", "Agency Rosneft": a run only ever opening sentences whose first word is an organisation
        // word the article also writes in lower case, before a name that stands alone elsewhere, is that name; the
        // organisation word was the sentence's.
        foreach (var c in all)
        {
            var space = c.Key.IndexOf(' ', StringComparison.Ordinal);
            if (c.Kind != Kind.Organisation || space < 0 || target.ContainsKey(c)) continue;
            var first = c.Display.AsSpan(0, Math.Max(0, c.Display.IndexOf(' ', StringComparison.Ordinal)));
            if (first.IsEmpty || !In(TagWords.OrgKeywords, first) || !c.Occurrences.TrueForAll(static o => o.SentenceStart || o.Role == TextRole.Title)) continue;
            var rest = c.Key.AsSpan(space + 1);
            if (candidates.TryGetValue(rest, out var name) && name.Kind != Kind.None && !_stop.Contains(name.Key)
                && WrittenInLowerCase(segments, first))
            {
                target[c] = name;
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
            // A name the text calls an organisation ("networking company Vantrel") is not the thing an imperative opened ("Open Vantrel's page").
            else if (c.Kind == Kind.Name && !HasOwner(people, c, words) && !c.Occurrences.Exists(static o => (o.Cues & Cues.OrgCue) != 0)
                && OnlyThingEndingIn(things, c.Key) is { } thing)
            {
                target[c] = thing;
            }
        }

        // "Zdaniem Andrysiaka" beside "Andrzej Andrysiak", "Zelenskyi" beside "Volodymyr Zelensky": a surname in one of its cases, or
        // in another transliteration, is that one person's; a word before it that is not the person's first name opened the
        // sentence ("Zdaniem": "in the opinion of").
        foreach (var c in all)
        {
            var words = c.KeyWords;
            if (words.Length > 2 || c.Kind is Kind.Organisation or Kind.Acronym || target.ContainsKey(c) || people.Contains(c) && words.Length == 1) continue;
            if (words.Length == 2 && !c.Occurrences.TrueForAll(static o => o.SentenceStart || o.Role == TextRole.Title)) continue;
            if (InflectedOwner(people, c, words[^1], inflects) is { } person && (words.Length == 1 || !person.KeyWords.AsSpan().Contains(words[0])))
            {
                target[c] = person;
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
            // "Taiwan Semiconductor Manufacturing Co." and "TSMC": the legal form may give the acronym a letter.
            var initials = Fold(Initials(c.Display));
            if (LegalForm(c) is { } legal && acronyms.ContainsKey(Fold(Initials(c.Display + " " + legal)))) initials = Fold(Initials(c.Display + " " + legal));
            if (initials.Length >= 2 && acronyms.TryGetValue(initials, out var acronym) && !ReferenceEquals(acronym, c))
            {
                // The spelled-out form names the tag ("Energy and Petroleum Regulatory Authority", however often "EPRA" follows it):
                // a tag page is found by the name, the acronym is a variant of it.
                target[acronym] = c;
                c.Kind = Kind.Organisation;
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
            var name = _canonical.TryGetValue(root.Key, out var canonical) ? canonical
                : LegalForm(root) is { } form ? root.Display + " " + form
                : root.Display;
            result.Add(new Merged(name, mentions, score, first, variants));
        }

        return result;
    }

    /// <summary>The legal form most often written after a company's name ("Corp.", "Pty Ltd"; the first on a tie), or null when none is.</summary>
    private static string? LegalForm(Candidate c)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var o in c.Occurrences)
        {
            if (o.Form is null || string.Equals(o.Form, best, StringComparison.Ordinal)) continue;
            var count = c.Occurrences.Count(x => string.Equals(x.Form, o.Form, StringComparison.Ordinal));
            if (count > bestCount)
            {
                best = o.Form;
                bestCount = count;
            }
        }

        return best;
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

    /// <summary>
    /// The one person of <paramref name="people"/>, named with two words or more, whose surname <paramref name="word"/> inflects
    /// ("andrysiaka", "zełenskiego" of "zełenski") where <paramref name="inflects"/> (the page's language has cases), or spells
    /// another way ("zelenskyi", "zelenskiy" of "zelensky": a Slavic -ий transliterated); null when none or several.
    /// </summary>
    private static Candidate? InflectedOwner(List<Candidate> people, Candidate c, string word, bool inflects)
    {
        Candidate? owner = null;
        foreach (var person in people)
        {
            var surname = person.KeyWords[^1];
            if (ReferenceEquals(person, c) || person.KeyWords.Length < 2 || surname.Length < MinInflectedSurname || word == surname || !IsInflection(word, surname, inflects)) continue;
            if (owner is not null && !ReferenceEquals(owner, person)) return null;
            owner = person;
        }

        return owner;
    }

    /// <summary>The shortest surname whose inflections are read: shorter ones are too often another word with an ending.</summary>
    private const int MinInflectedSurname = 5;

    /// <summary>The longest ending a case adds to a surname ("-iego", "-lle").</summary>
    private const int MaxCaseEnding = 4;

    /// <summary>
    /// Whether <paramref name="word"/> is <paramref name="surname"/> (folded), or it without its last vowel, with a case ending of up
    /// to four letters (where <paramref name="inflects"/>), or ending in another spelling of a final y or i ("-yi", "-iy", "-yy").
    /// </summary>
    private static bool IsInflection(string word, string surname, bool inflects)
    {
        var stem = surname.AsSpan();
        if (stem[^1] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y') stem = stem[..^1];
        if (word.Length <= stem.Length || !word.StartsWith(stem, StringComparison.Ordinal)) return false;
        var ending = word.AsSpan(stem.Length);
        if (ending.ContainsAnyExcept(s_lowerLetters)) return false;
        if (surname[^1] is 'y' or 'i' && ending is "yi" or "iy" or "yy" or "ii" or "ij" or "yj") return true;

        // "Zełenska" is no case of "Zełenski": it is a woman's form of the name, another person's.
        return inflects && ending.Length <= MaxCaseEnding && !(surname[^1] is 'y' or 'i' && ending is "a");
    }

    private static readonly System.Buffers.SearchValues<char> s_lowerLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿąćčďęěłńňőřśšťůűźżžėįųūõ");

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
            // A surname, or a first name when the article names only one person by it ("Prabowo" after "Prabowo Subianto").
            return part[0].Length > 2 && Array.IndexOf(name, part[0]) >= 0 && !TagWords.Connectors.Contains(part[0]);
        }

        for (var k = 0; k < part.Length; k++)
        {
            if (!string.Equals(part[^(k + 1)], name[^(k + 1)], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', '-').Where(static w => w.Length > 0 && char.IsUpper(w[0])).Select(static w => w[0]));
}
