namespace StaticGen.Content.Reading;

/// <summary>
/// A scraper that takes a page's text without the breaks between its elements runs the kicker into the headline
/// ("Merkel zu GesetzesänderungBundesweite Regeln für Ladestationen"): a word in lower case ends, and the headline's first
/// word starts with its capital, with no space between. A name set in mixed case ("BlackRock", "PlayStation") looks the
/// same, but the story prints it again; the glued pair is a word of no language and stands nowhere else on the page. Pure.
/// </summary>
internal static class GluedHeadlines
{
    /// <summary>The fewest lower-case letters right before the capital: "McDonald", "YouTube" and "iPhone" have fewer.</summary>
    private const int MinLowerBefore = 3;

    /// <summary>The most words of a kicker run into the headline.</summary>
    private const int MaxKickerWords = 6;

    /// <summary>The fewest words of the headline after the join.</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>
    /// The kicker and the headline of a title in which the scraper ran them together, or null when the title holds no such
    /// join: one lower-case letter (after at least <see cref="MinLowerBefore"/> of them) right before a capital and a
    /// lower-case letter inside one word, the only such join of that word, the word printed on no other line of
    /// <paramref name="page"/> (a line repeating the title aside), a kicker of at most <see cref="MaxKickerWords"/> words
    /// before it and a headline of <see cref="MinHeadlineWords"/> words or more after it.
    /// </summary>
    public static (string Kicker, string Headline, string Word)? Split(string title, IReadOnlyList<string> page)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(page);
        for (var j = MinLowerBefore; j + 1 < title.Length; j++)
        {
            if (!char.IsUpper(title[j]) || !char.IsLower(title[j + 1]) || !LowerRun(title, j)) continue;
            var start = j;
            while (start > 0 && char.IsLetter(title[start - 1])) start--;
            var end = j + 1;
            while (end < title.Length && char.IsLetter(title[end])) end++;
            var word = title[start..end];
            if (Joins(word) != 1) continue;
            var kicker = title[..j].TrimEnd();
            var headline = title[j..].Trim();
            if (RawArticleParser.WordCount(kicker) > MaxKickerWords || RawArticleParser.WordCount(headline) < MinHeadlineWords) continue;
            if (page.Any(line => line.Contains(word, StringComparison.Ordinal) && !TitleChooser.Repeats(line.Trim(), title.Trim()) && !line.Trim().StartsWith(title.Trim(), StringComparison.Ordinal))) continue;
            return (kicker, headline, word);
        }

        return null;
    }

    /// <summary>Whether the <see cref="MinLowerBefore"/> characters before index <paramref name="j"/> are lower-case letters.</summary>
    private static bool LowerRun(string text, int j)
    {
        for (var k = j - MinLowerBefore; k < j; k++)
        {
            if (!char.IsLower(text[k])) return false;
        }

        return true;
    }

    /// <summary>How many times a lower-case letter stands right before a capital in <paramref name="word"/>.</summary>
    private static int Joins(string word)
    {
        var n = 0;
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsLower(word[k - 1]) && char.IsUpper(word[k])) n++;
        }

        return n;
    }
}
