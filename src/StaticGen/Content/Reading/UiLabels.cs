namespace StaticGen.Content.Reading;

/// <summary>
/// A page's own buttons and labels in its own language ("Ouvir este artigo", "Prenumerera", "Weiterlesen", "Bekijk ook:"),
/// printed between the story's paragraphs, look like subheadings: a short line without sentence punctuation. An editor
/// tells them apart by two things together: the words are the page's (listen, subscribe, log in, share, read more, see
/// also, an advert's label, or the page naming itself as an article: <c>Data/ui-labels.tsv</c>), and the line under a
/// subheading takes up what it announces, while the paragraph under a button goes on with the story as if the button
/// were not there. A label ending in a colon, or a "see also" or "read more" label, stands over a teaser: the other
/// story's headline under it goes with it. A line the paragraph under it develops ("Teile der Stadt ohne Strom" over a
/// paragraph on the power cut) stays the article's, and so does a headline over its byline or date.
/// </summary>
internal static class UiLabels
{
    /// <summary>The phrases, lower case, by what they mean ("listen", "subscribe", "see also", "page", …).</summary>
    private static readonly Dictionary<string, string> s_phrases = Parse(EmbeddedResources.ReadText("reader/ui-labels.tsv"));

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The most words a phrase of the table has.</summary>
    private static readonly int s_maxPhraseWords = s_phrases.Keys.Max(static k => k.Split(' ').Length);

    /// <summary>The meaning of the nouns with which a page names itself, matched anywhere in the line.</summary>
    private const string PageMeaning = "page";

    /// <summary>The longest button or label line (words).</summary>
    private const int MaxLabelWords = 6;

    /// <summary>The longest teaser headline under a label (words).</summary>
    private const int MaxTeaserWords = 16;

    /// <summary>The shortest word compared when asking whether the line under a label develops it (shorter words are mostly function words).</summary>
    private const int MinContentLetters = 5;

    /// <summary>
    /// Marks each button or label line, and the teaser under a label that announces one, with its evidence, and returns
    /// them: inserted in the story's flow, so the paragraphs around them are judged without them.
    /// </summary>
    public static bool[] Mark(string[] lines, LineFeatures?[] features, string?[] evidence)
    {
        var marked = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (evidence[i] is not null || features[i] is not { Meta: null, ImageFile: false, Credit: null, Caption: null, Kept: false, EndsSentence: false } f
                || f.Words > MaxLabelWords || lines[i].Contains('\t', StringComparison.Ordinal) || RawArticleParser.IsStructural(lines[i])) continue;
            if (Find(lines[i]) is not { } found)
            {
                if (ColonLabelOverTeasers(lines, features, evidence, i) is { Count: > 0 } teasers)
                {
                    evidence[i] = $"a short label ending in a colon over {(teasers.Count == 1 ? "a headline" : "headlines")} of other stories between paragraphs (line {teasers[0] + 1}): a cross-reference, not a list of the article's";
                    marked[i] = true;
                    foreach (var t in teasers)
                    {
                        evidence[t] = $"a teaser under the label '{lines[i]}' on line {i + 1}";
                        marked[t] = true;
                    }
                }

                continue;
            }

            var next = Next(lines, features, i);
            // A headline sits over its byline or date: "Entrar na Europa" over "Por Rita Matos" is the story's.
            if (next >= 0 && features[next]!.Meta is not null) continue;

            var label = $"the page's own label or button ('{found.Phrase}': {found.Meaning})";
            if (next >= 0 && (lines[i][^1] == ':' || found.Meaning is "see also" or "read more") && IsTeaser(lines[next], features[next]!)
                && Next(lines, features, next) is var after && (after < 0 || features[after]!.Meta is null) && evidence[next] is null)
            {
                evidence[i] = $"{label} over a teaser: the headline of another story on line {next + 1}";
                evidence[next] = $"a teaser under the label '{lines[i]}' on line {i + 1}";
                marked[i] = marked[next] = true;
                continue;
            }

            if (next < 0 || !Develops(lines[i], found.Phrase, lines[next]))
            {
                evidence[i] = next < 0 ? $"{label}, closing the page" : $"{label}, and the line under it (line {next + 1}) does not take it up: not a subheading";
                marked[i] = true;
            }
        }

