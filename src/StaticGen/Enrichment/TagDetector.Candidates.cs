// Over 500 lines (some 1,150), on purpose: step 1 of tag detection (candidate names) is one scan with its
// helpers; TagDetector is already split by step (Candidates, Classify, Merge, Words).
using System.Runtime.InteropServices;
using StaticGen.Content;

namespace StaticGen.Enrichment;

// Step 1: candidate names. Runs of capitalised words, split at titles and openers, trimmed to a name, each
// occurrence with the context it stands in.
public sealed partial class TagDetector
{
    /// <summary>One mention of a candidate name, with what its context says about it; <paramref name="PlacesAfterFirst"/>: every capitalised word after the first is a place ("Exchange Poland");
    /// <paramref name="Form"/>: the legal form written after a company's name ("Corp.", "Pty Ltd"), which is not part of <paramref name="Name"/>.</summary>
    private sealed record Occurrence(string Name, TextRole Role, int Position, bool SentenceStart, Cues Cues, int Words, bool TitleCase = false, bool PlacesAfterFirst = false, string? Form = null);

    /// <summary>The segment a run stands in: its role, the position of its first word in the article, whether it is in title case.</summary>
    private readonly record struct Where(TextRole Role, int Position, bool TitleCase, NameJoins Joins);

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

        /// <summary>Spelled out just before its acronym in parentheses ("Australian Competition and Consumer Commission (ACCC)").</summary>
        Defined = 512,

        /// <summary>Named with a legal form ("Kestrel Inc."): a company, whatever else the text says.</summary>
        Corporate = 1024,

        /// <summary>Opens its line before a colon ("Best Director: …"): a label.</summary>
        Label = 2048,

        /// <summary>Named as the source of a report: "(Dunya News)", "told Reuters", "according to Geo News", "Geo News reported".</summary>
        Attributed = 4096,

        /// <summary>Before a verb that can only be speech ("said", "has told", "warned"), not one that is also a noun ("estimates", "plans").</summary>
        Says = 8192,

        /// <summary>Listed beside an organisation's name ("Hanwha Ocean, Samsung Heavy Industries and …").</summary>
        Listed = 16384,

