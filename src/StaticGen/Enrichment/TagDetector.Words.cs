using System.Collections.Frozen;

namespace StaticGen.Enrichment;

// The words of a segment and the facts about each word that the other steps read: where sentences start, possessives,
// joined words, capitals, acronyms; and the word-list lookups.
public sealed partial class TagDetector
{
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
    private static void Scan(string text, List<Token> tokens, List<Word> words, bool casesAfterApostrophe = false)
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

            // "l’Onu", "qu’Emmanuel": an elided article or word is a word of its own, no part of the name.
            if (joined && Elided(text, start, words) is var after and > 0)
            {
                words.Add(new Word(start, after - 1, sentenceStart, Possessive: false, tagged, Joined: false));
                sentenceStart = false;
                start = after;
                joined = text.AsSpan(start, i - start).ContainsAny(s_joiners);
            }

            var end = i;
            if (end < text.Length && text[end] == '.' && end - start >= 3 && text[end - 2] == '.' && char.IsUpper(text[end - 1]))
            {
                end++;
                i++;
            }

            var possessive = false;
            if (casesAfterApostrophe && joined && CaseEndingAt(text, start, end) is var apostrophe and > 0)
            {
                // "Erdoğan’ın", "Ankara’da": the case ending closes the name as an English possessive does.
                end = apostrophe;
                possessive = true;
            }
            else if (end - start > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’')
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

    /// <summary>
    /// Where the apostrophe before a case ending stands in the capitalised word <c>text[start..end]</c> ("Erdoğan’ın",
    /// "Avrupa Birliği’nin"'s last word), or 0: the ending is the word's last apostrophe and a few lower-case letters after it.
    /// </summary>
    private static int CaseEndingAt(string text, int start, int end)
    {
        if (!char.IsUpper(text[start])) return 0;
        var apostrophe = text.AsSpan(start, end - start).LastIndexOfAny('\'', '’');
        if (apostrophe <= 0) return 0;
        var ending = text.AsSpan(start + apostrophe + 1, end - start - apostrophe - 1);
        if (ending.Length is 0 or > LongestCaseEnding) return 0;
        foreach (var c in ending)
        {
            if (!char.IsLower(c)) return 0;
        }

        return start + apostrophe;
    }

    /// <summary>The longest case ending read after an apostrophe (Turkish "’ndan", "’lerinin").</summary>
    private const int LongestCaseEnding = 8;

    private static readonly System.Buffers.SearchValues<char> s_joiners = System.Buffers.SearchValues.Create("'’-‐");

    /// <summary>
    /// Where the capitalised word after an elided article or word starts ("l’Onu", "qu’Emmanuel"; the <c>elisions</c> list), or 0:
    /// the elision is in lower case, and "d’" is one only where no capitalised word stands right before it ("Côte d’Ivoire").
    /// </summary>
    private static int Elided(string text, int start, List<Word> words)
    {
        var apostrophe = start + 1;
        while (apostrophe < text.Length && apostrophe - start <= 4 && char.IsLower(text[apostrophe])) apostrophe++;
        if (apostrophe + 1 >= text.Length || text[apostrophe] is not ('\'' or '’') || !char.IsLower(text[start]) || !char.IsUpper(text[apostrophe + 1])) return 0;
        var elision = text.AsSpan(start, apostrophe - start);
        if (!In(TagWords.Elisions, elision)) return 0;
        if (elision is "d" && words.Count > 0 && words[^1].End + 1 == start && char.IsUpper(text[words[^1].Start])) return 0;
        return apostrophe + 1;
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
    private static bool Has(FrozenSet<string> set, string text, Word w) => In(set, Span(text, w));

    /// <summary>Whether the word <paramref name="w"/> of <paramref name="text"/> is <paramref name="value"/>, without cutting it out.</summary>
    private static bool Is(string text, Word w, string value) => Span(text, w).SequenceEqual(value);

    /// <summary>
    /// "Deckhand", "Glaciologist", "Bioengineer": a word with a job noun's ending (<c>agent-suffixes</c>), or a compound
    /// ending in a descriptor ("Bio" + "engineer").
    /// </summary>
    private static bool IsAgentNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !HasLower(word)) return false;
        if (In(TagWords.Descriptors, word)) return true;
        foreach (var suffix in TagWords.AgentSuffixes)
        {
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal)) return true;
        }

        foreach (var tail in TagWords.DescriptorTails)
        {
            // Short descriptors ("son", "fan", "nurse") end given names and surnames too ("Jackson").
            if (tail.Length >= 6 && word.Length >= tail.Length + 2 && word.EndsWith(tail, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>A role written as a title before a name: "Prosecutor Karim Khan", "Administrator Mike Whitaker", "Director-General …".</summary>
    private static bool IsRoleTitle(ReadOnlySpan<char> word) =>
        (In(TagWords.RoleTitles, word) || HasTitleHead(word)) && char.IsUpper(word[0]) && HasLower(word) && !word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"Bürgermeisterin", "Havnedirektør": a compound ending in an office's word (<c>title-heads</c>).</summary>
    private static bool HasTitleHead(ReadOnlySpan<char> word)
    {
        foreach (var head in TagWords.TitleHeads)
        {
            if (word.EndsWith(head, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

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

    private static bool IsCapitalised(string text, Word w)
    {
        var c = text[w.Start];
        if (char.IsUpper(c)) return true;
        if (!w.Joined) return false;

        // "al-Shabaab", "d’Or", "el-Sisi": a short lower-case particle joined to a capitalised word; not a prefix ("pro-European").
        for (var k = w.Start + 1; k < Math.Min(w.End - 1, w.Start + 4); k++)
        {
            if (text[k] is '-' or '’' or '\'') return char.IsUpper(text[k + 1]) && !TagWords.Prefixes.Contains(text[w.Start..k]);
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

    private static bool SpaceBetween(string text, Word a, Word b) =>
        !a.Possessive && b.Start - a.End == 1 && text[a.End] is ' ' or '\u00A0';

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c)) return false;
        }

        return true;
    }

    /// <summary>Whether <paramref name="set"/> has <paramref name="word"/>.</summary>
    private static bool In(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The word <paramref name="w"/> in lower case, in <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Lower(string text, Word w, Span<char> buffer)
    {
        var word = Span(text, w);
        if (word.Length > buffer.Length) return word.ToString().ToLowerInvariant();
        var length = word.ToLowerInvariant(buffer);
        return buffer[..length];
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
}