        return marked;
    }

    /// <summary>The phrase of the table the line opens with (or, for a page's noun, holds), and what it means; null when none.</summary>
    internal static (string Phrase, string Meaning)? Find(string line)
    {
        var span = line.AsSpan().Trim();
        var end = 0;
        string? pageNoun = null;
        for (var n = 0; end < span.Length; n++)
        {
            var start = end;
            while (start < span.Length && !IsWordChar(span[start])) start++;
            end = start;
            while (end < span.Length && IsWordChar(span[end])) end++;
            if (end == start) break;
            if (n < s_maxPhraseWords && s_lookup.TryGetValue(span[..end], out var meaning) && meaning != PageMeaning) return (span[..end].ToString(), meaning);
            if (pageNoun is null && s_lookup.TryGetValue(span[start..end], out var noun) && noun == PageMeaning) pageNoun = span[start..end].ToString();
        }

        return pageNoun is null ? null : (pageNoun, PageMeaning);
    }

    /// <summary>
    /// A cross-reference's label in any language ("Te puede interesar:", "Soma pia:", "Διαβάστε επίσης:"), told by its shape
    /// and place, not its words: a line of one to three words ending in a colon, under a paragraph of the story, over one or
    /// two headline-shaped lines (four words or more, opening with a capital, ending no sentence) that fill their block, with
    /// a paragraph or the page's end after them, and no word of five letters or more that the paragraph above or below takes
    /// up (a list's introduction names what the story speaks of: "The demands:" under a paragraph on the demands). A list the article introduces has more items, or items that are no
    /// headlines (a figure first, a sentence's full stop); one or two such lines after a colon are another story's headline.
    /// Returns the teaser lines, or an empty list.
    /// </summary>
    private static List<int> ColonLabelOverTeasers(string[] lines, LineFeatures?[] features, string?[] evidence, int i)
    {
        var f = features[i]!;
        if (lines[i][^1] != ':' || f.Words > MaxColonLabelWords || f.Known is not null || f.Nav is not null) return [];
        if (Previous(lines, features, i) is not (>= 0 and var above) || !IsParagraph(features[above]!)) return [];
        // A list's introduction names what the story speaks of ("The demands:" under a paragraph on the union's demands).
        if (Develops(lines[i], "", Paragraph(lines, features, above))) return [];
        var first = Next(lines, features, i);
        if (first < 0) return [];
        var teasers = new List<int>();
        var j = first;
        for (; j < lines.Length && lines[j].Length > 0; j++)
        {
            if (features[j] is not { } g || evidence[j] is not null || !IsTeaser(lines[j], g) || g.Words < MinHeadlineWords || !char.IsUpper(lines[j][0]) || teasers.Count == MaxColonTeasers) return [];
            teasers.Add(j);
        }

        // After the block: the page's end, a paragraph of the story, or furniture.
        while (j < lines.Length && lines[j].Length == 0) j++;
        if (j < lines.Length && Develops(lines[i], "", Paragraph(lines, features, j))) return [];
        return j >= lines.Length || (features[j] is { } h && (IsParagraph(h) || evidence[j] is not null)) ? teasers : [];
    }

    /// <summary>The paragraph that opens at line <paramref name="i"/>, with the lines a hard wrap continues it on.</summary>
    private static string Paragraph(string[] lines, LineFeatures?[] features, int i)
    {
        var end = i + 1;
        while (end < lines.Length && lines[end].Length > 0 && features[end] is null) end++;
        return string.Join(' ', lines, i, end - i);
    }

    /// <summary>A paragraph of running text: a sentence closed, eight words or more.</summary>
    private static bool IsParagraph(LineFeatures f) => f is { EndsSentence: true, Meta: null, ImageFile: false, Caption: null } && f.Words >= MinParagraphWords;

    /// <summary>The line with features above line <paramref name="i"/>, across blank lines (a wrapped paragraph by its first line); -1 at the page's start.</summary>
    private static int Previous(string[] lines, LineFeatures?[] features, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (features[j] is not null) return j;
        }

        return -1;
    }

    /// <summary>The most words of a label ending in a colon read by its shape alone ("Te puede interesar:").</summary>
    private const int MaxColonLabelWords = 3;

    /// <summary>The most headlines under such a label: a list the article introduces has more items.</summary>
    private const int MaxColonTeasers = 2;

    /// <summary>The fewest words of a teaser headline under such a label ("Ferry fares rise in spring").</summary>
    private const int MinHeadlineWords = 4;

    /// <summary>The fewest words of the paragraphs around such a label.</summary>
    private const int MinParagraphWords = 8;

    /// <summary>
    /// Whether the line under the label takes it up: a word of five letters or more of the label, other than the page's own
    /// words, opens a word of that line (its first five letters, so "Strom" is taken up by "Stromausfall").
    /// </summary>
    private static bool Develops(string label, string phrase, string below)
    {
        var rest = label.AsSpan().Trim();
        rest = rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) ? rest[phrase.Length..] : rest;
        foreach (var word in Words(rest.ToString()))
        {
            if (word.Length < MinContentLetters || s_lookup.TryGetValue(word, out _)) continue;
            var stem = word[..MinContentLetters];
            foreach (var other in Words(below))
            {
                if (other.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            while (at < text.Length && !IsWordChar(text[at])) at++;
            var end = at;
            while (end < text.Length && IsWordChar(text[end])) end++;
            if (end > at) yield return text[at..end];
            at = end;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';

    /// <summary>The next line with features under line <paramref name="i"/>, across blank lines; -1 at the page's end or in a wrapped paragraph.</summary>
    private static int Next(string[] lines, LineFeatures?[] features, int i)
    {
        for (var j = i + 1; j < lines.Length; j++)
        {
            if (features[j] is not null) return j;
            if (lines[j].Length > 0) return -1;
        }

        return -1;
    }

    /// <summary>Another story's headline: a few words, ending no sentence, no byline, date, picture or list item.</summary>
    private static bool IsTeaser(string line, LineFeatures f) =>
        f is { Meta: null, ImageFile: false, Credit: null, Caption: null, EndsSentence: false } && f.Words is >= 2 and <= MaxTeaserWords
        && line[^1] is not (':' or ',' or ';') && !RawArticleParser.IsStructural(line);

    private static Dictionary<string, string> Parse(string tsv)
    {
        var phrases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataRows.Of(tsv))
        {
            if (row.Length != 2) throw new FormatException($"ui-labels.tsv: expected 'meaning<TAB>words' in '{string.Join('\t', row)}'");
            phrases[row[1].Trim()] = row[0].Trim();
        }

        return phrases;
    }
}