        /// <summary>Named as a picture's or text's source: "Foto: Ana Lupu", "Gentileza Unión Vecinal", "Tomo Vaitkaus nuotr.".</summary>
        Credited = 32768,
    }

    /// <summary>Adds the candidate names of one segment to <paramref name="into"/>.</summary>
    private void Candidates(TextSegment segment, List<Word> words, int position, IReadOnlyList<TextSegment> segments, List<Occurrence> into, string? nounLanguage, string language)
    {
        var text = segment.Text;
        var places = PlaceWords(segment, words);
        var capsSegment = MostlyCapitals(text, words);
        var titleCase = TitleCase.Applies(segment.Role) && TitleCase.Is(text, segment.TokenList);
        var run = new List<int>();
        var defined = text.Contains('(', StringComparison.Ordinal) ? DefinedNames(text, words) : null;
        var joins = TagWords.JoinsIn(language);
        var where = new Where(segment.Role, position, titleCase, joins);
        var i = 0;
        while (i < words.Count)
        {
            if (!IsCapitalised(text, words[i]) || words[i].Tagged)
            {
                i++;
                continue;
            }

            // A name spelled out before its acronym is one name, whatever its words are: the acronym's letters say
            // where it starts ("Australian Competition and Consumer Commission (ACCC)", "British Antarctic Survey (BAS)").
            if (defined is not null && defined.TryGetValue(i, out var definedEnd))
            {
                var all = new int[definedEnd - i + 1];
                for (var k = 0; k < all.Length; k++) all[k] = i + k;
                AddPart(text, words, all, isTitled: false, places, capsSegment, where, new int[all.Length], into, segments, spelledOut: true);
                i = definedEnd + 1;
                continue;
            }

            // The run: capitalised words joined by single spaces, with connectors ("of", "de", "&") inside.
            run.Clear();
            run.Add(i);
            var j = i;
            while (j + 1 < words.Count)
            {
                var k = j + 1;

                // A name spelled out before its acronym starts a run of its own ("The Australian Competition …").
                if (defined is not null && defined.ContainsKey(k)) break;

                // A possessive ends a name, except inside an organisation's, after an office or a group of people
                // ("Information Commissioner’s Office", "European People’s Party", "People’s Renewal Party", "the Boundary
                // Seniors’ Society": a plural's possessive is a group's); not after an owner ("JAXA’s Institute").
                var joinsOrganisation = words[j].Possessive && words[k].Start - words[j].End <= 3 && text[words[k].Start - 1] == ' '
                    && (Has(TagWords.Titles, text, words[j]) || Has(TagWords.PeopleNouns, text, words[j]) || PluralPossessive(text, words[j]))
                    && OrganisationWordAhead(text, words, k);
                // "Hygiene & Tropical Medicine": an ampersand between capitalised words joins them.
                var ampersand = text.AsSpan(words[j].End, words[k].Start - words[j].End) is " & " && !words[j].Possessive;
                // "George W. Bush": a middle initial's dot does not end the name.
                var initial = words[j].Length == 1 && char.IsUpper(text[words[j].Start]) && j > i
                    && text.AsSpan(words[j].End, words[k].Start - words[j].End) is ". " && char.IsUpper(text[words[k].Start]);
                // "St. Louis County Council": the dot of a saint's or a mount's abbreviation opening the run does not end it.
                var saint = j == i && Has(TagWords.Saints, text, words[j]) && text.AsSpan(words[j].End, words[k].Start - words[j].End) is ". "
                    && IsCapitalised(text, words[k]);
                // "Ministry of Land, Infrastructure, Transport and Tourism": the portfolios an organisation's name lists after its "of"
                // or "for", separated by commas up to a last "and", are its name's.
                var portfolioList = text.AsSpan(words[j].End, words[k].Start - words[j].End) is ", " && !words[j].Possessive && OrganisationOf(text, words, run)
                    && PortfolioListAhead(text, words, k);
                if (!joinsOrganisation && !ampersand && !initial && !saint && !portfolioList && !SpaceBetween(text, words[j], words[k])) break;
                if (IsCapitalised(text, words[k]) && !words[k].Tagged)
                {
                    run.Add(k);
                    j = k;
                    continue;
                }

                // Connectors, possibly two ("of the"), then a capitalised word; "and" only inside an organisation's name
                // after "of" ("Institute of Space and Astronautical Science", "Department of Health and Social Care").
                // The page's language adds its own: its "of" words once the run holds an organisation's word ("Administrația
                // Fondului pentru Mediu"), its "and" words as "and" ("Közlekedési és Építésügyi Minisztérium").
                // The connectors are the words k to m - 1.
                var m = k;
                while (m < words.Count && m - k < 2 && (Has(TagWords.Connectors, text, words[m]) || (m > k && Is(text, words[m], "the"))
                    || (Has(joins.Of, text, words[m]) && HasOrganisationWord(text, words, run))
                    || (m == k && IsAnd(text, words[m], joins) && (OrganisationOf(text, words, run, joins) || AndJoinsOrganisation(text, words, run, m, joins))))
                    && SpaceBetween(text, words[m - 1], words[m]))
                {
                    m++;
                    if (IsAnd(text, words[m - 1], joins)) break;
                }

                // "Standsicherheit der Halde": where every noun is capitalised, an article between two is no name's particle.
                if (nounLanguage is not null && m > k && Has(TagWords.NounLanguageArticles, text, words[k])) break;

                if (m > k && m < words.Count && SpaceBetween(text, words[m - 1], words[m]) && IsCapitalised(text, words[m]) && !words[m].Tagged
                    && !(defined is not null && defined.ContainsKey(m)))
                {
                    for (var c = k; c < m; c++) run.Add(c);
                    run.Add(m);
                    j = m;
                    continue;
                }

                break;
            }

            SplitRun(text, words, run, places, capsSegment, segments, where, into, nounLanguage, language);

            i = j + 1;
        }
    }

    /// <summary>
    /// Whether <paramref name="part"/> names a governing organ: a "Board" qualified by another organ word, before it ("Management
    /// Board") or after "of" ("Board of Directors"), and nothing else. "Board of Education" and "Executive Council" are bodies
    /// of their own.
    /// </summary>
    private static bool IsOrgan(string text, List<Word> words, List<int> part)
    {
        var organWords = 0;
        var board = false;
        foreach (var k in part)
        {
            var w = Span(text, words[k]);
            if (w is "of") continue;
            if (!In(TagWords.Organs, w)) return false;
            organWords++;
            board |= w is "Board";
        }

        return board && organWords >= 2;
    }

    /// <summary>"Weavers’", "Seniors'": a plural's possessive, its apostrophe after the s.</summary>
    private static bool PluralPossessive(string text, Word w) =>
        w.End < text.Length && text[w.End] is '’' or '\'' && w.Length > 3 && text[w.End - 1] == 's' && char.IsUpper(text[w.Start]);

    /// <summary>Whether an organisation's word is at <paramref name="k"/> or ends the capitalised words that follow it (at most three in all: "Renewal Party").</summary>
    private static bool OrganisationWordAhead(string text, List<Word> words, int k)
    {
        for (var m = k; m < Math.Min(words.Count, k + 3); m++)
        {
            if (m > k && !SpaceBetween(text, words[m - 1], words[m])) return false;
            if (!char.IsUpper(text[words[m].Start])) return false;
            if (Has(TagWords.OrgKeywords, text, words[m])) return true;
        }

        return false;
    }

    /// <summary>
    /// The names spelled out before their acronym in parentheses, by first word (to last word): the acronym's letters are
    /// the initials of the name's capitalised words, which lower-case connectors may join ("Scientific Committee on
    /// Antarctic Research (SCAR)", "National Society for the Prevention of Cruelty to Children (NSPCC)"). The longest such name before the parenthesis wins; at most 12 words are read back.
    /// </summary>
    private static Dictionary<int, int>? DefinedNames(string text, List<Word> words)
    {
        Dictionary<int, int>? defined = null;
        for (var k = 1; k < words.Count; k++)
        {
            var acronym = words[k];
            if (acronym.Start < 2 || acronym.End >= text.Length || text[acronym.End] != ')' || text[acronym.Start - 1] != '('
                || words[k - 1].End != acronym.Start - 2 || text[acronym.Start - 2] != ' ' || acronym.Length is < 2 or > 10
                || !char.IsUpper(text[acronym.Start])) continue;
            var letters = Span(text, acronym);
            if (letters.ContainsAnyExcept(s_acronymLetters)) continue;

            // Back from the word before the parenthesis, matching the acronym's letters from its last.
            var end = k - 1;
            var matched = 0;
            var start = -1;
            for (var w = end; w >= 0 && end - w < 12; w--)
            {
                if (w < end && !SpaceBetween(text, words[w], words[w + 1])) break;
                var word = Span(text, words[w]);
                if (IsCapitalised(text, words[w]))
                {
                    var initials = WordInitials(word);
                    if (matched + initials.Length > letters.Length) break;
                    var at = letters.Length - matched - initials.Length;
                    if (!letters.Slice(at, initials.Length).Equals(initials, StringComparison.OrdinalIgnoreCase)) break;
                    matched += initials.Length;
                    if (matched == letters.Length)
                    {
                        start = w;
                        break;
                    }
                }
                else if (!In(TagWords.Connectors, word) && word is not ("and" or "on" or "the" or "in" or "to"))
                {
                    break;
                }
            }

            if (start >= 0 && end > start) (defined ??= [])[start] = end;
        }

        return defined;
    }

    private static readonly System.Buffers.SearchValues<char> s_acronymLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The initials a word gives an acronym: its first letter, and the first letter after each hyphen when capitalised ("Zanu-PF" gives "ZP").</summary>
    private static ReadOnlySpan<char> WordInitials(ReadOnlySpan<char> word)
    {
        var count = 1;
        for (var c = 1; c < word.Length - 1; c++)
        {
            if (word[c] == '-' && char.IsUpper(word[c + 1])) count++;
        }

        if (count == 1) return word[..1];
        var initials = new char[count];
        initials[0] = word[0];
        var n = 1;
        for (var c = 1; c < word.Length - 1; c++)
        {
            if (word[c] == '-' && char.IsUpper(word[c + 1])) initials[n++] = word[c + 1];
        }

        return initials;
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
    private void SplitRun(string text, List<Word> words, List<int> run, bool[] places, bool capsSegment, IReadOnlyList<TextSegment> segments, Where segment, List<Occurrence> into, string? nounLanguage, string language)
    {
        // Most runs are one word (a sentence's first): nothing to split, and no opener before a name.
        if (run.Count == 1)
        {
            var only = words[run[0]];
            if (Has(TagWords.StopWords, text, only) && !IsAcronym(Span(text, only))) return;

            // "the Waterloo, Ontario-based company": an adjective, no name.
            if (only.Joined && IsCompoundModifier(Span(text, only))) return;
            ReadOnlySpan<int> single = [run[0]];
            AddPart(text, words, single, isTitled: false, places, capsSegment, segment, stackalloc int[1], into, segments);
            return;
        }

        // "St Patrick’s Day", "St Anne’s": a saint's day or church. "Anna Lee Reply": a comment's label.
        if (run.Count == 2 && Has(TagWords.Saints, text, words[run[0]]) && words[run[1]].Possessive) return;
        if (Has(TagWords.CommentLabels, text, words[run[^1]])) return;

        // "Contact Us To Volunteer": a pronoun after the first word makes title-cased text, not a name.
        for (var r = 1; r < run.Count; r++)
        {
            if (Has(TagWords.Pronouns, text, words[run[r]])) return;
        }

        // "the Ravi Deshmukh-led coalition": a name made an adjective ends at its hyphen; the name is the words before it.
        if (words[run[^1]] is { Joined: true } lastWord && IsCompoundModifier(Span(text, lastWord)))
        {
            var hyphen = Span(text, lastWord).LastIndexOfAny('-', '‐');
            words[run[^1]] = lastWord with { End = lastWord.Start + hyphen, Joined = text.AsSpan(lastWord.Start, hyphen).ContainsAny(s_joiners) };
        }

        var parts = new List<(List<int> Words, bool Titled)>();
        // "Information Commissioner’s Office" is one name; in "Professor Kirsty Allbright of the Darwin Reef Centre" the
        // organisation after "of" is another's.
        var runEndsInOrganisation = Has(TagWords.OrgKeywords, text, words[run[^1]]) && !run.Exists(k => Is(text, words[k], "of"));
        var openedBySentence = OpenedBySentence(text, words, run, places, segments);
        // "Geschäftsführer Tobias Wendler", "Die Stadt Kesselbrück": where every noun is capitalised, a common noun of the language
        // opening a name before a word that is none of its common words says who or what the name is, unless the run is an
        // organisation's name.
        var commonNouns = nounLanguage is not null && CommonWords.Knows(nounLanguage)
            && !run.Exists(k => IsOrganisationWord(Span(text, words[k])) || Has(TagWords.CompanyForms, text, words[k]));
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
            // Nor before an organisation's name ("General Elections Commission"): the office of a person comes before a person.
            // The page's language has its own offices ("Ministra Ana Belmonte", "Prezydent Ukrainy", "Presidente Lula").
            var isTitle = (In(TagWords.Titles, word) || IsRoleTitle(word) || segment.Joins.IsTitle(word)) && !words[index].Possessive && hasNext
                && char.IsUpper(nextWord[0]) && !In(TagWords.OrgKeywords, nextWord)
                && (!In(TagWords.TitleModifiers, word) || In(TagWords.Titles, nextWord))
                && !runEndsInOrganisation

                // "St. Louis Post-Dispatch": a saint's abbreviation before two or more words starts a place's name.
                && !(In(TagWords.Saints, word) && r == 0 && r + 2 < run.Count);
            // A participle opens a sentence before a place ("Neighbouring Uganda"), a first name before a surname ("Erling Haaland").
            // A word that says who someone is ("Reader Chad Whitlock", "Republican Herschel Walker", "Facebook Robert
            // McDowell") before a name of two or more words is no part of it.
            var opener = current.Count == 0 && ((In(TagWords.StopWords, word) && !IsAcronym(word))
                // Where every noun is capitalised, an article or another function word of the language opens no name ("Die Werratal
                // Sonnenstrom GmbH", "Auch Nachbargemeinden").
                || (nounLanguage is not null && (In(TagWords.NounLanguageArticles, word) || TextLanguage.IsFunctionWord(nounLanguage, word)))
                // "En la Ciudad de México", "La Comisión Nacional del Agua": a function word of the page's language opening the
                // sentence opens no name, unless it is a name's particle ("De Gaulle", "Da Silva") before anything but an
                // organisation's word.
                || (r == 0 && words[index].SentenceStart && language != TextLanguage.English && TextLanguage.IsFunctionWord(language, word)
                    && (!In(TagWords.Connectors, word.ToString().ToLowerInvariant()) || (hasNext && In(TagWords.OrgKeywords, nextWord))))
                // "Neighboring Aurora has …" beside "Aurora city council": a participle opening the sentence before a place, or before a
                // name the article also writes without it.
                || (words[index].SentenceStart && IsParticiple(word) && r + 1 < run.Count && (places[run[r + 1]] || WrittenWithout(segments, text, words, run, r)))
                || (r == 0 && openedBySentence)
                || (commonNouns && hasNext && CommonWords.IsNoun(nounLanguage!, word) && NameWordAfter(text, words, run, r, nounLanguage!))
                || (words[index].Joined && r + 1 < run.Count && IsCompoundModifier(word))
                || (In(TagWords.Descriptors, word) && r + 2 < run.Count && IsCapitalised(text, words[run[r + 1]]) && IsCapitalised(text, words[run[r + 2]]) && !runEndsInOrganisation)

                // "Minister for Science and Technology Fawad Chaudhry": the portfolio's words after its "and" open the run.
                || (r == 0 && run.Count >= 3 && In(TagWords.Portfolios, word) && PortfolioAndBefore(text, words, index))

                // "Gentileza Unión Vecinal", "Courtesy Harbour Trust": a credit word is no part of the name it credits.
                || (r == 0 && hasNext && In(TagWords.CreditWords, word))

                // "Twelve Bellweather students …": a number opening the sentence counts what the name qualifies.
                || (r == 0 && words[index].SentenceStart && In(TagWords.NumberWords, word) && !runEndsInOrganisation)

                // "Deckhand Sofia Aaltonen, 24, …", "Bioengineer Mette Lunde prepares …": a job noun opening the sentence before a
                // two-word name says who the person is.
                || (r == 0 && run.Count == 3 && words[index].SentenceStart && IsAgentNoun(word) && !runEndsInOrganisation
                    && PersonShaped(text, words, [run[1], run[2]])));
            // "Westlake Village-based Dole Food Co.": a place made an adjective ends at its hyphen; the name follows it.
            if (current.Count > 0 && words[index].Joined && r + 1 < run.Count && IsCompoundModifier(word))
            {
                current = [];
                titled = false;
                continue;
            }

            if (isTitle || opener)
            {
                if (current.Count > 0) parts.Add((current, titled));
                current = [];
                titled |= isTitle;
                continue;
            }

            // An office "of" its portfolio ("Secretary of State Antony Blinken", "Chancellor of the Exchequer …",
            // "Ministers of the European Union"): the title ends where the portfolio words do. The page's language has its own
            // offices, "of" words and portfolios ("Ministro de Seguridad", "Président du Comité Al-Qods" → "Comité Al-Qods").
            var languageOffice = !ReferenceEquals(segment.Joins, NameJoins.None) && segment.Joins.IsTitle(word) && hasNext
                && In(TagWords.Connectors, nextWord) && char.IsLower(nextWord[0]);
            if ((In(TagWords.Titles, word) || languageOffice) && !words[index].Possessive && hasNext && (nextWord is "of" or "for" || languageOffice) && r + 2 < run.Count
                && current.All(k => places[k] || Has(TagWords.Titles, text, words[k]) || Has(TagWords.TitleModifiers, text, words[k]) || segment.Joins.IsTitle(Span(text, words[k]))))
            {
                var k = r + 1;
                var portfolio = false;
                while (k < run.Count && (Span(text, words[run[k]]) is "of" or "for" or "the" or "and" || Has(TagWords.Portfolios, text, words[run[k]])
                    || (languageOffice && (Has(TagWords.Connectors, text, words[run[k]]) || Has(segment.Joins.The, text, words[run[k]]) || segment.Joins.IsTitle(Span(text, words[run[k]]))))))
                {
                    portfolio |= Has(TagWords.Portfolios, text, words[run[k]]) || (languageOffice && segment.Joins.IsTitle(Span(text, words[run[k]])));
                    k++;
                }

                if (current.Count > 0) parts.Add((current, titled));
                current = [];
                titled = portfolio;
                r = k - 1;
                continue;
            }

            // "the Board of Directors of Île Verte Sugar Estates", "the Management Board of Bursztyn Energia": a governing organ,
            // then the organisation it governs, which is the name.
            if (word is "of" && r + 1 < run.Count && IsOrgan(text, words, current))
            {
                current = [];
                titled = false;
                if (Span(text, words[run[r + 1]]) is "the") r++;
                continue;
            }

            // "Emma Hart of the DUP", "Ana Lind of the World Bank": a person's name, then the organisation they belong to;
            // "Fighters of the M23": a plain noun opening the sentence, then the organisation.
            // "Chief Executive Officer of Lumora Health Logistics": after titles, one more word before "of" and an organisation ends
            // the office, and is no name.
            if (word is "of" && (current.Count >= 2 || (current.Count == 1 && (words[current[0]].SentenceStart || titled)))
                && !current.Any(k => Has(TagWords.OrgKeywords, text, words[k]) || places[k])
                && OrganisationAfter(text, words, run, r + 1) is var orgStart and > 0)
            {
                if (!(titled && current.Count == 1)) parts.Add((current, titled));
                current = [];
                titled = false;
                r = orgStart - 1;
                continue;
            }

            // "Sen. Dorothy Vance of Tifton", "a Democrat, Marcus Bellamy of Athens": a person's name, then the one-word
            // town they come from; "Bank of England", "University of Alberta" keep theirs (an organisation word).
            if (word is "of" && current.Count >= 2 && r + 2 == run.Count && IsCapitalised(text, words[run[r + 1]])
                && !Has(TagWords.OrgKeywords, text, words[run[r + 1]]) && !IsAcronym(Span(text, words[run[r + 1]]))
                && !current.Any(k => Has(TagWords.OrgKeywords, text, words[k]) || Has(TagWords.Titles, text, words[k]) || places[k] || IsAcronym(Span(text, words[k])))
                && PersonShaped(text, words, current))
            {
                parts.Add((current, titled));
                current = [];
                titled = false;
                r = run.Count;
                break;
            }

            // "India of Congress", "Kenya of Parliament": a place is no organisation's head before its "of" (as "Bank" is in "Bank
            // of England"); the words run together across a sentence's seams, and the name, if any, starts after the "of".
            if (word is "of" && r + 1 < run.Count && current.Count > 0 && current.TrueForAll(k => places[k]) && !places[run[r + 1]])
            {
                current = [];
                titled = false;
                continue;
            }

            // "Stéphanie Frappart of France": a person of a country; "Bank of England" stays one name.
            if (word is "of" && r + 1 < run.Count && places[run[r + 1]] && current.Count > 0
                && !current.Any(k => Has(TagWords.OrgKeywords, text, words[k])) && !places[current[0]])
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

        // "The Board of Directors met on Friday": a governing organ named alone is every company's, no one's name.
        parts.RemoveAll(p => IsOrgan(text, words, p.Words));

        // "Party Russian officials", "Air Botswanan troops": a demonym before a lower-case noun is that noun's adjective,
        // no end of a name.
        foreach (var (part, _) in parts)
        {
            var last = part[^1];
            if (part.Count >= 2 && last + 1 < words.Count && SpaceBetween(text, words[last], words[last + 1])
                && char.IsLower(text[words[last + 1].Start]) && In(_demonyms, Span(text, words[last])))
            {
                part.RemoveAt(part.Count - 1);
            }
        }

        // "Bernard Gilbert Treasurer": an office after a name is no part of it; "Social Secretary", "Hon Treasurer", "Parliamentary
        // Affairs": an office with only a qualifier, or a ministry's portfolio alone, names no one.
        parts.RemoveAll(p => NamesNoOne(text, words, p.Words));

        Span<int> capitalisedWords = run.Count <= 64 ? stackalloc int[run.Count] : new int[run.Count];
        foreach (var (part, isTitled) in parts)
        {
            AddPart(text, words, CollectionsMarshal.AsSpan(part), isTitled, places, capsSegment, segment, capitalisedWords, into, segments);
        }
    }

    /// <summary>Whether a capitalised word after the <paramref name="r"/>th of <paramref name="run"/> is none of <paramref name="language"/>'s common words: a name's.</summary>
    private static bool NameWordAfter(string text, List<Word> words, List<int> run, int r, string language)
    {
        for (var q = r + 1; q < run.Count; q++)
        {
            var word = Span(text, words[run[q]]);
            if (char.IsUpper(word[0]) && !IsCommonWord(language, word)) return true;
        }

        return false;
    }

    /// <summary>Whether "and" and a portfolio's word stand right before <paramref name="first"/> ("Science and Technology …").</summary>
    private static bool PortfolioAndBefore(string text, List<Word> words, int first) =>
        PreviousWord(text, words, first) is { } and && Span(text, words[and]) is "and" or "&"
        && PreviousWord(text, words, and) is { } portfolio && Has(TagWords.Portfolios, text, words[portfolio]);

    /// <summary>
    /// Drops the offices ending a part ("Richard Evans President") and says whether what is left names no one: nothing, one word
    /// that is no acronym ("Hon", "Social"), or a portfolio's words alone ("Parliamentary Affairs", "International Development").
    /// A part with "of" in it is an office's or organisation's own name ("Office of the President") and is left whole.
    /// </summary>
    private static bool NamesNoOne(string text, List<Word> words, List<int> part)
    {
        if (part.Exists(k => Span(text, words[k]) is "of")) return false;
        var trimmed = false;
        while (part.Count > 0 && Has(TagWords.Offices, text, words[part[^1]]))
        {
            part.RemoveAt(part.Count - 1);
            trimmed = true;
        }

        if (part.Count == 0) return true;
        if (trimmed && part.Count == 1 && !IsAcronym(Span(text, words[part[0]]))) return true;
        return part.TrueForAll(k => Has(TagWords.Portfolios, text, words[k]) || Span(text, words[k]) is "and" or "for" or "the");
    }

    /// <summary>
    /// Trims one part of a run (<paramref name="list"/>, indexes into <paramref name="words"/>) to its name, drops it if it is
    /// no name, and adds its occurrence with the context it stands in; <paramref name="capitalisedWords"/> is room for the
    /// part's capitalised words.
    /// </summary>
    private void AddPart(string text, List<Word> words, ReadOnlySpan<int> list, bool isTitled, bool[] places, bool capsSegment, Where segment, Span<int> capitalisedWords, List<Occurrence> into, IReadOnlyList<TextSegment> segments, bool spelledOut = false)
    {
        // Trim connectors at the ends ("of Qatar" after "Emir").
        while (list.Length > 0 && !IsCapitalised(text, words[list[0]])) list = list[1..];
        while (list.Length > 0 && !IsCapitalised(text, words[list[^1]])) list = list[..^1];

        // "Janice M.", "Rawiri P": a given name and a surname's initial sign a reader's comment or a tribute; the writer is not
        // named, and "Plan B", "Group A" name no one either.
        if (list.Length == 2 && !spelledOut && words[list[1]].Length == 1 && char.IsUpper(text[words[list[1]].Start])
            && words[list[0]].Length > 1 && HasLower(Span(text, words[list[0]]))) return;

        // A name does not end in a word that opens sentences ("Published On"), in a single letter, which labels a thing
        // of a series ("Group A", "Plan B"), or in an abbreviated title, which introduces the next name ("Republican Sen.").
        while (list.Length > 1 && !spelledOut && !IsAcronym(Span(text, words[list[^1]]))
            && (Has(TagWords.StopWords, text, words[list[^1]]) || (words[list[^1]].Length == 1 && !FollowedByDot(text, words[list[^1]]))
                || (Has(TagWords.Titles, text, words[list[^1]]) && FollowedByDot(text, words[list[^1]])
                    && list[^1] + 1 < words.Count && !words[list[^1] + 1].SentenceStart)))
        {
            list = list[..^1];
            while (list.Length > 0 && !IsCapitalised(text, words[list[^1]])) list = list[..^1];
        }

        if (list.Length == 0) return;

        // "Japan Airlines Flight 516", "Harbour Transit Route 9": a word an organisation's name runs into before a number is what
        // the number designates (its flight, its route), no part of the organisation's name.
        if (list.Length >= 3 && !spelledOut && Has(TagWords.OrgKeywords, text, words[list[^2]]) && !Has(TagWords.OrgKeywords, text, words[list[^1]])
            && list[^1] + 1 < words.Count && SpaceBetween(text, words[list[^1]], words[list[^1] + 1]) && AllDigits(Span(text, words[list[^1] + 1])))
        {
            list = list[..^1];
        }

        var capitalisedCount = 0;
        var placeCount = 0;
        var hasOrgWord = false;
        foreach (var k in list)
        {
            if (!IsCapitalised(text, words[k])) continue;
            capitalisedWords[capitalisedCount++] = k;
            if (places[k] || Has(TagWords.Regions, text, words[k])) placeCount++;
            hasOrgWord |= Has(TagWords.OrgKeywords, text, words[k]);
        }

        var capitalised = capitalisedWords[..capitalisedCount];
        if (placeCount == capitalised.Length) return;
        if (!spelledOut && Has(TagWords.Compass, text, words[list[0]]) && (!hasOrgWord || capitalised.Length < 3)) return;

        // A place before an organisation word stays ("British Airways"), and so does a place before one other word
        // ("Chad Morrison", "Saudi Aramco") or in a name its acronym spells out; a place at the edge of a longer
        // person's name goes.
        if (places[list[0]] && !hasOrgWord && placeCount > 0 && !spelledOut
            && !(capitalised.Length == 2 && !places[capitalised[1]] && !IsAcronym(Span(text, words[capitalised[1]]))
                && !Has(TagWords.Titles, text, words[capitalised[1]]) && !Has(TagWords.StopWords, text, words[capitalised[1]]))
            && !GivenNamedAfterPlace(text, words, list, places, segments)
            && !CountryBeforeUnseenName(text, words, list, places, segments))
        {
            while (list.Length > 0 && (places[list[0]] || !IsCapitalised(text, words[list[0]]))) list = list[1..];
            if (list.Length == 0) return;
        }

        // "Apple Inc.", "Bluegum Living Pty Ltd", "Hon Hai Precision Industry Co., Ltd.": the legal form says it is a company. It
        // is kept as written, dots and all, beside the name, which alone says which mentions are the company's ("Bluegum Living").
        var corporate = false;
        string? form = null;
        var named = list.Length;
        while (named > 1 && In(TagWords.CompanyForms, Span(text, words[list[named - 1]]))) named--;
        if (named < list.Length)
        {
            var formEnd = words[list[^1]].End;
            for (var k = list[^1] + 1; k < words.Count && text.AsSpan(formEnd, words[k].Start - formEnd) is ", " or "., " && In(TagWords.CompanyForms, Span(text, words[k])); k++)
            {
                formEnd = words[k].End;
            }

            if (formEnd < text.Length && text[formEnd] == '.') formEnd++;
            form = text[words[list[named]].Start..formEnd];
            list = list[..named];
            corporate = true;
        }

        // "PT Selat Biru Lintas": a legal form before the name.
        if (list.Length >= 2 && In(TagWords.CompanyPrefixes, Span(text, words[list[0]])) && IsCapitalised(text, words[list[1]]))
        {
            list = list[1..];
            corporate = true;
        }

        var first = words[list[0]];
        var last = words[list[^1]];
        var name = text[first.Start..last.End];

        // "Ferdinand Marcos Jr.": the abbreviation of a generation keeps its dot.
        if (list.Length > 1 && FollowedByDot(text, last) && In(TagWords.NameSuffixes, Span(text, last))) name += ".";

        // "VND5,000": a currency's code run into an amount.
        if (list.Length == 1 && HasDigit(name) && last.End + 1 < text.Length && text[last.End] is ',' or '.' && char.IsAsciiDigit(text[last.End + 1])) return;
        if (HasDigit(name) && !IsAcronym(name) && !IsCodeName(name)) return;
        if (list.Length == 1 && IsAcronym(name) && (capsSegment || TagWords.StopAcronyms.Contains(name.Replace(".", "", StringComparison.Ordinal)))) return;

        // "737 MAX 9", "A320 NEO": capitals next to a number are a model, not an organisation.
        if (list.Length == 1 && IsAcronym(name) && NumberNextTo(text, words, list[0])) return;

        // "(NYSE: KSTL)": a stock's ticker after its exchange names the listing, not another organisation.
        if (list.Length == 1 && IsAcronym(name) && IsTicker(text, first)) return;
        if (list.Length == 1 && name.Length < 2) return;

        var cues = Context(text, words, places, list[0], list[^1], segment.Joins);
        if (Credited(text, words, list[0], list[^1])) cues |= Cues.Credited;

        // "a refinery in Lekki, Lagos State": after "in", a place's name and a comma, a name that ends the sentence is the region.
        if (InTownComma(text, words, list[0], segment.Joins) && TextAfter(text, words[list[^1]]) is "" or "." or ";") cues |= Cues.Located;

        // "în Cluj", "u Supetru": after a preposition of place of the page's language, a name with no organisation's word is a place;
        // so is a name after a noun of place ("el arroyo Las Piedras", "la ciudad de San Lorenzo", "județul Mureș") and a word in the
        // locative case ("Vilniuje").
        if (!ReferenceEquals(segment.Joins, NameJoins.None) && !HoldsOrganisationWord(text, words, list)
            && (AfterPlaceWord(text, words, list[0], segment.Joins) || segment.Joins.IsLocative(Span(text, words[list[^1]]))))
        {
            cues |= Cues.Located;
        }

        if (isTitled) cues |= Cues.Titled;
        if (corporate) cues |= Cues.OrgCue | Cues.Corporate;
        if (spelledOut) cues |= Cues.Defined;
        into.Add(new Occurrence(name, segment.Role, segment.Position + list[0], first.SentenceStart, cues, list.Length, segment.TitleCase, PlacesAfterFirst(text, words, list, places), form));
    }

    /// <summary>Whether a word of <paramref name="list"/> is an organisation's.</summary>
    private static bool HoldsOrganisationWord(string text, List<Word> words, ReadOnlySpan<int> list)
    {
        foreach (var k in list)
        {
            if (Has(TagWords.OrgKeywords, text, words[k])) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a preposition of place of the page's language ("în", "u") or one of its nouns of place ("arroyo", "județul"), alone or
    /// before its "of" word ("la ciudad de"), stands right before <paramref name="first"/>.
    /// </summary>
    private static bool AfterPlaceWord(string text, List<Word> words, int first, NameJoins joins)
    {
        if (PreviousWord(text, words, first) is not { } b) return false;
        if (Has(joins.In, text, words[b]) || Has(joins.Places, text, words[b])) return true;
        return (Has(TagWords.Connectors, text, words[b]) || Has(joins.Of, text, words[b])) && PreviousWord(text, words, b) is { } bb && Has(joins.Places, text, words[bb]);
    }

    /// <summary>Whether "in", a capitalised word and a comma stand right before <paramref name="first"/> ("in Lekki, …"); the page's language's "in" words count too.</summary>
    private static bool InTownComma(string text, List<Word> words, int first, NameJoins joins)
    {
        if (first < 2 || text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End) is not ", ") return false;
        var town = words[first - 1];
        var before = words[first - 2];
        return char.IsUpper(text[town.Start]) && SpaceBetween(text, before, town) && (Is(text, before, "in") || Has(joins.In, text, before));
    }

    /// <summary>The punctuation right after <paramref name="w"/>, up to the next space, or "" at the end of the text.</summary>
    private static ReadOnlySpan<char> TextAfter(string text, Word w)
    {
        var end = w.End;
        while (end < text.Length && text[end] is not ' ') end++;
        return end == w.End ? (w.End == text.Length ? "" : " ") : text.AsSpan(w.End, end - w.End);
    }

    /// <summary>
    /// Whether the name from <paramref name="first"/> to <paramref name="last"/> is a picture's or text's credit: a credit word
    /// opening its sentence or a bracket right before it ("Foto: Ana Lupu", "Gentileza Unión Vecinal", "(Photo: Harbour
    /// Trust)"), or a credit mark right after it, past an agency after a slash ("Tomo Vaitkaus nuotr.", "Jonas Jonaitis/BNS nuotr.").
    /// </summary>
    private static bool Credited(string text, List<Word> words, int first, int last)
    {
        if (first > 0 && Has(TagWords.CreditWords, text, words[first - 1]) && text.AsSpan(words[first - 1].End, words[first].Start - words[first - 1].End).Trim(" :") is { IsEmpty: true }
            && (words[first - 1].SentenceStart || text.AsSpan(0, words[first - 1].Start).TrimEnd(' ') is [.., '(' or '[' or '|' or '/' or '–' or '—' or '-']))
        {
            return true;
        }

        var next = last + 1;
        if (next + 1 < words.Count && text.AsSpan(words[last].End, words[next].Start - words[last].End).Trim(' ') is "/") next++;
        if (next < words.Count && text.AsSpan(words[next - 1].End, words[next].Start - words[next - 1].End) is " " && Has(TagWords.CreditMarks, text, words[next])) return true;
        return InSlashCredit(text, words[first].Start, words[last].End);
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> is in a credit of names joined by slashes: in
    /// brackets of its own ("(AP Photo/Ana Lupu)", "[Ana Lupu/Al Jazeera]") or closing the text after its last sentence ("… on
    /// board. REUTERS/Ana Lupu", "… at dawn. Ana Lupu/AFP via Getty Images"), every word capitalised or a credit's small word, and
    /// one of its parts two words or more (a person's name), so "AC/DC" or "Ford/Toyota" is none. In brackets, an agency, an
    /// outlet or a credit word before a colon credits the names after it too ("(AAP: Ana Lupu)", "(Supplied: Ana Lupu)").
    /// </summary>
    private static bool InSlashCredit(string text, int start, int end)
    {
        if (text.AsSpan().IndexOfAny('/', ':') < 0) return false;
        var from = start;
        while (from > 0 && !IsCreditBoundary(text, from - 1)) from--;
        var to = end;
        while (to < text.Length && !IsCreditBoundary(text, to)) to++;
        var group = text.AsSpan(from, to - from);
        var bracketed = from > 0 && text[from - 1] is '(' or '[' && to < text.Length && text[to] is ')' or ']';
        if (group.IndexOf('/') < 0 && !(bracketed && CreditedByColon(group))) return false;
        if (!bracketed)
        {
            // Closing the text, after a sentence's end or a bar (or the whole text: a credit line).
            if (to < text.Length && text.AsSpan(to).Trim() is not ("" or ".")) return false;
            var before = text.AsSpan(0, from).TrimEnd(' ');
            if (!before.IsEmpty && before[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or '|' or '–' or '—' or ':')) return false;
        }

        var longest = 0;
        foreach (var partRange in group.SplitAny('/', ':'))
        {
            var part = group[partRange];
            var count = 0;
            foreach (var wordRange in part.Split(' '))
            {
                var word = part[wordRange].Trim("-–—.");
                if (word.IsEmpty) continue;
                if (!char.IsUpper(word[0]) && word is not ("via" or "for" or "by" or "and" or "of" or "the" or "de" or "da" or "van" or "von")) return false;
                count++;
            }

            if (count == 0) return false;
            longest = Math.Max(longest, count);
        }

        return longest >= 2;
    }

    /// <summary>Whether the bracketed <paramref name="group"/> opens with an acronym, an outlet's name or a credit word before a colon ("AAP: …", "ABC News: …").</summary>
    private static bool CreditedByColon(ReadOnlySpan<char> group)
    {
        var colon = group.IndexOf(':');
        if (colon <= 0) return false;
        var source = group[..colon].Trim();
        var lastWord = source[(source.LastIndexOf(' ') + 1)..];
        return !lastWord.IsEmpty && (IsAcronym(lastWord) || In(TagWords.Outlets, lastWord) || In(TagWords.CreditWords, lastWord));
    }

    /// <summary>Where a credit of names joined by slashes cannot go on: a bracket, a comma or semicolon, or a sentence's end before a space.</summary>
    private static bool IsCreditBoundary(string text, int at) => text[at] switch
    {
        '(' or ')' or '[' or ']' or ',' or ';' or '|' or '"' or '“' or '”' => true,
        '.' or '!' or '?' => at + 1 >= text.Length || text[at + 1] == ' ',
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="w"/> is a ticker in a stock listing: "(NYSE: KSTL)", "(ASX:BHP)", "(Nasdaq Stockholm: NWB)", the
    /// exchange, up to three capitalised words, opening the parenthesis.
    /// </summary>
    private static bool IsTicker(string text, Word w)
    {
        if (w.End >= text.Length || text[w.End] is not (')' or ',' or ';')) return false;
        var before = text.AsSpan(0, w.Start).TrimEnd(' ');
        if (before.IsEmpty || before[^1] != ':') return false;
        before = before[..^1];
        var start = before.Length;
        for (var exchangeWords = 0; exchangeWords < 3; exchangeWords++)
        {
            var end = start;
            while (start > 0 && char.IsLetter(before[start - 1])) start--;
            if (start == end || !char.IsUpper(before[start])) return false;
            if (start > 0 && before[start - 1] == '(') return true;
            if (start < 2 || before[start - 1] != ' ') return false;
            start--;
        }

        return false;
    }

    /// <summary>
    /// "run by Kazakhstan Temir Zholy and …": a country's name (not its people's) opening three or more capitalised words after a
    /// word that places nothing ("by", not "in Britain Boris Johnson"), whose other words the article never writes without it,
    /// is the first word of that name.
    /// </summary>
    private bool CountryBeforeUnseenName(string text, List<Word> words, ReadOnlySpan<int> list, bool[] places, IReadOnlyList<TextSegment> segments)
    {
        if (list.Length < 3 || places[list[1]] || words[list[0]].SentenceStart || In(_demonyms, Span(text, words[list[0]]))
            || Has(TagWords.Regions, text, words[list[0]]) || Has(TagWords.Compass, text, words[list[0]])) return false;
        if (PreviousWord(text, words, list[0]) is not { } b || !char.IsLower(text[words[b].Start]) || Has(TagWords.LocationPrepositions, text, words[b])
            || Span(text, words[b]) is "from" or "of" or "and" or "or") return false;
        var rest = text.AsSpan(words[list[1]].Start, words[list[^1]].End - words[list[1]].Start);
        var lead = text.AsSpan(words[list[0]].Start, words[list[1]].Start - words[list[0]].Start);
        foreach (var segment in segments)
        {
            var other = segment.Text;
            for (var at = IndexOf(other, rest, 0); at >= 0; at = IndexOf(other, rest, at + 1))
            {
                if (at < lead.Length || !other.AsSpan(at - lead.Length, lead.Length).SequenceEqual(lead)) return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "India Beaumont Whitlock", "Georgia Anne Pryce": a place's name, then two words shaped like a person's names, the three
    /// written together more than once in the article, is a person's full name; "in Britain Boris Johnson" is not repeated so.
    /// </summary>
    private static bool GivenNamedAfterPlace(string text, List<Word> words, ReadOnlySpan<int> list, bool[] places, IReadOnlyList<TextSegment> segments)
    {
        if (list.Length != 3) return false;
        for (var k = 1; k < 3; k++)
        {
            var w = Span(text, words[list[k]]);
            if (places[list[k]] || !char.IsUpper(w[0]) || !HasLower(w) || In(TagWords.StopWords, w) || In(TagWords.Titles, w) || In(TagWords.NonEntityKeywords, w)) return false;
        }

        var name = text.AsSpan(words[list[0]].Start, words[list[2]].End - words[list[0]].Start);
        var seen = 0;
        foreach (var s in segments)
        {
            var other = s.Text;
            for (var at = IndexOf(other, name, 0); at >= 0; at = IndexOf(other, name, at + 1))
            {
                var end = at + name.Length;
                if ((at > 0 && Tokenizer.IsWordChar(other[at - 1])) || (end < other.Length && Tokenizer.IsWordChar(other[end]))) continue;
                if (++seen >= 2) return true;
            }
        }

        return false;
    }

    private static bool FollowedByDot(string text, Word w) => w.End < text.Length && text[w.End] == '.';

    /// <summary>"Perth-based", "Kremlin-backed": a hyphenated word whose last part is a lower-case modifier is an adjective.</summary>
    private static bool IsCompoundModifier(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOfAny('-', '‐');
        return hyphen > 0 && hyphen < word.Length - 1 && char.IsLower(word[hyphen + 1]) && In(TagWords.CompoundModifiers, word[(hyphen + 1)..]);
    }

    /// <summary>Two or three capitalised words with lower-case letters, none a title or stop word: the shape of a person's name.</summary>
    private static bool PersonShaped(string text, List<Word> words, List<int> part)
    {
        if (part.Count is < 2 or > 3) return false;
        foreach (var k in part)
        {
            var w = Span(text, words[k]);
            if (!char.IsUpper(w[0]) || !HasLower(w) || In(TagWords.StopWords, w) || In(TagWords.NonEntityKeywords, w)) return false;
        }

        return true;
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

        // "Opposition Democratic Party wins …" beside "the main opposition Democratic Party": the rest is a name the article writes
        // in mid-sentence on its own, the first word an ordinary word it writes in lower case, and the whole run never stands
        // in mid-sentence, whatever the first word is (a title's too). An organisation's name keeps its first word otherwise
        // ("Human Rights Watch").
        var whole = text.AsSpan(first.Start, words[run[^1]].End - first.Start);
        if (run.Count >= 3 && !IsAcronym(word) && WrittenInLowerCase(segments, word) && !WrittenMidSentence(segments, whole)
            && WrittenWithout(segments, text, words, run, 0, midSentence: true)) return true;

        if (IsAcronym(word) || In(TagWords.Titles, word) || In(TagWords.Compass, word) || In(TagWords.Regions, word) || In(TagWords.NonEntityKeywords, word)) return false;

        // "Economic European Union": the rest is a name the detector knows (built-in or tags.aliases), and the whole is not.
        Span<char> folded = whole.Length <= 256 ? stackalloc char[whole.Length] : new char[whole.Length];
        var rest = folded[..Fold(text.AsSpan(words[run[1]].Start, words[run[^1]].End - words[run[1]].Start), folded)];
        var canonical = _canonical.GetAlternateLookup<ReadOnlySpan<char>>();
        if ((canonical.ContainsKey(rest) || _aliases.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(rest))
            && !canonical.ContainsKey(folded[..Fold(whole, folded)])) return true;

        foreach (var k in run)
        {
            if (Has(TagWords.OrgKeywords, text, words[k])) return false;
        }

        // "Water Safety New Zealand" beside "services to water safety": the first two words make a compound noun the article also
        // writes in lower case, so the first is the name's, not the sentence's.
        var pair = text.AsSpan(first.Start, words[run[1]].End - first.Start);
        return WrittenInLowerCase(segments, word) && !WrittenMidSentence(segments, whole) && !WrittenInLowerCase(segments, pair);
    }

    /// <summary>
    /// Whether the words of <paramref name="run"/> after its <paramref name="r"/>th are written somewhere without that word before
    /// them; with <paramref name="midSentence"/>, only after another word or a comma of their sentence.
    /// </summary>
    private static bool WrittenWithout(IReadOnlyList<TextSegment> segments, string text, List<Word> words, List<int> run, int r, bool midSentence = false)
    {
        var rest = text.AsSpan(words[run[r + 1]].Start, words[run[^1]].End - words[run[r + 1]].Start);
        var word = Span(text, words[run[r]]);
        foreach (var segment in segments)
        {
            var other = segment.Text;
            for (var at = IndexOf(other, rest, 0); at >= 0; at = IndexOf(other, rest, at + 1))
            {
                var end = at + rest.Length;
                if ((at > 0 && Tokenizer.IsWordChar(other[at - 1])) || (end < other.Length && Tokenizer.IsWordChar(other[end]))) continue;
                var before = other.AsSpan(0, at).TrimEnd(' ');
                if (before.EndsWith(word, StringComparison.Ordinal)) continue;
                if (!midSentence || (!before.IsEmpty && (Tokenizer.IsWordChar(before[^1]) || before[^1] == ','))) return true;
            }
        }

        return false;
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

    /// <summary>
    /// "Norwegian Water Resources and Energy Directorate", "Metropolitan Water Supply and Sewerage Board": capitalised words
    /// with no organisation word, "and", then capitalised words up to an organisation word that ends them, make one
    /// organisation's name; an organisation word inside them ("Energy" before "Directorate") does not end them.
    /// </summary>
    private static bool AndJoinsOrganisation(string text, List<Word> words, List<int> run, int and, NameJoins joins)
    {
        // "Officials of the Lagos State Fire and Rescue Service": the capitalised words after the run's last connector.
        var tail = run.FindLastIndex(k => !IsCapitalised(text, words[k]));
        if (tail >= 0)
        {
            if (tail == run.Count - 1) return false;
            run = run[(tail + 1)..];
        }

        var from = Has(TagWords.StopWords, text, words[run[0]]) ? 1 : 0;

        // "the Food and Agriculture Organization", "our Serious and Organised Crime Unit": one word after "the" is enough.
        var afterThe = run.Count - from == 1 && !IsAcronym(Span(text, words[run[from]]))
            && (from == 1 ? Is(text, words[run[0]], "The")
                : PreviousWord(text, words, run[0]) is { } the && (Span(text, words[the]) is "the" or "our" or "its" or "their" || Has(joins.The, text, words[the])));
        if (run.Count - from < 2 && !afterThe) return false;
        foreach (var k in run.Skip(from))
        {
            // A portfolio's word is a title only beside an office ("Health Secretary"); before "and" it is a field ("Health and Safety").
            if (!IsCapitalised(text, words[k]) || Has(TagWords.OrgKeywords, text, words[k]) || Has(TagWords.StopWords, text, words[k])
                || (Has(TagWords.Titles, text, words[k]) && !Has(TagWords.Portfolios, text, words[k]))) return false;
        }

        for (var k = and + 1; k < Math.Min(words.Count, and + 5); k++)
        {
            if (!SpaceBetween(text, words[k - 1], words[k]) || !IsCapitalised(text, words[k]) || Has(TagWords.StopWords, text, words[k])) return false;
            if (Has(TagWords.OrgKeywords, text, words[k]) && (k + 1 == words.Count || !SpaceBetween(text, words[k], words[k + 1]) || !IsCapitalised(text, words[k + 1]))) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="k"/> on are a list of portfolios up to its last "and" ("Infrastructure, Transport
    /// and Tourism", "Food and Rural Affairs"): items of capitalised words, each holding a portfolio's word, separated by commas,
    /// the last after "and" and followed by no capitalised word.
    /// </summary>
    private static bool PortfolioListAhead(string text, List<Word> words, int k)
    {
        var portfolio = false;
        for (var m = k; m < words.Count && m < k + 12; m++)
        {
            if (Is(text, words[m], "and"))
            {
                if (!portfolio || m + 1 >= words.Count || !SpaceBetween(text, words[m], words[m + 1])) return false;
                var last = m + 1;
                var lastPortfolio = false;
                while (last < words.Count && IsCapitalised(text, words[last]))
                {
                    lastPortfolio |= Has(TagWords.Portfolios, text, words[last]);
                    if (last + 1 >= words.Count || !SpaceBetween(text, words[last], words[last + 1])) break;
                    last++;
                }

                return lastPortfolio;
            }

            if (!IsCapitalised(text, words[m])) return false;
            portfolio |= Has(TagWords.Portfolios, text, words[m]);
            if (m + 1 >= words.Count) return false;
            var gap = text.AsSpan(words[m].End, words[m + 1].Start - words[m].End);
            if (gap is ", ")
            {
                if (!portfolio) return false;
                // ", and Rural Affairs" (a serial comma): the item before it has its portfolio already.
                portfolio = Is(text, words[m + 1], "and");
                continue;
            }

            if (!SpaceBetween(text, words[m], words[m + 1])) return false;
        }

        return false;
    }

    /// <summary>Whether the run so far is an organisation's name with "of" in it ("Institute of Space"), or one of the page's language's "of" words.</summary>
    private static bool OrganisationOf(string text, List<Word> words, List<int> run, NameJoins? joins = null)
    {
        var org = false;
        foreach (var k in run)
        {
            var w = Text(text, words[k]);
            if (TagWords.OrgKeywords.Contains(w)) org = true;
            else if (org && (w is "of" or "for" || (joins is not null && joins.Of.Contains(w)))) return true;
        }

        return false;
    }

    /// <summary>Whether a word of the run so far is an organisation's ("Administrația Fondului", "Bundesamt").</summary>
    private static bool HasOrganisationWord(string text, List<Word> words, List<int> run) => run.Exists(k => Has(TagWords.OrgKeywords, text, words[k]));

    /// <summary>"and", or the page's language's word for it ("și", "és", "og").</summary>
    private static bool IsAnd(string text, Word w, NameJoins joins) => Is(text, w, "and") || Has(joins.And, text, w);

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
        return (rest.Count == 1 && (IsAcronym(rest[0]) || IsCodeName(rest[0]))) || rest.Any(TagWords.OrgKeywords.Contains) ? start : -1;
    }
}
